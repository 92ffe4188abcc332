import Foundation
import Testing
@testable import Lab

@Suite("T12 FSQ and VQ")
struct QuantizationClaims {
    @Test("T12.1 recommended levels: 240, 1000, 4375, 15,360, 64,000 codes")
    func codebookSizes() {
        let table: [([Int], Int)] = [([8, 6, 5], 240), ([8, 5, 5, 5], 1000), ([7, 5, 5, 5, 5], 4375),
                                     ([8, 8, 8, 6, 5], 15_360), ([8, 8, 8, 5, 5, 5], 64_000)]
        for (levels, size) in table { #expect(FSQ(levels: levels).codebookSize == size) }
    }

    @Test("T12.2 the bound gives exactly L levels; f(0) = −1.40e-5 for L = 8 with tan, 0 with atanh")
    func exactlyLLevels() {
        let grid = stride(from: -12.0, through: 12.0, by: 0.001).map { $0 }
        for (level, expected) in [(5, Array(-2...2)), (7, Array(-3...3)), (8, Array(-4...3))] {
            for shift in FSQ.Shift.allCases {
                let fsq = FSQ(levels: [level], shift: shift)
                let values = Set(grid.map { fsq.quantize([$0])[0] })
                #expect(values.sorted() == expected)
            }
        }
        #expect(FSQ(levels: [5]).bound(0, channel: 0) == 0)
        #expect(FSQ(levels: [7]).bound(0, channel: 0) == 0)
        #expect(isClose(FSQ(levels: [8]).bound(0, channel: 0), -1.40e-5, 5e-8))
        #expect(abs(FSQ(levels: [8], shift: .atanh).bound(0, channel: 0)) <= 1e-15)
        // L = 5 reaches level 2 at z = atanh(1.5/1.998) = 0.974673; plain 2·tanh at atanh(0.75) = 0.972955.
        let threshold = atanh(1.5 / 1.998)
        #expect(isClose(threshold, 0.974673, 1e-6))
        #expect(isClose(atanh(0.75), 0.972955, 1e-6))
        let five = FSQ(levels: [5])
        #expect(five.quantize([threshold + 1e-9]) == [2])
        #expect(five.quantize([threshold - 1e-6]) == [1])
    }

    @Test("T12.3 index ↔ code bijection for [8, 5, 5, 5] over all 1000 indices")
    func bijection() {
        let fsq = FSQ(levels: [8, 5, 5, 5])
        var seen = Set<[Int]>()
        for index in 0..<1000 {
            let code = fsq.code(at: index)!
            #expect(fsq.index(of: code) == index)
            seen.insert(code)
        }
        #expect(seen.count == 1000)
        #expect(fsq.code(at: 1000) == nil)
        #expect(fsq.index(of: [4, 0, 0, 0]) == nil)
        #expect(fsq.basis == [1, 8, 40, 200])
    }

    @Test("T12.4 FSQ uses ≥ 99% of 1000 codes with perplexity ≈ 938 (σ = 1) and ≈ 83% at σ = 0.5")
    func fsqUsage() {
        let fsq = FSQ(levels: [8, 5, 5, 5])
        var g = SeededGenerator(seed: 60)
        for (sigma, minimumUsage, maximumUsage) in [(1.0, 0.99, 1.0), (0.5, 0.80, 0.86)] {
            let indices = (0..<100_000).map { _ in fsq.index(of: fsq.quantize(g.normals(4, standardDeviation: sigma)))! }
            let usage = CodebookUsage(assignments: indices, codebookSize: 1000)
            #expect(usage.usage >= minimumUsage && usage.usage <= maximumUsage)
            if sigma == 1 { #expect(isClose(usage.perplexity, 938, 40)) }
        }
    }

    @Test("T12.4 VQ collapse toy: k-means from a [−8, 8]² codebook leaves dead codes; data init uses all")
    func vqCollapse() {
        var g = SeededGenerator(seed: 61)
        let data = Matrix.random(rows: 5000, columns: 2, using: &g)
        let spread = Matrix(rows: 64, columns: 2) { _, _ in g.uniform(-8, 8) }
        let collapsed = KMeans.fit(data: data, initial: spread, iterations: 30)
        let usage = CodebookUsage(assignments: collapsed.assignments, codebookSize: 64).usage
        #expect(usage < 0.6)
        // Dead codes never moved: unused centroids are exactly where they started.
        for c in 0..<64 where !collapsed.assignments.contains(c) {
            #expect(collapsed.centroids.row(c) == spread.row(c))
        }
        let fromData = KMeans.fit(data: data, initial: KMeans.sampleRows(data, count: 64, using: &g), iterations: 30)
        #expect(CodebookUsage(assignments: fromData.assignments, codebookSize: 64).usage == 1)
    }

    @Test("T12.5 STE: d round_ste/dz = 1; VQ auxiliary gradients split ∇‖e − z‖² exactly")
    func straightThrough() {
        #expect(StraightThrough.round(2.4) == (2, 1))
        #expect(StraightThrough.round(-0.5).value == 0)
        let fsq = FSQ(levels: [5])
        // The FSQ Jacobian is f′(z): compare with a central difference of the bound.
        let z = 0.3, h = 1e-6
        let numeric = (fsq.bound(z + h, channel: 0) - fsq.bound(z - h, channel: 0)) / (2 * h)
        #expect(isClose(fsq.forward([z]).jacobian[0], numeric, 1e-8))
        let vq = VectorQuantizer(codebook: Matrix([[0, 0], [1, 1], [3, -1]]))
        let point = [0.8, 1.3]
        let (encoder, codeword, index) = vq.auxiliaryGradients(point, codebookWeight: 1, commitmentWeight: 1)
        #expect(index == 1)
        let e = vq.codebook.row(1).elements
        // ∇_z ‖e − z‖² = 2(z − e) and ∇_e ‖e − z‖² = 2(e − z), term by term.
        #expect(encoder == zip(point, e).map { 2 * ($0 - $1) })
        #expect(codeword == zip(point, e).map { 2 * ($1 - $0) })
        #expect(isClose(vq.squaredError(point), 0.04 + 0.09, 1e-15))
    }
}
