import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaMarkdown

/// The hand-typed-number check: a number typed in prose or inline math that equals, at the
/// precision it is written with, a value the article's program produced is a warning. The
/// number is a copy that the next change to the code will leave behind; an inline value
/// `{swift} …` keeps it computed.
///
/// Not flagged: years (1900–2100), dates, `(3)`-style equation numbers, whole numbers below 10
/// (counts and indices too common to tell anything), and any number that appears as a literal
/// in the article's code (a parameter the author chose, such as `η = 0.01`).
enum HandTypedNumbers {
    /// The numbers an author typed in `document`'s prose and inline math.
    static func written(in document: MarkdownDocument) -> [WrittenNumber] {
        var numbers: [WrittenNumber] = []
        for run in document.texts {
            for match in NumberScanner.numbers(in: run.text) where !match.isParenthesised {
                numbers.append(WrittenNumber(
                    text: match.text, value: match.value, decimals: match.decimals, isPercent: match.isPercent,
                    position: SourcePosition(line: run.position.line, column: run.position.column + match.offset)))
            }
        }
        for span in document.math where span.kind == .inline || span.kind == .displayInline {
            for match in NumberScanner.numbers(inTeX: span.tex) where !match.isParenthesised {
                numbers.append(WrittenNumber(
                    text: match.text, value: match.value, decimals: match.decimals, isPercent: match.isPercent,
                    position: position(of: match.offset, in: span.tex, from: span.texPosition)))
            }
        }
        return numbers.filter { !isExempt($0) }.sorted { $0.position < $1.position }
    }

    /// Warnings for the numbers of `written` that `result` produced.
    static func warnings(
        file: String, written: [WrittenNumber], program: ProgramSource, result: ProgramResult
    ) -> [Diagnostic] {
        let produced = self.produced(program: program, result: result)
        guard !produced.isEmpty else { return [] }
        var literals = Set<Double>()
        for item in program.items {
            switch item {
            case .cell(let cell): literals.formUnion(NumberScanner.literals(inCode: cell.code))
            case .inline(let value): literals.formUnion(NumberScanner.literals(inCode: value.expression))
            }
        }
        var warnings: [Diagnostic] = []
        for number in written {
            if literals.contains(number.value) || (number.isPercent && literals.contains(number.value / 100)) {
                continue
            }
            guard let match = produced.first(where: { matches(number, $0) }) else { continue }
            warnings.append(warning(file: file, number: number, match: match))
        }
        return warnings
    }

    /// Whether `number`, at the precision it is written with, equals `produced`.
    static func matches(_ number: WrittenNumber, _ produced: ProducedNumber) -> Bool {
        if agrees(produced.value, number.value, decimals: number.decimals) { return true }
        return number.isPercent && agrees(produced.value, number.value / 100, decimals: number.decimals + 2)
    }

    private static func agrees(_ value: Double, _ written: Double, decimals: Int) -> Bool {
        let unit = pow(10, Double(-decimals))
        // Strictly inside half a unit: 0.25 is neither 0.2 nor 0.3 at one decimal.
        return abs(value - written) < unit / 2 * (1 - 1e-9) && abs(value) >= unit / 2
    }

    private static func isExempt(_ number: WrittenNumber) -> Bool {
        guard number.decimals == 0, !number.isPercent else { return number.value == 0 }
        if number.value < 10 { return true }
        return number.value >= 1900 && number.value <= 2100 && number.text.count == 4
    }

    /// Every number printed, shown in a table, given by an inline value or a claim's value.
    static func produced(program: ProgramSource, result: ProgramResult) -> [ProducedNumber] {
        var cellLines: [Int: Int] = [:]
        var inlineSources: [Int: InlineSource] = [:]
        for item in program.items {
            switch item {
            case .cell(let cell): cellLines[cell.index] = cell.line
            case .inline(let value): inlineSources[value.index] = value
            }
        }
        var numbers: [ProducedNumber] = []
        func add(_ text: String, _ origin: ProducedNumber.Origin) {
            for match in NumberScanner.numbers(in: text) {
                numbers.append(ProducedNumber(text: match.text, value: match.value, origin: origin))
            }
        }
        for (index, text) in result.inlineValues.sorted(by: { $0.key < $1.key }) {
            guard let source = inlineSources[index] else { continue }
            add(text, .inline(expression: source.expression, line: source.line))
        }
        for cell in result.cells {
            let line = cellLines[cell.index] ?? 0
            for output in cell.outputs {
                switch output {
                case .text(let text): add(text, .cell(line: line))
                case .html(let html, _): add(Self.strippingTags(html), .cell(line: line))
                case .svg: break
                case .claim(let claim): add(claim.value, .claim(line: claim.line))
                }
            }
        }
        return numbers
    }

    private static func warning(file: String, number: WrittenNumber, match: ProducedNumber) -> Diagnostic {
        let message: String
        let hint: String
        switch match.origin {
        case .inline(let expression, let line):
            message = "hand-typed number \(number.text) is the inline value `{swift} \(expression)` of line \(line)"
            hint = "write `` `{swift} \(expression)` `` here too, so the number stays computed"
        case .cell(let line):
            message = "hand-typed number \(number.text) equals \(match.text), printed by the cell at line \(line)"
            hint = "quote it with an inline value, `` `{swift} format(value, digits: \(number.decimals))` `` with the expression the cell prints"
        case .claim(let line):
            message = "hand-typed number \(number.text) equals \(match.text), the value of the claim at line \(line)"
            hint = "quote it with an inline value, `` `{swift} format(value, digits: \(number.decimals))` `` with the claim's expression"
        }
        return Diagnostic(
            file: file, line: number.position.line, column: number.position.column, stage: "verify",
            severity: .warning, message: message, hint: hint)
    }

    private static func position(of offset: Int, in text: String, from start: SourcePosition) -> SourcePosition {
        let inner = SourcePosition.of(utf8Offset: offset, in: text)
        return inner.line == 1
            ? SourcePosition(line: start.line, column: start.column + offset)
            : SourcePosition(line: start.line + inner.line - 1, column: inner.column)
    }

    private static func strippingTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; text.append(" ") } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }
}
