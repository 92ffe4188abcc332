#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// One structured record an article program sends to the runner (see ``WireFormat``).
enum WireRecord {
    case begin(item: Int)
    case end(item: Int, seconds: Double)
    case show(Display, caption: String?)
    case claim(ClaimRecord)
    case inline(item: Int, text: String)
    case seed(UInt64)

    /// The record's JSON object, keys in the documented order.
    var json: String {
        switch self {
        case .begin(let item):
            return JSONText.object([("type", JSONText.string("begin")), ("item", String(item))])
        case .end(let item, let seconds):
            return JSONText.object([
                ("type", JSONText.string("end")), ("item", String(item)), ("seconds", String(seconds)),
            ])
        case .show(let display, let caption):
            let (kind, body): (String, String)
            switch display {
            case .svg(let svg): (kind, body) = ("svg", svg)
            case .html(let html): (kind, body) = ("html", html)
            case .text(let text): (kind, body) = ("text", text)
            }
            return JSONText.object([
                ("type", JSONText.string("show")), ("kind", JSONText.string(kind)),
                ("body", JSONText.string(body)), ("caption", JSONText.optionalString(caption)),
            ])
        case .claim(let claim):
            return JSONText.object([
                ("type", JSONText.string("claim")), ("passed", claim.passed ? "true" : "false"),
                ("text", JSONText.string(claim.text)), ("value", JSONText.string(claim.value)),
                ("expected", JSONText.optionalString(claim.expected)), ("file", JSONText.string(claim.file)),
                ("line", String(claim.line)), ("column", String(claim.column)),
                ("kind", JSONText.string(claim.kind.rawValue)),
                ("margin", claim.margin.map { String(describing: $0) } ?? "null"),
            ])
        case .inline(let item, let text):
            return JSONText.object([
                ("type", JSONText.string("inline")), ("item", String(item)), ("text", JSONText.string(text)),
            ])
        case .seed(let seed):
            return JSONText.object([("type", JSONText.string("seed")), ("seed", String(seed))])
        }
    }

    /// Writes the record to stdout and flushes it.
    func emit() {
        let line = WireFormat.sentinel + json + "\n"
        fputs(line, stdout)
        fflush(stdout)
    }
}
