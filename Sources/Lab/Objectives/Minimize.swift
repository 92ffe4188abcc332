/// The recorded path of an optimizer on an ``Objective``.
public struct Trajectory: Sendable, Hashable {
    /// The iterates `x_0, x_1, …, x_T` (T + 1 points).
    public var points: [[Double]]
    /// The objective values `f(x_0), …, f(x_T)`.
    public var values: [Double]

    /// The last iterate.
    public var final: [Double] { points.last ?? [] }

    /// The first step `t ≥ 0` whose iterate satisfies `condition`, if any.
    public func firstStep(where condition: ([Double]) -> Bool) -> Int? {
        points.firstIndex(where: condition)
    }

    /// `(t, f(x_t))` pairs, ready for a ``LineChart`` series.
    public var valueSeries: [(Double, Double)] {
        values.enumerated().map { (Double($0.offset), $0.element) }
    }

    /// `(t, x_t[coordinate])` pairs for one coordinate.
    public func coordinateSeries(_ coordinate: Int) -> [(Double, Double)] {
        points.enumerated().compactMap { step, x in
            coordinate < x.count ? (Double(step), x[coordinate]) : nil
        }
    }
}

/// Runs `optimizer` on `objective` from `start` for `steps` steps and records every iterate.
public func minimize<O: Optimizer>(
    _ objective: some Objective, with optimizer: O, from start: [Double], steps: Int
) -> Trajectory where O.Scalar == Double {
    var x = start
    var state = optimizer.makeState(parameterCount: x.count)
    var points = [x]
    var values = [objective.value(x)]
    points.reserveCapacity(steps + 1)
    values.reserveCapacity(steps + 1)
    for _ in 0..<max(0, steps) {
        optimizer.step(&x, gradient: objective.gradient(x), state: &state)
        points.append(x)
        values.append(objective.value(x))
    }
    return Trajectory(points: points, values: values)
}
