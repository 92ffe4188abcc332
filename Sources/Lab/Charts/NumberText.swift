import Foundation

/// Deterministic, locale-independent number formatting for charts and tables.
enum NumberText {
    /// A coordinate rounded to 2 decimals with trailing zeros dropped and no `-0`.
    static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var text = String(format: "%.2f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// `x` with exactly `digits` decimals (`-0.00` printed as `0.00`); NaN and infinities spelled out.
    static func fixed(_ x: Double, digits: Int) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "∞" : "−∞" }
        let text = String(format: "%.\(max(0, min(digits, 17)))f", x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A table or label number: fixed decimals, or scientific notation for magnitudes outside
    /// `[1e-4, 1e6)`.
    static func general(_ x: Double, digits: Int) -> String {
        let magnitude = abs(x)
        if x.isFinite && magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-4) {
            return String(format: "%.\(max(0, min(digits, 17)))e", x)
        }
        return fixed(x, digits: digits)
    }

    /// A tick label with as few decimals as the tick step needs.
    static func tick(_ x: Double, step: Double) -> String {
        if x == 0 { return "0" }
        let decimals = step > 0 ? max(0, Int(ceil(-log10(step) - 1e-9))) : 2
        return fixed(x, digits: min(decimals, 10))
    }

    /// `x` as `m·10ᵏ` written `2e5`, `2.5e-7` or `1e-45` (mantissa to one decimal at most).
    static func scientific(_ x: Double) -> String {
        guard x != 0, x.isFinite else { return fixed(x, digits: 0) }
        var exponent = Int(floor(log10(abs(x))))
        var mantissa = x / pow(10, Double(exponent))
        if abs(mantissa).rounded() >= 10 {  // log10 rounding just below a power of ten
            exponent += 1
            mantissa /= 10
        }
        let rounded = (mantissa * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : fixed(rounded, digits: 1)
        return text + "e\(exponent)"
    }
}

/// XML escaping for text and attribute values.
enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
