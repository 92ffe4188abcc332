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

    /// Whether `slug` is safe as one path segment of the output (no separators, no `..`).
    public static func isSafe(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("."), slug != ".." else { return false }
        return slug.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
