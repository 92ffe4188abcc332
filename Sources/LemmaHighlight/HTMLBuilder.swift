/// Accumulates UTF-8 HTML bytes, escaping text as it goes.
struct HTMLBuilder {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text with `&`, `<`, `>` and `"` escaped (the same set cmark escapes in code).
    mutating func appendEscaped(_ text: ArraySlice<UInt8>) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    mutating func appendTagOpen(_ cssClass: String) {
        bytes.append(contentsOf: "<span class=\"".utf8)
        bytes.append(contentsOf: cssClass.utf8)
        bytes.append(contentsOf: "\">".utf8)
    }

    mutating func appendTagClose() {
        bytes.append(contentsOf: "</span>".utf8)
    }

    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
