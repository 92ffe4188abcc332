/// How a piece of TeX appears on the page, which decides what `MathPage.render` returns for it.
public enum MathStyle: Sendable, Hashable {
    /// `$…$` or `\(…\)`: yields `<math>…</math>`.
    case inline
    /// `$$…$$` or `\[…\]`: yields `<math display="block">…</math>`. Unnumbered unless it contains
    /// `\tag{…}` (MathJax AMS rules); a tagged display yields the `<div class="equation">` wrapper.
    case display
    /// A whole `\begin{equation}…\end{equation}` (or `align`, `gather`, `multline`, `eqnarray`,
    /// starred or not): yields the complete block HTML, equation numbers included.
    case environment
    /// Prose `\eqref{label}` or `\ref{label}`: yields a bare link `<a class="eqref" href="#eq-label">(3)</a>`.
    case reference
}
