import Testing
@testable import Notebook

@Suite struct ToleranceTests {
    @Test func absoluteBounds() {
        #expect(Tolerance.absolute(0.1).accepts(1.05, expected: 1))
        #expect(!Tolerance.absolute(0.1).accepts(1.2, expected: 1))
    }

    @Test func relativeBounds() {
        #expect(Tolerance.relative(1e-3).accepts(1000.5, expected: 1000))
        #expect(!Tolerance.relative(1e-3).accepts(1002, expected: 1000))
        #expect(Tolerance.relative(1e-3).accepts(0.0005, expected: 0))
    }

    @Test func nanNeverPasses() {
        #expect(!Tolerance.absolute(.infinity).accepts(.nan, expected: 1))
        #expect(!Tolerance.relative(1).accepts(1, expected: .nan))
    }

    @Test func marginIsTheShareOfTheToleranceUsed() {
        #expect(Tolerance.absolute(0.5).fractionUsed(1.25, expected: 1) == 0.5)
        #expect(Tolerance.relative(0.01).fractionUsed(99.5, expected: 100) == 0.5)
        #expect(Tolerance.standardErrors(4, of: 0.25).fractionUsed(0.5, expected: 0) == 0.5)
        #expect(Tolerance.absolute(0).fractionUsed(1, expected: 1) == 0)
        #expect(Tolerance.absolute(0).fractionUsed(1.5, expected: 1) == .infinity)
        #expect(Tolerance.absolute(1).fractionUsed(.nan, expected: 1) == nil)
        #expect(Tolerance.standardErrors(4, of: 0.25).accepts(1, expected: 0))
        #expect(!Tolerance.standardErrors(4, of: 0.25).accepts(1.01, expected: 0))
    }

    @Test func description() {
        #expect(Tolerance.standardErrors(4, of: 0.01).description == "± 4.0 standard errors of 0.01")
        #expect(Tolerance.absolute(0.5).description == "± 0.5")
        #expect(Tolerance.relative(1e-12).description == "± 1e-12 relative")
    }
}
