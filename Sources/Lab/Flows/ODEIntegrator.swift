/// A time-independent vector field `ẋ = F(x)` on `ℝⁿ`, as an array function.
public typealias VectorField = @Sendable ([Double]) -> [Double]

/// Fixed-step integrators for autonomous ordinary differential equations `ẋ = F(x)`.
///
/// - ``euler``: `x ← x + h F(x)`, global error `O(h)`. On `F = −∇f` this *is* gradient descent
///   with learning rate `h`.
/// - ``rungeKutta4``: the classical fourth-order Runge–Kutta method (Kutta, 1901),
///   `x ← x + h (k₁ + 2k₂ + 2k₃ + k₄)/6`, global error `O(h⁴)`; used as the reference solution.
public enum ODEMethod: String, Sendable, Hashable, CaseIterable {
    /// Forward (explicit) Euler.
    case euler
    /// Classical fourth-order Runge–Kutta.
    case rungeKutta4
}

/// A numerically integrated path `x(0), x(h), …, x(Nh)`.
public struct ODESolution: Sendable, Hashable {
    /// The times `0, h, 2h, …, duration`.
    public var times: [Double]
    /// The states at those times.
    public var states: [[Double]]

    /// The state at the final time.
    public var final: [Double] { states.last ?? [] }

    /// `(t, x(t)[coordinate])` pairs, ready for a ``LineChart`` series.
    public func coordinateSeries(_ coordinate: Int) -> [(Double, Double)] {
        zip(times, states).map { ($0, $1[coordinate]) }
    }

    /// `(x(t)[first], x(t)[second])` pairs: the path in a coordinate plane.
    public func path(_ first: Int = 0, _ second: Int = 1) -> [(Double, Double)] {
        states.map { ($0[first], $0[second]) }
    }
}

/// Integrates `ẋ = field(x)` from `start` over `duration` with `steps` equal steps.
public func integrate(_ field: VectorField, from start: [Double], duration: Double, steps: Int,
                      method: ODEMethod = .rungeKutta4) -> ODESolution {
    let count = max(1, steps)
    let h = duration / Double(count)
    var x = start
    var times = [0.0], states = [x]
    times.reserveCapacity(count + 1)
    states.reserveCapacity(count + 1)
    for step in 1...count {
        switch method {
        case .euler:
            x = FlowLinearAlgebra.axpy(h, field(x), x)
        case .rungeKutta4:
            let k1 = field(x)
            let k2 = field(FlowLinearAlgebra.axpy(h / 2, k1, x))
            let k3 = field(FlowLinearAlgebra.axpy(h / 2, k2, x))
            let k4 = field(FlowLinearAlgebra.axpy(h, k3, x))
            x = x.indices.map { i in x[i] + h * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6 }
        }
        times.append(Double(step) * h)
        states.append(x)
    }
    return ODESolution(times: times, states: states)
}
