/// TeX dimensions (`5pt`, `-3mu`, `1.5em`) converted to CSS lengths.
enum Dimension {
    /// A CSS length for a TeX dimension, or nil if it is malformed. `mu` (1/18 em) becomes em;
    /// `bp` becomes CSS `pt`; units CSS shares with TeX pass through.
    static func cssLength(_ text: String) -> String? {
        var numberPart = ""
        var unit = ""
        for character in text {
            if unit.isEmpty, character.isNumber || character == "." || character == "-" || character == "+" {
                numberPart.append(character)
            } else {
                unit.append(character)
            }
        }
        // TeX's largest dimension is 16383.99998pt; anything larger is an error there too.
        guard let value = Double(numberPart.hasPrefix("+") ? String(numberPart.dropFirst()) : numberPart),
              value.isFinite, abs(value) < 16_384 else { return nil }
        switch unit {
        case "em", "ex", "pt", "px", "cm", "mm", "in", "pc":
            return format(value) + unit
        case "mu":
            return format(value / 18) + "em"
        case "bp":
            return format(value) + "pt"
        default:
            return nil
        }
    }

    /// A number with at most four decimals and no trailing zeros.
    static func format(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let whole = magnitude / 10_000
        var fraction = magnitude % 10_000
        var text = (negative ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = 0
            text += "." + digits
        }
        return text
    }
}
