import Foundation
import Testing
@testable import Lab

/// Reference outputs below were computed with an independent Python implementation of the
/// published SplitMix64 and xoshiro256** algorithms (Vigna's reference C code).
@Suite("Seeded random numbers")
struct RandomTests {
    @Test("SplitMix64 from seed 0 gives the reference sequence")
    func splitMixReference() {
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(g.next() == 0x06C4_5D18_8009_454F)
        #expect(g.next() == 0xF88B_B8A8_724C_81EC)
    }

    @Test("xoshiro256** seeded by SplitMix64(0) gives the reference sequence")
    func xoshiroReference() {
        var g = Xoshiro256StarStar(seed: 0)
        #expect(g.next() == 0x99EC_5F36_CB75_F2B4)
        #expect(g.next() == 0xBF6E_1F78_4956_452A)
        #expect(g.next() == 0x1A5F_849D_4933_E6E0)
        #expect(g.next() == 0x6AA5_94F1_262D_2D2C)
    }

    @Test("Same seed, same numbers; the first uniform from seed 0 is pinned")
    func sameSeedSameNumbers() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        let first = (0..<100).map { _ in a.normal() }
        let second = (0..<100).map { _ in b.normal() }
        #expect(first == second)
        var c = SeededGenerator(seed: 0)
        #expect(c.uniform() == 0.6012629994179048)
        var d = SeededGenerator(seed: 43)
        #expect(d.normal() != first[0])
    }

    @Test("Uniform draws lie in [0, 1) with mean 1/2 and variance 1/12")
    func uniformMoments() {
        var g = SeededGenerator(seed: 7)
        let n = 200_000
        let xs = (0..<n).map { _ in g.uniform() }
        #expect(xs.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        // σ of the mean is √(1/12/n) ≈ 6.5e-4; 5σ bounds hold for any seed with overwhelming probability.
        #expect(isClose(mean, 0.5, 0.0033))
        #expect(isClose(variance, 1.0 / 12, 0.002))
    }

    @Test("Box–Muller normals have mean 0, variance 1 and kurtosis 3")
    func normalMoments() {
        var g = SeededGenerator(seed: 11)
        let n = 200_000
        let xs = g.normals(n)
        let mean = xs.reduce(0, +) / Double(n)
        let m2 = xs.reduce(0) { $0 + $1 * $1 } / Double(n)
        let m4 = xs.reduce(0) { $0 + $1 * $1 * $1 * $1 } / Double(n)
        #expect(isClose(mean, 0, 0.012))
        #expect(isClose(m2, 1, 0.02))
        #expect(isClose(m4, 3, 0.1))
        let within1 = Double(xs.filter { abs($0) < 1 }.count) / Double(n)
        #expect(isClose(within1, 0.682689, 0.005))
    }

    @Test("Categorical sampling follows the weights; bounded integers stay in range")
    func categoricalAndIntegers() {
        var g = SeededGenerator(seed: 3)
        var counts = [0, 0, 0, 0]
        for _ in 0..<100_000 {
            if let i = g.categorical([1, 2, 0, 7]) { counts[i] += 1 }
        }
        #expect(counts[2] == 0)
        #expect(isClose(Double(counts[0]) / 1e5, 0.1, 0.005))
        #expect(isClose(Double(counts[3]) / 1e5, 0.7, 0.007))
        #expect(g.categorical([0, -1, .nan]) == nil)
        let ints = (0..<10_000).map { _ in g.integer(below: 7) }
        #expect(ints.allSatisfy { (0..<7).contains($0) })
        #expect(Set(ints).count == 7)
        let shuffled = g.shuffled(Array(0..<50))
        #expect(shuffled.sorted() == Array(0..<50))
        #expect(shuffled != Array(0..<50))
    }
}
