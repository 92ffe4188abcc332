import Foundation

/// The Wasserstein gradient flow of `KL(q‖p)` towards a one-dimensional Gaussian target
/// `p = 𝒩(μ, s²)`, where everything has a closed form (Jordan, Kinderlehrer & Otto, 1998).
///
/// The flow is the Fokker–Planck equation `∂_t q = −∂_x(q ∂_x log p) + ∂²_x q`, the density of
/// the Langevin diffusion `dx = ∂_x log p(x) dt + √2 dW`, an Ornstein–Uhlenbeck process. A
/// Gaussian start `𝒩(m₀, v₀)` stays Gaussian, with
///
///     m(t) = μ + (m₀ − μ) e^{−t/s²},     v(t) = s² + (v₀ − s²) e^{−2t/s²}.
public struct GaussianKLFlow: Sendable, Hashable {
    /// The target mean `μ`.
    public var targetMean: Double
    /// The target variance `s²`.
    public var targetVariance: Double

    /// Creates the flow towards `𝒩(targetMean, targetVariance)`.
    public init(targetMean: Double, targetVariance: Double) {
        self.targetMean = targetMean
        self.targetVariance = targetVariance
    }

    /// The target's score `∂_x log p(x) = −(x − μ)/s²`.
    public func score(_ x: Double) -> Double {
        -(x - targetMean) / targetVariance
    }

    /// The target density `p(x)`.
    public func density(_ x: Double) -> Double {
        GaussianKLFlow.density(x, mean: targetMean, variance: targetVariance)
    }

    /// The mean at time `t`, `μ + (m₀ − μ) e^{−t/s²}`.
    public func mean(at time: Double, from start: Double) -> Double {
        targetMean + (start - targetMean) * exp(-time / targetVariance)
    }

    /// The variance at time `t`, `s² + (v₀ − s²) e^{−2t/s²}`.
    public func variance(at time: Double, from start: Double) -> Double {
        targetVariance + (start - targetVariance) * exp(-2 * time / targetVariance)
    }

    /// `KL(𝒩(m, v) ‖ 𝒩(μ, s²)) = ½ [v/s² + (m − μ)²/s² − 1 − ln(v/s²)]`.
    public func divergence(mean: Double, variance: Double) -> Double {
        let ratio = variance / targetVariance
        let shift = mean - targetMean
        return 0.5 * (ratio + shift * shift / targetVariance - 1 - log(ratio))
    }

    /// The exact mean and variance after `steps` steps of the unadjusted Langevin algorithm
    /// `x ← x + Δt ∂_x log p(x) + √(2Δt) ξ` from `𝒩(mean, variance)`. With `a = 1 − Δt/s²` the
    /// chain is linear: `m ← μ + a (m − μ)` and `v ← a² v + 2Δt`. Its stationary variance is
    /// `s²/(1 − Δt/(2s²))`, not `s²`: the discretization bias.
    public func langevinMoments(mean: Double, variance: Double, stepSize: Double,
                                steps: Int) -> (mean: Double, variance: Double) {
        let a = 1 - stepSize / targetVariance
        var (m, v) = (mean, variance)
        for _ in 0..<max(0, steps) {
            m = targetMean + a * (m - targetMean)
            v = a * a * v + 2 * stepSize
        }
        return (m, v)
    }

    /// One step of the JKO scheme restricted to Gaussians,
    /// `argmin_{q = 𝒩(m, σ²)} W₂²(q, q_k)/(2τ) + KL(q‖p)`.
    ///
    /// Between one-dimensional Gaussians `W₂² = (m − m_k)² + (σ − σ_k)²`, so the step is an
    /// implicit Euler step in the coordinates `(m, σ)`: `(m − m_k)/τ = −(m − μ)/s²` and
    /// `(σ − σ_k)/τ = 1/σ − σ/s²`, the positive root of a quadratic.
    public func jkoStep(mean: Double, standardDeviation: Double,
                        stepSize tau: Double) -> (mean: Double, standardDeviation: Double) {
        let m = (mean * targetVariance + targetMean * tau) / (targetVariance + tau)
        let a = 1 / tau + 1 / targetVariance, b = standardDeviation / tau
        let sigma = (b + (b * b + 4 * a).squareRoot()) / (2 * a)
        return (m, sigma)
    }

    /// The normal density `𝒩(x; mean, variance)`.
    public static func density(_ x: Double, mean: Double, variance: Double) -> Double {
        exp(-(x - mean) * (x - mean) / (2 * variance)) / (2 * Double.pi * variance).squareRoot()
    }
}
