/// The TeX class of an atom, which decides spacing and how scripts attach.
enum AtomClass: Sendable, Hashable {
    case ordinary
    /// A large operator (`\sum`, `\int`, `\lim`); `limits` says where its scripts go.
    case largeOperator(limits: LimitsPlacement)
    /// An operator name such as `\log`: followed by U+2061 FUNCTION APPLICATION and TeX's thin space.
    case function(limits: LimitsPlacement)
    case binary
    case relation
    case opening
    case closing
    case punctuation
    case inner
}

/// Where the scripts of a large operator go.
enum LimitsPlacement: Sendable, Hashable {
    /// Under and over in display style, beside otherwise (`\sum`, `\lim`).
    case displayOnly
    /// Always under and over (`\limits`, `\overbrace`).
    case always
    /// Always beside (`\int`, `\log`, `\nolimits`).
    case never
}

/// A nucleus with its scripts, collected while parsing a list and assembled into nodes at its end.
struct Atom: Sendable {
    var nucleus: MathNode
    var atomClass: AtomClass
    var sub: MathNode? = nil
    var sup: MathNode? = nil
    /// True when the nucleus was empty (`{}_a^b` or a leading `^`), a candidate for prescripts.
    var emptyNucleus = false
    /// Whether the atom sits in display style, which decides `\displayOnly` limits.
    var display = false

    init(_ nucleus: MathNode, _ atomClass: AtomClass = .ordinary, display: Bool = false) {
        self.nucleus = nucleus
        self.atomClass = atomClass
        self.display = display
    }

    var limitsPlacement: LimitsPlacement {
        switch atomClass {
        case .largeOperator(let limits), .function(let limits): return limits
        default: return .never
        }
    }

    /// The nucleus with its scripts as one node.
    var node: MathNode {
        let useLimits: Bool
        switch limitsPlacement {
        case .always: useLimits = true
        case .displayOnly: useLimits = display
        case .never: useLimits = false
        }
        switch (sub, sup) {
        case (nil, nil):
            return nucleus
        case (let sub?, nil):
            return useLimits ? .under(nucleus, sub, accent: false) : .sub(nucleus, sub)
        case (nil, let sup?):
            return useLimits ? .over(nucleus, sup, accent: false) : .sup(nucleus, sup)
        case (let sub?, let sup?):
            return useLimits ? .underOver(nucleus, sub, sup) : .subSuperscript(nucleus, sub, sup)
        }
    }
}
