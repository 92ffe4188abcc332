import Foundation

/// Closed forms for the diagonal quadratic `f(x) = ½ Σ hᵢ xᵢ²`, where every method above can be
/// solved coordinate by coordinate.
///
/// | path | coordinate `i` after time `t = kη` |
/// |---|---|
/// | gradient flow | `e^{−hᵢ t} xᵢ(0)` |
/// | gradient descent | `(1 − η hᵢ)^k xᵢ(0)` |
/// | proximal point | `(1 + η hᵢ)^{−k} xᵢ(0)` |
/// | modified flow | `e^{−(hᵢ + η hᵢ²/2) t} xᵢ(0)` |
///
/// Gradient descent converges iff `|1 − η hᵢ| < 1` for every `i`, i.e. `η < 2 / max hᵢ`; the
/// proximal point converges for every `η > 0`.
extension Quadratic {
    /// The exact gradient flow `x(t) = e^{−Ht} x(0)`.
    public func flow(from start: [Double], time: Double) -> [Double] {
        zip(curvatures, start).map { exp(-$0 * time) * $1 }
    }

    /// `k` steps of gradient descent in closed form, `(I − ηH)^k x(0)`.
    public func descent(from start: [Double], stepSize: Double, steps: Int) -> [Double] {
        zip(curvatures, start).map { pow(1 - stepSize * $0, Double(steps)) * $1 }
    }

    /// `k` proximal-point (implicit Euler) steps in closed form, `(I + ηH)^{−k} x(0)`.
    public func proximalPoint(from start: [Double], stepSize: Double, steps: Int) -> [Double] {
        zip(curvatures, start).map { pow(1 + stepSize * $0, -Double(steps)) * $1 }
    }

    /// The flow of the modified objective `f + (η/4)‖∇f‖²`, `e^{−(H + ηH²/2)t} x(0)`.
    public func modifiedFlow(from start: [Double], stepSize: Double, time: Double) -> [Double] {
        zip(curvatures, start).map { exp(-($0 + stepSize * $0 * $0 / 2) * time) * $1 }
    }

    /// The largest learning rate for which gradient descent converges, `2 / max hᵢ`
    /// (convergence needs `η` strictly below it).
    public var stabilityLimit: Double {
        2 / (curvatures.map(abs).max() ?? .infinity)
    }
}
