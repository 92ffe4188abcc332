/// A windowed position map whose outside piece is affine in the distance, so that it can be
/// computed with RoPE's ordinary machinery: one rotation of each query and one of each key.
///
/// RoPE turns absolute rotations into relative positions because `(ℛ_a q)·(ℛ_c k) = (ℛ_{a−c} q)·k`.
/// A position map `f(i − j)` is therefore reachable with one rotation per token exactly when
/// `f(i − j) = a(i) − c(j)`, i.e. when `f` is affine. ReRoPE's `min(p, w)` and Leaky ReRoPE are
/// affine on each side of the window, so two sets of rotations — two "passes" — cover them: pass
/// 1 is plain RoPE (`a(i) = i`, `c(j) = j`), pass 2 uses ``outsideQueryPosition(_:)`` and
/// ``outsideKeyPosition(_:)``, and the logit of each pair is taken from the pass whose piece
/// contains `i − j` (Su, kexue.fm/archives/9708; github.com/bojone/rerope).
public protocol TwoPassPositionMap: RelativePositionMap {
    /// The position `a(i)` to which pass 2 rotates the query at position `i`.
    func outsideQueryPosition(_ i: Double) -> Double
    /// The position `c(j)` to which pass 2 rotates the key at position `j`; `a(i) − c(j)` is the
    /// outside piece of the map.
    func outsideKeyPosition(_ j: Double) -> Double
}

extension TwoPassPositionMap {
    /// Both passes in full, every `(i, j)` and no mask, as Su's reference code computes them:
    /// `inside = (ℛ_i Q)(ℛ_j K)ᵀ` (plain RoPE) and `outside = (ℛ_{a(i)} Q)(ℛ_{c(j)} K)ᵀ`. Row `i` is
    /// the query at position `i`, column `j` the key at position `j`. Two matrix products: twice
    /// the work of RoPE attention.
    public func passes(queries: Matrix, keys: Matrix, rope: some RotaryEncoding) -> (inside: Matrix, outside: Matrix) {
        func rotated(_ m: Matrix, _ position: (Double) -> Double) -> Matrix {
            Matrix(m.rowArrays.enumerated().map { rope.rotate($0.element, position: position(Double($0.offset))) })
        }
        let inside = rotated(queries, { $0 }) * rotated(keys, { $0 }).transposed
        let outside = rotated(queries, outsideQueryPosition) * rotated(keys, outsideKeyPosition).transposed
        return (inside, outside)
    }

    /// The causal logits by selection between the two full ``passes(queries:keys:rope:)``:
    /// `inside` where `0 ≤ i − j < w`, `outside` where `i − j ≥ w`, `−∞` where `j > i`
    /// (`torch.where(rectified_mask, attn_weights1, attn_weights2)` in Su's code).
    public func selectedLogits(queries: Matrix, keys: Matrix, rope: some RotaryEncoding) -> Matrix {
        let (inside, outside) = passes(queries: queries, keys: keys, rope: rope)
        return Matrix(rows: queries.rows, columns: keys.rows) { i, j in
            let p = Double(i - j)
            if p < 0 { return -.infinity }
            return p < window ? inside[i, j] : outside[i, j]
        }
    }

    /// The logits of one query at position `i` against keys at positions `0 … n − 1` with the
    /// decode formula (``RelativePositionMap/decodeScore(query:key:queryPosition:keyPosition:rope:)``):
    /// the query is not rotated and every cached key is rotated by `−f(i − j)` — again, at every
    /// step, which is why the key cache cannot hold rotated keys.
    public func decodeLogits(query: [Double], keys: Matrix, queryPosition i: Int, rope: some RotaryEncoding) -> [Double] {
        (0..<keys.rows).map { j in
            j > i ? -.infinity
                : decodeScore(query: query, key: keys.row(j).elements, queryPosition: Double(i),
                              keyPosition: Double(j), rope: rope)
        }
    }
}
