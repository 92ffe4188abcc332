/// Per-item overrides for `MarkdownDocument.render(_:)`. A hook returning nil keeps the default.
///
/// Heading markup with `headingAnchors` (the default):
/// `<h2 id="the-id"><a class="anchor" href="#the-id" aria-hidden="true">#</a>Text</h2>`;
/// without it, headings render exactly as cmark-gfm renders them.
public struct RenderHooks {
    /// Full HTML replacing a code block's `<pre><code …>…</code></pre>`.
    public var codeBlock: ((MarkdownCodeBlock) -> String?)?
    /// Full HTML replacing a code span's `<code>…</code>`.
    public var codeSpan: ((MarkdownCodeSpan) -> String?)?
    /// Full HTML replacing the math passthrough markup (`<span class="math …">` / `<div class="math display">`).
    public var math: ((MathSpan) -> String?)?
    /// A new destination for a link or image (a URL; it is escaped when written).
    public var linkDestination: ((MarkdownLink) -> String?)?
    /// Whether headings get ids and anchor links.
    public var headingAnchors: Bool = true

    public init(
        codeBlock: ((MarkdownCodeBlock) -> String?)? = nil,
        codeSpan: ((MarkdownCodeSpan) -> String?)? = nil,
        math: ((MathSpan) -> String?)? = nil,
        linkDestination: ((MarkdownLink) -> String?)? = nil,
        headingAnchors: Bool = true
    ) {
        self.codeBlock = codeBlock
        self.codeSpan = codeSpan
        self.math = math
        self.linkDestination = linkDestination
        self.headingAnchors = headingAnchors
    }
}
