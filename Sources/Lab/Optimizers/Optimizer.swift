/// A first-order optimizer: a rule that turns a gradient into a parameter update, with its
/// state kept explicitly in a value the caller owns.
///
/// Parameters are flat arrays of `Scalar` (`Double`, or `Float` to reproduce single-precision
/// effects such as the momentum that never reaches zero, topics T3). Keeping the state outside
/// the optimizer makes "how much memory does this optimizer need?" a question about a value:
/// see ``Optimizer/measuredBufferCount(parameterCount:steps:)``, which counts the arrays a state
/// actually holds instead of trusting a declared number.
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
///
/// A state declares no buffer count of its own: ``bufferCount(parameterCount:)`` finds its
/// per-parameter arrays by reflection, so the count cannot disagree with what is stored.
public protocol OptimizerState: Sendable {}

extension OptimizerState {
    /// The number of per-parameter buffers this state holds: the stored arrays of floating-point
    /// numbers that are `parameterCount` long, found by reflection at any depth (so the state of a
    /// wrapped optimizer, as in ``GradientAccumulation``, is included). Scalars such as step
    /// counters and bias-correction powers are not buffers and are not counted.
    public func bufferCount(parameterCount: Int) -> Int {
        countFloatingPointArrays(in: self, length: parameterCount)
    }

    /// The number of arrays of floating-point numbers this state stores, of any length, found
    /// by reflection at any depth (see ``bufferCount(parameterCount:)``).
    public var bufferCount: Int {
        countFloatingPointArrays(in: self, length: nil)
    }
}

extension Optimizer {
    /// The number of per-parameter buffers this optimizer keeps between steps, measured rather
    /// than declared: a fresh state for `parameterCount` parameters is advanced by `steps` steps
    /// with a gradient of ones (so that lazy variants update too), and the arrays of `Scalar` in
    /// it that are `parameterCount` long are counted (``OptimizerState/bufferCount(parameterCount:)``).
    ///
    /// Measuring after a step catches state that is allocated lazily on first use.
    public func measuredBufferCount(parameterCount: Int = 5, steps: Int = 1) -> Int {
        let count = max(1, parameterCount)
        var parameters = [Scalar](repeating: 0, count: count)
        let gradient = [Scalar](repeating: 1, count: count)
        var state = makeState(parameterCount: count)
        for _ in 0..<max(1, steps) {
            step(&parameters, gradient: gradient, state: &state)
        }
        return state.bufferCount(parameterCount: count)
    }
}

/// Arrays whose elements are floating-point numbers (the element type is what makes an array a
/// buffer of parameter-sized state rather than, say, a list of indices).
private protocol FloatingPointArray {
    var elementCount: Int { get }
}

extension Array: FloatingPointArray where Element: BinaryFloatingPoint {
    fileprivate var elementCount: Int { count }
}

extension ContiguousArray: FloatingPointArray where Element: BinaryFloatingPoint {
    fileprivate var elementCount: Int { count }
}

/// Counts the floating-point arrays stored in `value`, descending into structs, classes,
/// tuples and optionals; `length == nil` counts arrays of any length.
private func countFloatingPointArrays(in value: Any, length: Int?) -> Int {
    if let array = value as? any FloatingPointArray {
        guard let length else { return 1 }
        return array.elementCount == length ? 1 : 0
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct?, .class?, .tuple?, .optional?, .enum?:
        var total = 0
        var current: Mirror? = mirror
        while let level = current {
            for child in level.children {
                total += countFloatingPointArrays(in: child.value, length: length)
            }
            current = level.superclassMirror
        }
        return total
    default:
        return 0
    }
}
