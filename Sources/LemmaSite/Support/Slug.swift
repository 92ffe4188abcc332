/// URL slugs for titles and tags.
public enum Slug {
    /// Lowercases, keeps Unicode letters and digits, joins the rest with single hyphens
    /// (`"RoPE & Long Context"` → `rope-long-context`, `"位置编码"` → `位置编码`).
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// A URL-safe slug from a file name (without `.md` and date prefix): letters and digits of
    /// any script (CJK included), `-`, `_` and `.` are kept, as is their case; every run of
    /// other characters (spaces, `#`, `?`, `%`, …) becomes one `-`, and `-` and `.` are trimmed
    /// from the ends (`中文 文章` → `中文-文章`, `What? Why!` → `What-Why`). Empty when nothing is left.
    public static func fromFileName(_ name: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in name {
            if character.isLetter || character.isNumber || character == "_" || character == "." || character == "-" {
                if pendingHyphen, !result.isEmpty, result.last != "-" { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        while let first = result.first, first == "-" || first == "." { result.removeFirst() }
        while let last = result.last, last == "-" || last == "." { result.removeLast() }
        return result
    }

    /// Whether `slug` is safe as one path segment of the output (no separators, no `..`).
    public static func isSafe(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("."), slug != ".." else { return false }
        return slug.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
