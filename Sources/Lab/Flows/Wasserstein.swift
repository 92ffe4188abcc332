import Foundation

/// The 2-Wasserstein distance in one dimension, where optimal transport is the monotone
/// (quantile-to-quantile) map: `W₂²(q₁, q₂) = ∫₀¹ (F₁⁻¹(u) − F₂⁻¹(u))² du`
/// (Villani, *Topics in Optimal Transportation*, 2003, §2.2).
public enum Wasserstein {
    /// Between Gaussians: `W₂ = √((m₁ − m₂)² + (σ₁ − σ₂)²)`.
    public static func gaussianDistance(mean m1: Double, standardDeviation s1: Double,
                                        mean m2: Double, standardDeviation s2: Double) -> Double {
        ((m1 - m2) * (m1 - m2) + (s1 - s2) * (s1 - s2)).squareRoot()
    }

    /// Between two empirical distributions with the same number of equally weighted points:
    /// sort both and match them in order, `W₂² = (1/N) Σᵢ (a₍ᵢ₎ − b₍ᵢ₎)²`. Returns NaN when the
    /// counts differ or are zero.
    public static func empiricalDistance(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return .nan }
        let pairs = zip(a.sorted(), b.sorted())
        return (pairs.reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(a.count)).squareRoot()
    }
}

/// The standard normal distribution 𝒩(0, 1).
public enum StandardNormal {
    /// The distribution function `Φ(x) = ½ erfc(−x/√2)`.
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The quantile `Φ⁻¹(p)` for `p ∈ (0, 1)`, by bisection on ``cdf(_:)`` to the last bit
    /// (±∞ at 0 and 1, NaN outside).
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
        var (low, high) = (-40.0, 40.0)
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if cdf(middle) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
