import Foundation

/// Position interpolation (Chen et al., arXiv:2306.15595): positions are divided by the
/// extension factor `k`, i.e. every frequency is `θᵢ / k`. Adjacent tokens end up `1/k` apart.
public struct PositionInterpolation: RotaryEncoding, Hashable {
    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The extension factor `k = L_test / L_train`.
    public var factor: Double

    /// Creates PI for base `b`, dimension `d` and factor `k`.
    public init(base: Double = 10_000, dimension: Int, factor: Double) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
    }

    /// `b^{−2i/d} / k`.
    public func theta(_ i: Int) -> Double {
        RoPE(base: base, dimension: dimension).theta(i) / factor
    }
}

/// NTK-aware scaling (bloc97, r/LocalLLaMA, 2023): a new base `b' = b · k^{d/(d−2)}`, chosen so
/// that the lowest frequency is interpolated by exactly `k` while the highest (`i = 0`) is kept:
/// `(b κ)^{−(d−2)/d} = b^{−(d−2)/d}/k ⇒ κ = k^{d/(d−2)}`. For b = 10,000, d = 128, k = 8 the
/// new base is 82,684.6.
public struct NTKAware: RotaryEncoding, Hashable {
    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The extension factor `k`.
    public var factor: Double

    /// Creates NTK-aware scaling for base `b`, dimension `d` and factor `k`.
    public init(base: Double = 10_000, dimension: Int, factor: Double) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
    }

    /// `b' = b · k^{d/(d−2)}`.
    public var scaledBase: Double {
        base * pow(factor, Double(dimension) / Double(dimension - 2))
    }

    /// `b'^{−2i/d}`.
    public func theta(_ i: Int) -> Double {
        RoPE(base: scaledBase, dimension: dimension).theta(i)
    }
}

/// "NTK-fixed" (Su, archives/9706): every β-digit gets the same extra base factor
/// `λ = k^{2/d}`, including the first, so `θ_m = n / (λ (βλ)^{m−1})` for `m = i + 1`, i.e.
/// the per-pair scale is `k^{−2(i+1)/d}` (0.968031 for the first pair and `1/k` for the last
/// when d = 128, k = 8).
public struct NTKFixed: RotaryEncoding, Hashable {
    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The extension factor `k`.
    public var factor: Double

    /// Creates NTK-fixed scaling.
    public init(base: Double = 10_000, dimension: Int, factor: Double) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
    }

    /// `b^{−2i/d} · k^{−2(i+1)/d}`.
    public func theta(_ i: Int) -> Double {
        RoPE(base: base, dimension: dimension).theta(i) * pow(factor, -2 * Double(i + 1) / Double(dimension))
    }
}

/// "NTK-mixed" (Su, archives/9706): digit `m = i + 1` is scaled by `λ₁⋯λ_m = exp(a m^{b_mix})`
/// with `a (d/2)^{b_mix} = ln k` and `b_mix = 0.625`, so the last pair is interpolated by `k`
/// and the first only slightly (a = 0.1545554 and first scale 0.856796 for d = 128, k = 8).
public struct NTKMixed: RotaryEncoding, Hashable {
    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The extension factor `k`.
    public var factor: Double
    /// The exponent `b_mix` (0.625 in Su's post).
    public var exponent: Double

    /// Creates NTK-mixed scaling.
    public init(base: Double = 10_000, dimension: Int, factor: Double, exponent: Double = 0.625) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
        self.exponent = exponent
    }

    /// The coefficient `a = ln k / (d/2)^{b_mix}`.
    public var coefficient: Double {
        log(factor) / pow(Double(dimension) / 2, exponent)
    }

    /// `b^{−2i/d} · exp(−a (i+1)^{b_mix})`.
    public func theta(_ i: Int) -> Double {
        RoPE(base: base, dimension: dimension).theta(i) * exp(-coefficient * pow(Double(i + 1), exponent))
    }
}

/// Dynamic NTK (emozilla, r/LocalLLaMA; Hugging Face `_compute_dynamic_ntk_parameters`): the
/// NTK-aware base is recomputed from the current sequence length `L`,
/// `b'(L) = b (s L / L_train − (s − 1))^{d/(d−2)}` for `L > L_train`, and `b` otherwise, so
/// nothing changes within the training length.
public struct DynamicNTK: Sendable, Hashable {
    /// The original base `b`.
    public var base: Double
    /// The head dimension `d`.
    public var dimension: Int
    /// The scaling factor `s`.
    public var factor: Double
    /// The training length `L_train`.
    public var trainingLength: Double

    /// Creates dynamic NTK scaling.
    public init(base: Double = 10_000, dimension: Int, factor: Double, trainingLength: Double) {
        self.base = base
        self.dimension = dimension
        self.factor = factor
        self.trainingLength = trainingLength
    }

    /// `b'(L)`; exactly `b` for `L ≤ L_train`.
    public func base(forLength length: Double) -> Double {
        guard length > trainingLength else { return base }
        let ratio = factor * length / trainingLength - (factor - 1)
        return base * pow(ratio, Double(dimension) / Double(dimension - 2))
    }

    /// The plain RoPE in force at sequence length `L`.
    public func encoding(forLength length: Double) -> RoPE {
        RoPE(base: base(forLength: length), dimension: dimension)
    }
}

/// Su's "log n dagger" for a model pre-trained without log-n scaling: multiply query `n` by
/// `max(1, log_{L_train} n)` at inference (archives/9948).
public func logNScale(position n: Double, trainingLength: Double) -> Double {
    guard n > 1, trainingLength > 1 else { return 1 }
    return max(1, log(n) / log(trainingLength))
}
