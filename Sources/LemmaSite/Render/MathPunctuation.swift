/// Keeps punctuation on the line of the formula it follows.
///
/// A browser treats each `<math>` element as one unbreakable box and may break the line between
/// it and a following comma or full stop, so a line starts with ",". A WORD JOINER (U+2060)
/// between them forbids that break and is invisible.
enum MathPunctuation {
    static let joiner: [UInt8] = Array("\u{2060}".utf8)
    static let closingTag: [UInt8] = Array("</math>".utf8)
    /// Punctuation that must not start a line, as UTF-8 (ASCII and CJK).
    static let trailing: [[UInt8]] = [
        ",", ".", ";", ":", "!", "?", ")", "]", "'", "\u{2019}", "\u{201D}",
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』",
    ].map { Array($0.utf8) }

    static func joinTrailing(_ html: String) -> String {
        var bytes = Array(html.utf8)
        let count = bytes.count
        let tag = closingTag
        var insertAt: [Int] = []
        var index = 0
        while index + tag.count <= count {
            // `</math>` starts with `<`, `/`, `m`: skip quickly to candidates.
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
                bytes[index + 2] == UInt8(ascii: "m"), bytes[index..<index + tag.count].elementsEqual(tag)
            {
                let after = index + tag.count
                if trailing.contains(where: { after + $0.count <= count && bytes[after..<after + $0.count].elementsEqual($0) }) {
                    insertAt.append(after)
                }
                index = after
            } else {
                index += 1
            }
        }
        guard !insertAt.isEmpty else { return html }
        for position in insertAt.reversed() {
            bytes.insert(contentsOf: joiner, at: position)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
