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
        guard let text = String(validating: data, as: UTF8.self) else {
            do {
                _ = try SourceFile.read(data, path: path)
            } catch {
                throw DiagnosticList([error])
            }
            return ""
        }
        let source = Self.source(of: text, path: path)
        var config = SiteConfig(title: "", baseURL: "https://localhost/")
        config.math = math
        config.macros = macros
        let item = ContentItem(
            kind: .page, source: source, matter: FrontMatter(title: path), slug: "page", lang: config.language,
            path: "")
        let (parsed, analysis) = ArticleAnalyzer.analyze(item, executes: false)
        let renderer = ArticleRenderer(config: config, links: nil)
        var (rendered, diagnostics) = renderer.render(item, parsed: parsed, analysis: analysis, execution: nil)
        if math == .mathml {
            diagnostics = (analysis.diagnostics.filter { $0.stage == "math" } + diagnostics)
                .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return rendered.html
    }
}

extension StandaloneRenderer {
    /// Front matter is stripped only when it really is a YAML mapping: a file that merely starts
    /// with a `---` thematic break (or a setext heading underline) renders as Markdown.
    static func source(of text: String, path: String) -> SourceFile {
        let whole = SourceFile(path: path, frontMatter: nil, body: text, bodyFirstLine: 1)
        guard let split = try? SourceFile.split(text, path: path), let yaml = split.frontMatter,
            !yaml.allSatisfy(\.isWhitespace), case .success = YAMLReader(file: path, firstLine: 2).mapping(yaml)
        else { return whole }
        return split
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
