import Foundation
import LemmaDiagnostics

/// `lemma render`: one Markdown file to body HTML, with no site around it.
///
/// Front matter is optional and stripped, nothing is executed (run cells render as code), links
/// are left as written, and with `math: .mathml` math errors are located diagnostics.
public struct StandaloneRenderer: Sendable {
    public var math: MathMode
    public var macros: [String: String]

    public init(math: MathMode, macros: [String: String] = [:]) {
        self.math = math
        self.macros = macros
    }

    public func render(_ data: Data, path: String) throws(DiagnosticList) -> String {
        let source: SourceFile
        do {
            guard let text = String(validating: data, as: UTF8.self) else {
                _ = try SourceFile.read(data, path: path)
                return ""
            }
            source = try SourceFile.split(text, path: path)
        } catch {
            throw DiagnosticList([error])
        }
        var config = SiteConfig(title: "", baseURL: "https://localhost/")
        config.math = math
        config.macros = macros
        let item = ContentItem(
            kind: .page, source: source, matter: FrontMatter(title: path), slug: "page", lang: config.language,
            path: "")
        let (parsed, analysis) = ArticleAnalyzer.analyze(item, executes: false)
        let renderer = ArticleRenderer(config: config, links: nil)
        let (rendered, diagnostics) = renderer.render(item, parsed: parsed, analysis: analysis, execution: nil)
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return rendered.html
    }
}

extension SiteConfig {
    /// Reads `<root>/content/lemma.yml`.
    public static func load(root: URL) throws(Diagnostic) -> SiteConfig {
        let path = "content/lemma.yml"
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            throw Diagnostic(file: path, stage: "load", message: "no site configuration found")
        }
        return try parse(try SourceFile.read(data, path: path).body, file: path)
    }
}
