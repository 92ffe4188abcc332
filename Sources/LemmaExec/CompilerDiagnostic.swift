/// One located line of `swiftc` output (`file:line:col: error: message`).
struct CompilerDiagnostic: Sendable, Hashable, Codable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
    /// A note that explains the error (set when a note supplied the position).
    var hint: String?

    /// The errors in `output`, in order, without repeats (warnings and unlocated lines dropped).
    ///
    /// An error outside `article` (in the generated glue, like the "expected '}'" at the end of
    /// the program for a brace a cell never closed) takes the position of the first note after
    /// it that is inside `article`, and the note's text as a hint.
    static func errors(in output: String, article: String? = nil) -> [CompilerDiagnostic] {
        var seen = Set<CompilerDiagnostic>()
        var result: [CompilerDiagnostic] = []
        var pending: CompilerDiagnostic?
        func commit() {
            if let error = pending, seen.insert(error).inserted { result.append(error) }
            pending = nil
        }
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let diagnostic = parse(Substring(line)) else { continue }
            switch diagnostic.severity {
            case "error":
                commit()
                pending = diagnostic
            case "note":
                if var error = pending, let article, error.file != article, diagnostic.file == article {
                    error.file = diagnostic.file
                    error.line = diagnostic.line
                    error.column = diagnostic.column
                    error.hint = diagnostic.message
                    pending = error
                }
            default:
                continue
            }
        }
        commit()
        return result
    }

    /// Parses `path:LINE:COL: severity: message`; `nil` for any other line.
    static func parse(_ line: Substring) -> CompilerDiagnostic? {
        for severity in ["error", "warning", "note"] {
            let marker = ": \(severity): "
            guard let markerRange = line.range(of: marker) else { continue }
            let location = line[..<markerRange.lowerBound]
            let parts = location.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]),
                  let column = Int(parts[parts.count - 1]) else { continue }
            let file = parts[0..<(parts.count - 2)].joined(separator: ":")
            return CompilerDiagnostic(
                file: file, line: lineNumber, column: column, severity: severity,
                message: String(line[markerRange.upperBound...])
            )
        }
        return nil
    }
}
