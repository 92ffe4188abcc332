/// ReRoPE, "rectified" RoPE (Su, kexue.fm/archives/9708): the relative position used between
/// query `i` and key `j ≤ i` is `min(i − j, w)`, so no position larger than the window `w` is
/// ever seen, and inside the window nothing changes.
///
/// The outside piece is the constant `w`, realised by rotating every query to position `w` and
/// leaving the keys unrotated: `a⁽²⁾ᵢⱼ = (ℛ_w qᵢ)·kⱼ`.
public struct ReRoPE: TwoPassPositionMap, Hashable {
    /// The window `w`.
    public var window: Double

    /// Creates ReRoPE with window `w`.
    public init(window: Double) {
        self.window = window
    }

    /// `min(p, w)` for `p ≥ 0`.
    public func relativePosition(_ p: Double) -> Double {
        min(p, window)
    }

    /// Pass 2 rotates every query to the window's edge, `w`.
    public func outsideQueryPosition(_ i: Double) -> Double { window }

    /// Pass 2 leaves every key at position 0.
    public func outsideKeyPosition(_ j: Double) -> Double { 0 }

    /// Pass 2 of the two-pass computation: `a⁽²⁾ᵢⱼ = (ℛ_w qᵢ)·kⱼ`.
    public func outsideWindowScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(rope.rotate(query, position: outsideQueryPosition(i)), rope.rotate(key, position: outsideKeyPosition(j)))
    }

    /// Single-query decoding: `aᵢⱼ = qᵢᵀ ℛ_{max(j−i, −w)} kⱼ`, one rotation of each key (Su's
    /// reference code clips `i − j` at `w` and rotates the cached key backwards by it).
    public func decodeScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(query, rope.rotate(key, position: max(j - i, -window)))
    }
}

/// Leaky ReRoPE (Su, kexue.fm/archives/9708): inside the window `w` the relative position is
/// `p = i − j`; beyond it positions grow `k` times slower, `w + (p − w)/k`. ReRoPE is the limit
/// `k → ∞`, plain RoPE is `k = 1` and position interpolation by `k` is `w = 0`. The largest
/// position at sequence length L is `w + (L − 1 − w)/k`. A factor `k < 1` (positions beyond the
/// window grow faster, the "inverse" use of archives/9728) is allowed.
///
/// The outside piece `p/k + w(1 − 1/k)` is affine in `i − j`, so pass 2 rotates query `i` to
/// `(i − w)/k + w` and key `j` to `j/k`.
public struct LeakyReRoPE: TwoPassPositionMap, Hashable {
    /// The window `w`.
    public var window: Double
    /// The slow-down factor `k` beyond the window.
    public var factor: Double

    /// Creates Leaky ReRoPE with window `w` and factor `k`.
    public init(window: Double, factor: Double) {
        self.window = window
        self.factor = factor
    }

    /// `p` if `p < w`, otherwise `w + (p − w)/k`.
    public func relativePosition(_ p: Double) -> Double {
        p < window ? p : window + (p - window) / factor
    }

    /// Pass 2 rotates query `i` to `(i − w)/k + w`.
    public func outsideQueryPosition(_ i: Double) -> Double { (i - window) / factor + window }

    /// Pass 2 rotates key `j` to `j/k`.
    public func outsideKeyPosition(_ j: Double) -> Double { j / factor }

    /// Pass 2: `a⁽²⁾ᵢⱼ = (ℛ_{(i−w)/k + w} qᵢ)·(ℛ_{j/k} kⱼ)`.
    public func outsideWindowScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(rope.rotate(query, position: outsideQueryPosition(i)), rope.rotate(key, position: outsideKeyPosition(j)))
    }

    /// Single-query decoding: `aᵢⱼ = qᵢᵀ ℛ_{−p} kⱼ` for `p = i − j < w`, otherwise
    /// `qᵢᵀ ℛ_{(j−i+w)/k − w} kⱼ`: one rotation of each key. For `k ≥ 1` this is Su's
    /// `max(j − i, (j − i + w)/k − w)`; the branch also holds for `k < 1`, where the max does not.
    public func decodeScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        let p = i - j
        let rotation = p < window ? -p : (j - i + window) / factor - window
        return dot(query, rope.rotate(key, position: rotation))
    }

    /// The largest relative position at sequence length `L`: `w + (L − 1 − w)/k` (for `L > w`).
    public func maximumPosition(length: Double) -> Double {
        relativePosition(length - 1)
    }

    /// The smallest factor `k` that keeps every relative position at sequence length `L` at or
    /// below `bound` (with `bound > w`): `k = (L − 1 − w)/(bound − w)`. Su's advice is
    /// `bound = L_train/2`.
    public static func factorNeeded(window w: Double, length: Double, bound: Double) -> Double {
        (length - 1 - w) / (bound - w)
    }
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
    return sum
}
