import LemmaDiagnostics
import LemmaMarkdown
import LemmaTeX

/// Renders one page's math to MathML and maps TeX errors to Markdown positions.
enum PageMathRenderer {
    /// Math span index → HTML replacing the passthrough markup.
    static func render(_ spans: [MathSpan], macros: [String: String], file: String) -> ([Int: String], [Diagnostic]) {
        guard !spans.isEmpty else { return ([:], []) }
        let inputs = spans.map { MathInput(tex: $0.tex, style: style(of: $0.kind)) }
        let results = MathPage(macros: macros).render(inputs)
        var html: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (span, result) in zip(spans, results) {
            switch result {
            case .success(let markup):
                html[span.index] = wrap(markup, kind: span.kind)
            case .failure(let error):
                let position = locate(offset: error.utf8Offset, in: span)
                diagnostics.append(Diagnostic(
                    file: file, line: position.line, column: position.column, stage: "math",
                    message: error.message))
            }
        }
        return (html, diagnostics)
    }

    static func style(of kind: MathKind) -> MathStyle {
        switch kind {
        case .inline: return .inline
        case .displayInline, .displayBlock: return .display
        case .environment: return .environment
        case .reference: return .reference
        }
    }

    static func wrap(_ markup: String, kind: MathKind) -> String {
        switch kind {
        case .displayBlock: return "<div class=\"math display\">\(markup)</div>"
        case .displayInline: return "<span class=\"math display\">\(markup)</span>"
        case .inline, .environment, .reference: return markup
        }
    }

    /// The Markdown position of byte `offset` of the span's TeX.
    static func locate(offset: Int, in span: MathSpan) -> SourcePosition {
        let prefix = span.tex.utf8.prefix(max(0, offset))
        var line = span.texPosition.line
        var column = span.texPosition.column
        for byte in prefix {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
