import LemmaDiagnostics

/// Finds decimal numbers in text: `12`, `0.83`, `2,357`, `1e-12`, `−2.33`, `83 %`.
///
/// A number glued to an ASCII letter, a digit group, `_` or a dot on either side (`T6`,
/// `v1.2.3`, `3rd`, `x_2`) is not a number of the prose and is skipped, as are ISO dates
/// (`2026-11-10`). Chinese text writes numbers next to characters (`第95步`): those count.
enum NumberScanner {
    /// A number found in a text: its characters' UTF-8 range and parsed form.
    struct Match: Sendable, Hashable {
        var text: String
        var value: Double
        var decimals: Int
        var isPercent: Bool
        /// UTF-8 offset of the first digit.
        var offset: Int
        /// Directly inside parentheses: `(3)`, as equation numbers are cited.
        var isParenthesised: Bool
    }

    static func numbers(in text: String) -> [Match] {
        let bytes = Array(text.utf8)
        var matches: [Match] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), !gluedBefore(bytes, index) else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            var end = index
            // Integer part, with `,` thousands separators only in groups of three.
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            digits += String(decoding: bytes[start..<end], as: UTF8.self)
            let leadingDigits = end - start
            while leadingDigits <= 3, end < bytes.count, isThousandsGroup(bytes, comma: end) {
                digits += String(decoding: bytes[(end + 1)...(end + 3)], as: UTF8.self)
                end += 4
            }
            var decimals = 0
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(bytes[end + 1]) {
                var cursor = end + 1
                while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
                decimals = cursor - end - 1
                digits += String(decoding: bytes[end..<cursor], as: UTF8.self)
                end = cursor
            }
            var exponent = ""
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "e") || bytes[end] == UInt8(ascii: "E") {
                var cursor = end + 1
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+") {
                    cursor += 1
                }
                let digitStart = cursor
                while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
                if cursor > digitStart {
                    exponent = String(decoding: bytes[end..<cursor], as: UTF8.self)
                    end = cursor
                }
            }
            defer { index = max(end, index + 1) }
            if gluedAfter(bytes, end) || isDate(bytes, start: start, end: end) { continue }
            guard let value = Double(digits + exponent) else { continue }
            var after = end
            while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            let isPercent = after < bytes.count && bytes[after] == UInt8(ascii: "%")
            let isParenthesised = start > 0 && bytes[start - 1] == UInt8(ascii: "(")
                && end < bytes.count && bytes[end] == UInt8(ascii: ")")
            matches.append(Match(
                text: String(decoding: bytes[start..<end], as: UTF8.self), value: value,
                decimals: exponent.isEmpty ? decimals : max(0, decimals - (Int(exponent.dropFirst()) ?? 0)),
                isPercent: isPercent, offset: start, isParenthesised: isParenthesised))
        }
        return matches
    }

    /// Numeric literals in Swift code: `0.05`, `10_000`, `1e-3`, `0x10` (not identifiers' digits).
    static func literals(inCode code: String) -> [Double] {
        let cleaned = String(code.unicodeScalars.filter { $0 != "_" }.map(Character.init))
        return numbers(in: cleaned).map(\.value)
            + numbers(in: code.replacingOccurrences(of: "_", with: " ")).map(\.value)
    }

    /// `,ddd` at `comma`, not followed by a fourth digit.
    private static func isThousandsGroup(_ bytes: [UInt8], comma: Int) -> Bool {
        guard bytes[comma] == UInt8(ascii: ","), comma + 3 < bytes.count else { return false }
        guard (1...3).allSatisfy({ isDigit(bytes[comma + $0]) }) else { return false }
        return !(comma + 4 < bytes.count && isDigit(bytes[comma + 4]))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isGlue(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "\\")
    }

    private static func gluedBefore(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = bytes[index - 1]
        if isGlue(previous) { return true }
        // `v1.2`, `1.2.3`: a dot right after a digit or letter.
        return previous == UInt8(ascii: ".") && index > 1 && isGlue(bytes[index - 2])
    }

    private static func gluedAfter(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end < bytes.count else { return false }
        if isGlue(bytes[end]) { return true }
        // `1.2.3`, `3.x`
        return bytes[end] == UInt8(ascii: ".") && end + 1 < bytes.count && isGlue(bytes[end + 1])
    }

    /// `2026-11-10` (and the `11`, `10` inside it).
    private static func isDate(_ bytes: [UInt8], start: Int, end: Int) -> Bool {
        func at(_ i: Int, _ byte: UInt8) -> Bool { i >= 0 && i < bytes.count && bytes[i] == byte }
        let dash = UInt8(ascii: "-")
        return (end - start == 4 && at(end, dash) && end + 2 < bytes.count && isDigit(bytes[end + 1]))
            || (at(start - 1, dash) && start >= 2 && isDigit(bytes[start - 2]))
    }
}
