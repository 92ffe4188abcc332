import Foundation
import Testing
@testable import Lab

@Suite("YaRN ramps: rounding, the log-turns form, the continuous ramp and the temperature tables")
struct YaRNRampTests {
    @Test("Without rounding the index ramp is ln(r/α)/ln(β/α), for several d, b and L_train")
    func untruncatedIndexRampIsLogarithmic() {
        for (base, dimension, length) in [(10_000.0, 128, 4096.0), (500_000, 64, 8192), (10_000, 64, 2048)] {
            let yarn = YaRN(base: base, dimension: dimension, factor: 8, trainingLength: length,
                            ramp: .dimensionIndex, truncate: false)
            let rope = RoPE(base: base, dimension: dimension)
            for i in 0..<(dimension / 2) {
                let r = rope.turns(i, length: length)
                let expected = min(1, max(0, log(r) / log(32.0)))
                #expect(abs(yarn.gamma(i) - expected) <= 1e-12)
            }
        }
    }

    @Test("Rounding keeps and interpolates the same pairs as the paper's ramp; it moves only the middle")
    func roundingKeepsTheEnds() {
        let paper = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .turns)
        let rounded = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .dimensionIndex)
        let exact = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .dimensionIndex, truncate: false)
        for yarn in [paper, rounded, exact] {
            #expect((0...20).allSatisfy { yarn.gamma($0) == 1 })
            #expect((46..<64).allSatisfy { yarn.gamma($0) == 0 })
            #expect((21...45).allSatisfy { yarn.gamma($0) > 0 && yarn.gamma($0) < 1 })
        }
        #expect(rounded.rampBounds.low == 20 && rounded.rampBounds.high == 46)
        #expect(isClose(exact.rampBounds.low, 20.944482, 1e-6))
        #expect(isClose(exact.rampBounds.high, 45.026881, 1e-6))
        // Pair 21: the paper barely moves it, the rounded code ramp has already stepped down.
        #expect(rounded.gamma(21) < paper.gamma(21))
        #expect((22...45).allSatisfy { rounded.gamma($0) > paper.gamma($0) })
    }

    @Test("The continuous ramps: gamma(turns:) agrees with gamma(_:) at the pairs, the gap peaks at (β − α)/ln(β/α)")
    func continuousRamps() {
        let rope = RoPE(dimension: 128)
        for ramp in YaRN.Ramp.allCases {
            for truncate in [true, false] {
                let yarn = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: ramp, truncate: truncate)
                for i in 0..<64 {
                    #expect(abs(yarn.gamma(turns: rope.turns(i, length: 4096)) - yarn.gamma(i)) <= 1e-12)
                }
            }
        }
        let paper = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .turns)
        let code = YaRN(dimension: 128, factor: 8, trainingLength: 4096, ramp: .dimensionIndex, truncate: false)
        let peak = 31 / log(32.0)
        let gapAtPeak = code.gamma(turns: peak) - paper.gamma(turns: peak)
        #expect(isClose(gapAtPeak, 0.375926, 1e-6))
        for r in stride(from: 1.0, through: 32, by: 0.25) {
            #expect(code.gamma(turns: r) - paper.gamma(turns: r) <= gapAtPeak + 1e-15)
        }
        #expect(YaRN.turnsRamp(0.5, alpha: 1, beta: 32) == 0 && YaRN.turnsRamp(40, alpha: 1, beta: 32) == 1)
    }

    @Test("Tables scaled by 0.1 ln s + 1 multiply the logit by its square")
    func temperatureTables() {
        var g = SeededGenerator(seed: 21)
        let yarn = YaRN(dimension: 64, factor: 16, trainingLength: 2048, ramp: .dimensionIndex)
        let q = g.normals(64), k = g.normals(64)
        let scaled = dot(yarn.rotateWithTemperature(q, position: 5000), yarn.rotateWithTemperature(k, position: 123))
        let plain = yarn.score(query: q, key: k, queryPosition: 5000, keyPosition: 123)
        #expect(isRelativelyClose(scaled, yarn.logitMultiplier * plain, 1e-12))
        #expect(isClose(yarn.logitMultiplier, pow(0.1 * log(16.0) + 1, 2), 1e-15))
        let unscaled = YaRN(dimension: 64, factor: 1, trainingLength: 2048)
        #expect(unscaled.rotateWithTemperature(q, position: 7) == unscaled.rotate(q, position: 7))
    }
}
