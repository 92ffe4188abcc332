import Foundation
import Testing
@testable import Lab

@Suite("T18 Unigram tokenization and Viterbi sampling")
struct TokenizationClaims {
    let xyz = UnigramTokenizer(vocabulary: ["x": -1, "z": -1, "xy": -2, "yz": -2, "xyz": -3])
    let abc = UnigramTokenizer(vocabulary: ["a": -2, "b": -2.5, "c": -2.2, "ab": -3, "bc": -3.5, "abc": -5])

    private func frequencies(_ draws: Int, seed: UInt64, _ sample: (inout SeededGenerator) -> Segmentation?) -> [String: Double] {
        var g = SeededGenerator(seed: seed)
        var counts: [String: Double] = [:]
        for _ in 0..<draws { if let s = sample(&g) { counts[s.description, default: 0] += 1 } }
        return counts.mapValues { $0 / Double(draws) }
    }

    @Test("Enumeration lists every segmentation with its score")
    func enumeration() {
        #expect(xyz.segmentations("xyz").map(\.description) == ["[x,yz]", "[xy,z]", "[xyz]"])
        #expect(xyz.segmentations("xyz").allSatisfy { $0.score == -3 })
        #expect(abc.segmentations("abc").map(\.description) == ["[a,b,c]", "[a,bc]", "[ab,c]", "[abc]"])
        #expect(abc.segmentations("abc").map(\.score) == [-6.7, -5.5, -5.2, -5])
        #expect(xyz.viterbi("y") == nil)
    }

    @Test("T18.1 the watching bug: old rule gives 1/4, 1/4, 1/2 on xyz; the new rule 1/3 each")
    func watchingBug() {
        let old = xyz.biasedDistribution("xyz", alpha: 1)
        #expect(old.map(\.segmentation.description) == ["[x,yz]", "[xy,z]", "[xyz]"])
        #expect(old.map(\.probability) == [0.25, 0.5, 0.25])  // [xyz] 1/4, [x,yz] 1/4, last arrival [xy,z] 1/2
        let exact = xyz.exactDistribution("xyz", alpha: 1)
        #expect(exact.allSatisfy { isClose($0.probability, 1.0 / 3, 1e-15) })
        let newFrequencies = frequencies(200_000, seed: 80) { xyz.sample("xyz", alpha: 1, using: &$0) }
        for name in ["[x,yz]", "[xy,z]", "[xyz]"] { #expect(isClose(newFrequencies[name] ?? 0, 1.0 / 3, 0.006)) }
        let oldFrequencies = frequencies(200_000, seed: 81) { xyz.sampleBiased("xyz", alpha: 1, using: &$0) }
        #expect(isClose(oldFrequencies["[xyz]"] ?? 0, 0.25, 0.006))
        #expect(isClose(oldFrequencies["[x,yz]"] ?? 0, 0.25, 0.006))
        #expect(isClose(oldFrequencies["[xy,z]"] ?? 0, 0.5, 0.006))
    }

    @Test("T18.2 the old rule ranks the optimum [abc] below [ab,c]; the new sampler matches e^{0.5 s}")
    func oldRuleMisranks() {
        let target = abc.exactDistribution("abc", alpha: 0.5).map(\.probability)
        for (p, expected) in zip(target, [0.1374, 0.2503, 0.2908, 0.3214]) { #expect(isClose(p, expected, 5e-5)) }
        let old = abc.biasedDistribution("abc", alpha: 0.5).map(\.probability)
        for (p, expected) in zip(old, [0.1038, 0.2282, 0.3412, 0.3268]) { #expect(isClose(p, expected, 5e-5)) }
        #expect(isClose(old.reduce(0, +), 1, 1e-15))
        #expect(old[2] > old[3])  // [ab,c] beats the Viterbi-best [abc]
        let names = ["[a,b,c]", "[a,bc]", "[ab,c]", "[abc]"]
        let sampled = frequencies(200_000, seed: 82) { abc.sample("abc", alpha: 0.5, using: &$0) }
        for (name, p) in zip(names, target) { #expect(isClose(sampled[name] ?? 0, p, 0.005)) }
        let sampledOld = frequencies(200_000, seed: 83) { abc.sampleBiased("abc", alpha: 0.5, using: &$0) }
        for (name, p) in zip(names, old) { #expect(isClose(sampledOld[name] ?? 0, p, 0.005)) }
    }

    @Test("T18.3 Viterbi decoding returns [abc] (−5.0); at α = 50 sampling returns it in > 99.9% of draws")
    func viterbiLimit() {
        let best = abc.viterbi("abc")
        #expect(best?.tokens == ["abc"])
        #expect(best?.score == -5)
        let sampled = frequencies(20_000, seed: 84) { abc.sample("abc", alpha: 50, using: &$0) }
        #expect((sampled["[abc]"] ?? 0) > 0.999)
    }

    @Test("T18.4 candidate bound l·m − m(m−1)/2: 5,985 for l = 1000, m = 6")
    func candidateBound() {
        #expect(UnigramTokenizer.candidateBound(length: 1000, maxTokenLength: 6) == 5985)
        // Check the bound against a count: every substring of length ≤ m is a candidate.
        let letters = "abcdefghij"
        var vocabulary: [String: Double] = [:]
        let chars = Array(letters)
        for start in 0..<chars.count { for end in (start + 1)...min(chars.count, start + 3) { vocabulary[String(chars[start..<end])] = -1 } }
        let tokenizer = UnigramTokenizer(vocabulary: vocabulary)
        let scanned = (1...chars.count).reduce(0) { $0 + tokenizer.candidates(chars, end: $1).count }
        #expect(scanned == UnigramTokenizer.candidateBound(length: 10, maxTokenLength: 3))
    }
}
