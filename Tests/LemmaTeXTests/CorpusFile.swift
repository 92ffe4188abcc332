import Foundation
@testable import LemmaTeX

/// Reads and writes the corpus files: entries start with a line `@inline`, `@display`,
/// `@environment` or `@reference`, followed by the TeX (possibly several lines). In expectation
/// files a line starting with `=> ` (output, line breaks written as U+23CE) or `! `
/// (`offset: message`) ends the entry.
enum CorpusFile {
    struct Entry: Equatable {
        var input: MathInput
        var expectation: String?
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    /// The corpus file from the source folder (so a re-recorded snapshot is read back at once),
    /// falling back to the copy in the test bundle's resources.
    static func read(_ name: String) throws -> String {
        let source = directory.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: source.path) {
            return try String(contentsOf: source, encoding: .utf8)
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Corpus") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["LEMMA_RECORD"] == "1" }

    static func record(_ text: String, as name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    static func parse(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        var style: MathStyle?
        var lines: [Substring] = []
        var expectation: String?
        func flush() {
            if let style {
                entries.append(Entry(input: MathInput(tex: lines.joined(separator: "\n"), style: style),
                                     expectation: expectation))
            }
            style = nil
            lines = []
            expectation = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            switch line {
            case "@inline": flush(); style = .inline
            case "@display": flush(); style = .display
            case "@environment": flush(); style = .environment
            case "@reference": flush(); style = .reference
            default:
                if line.hasPrefix("=> ") || line.hasPrefix("! ") {
                    expectation = String(line)
                } else if style != nil && expectation == nil {
                    lines.append(line)
                }
            }
        }
        flush()
        while let last = entries.last, last.input.tex.isEmpty { entries.removeLast() }
        return entries
    }

    static func styleName(_ style: MathStyle) -> String {
        switch style {
        case .inline: return "@inline"
        case .display: return "@display"
        case .environment: return "@environment"
        case .reference: return "@reference"
        }
    }

    static func expectation(for result: Result<String, TeXError>) -> String {
        switch result {
        case .success(let html): return "=> " + html.replacingOccurrences(of: "\n", with: "\u{23CE}")
        case .failure(let error): return "! \(error.utf8Offset): \(error.message)"
        }
    }

    static func format(_ entries: [Entry]) -> String {
        entries.map { "\(styleName($0.input.style))\n\($0.input.tex)\n\($0.expectation ?? "")\n" }.joined()
    }
}
