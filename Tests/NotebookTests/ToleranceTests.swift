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

    @Test func description() {
        #expect(Tolerance.absolute(0.5).description == "± 0.5")
        #expect(Tolerance.relative(1e-12).description == "± 1e-12 relative")
    }
}
