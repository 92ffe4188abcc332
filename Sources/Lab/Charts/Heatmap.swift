import Notebook

/// A heat map of a matrix (attention weights, `cos(nθᵢ)`, relative positions), as SVG.
///
/// Row 0 is drawn at the top, as matrices are printed. Colour is the series colour
/// `--chart-1` with opacity proportional to the value; with a diverging palette negative values
/// use `--chart-2`, so both modes follow the site's light or dark theme. Non-finite entries
/// (masked attention, for example) are left blank. A small scale under the plot shows the range.
public struct Heatmap: Displayable, Sendable {
    /// How values map to colour.
    public enum Palette: Sendable, Hashable {
        /// One hue, opacity from the minimum (transparent) to the maximum (opaque).
        case sequential
        /// Two hues around 0: opacity is `|v| / max|v|`, negative values in the second colour.
        case diverging
    }

    /// The chart title.
    public var title: String
    /// The column-axis label.
    public var xLabel: String
    /// The row-axis label.
    public var yLabel: String
    /// The values, row by row.
    public var matrix: [[Double]]
    /// The colour mapping.
    public var palette: Palette
    /// Text under the chart.
    public var caption: String?
    /// The accessible description (generated when nil).
    public var description: String?
    /// The drawing size.
    public var size: ChartSize

    /// Creates a heat map; the palette defaults to diverging when the matrix has values of both signs.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", matrix: [[Double]], palette: Palette? = nil,
        caption: String? = nil, description: String? = nil, size: ChartSize = .square
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.matrix = matrix
        let finite = matrix.flatMap { $0 }.filter(\.isFinite)
        let mixed = (finite.min() ?? 0) < 0 && (finite.max() ?? 0) > 0
        self.palette = palette ?? (mixed ? .diverging : .sequential)
        self.caption = caption
        self.description = description
        self.size = size
    }

    /// Creates a heat map of a ``Matrix``.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", matrix: Matrix, palette: Palette? = nil,
        caption: String? = nil, description: String? = nil, size: ChartSize = .square
    ) {
        self.init(title: title, x: xLabel, y: yLabel, matrix: matrix.rowArrays, palette: palette,
                  caption: caption, description: description, size: size)
    }

    /// The complete `<svg>` element.
    public var svg: String {
        let rows = matrix.count
        let columns = matrix.map(\.count).max() ?? 0
        let finite = matrix.flatMap { $0 }.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 1
        let rowAxis = FittedAxis(values: [0, Double(max(1, rows))], scale: .linear)
        let frame = PlotFrame(size: size, legend: [], yLabel: yLabel, hasCaption: caption != nil,
                              yTickWidth: PlotFrame.tickWidth(rowAxis))
        var canvas = SVGCanvas(size: size)
        frame.drawTitle(title, on: &canvas)
        let plotBottom = frame.bottom - 24  // room for the colour scale
        let cellWidth = frame.width / Double(max(1, columns))
        let cellHeight = (plotBottom - frame.top) / Double(max(1, rows))
        for (i, row) in matrix.enumerated() {
            for (j, v) in row.enumerated() {
                guard let (fill, opacity) = color(v, low: low, high: high) else { continue }
                canvas.rect(frame.left + Double(j) * cellWidth, frame.top + Double(i) * cellHeight,
                            cellWidth + 0.01, cellHeight + 0.01, fill: fill, opacity: opacity)
            }
        }
        canvas.rect(frame.left, frame.top, frame.width, plotBottom - frame.top, fill: "none", stroke: "currentColor")
        let columnTicks = FittedAxis(values: [0, Double(max(1, columns))], scale: .linear)
        for tick in columnTicks.ticks where tick < Double(columns) || columns == 0 {
            let px = frame.left + (tick + 0.5) * cellWidth
            canvas.text(columnTicks.label(tick), x: px, y: plotBottom + 14, anchor: .middle, size: 11)
        }
        for tick in rowAxis.ticks where tick < Double(rows) {
            let py = frame.top + (tick + 0.5) * cellHeight
            canvas.text(rowAxis.label(tick), x: frame.left - 6, y: py + 4, anchor: .end, size: 11)
        }
        if !xLabel.isEmpty { canvas.text(xLabel, x: frame.left + frame.width / 2, y: plotBottom + 30, anchor: .middle) }
        if !yLabel.isEmpty { canvas.text(yLabel, x: 16, y: frame.top + (plotBottom - frame.top) / 2, anchor: .middle, rotate: true) }
        drawScale(on: &canvas, frame: frame, low: low, high: high)
        frame.drawCaption(caption, on: &canvas)
        var text = "Heat map of a \(rows) × \(columns) matrix"
        if !yLabel.isEmpty || !xLabel.isEmpty { text += " (rows: \(yLabel.isEmpty ? "index" : yLabel), columns: \(xLabel.isEmpty ? "index" : xLabel))" }
        text += ", values from \(NumberText.general(low, digits: 3)) to \(NumberText.general(high, digits: 3))."
        if let caption { text += " " + caption }
        return canvas.render(title: title, description: description ?? text)
    }

    /// The chart as SVG.
    public var display: Display { .svg(svg) }

    private func color(_ v: Double, low: Double, high: Double) -> (String, Double)? {
        guard v.isFinite else { return nil }
        switch palette {
        case .sequential:
            let span = high - low
            return (ChartPalette.color(0), span > 0 ? (v - low) / span : 1)
        case .diverging:
            let bound = max(abs(low), abs(high))
            let opacity = bound > 0 ? abs(v) / bound : 0
            return (v < 0 ? ChartPalette.color(1) : ChartPalette.color(0), opacity)
        }
    }

    private func drawScale(on canvas: inout SVGCanvas, frame: PlotFrame, low: Double, high: Double) {
        let steps = 10
        let width = 12.0
        let y = frame.bottom + 2
        let startX = frame.right - Double(steps) * width
        for k in 0..<steps {
            let v = low + (high - low) * (Double(k) + 0.5) / Double(steps)
            guard let (fill, opacity) = color(v, low: low, high: high) else { continue }
            canvas.rect(startX + Double(k) * width, y, width, 8, fill: fill, opacity: opacity)
        }
        canvas.text(NumberText.general(low, digits: 2), x: startX - 4, y: y + 8, anchor: .end, size: 10)
        canvas.text(NumberText.general(high, digits: 2), x: frame.right + 2, y: y + 18, anchor: .end, size: 10)
    }
}
