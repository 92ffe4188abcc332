import Foundation

/// How the `d` components of a query or key are grouped into the `d/2` planes RoPE rotates.
public enum RotaryLayout: Sendable, Hashable, CaseIterable {
    /// Pair `i` is `(x_{2i}, x_{2i+1})`: the RoFormer paper (Su et al., arXiv:2104.09864, eq. 15)
    /// and Meta's original LLaMA code.
    case adjacentPairs
    /// Pair `i` is `(x_i, x_{i+d/2})`: GPT-NeoX and Hugging Face's `rotate_half`.
    case halfSplit
}

/// A rotary position encoding: pair `i` of a vector at position `n` is rotated by the angle
/// `n θᵢ`. Every context-extension method (PI, NTK-aware, YaRN, …) is a different choice of
/// `θᵢ`; the rotation, wavelengths and scores follow from it.
public protocol RotaryEncoding: Sendable {
    /// The head dimension `d` (even); there are `d/2` rotation pairs.
    var dimension: Int { get }
    /// The angular frequency `θᵢ` of pair `i` (radians per position), for `0 ≤ i < d/2`.
    func theta(_ i: Int) -> Double
    /// Which components form pair `i`.
    var layout: RotaryLayout { get }
}

extension RotaryEncoding {
    /// The pairing convention; ``RotaryLayout/adjacentPairs`` unless a type says otherwise.
    public var layout: RotaryLayout { .adjacentPairs }

    /// The number of rotation pairs, `d/2`.
    public var pairCount: Int { dimension / 2 }

    /// All frequencies `θ₀ … θ_{d/2−1}`.
    public var thetas: [Double] { (0..<pairCount).map(theta) }

    /// The wavelength `λᵢ = 2π/θᵢ` of pair `i`, in positions.
    public func wavelength(_ i: Int) -> Double { 2 * Double.pi / theta(i) }

    /// The number of full turns `rᵢ = L θᵢ / 2π` pair `i` makes over `length` positions.
    public func turns(_ i: Int, length: Double) -> Double { length * theta(i) / (2 * Double.pi) }

    /// The per-pair frequency ratio `θᵢ / θᵢ^{ref}` against a reference encoding (for example
    /// plain ``RoPE``): 1 means "extrapolated", 1/k means "interpolated by k".
    public func scale(_ i: Int, relativeTo reference: some RotaryEncoding) -> Double {
        theta(i) / reference.theta(i)
    }

    /// The indices of the two components forming pair `i` under ``layout``.
    public func pairIndices(_ i: Int) -> (Int, Int) {
        switch layout {
        case .adjacentPairs: return (2 * i, 2 * i + 1)
        case .halfSplit: return (i, i + pairCount)
        }
    }

    /// `x` rotated as at position `position` (`ℛ_n x`): pair `i` is multiplied by
    /// `[[cos nθᵢ, −sin nθᵢ], [sin nθᵢ, cos nθᵢ]]`. Positions may be fractional or negative.
    /// Components beyond the first `2·⌊d/2⌋` (and a vector shorter than `d`) are left as they are.
    public func rotate(_ x: [Double], position: Double) -> [Double] {
        guard x.count >= 2 * pairCount else { return x }
        var result = x
        for i in 0..<pairCount {
            let (a, b) = pairIndices(i)
            let angle = position * theta(i)
            let c = cos(angle), s = sin(angle)
            result[a] = x[a] * c - x[b] * s
            result[b] = x[a] * s + x[b] * c
        }
        return result
    }

    /// `ℛ_n x` for a ``Vector``.
    public func rotate(_ x: Vector, position: Double) -> Vector {
        Vector(rotate(x.elements, position: position))
    }

    /// The attention logit `(ℛ_m q)·(ℛ_n k)` between a query at `m` and a key at `n`.
    public func score(query: [Double], key: [Double], queryPosition m: Double, keyPosition n: Double) -> Double {
        let rq = rotate(query, position: m), rk = rotate(key, position: n)
        return zip(rq, rk).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The logit at relative position `p = m − n`, computed as `(ℛ_p q)·k`; by the
    /// relative-position identity it equals ``score(query:key:queryPosition:keyPosition:)`` for
    /// any `m, n` with `m − n = p`.
    public func relativeScore(query: [Double], key: [Double], distance p: Double) -> Double {
        zip(rotate(query, position: p), key).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// `(p, (ℛ_p q)·k)` for each distance: the logit as a function of relative position, ready
    /// for a ``LineChart`` series (for example with all-ones or random q and k).
    public func scoreCurve(query: [Double], key: [Double], distances: [Double]) -> [(Double, Double)] {
        distances.map { ($0, relativeScore(query: query, key: key, distance: $0)) }
    }

    /// `Σᵢ cos(p θᵢ)`: the score of the all-ones query against the all-ones key divided by 2
    /// (and the Sandwich bias with λ = 1); equals `d/2` at `p = 0`. Its average decay with `p`
    /// is RoPE's "long-range decay".
    public func cosineSum(distance p: Double) -> Double {
        (0..<pairCount).reduce(0) { $0 + cos(p * theta($1)) }
    }

    /// The RoFormer long-term-decay bound (Su et al., arXiv:2104.09864, §3.4.3):
    /// `(1/(d/2)) Σ_{j=1}^{d/2} |Σ_{k<j} e^{i p θ_k}|`, the relative upper bound on
    /// `|(ℛ_p q)·k|` for bounded q, k as a function of the distance p.
    public func decayBound(distance p: Double) -> Double {
        var re = 0.0, im = 0.0, total = 0.0
        for k in 0..<pairCount {
            re += cos(p * theta(k))
            im += sin(p * theta(k))
            total += (re * re + im * im).squareRoot()
        }
        return pairCount == 0 ? 0 : total / Double(pairCount)
    }

    /// The number of pairs that complete at least one full turn within `length` positions
    /// (`rᵢ ≥ 1`): the dimensions that "see" a whole period during training.
    public func pairsWithFullTurn(length: Double) -> Int {
        (0..<pairCount).filter { turns($0, length: length) >= 1 }.count
    }
}
