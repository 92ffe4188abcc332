import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaSite

/// Progress and diagnostics on stderr; colour only on a terminal and never with `NO_COLOR`.
struct Console: Sendable {
    var quiet: Bool
    var verbose: Bool
    var colour: Bool = Console.stderrWantsColour

    static var stderrWantsColour: Bool {
        isatty(FileHandle.standardError.fileDescriptor) != 0
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func progress(_ line: ProgressLine) {
        guard !quiet else { return }
        write(paint(line.text, code: "2"))
    }

    func info(_ text: String) {
        guard !quiet else { return }
        write(text)
    }

    func detail(_ text: String) {
        guard verbose, !quiet else { return }
        write(paint(text, code: "2"))
    }

    func diagnostics(_ list: [Diagnostic]) {
        for diagnostic in list {
            var text = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): "
            let label = diagnostic.severity.rawValue
            text += paint("\(label):", code: diagnostic.severity == .error ? "1;31" : "1;33")
            text += " " + paint(diagnostic.message, code: "1")
            if let hint = diagnostic.hint {
                text += "\n\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): " + paint("note:", code: "1;36") + " \(hint)"
            }
            write(text)
        }
        if !list.isEmpty, !quiet {
            let errors = list.filter { $0.severity == .error }.count
            let warnings = list.filter { $0.severity == .warning }.count
            var counts: [String] = []
            if errors > 0 { counts.append(paint("\(errors) error\(errors == 1 ? "" : "s")", code: "1;31")) }
            if warnings > 0 { counts.append(paint("\(warnings) warning\(warnings == 1 ? "" : "s")", code: "1;33")) }
            write(counts.joined(separator: ", "))
        }
    }

    /// The tightest and the loosest approximate claims, by the share of their tolerance used.
    func margins(_ claims: [CheckedClaim], count: Int = 5) {
        let measured = claims.filter { $0.claim.kind == .approximate }
            .sorted { ($0.claim.margin ?? .infinity, $0.file, $0.claim.line) > ($1.claim.margin ?? .infinity, $1.file, $1.claim.line) }
        guard !measured.isEmpty, !quiet else { return }
        let exact = claims.filter { $0.claim.kind == .exact }.count
        let conditions = claims.filter { $0.claim.kind == .condition }.count
        write("claims: \(measured.count) approximate, \(exact) exact, \(conditions) conditions")
        func line(_ entry: CheckedClaim) -> String {
            let seeds = entry.claim.runs > 1 ? " over \(entry.claim.runs) seeds" : ""
            return "  \(entry.claim.marginText.padding(toLength: 6, withPad: " ", startingAt: 0)) \(entry.file):\(entry.claim.line):\(entry.claim.column)  \(entry.claim.text)\(seeds)"
        }
        write("tightest (share of the tolerance used):")
        measured.prefix(count).forEach { write(line($0)) }
        write("loosest:")
        measured.suffix(count).reversed().forEach { write(line($0)) }
    }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
