import Foundation

/// YaRN (Peng et al., "YaRN: Efficient Context Window Extension of Large Language Models",
/// arXiv:2309.00071): NTK-by-parts frequency scaling plus an attention temperature.
///
/// Pair `i` makes `rᵢ = L_train θᵢ / 2π` turns over the training length. A ramp `γᵢ ∈ [0, 1]`
/// decides how much of it is kept: `θ'ᵢ = [γᵢ + (1 − γᵢ)/s] θᵢ` — pairs with many turns
/// (γ = 1) are extrapolated, pairs with less than one turn (γ = 0) are interpolated by `s`.
/// Two ramps are in use and give quite different middles (see ``Ramp``).
///
/// The temperature: `√(1/t) = 0.1 ln s + 1` (the paper's fit). The official code and Hugging
/// Face multiply the cos and sin tables by it, so query and key both carry the factor and the
/// logits are multiplied by its square, ``logitMultiplier`` (see ``rotateWithTemperature(_:position:)``).
public struct YaRN: RotaryEncoding, Hashable {
    /// The two ramp conventions.
    public enum Ramp: Sendable, Hashable, CaseIterable {
        /// The paper's and Su's form: linear in the number of turns,
        /// `γ(r) = clip((r − α)/(β − α), 0, 1)`.
        case turns
        /// The official repository's and Hugging Face's form: linear in the dimension index.
        /// With `i(r) = d ln(L_train/(2π r)) / (2 ln b)`, `low = ⌊i(β)⌋`, `high = ⌈i(α)⌉`,
        /// `γᵢ = 1 − clip((i − low)/(high − low), 0, 1)`. This is linear in log r, not in r:
        /// without the floor and ceiling (``YaRN/truncate`` false) it is exactly
        /// `clip(ln(r/α) / ln(β/α), 0, 1)`, whatever d and b (while `0 ≤ i(β)` and
        /// `i(α) ≤ d − 1`, so that Hugging Face's clamp does not bite).
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
    /// For the ``Ramp/dimensionIndex`` ramp: round the ramp's ends outwards to whole pairs
    /// (`⌊i(β)⌋`, `⌈i(α)⌉`), as the official repository always does and Hugging Face does by
    /// default (its `truncate` option). Ignored by the ``Ramp/turns`` ramp.
    public var truncate: Bool

    /// Creates YaRN with the paper's α = 1, β = 32.
    public init(
        base: Double = 10_000, dimension: Int, factor: Double, trainingLength: Double,
        alpha: Double = 1, beta: Double = 32, ramp: Ramp = .turns, truncate: Bool = true
    ) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
        self.trainingLength = trainingLength
        self.alpha = alpha
        self.beta = beta
        self.ramp = ramp
        self.truncate = truncate
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

    /// The ends of the index ramp actually used: ``correctionRange`` when ``truncate`` is true,
    /// otherwise the fractional `(max(i(β), 0), min(i(α), d − 1))` (Hugging Face with
    /// `truncate: false`).
    public var rampBounds: (low: Double, high: Double) {
        if truncate {
            let (low, high) = correctionRange
            return (Double(low), Double(high))
        }
        return (max(0, dimensionIndex(turns: beta)), min(Double(dimension - 1), dimensionIndex(turns: alpha)))
    }

    /// The ramp value `γᵢ`: 1 keeps pair `i`, 0 interpolates it by `s`.
    public func gamma(_ i: Int) -> Double {
        switch ramp {
        case .turns:
            return Self.turnsRamp(rope.turns(i, length: trainingLength), alpha: alpha, beta: beta)
        case .dimensionIndex:
            return indexRamp(Double(i))
        }
    }

    /// The ramp at a pair making `r` turns over `L_train` (any r > 0, not only a pair's): the
    /// ``Ramp/turns`` ramp directly, the ``Ramp/dimensionIndex`` ramp at the fractional index
    /// `i(r)` (``dimensionIndex(turns:)``).
    public func gamma(turns r: Double) -> Double {
        switch ramp {
        case .turns: return Self.turnsRamp(r, alpha: alpha, beta: beta)
        case .dimensionIndex: return indexRamp(dimensionIndex(turns: r))
        }
    }

    /// The paper's ramp `γ(r) = clip((r − α)/(β − α), 0, 1)` ("NTK-by-parts", Peng et al.).
    public static func turnsRamp(_ r: Double, alpha: Double, beta: Double) -> Double {
        min(1, max(0, (r - alpha) / (beta - alpha)))
    }

    /// `1 − clip((i − low)/(high − low), 0, 1)` with the ends of ``rampBounds``.
    private func indexRamp(_ i: Double) -> Double {
        let (low, high) = rampBounds
        let span = high == low ? 0.001 : high - low  // HF's guard against a zero span
        return 1 - min(1, max(0, (i - low) / span))
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

    /// `x` rotated at `position` with cos and sin both multiplied by ``attentionScale``, as the
    /// official code and Hugging Face build their tables: `√(1/t) ℛ'_n x` (every component is
    /// scaled; Lab rotates all `d`). A query and a key
    /// rotated this way give the logit `(1/t)(ℛ'_m q)·(ℛ'_n k)`.
    public func rotateWithTemperature(_ x: [Double], position: Double) -> [Double] {
        let scale = attentionScale
        return rotate(x, position: position).map { scale * $0 }
    }

    /// `0.1 ln s + 1` for s > 1, otherwise 1.
    public static func attentionScale(factor s: Double) -> Double {
        s <= 1 ? 1 : 0.1 * log(s) + 1
    }
}
