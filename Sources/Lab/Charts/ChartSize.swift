/// The drawing size of a chart in SVG user units (the `viewBox`); the SVG scales to its container.
public struct ChartSize: Sendable, Hashable {
    /// The width.
    public var width: Double
    /// The height.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 640 × 400, the default for line, scatter and bar charts.
    public static let standard = ChartSize(width: 640, height: 400)
    /// 640 × 280, for wide, short figures.
    public static let wide = ChartSize(width: 640, height: 280)
    /// 480 × 480, the default for heat maps.
    public static let square = ChartSize(width: 480, height: 480)
}

/// A straight reference line across the plot, with an optional label (for example the fixed
/// point `−1/λ`, or `r = 1`).
public struct ReferenceLine: Sendable, Hashable {
    /// Which way the line runs.
    public enum Orientation: Sendable, Hashable {
        /// A horizontal line at a y value.
        case horizontal
        /// A vertical line at an x value.
        case vertical
    }

    /// Horizontal or vertical.
    public var orientation: Orientation
    /// The data value where the line sits.
    public var value: Double
    /// The label drawn next to the line.
    public var label: String?

    /// A horizontal line at `y`.
    public static func horizontal(_ y: Double, label: String? = nil) -> ReferenceLine {
        ReferenceLine(orientation: .horizontal, value: y, label: label)
    }

    /// A vertical line at `x`.
    public static func vertical(_ x: Double, label: String? = nil) -> ReferenceLine {
        ReferenceLine(orientation: .vertical, value: x, label: label)
    }
}

/// A text label placed at a data point.
public struct Annotation: Sendable, Hashable {
    /// The x value.
    public var x: Double
    /// The y value.
    public var y: Double
    /// The text.
    public var text: String

    /// Creates a label at `(x, y)`.
    public init(x: Double, y: Double, text: String) {
        self.x = x
        self.y = y
        self.text = text
    }
}

/// A named list of points, one line or one set of markers.
public struct Series: Sendable, Hashable {
    /// The name shown in the legend.
    public var name: String
    /// The points `(x, y)`; a non-finite value breaks a line.
    public var points: [Point]
    /// Draw the line dashed.
    public var dashed: Bool

    /// A point of a series.
    public struct Point: Sendable, Hashable {
        /// The x value.
        public var x: Double
        /// The y value.
        public var y: Double

        /// Creates a point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Creates a series from `(x, y)` pairs.
    public init(_ name: String, _ points: [(Double, Double)], dashed: Bool = false) {
        self.name = name
        self.points = points.map { Point(x: $0.0, y: $0.1) }
        self.dashed = dashed
    }

    /// Creates a series from y values at x = 0, 1, 2, ….
    public init(_ name: String, values: [Double], dashed: Bool = false) {
        self.init(name, values.enumerated().map { (Double($0.offset), $0.element) }, dashed: dashed)
    }
}
