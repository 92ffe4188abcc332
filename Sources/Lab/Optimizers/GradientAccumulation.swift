/// Generic gradient accumulation: sums `steps` micro-batch gradients in an extra buffer and
/// hands their mean to the wrapped optimizer every `steps`-th call.
///
/// This is how AdamW or Lion accumulate gradients, at the cost of one more per-parameter buffer
/// (AdamW 2 → 3, Lion 1 → 2). ``Tiger`` does not need it: its
/// ``Tiger/accumulationSteps`` folds accumulation into the momentum.
public struct GradientAccumulation<Base: Optimizer>: Optimizer {
    /// The optimizer applied to each group's mean gradient.
    public var base: Base
    /// The number of micro-batches per update.
    public var steps: Int

    /// Wraps `base`, updating every `steps` micro-steps.
    public init(_ base: Base, steps: Int) {
        self.base = base
        self.steps = max(1, steps)
    }

    /// The base optimizer's name followed by "+accumulation".
    public var name: String { base.name + "+accumulation" }

    /// The base state plus the gradient sum.
    public struct State: OptimizerState {
        /// The wrapped optimizer's state.
        public var base: Base.State
        /// The running sum of micro-batch gradients.
        public var sum: [Base.Scalar]
        /// Micro-steps taken so far.
        public var microStep: Int = 0
    }

    /// Fresh base state and a zero sum.
    public func makeState(parameterCount: Int) -> State {
        State(base: base.makeState(parameterCount: parameterCount),
              sum: Array(repeating: 0, count: parameterCount))
    }

    /// Adds the gradient to the sum; every `steps`-th call applies the base optimizer to the mean.
    public func step(_ parameters: inout [Base.Scalar], gradient: [Base.Scalar], state: inout State) {
        for i in state.sum.indices where i < gradient.count {
            state.sum[i] += gradient[i]
        }
        state.microStep += 1
        guard state.microStep % steps == 0 else { return }
        let mean = state.sum.map { $0 / Base.Scalar(steps) }
        base.step(&parameters, gradient: mean, state: &state.base)
        for i in state.sum.indices { state.sum[i] = 0 }
    }
}
