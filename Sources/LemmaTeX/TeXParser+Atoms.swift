extension TeXParser {
    /// Parses one atom starting at the current token; nil for commands that produce nothing
    /// (`\label`, `\newcommand`, …).
    mutating func parseAtom() throws(TeXError) -> Atom? {
        depth += 1
        defer { depth -= 1 }
        try checkNesting()
        guard let token = try peekNonSpace() else { return nil }
        switch token.kind {
        case .beginGroup:
            let atoms = try parseGroupAtoms()
            var atom = Atom(.group(assemble(atoms)), display: displayStyle)
            atom.emptyNucleus = atoms.isEmpty
            return atom
        case .character(let scalar):
            advance()
            return characterAtom(scalar, mergeFollowing: true)
        case .tie:
            advance()
            return Atom(.text("\u{A0}", style: nil), .ordinary, display: displayStyle)
        case .command(let name):
            advance()
            if let command = CommandTable.commands[name] {
                return try parseCommand(command, named: name, at: token)
            }
            if let symbol = SymbolTable.commands[name] {
                return symbolAtom(symbol)
            }
            throw unknownCommand(name, at: token.offset)
        case .parameter:
            throw TeXError(utf8Offset: token.offset, message: "macro parameter # outside a macro definition")
        case .mathShift:
            throw TeXError(utf8Offset: token.offset, message: "unexpected $ inside math")
        case .endGroup:
            throw TeXError(utf8Offset: token.offset, message: "unbalanced braces: unexpected }")
        case .alignment:
            throw TeXError(utf8Offset: token.offset, message: "stray & outside an alignment environment")
        case .superscriptMark, .subscriptMark, .space:
            advance()
            return nil
        }
    }

    func unknownCommand(_ name: String, at offset: Int) -> TeXError {
        var candidates = CommandTable.allNames
        candidates.append(contentsOf: macros.definitions.keys.sorted())
        if let suggestion = Suggestion.closest(to: name, in: candidates) {
            return TeXError(utf8Offset: offset, message: "unknown command \\\(name); did you mean \\\(suggestion)?")
        }
        return TeXError(utf8Offset: offset, message: "unknown command \\\(name)")
    }

    // MARK: - Characters

    /// An atom for a character typed in math: letters become `<mi>`, digit runs `<mn>`, operators `<mo>`.
    mutating func characterAtom(_ scalar: Unicode.Scalar, mergeFollowing: Bool) -> Atom {
        let value = scalar.value
        let isDigit = value >= 0x30 && value <= 0x39
        if isDigit || (scalar == "." && mergeFollowing && nextIsDigit()) {
            var digits = String(Character(scalar))
            if mergeFollowing {
                while index < tokens.count, case .character(let next) = tokens[index].kind {
                    if next.value >= 0x30 && next.value <= 0x39 {
                        digits.unicodeScalars.append(next)
                        advance()
                    } else if next == ".", index + 1 < tokens.count, case .character(let after) = tokens[index + 1].kind,
                              after.value >= 0x30 && after.value <= 0x39 {
                        digits.unicodeScalars.append(next)
                        advance()
                    } else {
                        break
                    }
                }
            }
            if let font { digits = font.map(digits) }
            return Atom(.number(digits), display: displayStyle)
        }
        let isLatin = (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        if isLatin {
            guard let font else { return Atom(.identifier(String(Character(scalar)), upright: false), display: displayStyle) }
            var word = String.UnicodeScalarView()
            word.append(font.map(scalar))
            if mergeFollowing && font.mergesLetters {
                while index < tokens.count, case .character(let next) = tokens[index].kind,
                      (next.value >= 0x41 && next.value <= 0x5A) || (next.value >= 0x61 && next.value <= 0x7A) {
                    word.append(font.map(next))
                    advance()
                }
            }
            return Atom(.identifier(String(word), upright: font == .roman), display: displayStyle)
        }
        if let kind = SymbolTable.characters[scalar] {
            return symbolAtom(MathSymbol(text: scalar == "-" ? "−" : (scalar == "*" ? "∗" : String(Character(scalar))), kind: kind))
        }
        return Atom(.identifier(String(Character(scalar)), upright: false), display: displayStyle)
    }

    func nextIsDigit() -> Bool {
        guard index < tokens.count, case .character(let next) = tokens[index].kind else { return false }
        return next.value >= 0x30 && next.value <= 0x39
    }

    /// An atom for a symbol command or an operator character.
    func symbolAtom(_ symbol: MathSymbol) -> Atom {
        switch symbol.kind {
        case .ordinary:
            let text = font.map { $0.map(symbol.text) } ?? symbol.text
            return Atom(.identifier(text, upright: false), display: displayStyle)
        case .upright:
            if let font, font != .roman {
                return Atom(.identifier(font.map(symbol.text), upright: false), display: displayStyle)
            }
            return Atom(.identifier(symbol.text, upright: true), display: displayStyle)
        case .ordinaryOperator:
            return Atom(.op(symbol.text, .ordinary), display: displayStyle)
        case .largeOperator:
            return Atom(.op(symbol.text, .plain), .largeOperator(limits: .displayOnly), display: displayStyle)
        case .integral:
            return Atom(.op(symbol.text, .plain), .largeOperator(limits: .never), display: displayStyle)
        case .binary:
            return Atom(.op(symbol.text, .plain), .binary, display: displayStyle)
        case .relation:
            return Atom(.op(symbol.text, .plain), .relation, display: displayStyle)
        case .opening:
            return Atom(.op(symbol.text, .nonStretchy), .opening, display: displayStyle)
        case .closing:
            return Atom(.op(symbol.text, .nonStretchy), .closing, display: displayStyle)
        case .punctuation:
            return Atom(.op(symbol.text, .plain), .punctuation, display: displayStyle)
        case .inner:
            return Atom(.op(symbol.text, .plain), .inner, display: displayStyle)
        }
    }

    /// `\binom`'s parentheses around a rule-less fraction.
    func binomialFence(_ fraction: MathNode) -> MathNode {
        .row([.op("(", OperatorAttributes(fence: true)), fraction, .op(")", OperatorAttributes(fence: true))],
             classes: nil)
    }
}
