import Foundation

extension Vector {
    /// Component-wise sum. The shorter length wins if the lengths differ.
    public static func + (lhs: Vector, rhs: Vector) -> Vector {
        Vector(zip(lhs.elements, rhs.elements).map { $0 + $1 })
    }

    /// Component-wise difference.
    public static func - (lhs: Vector, rhs: Vector) -> Vector {
        Vector(zip(lhs.elements, rhs.elements).map { $0 - $1 })
    }

    /// Component-wise (Hadamard) product.
    public static func .* (lhs: Vector, rhs: Vector) -> Vector {
        Vector(zip(lhs.elements, rhs.elements).map { $0 * $1 })
    }

    /// Scales every component.
    public static func * (scalar: Double, vector: Vector) -> Vector {
        Vector(vector.elements.map { scalar * $0 })
    }

    /// Scales every component.
    public static func * (vector: Vector, scalar: Double) -> Vector {
        scalar * vector
    }

    /// Divides every component.
    public static func / (vector: Vector, scalar: Double) -> Vector {
        Vector(vector.elements.map { $0 / scalar })
    }

    /// Negates every component.
    public static prefix func - (vector: Vector) -> Vector {
        Vector(vector.elements.map { -$0 })
    }

    /// In-place sum.
    public static func += (lhs: inout Vector, rhs: Vector) {
        lhs = lhs + rhs
    }

    /// In-place difference.
    public static func -= (lhs: inout Vector, rhs: Vector) {
        lhs = lhs - rhs
    }

    /// The dot product `Σ aᵢbᵢ`.
    public func dot(_ other: Vector) -> Double {
        var sum = 0.0
        for i in 0..<Swift.min(count, other.count) {
            sum += elements[i] * other.elements[i]
        }
        return sum
    }

    /// The Euclidean norm `‖x‖₂`.
    public var norm: Double { dot(self).squareRoot() }

    /// The sum of the components.
    public var sum: Double { elements.reduce(0, +) }

    /// The mean of the components (0 for an empty vector).
    public var mean: Double { isEmpty ? 0 : sum / Double(count) }

    /// The largest absolute component (0 for an empty vector).
    public var maxAbs: Double { elements.map(abs).max() ?? 0 }

    /// The root mean square `√(Σxᵢ²/n)` (0 for an empty vector).
    public var rms: Double { isEmpty ? 0 : (dot(self) / Double(count)).squareRoot() }

    /// Applies `transform` to every component.
    public func mapElements(_ transform: (Double) -> Double) -> Vector {
        Vector(elements.map(transform))
    }

    /// The largest absolute difference between two vectors of the same length, or +∞ when the
    /// lengths differ.
    public func maxAbsDifference(_ other: Vector) -> Double {
        guard count == other.count else { return .infinity }
        return zip(elements, other.elements).map { abs($0 - $1) }.max() ?? 0
    }
}

infix operator .* : MultiplicationPrecedence
