/// Splits TeX source into tokens, working on UTF-8 bytes. Comments (`%` to end of line) are dropped,
/// runs of white space become one `.space` token, and white space after a control word is skipped.
enum TeXLexer {
    static func tokenize(_ text: String) throws(TeXError) -> [TeXToken] {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(TeXError) -> [TeXToken] in try tokenize(bytes) }
        }
        return try result.get()
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) throws(TeXError) -> [TeXToken] {
        var tokens: [TeXToken] = []
        tokens.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                while index < count, isSpace(bytes[index]) { index += 1 }
                tokens.append(TeXToken(.space, at: start))
            case UInt8(ascii: "%"):
                while index < count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\\"):
                index += 1
                guard index < count else {
                    throw TeXError(utf8Offset: start, message: "stray \\ at the end of the formula")
                }
                if isLetter(bytes[index]) {
                    let nameStart = index
                    while index < count, isLetter(bytes[index]) { index += 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
                    tokens.append(TeXToken(.command(name), at: start))
                    while index < count, isSpace(bytes[index]) { index += 1 }
                } else if isSpace(bytes[index]) {
                    // `\` followed by a space, tab or line break is a control space.
                    index += 1
                    tokens.append(TeXToken(.command(" "), at: start))
                } else {
                    let (scalar, length) = decodeScalar(bytes, at: index)
                    index += length
                    tokens.append(TeXToken(.command(String(Character(scalar))), at: start))
                }
            case UInt8(ascii: "{"):
                index += 1
                tokens.append(TeXToken(.beginGroup, at: start))
            case UInt8(ascii: "}"):
                index += 1
                tokens.append(TeXToken(.endGroup, at: start))
            case UInt8(ascii: "^"):
                index += 1
                tokens.append(TeXToken(.superscriptMark, at: start))
            case UInt8(ascii: "_"):
                index += 1
                tokens.append(TeXToken(.subscriptMark, at: start))
            case UInt8(ascii: "&"):
                index += 1
                tokens.append(TeXToken(.alignment, at: start))
            case UInt8(ascii: "~"):
                index += 1
                tokens.append(TeXToken(.tie, at: start))
            case UInt8(ascii: "$"):
                index += 1
                tokens.append(TeXToken(.mathShift, at: start))
            case UInt8(ascii: "#"):
                index += 1
                if index < count, bytes[index] >= UInt8(ascii: "1"), bytes[index] <= UInt8(ascii: "9") {
                    tokens.append(TeXToken(.parameter(Int(bytes[index] - UInt8(ascii: "0"))), at: start))
                    index += 1
                } else {
                    tokens.append(TeXToken(.parameter(0), at: start))
                }
            default:
                if byte < 0x80 {
                    index += 1
                    tokens.append(TeXToken(.character(Unicode.Scalar(byte)), at: start))
                } else if isSpace(bytes[index]) {
                    // `\` followed by a space, tab or line break is a control space.
                    index += 1
                    tokens.append(TeXToken(.command(" "), at: start))
                } else {
                    let (scalar, length) = decodeScalar(bytes, at: index)
                    index += length
                    tokens.append(TeXToken(.character(scalar), at: start))
                }
            }
        }
        return tokens
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Decodes one UTF-8 sequence; malformed bytes decode as U+FFFD, one byte at a time.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 0
        var value: UInt32 = 0
        if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
