/// The MathML Core tree a formula is parsed into, before it is written out as text.
indirect enum MathNode: Sendable, Hashable {
    /// `<mi>`; `upright` adds `mathvariant="normal"` (only meaningful for one character).
    case identifier(String, upright: Bool)
    /// `<mn>`
    case number(String)
    /// `<mo>`
    case op(String, OperatorAttributes)
    /// `<mtext>`, with an optional inline CSS style for `\textbf` and friends.
    case text(String, style: String?)
    /// `<mspace width="…"/>`
    case space(String)
    /// `<mrow>` (written without the wrapper when it holds exactly one node and `classes` is nil).
    case row([MathNode], classes: String?)
    /// `<mfrac>`; `thickness` is `linethickness` (`0` for binomials).
    case fraction(MathNode, MathNode, thickness: String?)
    case squareRoot(MathNode)
    case root(MathNode, index: MathNode)
    case sub(MathNode, MathNode)
    case sup(MathNode, MathNode)
    case subSuperscript(MathNode, MathNode, MathNode)
    case under(MathNode, MathNode, accent: Bool)
    case over(MathNode, MathNode, accent: Bool)
    case underOver(MathNode, MathNode, MathNode)
    /// `<mmultiscripts>` with prescripts only (`{}_a^b X`).
    case prescripts(MathNode, sub: MathNode?, sup: MathNode?)
    /// `<mstyle>` with the given attributes.
    case style(StyleAttributes, MathNode)
    case phantom(MathNode)
    /// `<mpadded>`; nil attributes are left out.
    case padded(MathNode, PaddedAttributes)
    case table(MathTable)
    /// A link to a labelled equation, resolved when the page is written.
    case reference(label: String, parenthesized: Bool, offset: Int)

    static let empty = MathNode.row([], classes: nil)

    /// Wraps several nodes in a row, or returns the only one.
    static func group(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .row(nodes, classes: nil)
    }
}

/// Attributes of an `<mo>` that differ from the operator dictionary.
struct OperatorAttributes: Sendable, Hashable {
    var stretchy: Bool? = nil
    var fence: Bool = false
    var size: String? = nil
    var lspace: String? = nil
    var rspace: String? = nil
    var movableLimits: Bool? = nil
    var upright: Bool = false

    static let plain = OperatorAttributes()
    static let nonStretchy = OperatorAttributes(stretchy: false)
    /// An operator character with TeX class Ord (`|`, `\|`, `/`): no stretching and no operator
    /// spacing, as MathJax writes it, so `\|u\|_2` keeps both bars the same size.
    static let ordinary = OperatorAttributes(stretchy: false, lspace: "0", rspace: "0")
}

/// Attributes of an `<mstyle>`.
struct StyleAttributes: Sendable, Hashable {
    var displayStyle: Bool? = nil
    var scriptLevel: Int? = nil
    var color: String? = nil
    var size: String? = nil
}

/// Attributes of an `<mpadded>`.
struct PaddedAttributes: Sendable, Hashable {
    var width: String? = nil
    var height: String? = nil
    var depth: String? = nil
    var lspace: String? = nil
}
