import Foundation
import Testing
@testable import Lab

@Suite("T15/T16 Recurrences: complex arithmetic, scans, the LRU and parallel sweeps")
struct RecurrenceClaims {
    @Test("Complex arithmetic: (1 + 2i)(3 − i) = 5 + 5i, z/w·w = z, e^{iπ} = −1, powers by squaring")
    func complexArithmetic() {
        let z = Complex(1, 2), w = Complex(3, -1)
        #expect(z * w == Complex(5, 5))
        let back = (z / w) * w
        #expect(isClose(back.re, 1, 1e-15) && isClose(back.im, 2, 1e-15))
        let minusOne = Complex.exp(Complex(0, .pi))
        #expect(isClose(minusOne.re, -1, 1e-15) && isClose(minusOne.im, 0, 1e-15))
        let lambda = Complex(radius: 0.95, phase: 0.3)
        var repeated = Complex.one
        for _ in 0..<37 { repeated = repeated * lambda }
        let squared = lambda.power(37)
        #expect(isClose(squared.re, repeated.re, 1e-14) && isClose(squared.im, repeated.im, 1e-14))
        #expect(isClose(squared.magnitude, pow(0.95, 37), 1e-14))
        #expect(isClose(lambda.phase, 0.3, 1e-15))
    }

    @Test("Every scan keeps the order of a non-commutative operation (string concatenation), T = 0 … 70")
    func scanOrder() {
        let letters = (0..<70).map { String(UnicodeScalar(UInt8(48 + $0 % 75))) }
        for count in 0...70 {
            let input = Array(letters.prefix(count))
            let expected = input.indices.map { input[0...$0].joined() }
            for algorithm in Scan.Algorithm.allCases {
                let result = Scan.inclusive(input, algorithm: algorithm, identity: "", combine: +)
                #expect(result.values == expected, "\(algorithm) at T = \(count)")
            }
        }
    }

    @Test("Depth and work: sequential T − 1; halving ⌈log₂T⌉ and (T/2)·log₂T; Blelloch 2⌈log₂T⌉ + 1")
    func scanCost() {
        for count in 2...300 {
            let ones = Array(repeating: 1, count: count)
            let levels = Int.bitWidth - (count - 1).leadingZeroBitCount  // ⌈log₂ T⌉
            let sequential = Scan.sequential(ones, combine: +)
            let halving = Scan.halving(ones, combine: +)
            let blelloch = Scan.blelloch(ones, identity: 0, combine: +)
            #expect(sequential.depth == count - 1 && sequential.work == count - 1)
            #expect(halving.depth == levels, "halving depth at T = \(count)")
            #expect(blelloch.depth == 2 * levels + 1, "Blelloch depth at T = \(count)")
            #expect(blelloch.work == 2 * ((1 << levels) - 1) + count)
            #expect(halving.values == Array(1...count) && blelloch.values == Array(1...count))
            if count & (count - 1) == 0 { #expect(halving.work == count / 2 * levels) }
        }
    }

    @Test("T15.1 the scan of (λ, b_t) equals the loop to 1e-13 of the largest state, T = 1000, λ = 0.95e^{0.3i}")
    func diagonalScan() {
        var generator = SeededGenerator(seed: 15)
        let lambda = Complex(radius: 0.95, phase: 0.3)
        let inputs = (0..<1000).map { _ in Complex(generator.normal(), generator.normal()) }
        let loop = DiagonalRecurrence.sequential(lambda: lambda, inputs: inputs, initial: Complex(2, -1))
        let largest = loop.map(\.magnitude).max() ?? 0
        for algorithm in [Scan.Algorithm.halving, .blelloch] {
            let scan = DiagonalRecurrence.scan(lambda: lambda, inputs: inputs, initial: Complex(2, -1), algorithm: algorithm)
            let gap = zip(loop, scan.values).map { ($0 - $1).magnitude }.max() ?? .infinity
            #expect(gap <= 1e-13 * largest, "\(algorithm)")
        }
    }

    @Test("T15.3 the cumulative-sum form with λ = 0.9 and inputs 1 is 10 before it overflows: step 821 in Float")
    func cumulativeSumOverflow() {
        let float = DiagonalRecurrence.cumulativeSumForm(lambda: Float(0.9), inputs: Array(repeating: 1, count: 1000))
        let first = float.firstIndex { !$0.isFinite }
        #expect(first.map { $0 + 1 } == 821)
        #expect(isClose(Double(float[799]), 10, 1e-4))
        let double = DiagonalRecurrence.cumulativeSumForm(lambda: 0.9, inputs: Array(repeating: 1, count: 200))
        let loop = DiagonalRecurrence.sequential(lambda: Complex(0.9), inputs: Array(repeating: .one, count: 200))
        #expect(zip(double, loop).allSatisfy { isClose($0, $1.re, 1e-12) })
    }

    @Test("LRU parameterization: |λ| = exp(−exp ν_log) < 1 for any ν_log; ν_log and θ_log round-trip")
    func parameterization() {
        let nu = [-8.0, -2, 0, 3], theta = [-1.0, 0, 0.5, 1.1]  // e^{θ_log} < π, so the phase does not wrap
        let unit = LinearRecurrentUnit(nuLog: nu, thetaLog: theta)
        for k in 0..<4 {
            #expect(unit.eigenvalues[k].magnitude < 1)
            #expect(isClose(unit.nuLog[k], nu[k], 1e-9))
            #expect(isClose(unit.thetaLog[k], theta[k], 1e-12))
            #expect(isClose(unit.gamma[k], (1 - exp(-2 * exp(nu[k]))).squareRoot(), 1e-12))
        }
        #expect(LinearRecurrentUnit(nuLog: nu, thetaLog: theta, normalizesInput: false).gamma == [1, 1, 1, 1])
    }

    @Test("Ring initialization: radii in [r_min, r_max], phases in [0, θ_max], |λ|² uniform (mean of r² within 4 s.e.)")
    func ringInitialization() {
        var generator = SeededGenerator(seed: 4)
        let unit = LinearRecurrentUnit.ringInitialized(stateCount: 20_000, minRadius: 0.5, maxRadius: 0.9,
                                                       maxPhase: .pi / 10, using: &generator)
        let radii = unit.eigenvalues.map(\.magnitude)
        #expect(radii.allSatisfy { $0 >= 0.5 - 1e-12 && $0 <= 0.9 + 1e-12 })
        #expect(unit.eigenvalues.allSatisfy { $0.phase >= 0 && $0.phase <= .pi / 10 + 1e-12 })
        let squared = radii.map { $0 * $0 }
        let mean = squared.reduce(0, +) / 20_000
        let standardError = (0.9 * 0.9 - 0.25) / 12.0.squareRoot() / 20_000.0.squareRoot()
        #expect(abs(mean - (0.25 + 0.81) / 2) <= 4 * standardError)
    }

    @Test("LRU states: the scan agrees with the loop, and γ scales the input by √(1 − |λ|²)")
    func unitStates() {
        let unit = LinearRecurrentUnit(eigenvalues: [Complex(radius: 0.99, phase: 0.1), Complex(radius: 0.6, phase: 2)])
        let inputs = (0..<50).map { t in [Complex(Double(t % 3), 1), Complex(-1, Double(t % 5))] }
        let loop = unit.states(inputs)
        let scan = unit.states(inputs, algorithm: .blelloch)
        for t in 0..<50 {
            for k in 0..<2 { #expect((loop[t][k] - scan[t][k]).magnitude < 1e-12) }
        }
        #expect(isClose(loop[0][0].re, 0, 1e-15) && isClose(loop[0][0].im, (1 - 0.99 * 0.99).squareRoot(), 1e-15))
    }

    @Test("Matrix helpers: Gauss–Jordan inverse, ‖A‖₂ by Jacobi rotations, rotation-scaling blocks act as complex products")
    func matrixHelpers() {
        var generator = SeededGenerator(seed: 7)
        let a = Matrix.random(rows: 6, columns: 6, using: &generator)
        let inverse = a.gaussJordanInverse
        #expect(inverse != nil)
        if let inverse { #expect((a * inverse).maxAbsDifference(.identity(6)) < 1e-12) }
        #expect(Matrix([[1, 2], [2, 4]]).gaussJordanInverse == nil)
        #expect(isClose(Matrix([[3, 0, 0], [0, -5, 0], [0, 0, 2]]).largestSingularValue, 5, 1e-14))
        // ‖[[1, 1], [0, 1]]‖₂ is the golden ratio.
        #expect(isClose(Matrix([[1, 1], [0, 1]]).largestSingularValue, (1 + 5.0.squareRoot()) / 2, 1e-14))
        let lambdas = [Complex(0.3, 0.4), Complex(-0.7, 0.2)]
        let blocks = Matrix.rotationScalingBlocks(lambdas)
        let v = Vector([1, -2, 0.5, 3])
        let product = (blocks * v).complexPairs
        for k in 0..<2 {
            let expected = lambdas[k] * v.complexPairs[k]
            #expect(isClose(product[k].re, expected.re, 1e-15) && isClose(product[k].im, expected.im, 1e-15))
        }
        #expect(isClose(Matrix.rotationScalingBlocks([Complex(0.3, 0.4)]).largestSingularValue, 0.5, 1e-14))
        #expect(Vector(complexPairs: v.complexPairs) == v)
    }

    @Test("tanh RNN: the Jacobian diag(1 − tanh²(Ax + u))·A matches central differences")
    func jacobian() {
        var generator = SeededGenerator(seed: 16)
        let rnn = TanhRNN(transition: Matrix.random(rows: 5, columns: 5, using: &generator))
        let x = Vector.random(5, using: &generator), u = Vector.random(5, using: &generator)
        let analytic = rnn.jacobian(at: x, input: u)
        let step = 1e-6
        for j in 0..<5 {
            var up = x, down = x
            up[j] += step
            down[j] -= step
            let column = (rnn.step(up, input: u) - rnn.step(down, input: u)) / (2 * step)
            for i in 0..<5 { #expect(isClose(analytic[i, j], column[i], 1e-8)) }
        }
    }

    @Test("T16.1 every linearization reproduces the first n states after n sweeps and all T after T, even for ‖A‖₂ = 3")
    func sweepsAreExactAfterT() {
        var generator = SeededGenerator(seed: 9)
        let d = 6, count = 40
        var a = Matrix.random(rows: d, columns: d, using: &generator)
        a = (3 / a.largestSingularValue) * a
        let inputs = (0..<count).map { _ in Vector.random(d, using: &generator) }
        let rnn = TanhRNN(transition: a)
        let reference = rnn.run(inputs, initial: .zeros(d))
        for linearization in ParallelSweeps.Linearization.allCases {
            let history = ParallelSweeps(rnn: rnn, linearization: linearization)
                .iterates(inputs: inputs, initial: .zeros(d), sweeps: count)
            for n in 0...count {
                let prefixGap = (0..<n).map { history[n][$0].maxAbsDifference(reference[$0]) }.max() ?? 0
                #expect(prefixGap < 1e-13, "\(linearization), sweep \(n)")
            }
            if linearization == .jacobi { #expect(history[count] == reference) }
        }
    }

    @Test("T16.3 Newton (DEER) reaches 1e-12 within 6 sweeps for ‖A‖₂ = 0.9; the scan solver gives the same iterates")
    func newtonIsFast() {
        var generator = SeededGenerator(seed: 3)
        let d = 6, count = 64
        var a = Matrix.random(rows: d, columns: d, using: &generator)
        a = (0.9 / a.largestSingularValue) * a
        let inputs = (0..<count).map { _ in Vector.random(d, using: &generator) }
        let rnn = TanhRNN(transition: a)
        let reference = rnn.run(inputs, initial: .zeros(d))
        let sequential = ParallelSweeps(rnn: rnn, linearization: .newton).iterates(inputs: inputs, initial: .zeros(d), sweeps: 6)
        let scanned = ParallelSweeps(rnn: rnn, linearization: .newton, solver: .halving)
            .iterates(inputs: inputs, initial: .zeros(d), sweeps: 6)
        let gap = zip(sequential[6], reference).map { $0.maxAbsDifference($1) }.max() ?? .infinity
        #expect(gap < 1e-12)
        for n in 1...6 {
            let solverGap = zip(sequential[n], scanned[n]).map { $0.maxAbsDifference($1) }.max() ?? .infinity
            #expect(solverGap < 1e-12, "sweep \(n)")
        }
    }
}
