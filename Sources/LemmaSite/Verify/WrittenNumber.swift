import LemmaDiagnostics

/// A number as an author typed it in prose or inline math, e.g. `0.83`, `2,357` or `83 %`.
struct WrittenNumber: Sendable, Hashable {
    /// The text as written (without a sign).
    var text: String
    /// Its magnitude (signs are ignored: "falls by 2.33" and "−2.33" state the same number).
    var value: Double
    /// Digits after the decimal point: the precision it is written with.
    var decimals: Int
    /// Followed by `%`: the number stands for `value / 100` too.
    var isPercent: Bool
    /// Where it starts in the article.
    var position: SourcePosition
}

/// A number that appears in what an article's program produced: printed text, a table, an
/// inline value or a claim's value.
struct ProducedNumber: Sendable, Hashable {
    /// Where it came from, for the warning's message and hint.
    enum Origin: Sendable, Hashable {
        /// Printed or shown by the run cell whose code starts at `line`.
        case cell(line: Int)
        /// The inline value `{swift} expression` at `line`.
        case inline(expression: String, line: Int)
        /// The value of the claim at `line`.
        case claim(line: Int)
    }

    var text: String
    /// Magnitude, as for ``WrittenNumber/value``.
    var value: Double
    var origin: Origin
}
