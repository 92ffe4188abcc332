import Foundation
import Testing
@testable import Lab

@Suite("T20 Sparsity measures")
struct SparsityClaims {
    @Test("T20.1 bounds: one-hot 1 and 1/√n, constant √n and 1; floor 1/64 at n = 4096; cos(sign x, x)")
    func bounds() {
        let oneHot = [0.0, 3, 0, 0], constant = [2.0, 2, 2, 2]
        #expect(Sparsity.l1OverL2(oneHot) == 1)
        #expect(Sparsity.normalizedL1L2(oneHot) == 0.5)
        #expect(Sparsity.l1OverL2(constant) == 2)
        #expect(Sparsity.normalizedL1L2(constant) == 1)
        var big = Array(repeating: 0.0, count: 4096)
        big[7] = -1
        #expect(Sparsity.normalizedL1L2(big) == 0.015625)
        let x = [0.7, 0.1, 0.1, 0.1]
        let signs = x.map { Numerics.sign($0) }
        let cosine = Vector(signs).dot(Vector(x)) / (Vector(signs).norm * Vector(x).norm)
        #expect(isClose(Sparsity.normalizedL1L2(x), 0.693375, 1e-6))
        #expect(isClose(Sparsity.normalizedL1L2(x), cosine, 1e-15))
        // (1 + Var|x| / E[|x|]²)^{−1/2}
        let mean = 0.25, variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 4
        #expect(isClose(Sparsity.normalizedL1L2(x), 1 / (1 + variance / (mean * mean)).squareRoot(), 1e-15))
    }

    @Test("Direction and range of Hoyer, Gini, S₀, normalized entropy and S*_{q,p}")
    func directions() {
        let oneHot = [0.0, 3, 0, 0], constant = [2.0, 2, 2, 2], middle = [5.0, 1, 0.5, 0.2]
        #expect(Sparsity.hoyer(oneHot) == 1 && Sparsity.hoyer(constant) == 0)
        #expect(Sparsity.gini(oneHot) == 0.75 && Sparsity.gini(constant) == 0)
        #expect(Sparsity.meanOverMax(oneHot) == 0.25 && Sparsity.meanOverMax(constant) == 1)
        #expect(Sparsity.normalizedEntropy(oneHot) == 0 && isClose(Sparsity.normalizedEntropy(constant), 1, 1e-15))
        #expect(isClose(Sparsity.normalizedRatio(oneHot, q: 1, p: 2), 0.5, 1e-15))
        #expect(isClose(Sparsity.normalizedRatio(constant, q: 0.5, p: 3), 1, 1e-12))
        #expect(isClose(Sparsity.normalizedRatio(oneHot, q: 0.5, p: 3), pow(4, 1.0 / 3 - 2), 1e-12))
        // The middle vector lies strictly between the extremes for every measure.
        #expect(Sparsity.hoyer(middle) > 0 && Sparsity.hoyer(middle) < 1)
        #expect(Sparsity.gini(middle) > 0 && Sparsity.gini(middle) < 0.75)
        #expect(Sparsity.normalizedEntropy(middle) > 0 && Sparsity.normalizedEntropy(middle) < 1)
        #expect(Sparsity.normalizedL1L2([0, 0, 0]).isNaN)
    }

    @Test("Hand-worked values: Gini of [1, 2, 3, 4] is 1/4; Hoyer of [1, 1, 0, 0] is 2 − √2; S₀ of [4, 2, 0, 0] is 3/8")
    func handWorked() {
        // Σ (c_k/10)(4 − k + ½)/4 = (3.5 + 5 + 4.5 + 2)/40 = 3/8, so G = 1 − 3/4.
        #expect(isClose(Sparsity.gini([1, 2, 3, 4]), 0.25, 1e-15))
        #expect(isClose(Sparsity.gini([4, -3, 2, 1]), 0.25, 1e-15))
        #expect(isClose(Sparsity.hoyer([1, 1, 0, 0]), 2 - 2.0.squareRoot(), 1e-15))
        #expect(Sparsity.meanOverMax([4, -2, 0, 0]) == 0.375)
        // Normalized entropy of |x|/Σ|x| = [½, ½, 0, 0] is ln 2 / ln 4 = ½.
        #expect(isClose(Sparsity.normalizedEntropy([3, -3, 0, 0]), 0.5, 1e-15))
    }

    @Test("T20.2 cloning: l1/l2 goes from 1 to √2 but S* stays 0.5")
    func cloning() {
        let x = [1.0, 0, 0, 0]
        #expect(isClose(Sparsity.l1OverL2(x + x), 2.0.squareRoot(), 1e-15))
        #expect(isClose(Sparsity.normalizedL1L2(x + x), 0.5, 1e-15))
        #expect(isClose(Sparsity.gini(x + x), Sparsity.gini(x), 1e-15))
    }

    @Test("T20.3 Hurley–Rickard properties on [5, 1, 0.5, 0.2]: Robin Hood, rising tide, babies, Bill Gates")
    func properties() {
        let s = Sparsity.normalizedL1L2
        #expect(isClose(s([5, 1, 0.5, 0.2]), 0.653355, 1e-6))
        #expect(isClose(s([4, 2, 0.5, 0.2]), 0.743710, 1e-6))
        #expect(isClose(s([6, 2, 1.5, 1.2]), 0.809399, 1e-6))
        #expect(isClose(s([5, 1, 0.5, 0.2, 0]), 0.584379, 1e-6))
        #expect(isClose(s([15, 1, 0.5, 0.2]), 0.555078, 1e-6))
        #expect(isClose(s([105, 1, 0.5, 0.2]), 0.508066, 1e-6))
        #expect(isClose(s([1005, 1, 0.5, 0.2]), 0.500845, 1e-6))
    }

    @Test("T20.4 distribution limits of S*: Gaussian √(2/π), Laplace 1/√2, uniform √3/2; Rényi entropies")
    func limits() {
        var g = SeededGenerator(seed: 70)
        let n = 1_000_000
        #expect(isClose(Sparsity.normalizedL1L2(g.normals(n)), (2 / Double.pi).squareRoot(), 0.002))
        #expect(isClose(Sparsity.normalizedL1L2((0..<n).map { _ in g.laplace() }), 0.5.squareRoot(), 0.002))
        #expect(isClose(Sparsity.normalizedL1L2(g.uniforms(n, -1, 1)), 3.0.squareRoot() / 2, 0.002))
        let p = [0.7, 0.1, 0.1, 0.1]
        #expect(isClose(Entropy.shannon(p), 0.940448, 1e-6))
        #expect(isClose(Entropy.renyi(p, order: 2), 0.653926, 1e-6))
        #expect(isClose(Entropy.renyi(p, order: .infinity), 0.356675, 1e-6))
        #expect(isClose(Entropy.renyi(p, order: 1), Entropy.shannon(p), 0))
        for order in [0.5, 1, 2, 3, .infinity] { #expect(Entropy.renyi(p, order: order) <= log(4.0)) }
        #expect(isClose(log(4.0), 1.386294, 1e-6))
    }
}
