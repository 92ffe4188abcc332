import LemmaDiagnostics

/// An inline code span.
public struct MarkdownCodeSpan: Sendable, Hashable {
    /// Position among the document's code spans (0-based).
    public var index: Int
    /// The code as cmark gives it (one surrounding space stripped, line endings as spaces).
    public var code: String
    /// The opening backtick.
    public var position: SourcePosition
    /// The first character of `code`.
    public var codePosition: SourcePosition

    public init(index: Int, code: String, position: SourcePosition, codePosition: SourcePosition) {
        self.index = index
        self.code = code
        self.position = position
        self.codePosition = codePosition
    }
}
