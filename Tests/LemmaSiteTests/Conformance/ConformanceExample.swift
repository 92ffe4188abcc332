import Foundation

/// One example of a cmark spec_tests file (```` ```````````````````````````````` example ```` fences,
/// `→` for tabs).
struct ConformanceExample: Sendable, CustomStringConvertible {
    /// File name and 1-based example number in that file, e.g. `spec.txt#308`.
    var id: String
    var markdown: String
    var line: Int

    var description: String { id }

    static func load(_ url: URL) throws -> [ConformanceExample] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [ConformanceExample] = []
        var markdown: [Substring]?
        var inHTML = false
        var startLine = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if markdown == nil {
                if line.hasPrefix(fence + " example") {
                    markdown = []
                    inHTML = false
                    startLine = offset + 1
                }
            } else if line == fence {
                let source = markdown!.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                examples.append(ConformanceExample(
                    id: "\(url.lastPathComponent)#\(examples.count + 1)", markdown: source, line: startLine))
                markdown = nil
            } else if line == "." && !inHTML {
                inHTML = true
            } else if !inHTML {
                markdown!.append(line)
            }
        }
        return examples
    }
}
