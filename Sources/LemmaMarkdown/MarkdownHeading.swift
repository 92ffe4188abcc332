import LemmaDiagnostics

/// A heading, with the anchor id the rendered page gives it.
public struct MarkdownHeading: Sendable, Hashable {
    /// Position among the document's headings (0-based).
    public var index: Int
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text (code and math as written, markup removed).
    public var text: String
    /// GitHub-style anchor id, unique in the document (see `HeadingID`).
    public var id: String
    /// The first `#` (or the first character of a setext heading).
    public var position: SourcePosition

    public init(index: Int, level: Int, text: String, id: String, position: SourcePosition) {
        self.index = index
        self.level = level
        self.text = text
        self.id = id
        self.position = position
    }
}
