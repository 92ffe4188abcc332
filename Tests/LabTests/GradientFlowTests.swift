import Foundation
import Testing
@testable import Lab

@Suite("T21 Gradient flow and Wasserstein gradient flow")
struct GradientFlowClaims {
    let quadratic = Quadratic(curvatures: [1, 10])
    let start = [1.0, 1.0]

    private func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    @Test("T21.1 quadratic: flow (e⁻¹, e⁻¹⁰) at t = 1; GD with η = 0.01 is (0.366032, 2.66e-5), error O(η)")
    func quadraticFlow() {
        let flow = quadratic.flow(from: start, time: 1)
        #expect(isClose(flow[0], 0.367879, 1e-6) && isClose(flow[1], 4.54e-5, 1e-7))
        let gd = GradientFlow.descent(quadratic, from: start, stepSize: 0.01, steps: 100).last ?? []
        #expect(isClose(gd[0], 0.366032, 1e-6) && isClose(gd[1], 2.66e-5, 1e-7))
        #expect(distance(gd, quadratic.descent(from: start, stepSize: 0.01, steps: 100)) < 1e-15)
        let e1 = distance(gd, flow)
        let e2 = distance(quadratic.descent(from: start, stepSize: 0.005, steps: 200), flow)
        #expect(isClose(log2(e1 / e2), 1, 0.01))
        // RK4 on the quadratic reaches the closed form.
        let rk4 = GradientFlow.flow(quadratic, from: start, duration: 1, steps: 1000).final
        #expect(distance(rk4, flow) < 1e-12)
        let euler = integrate(GradientFlow.field(quadratic), from: start, duration: 1, steps: 100, method: .euler).final
        #expect(distance(euler, gd) < 1e-15)
    }

    @Test("T21.1 stability: η = 0.19 converges while oscillating, η = 0.21 diverges like (−1.1)^k")
    func stability() {
        #expect(isClose(quadratic.stabilityLimit, 0.2, 1e-15))
        let slow = GradientFlow.descent(quadratic, from: start, stepSize: 0.19, steps: 200)
        #expect(slow[1][1] < 0 && slow[2][1] > 0 && abs(slow.last?[1] ?? 1) < 1e-8)
        let fast = GradientFlow.descent(quadratic, from: start, stepSize: 0.21, steps: 50)
        #expect(isClose(fast[50][1] / fast[49][1], -1.1, 1e-12))
    }

    @Test("Modified equation: GD is O(η²) from the flow of f + (η/4)‖∇f‖²")
    func modifiedEquation() {
        let modified = quadratic.modifiedFlow(from: start, stepSize: 0.01, time: 1)
        let viaField = integrate(GradientFlow.modifiedField(quadratic, stepSize: 0.01), from: start,
                                 duration: 1, steps: 2000).final
        #expect(distance(modified, viaField) < 1e-8)
        let gaps = [0.01, 0.005].map { eta in
            distance(quadratic.descent(from: start, stepSize: eta, steps: Int(1 / eta)),
                     quadratic.modifiedFlow(from: start, stepSize: eta, time: 1))
        }
        #expect(isClose(log2(gaps[0] / gaps[1]), 2, 0.1))
    }

    @Test("T21.2 energy identity along an RK4 flow to ≤ 1e-8")
    func energy() {
        let valley = Rosenbrock(a: 1, b: 2)
        let path = GradientFlow.flow(valley, from: [-1, 1.5], duration: 1, steps: 2000)
        let drop = valley.value([-1, 1.5]) - valley.value(path.final)
        #expect(isClose(drop, GradientFlow.dissipation(valley, along: path), 1e-8))
        // Simpson with an odd number of intervals still integrates a quadratic flow.
        let odd = GradientFlow.flow(quadratic, from: start, duration: 1, steps: 1001)
        let quadraticDrop = quadratic.value(start) - quadratic.value(odd.final)
        #expect(isClose(quadraticDrop, GradientFlow.dissipation(quadratic, along: odd), 1e-6))
    }

    @Test("T21.4 proximal step: ⟨g, x⟩ gives x − ηg; on the quadratic (I + ηH)⁻¹x for every η")
    func proximal() {
        struct Linear: Objective {
            let g: [Double]
            func value(_ x: [Double]) -> Double { zip(g, x).reduce(0) { $0 + $1.0 * $1.1 } }
            func gradient(_ x: [Double]) -> [Double] { g }
        }
        let step = GradientFlow.proximalStep(Linear(g: [2, -3]), from: [1, 1], stepSize: 0.5)
        #expect(distance(step, [0, 2.5]) < 1e-12)
        for eta in [0.21, 5.0] {
            let iterates = GradientFlow.proximalPoint(quadratic, from: start, stepSize: eta, steps: 20)
            #expect(distance(iterates.last ?? [], quadratic.proximalPoint(from: start, stepSize: eta, steps: 20)) < 1e-12)
        }
    }

    @Test("T21.3 KL to 𝒩(2, 0.5) from 𝒩(−1, 2): closed-form mean and variance at t = 0.5, 1, 2")
    func gaussianClosedForm() {
        let flow = GaussianKLFlow(targetMean: 2, targetVariance: 0.5)
        let expected = [(0.5, 0.896362, 0.703003), (1, 1.593994, 0.527473), (2, 1.945053, 0.500503)]
        for (t, m, v) in expected {
            #expect(isClose(flow.mean(at: t, from: -1), m, 1e-6))
            #expect(isClose(flow.variance(at: t, from: 2), v, 1e-6))
        }
        // The ULA moments approach the closed form as Δt → 0, with error O(Δt).
        let coarse = flow.langevinMoments(mean: -1, variance: 2, stepSize: 0.01, steps: 100)
        let fine = flow.langevinMoments(mean: -1, variance: 2, stepSize: 0.005, steps: 200)
        let exactMean = flow.mean(at: 1, from: -1)
        #expect(isClose(log2((coarse.mean - exactMean) / (fine.mean - exactMean)), 1, 0.02))
        #expect(isClose(flow.divergence(mean: 2, variance: 0.5), 0, 1e-15))
    }

    @Test("T21.3 Langevin particles match the closed form within 4 standard errors")
    func langevin() {
        let flow = GaussianKLFlow(targetMean: 2, targetVariance: 0.5)
        var g = SeededGenerator(seed: 21)
        let n = 20_000
        let start = (0..<n).map { _ in g.normal(mean: -1, standardDeviation: 2.0.squareRoot()) }
        let end = ParticleFlow.langevin(start, score: flow.score, stepSize: 2e-3, steps: 500, generator: &g)
        let v = flow.variance(at: 1, from: 2)
        #expect(abs(ParticleFlow.mean(end) - flow.mean(at: 1, from: -1)) < 4 * (v / Double(n)).squareRoot() + 2e-3)
        #expect(abs(ParticleFlow.variance(end) - v) < 4 * v * (2 / Double(n)).squareRoot() + 2e-3)
    }

    @Test("T21.3 deterministic particles: mean to 1e-8, variance from the grid's own variance to 1e-6")
    func probabilityFlow() {
        let flow = GaussianKLFlow(targetMean: 2, targetVariance: 0.5)
        let grid = ParticleFlow.quantileParticles(count: 500, mean: -1, variance: 2)
        let moved = ParticleFlow.probabilityFlow(grid, score: { flow.score($0) }, duration: 1, steps: 100)
        #expect(isClose(ParticleFlow.mean(moved), flow.mean(at: 1, from: -1), 1e-8))
        #expect(isClose(ParticleFlow.variance(moved), flow.variance(at: 1, from: ParticleFlow.variance(grid)), 1e-6))
    }

    @Test("JKO on Gaussians is a Euclidean proximal step in (m, σ)")
    func jko() {
        let flow = GaussianKLFlow(targetMean: 2, targetVariance: 0.5)
        struct GaussianKL: Objective {
            let flow: GaussianKLFlow
            func value(_ x: [Double]) -> Double { flow.divergence(mean: x[0], variance: x[1] * x[1]) }
            func gradient(_ x: [Double]) -> [Double] {
                [(x[0] - flow.targetMean) / flow.targetVariance, x[1] / flow.targetVariance - 1 / x[1]]
            }
        }
        let step = flow.jkoStep(mean: -1, standardDeviation: 2.0.squareRoot(), stepSize: 0.3)
        let newton = GradientFlow.proximalStep(GaussianKL(flow: flow), from: [-1, 2.0.squareRoot()], stepSize: 0.3)
        #expect(distance([step.mean, step.standardDeviation], newton) < 1e-9)
        #expect(isClose(step.mean, 0.125, 1e-12))
        #expect(isClose(Wasserstein.gaussianDistance(mean: 0, standardDeviation: 1, mean: 3, standardDeviation: 5), 5, 1e-15))
        #expect(isClose(Wasserstein.empiricalDistance([3, 1, 2], [2, 4, 3]), 1, 1e-15))
        #expect(isClose(StandardNormal.quantile(0.975), 1.959963984540054, 1e-12))
        #expect(abs(StandardNormal.quantile(0.5)) < 1e-15)
    }
}
