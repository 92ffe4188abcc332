/// How close a computed value must be to the expected one for a claim to hold.
public enum Tolerance: Sendable, Hashable, CustomStringConvertible {
    /// `|value − expected| ≤ bound`.
    case absolute(Double)
    /// `|value − expected| ≤ bound · |expected|` (an absolute bound when `expected` is zero).
    case relative(Double)

    /// Whether `value` is within this tolerance of `expected`. NaN never is.
    public func accepts(_ value: Double, expected: Double) -> Bool {
        guard !value.isNaN, !expected.isNaN else { return false }
        if value == expected { return true }
        let difference = abs(value - expected)
        switch self {
        case .absolute(let bound):
            return difference <= bound
        case .relative(let bound):
            return expected == 0 ? difference <= bound : difference <= bound * abs(expected)
        }
    }

    /// `± 1e-12` or `± 1e-12 relative`.
    public var description: String {
        switch self {
        case .absolute(let bound): return "± \(bound)"
        case .relative(let bound): return "± \(bound) relative"
        }
    }
}
