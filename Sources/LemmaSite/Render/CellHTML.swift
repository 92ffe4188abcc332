import LemmaDiagnostics
import LemmaExec
import LemmaHighlight

/// The HTML of a run cell: its code (unless hidden) followed by what it produced.
enum CellHTML {
    static func cell(code: String, options: CellOptions, result: CellResult?) -> String {
        var html = "<div class=\"cell\">"
        if !options.hide {
            html += "<pre><code class=\"language-swift\">\(SwiftHighlighter.highlight(code))</code></pre>"
        }
        if let error = result?.compileError {
            html += "<pre class=\"cell-output cell-error\">\(HTMLEscaping.escape(error))</pre>"
        }
        var pendingText = ""
        func flushText() {
            if !pendingText.isEmpty, !options.noOutput {
                html += "<pre class=\"cell-output\">\(HTMLEscaping.escape(pendingText))</pre>"
            }
            pendingText = ""
        }
        for output in result?.outputs ?? [] {
            switch output {
            case .text(let text):
                pendingText += text
            case .svg(let svg, let caption):
                flushText()
                html += "<figure class=\"chart\">\(svg)\(figcaption(caption))</figure>"
            case .html(let fragment, let caption):
                flushText()
                html += "<figure class=\"table\">\(fragment)\(figcaption(caption))</figure>"
            case .claim(let claim):
                flushText()
                html += claimLine(claim)
            }
        }
        flushText()
        if html == "<div class=\"cell\">" { return "" }  // a hidden cell that showed nothing
        return html + "</div>\n"
    }

    static func claimLine(_ claim: ClaimResult) -> String {
        let mark = claim.passed ? "✓" : "✗"
        let status = claim.passed ? "pass" : "fail"
        let value = claim.value.isEmpty ? "" : " — <span class=\"claim-value\">\(HTMLEscaping.escape(claim.value))</span>"
        return "<p class=\"claim \(status)\">\(mark) \(HTMLEscaping.escape(claim.text))\(value)</p>"
    }

    private static func figcaption(_ caption: String?) -> String {
        guard let caption, !caption.isEmpty else { return "" }
        return "<figcaption>\(HTMLEscaping.escape(caption))</figcaption>"
    }
}
