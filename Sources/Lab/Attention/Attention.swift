import Foundation

/// Dense attention in its textbook forms. Rows of `queries`, `keys` and `values` are positions.
///
/// Logits are `s · qᵢ·kⱼ + B_{ij}` with a caller-chosen scale `s` (pass `1/√d` for scaled
/// dot-product attention; Transformer-VQ and the Performer identities use `s = 1`).
public enum Attention {
    /// The logit matrix `s · Q Kᵀ + B`, with `−∞` above the diagonal when `causal`.
    public static func logits(
        queries: Matrix, keys: Matrix, scale: Double = 1, causal: Bool = false, bias: Matrix? = nil
    ) -> Matrix {
        var result = scale * (queries * keys.transposed)
        if let bias {
            for i in 0..<min(result.rows, bias.rows) {
                for j in 0..<min(result.columns, bias.columns) { result[i, j] += bias[i, j] }
            }
        }
        if causal {
            for i in 0..<result.rows {
                for j in (i + 1)..<max(i + 1, result.columns) { result[i, j] = -.infinity }
            }
        }
        return result
    }

    /// The attention weights: the row-wise softmax of ``logits(queries:keys:scale:causal:bias:)``
    /// (each row sums to 1; masked entries are 0). Useful for ``Heatmap``.
    public static func weights(
        queries: Matrix, keys: Matrix, scale: Double = 1, causal: Bool = false, bias: Matrix? = nil
    ) -> Matrix {
        let l = logits(queries: queries, keys: keys, scale: scale, causal: causal, bias: bias)
        return Matrix(l.rowArrays.map(Numerics.softmax))
    }

    /// Softmax attention `softmax(s Q Kᵀ + B) V` (Vaswani et al., arXiv:1706.03762, eq. 1), with the
    /// row maximum subtracted before exponentiating.
    public static func softmax(
        queries: Matrix, keys: Matrix, values: Matrix, scale: Double = 1, causal: Bool = false, bias: Matrix? = nil
    ) -> Matrix {
        weights(queries: queries, keys: keys, scale: scale, causal: causal, bias: bias) * values
    }

    /// Kernelized linear attention (Katharopoulos et al., arXiv:2006.16236, eq. 6):
    /// `oᵢ = φ(qᵢ)ᵀ Σⱼ ψ(kⱼ) vⱼᵀ / φ(qᵢ)ᵀ Σⱼ ψ(kⱼ)` with separate feature maps φ for queries and
    /// ψ for keys, summing over `j ≤ i` when `causal`. Cost `O(n m d_v)` for m features.
    ///
    /// Feature maps in Lab: ``eluPlusOne(_:)`` (a fixed kernel, Katharopoulos et al.),
    /// ``RandomFeatures`` (Performer's unbiased estimates of `e^{q·k}`) and
    /// ``VQAttention/queryFeatures(_:)`` with ``VQAttention/keyFeatures(_:)`` (exact for quantized keys).
    public static func linear(
        queries: Matrix, keys: Matrix, values: Matrix, causal: Bool = false,
        queryFeatures: ([Double]) -> [Double], keyFeatures: ([Double]) -> [Double]
    ) -> Matrix {
        let phiQ = queries.rowArrays.map(queryFeatures)
        let psiK = keys.rowArrays.map(keyFeatures)
        let m = phiQ.first?.count ?? 0
        let dv = values.columns
        var kv = Array(repeating: 0.0, count: m * dv)  // Σ ψ(k_j) v_jᵀ, m × d_v
        var kSum = Array(repeating: 0.0, count: m)
        func accumulate(_ j: Int) {
            for a in 0..<m {
                let f = psiK[j][a]
                kSum[a] += f
                for c in 0..<dv { kv[a * dv + c] += f * values[j, c] }
            }
        }
        if !causal { for j in 0..<keys.rows { accumulate(j) } }
        var output = Matrix(rows: queries.rows, columns: dv)
        for i in 0..<queries.rows {
            if causal && i < keys.rows { accumulate(i) }
            var denominator = 0.0
            for a in 0..<m { denominator += phiQ[i][a] * kSum[a] }
            for c in 0..<dv {
                var numerator = 0.0
                for a in 0..<m { numerator += phiQ[i][a] * kv[a * dv + c] }
                output[i, c] = numerator / denominator
            }
        }
        return output
    }

    /// Linear attention with one feature map for both queries and keys.
    public static func linear(
        queries: Matrix, keys: Matrix, values: Matrix, causal: Bool = false, features: ([Double]) -> [Double]
    ) -> Matrix {
        linear(queries: queries, keys: keys, values: values, causal: causal,
               queryFeatures: features, keyFeatures: features)
    }

    /// The relative error `‖A − B‖_F / ‖B‖_F` of an approximation `A` of `B`.
    public static func relativeError(_ approximation: Matrix, _ exact: Matrix) -> Double {
        (approximation - exact).frobeniusNorm / exact.frobeniusNorm
    }

    /// The Shannon entropy (nats) of each row of an attention-weight matrix.
    public static func rowEntropies(_ weights: Matrix) -> [Double] {
        weights.rowArrays.map { row in row.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 } }
    }
}
