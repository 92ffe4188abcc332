import NIOCore

/// Strong entity tags and `If-None-Match` matching (RFC 9110 §8.8.3, §13.1.2).
public enum EntityTag {
    /// A quoted tag from the 64-bit FNV-1a hash of the bytes and their length.
    public static func strong(for buffer: ByteBuffer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        buffer.withUnsafeReadableBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "-" + String(buffer.readableBytes, radix: 16) + "\""
    }

    /// Whether an `If-None-Match` header value matches `etag` (weak comparison, as the RFC asks
    /// for this header): `*`, or any listed tag equal once a `W/` prefix is ignored.
    public static func matches(ifNoneMatch header: String, etag: String) -> Bool {
        let wanted = opaque(etag)
        for candidate in header.split(separator: ",") {
            let tag = candidate.trimmingSpaces()
            if tag == "*" || opaque(tag) == wanted { return true }
        }
        return false
    }

    static func opaque(_ tag: some StringProtocol) -> Substring {
        let text = Substring(tag)
        return text.hasPrefix("W/") ? text.dropFirst(2) : text
    }
}

extension StringProtocol {
    func trimmingSpaces() -> Substring {
        let text = Substring(self)
        let start = text.firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
        let end = text.lastIndex { $0 != " " && $0 != "\t" }.map { text.index(after: $0) } ?? start
        return start < end ? text[start..<end] : text[start..<start]
    }
}
