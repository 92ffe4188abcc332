import LemmaMarkdown

/// Reading time that counts Chinese, Japanese and Korean characters sensibly.
///
/// Latin-script text is read at about 220 words a minute; CJK text has no spaces between words,
/// so its characters are counted instead, at about 400 a minute.
enum ReadingTime {
    static let wordsPerMinute = 220.0
    static let cjkCharactersPerMinute = 400.0

    static func minutes(_ text: String) -> Int {
        var words = 0
        var cjk = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                cjk += 1
                inWord = false
            } else if isWordCharacter(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        let minutes = Double(words) / wordsPerMinute + Double(cjk) / cjkCharactersPerMinute
        return max(1, Int(minutes.rounded()))
    }

    /// Letters and digits (an ASCII fast path before the Unicode property lookup).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}

/// The opening of a text, cut at a word boundary, for listings and feeds.
enum Summary {
    static func opening(of text: String, limit: Int = 220) -> String {
        var collapsed = ""
        var appended = 0  // characters in `collapsed`, counted as they go (`count` walks the string)
        var lastWasSpace = true
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace {
                    collapsed.append(" ")
                    appended += 1
                }
                lastWasSpace = true
            } else {
                collapsed.append(character)
                appended += 1
                lastWasSpace = false
            }
            if appended > limit { break }
        }
        collapsed = collapsed.trimmingTrailingSpace
        guard collapsed.count > limit else { return collapsed }
        var cut = String(collapsed.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }
}

extension String {
    var trimmingTrailingSpace: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// An article's prose with its code spans kept aside, for the automatic summary.
struct SummarySource: Sendable, Hashable {
    enum Span: Sendable, Hashable {
        case code(String)
        /// An inline value, with its code (`{swift} expr`).
        case inlineValue(String)
    }

    /// `MarkdownDocument.proseText`: one `inlineCodeMark` per code span.
    var prose: String
    var spans: [Span]

    /// The opening of the prose (about `limit` characters, enough for a summary), with code
    /// spans as their code and inline values as computed (`values` by ordinal); a value that
    /// was not computed shows its code.
    func text(values: [Int: String], limit: Int = 2000) -> String {
        var result = ""
        var appended = 0  // characters in `result`, counted as they go (`count` walks the string)
        var spanIndex = 0
        var valueIndex = 0
        for character in prose {
            if appended > limit { break }
            guard character == MarkdownDocument.inlineCodeMark, spanIndex < spans.count else {
                result.append(character)
                appended += 1
                continue
            }
            let text: String
            switch spans[spanIndex] {
            case .code(let code):
                text = code
            case .inlineValue(let code):
                text = values[valueIndex] ?? code
                valueIndex += 1
            }
            result += text
            appended += text.count
            spanIndex += 1
        }
        return result
    }
}
