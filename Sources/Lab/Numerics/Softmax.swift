import Foundation

/// Numerically stable reductions used across the library.
public enum Numerics {
    /// `softmax(x)ᵢ = e^{xᵢ − max x} / Σⱼ e^{xⱼ − max x}`; subtracting the maximum avoids
    /// overflow and does not change the result. Entries equal to −∞ get probability 0.
    public static func softmax(_ logits: [Double]) -> [Double] {
        guard let peak = logits.max(), peak.isFinite else {
            return logits.isEmpty ? [] : logits.map { $0 == .infinity ? 1 : 0 }
        }
        let exps = logits.map { exp($0 - peak) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// `log Σ e^{xᵢ}`, computed as `m + log Σ e^{xᵢ − m}` with `m = max x`; −∞ for an empty
    /// input or when every entry is −∞.
    public static func logSumExp(_ values: [Double]) -> Double {
        guard let peak = values.max(), peak > -.infinity else { return -.infinity }
        if peak == .infinity { return .infinity }
        return peak + log(values.reduce(0) { $0 + exp($1 - peak) })
    }

    /// `log(e^a + e^b)` without overflow.
    public static func logAddExp(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        let peak = Swift.max(a, b)
        return peak + log(exp(a - peak) + exp(b - peak))
    }

    /// The logistic sigmoid `1 / (1 + e^{−x})`.
    public static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }

    /// The sign used by sign-based optimizers: −1, 0 or +1 (0 for 0 and NaN).
    public static func sign<Scalar: BinaryFloatingPoint>(_ x: Scalar) -> Scalar {
        x > 0 ? 1 : (x < 0 ? -1 : 0)
    }
}
