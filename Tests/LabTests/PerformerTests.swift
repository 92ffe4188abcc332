import Foundation
import Testing
@testable import Lab

@Suite("elu + 1 linear attention (Katharopoulos et al.)")
struct EluFeatureMapTests {
    @Test("elu + 1 is x + 1 above zero, eˣ at and below zero, positive and C¹ at 0")
    func values() {
        #expect(Attention.eluPlusOne([2, 0, -1, 0.5]) == [3, 1, exp(-1), 1.5])
        #expect(Attention.eluPlusOne([-745, -50, -1e-300]).allSatisfy { $0 >= 0 })
        #expect(Attention.eluPlusOne([-50])[0] > 0)
        #expect(Attention.elu(-2, alpha: 0.5) == 0.5 * expm1(-2))
        #expect(Attention.elu(3) == 3)
        // Slope 1 on both sides of 0 (central differences on each side).
        let h = 1e-6
        let right = (Attention.eluPlusOne([2 * h])[0] - Attention.eluPlusOne([h])[0]) / h
        let left = (Attention.eluPlusOne([-h])[0] - Attention.eluPlusOne([-2 * h])[0]) / h
        #expect(isClose(right, 1, 1e-6) && isClose(left, 1, 1e-5))
    }

    @Test("Causal elu + 1 attention equals the masked, normalized kernel matrix")
    func causalMatchesKernelMatrix() {
        var g = SeededGenerator(seed: 80)
        let q = Matrix.random(rows: 20, columns: 6, using: &g), k = Matrix.random(rows: 20, columns: 6, using: &g)
        let v = Matrix.random(rows: 20, columns: 3, using: &g)
        let fq = q.rowArrays.map(Attention.eluPlusOne), fk = k.rowArrays.map(Attention.eluPlusOne)
        for causal in [false, true] {
            let out = Attention.eluLinear(queries: q, keys: k, values: v, causal: causal)
            for i in 0..<20 {
                let visible = causal ? Array(0...i) : Array(0..<20)
                let kernel = visible.map { j in zip(fq[i], fk[j]).reduce(0) { $0 + $1.0 * $1.1 } }
                let total = kernel.reduce(0, +)
                for c in 0..<3 {
                    let expected = zip(visible, kernel).reduce(0) { $0 + $1.1 * v[$1.0, c] } / total
                    #expect(isClose(out[i, c], expected, 1e-12))
                }
            }
        }
    }

    @Test("φ(t q)/t tends to relu(q): elu + 1 attention cannot sharpen past its linear limit")
    func linearLimit() {
        let q = [0.7, -0.3, 0, 1.2]
        let t = 1e7
        let scaled = Attention.eluPlusOne(q.map { t * $0 }).map { $0 / t }
        #expect(zip(scaled, q.map { max($0, 0) }).allSatisfy { abs($0 - $1) <= 2 / t })
    }
}

@Suite("Performer as a soft Transformer-VQ, and its predicted error")
struct PerformerSoftVQTests {
    @Test("Soft assignments are distributions: Gaussian at τ = 1, one-hot as τ → 0, uniform as τ → ∞")
    func softAssignment() {
        var g = SeededGenerator(seed: 81)
        let centres = RandomFeatures(dimension: 5, count: 12, using: &g)
        let key = g.normals(5)
        let one = centres.softAssignment(key, temperature: 1)
        let gaussian = centres.gaussian(key)
        let total = gaussian.reduce(0, +)
        #expect(isClose(one.reduce(0, +), 1, 1e-14))
        #expect(zip(one, gaussian).allSatisfy { isRelativelyClose($0, $1 / total, 1e-12) })
        #expect(centres.softAssignment(key, temperature: 1e-6) == centres.hardVQ.keyFeatures(key))
        #expect(centres.softAssignment(key, temperature: 1e12).allSatisfy { isClose($0, 1.0 / 12, 1e-9) })
    }

    @Test("With one-hot memberships the soft-VQ form is Transformer-VQ with codebook Ω")
    func hardLimit() {
        var g = SeededGenerator(seed: 82)
        let centres = RandomFeatures(dimension: 6, count: 40, using: &g).withEqualNorms()
        let q = Matrix.random(rows: 15, columns: 6, standardDeviation: 0.4, using: &g)
        let k = Matrix.random(rows: 15, columns: 6, standardDeviation: 0.4, using: &g)
        let v = Matrix.random(rows: 15, columns: 2, using: &g)
        let cold = Attention.linear(queries: q, keys: k, values: v, queryFeatures: centres.exponential,
                                    keyFeatures: { centres.softAssignment($0, temperature: 1e-9) })
        #expect(cold.maxAbsDifference(centres.hardVQ.linear(queries: q, keys: k, values: v)) <= 1e-12)
    }

    @Test("The delta-method error is zero for a single key and matches Monte Carlo for both feature kinds")
    func asymptoticError() {
        var g = SeededGenerator(seed: 83)
        let q = Matrix.random(rows: 2, columns: 4, standardDeviation: 0.3, using: &g)
        let k = Matrix.random(rows: 6, columns: 4, standardDeviation: 0.3, using: &g)
        let v = Matrix.random(rows: 6, columns: 2, using: &g)
        // One key: every estimate returns its value exactly.
        #expect(RandomFeatures.asymptoticSquaredError(queries: q, keys: Matrix([k.row(0).elements]),
                                                      values: Matrix([v.row(0).elements]), featureCount: 8) == 0)
        let exact = Attention.softmax(queries: q, keys: k, values: v)
        let m = 512, repeats = 400
        for trig in [false, true] {
            let errors = (0..<repeats).map { _ -> Double in
                let f = RandomFeatures(dimension: 4, count: m, using: &g)
                return (f.attention(queries: q, keys: k, values: v, trigonometric: trig) - exact).storage.reduce(0) { $0 + $1 * $1 }
            }
            let mean = errors.reduce(0, +) / Double(repeats)
            let sd = (errors.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(repeats - 1)).squareRoot()
            let predicted = RandomFeatures.asymptoticSquaredError(queries: q, keys: k, values: v, featureCount: m, trigonometric: trig)
            #expect(abs(mean - predicted) <= 5 * sd / Double(repeats).squareRoot(), "trig \(trig): \(mean) vs \(predicted)")
            // Exactly 1/m.
            let doubled = RandomFeatures.asymptoticSquaredError(queries: q, keys: k, values: v, featureCount: 2 * m, trigonometric: trig)
            #expect(isRelativelyClose(doubled, predicted / 2, 1e-12))
        }
    }
}
