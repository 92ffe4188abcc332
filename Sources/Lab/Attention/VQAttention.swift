import Foundation

/// Attention over vector-quantized keys, "Transformer-VQ" (Lingle, arXiv:2309.16354; Su,
/// kexue.fm/archives/9844).
///
/// Keys are replaced by their nearest codeword, `K̂ = Δ C` with one-hot rows Δ. Then
/// `exp(Q K̂ᵀ) V = exp(Q Cᵀ) (Δᵀ V)`: the n × n matrix is never formed and the cost is
/// `O(n c (d_k + 2 d_v))` instead of `O(n² (d_k + d_v))`. The denominator is the same with V
/// replaced by ones (the code counts). Logits are unscaled (`s = 1`), as in the identities.
public struct VQAttention: Sendable, Hashable {
    /// The codebook `C`, one codeword per row (`c × d_k`).
    public var codebook: Matrix

    /// Creates VQ attention with a codebook.
    public init(codebook: Matrix) {
        self.codebook = codebook
    }

    /// The index of the nearest codeword (squared Euclidean distance, first on ties) of each key.
    public func assignments(keys: Matrix) -> [Int] {
        VectorQuantizer(codebook: codebook).assign(keys)
    }

    /// `K̂ = Δ C`: each key replaced by its codeword.
    public func quantizedKeys(_ keys: Matrix) -> Matrix {
        Matrix(rows: assignments(keys: keys).map { codebook.row($0) })
    }

    /// The query feature map of the kernel reading, `(e^{q·c_y})_y` for the c codewords: with
    /// ``keyFeatures(_:)`` in ``Attention/linear(queries:keys:values:causal:queryFeatures:keyFeatures:)``
    /// it gives the same output as ``linear(queries:keys:values:)``, since `e^{q·k̂} = e^{q·Cᵀ}·onehot(k)`.
    /// Unshifted, so it overflows for logits above about 709.
    public func queryFeatures(_ q: [Double]) -> [Double] {
        (0..<codebook.rows).map { exp(dot(q, codebook.row($0).elements)) }
    }

    /// The key feature map of the kernel reading: the one-hot row `Δⱼ` of the nearest codeword.
    public func keyFeatures(_ k: [Double]) -> [Double] {
        var oneHot = Array(repeating: 0.0, count: codebook.rows)
        if codebook.rows > 0 { oneHot[VectorQuantizer(codebook: codebook).nearest(k)] = 1 }
        return oneHot
    }

    /// The quadratic reference: `softmax(Q K̂ᵀ + B) V`, optionally causal.
    public func quadratic(queries: Matrix, keys: Matrix, values: Matrix, causal: Bool = false, bias: Matrix? = nil) -> Matrix {
        Attention.softmax(queries: queries, keys: quantizedKeys(keys), values: values, causal: causal, bias: bias)
    }

    /// The encoder (non-causal) linear form `exp(Q Cᵀ)(Δᵀ V) / exp(Q Cᵀ)(Δᵀ 1)`, with the largest
    /// `Qᵢ·c_y` over the codewords that some key chose subtracted from row i (valid for both forms:
    /// each row of `Q K̂ᵀ` takes exactly those values).
    public func linear(queries: Matrix, keys: Matrix, values: Matrix) -> Matrix {
        let z = assignments(keys: keys)
        var u = Matrix(rows: codebook.rows, columns: values.columns)  // Δᵀ V
        var counts = Array(repeating: 0.0, count: codebook.rows)       // Δᵀ 1
        for (j, code) in z.enumerated() {
            counts[code] += 1
            for c in 0..<values.columns { u[code, c] += values[j, c] }
        }
        let scores = queries * codebook.transposed
        var output = Matrix(rows: queries.rows, columns: values.columns)
        for i in 0..<queries.rows {
            writeRow(i, scores: scores, u: u, counts: counts, into: &output)
        }
        return output
    }

    /// The decoder (causal) recurrence `Oᵢ = exp(Qᵢ Cᵀ) Uᵢ`, `Uᵢ = Uᵢ₋₁ + Δᵢᵀ Vᵢ`, normalized
    /// by the same recurrence on counts: linear time, constant state `c × d_v`.
    public func causalLinear(queries: Matrix, keys: Matrix, values: Matrix) -> Matrix {
        let z = assignments(keys: keys)
        var u = Matrix(rows: codebook.rows, columns: values.columns)
        var counts = Array(repeating: 0.0, count: codebook.rows)
        let scores = queries * codebook.transposed
        var output = Matrix(rows: queries.rows, columns: values.columns)
        for i in 0..<queries.rows {
            if i < z.count {
                counts[z[i]] += 1
                for c in 0..<values.columns { u[z[i], c] += values[i, c] }
            }
            writeRow(i, scores: scores, u: u, counts: counts, into: &output)
        }
        return output
    }

    /// The block form with a windowed relative bias (Lingle, §3): with blocks of `blockLength`
    /// positions, query block `[i]` attends to its own block and block `[i−1]` through quadratic
    /// attention with the bias `bias(p)` at relative position `p = query − key` (causal inside
    /// the block), and to every older block through the cache `U_{i−2}`:
    /// `O_[i] = e^{Q K̂_[i]ᵀ + B} V_[i] + e^{Q K̂_[i−1]ᵀ + B} V_[i−1] + e^{Q Cᵀ} U_{i−2}`.
    public func blockwise(queries: Matrix, keys: Matrix, values: Matrix, blockLength: Int, bias: (Int) -> Double) -> Matrix {
        let length = max(1, blockLength)
        let z = assignments(keys: keys)
        let khat = quantizedKeys(keys)
        let scores = queries * codebook.transposed
        var cache = Matrix(rows: codebook.rows, columns: values.columns)  // U_{i−2}
        var counts = Array(repeating: 0.0, count: codebook.rows)
        var output = Matrix(rows: queries.rows, columns: values.columns)
        for i in 0..<queries.rows {
            let block = i / length
            let cachedEnd = max(0, (block - 1) * length)  // keys in blocks ≤ block − 2
            // Move keys that have left the two-block window into the cache.
            let cachedSoFar = Int(counts.reduce(0, +))
            for j in cachedSoFar..<cachedEnd {
                counts[z[j]] += 1
                for c in 0..<values.columns { cache[z[j], c] += values[j, c] }
            }
            let query = queries.row(i).elements
            var windowLogits: [Double] = []
            for j in cachedEnd...i where j < keys.rows {
                windowLogits.append(dot(query, khat.row(j).elements) + bias(i - j))
            }
            let codeScores = (0..<codebook.rows).map { scores[i, $0] }
            var peak = windowLogits.max() ?? -Double.infinity
            for code in 0..<codebook.rows where counts[code] > 0 {
                peak = max(peak, codeScores[code])
            }
            var denominator = 0.0
            var numerator = Array(repeating: 0.0, count: values.columns)
            for (offset, logit) in windowLogits.enumerated() {
                let j = cachedEnd + offset
                let w = exp(logit - peak)
                denominator += w
                for c in 0..<values.columns { numerator[c] += w * values[j, c] }
            }
            for code in 0..<codebook.rows where counts[code] > 0 {
                let w = exp(codeScores[code] - peak)
                denominator += w * counts[code]
                for c in 0..<values.columns { numerator[c] += w * cache[code, c] }
            }
            for c in 0..<values.columns { output[i, c] = numerator[c] / denominator }
        }
        return output
    }

    /// The bias matrix that ``blockwise(queries:keys:values:blockLength:bias:)`` applies, for the
    /// quadratic reference: `bias(i − j)` where key j lies in query i's block or the one before,
    /// 0 elsewhere.
    public static func windowBias(length n: Int, blockLength: Int, bias: (Int) -> Double) -> Matrix {
        let b = max(1, blockLength)
        return Matrix(rows: n, columns: n) { i, j in
            j >= max(0, (i / b - 1) * b) && j <= i ? bias(i - j) : 0
        }
    }

    /// Multiplications of quadratic attention over those of the VQ linear form:
    /// `n²(d_k + d_v) / (n c (d_k + 2 d_v))`, which is `2n/3c` when `d_k = d_v`.
    public static func multiplyCountRatio(length n: Double, codebookSize c: Double, keyDimension dk: Double, valueDimension dv: Double) -> Double {
        n * n * (dk + dv) / (n * c * (dk + 2 * dv))
    }

    /// Writes row i of `exp(Q Cᵀ) U / exp(Q Cᵀ) counts`. The shift is the largest score among the
    /// codes that hold at least one key: the largest of all codes could belong to an empty code and
    /// push every used one below the underflow threshold (0/0 in a causal row that has seen few keys).
    private func writeRow(_ i: Int, scores: Matrix, u: Matrix, counts: [Double], into output: inout Matrix) {
        var peak = -Double.infinity
        for code in 0..<codebook.rows where counts[code] > 0 { peak = max(peak, scores[i, code]) }
        var denominator = 0.0
        var numerator = Array(repeating: 0.0, count: u.columns)
        for code in 0..<codebook.rows where counts[code] > 0 {
            let w = exp(scores[i, code] - peak)
            denominator += w * counts[code]
            for c in 0..<u.columns { numerator[c] += w * u[code, c] }
        }
        for c in 0..<u.columns { output[i, c] = numerator[c] / denominator }
    }
}
