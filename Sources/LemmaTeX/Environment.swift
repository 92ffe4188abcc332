/// The environments the parser knows, and how each lays out its cells.
enum Environment: Sendable, Hashable {
    case matrix(open: String?, close: String?, small: Bool)
    case cases(display: Bool, right: Bool)
    case array
    case subarray
    case aligned
    case alignedAt
    case gathered
    case split
    // Display environments, allowed only as a whole `.environment` item.
    case equation(starred: Bool)
    case align(starred: Bool)
    case alignAt(starred: Bool)
    case gather(starred: Bool)
    case multline(starred: Bool)
    case eqnarray(starred: Bool)

    static let named: [String: Environment] = [
        "matrix": .matrix(open: nil, close: nil, small: false),
        "pmatrix": .matrix(open: "(", close: ")", small: false),
        "bmatrix": .matrix(open: "[", close: "]", small: false),
        "Bmatrix": .matrix(open: "{", close: "}", small: false),
        "vmatrix": .matrix(open: "|", close: "|", small: false),
        "Vmatrix": .matrix(open: "‖", close: "‖", small: false),
        "smallmatrix": .matrix(open: nil, close: nil, small: true),
        "cases": .cases(display: false, right: false), "dcases": .cases(display: true, right: false),
        "rcases": .cases(display: false, right: true),
        "array": .array, "subarray": .subarray,
        "aligned": .aligned, "alignedat": .alignedAt, "gathered": .gathered, "split": .split,
        "equation": .equation(starred: false), "equation*": .equation(starred: true),
        "align": .align(starred: false), "align*": .align(starred: true),
        "flalign": .align(starred: false), "flalign*": .align(starred: true),
        "alignat": .alignAt(starred: false), "alignat*": .alignAt(starred: true),
        "gather": .gather(starred: false), "gather*": .gather(starred: true),
        "multline": .multline(starred: false), "multline*": .multline(starred: true),
        "eqnarray": .eqnarray(starred: false), "eqnarray*": .eqnarray(starred: true),
    ]

    /// Whether this is a top-level display environment (numbered unless starred).
    var isDisplay: Bool {
        switch self {
        case .equation, .align, .alignAt, .gather, .multline, .eqnarray: return true
        default: return false
        }
    }

    /// The inner environment to suggest when a display one is used inside math.
    var innerEquivalent: String {
        switch self {
        case .gather: return "gathered"
        case .equation: return "a group"
        default: return "aligned"
        }
    }
}
