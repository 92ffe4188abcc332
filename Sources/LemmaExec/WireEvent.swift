/// One piece of an article program's stdout: text, or a record of the wire format
/// (see `Notebook.WireFormat`).
enum WireEvent: Sendable, Hashable {
    case text(String)
    case begin(item: Int)
    /// `seconds`: how long the item ran (for logs only).
    case end(item: Int, seconds: Double)
    case show(kind: String, body: String, caption: String?)
    case claim(passed: Bool, text: String, value: String, expected: String?, file: String, line: Int, column: Int)
    case inline(item: Int, text: String)
}
