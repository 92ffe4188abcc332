import LemmaDiagnostics
import LemmaExec
import LemmaMarkdown

/// One item's parsed Markdown, handed from the parse step to the render step.
///
/// The cmark tree inside is not thread-safe; this box is created by one task, stored, and later
/// consumed by exactly one other task, never used by two at once — hence `@unchecked Sendable`.
final class ParsedDocument: @unchecked Sendable {
    let document: MarkdownDocument

    init(_ document: MarkdownDocument) {
        self.document = document
    }
}

/// What the parse step learns about an item: everything later steps need except the tree.
struct Analysis: Sendable {
    var itemID: String
    var headings: [MarkdownHeading]
    var links: [MarkdownLink]
    var math: [MathSpan]
    /// The article program (nil when the item has no run cells or inline values).
    var program: ProgramSource?
    /// Code block index → its run-cell options and position among the program's cells.
    var cells: [Int: (ordinal: Int, options: CellOptions)]
    /// Code span index → position among the program's inline values.
    var inlineValues: [Int: Int]
    var plainText: String
    /// The prose for the automatic summary: no code blocks, and for each code span, its code
    /// or (for an inline value) `nil`, to be replaced by the computed value.
    var summarySource: SummarySource
    /// Fragment ids besides headings that links may target (equation labels, footnotes).
    var extraAnchors: Set<String>
    /// Numbers typed in prose and inline math (articles with a program only), for the
    /// hand-typed-number check.
    var writtenNumbers: [WrittenNumber]
    var diagnostics: [Diagnostic]
}
