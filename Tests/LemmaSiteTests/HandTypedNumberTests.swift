import LemmaDiagnostics
import LemmaExec
import LemmaMarkdown
import Testing
@testable import LemmaSite

/// The hand-typed-number check, on an article and a program result made by hand (nothing is
/// compiled): found where prose copies a computed value, not for years, dates, equation
/// numbers, small counts or parameters that appear in the code.
@Suite struct HandTypedNumberTests {
    static let markdown = """
        In 2023 (see (3) and 2026-11-10) we set the rate to 0.05 and ran 128 steps.

        The usage falls to 83.1% and the loss to 0.4172, about 0.42; the run took 7 steps.
        Its last value is $x_{17} \\approx 2,357$ and $\\beta^{12} = 2.72$, the series is 1.0.

        The iterate is inside after `{swift} format(steps, digits: 0)` steps, i.e. 96 steps.
        """

    static let program = ProgramSource(file: "content/posts/a.md", items: [
        .cell(CellSource(index: 0, code: "let rate = 0.05\nlet steps = 128.0\nrun(rate)", line: 10)),
        .inline(InlineSource(index: 0, expression: "format(steps, digits: 0)", line: 5, column: 33)),
    ])

    static let result = ProgramResult(
        cells: [CellResult(index: 0, outputs: [
            .text("usage 0.8312\nloss 0.41718\nsteps 7 from 2023\nrate 0.05\n"),
            .html("<table><tr><td>2357</td><td>2.7183</td><td>17</td></tr></table>", caption: nil),
            .claim(ClaimResult(passed: true, text: "t", value: "1.0", kind: .exact, line: 12, column: 1)),
        ])],
        inlineValues: [0: "96"])

    func warnings() -> [Diagnostic] {
        let document = MarkdownDocument(Self.markdown)
        let written = HandTypedNumbers.written(in: document)
        return HandTypedNumbers.warnings(file: "content/posts/a.md", written: written, program: Self.program, result: Self.result)
    }

    @Test func computedNumbersTypedInProseAndInlineMathAreFound() {
        let found = warnings().map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "3:20 hand-typed number 83.1 equals 0.8312, printed by the cell at line 10",
            "3:42 hand-typed number 0.4172 equals 0.41718, printed by the cell at line 10",
            "3:56 hand-typed number 0.42 equals 0.41718, printed by the cell at line 10",
            "4:35 hand-typed number 2,357 equals 2357, printed by the cell at line 10",
            "4:60 hand-typed number 2.72 equals 2.7183, printed by the cell at line 10",
            "4:81 hand-typed number 1.0 equals 1.0, the value of the claim at line 12",
            "6:76 hand-typed number 96 is the inline value `{swift} format(steps, digits: 0)` of line 5",
        ])
    }

    @Test func yearsDatesEquationNumbersCountsAndParametersAreNotFlagged() {
        let texts = Set(warnings().map { $0.message.split(separator: " ")[2] })
        for exempt in ["2023", "3", "2026", "11", "10", "0.05", "128", "7", "17", "12"] {
            #expect(!texts.contains(Substring(exempt)), "\(exempt) should not be flagged")
        }
    }

    @Test func theWarningSaysWhatToWriteInstead() throws {
        let inline = try #require(warnings().last)
        #expect(inline.severity == .warning)
        #expect(inline.hint == "write `` `{swift} format(steps, digits: 0)` `` here too, so the number stays computed")
    }

    @Test func scannerReadsSeparatorsPercentAndSkipsGluedDigits() {
        let numbers = NumberScanner.numbers(in: "T6 v1.2.3 x2 3rd 12,345.5 7 % −2.33 第95步 1e-3")
        #expect(numbers.map(\.text) == ["12,345.5", "7", "2.33", "95", "1e-3"])
        #expect(numbers.map(\.value) == [12345.5, 7, 2.33, 95, 0.001])
        #expect(numbers.map(\.isPercent) == [false, true, false, false, false])
        #expect(numbers.last?.decimals == 3)
    }
}
