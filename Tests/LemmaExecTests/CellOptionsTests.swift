import Testing
@testable import LemmaExec

@Suite struct CellOptionsTests {
    @Test func plainSwiftBlocksAreNotRunCells() {
        #expect(CellOptions.parse(info: "swift") == nil)
        #expect(CellOptions.parse(info: "python run") == nil)
        #expect(CellOptions.parse(info: "") == nil)
    }

    @Test func readsEveryOption() throws {
        let options = try #require(CellOptions.parse(info: "swift run hide no-output expect-error timeout=2.5")).get()
        #expect(options == CellOptions(hide: true, noOutput: true, expectError: true, timeout: 2.5))
        let plain = try #require(CellOptions.parse(info: "swift  run")).get()
        #expect(plain == CellOptions())
    }

    @Test func rejectsUnknownAndMalformedOptions() {
        guard case .failure(let unknown)? = CellOptions.parse(info: "swift run hidden") else {
            Issue.record("expected a failure")
            return
        }
        #expect(unknown.message == "unknown cell option 'hidden'")
        guard case .failure(let timeout)? = CellOptions.parse(info: "swift run timeout=soon") else {
            Issue.record("expected a failure")
            return
        }
        #expect(timeout.message == "invalid cell timeout 'soon'")
        guard case .failure? = CellOptions.parse(info: "swift run timeout=0") else {
            Issue.record("expected a failure")
            return
        }
    }
}
