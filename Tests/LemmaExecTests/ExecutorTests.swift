import Foundation
import LemmaDiagnostics
import Testing
@testable import LemmaExec

@Suite struct ExecutorTests {
    func result(_ program: ProgramSource) async throws -> ProgramResult {
        try await ExecutorRun.first.value.result(program)
    }

    @Test func cellsShareStateAndProduceOutputsInOrder() async throws {
        let result = try await result(Articles.state)
        #expect(result.cells.map(\.index) == [0, 1, 2])
        #expect(result.cells[0].outputs.isEmpty)
        let outputs = result.cells[1].outputs
        #expect(outputs.count == 6)
        #expect(outputs.first == .text("total: 42\n"))
        #expect(outputs.dropFirst().first == .svg("<svg><rect width=\"3\"/></svg>", caption: "Bars"))
        #expect(outputs.dropFirst(2).first == .html("<table><tr><td>1</td></tr></table>", caption: nil))
        #expect(outputs.last == .text("after the claims\n"))
    }

    @Test func inlineValuesAreEvaluatedWhereTheyStand() async throws {
        let result = try await result(Articles.state)
        #expect(result.inlineValues == [0: "40", 1: "80.0", 2: "21"])
    }

    @Test func claimsPassOrFailAtTheirMarkdownPosition() async throws {
        let result = try await result(Articles.state)
        #expect(result.claims == [
            ClaimResult(passed: true, text: "the total is 42", value: "", line: 22, column: 1),
            ClaimResult(passed: false, text: "the total is about 40", value: "42.0", expected: "40.0 ± 1.0",
                        kind: .approximate, margin: 2, line: 23, column: 1),
            ClaimResult(passed: false, text: "half is 20", value: "", line: 31, column: 5),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/state.md:23:1: error: claim failed: the total is about 40 (value 42.0, expected 40.0 ± 1.0)",
            "content/posts/state.md:31:5: error: claim failed: half is 20",
        ])
        #expect(result.diagnostics.allSatisfy { $0.stage == "execute" })
    }

    @Test func compileErrorsPointIntoTheArticle() async throws {
        let result = try await result(Articles.compileError)
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/compile-error.md:3:17: error: cannot convert value of type 'Int' to specified type 'String'",
        ])
        #expect(result.cells == [CellResult(index: 0)])
    }

    @Test func inlineValuesThatDoNotCompileAreLocated() async throws {
        let result = try await result(Articles.inlineError)
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/inline-error.md:5:21: error: cannot find 'undefinedName' in scope",
        ])
        #expect(result.inlineValues.isEmpty)
    }

    @Test func expectErrorCellsShowTheirErrorAndTheRestRuns() async throws {
        let result = try await result(Articles.expectError)
        #expect(result.cells[1].compileError
            == "content/posts/expect-error.md:6:17: error: cannot convert value of type 'Int' to specified type 'String'")
        #expect(result.cells[1].outputs.isEmpty)
        #expect(result.cells[2].compileError == nil)
        #expect(result.cells[3].outputs == [.text("still runs 3\n")])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/expect-error.md:10:1: error: this expect-error cell compiles without errors\n"
                + "content/posts/expect-error.md:10:1: note: remove `expect-error` from the cell's info string, "
                + "or make the code fail to compile",
        ])
    }

    @Test func anUnclosedBraceIsReportedAtTheBrace() async throws {
        let result = try await result(Articles.unclosedBrace)
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/brace.md:2:16: error: expected '}' at end of brace statement\n"
                + "content/posts/brace.md:2:16: note: to match this opening '{'",
        ])
    }

    @Test func preconditionMessagesAreReportedWhereTheyFail() async throws {
        let result = try await result(Articles.precondition)
        #expect(result.cells[0].outputs == [.text("checking\n")])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/precondition.md:3:5: error: runtime error: precondition failed: x is too small",
        ])
    }

    @Test func runtimeTrapsKeepEarlierOutputAndNameTheLine() async throws {
        let result = try await result(Articles.trap)
        #expect(result.cells[0].outputs == [.text("before the trap\n")])
        #expect(result.cells[1].outputs.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.message == "runtime error: Index out of range")
        #expect(diagnostic.file == "content/posts/trap.md")
        #expect(diagnostic.line == 5)
    }

    @Test func aCellTimeoutStopsAnInfiniteLoop() async throws {
        let result = try await result(Articles.cellTimeout)
        #expect(result.cells[0].outputs == [.text("start\n")])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/cell-timeout.md:6:1: error: this cell did not finish within 1 s (its timeout option)",
        ])
    }

    @Test func theArticleTimeoutStopsAnInfiniteLoop() async throws {
        let result = try await result(Articles.articleTimeout)
        #expect(result.cells[0].outputs == [.text("spinning\n")])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.message == "the program did not finish within 1.5 s (stopped in this cell)")
    }

    @Test func anOutputFloodIsStoppedByTheCap() async throws {
        let result = try await result(Articles.flood)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "the program printed more than 1 MB (stopped in this cell)")
        #expect(diagnostic.line == 2)
        guard case .text(let text)? = result.cells[0].outputs.first else {
            Issue.record("expected the start of the flood")
            return
        }
        #expect(text.hasPrefix("flood flood"))
        #expect(text.hasSuffix("… (output cut)\n"))
        #expect(text.utf8.count < 20_000)
    }

    @Test func aMemoryHogIsStoppedByTheCap() async throws {
        let result = try await result(Articles.memoryHog)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "the program ran out of memory (limit 1 GB) in this cell")
        #expect(diagnostic.line == 2)
    }

    @Test func everyArticleIsReportedInOneRun() async throws {
        let outcome = try await ExecutorRun.first.value
        #expect(outcome.report.results.count == Articles.all.count)
        #expect(outcome.report.compiled == Articles.all.count)
        #expect(outcome.report.cached == 0)
        #expect(outcome.report.results.allSatisfy { !$0.cached })
        #expect(Set(outcome.report.diagnostics.map(\.file)).count == Articles.all.count)
    }
}
