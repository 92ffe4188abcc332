/// Tiger, "A Tight-fisted Optimizer" (Su, kexue.fm/archives/9512; reference code
/// github.com/bojone/tiger): Lion with β₁ = β₂ = β, so the momentum itself is signed:
///
/// `m_t = β m_{t−1} + (1 − β) g_t`,  `θ_t = θ_{t−1} − η (sign(m_t) + λ θ_{t−1})`.
///
/// **Gradient accumulation without a buffer.** With `accumulationSteps = k`, micro-step `t`
/// (1-based) updates
/// `m_t = [(β − 1) χ_{(t−1)/k} + 1] m_{t−1} + (1 − β)/k · g_t`
/// and changes θ only when `k | t` (`χ_{t/k} = 1` iff k divides t). The result equals Tiger on the
/// mean of each group of k gradients (exactly in θ; to rounding in m), with the one momentum
/// buffer as the only state.
///
/// **NaN guard.** When any gradient entry is not finite, `m` is kept and every parameter is
/// pulled toward its initialization centre `c`: `θ ← (θ − c)·s + c` with `s = 0.99` (Su's code;
/// `c = 1` for LayerNorm γ, 0 otherwise).
///
/// `sign(0) = 0`; weight decay is decoupled and multiplied by η; `lazy` skips coordinates whose
/// gradient is exactly zero. Su's suggested β is ½(β₁ + β₂): 0.945 (vision) or 0.965 (language).
public struct Tiger<Scalar: BinaryFloatingPoint & Sendable>: Optimizer {
    /// The step size η.
    public var learningRate: Scalar
    /// The momentum decay β.
    public var beta: Scalar
    /// The decoupled weight-decay coefficient λ.
    public var weightDecay: Scalar
    /// The number of micro-batches k per update (1 = no accumulation).
    public var accumulationSteps: Int
    /// The NaN guard's centre `c` and shrink factor `s`; `nil` disables the guard.
    public var nanGuard: NaNGuard?
    /// Skip coordinates whose gradient is exactly zero.
    public var lazy: Bool

    /// The contraction applied instead of an update when a gradient is not finite.
    public struct NaNGuard: Sendable, Hashable {
        /// The initialization centre `c` the parameters are pulled toward.
        public var centre: Scalar
        /// The factor `s` applied to the distance from the centre.
        public var shrink: Scalar

        /// Creates a guard; Su's code uses `shrink = 0.99`.
        public init(centre: Scalar = 0, shrink: Scalar = 0.99) {
            self.centre = centre
            self.shrink = shrink
        }
    }

    /// Creates Tiger; β = 0.965 is Su's default for language models.
    public init(
        learningRate: Scalar, beta: Scalar = 0.965, weightDecay: Scalar = 0, accumulationSteps: Int = 1,
        nanGuard: NaNGuard? = NaNGuard(), lazy: Bool = false
    ) {
        self.learningRate = learningRate
        self.beta = beta
        self.weightDecay = weightDecay
        self.accumulationSteps = max(1, accumulationSteps)
        self.nanGuard = nanGuard
        self.lazy = lazy
    }

    /// "Tiger".
    public var name: String { "Tiger" }

    /// The single momentum buffer and the micro-step counter.
    public struct State: OptimizerState {
        /// The momentum `m_t`.
        public var m: [Scalar]
        /// Micro-steps taken so far (t − 1 before a step).
        public var microStep: Int = 0
    }

    /// A zero momentum.
    public func makeState(parameterCount: Int) -> State {
        State(m: Array(repeating: 0, count: parameterCount))
    }

    /// One Tiger micro-step (a full step when `accumulationSteps == 1`).
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Float)
    public func step(_ parameters: inout [Scalar], gradient: [Scalar], state: inout State) {
        if let nanGuard, gradient.contains(where: { !$0.isFinite }) {
            for i in parameters.indices {
                parameters[i] = (parameters[i] - nanGuard.centre) * nanGuard.shrink + nanGuard.centre
            }
            return
        }
        let k = accumulationSteps
        let t = state.microStep + 1
        state.microStep = t
        let decay: Scalar = (t - 1) % k == 0 ? beta : 1
        let gain = (1 - beta) / Scalar(k)
        let applies = t % k == 0
        for i in parameters.indices where i < gradient.count {
            let g = gradient[i]
            if lazy && g == 0 { continue }
            state.m[i] = decay * state.m[i] + gain * g
            if applies {
                let theta = parameters[i]
                parameters[i] = theta - learningRate * (Numerics.sign(state.m[i]) + weightDecay * theta)
            }
        }
    }
}
