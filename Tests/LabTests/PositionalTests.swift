import Foundation
import Testing
@testable import Lab

@Suite("T4 RoPE as a β-base encoding")
struct RoPEClaims {
    @Test("T4.1 β = 10000^{2/d}: 1.1547820 for d = 128, 1.3335214 for d = 64")
    func betaBase() {
        #expect(isClose(RoPE(dimension: 128).beta, 1.1547820, 1e-7))
        #expect(isClose(RoPE(dimension: 64).beta, 1.3335214, 1e-7))
        let rope = RoPE(dimension: 128)
        for i in [0, 1, 17, 63] {  // θᵢ = β^{−i}
            #expect(isRelativelyClose(rope.theta(i), pow(rope.beta, -Double(i)), 1e-13))
        }
    }

    @Test("T4.2 relative-position identity: (ℛ₁₀₀q)·(ℛ₃₇k) = (ℛ₁₀₆₃q)·(ℛ₁₀₀₀k) to 1e-12")
    func relativeIdentity() {
        var g = SeededGenerator(seed: 2)
        for layout in RotaryLayout.allCases {
            let rope = RoPE(dimension: 128, layout: layout)
            let q = g.normals(128), k = g.normals(128)
            let near = rope.score(query: q, key: k, queryPosition: 100, keyPosition: 37)
            let far = rope.score(query: q, key: k, queryPosition: 1063, keyPosition: 1000)
            #expect(abs(near - far) <= 1e-12)
            #expect(abs(near - rope.relativeScore(query: q, key: k, distance: 63)) <= 1e-12)
            // The complex form: Re Σ q_[2i:2i+1] k*_[2i:2i+1] e^{i(m−n)θᵢ}.
            var complexSum = 0.0
            for i in 0..<64 {
                let (a, b) = rope.pairIndices(i)
                let angle = 63 * rope.theta(i)
                // Re[(q_a + i q_b)(k_a − i k_b)e^{iφ}]
                let re = q[a] * k[a] + q[b] * k[b], im = q[b] * k[a] - q[a] * k[b]
                complexSum += re * cos(angle) - im * sin(angle)
            }
            #expect(abs(near - complexSum) <= 1e-12)
        }
    }

    @Test("Rotation preserves norms and the two layouts differ only by a permutation")
    func layouts() {
        var g = SeededGenerator(seed: 8)
        let x = g.normals(8)
        let adjacent = RoPE(dimension: 8), half = RoPE(dimension: 8, layout: .halfSplit)
        let rotated = adjacent.rotate(x, position: 7.5)
        #expect(isClose(Vector(rotated).norm, Vector(x).norm, 1e-13))
        // Half-split pairs (i, i + 4); interleave them to reuse the adjacent layout.
        let interleave = { (v: [Double]) in (0..<4).flatMap { [v[$0], v[$0 + 4]] } }
        #expect(interleave(half.rotate(x, position: 7.5)) == adjacent.rotate(interleave(x), position: 7.5))
        #expect(adjacent.rotate(x, position: 0) == x)
    }

    @Test("T4.3 wavelengths 2π … 54,410.14; pairs with a full turn: 41/64 at 2048, 46/64 at 4096")
    func wavelengths() {
        let rope = RoPE(dimension: 128)
        #expect(isClose(rope.wavelength(0), 2 * Double.pi, 1e-12))
        #expect(isClose(rope.wavelength(63), 54_410.14, 0.01))
        #expect(rope.pairsWithFullTurn(length: 2048) == 41)
        #expect(rope.pairsWithFullTurn(length: 4096) == 46)
    }

    @Test("Decoding a position: exact without noise, the bound π/(1+β) is sharp under alternating errors")
    func positionDecoding() {
        let rope = RoPE(dimension: 128)
        let bound = rope.decodingNoiseBound()
        #expect(isClose(bound, Double.pi / (1 + rope.beta), 1e-14))
        for n in [0, 1, 37, 1749, 8191] {
            #expect(rope.decodePosition(phases: rope.phases(position: Double(n))).rounded() == Double(n))
        }
        func alternating(_ size: Double) -> [Double] { (0..<64).map { $0 % 2 == 0 ? size : -size } }
        for n in [0.0, 500, 5000] {
            let inside = rope.decodePosition(phases: rope.phases(position: n, noise: alternating(0.999 * bound)))
            #expect(abs(inside - n) <= 0.999 * bound + 1e-9)
            let outside = rope.decodePosition(phases: rope.phases(position: n, noise: alternating(1.001 * bound)))
            #expect(abs(outside - n) > 1)
        }
        // Using only the fast pairs, positions past half the slowest used wavelength alias.
        let aliased = rope.decodePosition(phases: rope.phases(position: 1000), slowest: 31)
        #expect(abs(aliased - 1000) > 1)
    }

    @Test("T4.4 digit analogy: base 13 covers 2000 numbers with 3 digits; 1749 in base 16 is [6, 13, 5]")
    func digits() {
        #expect(BaseDigits.smallestBase(covering: 2000, digitCount: 3) == 13)
        #expect(BaseDigits.smallestBase(covering: 1000, digitCount: 3) == 10)
        #expect(BaseDigits.digits(1749, base: 16) == [6, 13, 5])
        #expect(BaseDigits.digits(999, base: 10) == [9, 9, 9])
        // 93,784 s = 1 day 2 h 3 min 4 s.
        #expect(BaseDigits.mixedRadixDigits(93_784, radices: [60, 60, 24, 7]) == [4, 3, 2, 1])
    }

    @Test("Long-range decay helpers: Σcos(pθᵢ) = d/2 at 0, the RoFormer bound starts at (d/2+1)/2 and decays")
    func decay() {
        let rope = RoPE(dimension: 64)
        #expect(rope.cosineSum(distance: 0) == 32)
        // At p = 0, |S_j| = j, so the bound is (1/32) Σ_{j=1}^{32} j = 16.5.
        #expect(isClose(rope.decayBound(distance: 0), 16.5, 1e-12))
        #expect(rope.decayBound(distance: 1000) < rope.decayBound(distance: 10))
        var g = SeededGenerator(seed: 1)
        let q = g.normals(64)
        #expect(isClose(rope.relativeScore(query: q, key: q, distance: 0), Vector(q).dot(Vector(q)), 1e-12))
    }
}

@Suite("Cross-checks from T8 and T10")
struct SandwichCrossChecks {
    @Test("Σcos(Δθᵢ) for d = 64 gives the Sandwich values 32, 30.917, 21.052, 17.875, 8.926, −1.270 (T8.2)")
    func sandwich() {
        let rope = RoPE(dimension: 64)
        let expected: [(Double, Double)] = [(0, 32), (1, 30.917), (10, 21.052), (100, 17.875), (1000, 8.926), (2048, -1.270)]
        for (distance, value) in expected { #expect(isClose(rope.cosineSum(distance: distance), value, 1e-3)) }
    }

    @Test("A bias a = b = [1, 0, 1, 0, …] gives aᵀℛ_{n−m}b = 32, 14.461831, 4.137914 at (m, n) = (5, 5), (100, 37), (900, 12) (T10.2)")
    func ropeBias() {
        let rope = RoPE(dimension: 64)
        let a = (0..<64).map { $0 % 2 == 0 ? 1.0 : 0.0 }
        for (m, n, value) in [(5.0, 5.0, 32.0), (100, 37, 14.461831), (900, 12, 4.137914)] {
            let score = rope.score(query: a, key: a, queryPosition: m, keyPosition: n)
            #expect(isClose(score, value, 1e-6))
            #expect(isClose(score, rope.cosineSum(distance: m - n), 1e-12))
        }
        let curve = rope.scoreCurve(query: a, key: a, distances: [0, 63])
        #expect(curve.map(\.0) == [0, 63] && isClose(curve[1].1, 14.461831, 1e-6))
    }
}

@Suite("T5 PI, NTK-aware, NTK-fixed/mixed, dynamic NTK")
struct ContextExtensionClaims {
    @Test("T5.1 NTK-aware base b·k^{d/(d−2)}: 20,221.26 / 40,889.94 / 82,684.62 / 167,198.74; β-base gives b·k")
    func ntkBase() {
        let expected: [(Double, Double)] = [(2, 20_221.26), (4, 40_889.94), (8, 82_684.62), (16, 167_198.74)]
        for (k, base) in expected {
            #expect(isClose(NTKAware(dimension: 128, factor: k).scaledBase, base, 0.01))
            #expect(RoPE(dimension: 128).betaBaseExtended(factor: k).base == 10_000 * k)
        }
    }

    @Test("T5.2 only the lowest frequency is fully interpolated; NTK-fixed and NTK-mixed scales")
    func perPairScales() {
        let rope = RoPE(dimension: 128)
        let ntk = NTKAware(dimension: 128, factor: 8)
        #expect(isClose(ntk.scale(63, relativeTo: rope), 1.0 / 8, 1e-12))
        #expect(ntk.scale(0, relativeTo: rope) == 1)
        #expect(isClose(ntk.scale(1, relativeTo: rope), 0.967532, 1e-6))
        let fixed = NTKFixed(dimension: 128, factor: 8)
        #expect(isClose(fixed.scale(0, relativeTo: rope), 0.968031, 1e-6))
        #expect(isClose(fixed.scale(63, relativeTo: rope), 0.125, 1e-12))
        let mixed = NTKMixed(dimension: 128, factor: 8)
        #expect(isClose(mixed.coefficient, 0.1545554, 1e-7))
        #expect(isClose(mixed.scale(0, relativeTo: rope), 0.856796, 1e-6))
        #expect(isClose(mixed.scale(63, relativeTo: rope), 0.125, 1e-12))
        let pi = PositionInterpolation(dimension: 128, factor: 8)
        #expect((0..<64).allSatisfy { isClose(pi.scale($0, relativeTo: rope), 0.125, 1e-15) })
    }

    @Test("T5.3 dynamic NTK has no extrapolation tax within L_train: 10000, 30,527.74, 72,195.86, 305,921.97")
    func dynamicNTK() {
        let dynamic = DynamicNTK(dimension: 128, factor: 2, trainingLength: 2048)
        for length in [1.0, 512, 2047, 2048] {
            #expect(dynamic.base(forLength: length) == 10_000)
        }
        #expect(isClose(dynamic.base(forLength: 4096), 30_527.74, 0.01))
        #expect(isClose(dynamic.base(forLength: 8192), 72_195.86, 0.01))
        #expect(isClose(DynamicNTK(dimension: 128, factor: 4, trainingLength: 2048).base(forLength: 16_384), 305_921.97, 0.01))
        #expect(dynamic.encoding(forLength: 4096).base == dynamic.base(forLength: 4096))
    }

    @Test("T5.4 PI 2048 → 32768 gives k = 16 and adjacent gap 0.0625; log n† factor log₅₁₂4096 = 4/3")
    func piResolution() {
        let k = 32_768.0 / 2048
        #expect(k == 16)
        let pi = PositionInterpolation(dimension: 128, factor: k)
        // Adjacent tokens are rotated by θ₀/k: a gap of 1/16 of a position.
        #expect(pi.theta(0) / RoPE(dimension: 128).theta(0) == 0.0625)
        #expect(isClose(logNScale(position: 4096, trainingLength: 512), 4.0 / 3, 1e-15))
        #expect(logNScale(position: 100, trainingLength: 512) == 1)
    }
}

@Suite("T6 YaRN")
struct YaRNClaims {
    @Test("T6.1 which pairs change: 21 kept / 18 interpolated / 25 on the ramp at 4096; HF range (20, 46); 17/23/24 and (16, 41) at 2048")
    func whichPairsChange() {
        let rope = RoPE(dimension: 128)
        for (length, kept, interpolated, ramp, range) in [(4096.0, 21, 18, 25, (20, 46)), (2048, 17, 23, 24, (16, 41))] {
            let turns = (0..<64).map { rope.turns($0, length: length) }
            #expect(turns.filter { $0 > 32 }.count == kept)
            #expect(turns.filter { $0 < 1 }.count == interpolated)
            #expect(turns.filter { $0 >= 1 && $0 <= 32 }.count == ramp)
            let yarn = YaRN(dimension: 128, factor: 8, trainingLength: length, ramp: .dimensionIndex)
            #expect(yarn.correctionRange.low == range.0)
            #expect(yarn.correctionRange.high == range.1)
        }
    }

    @Test("T6.2 scale factors at s = 8: the r-ramp and the index ramp differ (0.342147 vs 0.663462 at i = 30)")
    func scaleFactors() {
        let rope = RoPE(dimension: 128)
        let paper = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .turns)
        #expect((0...20).allSatisfy { paper.scale($0, relativeTo: rope) == 1 })
        #expect(isClose(paper.scale(21, relativeTo: rope), 0.992812, 1e-6))
        #expect(isClose(paper.scale(30, relativeTo: rope), 0.342147, 1e-6))
        #expect(isClose(paper.scale(40, relativeTo: rope), 0.154961, 1e-6))
        #expect((46..<64).allSatisfy { $0 < 46 || paper.scale($0, relativeTo: rope) == 0.125 })
        let hf = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .dimensionIndex)
        #expect(isClose(hf.scale(21, relativeTo: rope), 0.966346, 1e-6))
        #expect(isClose(hf.scale(30, relativeTo: rope), 0.663462, 1e-6))
        #expect(isClose(hf.scale(40, relativeTo: rope), 0.326923, 1e-6))
    }

    @Test("T6.3 temperature √(1/t) = 0.1 ln s + 1 and the logit multiplier is its square")
    func temperature() {
        let expected: [(Double, Double, Double)] = [(2, 1.069315, 1.143434), (8, 1.207944, 1.459129),
                                                    (16, 1.277259, 1.631390), (32, 1.346574, 1.813260)]
        for (s, scale, multiplier) in expected {
            let yarn = YaRN(dimension: 128, factor: s, trainingLength: 4096)
            #expect(isClose(yarn.attentionScale, scale, 1e-6))
            #expect(isClose(yarn.logitMultiplier, multiplier, 1e-6))
            if s <= 8 { #expect(abs(1 + 0.2 * log(s) - multiplier) / multiplier < 0.03) }
        }
        #expect(isClose(1 + 0.2 * log(8.0), 1.4159, 1e-4))
        #expect(YaRN.attentionScale(factor: 1) == 1)
    }
}

@Suite("T7 ReRoPE and Leaky ReRoPE")
struct ReRoPEClaims {
    @Test("T7.1 the two-pass merge equals direct rotation by the target position (d = 64, L = 300, w = 64, k = 16)")
    func twoPassEqualsDirect() {
        var g = SeededGenerator(seed: 12)
        let rope = RoPE(dimension: 64)
        let q = Matrix.random(rows: 300, columns: 64, standardDeviation: 0.3, using: &g)
        let k = Matrix.random(rows: 300, columns: 64, standardDeviation: 0.3, using: &g)
        let maps: [any RelativePositionMap] = [ReRoPE(window: 64), LeakyReRoPE(window: 64, factor: 16)]
        for map in maps {
            let twoPass = map.logits(queries: q, keys: k, rope: rope)
            let direct = map.directLogits(queries: q, keys: k, rope: rope)
            var worst = 0.0
            for i in 0..<300 { for j in 0...i { worst = max(worst, abs(twoPass[i, j] - direct[i, j])) } }
            #expect(worst <= 1e-12)
            #expect(twoPass[0, 1] == -.infinity)
        }
    }

    @Test("T7.2 bounded positions: ReRoPE ≤ w; Leaky's maximum w + (L−1−w)/k = 623.875, 375.9375, 251.96875, 189.984")
    func boundedPositions() {
        let rerope = ReRoPE(window: 128)
        #expect((0..<4096).allSatisfy { rerope.relativePosition(Double($0)) <= 128 })
        let expected: [(Double, Double)] = [(8, 623.875), (16, 375.9375), (32, 251.96875)]
        for (k, maximum) in expected {
            #expect(LeakyReRoPE(window: 128, factor: k).maximumPosition(length: 4096) == maximum)
        }
        #expect(isClose(LeakyReRoPE(window: 128, factor: 64).maximumPosition(length: 4096), 189.984, 1e-3))
        let neededFactor = (4096.0 - 1 - 128) / (256 - 128)
        #expect(isClose(neededFactor, 30.99, 0.005))
        #expect(LeakyReRoPE(window: 128, factor: neededFactor).maximumPosition(length: 4096) <= 256)
    }

    @Test("T7.3 nothing changes inside the window, and the decode formula matches the last row")
    func insideWindowAndDecode() {
        var g = SeededGenerator(seed: 13)
        let rope = RoPE(dimension: 32)
        let q = Matrix.random(rows: 16, columns: 32, standardDeviation: 0.5, using: &g)
        let k = Matrix.random(rows: 16, columns: 32, standardDeviation: 0.5, using: &g)
        let plain = Attention.logits(
            queries: Matrix(rows: (0..<16).map { rope.rotate(q.row($0), position: Double($0)) }),
            keys: Matrix(rows: (0..<16).map { rope.rotate(k.row($0), position: Double($0)) }), causal: true)
        let windowed = ReRoPE(window: 16).logits(queries: q, keys: k, rope: rope)
        #expect(windowed == plain)
        let long = 120
        let q2 = Matrix.random(rows: long, columns: 32, using: &g), k2 = Matrix.random(rows: long, columns: 32, using: &g)
        let maps: [any RelativePositionMap] = [ReRoPE(window: 24), LeakyReRoPE(window: 24, factor: 4)]
        for map in maps {
            let full = map.logits(queries: q2, keys: k2, rope: rope)
            let i = long - 1
            for j in 0...i {
                let decoded = map.decodeScore(query: q2.row(i).elements, key: k2.row(j).elements,
                                              queryPosition: Double(i), keyPosition: Double(j), rope: rope)
                #expect(abs(decoded - full[i, j]) <= 1e-12)
            }
        }
    }

    @Test("Position maps: RoPE's i − j inside the window, min(i − j, w) and the leaky slope beyond")
    func positionMatrix() {
        let m = LeakyReRoPE(window: 16, factor: 4).positionMatrix(length: 48)
        #expect(m[47, 0] == 16 + 31.0 / 4)
        #expect(m[10, 3] == 7)
        #expect(m[3, 10].isNaN)
        #expect(ReRoPE(window: 16).positionMatrix(length: 48)[47, 0] == 16)
    }
}
