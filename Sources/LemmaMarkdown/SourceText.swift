/// The source's bytes split into lines, for the few positions cmark does not give exactly.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 = line 1).
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The byte at a 1-based line and column, or nil past the end of that line.
    func byte(line: Int, column: Int) -> UInt8? {
        guard let offset = offset(line: line, column: column), offset < bytes.count else { return nil }
        return bytes[offset]
    }

    /// Byte offset of a 1-based line and column, or nil when out of range.
    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        let lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
        return offset <= lineEnd ? offset : nil
    }

    /// Line and column of a byte offset.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}
