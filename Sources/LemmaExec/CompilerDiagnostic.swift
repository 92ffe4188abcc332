/// One located line of `swiftc` output (`file:line:col: error: message`).
struct CompilerDiagnostic: Sendable, Hashable, Codable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    /// The errors in `output`, in order, without repeats (notes, warnings and unlocated lines dropped).
    static func errors(in output: String) -> [CompilerDiagnostic] {
        var seen = Set<CompilerDiagnostic>()
        var result: [CompilerDiagnostic] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let diagnostic = parse(Substring(line)), diagnostic.severity == "error",
                  seen.insert(diagnostic).inserted else { continue }
            result.append(diagnostic)
        }
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
