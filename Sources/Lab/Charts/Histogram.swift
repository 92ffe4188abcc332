import Notebook

/// A histogram of samples with equal-width bins, optionally normalized to a density and with
/// overlaid curves (for example a closed-form density), as SVG.
public struct Histogram: Displayable, Sendable {
    /// The chart title.
    public var title: String
    /// The x-axis label.
    public var xLabel: String
    /// The bin edges, `bins + 1` increasing values.
    public let edges: [Double]
    /// The bar heights: counts, or densities when `density` is true.
    public let heights: [Double]
    /// Curves drawn over the bars.
    public var overlays: [Series]
    /// Text under the chart.
    public var caption: String?
    /// The accessible description (generated when nil).
    public var description: String?
    /// The drawing size.
    public var size: ChartSize
    /// Whether heights are densities (integrating to 1) rather than counts.
    public let density: Bool

    /// Bins the finite `values` into `bins` equal bins over `range` (the data range when nil).
    /// Values on the upper edge fall in the last bin; values outside the range are dropped.
    public init(
        title: String, x xLabel: String = "", values: [Double], bins: Int = 30, range: ClosedRange<Double>? = nil,
        density: Bool = false, overlays: [(String, [(Double, Double)])] = [], caption: String? = nil,
        description: String? = nil, size: ChartSize = .standard
    ) {
        let finite = values.filter(\.isFinite)
        let count = max(1, bins)
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        if low == high {
            low -= 0.5
            high += 0.5
        }
        let width = (high - low) / Double(count)
        var counts = Array(repeating: 0.0, count: count)
        var kept = 0
        for v in finite where v >= low && v <= high {
            let index = min(count - 1, Int((v - low) / width))
            counts[index] += 1
            kept += 1
        }
        self.title = title
        self.xLabel = xLabel
        self.edges = (0...count).map { low + Double($0) * width }
        self.heights = density && kept > 0 ? counts.map { $0 / (Double(kept) * width) } : counts
        self.overlays = overlays.map { Series($0.0, $0.1) }
        self.caption = caption
        self.description = description
        self.size = size
        self.density = density
    }

    /// The complete `<svg>` element.
    public var svg: String {
        let yLabel = density ? "density" : "count"
        let xAxis = FittedAxis(values: edges + overlays.flatMap { $0.points.map(\.x) }, scale: .linear)
        let yAxis = FittedAxis(values: heights + overlays.flatMap { $0.points.map(\.y) }, scale: .linear, includeZero: true)
        let legend = overlays.isEmpty ? [] : [("samples", false)] + overlays.map { ($0.name, $0.dashed) }
        let frame = PlotFrame(size: size, legend: legend, yLabel: yLabel, hasCaption: caption != nil,
                              yTickWidth: PlotFrame.tickWidth(yAxis))
        var canvas = SVGCanvas(size: size)
        frame.drawTitle(title, on: &canvas)
        frame.drawLegend(on: &canvas)
        frame.drawAxes(x: xAxis, y: yAxis, xLabel: xLabel, yLabel: yLabel, on: &canvas)
        let zero = frame.y(yAxis, 0) ?? frame.bottom
        for (i, h) in heights.enumerated() {
            guard let x0 = frame.x(xAxis, edges[i]), let x1 = frame.x(xAxis, edges[i + 1]), let py = frame.y(yAxis, h) else { continue }
            canvas.rect(x0, py, x1 - x0, zero - py, fill: ChartPalette.color(0), opacity: 0.7)
        }
        for (index, s) in overlays.enumerated() {
            let mapped: [(Double, Double)?] = s.points.map { p in
                guard let px = frame.x(xAxis, p.x), let py = frame.y(yAxis, p.y) else { return nil }
                return (px, py)
            }
            canvas.path(mapped, stroke: ChartPalette.color(index + 1), dash: s.dashed ? "6 3" : nil)
        }
        frame.drawCaption(caption, on: &canvas)
        let total = heights.count
        var text = "Histogram of \(xLabel.isEmpty ? "values" : xLabel) in \(total) bins from "
        text += "\(NumberText.general(edges.first ?? 0, digits: 3)) to \(NumberText.general(edges.last ?? 0, digits: 3))"
        if !overlays.isEmpty { text += ", with \(overlays.map(\.name).joined(separator: ", "))" }
        text += "."
        if let caption { text += " " + caption }
        return canvas.render(title: title, description: description ?? text)
    }

    /// The chart as SVG.
    public var display: Display { .svg(svg) }
}
