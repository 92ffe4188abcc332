/// How close a computed value must be to the expected one for a claim to hold.
public enum Tolerance: Sendable, Hashable, CustomStringConvertible {
    /// `|value − expected| ≤ bound`.
    case absolute(Double)
    /// `|value − expected| ≤ bound · |expected|` (an absolute bound when `expected` is zero).
    case relative(Double)
    /// `|value − expected| ≤ count · standardError`: the tolerance of a Monte-Carlo estimate,
    /// stated in its standard errors so that it holds for every seed of a sweep (four standard
    /// errors are exceeded by chance about once in 16 000 runs of a normal estimate).
    case standardErrors(Double, of: Double)

    /// Whether `value` is within this tolerance of `expected`. NaN never is.
    public func accepts(_ value: Double, expected: Double) -> Bool {
        guard let used = fractionUsed(value, expected: expected) else { return false }
        return used <= 1
    }

    /// The largest difference this tolerance allows around `expected`.
    public func allowedDifference(around expected: Double) -> Double {
        switch self {
        case .absolute(let bound): return bound
        case .relative(let bound): return expected == 0 ? bound : bound * abs(expected)
        case .standardErrors(let count, let standardError): return count * standardError
        }
    }

    /// How much of the tolerance `value` uses: `|value − expected| / allowed`, so 0 is a perfect
    /// match and anything above 1 fails. `nil` when either value is NaN; infinity when nothing
    /// is allowed and the values differ.
    public func fractionUsed(_ value: Double, expected: Double) -> Double? {
        guard !value.isNaN, !expected.isNaN else { return nil }
        if value == expected { return 0 }
        let difference = abs(value - expected)
        let allowed = allowedDifference(around: expected)
        guard allowed > 0, difference.isFinite else { return .infinity }
        return difference / allowed
    }

    /// `± 1e-12`, `± 1e-12 relative` or `± 4 standard errors of 0.01`.
    public var description: String {
        switch self {
        case .absolute(let bound): return "± \(bound)"
        case .relative(let bound): return "± \(bound) relative"
        case .standardErrors(let count, let standardError):
            return "± \(count) standard errors of \(standardError)"
        }
    }
}
