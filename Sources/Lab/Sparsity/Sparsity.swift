import Foundation

/// Measures of how sparse (concentrated) a vector is, with their ranges and direction
/// (Hurley & Rickard, "Comparing Measures of Sparsity", arXiv:0811.4706; Hoyer, JMLR 2004; Su,
/// kexue.fm/archives/9595). For a vector of length n:
///
/// | measure | range | sparser is |
/// |---|---|---|
/// | ``l1OverL2(_:)`` | `[1, √n]` | smaller |
/// | ``normalizedL1L2(_:)`` `S*₁,₂` | `[1/√n, 1]` | smaller |
/// | ``normalizedRatio(_:q:p:)`` `S*_{q,p}` | `[n^{1/p−1/q}, 1]` | smaller |
/// | ``meanOverMax(_:)`` `S₀` | `[1/n, 1]` | smaller |
/// | ``hoyer(_:)`` | `[0, 1]` | larger |
/// | ``gini(_:)`` | `[0, 1 − 1/n]` | larger |
/// | ``normalizedEntropy(_:)`` | `[0, 1]` | smaller |
///
/// The extremes are a one-hot vector (sparsest) and a constant vector (densest). The measures
/// are undefined for the zero vector and return NaN there.
public enum Sparsity {
    /// `l₁(x)/l₂(x) ∈ [1, √n]`. Fails the cloning property D4: `[x, x]` has a ratio √2 larger.
    public static func l1OverL2(_ x: [Double]) -> Double {
        norm(x, 1) / norm(x, 2)
    }

    /// `S*₁,₂ = l₁ / (√n · l₂) ∈ [1/√n, 1]`. It equals `cos(sign x, x)` and
    /// `(1 + Var|x| / E[|x|]²)^{−1/2}`, and satisfies all six Hurley–Rickard properties.
    public static func normalizedL1L2(_ x: [Double]) -> Double {
        l1OverL2(x) / Double(x.count).squareRoot()
    }

    /// `S*_{q,p} = n^{1/p − 1/q} · l_q / l_p` for `p > q > 0`, in `[n^{1/p−1/q}, 1]`.
    public static func normalizedRatio(_ x: [Double], q: Double, p: Double) -> Double {
        pow(Double(x.count), 1 / p - 1 / q) * norm(x, q) / norm(x, p)
    }

    /// `S₀ = mean|xᵢ| / max|xᵢ| ∈ [1/n, 1]`.
    public static func meanOverMax(_ x: [Double]) -> Double {
        let magnitudes = x.map(abs)
        guard let peak = magnitudes.max(), peak > 0 else { return .nan }
        return magnitudes.reduce(0, +) / Double(x.count) / peak
    }

    /// Hoyer's sparseness `(√n − l₁/l₂) / (√n − 1) ∈ [0, 1]`: 1 for one-hot, 0 for constant.
    public static func hoyer(_ x: [Double]) -> Double {
        let root = Double(x.count).squareRoot()
        return (root - l1OverL2(x)) / (root - 1)
    }

    /// The Gini index of Hurley & Rickard (their eq. for `S_Gini`):
    /// with `|x|` sorted ascending as `c₍₁₎ ≤ … ≤ c₍ₙ₎`,
    /// `G = 1 − 2 Σₖ (c₍ₖ₎ / ‖c‖₁)·(n − k + ½)/n ∈ [0, 1 − 1/n]`; larger is sparser.
    public static func gini(_ x: [Double]) -> Double {
        let c = x.map(abs).sorted()
        let total = c.reduce(0, +)
        guard total > 0 else { return .nan }
        let n = Double(c.count)
        var sum = 0.0
        for (index, value) in c.enumerated() {
            let k = Double(index + 1)
            sum += value / total * (n - k + 0.5) / n
        }
        return 1 - 2 * sum
    }

    /// The Shannon entropy `−Σ pᵢ ln pᵢ` (nats) of `|x|` normalized to sum to 1, divided by
    /// `ln n`: 0 for one-hot, 1 for constant.
    public static func normalizedEntropy(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        return Entropy.shannon(probabilities(x)) / log(Double(x.count))
    }

    /// `|x| / Σ|x|`, the distribution the entropy measures use.
    public static func probabilities(_ x: [Double]) -> [Double] {
        let total = x.reduce(0) { $0 + abs($1) }
        return x.map { abs($0) / total }
    }

    /// The `l_p` (quasi-)norm `(Σ|xᵢ|^p)^{1/p}` for `p > 0`; `p = .infinity` gives `max|xᵢ|`.
    public static func norm(_ x: [Double], _ p: Double) -> Double {
        if p == .infinity { return x.map(abs).max() ?? 0 }
        if p == 1 { return x.reduce(0) { $0 + abs($1) } }
        if p == 2 { return x.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        return pow(x.reduce(0) { $0 + pow(abs($1), p) }, 1 / p)
    }
}

/// Entropies of a discrete distribution (natural logarithms). For n outcomes every Rényi entropy
/// lies in `[0, ln n]` and decreases with the order.
public enum Entropy {
    /// Shannon entropy `H₁ = −Σ pᵢ ln pᵢ` (terms with pᵢ = 0 count as 0).
    public static func shannon(_ p: [Double]) -> Double {
        p.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 }
    }

    /// Rényi entropy `H_α = −1/(α − 1) · ln Σ pᵢ^α` (Rényi, 1961); α = 1 gives ``shannon(_:)``
    /// and α = ∞ gives the min-entropy ``minimum(_:)``.
    public static func renyi(_ p: [Double], order alpha: Double) -> Double {
        if alpha == 1 { return shannon(p) }
        if alpha == .infinity { return minimum(p) }
        let sum = p.reduce(0) { $1 > 0 ? $0 + pow($1, alpha) : $0 }
        return -log(sum) / (alpha - 1)
    }

    /// The min-entropy `H_∞ = −ln max pᵢ`.
    public static func minimum(_ p: [Double]) -> Double {
        -log(p.max() ?? 1)
    }
}
