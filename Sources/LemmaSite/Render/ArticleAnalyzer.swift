import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaMarkdown
import LemmaTeX

/// The parse step for one item: Markdown tree, headings, links, math and the article program.
enum ArticleAnalyzer {
    /// Inline values are code spans that start with this marker: `` `{swift} expr` ``.
    static let inlineMarker = "{swift}"

    static func analyze(_ item: ContentItem, executes: Bool) -> (ParsedDocument, Analysis) {
        let document = MarkdownDocument(item.source.body, firstLine: item.source.bodyFirstLine)
        var diagnostics: [Diagnostic] = []
        var programItems: [(SourcePosition, ProgramItem)] = []
        var cells: [Int: (ordinal: Int, options: CellOptions)] = [:]
        var inlineValues: [Int: Int] = [:]

        for block in document.codeBlocks {
            guard let parsed = CellOptions.parse(info: block.info) else { continue }
            switch parsed {
            case .failure(let problem):
                diagnostics.append(Diagnostic(
                    file: item.source.path, line: block.position.line, column: block.position.column,
                    stage: "parse", message: "\(problem)"))
            case .success(let options):
                let ordinal = cells.count
                cells[block.index] = (ordinal, options)
                programItems.append((block.codePosition, .cell(CellSource(
                    index: ordinal, code: block.code, line: block.codePosition.line,
                    column: block.codePosition.column, options: options))))
            }
        }
        for span in document.codeSpans where span.code.hasPrefix(inlineMarker) {
            let afterMarker = span.code.dropFirst(inlineMarker.count)
            let expression = afterMarker.drop { $0 == " " }
            let skipped = span.code.utf8.count - expression.utf8.count
            guard !expression.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(Diagnostic(
                    file: item.source.path, line: span.position.line, column: span.position.column,
                    stage: "parse", message: "inline value `{swift}` has no expression"))
                continue
            }
            let ordinal = inlineValues.count
            inlineValues[span.index] = ordinal
            programItems.append((span.codePosition, .inline(InlineSource(
                index: ordinal, expression: String(expression), line: span.codePosition.line,
                column: span.codePosition.column + skipped))))
        }

        for stray in MathEnvironment.strayOpeners(in: document.texts) {
            diagnostics.append(stray.isClosedInline
                ? Diagnostic(
                    file: item.source.path, line: stray.position.line, column: stray.position.column, stage: "math",
                    message: "\\begin{\(stray.name)} inside a line of prose is not math",
                    hint: "start the environment on a line of its own, or use $…$ for inline math")
                : Diagnostic(
                    file: item.source.path, line: stray.position.line, column: stray.position.column, stage: "math",
                    message: "\\begin{\(stray.name)} is never closed, so it is not math",
                    hint: "close it with \\end{\(stray.name)} before the next blank line"))
        }

        var program: ProgramSource?
        if executes, !programItems.isEmpty {
            program = ProgramSource(
                file: item.source.path,
                items: programItems.sorted { $0.0 < $1.0 }.map(\.1),
                timeout: item.matter.timeout)
        }
        let analysis = Analysis(
            itemID: item.id, headings: document.headings, links: document.links, math: document.math,
            program: program, cells: cells, inlineValues: inlineValues, plainText: document.plainText,
            summarySource: SummarySource(
                prose: document.proseText,
                spans: document.codeSpans.map {
                    inlineValues[$0.index] == nil ? .code($0.code) : .inlineValue($0.code)
                }),
            extraAnchors: equationAnchors(document.math),
            writtenNumbers: program == nil ? [] : HandTypedNumbers.written(in: document),
            diagnostics: diagnostics)
        return (ParsedDocument(document), analysis)
    }

    /// The ids of equations labelled with `\label{…}` on the page.
    static func equationAnchors(_ spans: [MathSpan]) -> Set<String> {
        var anchors = Set<String>()
        for span in spans {
            var rest = span.tex[...]
            while let start = rest.range(of: "\\label{") {
                let after = rest[start.upperBound...]
                guard let close = after.firstIndex(of: "}") else { break }
                anchors.insert(equationAnchor(forLabel: String(after[..<close])))
                rest = after[close...]
            }
        }
        return anchors
    }
}
