/// Evaluates a nonlinear recurrence `x_t = f(x_{t−1}, u_t)` over the whole sequence at once, by
/// sweeps that each solve a *linear* recurrence (Su, kexue.fm/archives/9783; Lim et al., DEER,
/// arXiv:2309.12252):
///
///     x_t⁽ⁿ⁾ − J_t x_{t−1}⁽ⁿ⁾ = f(x_{t−1}⁽ⁿ⁻¹⁾, u_t) − J_t x_{t−1}⁽ⁿ⁻¹⁾,   x⁽⁰⁾ = 0.
///
/// The choice of `J_t` is the ``Linearization``. Whatever it is, sweep `n` reproduces the first
/// `n` states of the sequential loop (by induction on `t`: `x_0` is given, and once
/// `x_{t−1}⁽ⁿ⁻¹⁾ = x_{t−1}⁽ⁿ⁾ = x*_{t−1}` the right side is `f(x*_{t−1}) − J_t x*_{t−1}`), so `T`
/// sweeps are exact for any `J_t`; a good `J_t` makes far fewer enough. Each sweep is a linear
/// recurrence, so it can be evaluated by an associative ``Scan`` in depth `O(log T)`.
public struct ParallelSweeps: Sendable {
    /// What each sweep linearizes `f` with.
    public enum Linearization: String, Sendable, CaseIterable {
        /// `J_t = 0`: the Jacobi (Picard) iteration `x_t⁽ⁿ⁾ = f(x_{t−1}⁽ⁿ⁻¹⁾, u_t)`, no recurrence at all.
        case jacobi
        /// `J_t = A`, the Jacobian of `tanh(Ax + u)` at a zero pre-activation: Su's fixed-point
        /// iteration, a linear RNN with a constant matrix (diagonalizable once, as in the LRU).
        case transition
        /// `J_t = ∂f/∂x(x_{t−1}⁽ⁿ⁻¹⁾, u_t)`: Newton's method on the whole trajectory (DEER).
        case newton
    }

    /// The recurrence being evaluated.
    public var rnn: TanhRNN
    /// The linearization `J_t`.
    public var linearization: Linearization
    /// How each sweep's linear recurrence is solved: ``Scan/Algorithm/sequential`` is the loop,
    /// the others evaluate the recurrence as a scan of ``MatrixAffine`` maps.
    public var solver: Scan.Algorithm

    /// Sweeps for `rnn` with the given linearization and linear solver.
    public init(rnn: TanhRNN, linearization: Linearization, solver: Scan.Algorithm = .sequential) {
        self.rnn = rnn
        self.linearization = linearization
        self.solver = solver
    }

    /// `J_t` at the previous iterate's state `x` and input `u`.
    public func linearMap(at x: Vector, input u: Vector) -> Matrix {
        switch linearization {
        case .jacobi: return Matrix(rows: rnn.dimension, columns: rnn.dimension)
        case .transition: return rnn.transition
        case .newton: return rnn.jacobian(at: x, input: u)
        }
    }

    /// One sweep: from the previous iterate `x_1⁽ⁿ⁻¹⁾ … x_T⁽ⁿ⁻¹⁾`, the next one.
    public func sweep(_ previous: [Vector], inputs: [Vector], initial: Vector) -> [Vector] {
        let steps = inputs.indices.map { t -> MatrixAffine in
            let before = t == 0 ? initial : previous[t - 1]
            let linear = linearMap(at: before, input: inputs[t])
            return MatrixAffine(matrix: linear, offset: rnn.step(before, input: inputs[t]) - linear * before)
        }
        if solver == .sequential {
            var state = initial
            return steps.map { step in
                state = step(state)
                return state
            }
        }
        let prefixes = Scan.inclusive(steps, algorithm: solver, identity: .identity(dimension: rnn.dimension),
                                      combine: MatrixAffine.then)
        return prefixes.values.map { $0(initial) }
    }

    /// The iterates `x⁽⁰⁾ = 0, x⁽¹⁾, …, x⁽ˢʷᵉᵉᵖˢ⁾`, each a trajectory `x_1 … x_T`.
    public func iterates(inputs: [Vector], initial: Vector, sweeps: Int) -> [[Vector]] {
        var current = Array(repeating: Vector.zeros(rnn.dimension), count: inputs.count)
        var history = [current]
        for _ in 0..<max(0, sweeps) {
            current = sweep(current, inputs: inputs, initial: initial)
            history.append(current)
        }
        return history
    }
}
