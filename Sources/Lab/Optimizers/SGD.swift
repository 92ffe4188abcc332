/// Stochastic gradient descent with heavy-ball or Nesterov momentum (Polyak 1964; Sutskever et
/// al., ICML 2013), in the convention of PyTorch's `torch.optim.SGD` with zero dampening:
///
/// - momentum buffer: `v_t = μ v_{t−1} + g_t` (no `1 − μ` factor),
/// - heavy ball: `θ_t = θ_{t−1} − η v_t`,
/// - Nesterov (the "look-ahead gradient" form): `θ_t = θ_{t−1} − η (g_t + μ v_t)`.
///
/// Weight decay here is the classic coupled L2 penalty: `g_t ← g_t + λ θ_{t−1}` before the
/// momentum update. With `momentum == 0` this is plain gradient descent.
public struct SGD<Scalar: BinaryFloatingPoint & Sendable>: Optimizer {
    /// The step size η.
    public var learningRate: Scalar
    /// The momentum coefficient μ (0 for plain gradient descent).
    public var momentum: Scalar
    /// Use the Nesterov form of the update.
    public var nesterov: Bool
    /// The coupled L2 weight-decay coefficient λ.
    public var weightDecay: Scalar

    /// Creates SGD with the given step size, momentum and options.
    public init(learningRate: Scalar, momentum: Scalar = 0.9, nesterov: Bool = false, weightDecay: Scalar = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
    }

    /// "SGD-M", "SGD-Nesterov" or "SGD".
    public var name: String { momentum == 0 ? "SGD" : (nesterov ? "SGD-Nesterov" : "SGD-M") }

    /// The momentum buffer `v`.
    public struct State: OptimizerState {
        /// The velocity `v_t`, one entry per parameter.
        public var velocity: [Scalar]
    }

    /// A zero velocity.
    public func makeState(parameterCount: Int) -> State {
        State(velocity: Array(repeating: 0, count: parameterCount))
    }

    /// One SGD step.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    public func step(_ parameters: inout [Scalar], gradient: [Scalar], state: inout State) {
        for i in parameters.indices where i < gradient.count {
            let g = gradient[i] + weightDecay * parameters[i]
            let v = momentum * state.velocity[i] + g
            state.velocity[i] = v
            let direction = nesterov ? g + momentum * v : v
            parameters[i] -= learningRate * direction
        }
    }
}
