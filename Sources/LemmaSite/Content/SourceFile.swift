import Foundation
import LemmaDiagnostics

/// A Markdown file read from disk and split into front matter and body.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site root (`content/posts/lion.md`), used in diagnostics.
    public var path: String
    /// The front matter's YAML text (without the `---` lines); nil when the file has none.
    public var frontMatter: String?
    /// The Markdown after the front matter.
    public var body: String
    /// Line in the file where `body` starts.
    public var bodyFirstLine: Int

    /// Byte-for-byte equality. `String`'s `==` compares by canonical equivalence, which is many
    /// times slower on non-ASCII text; byte-equal texts are also canonically equal, so hashing
    /// stays consistent.
    public static func == (a: SourceFile, b: SourceFile) -> Bool {
        a.bodyFirstLine == b.bodyFirstLine && a.path == b.path
            && (a.frontMatter == nil) == (b.frontMatter == nil)
            && sameBytes(a.frontMatter ?? "", b.frontMatter ?? "") && sameBytes(a.body, b.body)
    }

    /// Whether two strings have the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in
            x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
        } }
    }

    /// Decodes and splits a file's bytes; a non-UTF-8 or empty file is a located error.
    public static func read(_ data: Data, path: String) throws(Diagnostic) -> SourceFile {
        guard let text = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(data)
            let position = SourcePosition.of(
                utf8Offset: offset, in: String(decoding: data.prefix(offset), as: UTF8.self))
            throw Diagnostic(
                file: path, line: position.line, column: position.column, stage: "load",
                message: "file is not valid UTF-8 (byte 0x\(String(data[data.startIndex + offset], radix: 16, uppercase: true)))",
                hint: "save the file as UTF-8")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw Diagnostic(file: path, stage: "load", message: "file is empty")
        }
        return try split(text, path: path)
    }

    /// Splits `---` front matter from the body (a BOM is tolerated).
    public static func split(_ text: String, path: String) throws(Diagnostic) -> SourceFile {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            return SourceFile(path: path, frontMatter: nil, body: String(text), bodyFirstLine: 1)
        }
        // Lines are found on the bytes: "\r\n" is one Character, so a Character search for "\n"
        // would miss the line ends of a CRLF file.
        let bytes = text.utf8
        var lineNumber = 1
        var yamlStart = text.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var contentEnd = lineEnd
            if contentEnd > index, bytes[bytes.index(before: contentEnd)] == UInt8(ascii: "\r") {
                contentEnd = bytes.index(before: contentEnd)
            }
            let line = bytes[index..<contentEnd]
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            if lineNumber == 1 {
                yamlStart = next
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(text[yamlStart..<index])
                return SourceFile(
                    path: path, frontMatter: yaml, body: String(text[next...]),
                    bodyFirstLine: lineNumber + 1)
            }
            lineNumber += 1
            index = next
        }
        throw Diagnostic(
            file: path, line: 1, column: 1, stage: "load",
            message: "front matter is not closed", hint: "end it with a line `---`")
    }

    /// Byte offset of the first sequence that is not valid UTF-8.
    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return min(offset, data.count - 1)
            }
        }
    }
}
