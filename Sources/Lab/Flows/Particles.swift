import Foundation

/// Particle pictures of a Wasserstein gradient flow in one dimension: a density is a cloud of
/// particles, and the flow of `𝓕[q]` moves each particle with the velocity
/// `−∂_x (δ𝓕/δq)`. For `𝓕 = KL(q‖p)` that velocity is `∂_x log p − ∂_x log q_t`.
public enum ParticleFlow {
    /// The unadjusted Langevin algorithm: every particle takes `steps` steps of
    /// `x ← x + Δt · score(x) + √(2Δt) ξ`, `ξ ~ 𝒩(0, 1)` drawn from `generator` (particle by
    /// particle within a step). Its density follows the Fokker–Planck equation up to `O(Δt)`.
    public static func langevin(_ particles: [Double], score: (Double) -> Double, stepSize: Double,
                                steps: Int, generator: inout SeededGenerator) -> [Double] {
        var x = particles
        let noise = (2 * stepSize).squareRoot()
        for _ in 0..<max(0, steps) {
            for i in x.indices {
                x[i] += stepSize * score(x[i]) + noise * generator.normal()
            }
        }
        return x
    }

    /// The deterministic "probability flow" `ẋ = score(x) − ∂_x log q_t(x)`, where `q_t` is
    /// the Gaussian with the particles' own mean and variance (``mean(_:)``, ``variance(_:)``),
    /// integrated by fourth-order Runge–Kutta. No noise: the `−∂_x log q_t` term does the
    /// spreading that the Brownian motion does in ``langevin(_:score:stepSize:steps:generator:)``.
    public static func probabilityFlow(_ particles: [Double], score: @escaping @Sendable (Double) -> Double,
                                       duration: Double, steps: Int) -> [Double] {
        let field: VectorField = { x in
            let m = mean(x), v = variance(x)
            return x.map { score($0) + ($0 - m) / v }
        }
        return integrate(field, from: particles, duration: duration, steps: steps).final
    }

    /// The sample mean.
    public static func mean(_ x: [Double]) -> Double {
        x.isEmpty ? .nan : x.reduce(0, +) / Double(x.count)
    }

    /// The sample variance with divisor `N` (the variance of the empirical distribution).
    public static func variance(_ x: [Double]) -> Double {
        let m = mean(x)
        return x.isEmpty ? .nan : x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count)
    }

    /// Deterministic particles for `𝒩(mean, variance)`: the quantiles at `(i + ½)/count`.
    public static func quantileParticles(count: Int, mean: Double, variance: Double) -> [Double] {
        let sd = variance.squareRoot()
        return (0..<max(0, count)).map { mean + sd * StandardNormal.quantile((Double($0) + 0.5) / Double(count)) }
    }
}
