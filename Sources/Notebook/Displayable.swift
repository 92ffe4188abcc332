/// Something an article program can `show(_:caption:)`: a chart, a table, a value.
///
/// Conforming types say how they look on a page; the runner places the result after the cell
/// that showed it.
public protocol Displayable {
    /// The rendered form of the value.
    var display: Display { get }
}

/// The rendered form of a ``Displayable`` value.
public enum Display: Sendable, Hashable {
    /// A complete `<svg>…</svg>` element, inlined in a `<figure class="chart">`.
    case svg(String)
    /// An HTML fragment (for example a `<table>`), inlined as is.
    case html(String)
    /// Plain text, HTML-escaped and shown like printed output.
    case text(String)
}
