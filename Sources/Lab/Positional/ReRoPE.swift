/// ReRoPE, "rectified" RoPE (Su, kexue.fm/archives/9708): the relative position used between
/// query `i` and key `j ≤ i` is `min(i − j, w)`, so no position larger than the window `w` is
/// ever seen, and inside the window nothing changes.
public struct ReRoPE: RelativePositionMap, Hashable {
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

    /// Pass 2 of the two-pass computation: `a⁽²⁾ᵢⱼ = (ℛ_w qᵢ)·kⱼ`.
    public func outsideWindowScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(rope.rotate(query, position: window), key)
    }

    /// Single-query decoding: `aᵢⱼ = qᵢᵀ ℛ_{max(j−i, −w)} kⱼ`, one rotation of each key.
    public func decodeScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(query, rope.rotate(key, position: max(j - i, -window)))
    }
}

/// Leaky ReRoPE (Su, kexue.fm/archives/9708): inside the window `w` the relative position is
/// `p = i − j`; beyond it positions grow `k` times slower, `w + (p − w)/k`. ReRoPE is the limit
/// `k → ∞`. The largest position at sequence length L is `w + (L − 1 − w)/k`.
public struct LeakyReRoPE: RelativePositionMap, Hashable {
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

    /// Pass 2: `a⁽²⁾ᵢⱼ = (ℛ_{(i−w)/k + w} qᵢ)·(ℛ_{j/k} kⱼ)`.
    public func outsideWindowScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(rope.rotate(query, position: (i - window) / factor + window), rope.rotate(key, position: j / factor))
    }

    /// Single-query decoding: `aᵢⱼ = qᵢᵀ ℛ_{max(j−i, (j−i+w)/k − w)} kⱼ`.
    public func decodeScore(
        query: [Double], key: [Double], queryPosition i: Double, keyPosition j: Double, rope: some RotaryEncoding
    ) -> Double {
        dot(query, rope.rotate(key, position: max(j - i, (j - i + window) / factor - window)))
    }

    /// The largest relative position at sequence length `L`: `w + (L − 1 − w)/k`.
    public func maximumPosition(length: Double) -> Double {
        relativePosition(length - 1)
    }
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
    return sum
}
