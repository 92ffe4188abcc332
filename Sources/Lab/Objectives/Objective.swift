/// A differentiable test function for optimizers: its value and its gradient at a point.
public protocol Objective: Sendable {
    /// The function value `f(x)`.
    func value(_ x: [Double]) -> Double
    /// The gradient `∇f(x)`, as long as `x`.
    func gradient(_ x: [Double]) -> [Double]
}

/// The ill-conditioned quadratic `f(x) = ½ Σ hᵢ xᵢ²` with a diagonal Hessian `H = diag(h)`.
///
/// Topics T1 uses `h = (1, 100)` to show that Lion's speed does not depend on curvature.
public struct Quadratic: Objective {
    /// The Hessian diagonal `h`.
    public var curvatures: [Double]

    /// Creates `½ Σ hᵢ xᵢ²`.
    public init(curvatures: [Double]) {
        self.curvatures = curvatures
    }

    /// `½ Σ hᵢ xᵢ²`.
    public func value(_ x: [Double]) -> Double {
        zip(curvatures, x).reduce(0) { $0 + 0.5 * $1.0 * $1.1 * $1.1 }
    }

    /// `(hᵢ xᵢ)ᵢ`.
    public func gradient(_ x: [Double]) -> [Double] {
        zip(curvatures, x).map { $0 * $1 }
    }
}

/// Rosenbrock's banana function `f(x, y) = (a − x)² + b (y − x²)²` (Rosenbrock, 1960), with its
/// minimum 0 at `(a, a²)`; the classic defaults are a = 1, b = 100.
public struct Rosenbrock: Objective {
    /// The parameter `a` (minimum at `(a, a²)`).
    public var a: Double
    /// The valley steepness `b`.
    public var b: Double

    /// Creates the Rosenbrock function.
    public init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    /// `(a − x)² + b (y − x²)²` for `x = [x, y]`.
    public func value(_ x: [Double]) -> Double {
        guard x.count >= 2 else { return .nan }
        let u = a - x[0], w = x[1] - x[0] * x[0]
        return u * u + b * w * w
    }

    /// `[−2(a − x) − 4b x (y − x²), 2b (y − x²)]`.
    public func gradient(_ x: [Double]) -> [Double] {
        guard x.count >= 2 else { return x.map { _ in .nan } }
        let w = x[1] - x[0] * x[0]
        return [-2 * (a - x[0]) - 4 * b * x[0] * w, 2 * b * w]
    }
}
