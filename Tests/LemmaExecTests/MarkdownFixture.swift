@testable import LemmaExec

/// Reads the run cells and inline values of a small Markdown fixture with the positions the
/// site pipeline reports (a tiny stand-in for the real parser, enough for fixtures).
enum MarkdownFixture {
    static func program(file: String, markdown: String, timeout: Double? = nil) -> ProgramSource {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var items: [ProgramItem] = []
        var cellCount = 0
        var inlineCount = 0
        var number = 0
        while number < lines.count {
            let line = lines[number]
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.dropFirst(indent)
            if trimmed.hasPrefix("```") {
                let info = String(trimmed.dropFirst(3))
                var end = number + 1
                while end < lines.count && lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
                if case .success(let options)? = CellOptions.parse(info: info) {
                    let code = lines[(number + 1)..<end].map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
                    items.append(.cell(CellSource(
                        index: cellCount, code: code.joined(separator: "\n") + "\n",
                        line: number + 2, column: indent + 1, options: options
                    )))
                    cellCount += 1
                }
                number = end + 1
                continue
            }
            var searchStart = line.startIndex
            while let open = line[searchStart...].range(of: "`{swift} ") {
                guard let close = line[open.upperBound...].firstIndex(of: "`") else { break }
                let column = line.utf8.distance(from: line.startIndex, to: open.upperBound) + 1
                items.append(.inline(InlineSource(
                    index: inlineCount, expression: String(line[open.upperBound..<close]),
                    line: number + 1, column: column
                )))
                inlineCount += 1
                searchStart = line.index(after: close)
            }
            number += 1
        }
        return ProgramSource(file: file, items: items, timeout: timeout)
    }
}
