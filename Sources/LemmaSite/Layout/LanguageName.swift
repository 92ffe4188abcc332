import Foundation

/// Names of languages in themselves, for translation links.
enum LanguageName {
    static func of(_ code: String) -> String {
        switch code.lowercased() {
        case "en": return "English"
        case "zh", "zh-cn", "zh-hans": return "中文"
        case "zh-tw", "zh-hant": return "中文（繁體）"
        case "ja": return "日本語"
        case "ko": return "한국어"
        case "fr": return "Français"
        case "de": return "Deutsch"
        case "es": return "Español"
        default: return code
        }
    }
}

/// MathJax 3 configuration for `math: mathjax`.
enum MathJaxConfig {
    /// The site macros as a JSON object for `tex.macros` (sorted, so output is stable).
    static func macrosJSON(_ macros: [String: String]) -> String {
        let pairs = macros.sorted { $0.key < $1.key }.map { "\(json($0.key)): \(json($0.value))" }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "<": result += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
