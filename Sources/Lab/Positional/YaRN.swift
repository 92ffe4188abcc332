import Foundation

/// YaRN (Peng et al., "YaRN: Efficient Context Window Extension of Large Language Models",
/// arXiv:2309.00071): NTK-by-parts frequency scaling plus an attention temperature.
///
/// Pair `i` makes `rᵢ = L_train θᵢ / 2π` turns over the training length. A ramp `γᵢ ∈ [0, 1]`
/// decides how much of it is kept: `θ'ᵢ = [γᵢ + (1 − γᵢ)/s] θᵢ` — pairs with many turns
/// (γ = 1) are extrapolated, pairs with less than one turn (γ = 0) are interpolated by `s`.
/// Two ramps are in use and give quite different middles (see ``Ramp``).
///
/// The temperature: `√(1/t) = 0.1 ln s + 1` (paper eq. 22). Hugging Face multiplies cos and sin
/// by it, so the logits are multiplied by its square, ``logitMultiplier``.
public struct YaRN: RotaryEncoding, Hashable {
    /// The two ramp conventions.
    public enum Ramp: Sendable, Hashable, CaseIterable {
        /// The paper's and Su's form: linear in the number of turns,
        /// `γ(r) = clip((r − α)/(β − α), 0, 1)`.
        case turns
        /// The official repository's and Hugging Face's form: linear in the dimension index.
        /// With `i(r) = d ln(L_train/(2π r)) / (2 ln b)`, `low = ⌊i(β)⌋`, `high = ⌈i(α)⌉`,
        /// `γᵢ = 1 − clip((i − low)/(high − low), 0, 1)`. This is linear in log r, not in r.
        case dimensionIndex
    }

    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The scale factor `s = L_test / L_train`.
    public var factor: Double
    /// The training length `L_train`.
    public var trainingLength: Double
    /// The turn count below which a pair is fully interpolated (α = 1 in the paper).
    public var alpha: Double
    /// The turn count above which a pair is kept (β = 32 in the paper).
    public var beta: Double
    /// Which ramp to use.
    public var ramp: Ramp

    /// Creates YaRN with the paper's α = 1, β = 32.
    public init(
        base: Double = 10_000, dimension: Int, factor: Double, trainingLength: Double,
        alpha: Double = 1, beta: Double = 32, ramp: Ramp = .turns
    ) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
        self.trainingLength = trainingLength
        self.alpha = alpha
        self.beta = beta
        self.ramp = ramp
    }

    private var rope: RoPE { RoPE(base: base, dimension: dimension) }

    /// The fractional dimension index at which a pair makes `r` turns over `L_train`:
    /// `i(r) = d ln(L_train/(2π r)) / (2 ln b)`.
    public func dimensionIndex(turns r: Double) -> Double {
        Double(dimension) * log(trainingLength / (2 * Double.pi * r)) / (2 * log(base))
    }

    /// Hugging Face's correction range `(low, high) = (⌊i(β)⌋, ⌈i(α)⌉)`, clamped to `[0, d − 1]`
    /// as `_compute_yarn_parameters` does (with the full head dimension d, not d/2).
    public var correctionRange: (low: Int, high: Int) {
        let low = max(0, Int(floor(dimensionIndex(turns: beta))))
        let high = min(dimension - 1, Int(ceil(dimensionIndex(turns: alpha))))
        return (low, high)
    }

    /// The ramp value `γᵢ`: 1 keeps pair `i`, 0 interpolates it by `s`.
    public func gamma(_ i: Int) -> Double {
        switch ramp {
        case .turns:
            let r = rope.turns(i, length: trainingLength)
            return min(1, max(0, (r - alpha) / (beta - alpha)))
        case .dimensionIndex:
            let (low, high) = correctionRange
            let span = high == low ? 0.001 : Double(high - low)  // HF's guard against a zero span
            let linear = min(1, max(0, (Double(i) - Double(low)) / span))
            return 1 - linear
        }
    }

    /// `θ'ᵢ = [γᵢ + (1 − γᵢ)/s] θᵢ`.
    public func theta(_ i: Int) -> Double {
        let g = gamma(i)
        return (g + (1 - g) / factor) * rope.theta(i)
    }

    /// `√(1/t) = 0.1 ln s + 1` (1 for s ≤ 1), the factor HF applies to cos and sin.
    public var attentionScale: Double {
        Self.attentionScale(factor: factor)
    }

    /// The multiplier the logits receive, `(0.1 ln s + 1)²`.
    public var logitMultiplier: Double { attentionScale * attentionScale }

    /// `0.1 ln s + 1` for s > 1, otherwise 1.
    public static func attentionScale(factor s: Double) -> Double {
        s <= 1 ? 1 : 0.1 * log(s) + 1
    }
}
