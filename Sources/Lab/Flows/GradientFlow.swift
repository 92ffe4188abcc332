import Foundation

/// Gradient descent and its continuous-time limit, the gradient flow `ẋ = −∇f(x)`
/// (Santambrogio, arXiv:1609.03890; Su, kexue.fm/archives/9660).
///
/// Gradient descent `x_{k+1} = x_k − η ∇f(x_k)` is forward Euler on the flow, so after `t/η`
/// steps it is `O(η)` away from `x(t)`. Backward error analysis says more: it follows the flow
/// of the modified objective `f + (η/4)‖∇f‖²` up to `O(η²)` (Barrett & Dherin,
/// arXiv:2009.11162). The implicit step `x_{k+1} = x_k − η ∇f(x_{k+1})` is the proximal point
/// step `argmin_x ‖x − x_k‖²/(2η) + f(x)`.
public enum GradientFlow {
    /// The gradient-descent iterates `x_0, …, x_steps` with learning rate `stepSize`.
    public static func descent(_ objective: some Objective, from start: [Double], stepSize: Double,
                               steps: Int) -> [[Double]] {
        var x = start, points = [start]
        points.reserveCapacity(max(0, steps) + 1)
        for _ in 0..<max(0, steps) {
            x = FlowLinearAlgebra.axpy(-stepSize, objective.gradient(x), x)
            points.append(x)
        }
        return points
    }

    /// The field `−∇f` of the gradient flow.
    public static func field(_ objective: some Objective) -> VectorField {
        { x in objective.gradient(x).map { -$0 } }
    }

    /// The flow `ẋ = −∇f(x)` integrated by ``ODEMethod/rungeKutta4`` over `duration`.
    public static func flow(_ objective: some Objective, from start: [Double], duration: Double,
                            steps: Int) -> ODESolution {
        integrate(field(objective), from: start, duration: duration, steps: steps)
    }

    /// The field of the modified equation of gradient descent with learning rate `stepSize`,
    /// `ẋ = −∇f − (η/2) ∇²f ∇f = −∇(f + (η/4)‖∇f‖²)`. The Hessian–vector product is a central
    /// difference of the gradient along `∇f` with relative step `differenceStep`.
    public static func modifiedField(_ objective: some Objective, stepSize: Double,
                                     differenceStep: Double = 1e-6) -> VectorField {
        { x in
            let g = objective.gradient(x)
            let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return g.map { -$0 } }
            let epsilon = differenceStep / norm
            let ahead = objective.gradient(FlowLinearAlgebra.axpy(epsilon, g, x))
            let behind = objective.gradient(FlowLinearAlgebra.axpy(-epsilon, g, x))
            return g.indices.map { i in -g[i] - stepSize / 2 * (ahead[i] - behind[i]) / (2 * epsilon) }
        }
    }

    /// The dissipated energy `∫₀ᵗ ‖∇f(x(s))‖² ds` along a solution, by the composite Simpson
    /// rule over its equally spaced states (trapezoid on the last interval when the count of
    /// intervals is odd). Along an exact gradient flow it equals `f(x(0)) − f(x(t))`.
    public static func dissipation(_ objective: some Objective, along solution: ODESolution) -> Double {
        let values = solution.states.map { objective.gradient($0).reduce(0) { $0 + $1 * $1 } }
        guard values.count > 1, let last = solution.times.last else { return 0 }
        let h = last / Double(values.count - 1)
        let intervals = values.count - 1, even = intervals - intervals % 2
        var sum = 0.0
        if even > 0 {
            var inner = 0.0
            for i in 1..<even { inner += (i % 2 == 1 ? 4 : 2) * values[i] }
            sum = h / 3 * (values[0] + inner + values[even])
        }
        if even < intervals { sum += h / 2 * (values[even] + values[intervals]) }
        return sum
    }

    /// The proximal point (implicit, backward-Euler) step
    /// `argmin_x ‖x − x_k‖²/(2η) + f(x)`, solved by Newton's method on the stationarity
    /// condition `(x − x_k)/η + ∇f(x) = 0`, with the Hessian of `f` from central differences of
    /// the gradient. Meant for small convex problems; returns the last Newton iterate.
    public static func proximalStep(_ objective: some Objective, from previous: [Double], stepSize: Double,
                                    iterations: Int = 50, differenceStep: Double = 1e-5) -> [Double] {
        let n = previous.count
        var x = previous
        for _ in 0..<iterations {
            let g = objective.gradient(x)
            let residual = (0..<n).map { (x[$0] - previous[$0]) / stepSize + g[$0] }
            var jacobian = Matrix(rows: n, columns: n)
            for j in 0..<n {
                var up = x, down = x
                up[j] += differenceStep
                down[j] -= differenceStep
                let gUp = objective.gradient(up), gDown = objective.gradient(down)
                for i in 0..<n {
                    jacobian[i, j] = (gUp[i] - gDown[i]) / (2 * differenceStep) + (i == j ? 1 / stepSize : 0)
                }
            }
            let delta = FlowLinearAlgebra.solve(jacobian, residual)
            x = FlowLinearAlgebra.axpy(-1, delta, x)
            if delta.reduce(0, { max($0, abs($1)) }) <= 1e-15 * max(1, x.reduce(0) { max($0, abs($1)) }) { break }
        }
        return x
    }

    /// The proximal-point iterates `x_0, …, x_steps`.
    public static func proximalPoint(_ objective: some Objective, from start: [Double], stepSize: Double,
                                     steps: Int) -> [[Double]] {
        var x = start, points = [start]
        for _ in 0..<max(0, steps) {
            x = proximalStep(objective, from: x, stepSize: stepSize)
            points.append(x)
        }
        return points
    }
}
