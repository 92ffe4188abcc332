import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaTeX

/// Lemma's input parsers, each run on arbitrary bytes as Lemma itself runs them: the entry
/// points of the fuzz targets in `fuzz/`, and of the tests that replay their corpus. An input
/// may be rejected with diagnostics; it must never crash, hang or trip a sanitizer.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// TeX → MathML: the first byte picks inline, display or environment style.
    case tex
    /// Front matter of an article and `lemma.yml`.
    case config
    /// The info string of a code block (`swift run hide timeout=3`).
    case cellOptions = "cell-options"
    /// The whole `lemma render --math mathml` path: Markdown, math, highlighting.
    case render
    /// Markdown with the math extension, math passed through (the C `math` target's input,
    /// replayed from Swift).
    case markdown

    /// Runs the target on one input.
    public func run(_ data: Data) {
        switch self {
        case .tex:
            let styles: [MathStyle] = [.inline, .display, .environment]
            let style = styles[Int(data.first ?? 0) % styles.count]
            let tex = String(decoding: data.dropFirst(), as: UTF8.self)
            _ = MathPage().render([MathInput(tex: tex, style: style)])
        case .config:
            let text = String(decoding: data, as: UTF8.self)
            _ = Result { () throws(Diagnostic) in try SiteConfig.parse(text, file: "content/lemma.yml") }
            _ = Result { () throws(Diagnostic) in
                try FrontMatter.parse(SourceFile.read(data, path: "content/posts/fuzz.md"), requireDate: true)
            }
        case .cellOptions:
            _ = CellOptions.parse(info: String(decoding: data, as: UTF8.self))
        case .render:
            _ = Result { () throws(DiagnosticList) in
                try StandaloneRenderer(math: .mathml).render(data, path: "fuzz.md")
            }
        case .markdown:
            _ = Result { () throws(DiagnosticList) in
                try StandaloneRenderer(math: .mathjax).render(data, path: "fuzz.md")
            }
        }
    }
}
