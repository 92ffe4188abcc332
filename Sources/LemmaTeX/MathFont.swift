/// A math alphabet selected by `\mathbf`, `\mathbb`, `\boldsymbol`, …, written with Unicode
/// mathematical alphanumeric characters because Chromium ignores most `mathvariant` values.
enum MathFont: Sendable, Hashable {
    case roman
    case bold
    case italic
    case boldItalic
    case script
    case boldScript
    case fraktur
    case boldFraktur
    case doubleStruck
    case sansSerif
    case sansSerifBold
    case sansSerifItalic
    case monospace

    /// Whether consecutive letters in this font form one `<mi>` (a word such as `\mathrm{RMS}`).
    var mergesLetters: Bool { self != .italic && self != .boldItalic }

    /// The command (without backslash) that selects each font, including old-style switches.
    static let commands: [String: MathFont] = [
        "mathrm": .roman, "mathup": .roman, "mathnormal": .italic, "mathbf": .bold, "mathit": .italic,
        "mathbfit": .boldItalic, "boldsymbol": .boldItalic, "bm": .boldItalic, "pmb": .boldItalic,
        "mathcal": .script, "mathscr": .script, "mathbfcal": .boldScript, "mathfrak": .fraktur,
        "mathbffrak": .boldFraktur, "mathbb": .doubleStruck, "Bbb": .doubleStruck, "mathsf": .sansSerif,
        "mathbfsf": .sansSerifBold, "mathsfit": .sansSerifItalic, "mathtt": .monospace, "bold": .bold,
    ]

    /// Old-style switches that apply to the rest of the group (`{\bf x}`).
    static let switches: [String: MathFont] = [
        "rm": .roman, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif, "tt": .monospace,
        "frak": .fraktur, "Bbb": .doubleStruck,
    ]

    /// Maps one character into this alphabet; characters without a styled form come back unchanged.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let upper = value >= 0x41 && value <= 0x5A
        let lower = value >= 0x61 && value <= 0x7A
        let digit = value >= 0x30 && value <= 0x39
        if upper || lower {
            if let exception = MathFont.letterExceptions[self]?[scalar] { return exception }
            guard let base = latinBase else { return scalar }
            let offset = upper ? value - 0x41 : value - 0x61 + 26
            return Unicode.Scalar(base + offset) ?? scalar
        }
        if digit {
            guard let base = digitBase else { return scalar }
            return Unicode.Scalar(base + value - 0x30) ?? scalar
        }
        if let (capital, small) = greekBases {
            if value >= 0x391 && value <= 0x3A9 { return Unicode.Scalar(capital + value - 0x391) ?? scalar }
            if value >= 0x3B1 && value <= 0x3C9 { return Unicode.Scalar(small + value - 0x3B1) ?? scalar }
            if let index = MathFont.greekExtras.firstIndex(of: scalar) {
                return Unicode.Scalar(small + 25 + UInt32(index)) ?? scalar
            }
            if scalar == "∇" { return Unicode.Scalar(capital + 25) ?? scalar }
        }
        return scalar
    }

    /// Maps a whole string (used for merged words and digits).
    func map(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(map(scalar)) }
        return String(result)
    }

    private var latinBase: UInt32? {
        switch self {
        case .roman: return nil
        case .bold: return 0x1D400
        case .italic: return 0x1D434
        case .boldItalic: return 0x1D468
        case .script: return 0x1D49C
        case .boldScript: return 0x1D4D0
        case .fraktur: return 0x1D504
        case .doubleStruck: return 0x1D538
        case .boldFraktur: return 0x1D56C
        case .sansSerif: return 0x1D5A0
        case .sansSerifBold: return 0x1D5D4
        case .sansSerifItalic: return 0x1D608
        case .monospace: return 0x1D670
        }
    }

    private var digitBase: UInt32? {
        switch self {
        case .bold, .boldItalic: return 0x1D7CE
        case .doubleStruck: return 0x1D7D8
        case .sansSerif, .sansSerifItalic: return 0x1D7E2
        case .sansSerifBold: return 0x1D7EC
        case .monospace: return 0x1D7F6
        default: return nil
        }
    }

    /// Bases of capital and small Greek in this alphabet. Bold italic keeps capitals upright bold,
    /// as `\boldsymbol\Gamma` does in TeX.
    private var greekBases: (UInt32, UInt32)? {
        switch self {
        case .bold: return (0x1D6A8, 0x1D6C2)
        case .italic: return (0x1D6E2, 0x1D6FC)
        case .boldItalic: return (0x1D6A8, 0x1D736)
        case .sansSerifBold: return (0x1D756, 0x1D770)
        default: return nil
        }
    }

    /// Greek variants that follow omega in each styled Greek block.
    private static let greekExtras: [Unicode.Scalar] = ["∂", "ϵ", "ϑ", "ϰ", "ϕ", "ϱ", "ϖ"]

    /// Letters that Unicode encoded earlier in the Letterlike Symbols block (holes in the math block).
    private static let letterExceptions: [MathFont: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                  "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
