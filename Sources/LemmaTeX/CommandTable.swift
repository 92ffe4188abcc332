/// What a control sequence that is not a plain symbol does.
enum Command: Sendable, Hashable {
    enum FractionStyle: Sendable, Hashable { case inherited, display, text }
    enum Modulo: Sendable, Hashable { case bmod, pmod, mod, pod }

    case fraction(FractionStyle)
    case binomial(FractionStyle)
    case infixFraction(binomial: Bool, rule: Bool)
    case squareRoot
    case font(MathFont)
    case fontSwitch(MathFont)
    case operatorName
    case namedFunction(String, LimitsPlacement)
    case text(style: String?)
    case accent(String, stretchy: Bool)
    case underAccent(String)
    case brace(String, over: Bool)
    case extensibleArrow(String)
    case overset
    case underset
    case stackrel
    case space(String)
    case textSpace
    case dimensionSpace
    case bigDelimiter(size: String, AtomClass)
    case left
    case right
    case middle
    case mathStyle(display: Bool, scriptLevel: Int)
    case size(String)
    case color
    case textColor
    case enclosure(String)
    case phantom
    case horizontalPhantom
    case verticalPhantom
    case smash
    case overlap
    case not
    case substack
    case modulo(Modulo)
    case reference(parenthesized: Bool)
    case label
    case tag
    case noNumber
    case newCommand(renew: Bool, provide: Bool)
    case def
    case begin
    case end
    case limits(LimitsPlacement)
    case mathClass(AtomClass)
    case mathStrut
    case horizontalRule
    case lineBreak
}

/// Command name (without backslash) → what it does.
enum CommandTable {
    static let commands: [String: Command] = {
        var table: [String: Command] = [
            "frac": .fraction(.inherited), "dfrac": .fraction(.display), "tfrac": .fraction(.text),
            "cfrac": .fraction(.display),
            "binom": .binomial(.inherited), "dbinom": .binomial(.display), "tbinom": .binomial(.text),
            "over": .infixFraction(binomial: false, rule: true), "atop": .infixFraction(binomial: false, rule: false),
            "choose": .infixFraction(binomial: true, rule: false),
            "sqrt": .squareRoot,
            "operatorname": .operatorName,
            "text": .text(style: nil), "textrm": .text(style: nil), "textup": .text(style: nil),
            "textnormal": .text(style: nil), "mbox": .text(style: nil), "hbox": .text(style: nil),
            "textbf": .text(style: "font-weight:bold"), "textit": .text(style: "font-style:italic"),
            "emph": .text(style: "font-style:italic"), "textsl": .text(style: "font-style:oblique"),
            "texttt": .text(style: "font-family:monospace"), "textsf": .text(style: "font-family:sans-serif"),
            "hat": .accent("^", stretchy: false), "widehat": .accent("ˆ", stretchy: true),
            "check": .accent("ˇ", stretchy: false), "widecheck": .accent("ˇ", stretchy: true),
            "tilde": .accent("~", stretchy: false), "widetilde": .accent("˜", stretchy: true),
            "bar": .accent("¯", stretchy: false), "vec": .accent("→", stretchy: false),
            "dot": .accent("˙", stretchy: false), "ddot": .accent("¨", stretchy: false),
            "dddot": .accent("⃛", stretchy: false), "acute": .accent("´", stretchy: false),
            "grave": .accent("`", stretchy: false), "breve": .accent("˘", stretchy: false),
            "mathring": .accent("˚", stretchy: false),
            "overline": .accent("‾", stretchy: true), "overrightarrow": .accent("→", stretchy: true),
            "overleftarrow": .accent("←", stretchy: true), "overleftrightarrow": .accent("↔", stretchy: true),
            "underline": .underAccent("‾"), "underrightarrow": .underAccent("→"),
            "underleftarrow": .underAccent("←"), "underleftrightarrow": .underAccent("↔"),
            "overbrace": .brace("⏞", over: true), "underbrace": .brace("⏟", over: false),
            "overbracket": .brace("⎴", over: true), "underbracket": .brace("⎵", over: false),
            "xrightarrow": .extensibleArrow("→"), "xleftarrow": .extensibleArrow("←"),
            "xRightarrow": .extensibleArrow("⇒"), "xLeftarrow": .extensibleArrow("⇐"),
            "xleftrightarrow": .extensibleArrow("↔"), "xLeftrightarrow": .extensibleArrow("⇔"),
            "xmapsto": .extensibleArrow("↦"), "xhookrightarrow": .extensibleArrow("↪"),
            "xhookleftarrow": .extensibleArrow("↩"), "xtwoheadrightarrow": .extensibleArrow("↠"),
            "xtwoheadleftarrow": .extensibleArrow("↞"), "xrightleftharpoons": .extensibleArrow("⇌"),
            "xleftrightharpoons": .extensibleArrow("⇋"), "xlongequal": .extensibleArrow("="),
            "overset": .overset, "underset": .underset, "stackrel": .stackrel,
            ",": .space("0.1667em"), "thinspace": .space("0.1667em"), ":": .space("0.2222em"),
            ">": .space("0.2222em"), "medspace": .space("0.2222em"), ";": .space("0.2778em"),
            "thickspace": .space("0.2778em"), "!": .space("-0.1667em"), "negthinspace": .space("-0.1667em"),
            "negmedspace": .space("-0.2222em"), "negthickspace": .space("-0.2778em"),
            "quad": .space("1em"), "qquad": .space("2em"), "enspace": .space("0.5em"),
            " ": .textSpace, "space": .textSpace, "nobreakspace": .textSpace,
            "hspace": .dimensionSpace, "kern": .dimensionSpace, "mkern": .dimensionSpace,
            "mskip": .dimensionSpace, "hskip": .dimensionSpace, "mspace": .dimensionSpace,
            "left": .left, "right": .right, "middle": .middle,
            "displaystyle": .mathStyle(display: true, scriptLevel: 0),
            "textstyle": .mathStyle(display: false, scriptLevel: 0),
            "scriptstyle": .mathStyle(display: false, scriptLevel: 1),
            "scriptscriptstyle": .mathStyle(display: false, scriptLevel: 2),
            "tiny": .size("0.5em"), "scriptsize": .size("0.7em"), "footnotesize": .size("0.8em"),
            "small": .size("0.9em"), "normalsize": .size("1em"), "large": .size("1.2em"),
            "Large": .size("1.44em"), "LARGE": .size("1.728em"), "huge": .size("2.074em"),
            "Huge": .size("2.488em"),
            "color": .color, "textcolor": .textColor,
            "boxed": .enclosure("tex-boxed"), "fbox": .enclosure("tex-boxed"),
            "cancel": .enclosure("tex-cancel"), "bcancel": .enclosure("tex-bcancel"),
            "xcancel": .enclosure("tex-xcancel"),
            "phantom": .phantom, "hphantom": .horizontalPhantom, "vphantom": .verticalPhantom,
            "smash": .smash, "rlap": .overlap, "mathrlap": .overlap,
            "not": .not, "substack": .substack,
            "bmod": .modulo(.bmod), "pmod": .modulo(.pmod), "mod": .modulo(.mod), "pod": .modulo(.pod),
            "eqref": .reference(parenthesized: true), "ref": .reference(parenthesized: false),
            "label": .label, "tag": .tag, "nonumber": .noNumber, "notag": .noNumber,
            "newcommand": .newCommand(renew: false, provide: false),
            "renewcommand": .newCommand(renew: true, provide: false),
            "providecommand": .newCommand(renew: false, provide: true), "def": .def,
            "begin": .begin, "end": .end,
            "limits": .limits(.always), "nolimits": .limits(.never),
            "mathop": .mathClass(.largeOperator(limits: .displayOnly)), "mathord": .mathClass(.ordinary),
            "mathbin": .mathClass(.binary), "mathrel": .mathClass(.relation),
            "mathopen": .mathClass(.opening), "mathclose": .mathClass(.closing),
            "mathpunct": .mathClass(.punctuation), "mathinner": .mathClass(.inner),
            "mathstrut": .mathStrut, "hline": .horizontalRule, "hdashline": .horizontalRule,
            "\\": .lineBreak, "cr": .lineBreak,
        ]
        let bigSizes: [(String, String)] = [("big", "1.2em"), ("Big", "1.8em"), ("bigg", "2.4em"), ("Bigg", "3em")]
        for (name, size) in bigSizes {
            table[name] = .bigDelimiter(size: size, .ordinary)
            table[name + "l"] = .bigDelimiter(size: size, .opening)
            table[name + "r"] = .bigDelimiter(size: size, .closing)
            table[name + "m"] = .bigDelimiter(size: size, .relation)
        }
        for (name, font) in MathFont.commands { table[name] = .font(font) }
        for (name, font) in MathFont.switches where table[name] == nil { table[name] = .fontSwitch(font) }
        for (name, text) in functionsBeside { table[name] = .namedFunction(text, .never) }
        for (name, text) in functionsWithLimits { table[name] = .namedFunction(text, .displayOnly) }
        return table
    }()

    /// Operator names whose scripts go beside (`\log_2`).
    static let functionsBeside: [String: String] = [
        "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "arg": "arg", "cos": "cos",
        "cosh": "cosh", "cot": "cot", "coth": "coth", "csc": "csc", "deg": "deg", "dim": "dim",
        "exp": "exp", "hom": "hom", "ker": "ker", "lg": "lg", "ln": "ln", "log": "log", "sec": "sec",
        "sin": "sin", "sinh": "sinh", "tan": "tan", "tanh": "tanh",
    ]

    /// Operator names whose scripts go under in display style (`\lim_{x\to0}`).
    static let functionsWithLimits: [String: String] = [
        "lim": "lim", "liminf": "lim inf", "limsup": "lim sup", "max": "max", "min": "min",
        "sup": "sup", "inf": "inf", "det": "det", "gcd": "gcd", "Pr": "Pr", "injlim": "inj lim",
        "projlim": "proj lim",
    ]

    /// Text-mode commands that stand for one character.
    static let textCharacters: [String: String] = [
        "%": "%", "&": "&", "#": "#", "$": "$", "_": "_", "{": "{", "}": "}", " ": " ", "textbackslash": "\\",
        "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—", "textquoteleft": "‘",
        "textquoteright": "’", "textasciitilde": "~", "textasciicircum": "^", "S": "§", "P": "¶",
        "textbar": "|", "textless": "<", "textgreater": ">", "textdegree": "°", "copyright": "©",
        ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "\\": " ", "newline": " ", "textellipsis": "…",
    ]

    /// Every name the parser knows, for "did you mean" suggestions.
    static let allNames: [String] = {
        var names = Set(commands.keys)
        names.formUnion(SymbolTable.commands.keys)
        return names.filter { $0.count > 1 }.sorted()
    }()
}
