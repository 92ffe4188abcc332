import Foundation

/// The nonlinear recurrence `x_t = tanh(A x_{t−1} + u_t)` on ℝᵈ: the simplest RNN whose steps
/// cannot be composed in closed form, so that it is evaluated either one step after another or
/// by the parallel sweeps of ``ParallelSweeps``.
public struct TanhRNN: Sendable {
    /// The transition matrix `A` (d × d).
    public var transition: Matrix

    /// The recurrence with transition matrix `A`.
    public init(transition: Matrix) {
        self.transition = transition
    }

    /// The state dimension `d`.
    public var dimension: Int { transition.rows }

    /// One step `f(x, u) = tanh(A x + u)`.
    public func step(_ x: Vector, input u: Vector) -> Vector {
        (transition * x + u).mapElements(tanh)
    }

    /// The Jacobian `∂f/∂x = diag(1 − tanh²(A x + u)) · A`: row `i` of `A` scaled by `sech²` of
    /// the `i`-th pre-activation.
    public func jacobian(at x: Vector, input u: Vector) -> Matrix {
        let preActivation = transition * x + u
        return Matrix(rows: dimension, columns: dimension) { i, j in
            let y = tanh(preActivation[i])
            return (1 - y * y) * transition[i, j]
        }
    }

    /// The states `x_1 … x_T` by the loop `x_t = f(x_{t−1}, u_t)` from `initial`: the reference.
    public func run(_ inputs: [Vector], initial: Vector) -> [Vector] {
        var state = initial
        return inputs.map { u in
            state = step(state, input: u)
            return state
        }
    }
}
