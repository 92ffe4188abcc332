import Foundation
import Testing
@testable import Lab

@Suite("Attention basics")
struct AttentionBasics {
    @Test("Softmax attention rows are convex combinations; causal masking hides the future")
    func softmaxRows() {
        var g = SeededGenerator(seed: 30)
        let q = Matrix.random(rows: 6, columns: 4, using: &g), k = Matrix.random(rows: 6, columns: 4, using: &g)
        let w = Attention.weights(queries: q, keys: k, scale: 0.5, causal: true)
        for i in 0..<6 {
            #expect(isClose(w.row(i).sum, 1, 1e-15))
            for j in 0..<6 where j > i { #expect(w[i, j] == 0) }
        }
        #expect(w[0, 0] == 1)
        // A single key: the output is its value.
        let out = Attention.softmax(queries: q, keys: Matrix([[1, 2, 3, 4]]), values: Matrix([[7, -1]]))
        #expect(out.rowArrays.allSatisfy { $0 == [7, -1] })
    }

    @Test("Linear attention with the exact feature map e^{q·k} = ⟨φ(q), φ(k)⟩ reproduces softmax attention")
    func linearWithExactFeatures() {
        // For 1-D q, k with values in {0, 1}: e^{qk} = 1 + (e − 1) q k, features (1, √(e−1) x).
        let q = Matrix([[0], [1], [1], [0]]), k = Matrix([[1], [0], [1], [1]])
        let v = Matrix([[1, 0], [0, 1], [2, 2], [-1, 3]])
        let features = { (x: [Double]) in [1, (M_E - 1).squareRoot() * x[0]] }
        for causal in [false, true] {
            let exact = Attention.softmax(queries: q, keys: k, values: v, causal: causal)
            let linear = Attention.linear(queries: q, keys: k, values: v, causal: causal, features: features)
            #expect(exact.maxAbsDifference(linear) <= 1e-14)
        }
    }
}

@Suite("T13 Transformer-VQ")
struct TransformerVQClaims {
    private func setup(seed: UInt64) -> (VQAttention, Matrix, Matrix, Matrix) {
        var g = SeededGenerator(seed: seed)
        let codebook = Matrix.random(rows: 16, columns: 8, using: &g)
        return (VQAttention(codebook: codebook),
                Matrix.random(rows: 64, columns: 8, standardDeviation: 0.5, using: &g),
                Matrix.random(rows: 64, columns: 8, using: &g),
                Matrix.random(rows: 64, columns: 4, using: &g))
    }

    @Test("T13.1 encoder identity: quadratic attention over K̂ equals exp(QCᵀ)(ΔᵀV) to 1e-12")
    func encoderIdentity() {
        let (vq, q, k, v) = setup(seed: 31)
        let quadratic = vq.quadratic(queries: q, keys: k, values: v)
        let linear = vq.linear(queries: q, keys: k, values: v)
        #expect(quadratic.maxAbsDifference(linear) <= 1e-12)
        // Large logits: the row-max shift keeps both forms finite and equal.
        let big = 40 * q
        #expect(vq.quadratic(queries: big, keys: k, values: v).maxAbsDifference(vq.linear(queries: big, keys: k, values: v)) <= 1e-12)
    }

    @Test("T13.2 decoder recurrence Uᵢ = Uᵢ₋₁ + ΔᵢᵀVᵢ equals masked quadratic attention to 1e-12")
    func decoderRecurrence() {
        let (vq, q, k, v) = setup(seed: 32)
        let masked = vq.quadratic(queries: q, keys: k, values: v, causal: true)
        #expect(masked.maxAbsDifference(vq.causalLinear(queries: q, keys: k, values: v)) <= 1e-12)
    }

    @Test("T13.3 block form with a windowed Toeplitz bias equals quadratic attention with that bias")
    func blockForm() {
        let (vq, q, k, v) = setup(seed: 33)
        let bias = { (p: Int) in -0.1 * Double(p) + sin(Double(p)) }
        for blockLength in [4, 8, 13] {
            let b = VQAttention.windowBias(length: 64, blockLength: blockLength, bias: bias)
            let reference = vq.quadratic(queries: q, keys: k, values: v, causal: true, bias: b)
            let blocked = vq.blockwise(queries: q, keys: k, values: v, blockLength: blockLength, bias: bias)
            #expect(reference.maxAbsDifference(blocked) <= 1e-12)
        }
    }

    @Test("T13.4 multiply-count ratio 2n/3c: 2.67, 10.67, 42.67 at n = 2048, 8192, 32768 (c = 512)")
    func multiplyCounts() {
        for (n, ratio) in [(2048.0, 2.67), (8192, 10.67), (32_768, 42.67)] {
            let r = VQAttention.multiplyCountRatio(length: n, codebookSize: 512, keyDimension: 64, valueDimension: 64)
            #expect(isClose(r, ratio, 0.005))
            #expect(isClose(r, 2 * n / (3 * 512), 1e-12))
        }
    }
}

@Suite("T14 Performer random features")
struct PerformerClaims {
    @Test("T14.1 positive features are unbiased for e^{q·k}: e^{0.25} = 1.284025, variance 2.832968")
    func unbiased() {
        var g = SeededGenerator(seed: 40)
        var q = Array(repeating: 0.0, count: 16)
        q[0] = 0.5
        #expect(isClose(exp(0.25), 1.284025, 1e-6))
        #expect(isClose(RandomFeatures.positiveVariance(query: q, key: q), 2.832968, 1e-6))
        let features = RandomFeatures(dimension: 16, count: 100_000, using: &g)
        let samples = features.positiveSamples(query: q, key: q)
        let mean = samples.reduce(0, +) / Double(samples.count)
        #expect(isClose(mean, exp(0.25), 0.03))
        let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples.count)
        #expect(isClose(variance, 2.832968, 0.5))
        // The feature dot product is the sample mean.
        let dotProduct = zip(features.positive(q), features.positive(q)).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(isRelativelyClose(dotProduct, mean, 1e-12))
    }

    @Test("T14.2 positive features are exact at q = −k; trigonometric ones at q = k")
    func exactRegimes() {
        var g = SeededGenerator(seed: 41)
        let features = RandomFeatures(dimension: 16, count: 1000, using: &g)
        var q = Array(repeating: 0.0, count: 16)
        q[3] = 1
        let minusQ = q.map { -$0 }
        #expect(features.positiveSamples(query: q, key: minusQ).allSatisfy { abs($0 - exp(-1)) <= 1e-14 })
        #expect(isClose(exp(-1), 0.3678794, 1e-7))
        #expect(isClose(RandomFeatures.trigonometricVariance(query: q, key: minusQ), 3.560432, 1e-6))
        var half = Array(repeating: 0.0, count: 16)
        half[0] = 0.5
        #expect(RandomFeatures.trigonometricVariance(query: half, key: half) == 0)
        #expect(features.trigonometricSamples(query: half, key: half).allSatisfy { abs($0 - exp(0.25)) <= 1e-14 })
        #expect(isClose(RandomFeatures.positiveVariance(query: half, key: half), 2.833, 1e-3))
    }

    /// The topics note states a fitted slope in [−0.6, −0.4] for n = 128 and m = 256…4096. An
    /// independent numpy replication of that design gives −0.39 on average over 8 seeds, and −0.33…−0.41
    /// for this design (n = 64, m = 64…4096, median over seeds): the m^{−1/2} law holds only
    /// asymptotically, and the error is heavy-tailed across draws (lognormal features), hence
    /// the median and the band [−0.6, −0.3].
    @Test("T14.3 Performer error falls like m^{−1/2}: median relative error, log-log slope in [−0.6, −0.3]")
    func errorScaling() {
        let counts = [64, 256, 1024, 4096]
        var perSeed: [[Double]] = []
        for seed in UInt64(50)..<60 {
            var g = SeededGenerator(seed: seed)
            let q = Matrix.random(rows: 64, columns: 16, standardDeviation: 0.3, using: &g)
            let k = Matrix.random(rows: 64, columns: 16, standardDeviation: 0.3, using: &g)
            let v = Matrix.random(rows: 64, columns: 16, using: &g)
            let exact = Attention.softmax(queries: q, keys: k, values: v)
            perSeed.append(counts.map { m in
                let features = RandomFeatures(dimension: 16, count: m, using: &g)
                return Attention.relativeError(features.attention(queries: q, keys: k, values: v), exact)
            })
        }
        let medians = counts.indices.map { c in
            let sorted = perSeed.map { $0[c] }.sorted()
            return (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        let xs = counts.map { log(Double($0)) }, ys = medians.map(log)
        let mx = xs.reduce(0, +) / 4, my = ys.reduce(0, +) / 4
        let slope = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        #expect(slope >= -0.6 && slope <= -0.3, "medians \(medians), slope \(slope)")
        #expect(zip(medians, medians.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test("T14.4 soft-VQ identity: with equal ‖ωᵢ‖, (e^{ωᵢ·q}, e^{−‖k−ωᵢ‖²/2}) gives the same attention output")
    func softVQIdentity() {
        var g = SeededGenerator(seed: 42)
        let features = RandomFeatures(dimension: 8, count: 64, using: &g).withEqualNorms()
        let q = Matrix.random(rows: 20, columns: 8, standardDeviation: 0.4, using: &g)
        let k = Matrix.random(rows: 20, columns: 8, standardDeviation: 0.4, using: &g)
        let v = Matrix.random(rows: 20, columns: 3, using: &g)
        let performer = features.attention(queries: q, keys: k, values: v)
        let softVQ = Attention.linear(queries: q, keys: k, values: v,
                                      queryFeatures: features.exponential, keyFeatures: features.gaussian)
        #expect(performer.maxAbsDifference(softVQ) <= 1e-13)
        // A further per-key softmax over the centres changes the output: only an analogy.
        let perKeySoftmax = Attention.linear(queries: q, keys: k, values: v, queryFeatures: features.exponential,
                                             keyFeatures: { Numerics.softmax(features.gaussian($0).map(log)) })
        #expect(performer.maxAbsDifference(perKeySoftmax) > 1e-3)
    }

    @Test("Orthogonal features are orthogonal within a block")
    func orthogonalFeatures() {
        var g = SeededGenerator(seed: 43)
        let features = RandomFeatures(dimension: 8, count: 16, orthogonal: true, using: &g)
        let rows = features.projections.rowVectors
        for a in 0..<8 { for b in 0..<8 where a != b { #expect(abs(rows[a].dot(rows[b])) <= 1e-12) } }
        for a in 8..<16 { for b in 8..<16 where a != b { #expect(abs(rows[a].dot(rows[b])) <= 1e-12) } }
    }
}
