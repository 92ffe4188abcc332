/// One piece of TeX on a page, in document order.
public struct MathInput: Sendable, Hashable {
    /// The TeX source without its math delimiters (`$`, `$$`, `\(`, `\[`); for `.environment` the
    /// whole `\begin{…}…\end{…}` text; for `.reference` the `\eqref{…}`/`\ref{…}` command.
    public var tex: String
    public var style: MathStyle

    public init(tex: String, style: MathStyle) {
        self.tex = tex
        self.style = style
    }
}
