/// Recursive-descent parser from TeX tokens to `MathNode`s, expanding user macros as it reads.
///
/// One parser handles one item of a page; the page threads `macros` and `numbering` from one item
/// to the next so that definitions and equation numbers follow document order.
struct TeXParser {
    /// Where a list of atoms ends.
    enum ListEnd: Sendable, Equatable {
        /// The end of the tokens (a whole formula, or an optional argument cut out of it).
        case input
        /// A `}` closing a group.
        case group
        /// `&`, `\\` or `\end` inside an alignment.
        case cell
        /// `\end` of an environment that does not allow `&` (`equation`).
        case environment
        /// `\right` or `\middle`.
        case leftRight
        /// `$` ending math nested in `\text{…}`.
        case mathShift
        /// `\\` or the closing `}` of `\substack{…}`.
        case stackedRow
    }

    var tokens: [TeXToken]
    var index = 0
    var macros: MacroTable
    var numbering: EquationNumbering
    var displayStyle: Bool
    var font: MathFont?
    /// The numbering state of the display row being parsed; nil in inline math.
    var row: RowNumbering?
    /// Set by `\hline` while parsing a table; read and reset by the table parser.
    var pendingRule = false
    var expansions = 0
    /// Tokens that macro expansions have produced so far in this formula.
    var expandedTokens = 0
    /// Lists and atoms being parsed inside one another.
    var depth = 0
    /// The ``depth`` of the list that is the denominator of an `\over` (or `\choose`, …),
    /// where a second one is ambiguous, as in TeX.
    var infixDenominatorDepth: Int?

    static let expansionLimit = 10_000
    /// The most tokens macro expansions may produce in one formula: each expansion splices its
    /// tokens into the formula, so a self-recursive macro with a long body would otherwise take
    /// quadratic time before it hit ``expansionLimit`` (found by fuzzing).
    static let expandedTokenLimit = 50_000
    /// How deeply groups, fractions, scripts, `\left…\right` pairs and environments may nest.
    /// Real formulas stay below 20; the bound keeps hostile input from exhausting the stack.
    public static let nestingLimit = 200

    init(tokens: [TeXToken], macros: MacroTable, numbering: EquationNumbering, displayStyle: Bool) {
        self.tokens = tokens
        self.macros = macros
        self.numbering = numbering
        self.displayStyle = displayStyle
    }

    // MARK: - Tokens

    /// The next token after expanding user macros at the front, or nil at the end.
    mutating func peek() throws(TeXError) -> TeXToken? {
        while index < tokens.count {
            let token = tokens[index]
            guard case .command(let name) = token.kind, let macro = macros.definitions[name] else {
                return token
            }
            try expand(macro, named: name, at: token)
        }
        return nil
    }

    /// The next token that is not white space.
    mutating func peekNonSpace() throws(TeXError) -> TeXToken? {
        while let token = try peek() {
            if token.isSpace { index += 1 } else { return token }
        }
        return nil
    }

    mutating func advance() { index += 1 }

    /// Fails once ``depth`` passes ``nestingLimit``, at the token being read.
    func checkNesting() throws(TeXError) {
        guard depth > Self.nestingLimit else { return }
        let offset = index < tokens.count ? tokens[index].offset : endOffset
        throw TeXError(utf8Offset: offset, message: "math nested deeper than \(Self.nestingLimit) levels")
    }

    /// The offset just past the last token, for errors at the end of the input.
    var endOffset: Int { tokens.last.map { $0.offset + 1 } ?? 0 }

    // MARK: - Lists

    /// Parses atoms until `end`, leaving the terminating token unread.
    mutating func parseList(until end: ListEnd) throws(TeXError) -> [Atom] {
        depth += 1
        defer { depth -= 1 }
        try checkNesting()
        var atoms: [Atom] = []
        while let token = try peek() {
            switch token.kind {
            case .space:
                advance()
            case .endGroup:
                if end == .group || end == .stackedRow { return atoms }
                throw TeXError(utf8Offset: token.offset, message: "unbalanced braces: unexpected }")
            case .alignment:
                if end == .cell { return atoms }
                throw TeXError(utf8Offset: token.offset, message: "stray & outside an alignment environment")
            case .mathShift:
                if end == .mathShift { return atoms }
                throw TeXError(utf8Offset: token.offset, message: "unexpected $ inside math")
            case .superscriptMark, .subscriptMark:
                advance()
                try attachScript(superscript: token.kind == .superscriptMark, at: token, to: &atoms)
            case .character("'"):
                try attachPrimes(to: &atoms)
            case .command(let name):
                if let command = CommandTable.commands[name] {
                    switch command {
                    case .lineBreak:
                        if end == .cell || end == .stackedRow { return atoms }
                        throw TeXError(utf8Offset: token.offset,
                                       message: "\\\\ outside an alignment environment (use aligned or gathered)")
                    case .end:
                        if end == .cell || end == .environment { return atoms }
                        let name = (try? lookAheadEnvironmentName()) ?? ""
                        throw TeXError(utf8Offset: token.offset, message: "\\end{\(name)} without a matching \\begin")
                    case .right, .middle:
                        if end == .leftRight { return atoms }
                        throw TeXError(utf8Offset: token.offset, message: "\\\(name) without a matching \\left")
                    case .horizontalRule:
                        guard end == .cell else {
                            throw TeXError(utf8Offset: token.offset, message: "\\\(name) outside an array")
                        }
                        advance()
                        pendingRule = true
                        continue
                    case .infixFraction(let binomial, let rule):
                        if infixDenominatorDepth == depth {
                            throw TeXError(utf8Offset: token.offset, message:
                                "ambiguous \\\(name): a list may have only one \\over, \\choose or \\atop; group one of them in { }")
                        }
                        advance()
                        let numerator = MathNode.group(assemble(atoms))
                        let saved = displayStyle
                        let savedInfix = infixDenominatorDepth
                        displayStyle = false
                        infixDenominatorDepth = depth + 1
                        let denominatorAtoms = try parseList(until: end)
                        displayStyle = saved
                        infixDenominatorDepth = savedInfix
                        let fraction = MathNode.fraction(numerator, .group(assemble(denominatorAtoms)),
                                                         thickness: rule ? nil : "0")
                        return [Atom(binomial ? binomialFence(fraction) : fraction, display: displayStyle)]
                    case .mathStyle(let display, let level):
                        advance()
                        let saved = displayStyle
                        displayStyle = display
                        let rest = try parseList(until: end)
                        displayStyle = saved
                        atoms.append(Atom(.style(StyleAttributes(displayStyle: display, scriptLevel: level),
                                                 .group(assemble(rest))), display: display))
                        return atoms
                    case .size(let size):
                        advance()
                        let rest = try parseList(until: end)
                        atoms.append(Atom(.style(StyleAttributes(size: size), .group(assemble(rest))), display: displayStyle))
                        return atoms
                    case .color:
                        advance()
                        let color = try readColor(for: token)
                        let rest = try parseList(until: end)
                        atoms.append(Atom(.style(StyleAttributes(color: color), .group(assemble(rest))), display: displayStyle))
                        return atoms
                    case .fontSwitch(let switched):
                        advance()
                        let saved = font
                        font = switched
                        let rest = try parseList(until: end)
                        font = saved
                        atoms.append(contentsOf: rest)
                        return atoms
                    case .limits(let placement):
                        advance()
                        guard let last = atoms.last else {
                            throw TeXError(utf8Offset: token.offset, message: "\\\(name) must follow an operator")
                        }
                        switch last.atomClass {
                        case .largeOperator: atoms[atoms.count - 1].atomClass = .largeOperator(limits: placement)
                        case .function: atoms[atoms.count - 1].atomClass = .function(limits: placement)
                        default:
                            throw TeXError(utf8Offset: token.offset, message: "\\\(name) must follow an operator")
                        }
                    default:
                        if let atom = try parseAtom() { atoms.append(atom) }
                    }
                } else if let atom = try parseAtom() {
                    atoms.append(atom)
                }
            default:
                if let atom = try parseAtom() { atoms.append(atom) }
            }
        }
        return atoms
    }

    /// Turns a list of atoms into nodes, adding U+2061 after operator names (and TeX's thin space
    /// before an ordinary atom) and building prescripts from `{}_a^b X`.
    func assemble(_ atoms: [Atom]) -> [MathNode] {
        var nodes: [MathNode] = []
        nodes.reserveCapacity(atoms.count + 2)
        var position = 0
        while position < atoms.count {
            let atom = atoms[position]
            if atom.emptyNucleus, atom.sub != nil || atom.sup != nil, position + 1 < atoms.count,
               !atoms[position + 1].emptyNucleus, case .ordinary = atoms[position + 1].atomClass {
                nodes.append(.prescripts(atoms[position + 1].node, sub: atom.sub, sup: atom.sup))
                position += 2
                continue
            }
            nodes.append(atom.node)
            if case .function = atom.atomClass {
                nodes.append(.op("\u{2061}", .plain))
                if position + 1 < atoms.count, TeXParser.takesThinSpaceAfterOperator(atoms[position + 1]) {
                    nodes.append(.space("0.1667em"))
                }
            }
            position += 1
        }
        return nodes
    }

    static func takesThinSpaceAfterOperator(_ next: Atom) -> Bool {
        switch next.atomClass {
        case .ordinary, .largeOperator, .function, .inner: return true
        default: return false
        }
    }

    // MARK: - Scripts

    mutating func attachScript(superscript: Bool, at token: TeXToken, to atoms: inout [Atom]) throws(TeXError) {
        if atoms.isEmpty {
            var empty = Atom(.empty, display: displayStyle)
            empty.emptyNucleus = true
            atoms.append(empty)
        }
        let script = try parseScriptArgument(after: token)
        if superscript {
            guard atoms[atoms.count - 1].sup == nil else {
                throw TeXError(utf8Offset: token.offset, message: "double superscript")
            }
            atoms[atoms.count - 1].sup = script
        } else {
            guard atoms[atoms.count - 1].sub == nil else {
                throw TeXError(utf8Offset: token.offset, message: "double subscript")
            }
            atoms[atoms.count - 1].sub = script
        }
    }

    /// `f'` and `f''^2`: primes become (part of) the superscript.
    mutating func attachPrimes(to atoms: inout [Atom]) throws(TeXError) {
        guard let first = try peek() else { return }
        var count = 0
        while let token = try peek(), token.kind == .character("'") {
            count += 1
            advance()
        }
        let primes = ["′", "″", "‴", "⁗"][min(count, 4) - 1] + String(repeating: "′", count: max(0, count - 4))
        if atoms.isEmpty {
            var empty = Atom(.empty, display: displayStyle)
            empty.emptyNucleus = true
            atoms.append(empty)
        }
        guard atoms[atoms.count - 1].sup == nil else {
            throw TeXError(utf8Offset: first.offset, message: "double superscript")
        }
        var sup = MathNode.op(primes, .plain)
        if let next = try peekNonSpace(), next.kind == .superscriptMark {
            advance()
            let more = try parseScriptArgument(after: next)
            sup = .row([sup, more], classes: nil)
        }
        atoms[atoms.count - 1].sup = sup
    }

    mutating func parseScriptArgument(after token: TeXToken) throws(TeXError) -> MathNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let name = token.kind == .superscriptMark ? "^" : "_"
        return try parseArgument(for: name, at: token.offset)
    }

    // MARK: - Arguments

    /// One argument: a `{…}` group or a single token (one digit, one letter, one command with its
    /// own arguments).
    mutating func parseArgument(for name: String, at offset: Int) throws(TeXError) -> MathNode {
        guard let token = try peekNonSpace() else {
            throw missingArgument(name, at: offset)
        }
        switch token.kind {
        case .beginGroup:
            return try parseGroup()
        case .endGroup, .alignment, .superscriptMark, .subscriptMark, .mathShift:
            throw missingArgument(name, at: offset)
        case .character(let scalar):
            advance()
            return characterAtom(scalar, mergeFollowing: false).node
        case .command(let command):
            if let kind = CommandTable.commands[command] {
                switch kind {
                case .lineBreak, .end, .right, .middle: throw missingArgument(name, at: offset)
                default: break
                }
            }
            guard let atom = try parseAtom() else { throw missingArgument(name, at: offset) }
            return atom.node
        default:
            guard let atom = try parseAtom() else { throw missingArgument(name, at: offset) }
            return atom.node
        }
    }

    func missingArgument(_ name: String, at offset: Int) -> TeXError {
        let shown = (name.first?.isLetter ?? false) || name.count > 1 ? "\\" + name : name
        return TeXError(utf8Offset: offset, message: "missing argument for \(shown)")
    }

    /// Parses `{…}` (the next token must be `{`) into one node.
    mutating func parseGroup() throws(TeXError) -> MathNode {
        try .group(assemble(parseGroupAtoms()))
    }

    mutating func parseGroupAtoms() throws(TeXError) -> [Atom] {
        guard let open = try peekNonSpace(), open.kind == .beginGroup else {
            throw TeXError(utf8Offset: (try? peek())?.offset ?? endOffset, message: "expected {")
        }
        advance()
        let atoms = try parseList(until: .group)
        guard let close = try peek(), close.kind == .endGroup else {
            throw TeXError(utf8Offset: open.offset, message: "unbalanced braces: this { is never closed")
        }
        advance()
        return atoms
    }

    /// Reads an argument as plain text: a `{…}` group (tokens written back as TeX) or one token.
    mutating func readRawArgument(for name: String, at offset: Int) throws(TeXError) -> String {
        guard let token = try peekNonSpace() else { throw missingArgument(name, at: offset) }
        switch token.kind {
        case .beginGroup:
            advance()
            return try readGroupBody(opening: token).map(TeXParser.sourceText(of:)).joined()
        case .endGroup, .alignment, .mathShift:
            throw missingArgument(name, at: offset)
        default:
            advance()
            return TeXParser.sourceText(of: token)
        }
    }

    /// The raw tokens of a `{…}` argument (without the braces) or of one token.
    mutating func readTokenArgument(for name: String, at offset: Int) throws(TeXError) -> [TeXToken] {
        guard let token = index < tokens.count ? nextRawNonSpace() : nil else { throw missingArgument(name, at: offset) }
        switch token.kind {
        case .beginGroup:
            advance()
            return try readGroupBody(opening: token)
        case .endGroup, .alignment:
            throw missingArgument(name, at: offset)
        default:
            advance()
            return [token]
        }
    }

    /// The raw tokens up to the `}` that matches `opening`, the `{` just read (neither brace
    /// included).
    private mutating func readGroupBody(opening: TeXToken) throws(TeXError) -> [TeXToken] {
        var depth = 1
        var collected: [TeXToken] = []
        while index < tokens.count {
            let inner = tokens[index]
            advance()
            switch inner.kind {
            case .beginGroup: depth += 1
            case .endGroup:
                depth -= 1
                if depth == 0 { return collected }
            default: break
            }
            collected.append(inner)
        }
        throw TeXError(utf8Offset: opening.offset, message: "unbalanced braces: this { is never closed")
    }

    /// The next token without expanding macros, skipping white space.
    mutating func nextRawNonSpace() -> TeXToken? {
        while index < tokens.count, tokens[index].isSpace { index += 1 }
        return index < tokens.count ? tokens[index] : nil
    }

    /// If the next token (unexpanded) is `[`, reads the tokens up to the matching `]` (braces nest).
    mutating func readOptionalTokens() throws(TeXError) -> [TeXToken]? {
        guard let open = nextRawNonSpace(), open.kind == .character("[") else { return nil }
        advance()
        var depth = 0
        var collected: [TeXToken] = []
        while index < tokens.count {
            let token = tokens[index]
            advance()
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup: depth -= 1
            case .character("]") where depth == 0: return collected
            default: break
            }
            collected.append(token)
        }
        throw TeXError(utf8Offset: open.offset, message: "missing ] for this [")
    }

    /// Parses tokens cut out of the input (an optional argument) as a separate list.
    mutating func parseTokens(_ sub: [TeXToken]) throws(TeXError) -> MathNode {
        let savedTokens = tokens
        let savedIndex = index
        tokens = sub
        index = 0
        defer {
            tokens = savedTokens
            index = savedIndex
        }
        let atoms = try parseList(until: .input)
        return .group(assemble(atoms))
    }

    static func sourceText(of token: TeXToken) -> String {
        switch token.kind {
        case .command(let name):
            return "\\" + name + ((name.first.map { $0.isLetter } ?? false) ? " " : "")
        case .character(let scalar): return String(Character(scalar))
        case .beginGroup: return "{"
        case .endGroup: return "}"
        case .superscriptMark: return "^"
        case .subscriptMark: return "_"
        case .alignment: return "&"
        case .parameter(let number): return number == 0 ? "#" : "#\(number)"
        case .space: return " "
        case .tie: return "~"
        case .mathShift: return "$"
        }
    }

    /// Reads `{name}` after `\begin`/`\end` without consuming anything.
    mutating func lookAheadEnvironmentName() throws(TeXError) -> String {
        let saved = index
        defer { index = saved }
        advance()
        return try readRawArgument(for: "end", at: 0).trimmingSpaces
    }
}

extension String {
    /// The string without leading and trailing ASCII white space.
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\n" || first == "\t" || first == "\r" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\n" || last == "\t" || last == "\r" { view.removeLast() }
        return String(view)
    }
}
