extension NumberScanner {
    /// Commands whose braced argument holds no number of the prose (labels, references, spacing).
    static let ignoredArguments: Set<String> = [
        "label", "tag", "ref", "eqref", "hspace", "vspace", "kern", "mkern", "hskip", "color",
        "textcolor", "begin", "end",
    ]

    /// Numbers in inline TeX, with offsets into `tex`: superscripts and subscripts
    /// (`10^{-3}`, `x_2`), command names and the arguments of ``ignoredArguments`` are skipped,
    /// since an exponent or an index is not a quantity the prose states.
    static func numbers(inTeX tex: String) -> [Match] {
        var bytes = Array(tex.utf8)
        let space = UInt8(ascii: " ")
        func blank(_ range: Range<Int>) {
            for i in range where i < bytes.count && bytes[i] != UInt8(ascii: "\n") { bytes[i] = space }
        }
        /// The end of the group or token starting at `index` (after spaces).
        func argumentEnd(from index: Int) -> Int {
            var i = index
            while i < bytes.count, bytes[i] == space { i += 1 }
            guard i < bytes.count else { return i }
            if bytes[i] == UInt8(ascii: "{") {
                var depth = 0
                while i < bytes.count {
                    if bytes[i] == UInt8(ascii: "{") { depth += 1 }
                    if bytes[i] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { return i + 1 } }
                    i += 1
                }
                return i
            }
            if bytes[i] == UInt8(ascii: "\\") {
                i += 1
                while i < bytes.count, isLetter(bytes[i]) { i += 1 }
                return max(i, index + 1)
            }
            return i + 1
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "^") || byte == UInt8(ascii: "_") {
                let end = argumentEnd(from: index + 1)
                blank(index..<end)
                index = end
            } else if byte == UInt8(ascii: "\\") {
                var end = index + 1
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if ignoredArguments.contains(name) { end = argumentEnd(from: end) }
                blank(index..<max(end, index + 2))
                index = max(end, index + 2)
            } else {
                index += 1
            }
        }
        return numbers(in: String(decoding: bytes, as: UTF8.self))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
