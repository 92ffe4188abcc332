import LemmaDiagnostics

/// A fenced or indented code block.
public struct MarkdownCodeBlock: Sendable, Hashable {
    /// Position among the document's code blocks (0-based).
    public var index: Int
    /// The info string after the opening fence (`swift run hide`), empty for indented blocks.
    public var info: String
    /// The code, each line ending in a newline.
    public var code: String
    public var isFenced: Bool
    /// The opening fence (for an indented block: its first line, at the block's indentation).
    public var position: SourcePosition
    /// The first content line; the column is the block's indentation + 1.
    public var codePosition: SourcePosition

    public init(index: Int, info: String, code: String, isFenced: Bool, position: SourcePosition, codePosition: SourcePosition) {
        self.index = index
        self.info = info
        self.code = code
        self.isFenced = isFenced
        self.position = position
        self.codePosition = codePosition
    }

    /// The first word of the info string (`swift` for ```` ```swift run ````).
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
    }
}
