import Foundation

/// The recurrence at the heart of the Linear Recurrent Unit (Orvieto et al., "Resurrecting
/// Recurrent Neural Networks for Long Sequences", arXiv:2303.06349):
///
///     x_t = Λ x_{t−1} + γ ⊙ b_t,   Λ = diag(λ₁ … λ_n) ∈ ℂⁿ,
///
/// with `b_t = B u_t` the projected input (the eigenvector matrix of a dense recurrence is
/// absorbed into `B` and the read-out `C`).
///
/// - Parameterization: `λ = exp(−exp(ν_log) + i·exp(θ_log))`, so `|λ| = exp(−exp(ν_log)) < 1`
///   for every real `ν_log`: the recurrence is stable whatever the optimizer does.
/// - Ring initialization: `|λ|² ~ U[r_min², r_max²]` (uniform on the annulus by area) and
///   `arg λ ~ U[0, θ_max]`.
/// - Normalization: `γ_k = √(1 − |λ_k|²)`, which makes the stationary second moment of `x_t`
///   equal that of `b_t` when the inputs are white (uncorrelated in time).
///
/// The read-out `y_t = Re(C x_t) + D u_t` and the surrounding MLP are not modelled here.
public struct LinearRecurrentUnit: Sendable {
    /// The diagonal `λ₁ … λ_n`.
    public var eigenvalues: [Complex]
    /// Whether inputs are multiplied by `γ_k = √(1 − |λ_k|²)`.
    public var normalizesInput: Bool

    /// A unit with the given diagonal.
    public init(eigenvalues: [Complex], normalizesInput: Bool = true) {
        self.eigenvalues = eigenvalues
        self.normalizesInput = normalizesInput
    }

    /// A unit from the trainable parameters: `λ_k = exp(−exp(ν_log,k) + i·exp(θ_log,k))`.
    public init(nuLog: [Double], thetaLog: [Double], normalizesInput: Bool = true) {
        let eigenvalues = zip(nuLog, thetaLog).map { nu, theta in
            Complex.exp(Complex(-exp(nu), exp(theta)))
        }
        self.init(eigenvalues: eigenvalues, normalizesInput: normalizesInput)
    }

    /// The paper's ring initialization: with `u₁, u₂ ~ U[0, 1)`,
    /// `ν_log = log(−½ log(u₁(r_max² − r_min²) + r_min²))` and `θ_log = log(θ_max u₂)`, so that
    /// `|λ|² ~ U[r_min², r_max²]` and `arg λ ~ U[0, θ_max]`.
    public static func ringInitialized(
        stateCount: Int, minRadius: Double = 0.9, maxRadius: Double = 0.999, maxPhase: Double = 2 * .pi,
        normalizesInput: Bool = true, using generator: inout SeededGenerator
    ) -> LinearRecurrentUnit {
        var nuLog: [Double] = [], thetaLog: [Double] = []
        for _ in 0..<max(0, stateCount) {
            let u1 = generator.uniform(), u2 = generator.uniform()
            let squaredRadius = u1 * (maxRadius * maxRadius - minRadius * minRadius) + minRadius * minRadius
            nuLog.append(log(-0.5 * log(squaredRadius)))
            thetaLog.append(log(maxPhase * u2))
        }
        return LinearRecurrentUnit(nuLog: nuLog, thetaLog: thetaLog, normalizesInput: normalizesInput)
    }

    /// The number of complex states.
    public var stateCount: Int { eigenvalues.count }

    /// `ν_log,k = log(−log|λ_k|)`, the inverse of the parameterization's radius.
    public var nuLog: [Double] { eigenvalues.map { log(-log($0.magnitude)) } }

    /// `θ_log,k = log(arg λ_k)` (NaN for a non-positive phase).
    public var thetaLog: [Double] { eigenvalues.map { log($0.phase) } }

    /// The input scales: `√(1 − |λ_k|²)` when normalizing, else 1.
    public var gamma: [Double] {
        eigenvalues.map { normalizesInput ? (1 - $0.squaredMagnitude).squareRoot() : 1 }
    }

    /// The states `x_1 … x_T` (each of `stateCount` components) for the projected inputs
    /// `b_1 … b_T`, from `x_0 = 0`, every coordinate evaluated by `algorithm`.
    public func states(_ inputs: [[Complex]], algorithm: Scan.Algorithm = .sequential) -> [[Complex]] {
        let scales = gamma
        var result = Array(repeating: Array(repeating: Complex.zero, count: stateCount), count: inputs.count)
        for k in 0..<stateCount {
            let column = inputs.map { scales[k] * $0[k] }
            let path: [Complex]
            if algorithm == .sequential {
                path = DiagonalRecurrence.sequential(lambda: eigenvalues[k], inputs: column)
            } else {
                path = DiagonalRecurrence.scan(lambda: eigenvalues[k], inputs: column, algorithm: algorithm).values
            }
            for t in path.indices { result[t][k] = path[t] }
        }
        return result
    }
}
