import LemmaDiagnostics

/// A run of prose text (a text node: no code, math, HTML or line breaks inside).
public struct MarkdownText: Sendable, Hashable {
    /// The text as cmark gives it (backslash escapes and entities resolved).
    public var text: String
    /// The run's first character. A character `k` UTF-8 bytes into `text` is at column
    /// `position.column + k` unless an escape or entity comes before it in the run.
    public var position: SourcePosition

    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}
