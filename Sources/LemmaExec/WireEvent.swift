/// One piece of an article program's stdout: text, or a record of the wire format
/// (see `Notebook.WireFormat`).
enum WireEvent: Sendable, Hashable {
    case text(String)
    case begin(item: Int)
    /// `seconds`: how long the item ran (for logs only).
    case end(item: Int, seconds: Double)
    case show(kind: String, body: String, caption: String?)
    /// A claim; `file`/`line`/`column` are where the runtime says it was made.
    case claim(ClaimResult, file: String)
    case inline(item: Int, text: String)
    /// The program read its seed (which was `seed`).
    case seed(UInt64)
}
