/// A dense vector of `Double`, a thin value type over `[Double]` with the arithmetic the
/// articles need (no BLAS: plain loops, fast enough for the sizes an article uses).
public struct Vector: Sendable, Hashable, RandomAccessCollection, MutableCollection,
    ExpressibleByArrayLiteral, CustomStringConvertible
{
    /// The components, in order.
    public var elements: [Double]

    /// Wraps an array of components.
    public init(_ elements: [Double]) {
        self.elements = elements
    }

    /// A vector with `count` copies of `value`.
    public init(repeating value: Double, count: Int) {
        elements = Array(repeating: value, count: Swift.max(0, count))
    }

    /// A vector of zeros.
    public static func zeros(_ count: Int) -> Vector {
        Vector(repeating: 0, count: count)
    }

    /// The standard basis vector `e_index` of length `count`.
    public static func basis(_ index: Int, count: Int) -> Vector {
        var v = zeros(count)
        if v.indices.contains(index) { v[index] = 1 }
        return v
    }

    /// Creates a vector from an array literal.
    public init(arrayLiteral elements: Double...) {
        self.elements = elements
    }

    /// The first index, 0.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { elements.count }

    /// The component at `index`.
    public subscript(index: Int) -> Double {
        get { elements[index] }
        set { elements[index] = newValue }
    }

    /// The components in brackets, with Swift's shortest round-tripping representation.
    public var description: String {
        "[" + elements.map { "\($0)" }.joined(separator: ", ") + "]"
    }
}
