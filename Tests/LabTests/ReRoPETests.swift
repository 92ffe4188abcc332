import Foundation
import Testing
@testable import Lab

@Suite("ReRoPE two-pass computation: full passes, the selection, decoding and the leaky family")
struct ReRoPETwoPassTests {
    @Test("Selecting between two full passes equals rotating each query by f(i − j)")
    func selectedEqualsDirect() {
        var g = SeededGenerator(seed: 31)
        let rope = RoPE(dimension: 16)
        let q = Matrix.random(rows: 40, columns: 16, using: &g), k = Matrix.random(rows: 40, columns: 16, using: &g)
        let maps: [any TwoPassPositionMap] = [ReRoPE(window: 8), LeakyReRoPE(window: 8, factor: 3),
                                              LeakyReRoPE(window: 8, factor: 0.25)]
        for map in maps {
            let selected = map.selectedLogits(queries: q, keys: k, rope: rope)
            let direct = map.directLogits(queries: q, keys: k, rope: rope)
            for i in 0..<40 {
                for j in 0...i { #expect(abs(selected[i, j] - direct[i, j]) <= 1e-12) }
                for j in (i + 1)..<40 { #expect(selected[i, j] == -.infinity) }
            }
        }
    }

    @Test("Pass 2 positions: ReRoPE rotates queries to w and leaves keys; Leaky uses (i − w)/k + w and j/k")
    func outsidePositions() {
        let rerope = ReRoPE(window: 10), leaky = LeakyReRoPE(window: 10, factor: 4)
        #expect(rerope.outsideQueryPosition(37) == 10 && rerope.outsideKeyPosition(5) == 0)
        #expect(leaky.outsideQueryPosition(30) == 15 && leaky.outsideKeyPosition(8) == 2)
        // a(i) − c(j) is the outside piece w + (p − w)/k.
        #expect(leaky.outsideQueryPosition(30) - leaky.outsideKeyPosition(8) == leaky.relativePosition(22))
    }

    @Test("Decoding matches the last two-pass row, also for k < 1 where Su's max form does not")
    func decodeIncludingInverseLeaky() {
        var g = SeededGenerator(seed: 32)
        let rope = RoPE(dimension: 16)
        let q = Matrix.random(rows: 50, columns: 16, using: &g), k = Matrix.random(rows: 50, columns: 16, using: &g)
        let inverse = LeakyReRoPE(window: 6, factor: 1.0 / 8)
        let full = inverse.logits(queries: q, keys: k, rope: rope)
        let row = inverse.decodeLogits(query: q.row(49).elements, keys: k, queryPosition: 49, rope: rope)
        for j in 0...49 { #expect(abs(row[j] - full[49, j]) <= 1e-12) }
        // Su's max(j − i, (j − i + w)/k − w) picks the inside piece here, which is wrong for k < 1.
        let maxForm = max(0.0 - 49, (0.0 - 49 + 6) / inverse.factor - 6)
        #expect(maxForm != -inverse.relativePosition(49))
        let early = inverse.decodeLogits(query: q.row(10).elements, keys: k, queryPosition: 10, rope: rope)
        #expect(early[11...].allSatisfy { $0 == -.infinity })
    }

    @Test("The leaky family: k = 1 is RoPE, w = 0 is PI; the factor needed for a bound is exact")
    func family() {
        var g = SeededGenerator(seed: 33)
        let rope = RoPE(dimension: 16)
        let q = g.normals(16), k = g.normals(16)
        for p in [0.0, 3, 17, 90] {
            let roPE = rope.relativeScore(query: q, key: k, distance: p)
            let asRoPE = rope.relativeScore(query: q, key: k, distance: LeakyReRoPE(window: 5, factor: 1).relativePosition(p))
            #expect(abs(roPE - asRoPE) <= 1e-12)
            let pi = PositionInterpolation(dimension: 16, factor: 4).relativeScore(query: q, key: k, distance: p)
            let asPI = rope.relativeScore(query: q, key: k, distance: LeakyReRoPE(window: 0, factor: 4).relativePosition(p))
            #expect(abs(pi - asPI) <= 1e-12)
        }
        let needed = LeakyReRoPE.factorNeeded(window: 128, length: 4096, bound: 256)
        #expect(needed == 3967.0 / 128)
        #expect(LeakyReRoPE(window: 128, factor: needed).maximumPosition(length: 4096) == 256)
    }
}
