/// Lion, "EvoLved Sign Momentum" (Chen et al., "Symbolic Discovery of Optimization
/// Algorithms", arXiv:2302.06675, Algorithm 2):
///
/// `u_t = sign(β₁ m_{t−1} + (1 − β₁) g_t)`,
/// `θ_t = θ_{t−1} − η (u_t + λ θ_{t−1})`,
/// `m_t = β₂ m_{t−1} + (1 − β₂) g_t`.
///
/// The update direction interpolates with β₁ but the momentum is tracked with β₂, so Lion needs
/// both `m_{t−1}` and `g_t` at update time (which is why it cannot accumulate gradients in its
/// momentum, unlike ``Tiger``). `sign(0) = 0`. Weight decay is decoupled and multiplied by η.
/// Paper defaults: β₁ = 0.9, β₂ = 0.99.
///
/// `lazy` skips every coordinate whose gradient is exactly zero (topics T3, fix 1).
public struct Lion<Scalar: BinaryFloatingPoint & Sendable>: Optimizer {
    /// The step size η.
    public var learningRate: Scalar
    /// The interpolation coefficient β₁ of the update direction.
    public var beta1: Scalar
    /// The momentum decay β₂.
    public var beta2: Scalar
    /// The decoupled weight-decay coefficient λ.
    public var weightDecay: Scalar
    /// Skip coordinates whose gradient is exactly zero.
    public var lazy: Bool

    /// Creates Lion with the paper's defaults β₁ = 0.9, β₂ = 0.99.
    public init(learningRate: Scalar, beta1: Scalar = 0.9, beta2: Scalar = 0.99, weightDecay: Scalar = 0, lazy: Bool = false) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.weightDecay = weightDecay
        self.lazy = lazy
    }

    /// "Lion".
    public var name: String { "Lion" }

    /// The single momentum buffer.
    public struct State: OptimizerState {
        /// The momentum `m_t`.
        public var m: [Scalar]
    }

    /// A zero momentum.
    public func makeState(parameterCount: Int) -> State {
        State(m: Array(repeating: 0, count: parameterCount))
    }

    /// One Lion step.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    public func step(_ parameters: inout [Scalar], gradient: [Scalar], state: inout State) {
        for i in parameters.indices where i < gradient.count {
            let g = gradient[i]
            if lazy && g == 0 { continue }
            let interpolated = beta1 * state.m[i] + (1 - beta1) * g
            let u = Numerics.sign(interpolated)
            let theta = parameters[i]
            parameters[i] = theta - learningRate * (u + weightDecay * theta)
            state.m[i] = beta2 * state.m[i] + (1 - beta2) * g
        }
    }
}
