/// The words the default templates print around the content, per page language.
///
/// Templates read them as `strings.minRead` and so on; a language without its own table uses
/// English.
enum InterfaceText {
    static func strings(for lang: String) -> [String: String] {
        lang.lowercased().hasPrefix("zh") ? chinese : english
    }

    static let english = [
        "minRead": "min read", "contents": "Contents", "allClaims": "All claims", "newer": "Newer",
        "older": "Older", "moreArticles": "More articles", "skip": "Skip to content",
    ]

    static let chinese = [
        "minRead": "分钟阅读", "contents": "目录", "allClaims": "全部论断", "newer": "较新",
        "older": "较旧", "moreArticles": "更多文章", "skip": "跳到正文",
    ]

    /// "✓ 9 claims on this page were checked when it was built."
    static func claimsChecked(_ count: Int, lang: String) -> String {
        if lang.lowercased().hasPrefix("zh") { return "本页的 \(count) 个论断在构建时均已验证。" }
        return count == 1
            ? "The claim on this page was checked when it was built."
            : "\(count) claims on this page were checked when it was built."
    }

    /// "Page 2 of 5".
    static func pageOf(_ number: Int, _ count: Int, lang: String) -> String {
        lang.lowercased().hasPrefix("zh") ? "第 \(number) / \(count) 页" : "Page \(number) of \(count)"
    }
}
