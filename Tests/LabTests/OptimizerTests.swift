import Foundation
import Testing
@testable import Lab

@Suite("Optimizers: hand-worked steps")
struct OptimizerStepTests {
    @Test("SGD with momentum and Nesterov, two steps by hand")
    func sgdByHand() {
        // g = 2θ on θ₀ = 1, η = 0.1, μ = 0.5.
        let f = Quadratic(curvatures: [2])
        let heavy = minimize(f, with: SGD(learningRate: 0.1, momentum: 0.5), from: [1], steps: 2)
        // v₁ = 2, θ₁ = 0.8; g₂ = 1.6, v₂ = 2.6, θ₂ = 0.54.
        #expect(isClose(heavy.points[1][0], 0.8, 1e-15))
        #expect(isClose(heavy.points[2][0], 0.54, 1e-15))
        let nesterov = minimize(f, with: SGD(learningRate: 0.1, momentum: 0.5, nesterov: true), from: [1], steps: 2)
        // v₁ = 2, θ₁ = 1 − 0.1(2 + 1) = 0.7; g₂ = 1.4, v₂ = 2.4, θ₂ = 0.7 − 0.1(1.4 + 1.2) = 0.44.
        #expect(isClose(nesterov.points[1][0], 0.7, 1e-15))
        #expect(isClose(nesterov.points[2][0], 0.44, 1e-15))
    }

    @Test("Adam's first step is η·g/(|g| + ε) per coordinate (bias correction cancels)")
    func adamFirstStep() {
        let adam = AdamW<Double>(learningRate: 1e-3)
        var x = [0.0, 0.0]
        var state = adam.makeState(parameterCount: 2)
        adam.step(&x, gradient: [1e-3, 1e-6], state: &state)
        #expect(isClose(-x[0] / 1e-3, 1e-3 / (1e-3 + 1e-8), 1e-12))
        #expect(isClose(-x[1] / 1e-3, 0.990099, 1e-6))
        #expect(isClose(-x[0] / 1e-3, 0.99999, 1e-5))
    }

    @Test("AdamW decays decoupled from the gradient, Adam through it")
    func decoupledDecay() {
        var x = [2.0]
        let adamw = AdamW<Double>(learningRate: 0.1, weightDecay: 0.5)
        var s = adamw.makeState(parameterCount: 1)
        adamw.step(&x, gradient: [0], state: &s)
        // Zero gradient: no Adam update, only θ ← θ − ηλθ = 2 − 0.1.
        #expect(isClose(x[0], 1.9, 1e-15))
        var y = [2.0]
        let adam = AdamW<Double>.adam(learningRate: 0.1, weightDecay: 0.5)
        var t = adam.makeState(parameterCount: 1)
        adam.step(&y, gradient: [0], state: &t)
        // L2: g = λθ = 1, first Adam step has size η.
        #expect(isClose(y[0], 1.9, 1e-6))
        #expect(adam.name == "Adam" && adamw.name == "AdamW")
    }

    @Test("All optimizers reduce the Rosenbrock function from (−1, 1)")
    func rosenbrockDecreases() {
        let f = Rosenbrock()
        let start = [-1.0, 1.0]
        let runs: [Trajectory] = [
            minimize(f, with: SGD(learningRate: 1e-4, momentum: 0.9), from: start, steps: 3000),
            minimize(f, with: AdamW(learningRate: 1e-2), from: start, steps: 3000),
            minimize(f, with: Lion(learningRate: 1e-3), from: start, steps: 3000),
            minimize(f, with: Tiger(learningRate: 1e-3, beta: 0.945), from: start, steps: 3000),
        ]
        for run in runs {
            #expect(run.values.last! < 0.5 * run.values[0])
        }
        #expect(f.value([1, 1]) == 0)
        #expect(f.gradient([1, 1]) == [0, 0])
    }
}

@Suite("T1 Lion")
struct LionClaims {
    @Test("T1.1 first step is ±η per coordinate, whatever the gradient size")
    func firstStepIsSignStep() {
        for beta1 in [0.0, 0.5, 0.9, 0.99] {
            let lion = Lion<Double>(learningRate: 1e-3, beta1: beta1)
            var x = [0.0, 0.0, 0.0, 0.0]
            var state = lion.makeState(parameterCount: 4)
            lion.step(&x, gradient: [0.3, -2, 1e-6, -1e-9], state: &state)
            #expect(x == [-1e-3, 1e-3, -1e-3, 1e-3])
        }
    }

    @Test("T1.2 update RMS is exactly η; Adam's first step is close to a sign step")
    func updateRMS() {
        var g = SeededGenerator(seed: 1)
        let lion = Lion<Double>(learningRate: 1e-3)
        var x = g.normals(64)
        var state = lion.makeState(parameterCount: 64)
        for _ in 0..<10 {
            let before = x
            lion.step(&x, gradient: g.normals(64), state: &state)
            let delta = zip(x, before).map { $0 - $1 }
            #expect(isClose(Vector(delta).rms, 1e-3, 1e-12))
        }
        #expect(isClose(1e-3 / (1e-3 + 1e-8), 0.99999, 1e-5))
        #expect(isClose(1e-6 / (1e-6 + 1e-8), 0.990099, 1e-6))
    }

    @Test("T1.3 curvature-blind convergence: Lion reaches max|x| < 0.05 at step 95 on ½(x₁² + 100x₂²)")
    func curvatureBlind() {
        let f = Quadratic(curvatures: [1, 100])
        let lion = minimize(f, with: Lion(learningRate: 0.01, beta1: 0.9, beta2: 0.99), from: [1, 1], steps: 3000)
        let first = lion.firstStep { $0.map(abs).max()! < 0.05 }
        #expect(first != nil && abs(first! - 95) <= 2)
        // Late iterations oscillate with amplitude exactly η for Lion and 2η for Tiger (β = 0.9).
        let late = lion.points[2000...3000].map { $0.map(abs).max()! }
        #expect(isClose(late.max()!, 0.01, 1e-12))
        let tiger = minimize(f, with: Tiger(learningRate: 0.01, beta: 0.9), from: [1, 1], steps: 3000)
        #expect(isClose(tiger.points[2000...3000].map { $0.map(abs).max()! }.max()!, 0.02, 1e-12))
        // Plain GD: 299 steps on x₁ (0.99ᵗ < 0.05), one step on x₂ (1 − 0.01·100 = 0).
        let gd = minimize(f, with: SGD(learningRate: 0.01, momentum: 0), from: [1, 1], steps: 400)
        #expect(gd.firstStep { abs($0[0]) < 0.05 } == 299)
        #expect(gd.points[1][1] == 0)
    }

    @Test("T1.4 Lion with β₁ = β₂ and λ = 0 is SIGNUM (= Tiger with λ = 0), bitwise")
    func lionEqualBetasIsSignum() {
        var g = SeededGenerator(seed: 5)
        let beta = 0.9
        let lion = Lion<Double>(learningRate: 1e-2, beta1: beta, beta2: beta)
        var x = g.normals(16), y = x
        var ls = lion.makeState(parameterCount: 16)
        var signumMomentum = Array(repeating: 0.0, count: 16)
        var maxDiff = 0.0
        for _ in 0..<200 {
            let grad = g.normals(16)
            lion.step(&x, gradient: grad, state: &ls)
            for i in 0..<16 {  // SIGNUM written out: m = βm + (1 − β)g, θ −= η sign(m)
                signumMomentum[i] = beta * signumMomentum[i] + (1 - beta) * grad[i]
                y[i] -= 1e-2 * Numerics.sign(signumMomentum[i])
            }
            maxDiff = max(maxDiff, zip(x, y).map { abs($0 - $1) }.max()!)
        }
        #expect(maxDiff == 0)
    }
}

@Suite("T2 Tiger")
struct TigerClaims {
    @Test("T2.1 Tiger(β) ≡ Lion(β, β), bitwise over 200 steps with weight decay")
    func tigerIsLionWithEqualBetas() {
        var g = SeededGenerator(seed: 9)
        let tiger = Tiger<Double>(learningRate: 1e-3, beta: 0.965, weightDecay: 0.01)
        let lion = Lion<Double>(learningRate: 1e-3, beta1: 0.965, beta2: 0.965, weightDecay: 0.01)
        var a = g.normals(32), b = a
        var ts = tiger.makeState(parameterCount: 32), ls = lion.makeState(parameterCount: 32)
        for _ in 0..<200 {
            let grad = g.normals(32)
            tiger.step(&a, gradient: grad, state: &ts)
            lion.step(&b, gradient: grad, state: &ls)
        }
        #expect(a == b)
        #expect(ts.m == ls.m)
    }

    @Test("T2.2 accumulation identity: k = 4 micro-steps equal Tiger on the group means")
    func accumulationIdentity() {
        var g = SeededGenerator(seed: 21)
        let accumulating = Tiger<Double>(learningRate: 1e-2, beta: 0.965, weightDecay: 0.01, accumulationSteps: 4)
        let plain = Tiger<Double>(learningRate: 1e-2, beta: 0.965, weightDecay: 0.01)
        var a = g.normals(8), b = a
        var sa = accumulating.makeState(parameterCount: 8), sb = plain.makeState(parameterCount: 8)
        var maxMomentumGap = 0.0
        for _ in 0..<10 {
            let group = (0..<4).map { _ in g.normals(8) }
            for micro in group { accumulating.step(&a, gradient: micro, state: &sa) }
            let mean = (0..<8).map { i in group.reduce(0) { $0 + $1[i] } / 4 }
            plain.step(&b, gradient: mean, state: &sb)
            maxMomentumGap = max(maxMomentumGap, zip(sa.m, sb.m).map { abs($0 - $1) }.max()!)
        }
        #expect(a == b)
        #expect(maxMomentumGap <= 1e-16)
        // Between group boundaries θ does not move.
        let before = a
        accumulating.step(&a, gradient: g.normals(8), state: &sa)
        #expect(a == before)
    }

    @Test("T2.3 state buffers per parameter, counted in the state: SGD-M 1, AdamW 2, Lion 1, Tiger 1; with accumulation 3, 2, 1")
    func stateCounts() {
        #expect(SGD<Double>(learningRate: 1).measuredBufferCount() == 1)
        #expect(AdamW<Double>(learningRate: 1).measuredBufferCount() == 2)
        #expect(Lion<Double>(learningRate: 1).measuredBufferCount() == 1)
        #expect(Tiger<Double>(learningRate: 1).measuredBufferCount() == 1)
        #expect(GradientAccumulation(AdamW<Double>(learningRate: 1), steps: 4).measuredBufferCount() == 3)
        #expect(GradientAccumulation(Lion<Double>(learningRate: 1), steps: 4).measuredBufferCount() == 2)
        #expect(Tiger<Float>(learningRate: 1, accumulationSteps: 4).measuredBufferCount(steps: 6) == 1)
        #expect(AdamW<Float>(learningRate: 1).makeState(parameterCount: 3).bufferCount == 2)
        // Only arrays as long as the parameters are counted.
        #expect(AdamW<Double>(learningRate: 1).makeState(parameterCount: 3).bufferCount(parameterCount: 4) == 0)
    }

    @Test("Buffer counting finds floating-point arrays at any depth and ignores scalars and integer arrays")
    func bufferReflection() {
        struct Inner: OptimizerState { var m: [Float]; var step = 0; var power: Float = 1 }
        struct Outer: OptimizerState { var inner: Inner; var extra: [Float]; var indices: [Int]; var short: [Float] }
        let state = Outer(inner: Inner(m: [0, 0, 0]), extra: [1, 2, 3], indices: [0, 1, 2], short: [1])
        #expect(state.bufferCount(parameterCount: 3) == 2)
        #expect(state.bufferCount == 3)
    }

    @Test("Generic accumulation applies the base optimizer to the group mean")
    func genericAccumulation() {
        var g = SeededGenerator(seed: 4)
        let wrapped = GradientAccumulation(AdamW<Double>(learningRate: 1e-2), steps: 3)
        let base = AdamW<Double>(learningRate: 1e-2)
        var a = g.normals(5), b = a
        var sa = wrapped.makeState(parameterCount: 5), sb = base.makeState(parameterCount: 5)
        for _ in 0..<4 {
            let group = (0..<3).map { _ in g.normals(5) }
            for micro in group { wrapped.step(&a, gradient: micro, state: &sa) }
            base.step(&b, gradient: (0..<5).map { i in (group[0][i] + group[1][i] + group[2][i]) / 3 }, state: &sb)
        }
        #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-15 })
    }

    @Test("T2.4 NaN guard moves θ 1% of the way toward the centre and keeps m")
    func nanContraction() {
        let tiger = Tiger<Double>(learningRate: 1e-3, nanGuard: .init(centre: 1, shrink: 0.99))
        var x = [3.0, -2.0, 1.0]
        var state = tiger.makeState(parameterCount: 3)
        tiger.step(&x, gradient: [0.5, 0.5, 0.5], state: &state)
        let m = state.m, before = x
        tiger.step(&x, gradient: [0.1, .nan, 0.2], state: &state)
        #expect(state.m == m)
        for i in 0..<3 {
            #expect(isClose(abs(x[i] - 1), 0.99 * abs(before[i] - 1), 1e-15))
        }
    }
}

@Suite("T3 Embedding outliers under Lion and Tiger")
struct EmbeddingOutlierClaims {
    @Test("T3.1 fixed point −1/λ and its time scale; 46,052 steps reach −99.00026")
    func fixedPoint() {
        #expect(-1 / 0.01 == -100.0)
        let steps = { (eta: Double) in log(0.01) / log(1 - eta * 0.01) }
        #expect(isClose(steps(1e-2), 46_049.4, 0.05))
        #expect(isClose(steps(1e-3), 460_514.7, 0.05))
        #expect(isClose(steps(3e-4), 1_535_054, 1))
        let tiger = Tiger<Double>(learningRate: 1e-2, beta: 0.965, weightDecay: 0.01)
        var x = [0.0]
        var state = tiger.makeState(parameterCount: 1)
        tiger.step(&x, gradient: [1], state: &state)
        for _ in 1..<46_052 { tiger.step(&x, gradient: [0], state: &state) }
        #expect(isRelativelyClose(x[0], -99.00026, 1e-6))
    }

    @Test("T3.2 Float32 momentum never reaches zero: stuck at 14 subnormal ulps after 2,728 steps (β = 0.965)")
    func float32MomentumSticks() {
        for (beta, ulps, steps) in [(Float(0.965), Float(14), 2728), (0.9, 4, 944), (0.99, 50, 9419)] {
            let tiger = Tiger<Float>(learningRate: 1e-3, beta: beta)
            var (x, state, step) = momentumAfterOneGradient(tiger)
            #expect(step == steps)
            #expect(state.m[0] == ulps * Float.leastNonzeroMagnitude)
            for _ in 0..<10_000 { tiger.step(&x, gradient: [0], state: &state) }
            #expect(Numerics.sign(state.m[0]) == 1)
        }
        // Double, β = 0.965: 14 × 4.9e-324 after 20,724 steps.
        let (_, state, step) = momentumAfterOneGradient(Tiger<Double>(learningRate: 1e-3, beta: 0.965))
        #expect(step == 20_724)
        #expect(state.m[0] == 14 * Double.leastNonzeroMagnitude)
    }

    /// One step with gradient 1, then zero gradients until the momentum stops changing: the
    /// parameters, the state and the number of steps taken.
    func momentumAfterOneGradient<Scalar>(_ tiger: Tiger<Scalar>) -> (x: [Scalar], state: Tiger<Scalar>.State, steps: Int) {
        var x: [Scalar] = [0]
        var state = tiger.makeState(parameterCount: 1)
        tiger.step(&x, gradient: [1], state: &state)
        var step = 1
        var previous = state.m[0]
        while true {
            tiger.step(&x, gradient: [0], state: &state)
            if state.m[0] == previous { break }
            previous = state.m[0]
            step += 1
        }
        return (x, state, step)
    }

    @Test("T3.3 Tiger drifts like −100(1 − (1 − 10⁻⁵)ᵗ) in Float32 and Adam stays bounded")
    func tigerDriftsAdamDoesNot() {
        let tiger = Tiger<Float>(learningRate: 1e-3, beta: 0.965, weightDecay: 0.01)
        var x: [Float] = [0]
        var state = tiger.makeState(parameterCount: 1)
        var readings: [Int: Double] = [:]
        for t in 1...20_000 {
            tiger.step(&x, gradient: [t == 1 ? 1 : 0], state: &state)
            if [1000, 5000, 10_000, 20_000].contains(t) { readings[t] = Double(x[0]) }
        }
        #expect(isClose(readings[1000]!, -0.9950, 1e-3))
        #expect(isClose(readings[5000]!, -4.8771, 1e-3))
        #expect(isClose(readings[10_000]!, -9.5163, 1e-3))
        #expect(isClose(readings[20_000]!, -18.1270, 1e-3))
        for (t, value) in readings {
            #expect(isClose(value, -100 * (1 - pow(1 - 1e-5, Double(t))), 1e-3))
        }
        // Adam: per-step ratio β₁/√β₂ and the total drift bound without bias correction.
        #expect(isClose(0.9 / 0.999.squareRoot(), 0.900450, 1e-6))
        let bound = 0.1 / (1 - 0.999).squareRoot() / (1 - 0.9 / 0.999.squareRoot())
        #expect(isClose(bound, 31.77, 0.01))
        let adam = AdamW<Float>(learningRate: 1e-3)
        var y: [Float] = [0]
        var adamState = adam.makeState(parameterCount: 1)
        var at1000: Float = 0
        for t in 1...20_000 {
            adam.step(&y, gradient: [t == 1 ? 1 : 0], state: &adamState)
            if t == 1000 { at1000 = y[0] }
        }
        #expect(Double(abs(y[0])) < bound * 1e-3)
        #expect(y[0] == at1000)
    }

    @Test("T3.4 lazy updates leave a stale row exactly where it was")
    func lazyUpdateFix() {
        for lazy in [false, true] {
            let tiger = Tiger<Double>(learningRate: 1e-3, beta: 0.965, weightDecay: 0.01, lazy: lazy)
            var x = [0.5, 0.5]
            var state = tiger.makeState(parameterCount: 2)
            tiger.step(&x, gradient: [1, 1], state: &state)
            let afterFirst = x[1]
            for _ in 0..<5000 { tiger.step(&x, gradient: [0.3, 0], state: &state) }
            if lazy {
                #expect(x[1] == afterFirst)
            } else {
                #expect(x[1] < afterFirst - 4)
            }
        }
    }

    @Test("Embedding toy: rare rows drift under Tiger with weight decay but not with lazy updates")
    func embeddingToy() {
        let frequencies = [1.0, 0.5, 0.2, 0.0005, 0.0005, 0.0005]
        func run(lazy: Bool) -> [Double] {
            var model = RareTokenEmbedding(frequencies: frequencies, dimension: 4, seed: 17)
            let tiger = Tiger<Double>(learningRate: 1e-2, beta: 0.965, weightDecay: 0.01, lazy: lazy)
            var table = Array(repeating: 0.0, count: 24)
            var state = tiger.makeState(parameterCount: 24)
            for _ in 0..<3000 { tiger.step(&table, gradient: model.nextGradient(at: table), state: &state) }
            return model.rowMaxAbs(table)
        }
        let eager = run(lazy: false), lazy = run(lazy: true)
        #expect(eager[0] < 2)  // frequent rows stay near their targets
        #expect(eager.suffix(3).max()! > 5)  // at least one rare row, seen once, drifted far away
        #expect(lazy.suffix(3).max()! < 2)
    }
}
