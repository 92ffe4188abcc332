/// Adam (Kingma & Ba, arXiv:1412.6980, Algorithm 1) with decoupled weight decay (AdamW,
/// Loshchilov & Hutter, arXiv:1711.05101, Algorithm 2):
///
/// `m_t = β₁ m_{t−1} + (1 − β₁) g_t`, `v_t = β₂ v_{t−1} + (1 − β₂) g_t²`,
/// `m̂_t = m_t / (1 − β₁ᵗ)`, `v̂_t = v_t / (1 − β₂ᵗ)`,
/// `θ_t = θ_{t−1} − η (m̂_t / (√v̂_t + ε) + λ θ_{t−1})`.
///
/// Conventions: ε is added **outside** the square root, after bias correction (as in the paper
/// and PyTorch); the decay term is multiplied by the learning rate η as in topics T1 (PyTorch
/// does the same; the paper's schedule multiplier is absorbed into η). The bias-correction
/// powers β₁ᵗ, β₂ᵗ are running products kept in the state.
///
/// With `decoupled == false` the decay is instead the classic L2 term added to the gradient
/// (`g_t ← g_t + λ θ_{t−1}`), which is plain Adam with L2 regularization; see
/// ``adam(learningRate:beta1:beta2:epsilon:weightDecay:lazy:)``.
///
/// `lazy` skips every coordinate whose gradient is exactly 0 (neither its moments nor its value
/// change), the "lazy update" of sparse embedding rows (topics T3, fix 1).
public struct AdamW<Scalar: BinaryFloatingPoint & Sendable>: Optimizer {
    /// The step size η.
    public var learningRate: Scalar
    /// The first-moment decay β₁.
    public var beta1: Scalar
    /// The second-moment decay β₂.
    public var beta2: Scalar
    /// The denominator guard ε (outside the square root).
    public var epsilon: Scalar
    /// The weight-decay coefficient λ.
    public var weightDecay: Scalar
    /// Decoupled decay (AdamW) when true, L2-in-the-gradient (Adam) when false.
    public var decoupled: Bool
    /// Skip coordinates whose gradient is exactly zero.
    public var lazy: Bool

    /// Creates AdamW; the defaults are the paper's β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    public init(
        learningRate: Scalar, beta1: Scalar = 0.9, beta2: Scalar = 0.999, epsilon: Scalar = 1e-8,
        weightDecay: Scalar = 0, decoupled: Bool = true, lazy: Bool = false
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.decoupled = decoupled
        self.lazy = lazy
    }

    /// "AdamW" or "Adam".
    public var name: String { decoupled ? "AdamW" : "Adam" }

    /// The two moment buffers and the bias-correction powers.
    public struct State: OptimizerState {
        /// First moment `m_t`.
        public var m: [Scalar]
        /// Second moment `v_t`.
        public var v: [Scalar]
        /// The number of steps taken.
        public var step: Int = 0
        /// `β₁ᵗ`.
        public var beta1Power: Scalar = 1
        /// `β₂ᵗ`.
        public var beta2Power: Scalar = 1
    }

    /// Zero moments at step 0.
    public func makeState(parameterCount: Int) -> State {
        State(m: Array(repeating: 0, count: parameterCount), v: Array(repeating: 0, count: parameterCount))
    }

    /// One Adam(W) step.
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    public func step(_ parameters: inout [Scalar], gradient: [Scalar], state: inout State) {
        state.step += 1
        state.beta1Power *= beta1
        state.beta2Power *= beta2
        let correction1 = 1 - state.beta1Power
        let correction2 = 1 - state.beta2Power
        for i in parameters.indices where i < gradient.count {
            if lazy && gradient[i] == 0 { continue }
            let theta = parameters[i]
            let g = decoupled ? gradient[i] : gradient[i] + weightDecay * theta
            state.m[i] = beta1 * state.m[i] + (1 - beta1) * g
            state.v[i] = beta2 * state.v[i] + (1 - beta2) * g * g
            let mHat = state.m[i] / correction1
            let vHat = state.v[i] / correction2
            let update = mHat / (vHat.squareRoot() + epsilon)
            parameters[i] = decoupled
                ? theta - learningRate * (update + weightDecay * theta)
                : theta - learningRate * update
        }
    }
}

extension AdamW {
    /// Plain Adam (Kingma & Ba): weight decay, if any, enters the gradient as an L2 term.
    public static func adam(
        learningRate: Scalar, beta1: Scalar = 0.9, beta2: Scalar = 0.999, epsilon: Scalar = 1e-8,
        weightDecay: Scalar = 0, lazy: Bool = false
    ) -> AdamW {
        AdamW(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
              weightDecay: weightDecay, decoupled: false, lazy: lazy)
    }
}
