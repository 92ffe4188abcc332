import LemmaDiagnostics

/// Turns links written by authors into site URLs and checks that internal targets exist.
///
/// Relative `.md` links resolve against the linking file's folder to an article or page; other
/// relative links resolve to copied files; `/…` links get the `base_url` path; `#anchor` and
/// `page.md#anchor` must name a heading (or footnote / equation) of the target.
struct LinkResolver: Sendable {
    /// Source path (`content/posts/a.md`) → output path (`posts/a/`).
    let pages: [String: String]
    /// Source path → anchors it defines.
    let anchors: [String: Set<String>]
    /// Content-relative source path of copied files (`content/posts/img/a.png`) → output path.
    let files: [String: String]
    let basePath: String

    /// What a link resolves to, or why it cannot.
    enum Resolution: Sendable, Hashable {
        case unchanged
        case url(String)
        case broken(String)
    }

    func resolve(_ destination: String, from sourcePath: String) -> Resolution {
        if destination.isEmpty || Self.isExternal(destination) { return .unchanged }
        let (pathPart, fragment) = Self.splitFragment(destination)
        if pathPart.isEmpty {
            guard let fragment else { return .unchanged }
            return anchorExists(fragment, in: sourcePath)
                ? .unchanged : .broken("no heading with id `\(fragment)` on this page")
        }
        if pathPart.hasPrefix("/") {
            return .url(basePath + pathPart.dropFirst() + (fragment.map { "#" + $0 } ?? ""))
        }
        let target = Self.join(directory: Self.directory(of: sourcePath), relative: pathPart)
        guard let target else { return .broken("link `\(destination)` leaves the content folder") }
        if target.hasSuffix(".md") {
            guard let output = pages[target] else {
                return .broken("link to `\(pathPart)` matches no article or page (looked for \(target))")
            }
            if let fragment, !anchorExists(fragment, in: target) {
                return .broken("`\(pathPart)` has no heading with id `\(fragment)`")
            }
            return .url(basePath + output + (fragment.map { "#" + $0 } ?? ""))
        }
        let bare = target.hasSuffix("/") ? String(target.dropLast()) : target
        guard let output = files[bare] else {
            return .broken("link to `\(pathPart)` matches no file (looked for \(bare))")
        }
        return .url(basePath + output + (fragment.map { "#" + $0 } ?? ""))
    }

    private func anchorExists(_ fragment: String, in source: String) -> Bool {
        let decoded = fragment.removingPercentEncodingIfPossible
        return anchors[source]?.contains(decoded) == true
    }

    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && !destination[..<colon].contains("/")
    }

    static func splitFragment(_ destination: String) -> (String, String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Joins and normalises `a/b` + `../c/d.md`; nil when it climbs above the root.
    static func join(directory: String, relative: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component).removingPercentEncodingIfPossible)
            }
        }
        guard parts.first == "content" else { return nil }
        return parts.joined(separator: "/") + (relative.hasSuffix("/") ? "/" : "")
    }
}

extension String {
    /// Percent-decoded when that yields valid UTF-8, otherwise unchanged.
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let h = iterator.next(), let l = iterator.next(),
                let value = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
