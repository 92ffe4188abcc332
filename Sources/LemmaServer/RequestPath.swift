/// Where a request path points inside the served site, decided before any lookup.
///
/// The raw path (as sent, still percent-encoded) is split on `/` first and each segment is
/// decoded on its own, so an encoded slash can never create a new segment. Anything that could
/// step outside the site or that a browser never sends for a real page is refused: `.` and `..`
/// segments (plain or encoded), empty segments (doubled slashes), backslashes, control
/// characters including NUL, a `%` left after decoding (double encoding), malformed escapes,
/// invalid UTF-8 and request targets that are not absolute paths.
public enum RequestPath: Sendable, Equatable {
    /// A path inside the site, relative to its base path: `""` for the home page,
    /// `posts/x/` for a folder, `assets/site.css` for a file.
    case site(String)
    /// A well-formed path that is not under the site's base path.
    case outsideBase
    /// A path that is refused outright (answered with 400).
    case invalid

    /// Classifies `rawPath` (the request target without its query) for a site served under
    /// `basePath` (`/` or `/blog/`).
    public static func resolve(_ rawPath: Substring, basePath: String) -> RequestPath {
        guard rawPath.first == "/" else { return .invalid }
        let rawSegments = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        segments.reserveCapacity(rawSegments.count)
        for (index, raw) in rawSegments.enumerated() {
            let isLast = index == rawSegments.count - 1
            if raw.isEmpty {
                // Only the trailing slash of a folder may leave an empty segment.
                guard isLast else { return .invalid }
                segments.append("")
                continue
            }
            guard let decoded = decodeSegment(raw), isAcceptable(decoded) else { return .invalid }
            segments.append(decoded)
        }
        let path = "/" + segments.joined(separator: "/")
        let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
        guard path.hasPrefix(base) else { return .outsideBase }
        return .site(String(path.dropFirst(base.count)))
    }

    /// Splits a request target into its path and query. An absolute-form target
    /// (`http://host/path`) gives its path; any other target not starting with `/` gives an
    /// empty path, which `resolve` refuses.
    public static func split(target: String) -> (path: Substring, query: Substring?) {
        var rest = Substring(target)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if rest.first != "/", let scheme = rest.range(of: "://") {
            let afterScheme = rest[scheme.upperBound...]
            rest = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
        }
        return (rest, query)
    }

    /// Percent-decodes one segment; nil for a malformed escape or bytes that are not UTF-8.
    static func decodeSegment(_ raw: Substring) -> String? {
        guard raw.contains("%") else { return String(raw) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether a decoded segment may name something inside the site.
    static func isAcceptable(_ segment: String) -> Bool {
        if segment == "." || segment == ".." { return false }
        for scalar in segment.unicodeScalars {
            switch scalar {
            case "/", "\\", "%": return false
            case "\u{0}"..."\u{1F}", "\u{7F}": return false
            default: continue
            }
        }
        // Windows-style drive letters and trailing dots or spaces never name a site file.
        if segment.hasSuffix(".") || segment.hasSuffix(" ") { return false }
        if segment.count >= 2, segment.dropFirst().first == ":" { return false }
        return true
    }
}
