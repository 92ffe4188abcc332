import Foundation

/// Random features for the softmax kernel `e^{q·k}` (Performer: Choromanski et al., "Rethinking
/// Attention with Performers", arXiv:2009.14794).
///
/// - Positive features (FAVOR+, Lemma 1): `φ⁺(x) = m^{−1/2} (e^{ωᵢ·x − ‖x‖²/2})ᵢ`, with
///   `E[φ⁺(q)·φ⁺(k)] = e^{q·k}` and per-sample variance `e^{2q·k}(e^{‖q+k‖²} − 1)`.
/// - Trigonometric features: `φ^{trig}(x) = m^{−1/2} e^{‖x‖²/2} (cos ωᵢ·x, sin ωᵢ·x)ᵢ`, with
///   per-sample variance `½ e^{‖q‖²+‖k‖²}(1 − e^{−‖q−k‖²})²`.
///
/// Rows `ωᵢ ~ 𝒩(0, I_d)`; with `orthogonal` they are orthogonalized in blocks of d (Gram–Schmidt)
/// and rescaled to independent χ_d norms (Yu et al., arXiv:1610.09072).
public struct RandomFeatures: Sendable, Hashable {
    /// The projections `ω₁ … ω_m`, one per row (`m × d`).
    public let projections: Matrix
    private let omegas: [[Double]]

    /// Draws `count` projections of width `dimension` from `generator`.
    public init(dimension: Int, count: Int, orthogonal: Bool = false, using generator: inout SeededGenerator) {
        var omega = Matrix.random(rows: count, columns: dimension, using: &generator)
        if orthogonal && dimension > 0 {
            var start = 0
            while start < count {
                let end = min(count, start + dimension)
                var basis: [[Double]] = []
                for r in start..<end {
                    var v = omega.row(r).elements
                    for b in basis {
                        let projection = dot(v, b)
                        for c in v.indices { v[c] -= projection * b[c] }
                    }
                    let n = dot(v, v).squareRoot()
                    v = v.map { $0 / n }
                    basis.append(v)
                    let chiNorm = Vector.random(dimension, using: &generator).norm
                    for c in 0..<dimension { omega[r, c] = v[c] * chiNorm }
                }
                start = end
            }
        }
        projections = omega
        omegas = omega.rowArrays
    }

    /// Wraps given projections.
    public init(projections: Matrix) {
        self.projections = projections
        omegas = projections.rowArrays
    }

    /// The number of features m.
    public var count: Int { projections.rows }

    /// The same directions rescaled to a common norm (√d by default), for the soft-VQ view.
    public func withEqualNorms(_ norm: Double? = nil) -> RandomFeatures {
        let target = norm ?? Double(projections.columns).squareRoot()
        return RandomFeatures(projections: Matrix(rows: projections.rowVectors.map { target / $0.norm * $0 }))
    }

    /// `φ⁺(x) = m^{−1/2} (e^{ωᵢ·x − ‖x‖²/2})ᵢ`.
    public func positive(_ x: [Double]) -> [Double] {
        let half = dot(x, x) / 2, norm = 1 / Double(count).squareRoot()
        return (0..<count).map { norm * exp(dot(omegas[$0], x) - half) }
    }

    /// `φ^{trig}(x) = m^{−1/2} e^{‖x‖²/2} (cos ωᵢ·x …, sin ωᵢ·x …)`, length 2m.
    public func trigonometric(_ x: [Double]) -> [Double] {
        let gain = exp(dot(x, x) / 2) / Double(count).squareRoot()
        let angles = (0..<count).map { dot(omegas[$0], x) }
        return angles.map { gain * cos($0) } + angles.map { gain * sin($0) }
    }

    /// `(e^{ωᵢ·q})ᵢ`: the query side of the soft-VQ reading (Su, archives/9862).
    public func exponential(_ q: [Double]) -> [Double] {
        (0..<count).map { exp(dot(omegas[$0], q)) }
    }

    /// `(e^{−‖k − ωᵢ‖²/2})ᵢ`: the key side of the soft-VQ reading, a Gaussian "soft assignment"
    /// of k to the centres ωᵢ.
    public func gaussian(_ k: [Double]) -> [Double] {
        (0..<count).map { i in
            let w = omegas[i]
            let d2 = zip(k, w).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            return exp(-d2 / 2)
        }
    }

    /// The per-feature positive estimates `e^{ωᵢ·q − ‖q‖²/2} e^{ωᵢ·k − ‖k‖²/2}` of `e^{q·k}`.
    public func positiveSamples(query q: [Double], key k: [Double]) -> [Double] {
        let shift = (dot(q, q) + dot(k, k)) / 2
        return (0..<count).map { exp(dot(omegas[$0], q) + dot(omegas[$0], k) - shift) }
    }

    /// The per-feature trigonometric estimates `e^{(‖q‖²+‖k‖²)/2} cos(ωᵢ·(q − k))` of `e^{q·k}`.
    public func trigonometricSamples(query q: [Double], key k: [Double]) -> [Double] {
        let gain = exp((dot(q, q) + dot(k, k)) / 2)
        let diff = zip(q, k).map { $0 - $1 }
        return (0..<count).map { gain * cos(dot(omegas[$0], diff)) }
    }

    /// The closed-form per-sample variance of the positive estimator, `e^{2q·k}(e^{‖q+k‖²} − 1)`.
    public static func positiveVariance(query q: [Double], key k: [Double]) -> Double {
        let sum = zip(q, k).map { $0 + $1 }
        return exp(2 * dot(q, k)) * (exp(dot(sum, sum)) - 1)
    }

    /// The closed-form per-sample variance of the trigonometric estimator,
    /// `½ e^{‖q‖²+‖k‖²}(1 − e^{−‖q−k‖²})²`.
    public static func trigonometricVariance(query q: [Double], key k: [Double]) -> Double {
        let diff = zip(q, k).map { $0 - $1 }
        let t = 1 - exp(-dot(diff, diff))
        return 0.5 * exp(dot(q, q) + dot(k, k)) * t * t
    }

    /// Performer attention: linear attention with positive (or trigonometric) features.
    public func attention(queries: Matrix, keys: Matrix, values: Matrix, causal: Bool = false, trigonometric useTrig: Bool = false) -> Matrix {
        Attention.linear(queries: queries, keys: keys, values: values, causal: causal,
                         features: useTrig ? trigonometric : positive)
    }
}
