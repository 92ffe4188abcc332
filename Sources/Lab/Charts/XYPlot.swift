/// What line and scatter charts share: series on two fitted axes.
struct XYPlot {
    enum Mark { case lines, dots }

    var title: String
    var xLabel: String
    var yLabel: String
    var series: [Series]
    var xScale: AxisScale
    var yScale: AxisScale
    var references: [ReferenceLine]
    var annotations: [Annotation]
    var caption: String?
    var description: String?
    var size: ChartSize
    var mark: Mark

    func render(kind: String) -> String {
        let xs = series.flatMap { $0.points.map(\.x) }
            + references.filter { $0.orientation == .vertical }.map(\.value)
        let ys = series.flatMap { $0.points.map(\.y) }
            + references.filter { $0.orientation == .horizontal }.map(\.value)
        let xAxis = FittedAxis(values: xs, scale: xScale)
        let yAxis = FittedAxis(values: ys, scale: yScale)
        let frame = PlotFrame(size: size, legend: series.map { ($0.name, $0.dashed) }, yLabel: yLabel,
                              hasCaption: caption != nil, yTickWidth: PlotFrame.tickWidth(yAxis))
        var canvas = SVGCanvas(size: size)
        frame.drawTitle(title, on: &canvas)
        frame.drawLegend(on: &canvas)
        frame.drawAxes(x: xAxis, y: yAxis, xLabel: xLabel, yLabel: yLabel, on: &canvas)
        for (index, s) in series.enumerated() {
            let color = ChartPalette.color(index)
            let mapped: [(Double, Double)?] = s.points.map { p in
                guard let px = frame.x(xAxis, p.x), let py = frame.y(yAxis, p.y) else { return nil }
                return (px, py)
            }
            switch mark {
            case .lines:
                canvas.path(mapped, stroke: color, dash: s.dashed ? "6 3" : ChartPalette.dash(index))
            case .dots:
                for case let (px, py)? in mapped { canvas.circle(px, py, radius: 3, fill: color) }
            }
        }
        frame.drawReferences(references, x: xAxis, y: yAxis, on: &canvas)
        frame.drawAnnotations(annotations, x: xAxis, y: yAxis, on: &canvas)
        frame.drawCaption(caption, on: &canvas)
        return canvas.render(title: title, description: description ?? summary(kind: kind, xAxis: xAxis, yAxis: yAxis))
    }

    private func summary(kind: String, xAxis: FittedAxis, yAxis: FittedAxis) -> String {
        let names = series.map(\.name).joined(separator: ", ")
        let scaleX = xScale == .log ? " (log scale)" : ""
        let scaleY = yScale == .log ? " (log scale)" : ""
        var text = "\(kind) with \(series.count) series"
        if !names.isEmpty { text += ": \(names)" }
        text += ". x: \(xLabel.isEmpty ? "value" : xLabel)\(scaleX) from \(xAxis.label(xAxis.lower)) to \(xAxis.label(xAxis.upper));"
        text += " y: \(yLabel.isEmpty ? "value" : yLabel)\(scaleY) from \(yAxis.label(yAxis.lower)) to \(yAxis.label(yAxis.upper))."
        if let caption { text += " " + caption }
        return text
    }
}
