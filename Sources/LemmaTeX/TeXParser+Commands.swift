extension TeXParser {
    /// Parses the arguments of a command from `CommandTable` (its token already read).
    mutating func parseCommand(_ command: Command, named name: String, at token: TeXToken) throws(TeXError) -> Atom? {
        let offset = token.offset
        switch command {
        case .fraction(let style), .binomial(let style):
            let saved = displayStyle
            displayStyle = style == .display
            let numerator = try parseArgument(for: name, at: offset)
            let denominator = try parseArgument(for: name, at: offset)
            displayStyle = saved
            var node = MathNode.fraction(numerator, denominator, thickness: nil)
            if case .binomial = command {
                node = binomialFence(.fraction(numerator, denominator, thickness: "0"))
            }
            switch style {
            case .inherited: break
            case .display: node = .style(StyleAttributes(displayStyle: true), node)
            case .text: node = .style(StyleAttributes(displayStyle: false), node)
            }
            return Atom(node, display: displayStyle)
        case .infixFraction:
            // Handled in parseList; reached only as an argument (`\frac\over`).
            throw missingArgument(name, at: offset)
        case .squareRoot:
            if let indexTokens = try readOptionalTokens() {
                let saved = displayStyle
                displayStyle = false
                let rootIndex = try parseTokens(indexTokens)
                displayStyle = saved
                let radicand = try parseArgument(for: name, at: offset)
                return Atom(.root(radicand, index: rootIndex), display: displayStyle)
            }
            return Atom(.squareRoot(try parseArgument(for: name, at: offset)), display: displayStyle)
        case .font(let selected):
            let saved = font
            font = selected
            defer { font = saved }
            return Atom(try parseArgument(for: name, at: offset), display: displayStyle)
        case .fontSwitch(let selected):
            // Reached only as a single-token argument; applies to nothing that follows.
            _ = selected
            return nil
        case .operatorName:
            var limits = LimitsPlacement.never
            if let star = try peek(), star.kind == .character("*") {
                advance()
                limits = .displayOnly
            }
            let saved = font
            font = .roman
            defer { font = saved }
            let node = try parseArgument(for: name, at: offset)
            return Atom(operatorNameNode(node), .function(limits: limits), display: displayStyle)
        case .namedFunction(let text, let limits):
            return Atom(.identifier(text, upright: false), .function(limits: limits), display: displayStyle)
        case .text(let style):
            return Atom(.group(try parseTextArgument(for: name, at: offset, style: style)), display: displayStyle)
        case .accent(let mark, let stretchy):
            let base = try parseArgument(for: name, at: offset)
            return Atom(.over(base, .op(mark, OperatorAttributes(stretchy: stretchy)), accent: true),
                        display: displayStyle)
        case .underAccent(let mark):
            let base = try parseArgument(for: name, at: offset)
            return Atom(.under(base, .op(mark, OperatorAttributes(stretchy: true)), accent: true),
                        display: displayStyle)
        case .brace(let mark, let over):
            let base = try parseArgument(for: name, at: offset)
            let brace = MathNode.op(mark, OperatorAttributes(stretchy: true))
            return Atom(over ? .over(base, brace, accent: false) : .under(base, brace, accent: false),
                        .largeOperator(limits: .always), display: displayStyle)
        case .extensibleArrow(let arrow):
            let saved = displayStyle
            displayStyle = false
            defer { displayStyle = saved }
            let below = try readOptionalTokens().map { tokens throws(TeXError) in try parseTokens(tokens) }
            let above = try parseArgument(for: name, at: offset)
            let padding = PaddedAttributes(width: "+0.6em", lspace: "0.3em")
            let mark = MathNode.op(arrow, OperatorAttributes(stretchy: true, size: nil, lspace: nil, rspace: nil))
            let node: MathNode
            if let below {
                node = .underOver(mark, .padded(below, padding), .padded(above, padding))
            } else {
                node = .over(mark, .padded(above, padding), accent: false)
            }
            return Atom(node, .relation, display: saved)
        case .overset, .underset, .stackrel:
            let saved = displayStyle
            displayStyle = false
            let script = try parseArgument(for: name, at: offset)
            displayStyle = saved
            let baseAtom = try parseArgumentAtom(for: name, at: offset)
            let node: MathNode = command == .underset
                ? .under(baseAtom.node, script, accent: false) : .over(baseAtom.node, script, accent: false)
            return Atom(node, command == .stackrel ? .relation : baseAtom.atomClass, display: displayStyle)
        case .space(let width):
            return Atom(.space(width), .inner, display: displayStyle).asGlue
        case .textSpace:
            return Atom(.text("\u{A0}", style: nil), display: displayStyle).asGlue
        case .dimensionSpace:
            if let star = try peek(), star.kind == .character("*") { advance() }
            let width = try readDimension(for: name, at: offset, mathUnits: name == "mkern" || name == "mskip")
            return Atom(.space(width), display: displayStyle).asGlue
        case .bigDelimiter(let size, let atomClass):
            let delimiter = try readDelimiter(after: name, at: offset)
            guard let delimiter else { return Atom(.space("0em"), display: displayStyle).asGlue }
            return Atom(.op(delimiter, OperatorAttributes(stretchy: true, size: size)), atomClass, display: displayStyle)
        case .left:
            return try parseLeftRight(at: offset)
        case .right, .middle, .lineBreak, .end, .horizontalRule, .limits:
            throw TeXError(utf8Offset: offset, message: "\\\(name) is not allowed here")
        case .mathStyle, .size, .color:
            // Reached only as a single-token argument (`\frac\displaystyle x`).
            throw missingArgument(name, at: offset)
        case .textColor:
            let color = try readColor(for: token)
            return Atom(.style(StyleAttributes(color: color), try parseArgument(for: name, at: offset)), display: displayStyle)
        case .enclosure(let classes):
            let body: MathNode
            if name == "fbox" {
                body = .group(try parseTextArgument(for: name, at: offset, style: nil))
            } else {
                body = try parseArgument(for: name, at: offset)
            }
            return Atom(.row([body], classes: classes), display: displayStyle)
        case .phantom:
            return Atom(.phantom(try parseArgument(for: name, at: offset)), display: displayStyle)
        case .horizontalPhantom:
            let body = try parseArgument(for: name, at: offset)
            return Atom(.padded(.phantom(body), PaddedAttributes(height: "0", depth: "0")), display: displayStyle)
        case .verticalPhantom:
            let body = try parseArgument(for: name, at: offset)
            return Atom(.padded(.phantom(body), PaddedAttributes(width: "0")), display: displayStyle)
        case .smash:
            let body = try parseArgument(for: name, at: offset)
            return Atom(.padded(body, PaddedAttributes(height: "0", depth: "0")), display: displayStyle)
        case .overlap:
            let body = try parseArgument(for: name, at: offset)
            return Atom(.padded(body, PaddedAttributes(width: "0")), display: displayStyle)
        case .not:
            var negated = try parseArgumentAtom(for: name, at: offset)
            negated.nucleus = TeXParser.negate(negated.nucleus)
            return negated
        case .substack:
            return Atom(try parseSubstack(at: offset), display: displayStyle)
        case .modulo(let kind):
            return try parseModulo(kind, named: name, at: offset)
        case .reference(let parenthesized):
            let label = try readRawArgument(for: name, at: offset).trimmingSpaces
            return Atom(.reference(label: label, parenthesized: parenthesized, offset: offset), display: displayStyle)
        case .label:
            let label = try readRawArgument(for: name, at: offset).trimmingSpaces
            guard row != nil else {
                throw TeXError(utf8Offset: offset, message: "\\label{\(label)} outside a display equation")
            }
            if row?.label != nil {
                throw TeXError(utf8Offset: offset, message: "multiple \\label in one equation")
            }
            row?.label = (label, offset)
            return nil
        case .tag:
            var starred = false
            if let star = try peek(), star.kind == .character("*") {
                advance()
                starred = true
            }
            let text = try readRawArgument(for: name, at: offset).trimmingSpaces
            guard row != nil else {
                throw TeXError(utf8Offset: offset, message: "\\tag is only allowed in display math")
            }
            if row?.tag != nil {
                throw TeXError(utf8Offset: offset, message: "multiple \\tag in one equation")
            }
            row?.tag = (text, starred, offset)
            return nil
        case .noNumber:
            row?.suppressed = true
            return nil
        case .newCommand(let renew, let provide):
            try defineCommand(renew: renew, provide: provide, named: name, at: offset)
            return nil
        case .def:
            try defineWithDef(at: offset)
            return nil
        case .begin:
            return try parseEnvironment(at: offset)
        case .mathClass(let atomClass):
            let body = try parseArgument(for: name, at: offset)
            return Atom(body, atomClass, display: displayStyle)
        case .mathStrut:
            return Atom(.phantom(.op("(", .nonStretchy)), display: displayStyle)
        }
    }

    /// One argument as an atom, keeping its class (for `\not`, `\overset`).
    mutating func parseArgumentAtom(for name: String, at offset: Int) throws(TeXError) -> Atom {
        guard let token = try peekNonSpace() else { throw missingArgument(name, at: offset) }
        switch token.kind {
        case .beginGroup:
            let atoms = try parseGroupAtoms()
            if atoms.count == 1 { return atoms[0] }
            return Atom(.group(assemble(atoms)), display: displayStyle)
        case .character(let scalar):
            advance()
            return characterAtom(scalar, mergeFollowing: false)
        case .endGroup, .alignment, .superscriptMark, .subscriptMark, .mathShift:
            throw missingArgument(name, at: offset)
        default:
            guard let atom = try parseAtom() else { throw missingArgument(name, at: offset) }
            return atom
        }
    }

    /// `\operatorname{…}`: a word becomes one upright `<mi>`.
    func operatorNameNode(_ node: MathNode) -> MathNode {
        var word = ""
        func collect(_ node: MathNode) -> Bool {
            switch node {
            case .identifier(let text, _), .number(let text):
                word += text
                return true
            case .op(let text, _) where text == "−" || text == "∗" || text == "." || text == "′":
                word += text == "−" ? "-" : (text == "∗" ? "*" : text)
                return true
            case .row(let children, nil):
                return children.allSatisfy(collect)
            default:
                return false
            }
        }
        guard collect(node), !word.isEmpty else { return node }
        return .identifier(word, upright: word.unicodeScalars.count == 1)
    }

    static func negate(_ node: MathNode) -> MathNode {
        switch node {
        case .op(let text, let attributes):
            return .op(SymbolTable.negations[text] ?? text + "\u{338}", attributes)
        case .identifier(let text, let upright):
            return .identifier(SymbolTable.negations[text] ?? text + "\u{338}", upright: upright)
        default:
            return .row([.op("\u{338}", .plain), node], classes: nil)
        }
    }

    mutating func parseModulo(_ kind: Command.Modulo, named name: String, at offset: Int) throws(TeXError) -> Atom? {
        let word = MathNode.identifier("mod", upright: false)
        switch kind {
        case .bmod:
            return Atom(.op("mod", OperatorAttributes(lspace: "0.2222em", rspace: "0.2222em")), .binary,
                        display: displayStyle)
        case .pmod, .pod:
            let argument = try parseArgument(for: name, at: offset)
            var inner: [MathNode] = [.space(displayStyle ? "1em" : "0.4444em"), .op("(", .nonStretchy)]
            if kind == .pmod { inner += [word, .space("0.3333em")] }
            inner += [argument, .op(")", .nonStretchy)]
            return Atom(.row(inner, classes: nil), display: displayStyle)
        case .mod:
            let argument = try parseArgument(for: name, at: offset)
            return Atom(.row([.space(displayStyle ? "1em" : "0.6667em"), word, .space("0.3333em"), argument], classes: nil),
                        display: displayStyle)
        }
    }

    /// Reads `{red}`, `{#1f77b4}` or `[HTML]{1F77B4}` after `\color`/`\textcolor`.
    mutating func readColor(for token: TeXToken) throws(TeXError) -> String {
        let name = token.commandName ?? "color"
        let model = try readOptionalTokens().map { $0.map(TeXParser.sourceText(of:)).joined() }
        let value = try readRawArgument(for: name, at: token.offset).trimmingSpaces
        if let model {
            guard model == "HTML", value.count == 6, value.allSatisfy(\.isHexDigit) else {
                throw TeXError(utf8Offset: token.offset, message: "invalid color [\(model)]{\(value)}")
            }
            return "#" + value
        }
        let isName = !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isLetter }
        let isHex = value.hasPrefix("#") && (value.count == 4 || value.count == 7)
            && value.dropFirst().allSatisfy(\.isHexDigit)
        guard isName || isHex else {
            throw TeXError(utf8Offset: token.offset, message: "invalid color \(value)")
        }
        return value
    }

    /// Reads a dimension such as `{1em}`, `5pt` or `-3mu` and returns a CSS length.
    mutating func readDimension(for name: String, at offset: Int, mathUnits: Bool) throws(TeXError) -> String {
        var text = ""
        if let next = try peekNonSpace(), next.kind == .beginGroup {
            text = try readRawArgument(for: name, at: offset)
        } else {
            while index < tokens.count, case .character(let scalar) = tokens[index].kind,
                  scalar.properties.isAlphabetic || scalar == "." || scalar == "-" || scalar == "+"
                    || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                text.unicodeScalars.append(scalar)
                advance()
                if text.count > 2, let last = text.last, last.isLetter, text.dropLast().last?.isLetter == true { break }
            }
        }
        guard let length = Dimension.cssLength(text.replacingSpaces) else {
            if text.isEmpty { throw missingArgument(name, at: offset) }
            throw TeXError(utf8Offset: offset, message: "invalid dimension \(text) for \\\(name)")
        }
        return length
    }
}

extension Atom {
    /// Spacing commands: TeX glue, which takes no part in operator spacing.
    var asGlue: Atom {
        var atom = self
        atom.atomClass = .punctuation
        return atom
    }
}

extension String {
    var replacingSpaces: String { String(filter { $0 != " " }) }
}
