import LemmaDiagnostics
import LemmaExec
import LemmaHighlight
import LemmaMarkdown

/// The render step for one item: body HTML with highlighted code, cell outputs, inline values,
/// math and resolved links.
struct ArticleRenderer {
    let config: SiteConfig
    /// nil for `lemma render`: links are left as written and not checked.
    let links: LinkResolver?

    func render(
        _ item: ContentItem, parsed: ParsedDocument, analysis: Analysis, execution: ProgramResult?
    ) -> (RenderedItem, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var mathHTML: [Int: String] = [:]
        if config.math == .mathml {
            let (html, problems) = PageMathRenderer.render(
                analysis.math, macros: config.macros, file: item.source.path)
            mathHTML = html
            diagnostics += problems
        }
        let cellsByOrdinal = Dictionary(
            (execution?.cells ?? []).map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })

        var hooks = RenderHooks()
        hooks.math = { span in mathHTML[span.index] }
        hooks.codeBlock = { block in
            if let cell = analysis.cells[block.index] {
                return CellHTML.cell(
                    code: block.code, options: cell.options, result: cellsByOrdinal[cell.ordinal])
            }
            return CodeHTML.block(code: block.code, info: block.info)
        }
        hooks.codeSpan = { span in
            guard let ordinal = analysis.inlineValues[span.index] else { return nil }
            guard let value = execution?.inlineValues[ordinal] else {
                return "<code>\(HTMLEscaping.escape(span.code))</code>"
            }
            return "<span class=\"inline-value\">\(HTMLEscaping.escape(value))</span>"
        }
        let path = item.source.path
        if let resolver = links {
            diagnostics += checkLinks(analysis.links, from: path, resolver: resolver)
            hooks.linkDestination = { link in
                if case .url(let url) = resolver.resolve(link.destination, from: path) { return url }
                return nil
            }
        }
        let html = MathPunctuation.joinTrailing(parsed.document.render(hooks))
        let rendered = RenderedItem(
            itemID: item.id, html: html,
            toc: analysis.headings.filter { (2...3).contains($0.level) }.map {
                RenderedItem.TOCEntry(level: $0.level, text: $0.text, id: $0.id)
            },
            readingMinutes: ReadingTime.minutes(analysis.plainText),
            summary: item.matter.summary
                ?? Summary.opening(of: analysis.summarySource.text(values: execution?.inlineValues ?? [:])),
            claims: execution?.claims ?? [])
        return (rendered, diagnostics)
    }

    private func checkLinks(_ links: [MarkdownLink], from path: String, resolver: LinkResolver) -> [Diagnostic] {
        links.compactMap { link in
            guard case .broken(let message) = resolver.resolve(link.destination, from: path) else { return nil }
            return Diagnostic(
                file: path, line: link.position.line, column: link.position.column, stage: "links",
                message: message)
        }
    }
}
