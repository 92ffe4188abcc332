/// Where each program item sits in canonical positions and in the Markdown file.
struct LineMap: Sendable, Hashable {
    /// One entry per program item, in order.
    struct Entry: Sendable, Hashable {
        /// `cell` or `inline` index (``CellSource/index`` / ``InlineSource/index``).
        var index: Int
        var isCell: Bool
        var expectError: Bool
        /// First canonical line and number of lines.
        var canonicalLine: Int
        var lineCount: Int
        /// First Markdown line and the column every line starts at.
        var line: Int
        var column: Int
        /// The item's source lines, unpadded.
        var lines: [String]

        var canonicalRange: Range<Int> { canonicalLine..<(canonicalLine + lineCount) }
    }

    var entries: [Entry]

    /// The entry whose canonical lines hold `canonicalLine`.
    func entry(containing canonicalLine: Int) -> Entry? {
        entries.first { $0.canonicalRange.contains(canonicalLine) }
    }

    /// The Markdown line of a canonical line (the first item's line when it is outside every item).
    func line(forCanonical canonicalLine: Int) -> Int {
        guard let entry = entry(containing: canonicalLine) else { return entries.first?.line ?? 1 }
        return entry.line + (canonicalLine - entry.canonicalLine)
    }

    /// Where a `claim(` call really starts: the runtime reports the column of its argument
    /// list, so step back over spaces and the word `claim` when the line has them.
    func claimColumn(canonicalLine: Int, column: Int) -> Int {
        guard let entry = entry(containing: canonicalLine) else { return column }
        let text = entry.lines[canonicalLine - entry.canonicalLine]
        let bytes = Array(repeating: UInt8(ascii: " "), count: entry.column - 1) + Array(text.utf8)
        var end = column - 1  // 0-based offset of the reported column
        guard end > 0, end <= bytes.count else { return column }
        while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let word = Array("claim".utf8)
        guard end >= word.count, Array(bytes[(end - word.count)..<end]) == word else { return column }
        return end - word.count + 1
    }
}
