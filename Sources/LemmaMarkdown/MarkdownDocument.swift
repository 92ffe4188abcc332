import CCmarkGFM
import LemmaDiagnostics

/// A parsed Markdown document: GitHub Flavored Markdown (tables, strikethrough, autolinks, task
/// lists, footnotes, raw HTML) plus LaTeX math passthrough.
///
/// The document owns its cmark tree; it is not `Sendable`, but many documents can be created
/// concurrently from many threads (parsing is serialised internally, see `CmarkParser`).
/// All item lists are in document order and their `index` is their place in that list.
///
/// Math syntax (see `MathKind`): `$…$` follows pandoc (no space inside the dollars, the closing
/// one not followed by a digit; `\$` is a dollar); `\(…\)`; `$$…$$` and `\[…\]` are blocks on
/// lines of their own and spans inside a paragraph (they do not interrupt one; the environments
/// `equation`, `align`, `gather`, `multline` (starred or not) and `eqnarray` do). Display math
/// cannot contain a blank line: an unclosed `$$` or `\[` block falls back to the paragraph its
/// lines make. Math never starts in code, and `\(` in a link destination stays CommonMark's
/// escape. In a table cell, a `|` inside math still ends the cell, as on GitHub: write `\vert`.
///
/// Positions are cmark's, in lines of the original file: exact for block items and for inline
/// items on a block's first line; on later lines of a paragraph the column assumes the line's
/// container prefix (`> `, list indentation) is as wide as on the first line, which is off for
/// lazy continuation lines.
public final class MarkdownDocument {
    let root: OpaquePointer
    let firstLine: Int

    /// Headings in document order.
    public let headings: [MarkdownHeading]
    /// Links and images in document order.
    public let links: [MarkdownLink]
    /// Fenced and indented code blocks in document order.
    public let codeBlocks: [MarkdownCodeBlock]
    /// Inline code spans in document order.
    public let codeSpans: [MarkdownCodeSpan]
    /// Math spans and blocks in document order.
    public let math: [MathSpan]
    /// Runs of prose text in document order (headings, paragraphs, lists, tables).
    public let texts: [MarkdownText]
    /// Plain text of the whole document (for reading time and summaries): text, code and TeX,
    /// one line per block.
    public let plainText: String
    /// The prose of the document (for summaries): `plainText` without code blocks, and with
    /// each code span replaced by `inlineCodeMark`, to be filled in by the caller (from
    /// `codeSpans`, in order).
    public let proseText: String
    /// Stands for a code span in `proseText` (U+FFFC OBJECT REPLACEMENT CHARACTER).
    public static let inlineCodeMark: Character = "\u{FFFC}"

    let nodes: TreeItems.Nodes

    /// Parses GFM + math. `firstLine` is the line number (1-based) in the original file of the
    /// first line of `source` (front matter is stripped by the caller): all positions are reported
    /// in original-file lines. Safe to call concurrently from many threads.
    public init(_ source: String, firstLine: Int = 1) {
        self.root = CmarkParser.parse(source)
        self.firstLine = firstLine
        let items = TreeItems(root: root, source: SourceText(source), lineOffset: firstLine - 1)
        headings = items.headings
        links = items.links
        codeBlocks = items.codeBlocks
        codeSpans = items.codeSpans
        math = items.math
        texts = items.texts
        plainText = items.plainText
        proseText = items.proseText
        nodes = items.nodes
    }

    deinit {
        cmark_node_free(root)
    }
}
