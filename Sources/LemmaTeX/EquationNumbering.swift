/// Equation counter and labels of one page, filled in document order while its math is parsed.
struct EquationNumbering: Sendable {
    var counter = 0
    var labels: [String: EquationNumber] = [:]

    /// The HTML id of a label: `eq-` followed by the label, where every byte other than an ASCII
    /// letter, digit, `-`, `_`, `.` or `:` is written as `~XX` (its hex value). The result is a valid
    /// id and a valid URL fragment, and distinct labels give distinct ids.
    static func id(forLabel label: String) -> String {
        var id = "eq-"
        let hex: [Character] = Array("0123456789ABCDEF")
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: ":"):
                id.append(Character(Unicode.Scalar(byte)))
            default:
                id.append("~")
                id.append(hex[Int(byte >> 4)])
                id.append(hex[Int(byte & 0x0F)])
            }
        }
        return id
    }
}

/// What `\tag`, `\label`, `\nonumber` said about the display row being parsed.
struct RowNumbering: Sendable {
    /// Whether the row gets the next number when nothing says otherwise.
    var numbered: Bool
    var tag: (text: String, starred: Bool, offset: Int)?
    var label: (name: String, offset: Int)?
    var suppressed = false

    init(numbered: Bool) {
        self.numbered = numbered
    }
}

/// The HTML id the rendered equation carrying `\label{label}` gets (`eq:theta` → `eq-eq:theta`),
/// so links to `#…` anchors can be checked before rendering.
public func equationAnchor(forLabel label: String) -> String {
    EquationNumbering.id(forLabel: label)
}
