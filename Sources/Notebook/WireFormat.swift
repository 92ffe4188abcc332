/// The wire format between an article program and the runner (`LemmaExec`).
///
/// This comment is the single reference for the format; `LemmaExec.ResultParser` reads it.
///
/// ## Streams
///
/// - **stdout** carries ordinary `print` text unchanged, interleaved with *records*.
/// - **stderr** is not part of the protocol: the runner reads it only to explain a crash
///   (the Swift runtime's `Fatal error: …` line and its backtrace).
///
/// ## Records
///
/// A record is the byte `0x1E` (ASCII record separator), the text `lemma:`, one JSON object
/// on a single line (strings escaped, so it never contains a newline) and a final `\n`:
///
/// ```text
/// \u{1E}lemma:{"type":"show","kind":"svg","body":"<svg …>","caption":"Loss"}\n
/// ```
///
/// A record may start in the middle of a line (after `print("x", terminator: "")`): everything
/// before the sentinel is ordinary text. Keys appear in a fixed order, numbers are decimal
/// integers (`seconds` is a decimal number), and absent optional values are `null`. The record types are:
///
/// | `type` | other keys | meaning |
/// |---|---|---|
/// | `begin` | `item` | the program enters item `item` (0-based position of a cell or inline value among the article's program items) |
/// | `end` | `item`, `seconds` | item `item` finished normally after `seconds` of wall-clock time (for the runner's log only: it never reaches a page) |
/// | `show` | `kind` (`svg`, `html`, `text`), `body`, `caption` (string or `null`) | a value shown with `show(_:caption:)` |
/// | `claim` | `passed` (bool), `text`, `value`, `expected` (string or `null`), `file`, `line`, `column`, `kind` (`condition`, `exact`, `approximate`), `margin` (number or `null`) | a checked claim; `file`/`line`/`column` are the call site (the Markdown position under `#sourceLocation`); `margin` is the fraction of an approximate claim's tolerance used, `|value − expected| / allowed` |
/// | `inline` | `item`, `text` | the text of the inline value `{swift} expr` at item `item` |
/// | `seed` | `seed` | the program read its seed (``seed``), so its results depend on it; sent once, at the first read |
///
/// ## Flushing and failure
///
/// The program's stdout is line-buffered from ``_NotebookRuntime/start()`` on, and every record
/// is flushed as soon as it is written, so whatever a program printed before it crashed or was
/// killed reaches the runner. A failing claim is a record, not a trap: the program goes on.
/// A cell with its own timeout arms a real-time interval timer at `begin` and disarms it at
/// `end`; when it fires, the default `SIGALRM` action ends the program, and the runner reports
/// the timeout at the last item that began and did not end.
public enum WireFormat {
    /// The bytes that open every record: `0x1E` followed by `lemma:`.
    public static let sentinel = "\u{1E}lemma:"
}
