import LemmaDiagnostics

/// The ways math appears in a document.
public enum MathKind: Sendable, Hashable {
    /// `$…$` or `\(…\)` in a sentence.
    case inline
    /// `$$…$$` or `\[…\]` inside a paragraph (rendered as a `<span>`, since a `<div>` cannot sit in a `<p>`).
    case displayInline
    /// `$$…$$` or `\[…\]` on lines of its own.
    case displayBlock
    /// `\begin{equation}` … `\end{equation}` (and `align`, `gather`, `multline`, `eqnarray`, starred or not).
    case environment
    /// `\eqref{…}` or `\ref{…}` written in prose, outside math.
    case reference
}

/// One piece of math, in document order.
public struct MathSpan: Sendable, Hashable {
    /// Position among the document's math spans (0-based, document order).
    public var index: Int
    /// The TeX without delimiters; for `.environment` the whole `\begin…\end` text; for
    /// `.reference` the command as written, e.g. `\eqref{eq:x}`. Display blocks are trimmed.
    public var tex: String
    public var kind: MathKind
    /// The opening delimiter, in lines of the original file.
    public var position: SourcePosition
    /// The first character of `tex`.
    public var texPosition: SourcePosition

    public init(index: Int, tex: String, kind: MathKind, position: SourcePosition, texPosition: SourcePosition) {
        self.index = index
        self.tex = tex
        self.kind = kind
        self.position = position
        self.texPosition = texPosition
    }
}
