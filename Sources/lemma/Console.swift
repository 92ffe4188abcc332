import Foundation
import LemmaDiagnostics
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
            write(paint("\(errors) error\(errors == 1 ? "" : "s")", code: "1;31"))
        }
    }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
