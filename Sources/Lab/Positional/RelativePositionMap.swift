/// A windowed remapping of relative positions for causal attention with RoPE (ReRoPE and its
/// leaky variant), with the two ways to compute the resulting logits.
public protocol RelativePositionMap: Sendable {
    /// The window `w` inside which positions are unchanged.
    var window: Double { get }
    /// The relative position actually used for a true distance `p = i − j ≥ 0`.
    func relativePosition(_ p: Double) -> Double
    /// The second pass of the two-pass computation, used where `i − j ≥ w`.
    func outsideWindowScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double
    /// The decode-time formula: one query against keys, one rotation per key.
    func decodeScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double
}

extension RelativePositionMap {
    /// The causal logit matrix by the two-pass method: `a⁽¹⁾ᵢⱼ = (ℛ_i qᵢ)·(ℛ_j kⱼ)` where
    /// `i − j < w`, the second pass elsewhere. Row `i` is query `i` at position `i`; entries with
    /// `j > i` are `−∞` (masked).
    public func logits(queries: Matrix, keys: Matrix, rope: some RotaryEncoding) -> Matrix {
        var result = Matrix(rows: queries.rows, columns: keys.rows, repeating: -.infinity)
        let q = queries.rowArrays, k = keys.rowArrays
        let rq = q.enumerated().map { rope.rotate($0.element, position: Double($0.offset)) }
        let rk = k.enumerated().map { rope.rotate($0.element, position: Double($0.offset)) }
        for i in 0..<queries.rows {
            for j in 0...min(i, keys.rows - 1) where keys.rows > 0 {
                let p = Double(i - j)
                result[i, j] = p < window
                    ? dot(rq[i], rk[j])
                    : outsideWindowScore(query: q[i], key: k[j], queryPosition: Double(i), keyPosition: Double(j), rope: rope)
            }
        }
        return result
    }

    /// The causal logit matrix computed directly: `(ℛ_{f(i−j)} qᵢ)·kⱼ` with the remapped
    /// position `f`. Equal to ``logits(queries:keys:rope:)`` up to rounding.
    public func directLogits(queries: Matrix, keys: Matrix, rope: some RotaryEncoding) -> Matrix {
        var result = Matrix(rows: queries.rows, columns: keys.rows, repeating: -.infinity)
        for i in 0..<queries.rows {
            for j in 0...min(i, keys.rows - 1) where keys.rows > 0 {
                result[i, j] = rope.relativeScore(
                    query: queries.row(i).elements, key: keys.row(j).elements,
                    distance: relativePosition(Double(i - j)))
            }
        }
        return result
    }

    /// The relative positions used by the map for a causal `length × length` attention
    /// (`NaN` above the diagonal), for heat maps.
    public func positionMatrix(length: Int) -> Matrix {
        Matrix(rows: length, columns: length) { i, j in
            j <= i ? relativePosition(Double(i - j)) : .nan
        }
    }
}
