/// A first-order optimizer: a rule that turns a gradient into a parameter update, with its
/// state kept explicitly in a value the caller owns.
///
/// Parameters are flat arrays of `Scalar` (`Double`, or `Float` to reproduce single-precision
/// effects such as the momentum that never reaches zero, topics T3). Keeping the state outside
/// the optimizer makes "how much memory does this optimizer need?" a question about a value:
/// see ``OptimizerState/bufferCount``.
///
/// ```swift
/// let lion = Lion<Double>(learningRate: 1e-3)
/// var state = lion.makeState(parameterCount: x.count)
/// for _ in 0..<100 { lion.step(&x, gradient: f.gradient(x), state: &state) }
/// ```
public protocol Optimizer: Sendable {
    /// The floating-point type of parameters, gradients and state.
    associatedtype Scalar: BinaryFloatingPoint & Sendable
    /// The optimizer's state for one parameter array.
    associatedtype State: OptimizerState

    /// A short human-readable name ("Lion", "AdamW", …) for legends and tables.
    var name: String { get }

    /// Fresh state (zero moments, step 0) for `parameterCount` parameters.
    func makeState(parameterCount: Int) -> State

    /// Applies one update to `parameters` given `gradient` (same length), advancing `state`.
    func step(_ parameters: inout [Scalar], gradient: [Scalar], state: inout State)
}

/// The state an ``Optimizer`` carries between steps.
public protocol OptimizerState: Sendable {
    /// The number of per-parameter buffers (arrays as long as the parameters) this state holds:
    /// the optimizer's memory cost in units of "one copy of the model".
    var bufferCount: Int { get }
}
