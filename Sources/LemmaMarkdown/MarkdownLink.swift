import LemmaDiagnostics

/// A link or an image (inline, reference or autolink), in document order.
public struct MarkdownLink: Sendable, Hashable {
    /// Position among the document's links and images (0-based).
    public var index: Int
    /// The destination as cmark resolved it (escapes and entities decoded, not yet percent-encoded).
    public var destination: String
    public var isImage: Bool
    /// The opening `[` (`!` for images, `<` or the first character for autolinks).
    public var position: SourcePosition

    public init(index: Int, destination: String, isImage: Bool, position: SourcePosition) {
        self.index = index
        self.destination = destination
        self.isImage = isImage
        self.position = position
    }
}
