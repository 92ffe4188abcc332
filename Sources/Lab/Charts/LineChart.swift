import Notebook

/// A line chart of one or more series, as a deterministic, accessible SVG.
///
/// ```swift
/// show(LineChart(title: "Wavelength ratio", x: "pair i", y: "ratio",
///                series: [("NTK-aware", points)], yScale: .log))
/// ```
///
/// Axes are fitted to the data with "nice" ticks (1, 2, 5 × 10ᵏ; powers of ten on log axes);
/// non-finite points, and non-positive ones on a log axis, break the line. Colours come from
/// ``ChartPalette``; text uses `currentColor`.
public struct LineChart: Displayable, Sendable {
    private let plot: XYPlot

    /// Creates a line chart from named `(x, y)` point lists.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", series: [(String, [(Double, Double)])],
        xScale: AxisScale = .linear, yScale: AxisScale = .linear, references: [ReferenceLine] = [],
        annotations: [Annotation] = [], caption: String? = nil, description: String? = nil, size: ChartSize = .standard
    ) {
        self.init(title: title, x: xLabel, y: yLabel, series: series.map { Series($0.0, $0.1) },
                  xScale: xScale, yScale: yScale, references: references, annotations: annotations,
                  caption: caption, description: description, size: size)
    }

    /// Creates a line chart from ``Series`` values.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", series: [Series],
        xScale: AxisScale = .linear, yScale: AxisScale = .linear, references: [ReferenceLine] = [],
        annotations: [Annotation] = [], caption: String? = nil, description: String? = nil, size: ChartSize = .standard
    ) {
        plot = XYPlot(title: title, xLabel: xLabel, yLabel: yLabel, series: series, xScale: xScale, yScale: yScale,
                      references: references, annotations: annotations, caption: caption,
                      description: description, size: size, mark: .lines)
    }

    /// The complete `<svg>` element.
    public var svg: String { plot.render(kind: "Line chart") }

    /// The chart as SVG.
    public var display: Display { .svg(svg) }
}

/// A scatter plot of one or more series of points, as a deterministic, accessible SVG.
public struct ScatterChart: Displayable, Sendable {
    private let plot: XYPlot

    /// Creates a scatter plot from named `(x, y)` point lists.
    public init(
        title: String, x xLabel: String = "", y yLabel: String = "", series: [(String, [(Double, Double)])],
        xScale: AxisScale = .linear, yScale: AxisScale = .linear, references: [ReferenceLine] = [],
        annotations: [Annotation] = [], caption: String? = nil, description: String? = nil, size: ChartSize = .standard
    ) {
        plot = XYPlot(title: title, xLabel: xLabel, yLabel: yLabel, series: series.map { Series($0.0, $0.1) },
                      xScale: xScale, yScale: yScale, references: references, annotations: annotations,
                      caption: caption, description: description, size: size, mark: .dots)
    }

    /// The complete `<svg>` element.
    public var svg: String { plot.render(kind: "Scatter plot") }

    /// The chart as SVG.
    public var display: Display { .svg(svg) }
}
