import Foundation
import Testing
@testable import Lab

@Suite("Transformer-VQ: kernel features, shifts and edge cases")
struct TransformerVQTests {
    private func scene(seed: UInt64, codes: Int = 32) -> (VQAttention, Matrix, Matrix, Matrix) {
        var g = SeededGenerator(seed: seed)
        let codebook = Matrix.random(rows: codes, columns: 16, using: &g)
        return (VQAttention(codebook: codebook),
                Matrix.random(rows: 96, columns: 16, standardDeviation: 0.5, using: &g),
                Matrix.random(rows: 96, columns: 16, using: &g),
                Matrix.random(rows: 96, columns: 5, using: &g))
    }

    @Test("keyFeatures is the one-hot row of the nearest codeword")
    func keyFeaturesAreOneHot() {
        let (vq, _, k, _) = scene(seed: 70)
        let nearest = vq.assignments(keys: k)
        for (j, key) in k.rowArrays.enumerated() {
            let features = vq.keyFeatures(key)
            #expect(features.reduce(0, +) == 1)
            #expect(features[nearest[j]] == 1)
        }
        #expect(VQAttention(codebook: Matrix(rows: 0, columns: 3)).keyFeatures([1, 2, 3]).isEmpty)
    }

    @Test("Generic linear attention with exp(qCᵀ) and one-hot features equals the grouped form, both causal and not")
    func kernelReading() {
        let (vq, q, k, v) = scene(seed: 71)
        for causal in [false, true] {
            let kernel = Attention.linear(queries: q, keys: k, values: v, causal: causal,
                                          queryFeatures: vq.queryFeatures, keyFeatures: vq.keyFeatures)
            let grouped = causal ? vq.causalLinear(queries: q, keys: k, values: v) : vq.linear(queries: q, keys: k, values: v)
            #expect(kernel.maxAbsDifference(grouped) <= 1e-12)
        }
    }

    /// With logits in the hundreds, shifting by the largest score over all codewords (used or not)
    /// underflows every used code in the first causal rows and gives 0/0; the shift must range over
    /// used codes only.
    @Test("Encoder and decoder forms stay finite and exact with logits in the hundreds")
    func hugeLogits() {
        let (vq, q, k, v) = scene(seed: 72, codes: 64)
        let big = 300 * q
        let khat = vq.quantizedKeys(k)
        let causal = vq.causalLinear(queries: big, keys: k, values: v)
        let encoder = vq.linear(queries: big, keys: k, values: v)
        #expect(causal.storage.allSatisfy { $0.isFinite })
        #expect(encoder.storage.allSatisfy { $0.isFinite })
        #expect(causal.maxAbsDifference(Attention.softmax(queries: big, keys: khat, values: v, causal: true)) <= 1e-12)
        #expect(encoder.maxAbsDifference(Attention.softmax(queries: big, keys: khat, values: v)) <= 1e-12)
        let blocked = vq.blockwise(queries: big, keys: k, values: v, blockLength: 7, bias: { -0.1 * Double($0) })
        let bias = VQAttention.windowBias(length: 96, blockLength: 7, bias: { -0.1 * Double($0) })
        #expect(blocked.maxAbsDifference(Attention.softmax(queries: big, keys: khat, values: v, causal: true, bias: bias)) <= 1e-12)
    }

    @Test("One codeword gives the mean of the values; the keys as codebook give exact attention")
    func edges() {
        let (_, q, k, v) = scene(seed: 73)
        let mean = (0..<v.columns).map { c in (0..<v.rows).reduce(0) { $0 + v[$1, c] } / Double(v.rows) }
        let single = VQAttention(codebook: Matrix([[0.3, -1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]]))
        for row in single.linear(queries: q, keys: k, values: v).rowArrays {
            #expect(zip(row, mean).allSatisfy { abs($0 - $1) <= 1e-12 })
        }
        let identity = VQAttention(codebook: k)
        #expect(identity.linear(queries: q, keys: k, values: v).maxAbsDifference(Attention.softmax(queries: q, keys: k, values: v)) <= 1e-12)
        // Causal prefix means: row i averages v_0 … v_i.
        let prefix = single.causalLinear(queries: q, keys: k, values: v)
        for i in [0, 1, 50, 95] {
            let expected = (0..<v.columns).map { c in (0...i).reduce(0) { $0 + v[$1, c] } / Double(i + 1) }
            #expect(zip(prefix.row(i).elements, expected).allSatisfy { abs($0 - $1) <= 1e-12 })
        }
    }
}
