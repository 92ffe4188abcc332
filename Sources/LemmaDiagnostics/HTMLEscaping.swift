/// Escaping for text placed in HTML, shared by every stage that writes markup.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`: safe in element text and in double-quoted attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
