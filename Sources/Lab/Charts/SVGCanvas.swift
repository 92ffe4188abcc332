/// A minimal SVG writer: elements are appended as text in drawing order, coordinates rounded
/// by ``NumberText/coordinate(_:)``, text escaped. No ids, no external references.
struct SVGCanvas {
    let size: ChartSize
    private(set) var elements: [String] = []

    init(size: ChartSize) {
        self.size = size
    }

    private func n(_ x: Double) -> String { NumberText.coordinate(x) }

    mutating func raw(_ element: String) {
        elements.append(element)
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var s = "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\""
        if width != 1 { s += " stroke-width=\"\(n(width))\"" }
        if let dash { s += " stroke-dasharray=\"\(dash)\"" }
        elements.append(s + "/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, opacity: Double? = nil, stroke: String? = nil) {
        var s = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if let opacity { s += " fill-opacity=\"\(NumberText.fixed(min(1, max(0, opacity)), digits: 3))\"" }
        if let stroke { s += " stroke=\"\(stroke)\"" }
        elements.append(s + "/>")
    }

    mutating func circle(_ cx: Double, _ cy: Double, radius: Double, fill: String) {
        elements.append("<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(radius))\" fill=\"\(fill)\"/>")
    }

    /// A polyline path through runs of points; `nil` breaks the line.
    mutating func path(_ points: [(Double, Double)?], stroke: String, width: Double = 2, dash: String? = nil) {
        var d = ""
        var penDown = false
        for point in points {
            guard let (x, y) = point else {
                penDown = false
                continue
            }
            d += (penDown ? "L" : (d.isEmpty ? "M" : " M")) + n(x) + " " + n(y)
            penDown = true
        }
        guard !d.isEmpty else { return }
        var s = "<path d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\""
        if let dash { s += " stroke-dasharray=\"\(dash)\"" }
        elements.append(s + "/>")
    }

    enum Anchor: String {
        case start, middle, end
    }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil, bold: Bool = false, rotate: Bool = false) {
        var s = "<text x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
        if let size { s += " font-size=\"\(n(size))\"" }
        if bold { s += " font-weight=\"bold\"" }
        if rotate { s += " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" }
        elements.append(s + ">" + XMLText.escape(content) + "</text>")
    }

    /// The complete `<svg>` element with its accessible title and description first.
    func render(title: String, description: String) -> String {
        let w = n(size.width), h = n(size.height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" style=\"max-width:100%;height:auto\" font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"currentColor\">\n"
        out += "<title>" + XMLText.escape(title) + "</title>\n"
        out += "<desc>" + XMLText.escape(description) + "</desc>\n"
        for element in elements { out += element + "\n" }
        return out + "</svg>"
    }
}

/// Rough text width for layout (no font metrics are available at build time).
func estimatedTextWidth(_ text: String, fontSize: Double = 12) -> Double {
    Double(text.count) * fontSize * 0.6
}
