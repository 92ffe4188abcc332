/// A problem found while building a site, located in a source file.
///
/// Printed as `path:line:col: severity: message` — the form editors and CI problem matchers parse.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    /// Path relative to the site root (or as given on the command line).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in UTF-8 bytes like compilers do.
    public var column: Int
    /// Pipeline stage that found the problem (`load`, `parse`, `math`, `execute`, `links`, …).
    public var stage: String
    public var severity: Severity
    public var message: String
    /// An optional suggestion printed on its own line as `note:`.
    public var hint: String?

    public init(
        file: String, line: Int = 1, column: Int = 1, stage: String,
        severity: Severity = .error, message: String, hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.stage = stage
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `path:line:col: error: message`, followed by `path:line:col: note: hint` when there is a hint.
    public var description: String {
        var text = "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        if let hint {
            text += "\n\(file):\(line):\(column): note: \(hint)"
        }
        return text
    }
}

/// Several diagnostics thrown together (a build reports every failing file in one run).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// A 1-based line and column (UTF-8 bytes) in a text.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// The position `utf8Offset` bytes into `text`.
    public static func of(utf8Offset: Int, in text: String) -> SourcePosition {
        var line = 1
        var lineStart = 0
        var index = 0
        for byte in text.utf8 {
            if index >= utf8Offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: utf8Offset - lineStart + 1)
    }
}
