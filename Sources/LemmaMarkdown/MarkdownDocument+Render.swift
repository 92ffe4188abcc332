import CCmarkGFM
import CLemmaMath
import Glibc

extension MarkdownDocument {
    /// Renders HTML. Each hook may return a full HTML replacement for that item (nil = default).
    ///
    /// Defaults: cmark-gfm's HTML (code blocks as `<pre><code class="language-x">`), math as
    /// `<span class="math inline">\(…\)</span>`, `<span class="math display">\[…\]</span>` inside
    /// a paragraph, `<div class="math display">\[…\]</div>` for display blocks and
    /// `<div class="math display">\begin{…}…\end{…}</div>` for environments (TeX HTML-escaped,
    /// otherwise unchanged), headings as documented on `RenderHooks.headingAnchors`.
    public func render(_ hooks: RenderHooks = RenderHooks()) -> String {
        var edits = TreeEdits()
        defer { edits.undo() }

        if let hook = hooks.codeBlock {
            for block in codeBlocks {
                if let html = hook(block) { edits.replace(nodes.codeBlocks[block.index], html: html, block: true) }
            }
        }
        if let hook = hooks.codeSpan {
            for span in codeSpans {
                if let html = hook(span) { edits.replace(nodes.codeSpans[span.index], html: html, block: false) }
            }
        }
        if let hook = hooks.math {
            for span in math {
                if let html = hook(span) {
                    let isBlock = span.kind == .displayBlock || span.kind == .environment
                    edits.replace(nodes.math[span.index], html: html, block: isBlock)
                }
            }
        }
        if let hook = hooks.linkDestination {
            for link in links {
                if let destination = hook(link) { edits.setURL(nodes.links[link.index], destination) }
            }
        }
        if hooks.headingAnchors {
            for heading in headings {
                edits.markHeading(nodes.headings[heading.index], id: heading.id)
            }
        }

        guard let rendered = cmark_render_html(root, CmarkParser.renderOptions, nil) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

/// Temporary changes to a tree for one render, undone afterwards so the document can be
/// rendered again with other hooks.
private struct TreeEdits {
    private var replaced: [(original: OpaquePointer, replacement: OpaquePointer)] = []
    private var urls: [(node: OpaquePointer, url: String)] = []
    private var headings: [(node: OpaquePointer, id: UnsafeMutablePointer<CChar>)] = []

    mutating func replace(_ node: OpaquePointer, html: String, block: Bool) {
        guard let replacement = cmark_node_new(block ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE) else { return }
        cmark_node_set_literal(replacement, html)
        if cmark_node_replace(node, replacement) == 1 {
            replaced.append((node, replacement))
        } else {
            cmark_node_free(replacement)
        }
    }

    mutating func setURL(_ node: OpaquePointer, _ url: String) {
        let old = TreeItems.string(cmark_node_get_url(node))
        cmark_node_set_url(node, url)
        urls.append((node, old))
    }

    mutating func markHeading(_ node: OpaquePointer, id: String) {
        guard let copy = strdup(id) else { return }
        lemma_math_mark_heading(node, copy)
        headings.append((node, copy))
    }

    mutating func undo() {
        for (original, replacement) in replaced.reversed() {
            cmark_node_replace(replacement, original)
            cmark_node_free(replacement)
        }
        for (node, url) in urls.reversed() {
            cmark_node_set_url(node, url)
        }
        for (node, id) in headings {
            lemma_math_unmark_heading(node)
            free(id)
        }
        replaced = []
        urls = []
        headings = []
    }
}
