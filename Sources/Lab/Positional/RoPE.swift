import Foundation

/// Rotary position embedding (Su et al., "RoFormer", arXiv:2104.09864, eq. 15):
/// `θᵢ = b^{−2i/d}` for `i = 0 … d/2 − 1` with base `b` (10,000 in the paper).
///
/// **β-base reading** (Su, kexue.fm/archives/9675): with `β = b^{2/d}`, `θᵢ = β^{−i}`, so the
/// pair `[cos(n/βⁱ), sin(n/βⁱ)]` plays the role of digit `i` of `n` written in base β; fast pairs
/// are the low digits.
///
/// **Relative-position identity:** `(ℛ_m q)·(ℛ_n k) = (ℛ_{m−n} q)·k`, because rotations of one
/// plane compose by adding angles.
public struct RoPE: RotaryEncoding, Hashable {
    /// The base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The pairing convention.
    public var layout: RotaryLayout

    /// Creates RoPE with base `b` (default 10,000) for head dimension `d`.
    public init(base: Double = 10_000, dimension: Int, layout: RotaryLayout = .adjacentPairs) {
        self.base = base
        self.dimension = dimension
        self.layout = layout
    }

    /// `θᵢ = b^{−2i/d}`.
    public func theta(_ i: Int) -> Double {
        pow(base, -2 * Double(i) / Double(dimension))
    }

    /// The digit base `β = b^{2/d}` of the β-base reading.
    public var beta: Double { pow(base, 2 / Double(dimension)) }

    /// The same encoding with base `b·k`: the "β-base" (early NTK) extension, which multiplies
    /// β by `k^{2/d}` (Su, archives/9706).
    public func betaBaseExtended(factor k: Double) -> RoPE {
        RoPE(base: base * k, dimension: dimension, layout: layout)
    }
}
