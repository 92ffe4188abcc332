/// The common layout of a chart with axes: title, legend, plot area, axes, grid, labels,
/// reference lines and caption.
struct PlotFrame {
    let size: ChartSize
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    let legendRows: [[(name: String, x: Double, index: Int, dashed: Bool)]]
    let legendTop: Double

    var width: Double { right - left }
    var height: Double { bottom - top }

    init(size: ChartSize, legend: [(name: String, dashed: Bool)], yLabel: String, hasCaption: Bool, yTickWidth: Double) {
        self.size = size
        var rows: [[(String, Double, Int, Bool)]] = []
        var current: [(String, Double, Int, Bool)] = []
        var x = 0.0
        let available = size.width - 32
        if legend.count > 1 {
            for (index, entry) in legend.enumerated() {
                let itemWidth = 28 + estimatedTextWidth(entry.name) + 16
                if x + itemWidth > available && !current.isEmpty {
                    rows.append(current)
                    current = []
                    x = 0
                }
                current.append((entry.name, x, index, entry.dashed))
                x += itemWidth
            }
            if !current.isEmpty { rows.append(current) }
        }
        legendRows = rows.map { $0.map { (name: $0.0, x: $0.1, index: $0.2, dashed: $0.3) } }
        legendTop = 38
        top = 44 + Double(rows.count) * 18
        left = 16 + (yLabel.isEmpty ? 0 : 16) + yTickWidth + 8
        right = size.width - 20
        bottom = size.height - 40 - (hasCaption ? 20 : 0)
    }

    func x(_ axis: FittedAxis, _ value: Double) -> Double? {
        axis.fraction(value).map { left + $0 * width }
    }

    func y(_ axis: FittedAxis, _ value: Double) -> Double? {
        axis.fraction(value).map { bottom - $0 * height }
    }

    func drawTitle(_ title: String, on canvas: inout SVGCanvas) {
        canvas.text(title, x: size.width / 2, y: 22, anchor: .middle, size: 15, bold: true)
    }

    func drawLegend(on canvas: inout SVGCanvas, swatch: (Int) -> String = ChartPalette.color) {
        for (r, row) in legendRows.enumerated() {
            let rowWidth = (row.last.map { $0.x + 28 + estimatedTextWidth($0.name) } ?? 0)
            let offset = max(16, (size.width - rowWidth) / 2)
            let y = legendTop + Double(r) * 18
            for item in row {
                let x = offset + item.x
                canvas.line(x, y - 4, x + 22, y - 4, stroke: swatch(item.index), width: 3,
                            dash: item.dashed ? "6 3" : ChartPalette.dash(item.index))
                canvas.text(item.name, x: x + 28, y: y)
            }
        }
    }

    func drawAxes(x xAxis: FittedAxis?, y yAxis: FittedAxis, xLabel: String, yLabel: String, on canvas: inout SVGCanvas) {
        for tick in yAxis.ticks {
            guard let py = y(yAxis, tick) else { continue }
            canvas.line(left, py, right, py, stroke: ChartPalette.grid)
            canvas.text(yAxis.label(tick), x: left - 6, y: py + 4, anchor: .end)
        }
        if let xAxis {
            for tick in xAxis.ticks {
                guard let px = x(xAxis, tick) else { continue }
                canvas.line(px, top, px, bottom, stroke: ChartPalette.grid)
                canvas.text(xAxis.label(tick), x: px, y: bottom + 16, anchor: .middle)
            }
        }
        canvas.line(left, bottom, right, bottom, stroke: "currentColor")
        canvas.line(left, top, left, bottom, stroke: "currentColor")
        if !xLabel.isEmpty {
            canvas.text(xLabel, x: left + width / 2, y: bottom + 34, anchor: .middle)
        }
        if !yLabel.isEmpty {
            canvas.text(yLabel, x: 16, y: top + height / 2, anchor: .middle, rotate: true)
        }
    }

    func drawReferences(_ references: [ReferenceLine], x xAxis: FittedAxis, y yAxis: FittedAxis, on canvas: inout SVGCanvas) {
        for reference in references {
            switch reference.orientation {
            case .horizontal:
                guard let py = y(yAxis, reference.value), py >= top - 0.5, py <= bottom + 0.5 else { continue }
                canvas.line(left, py, right, py, stroke: "currentColor", dash: "4 4")
                if let label = reference.label { canvas.text(label, x: right - 4, y: py - 5, anchor: .end, size: 11) }
            case .vertical:
                guard let px = x(xAxis, reference.value), px >= left - 0.5, px <= right + 0.5 else { continue }
                canvas.line(px, top, px, bottom, stroke: "currentColor", dash: "4 4")
                if let label = reference.label { canvas.text(label, x: px + 4, y: top + 12, size: 11) }
            }
        }
    }

    func drawAnnotations(_ annotations: [Annotation], x xAxis: FittedAxis, y yAxis: FittedAxis, on canvas: inout SVGCanvas) {
        for note in annotations {
            guard let px = x(xAxis, note.x), let py = y(yAxis, note.y) else { continue }
            canvas.circle(px, py, radius: 2.5, fill: "currentColor")
            canvas.text(note.text, x: px + 5, y: py - 5, size: 11)
        }
    }

    func drawCaption(_ caption: String?, on canvas: inout SVGCanvas) {
        guard let caption else { return }
        canvas.text(caption, x: size.width / 2, y: size.height - 8, anchor: .middle, size: 11)
    }

    static func tickWidth(_ axis: FittedAxis) -> Double {
        axis.ticks.map { estimatedTextWidth(axis.label($0)) }.max() ?? 0
    }
}
