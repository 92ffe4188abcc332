import Notebook

/// A grouped bar chart: one group of bars per category, one bar per series, as SVG.
///
/// ```swift
/// show(BarChart(title: "State buffers per parameter", y: "buffers",
///               categories: ["SGD-M", "AdamW", "Lion", "Tiger"],
///               series: [("plain", [1, 2, 1, 1]), ("with accumulation", [2, 3, 2, 1])]))
/// ```
/// The value axis always includes 0. Missing values (a series shorter than the categories, or
/// non-finite values) draw no bar.
public struct BarChart: Displayable, Sendable {
    /// The chart title.
    public var title: String
    /// The category-axis label.
    public var xLabel: String
    /// The value-axis label.
    public var yLabel: String
    /// The category names, left to right.
    public var categories: [String]
    /// The series: a name and one value per category.
    public var series: [(name: String, values: [Double])]
    /// Reference lines (horizontal ones are drawn at their value).
    public var references: [ReferenceLine]
    /// Text under the chart.
    public var caption: String?
    /// The accessible description (generated when nil).
    public var description: String?
    /// The drawing size.
    public var size: ChartSize

    /// Creates a grouped bar chart.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", categories: [String],
        series: [(String, [Double])], references: [ReferenceLine] = [], caption: String? = nil,
        description: String? = nil, size: ChartSize = .standard
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.categories = categories
        self.series = series.map { (name: $0.0, values: $0.1) }
        self.references = references
        self.caption = caption
        self.description = description
        self.size = size
    }

    /// The complete `<svg>` element.
    public var svg: String {
        let values = series.flatMap(\.values) + references.filter { $0.orientation == .horizontal }.map(\.value)
        let yAxis = FittedAxis(values: values, scale: .linear, includeZero: true)
        let frame = PlotFrame(size: size, legend: series.map { ($0.name, false) }, yLabel: yLabel,
                              hasCaption: caption != nil, yTickWidth: PlotFrame.tickWidth(yAxis))
        var canvas = SVGCanvas(size: size)
        frame.drawTitle(title, on: &canvas)
        frame.drawLegend(on: &canvas)
        frame.drawAxes(x: nil, y: yAxis, xLabel: xLabel, yLabel: yLabel, on: &canvas)
        let groupWidth = frame.width / Double(max(1, categories.count))
        let barWidth = groupWidth * 0.8 / Double(max(1, series.count))
        let zero = frame.y(yAxis, 0) ?? frame.bottom
        for (c, category) in categories.enumerated() {
            let groupLeft = frame.left + Double(c) * groupWidth + groupWidth * 0.1
            for (s, entry) in series.enumerated() where c < entry.values.count {
                guard let py = frame.y(yAxis, entry.values[c]) else { continue }
                canvas.rect(groupLeft + Double(s) * barWidth, min(py, zero), barWidth * 0.92, abs(zero - py),
                            fill: ChartPalette.color(s))
            }
            canvas.text(category, x: frame.left + (Double(c) + 0.5) * groupWidth, y: frame.bottom + 16, anchor: .middle)
        }
        let xAxis = FittedAxis(values: [0, 1], scale: .linear)
        frame.drawReferences(references.filter { $0.orientation == .horizontal }, x: xAxis, y: yAxis, on: &canvas)
        frame.drawCaption(caption, on: &canvas)
        return canvas.render(title: title, description: description ?? summary)
    }

    private var summary: String {
        var text = "Bar chart of \(yLabel.isEmpty ? "values" : yLabel) for \(categories.count) categories"
        if !categories.isEmpty { text += " (\(categories.joined(separator: ", ")))" }
        if !series.isEmpty { text += " and \(series.count) series (\(series.map(\.name).joined(separator: ", ")))" }
        text += "."
        if let caption { text += " " + caption }
        return text
    }

    /// The chart as SVG.
    public var display: Display { .svg(svg) }
}
