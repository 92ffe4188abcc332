extension TeXParser {
    /// Parses the argument of `\text`, `\textbf`, `\mbox`, … in text mode: characters are kept as
    /// they are (CJK included), `$…$` switches back to math.
    mutating func parseTextArgument(for name: String, at offset: Int, style: String?) throws(TeXError) -> [MathNode] {
        guard let open = try peekNonSpace() else { throw missingArgument(name, at: offset) }
        var nodes: [MathNode] = []
        var text = ""
        func flush() {
            guard !text.isEmpty else { return }
            nodes.append(.text(TeXParser.protectEdgeSpaces(text), style: style))
            text = ""
        }
        switch open.kind {
        case .beginGroup:
            advance()
        case .character(let scalar):
            advance()
            return [.text(String(Character(scalar)), style: style)]
        default:
            throw missingArgument(name, at: offset)
        }
        var depth = 1
        while true {
            guard let token = try peek() else {
                throw TeXError(utf8Offset: open.offset, message: "unbalanced braces: this { is never closed")
            }
            advance()
            switch token.kind {
            case .character(let scalar):
                text.unicodeScalars.append(scalar)
            case .space:
                text += " "
            case .tie:
                text += "\u{A0}"
            case .beginGroup:
                depth += 1
            case .endGroup:
                depth -= 1
                if depth == 0 {
                    flush()
                    return nodes
                }
            case .superscriptMark:
                text += "^"
            case .subscriptMark:
                text += "_"
            case .alignment:
                throw TeXError(utf8Offset: token.offset, message: "stray & outside an alignment environment")
            case .parameter:
                throw TeXError(utf8Offset: token.offset, message: "macro parameter # outside a macro definition")
            case .mathShift:
                flush()
                let saved = displayStyle
                displayStyle = false
                let atoms = try parseList(until: .mathShift)
                displayStyle = saved
                guard let close = try peek(), close.kind == .mathShift else {
                    throw TeXError(utf8Offset: token.offset, message: "missing $ to end the math started here")
                }
                advance()
                nodes.append(.group(assemble(atoms)))
            case .command(let command):
                if let character = CommandTable.textCharacters[command] {
                    text += character
                } else if case .text(let innerStyle)? = CommandTable.commands[command] {
                    flush()
                    let combined = [style, innerStyle].compactMap { $0 }.joined(separator: ";")
                    nodes.append(contentsOf: try parseTextArgument(for: command, at: token.offset,
                                                                   style: combined.isEmpty ? nil : combined))
                } else if case .space(let width)? = CommandTable.commands[command] {
                    flush()
                    nodes.append(.space(width))
                } else {
                    throw TeXError(utf8Offset: token.offset, message: "unknown command \\\(command) in text")
                }
            }
        }
    }

    /// Leading and trailing spaces of `<mtext>` would be collapsed by the browser: make them no-break.
    static func protectEdgeSpaces(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == " " { scalars[0] = "\u{A0}" }
        if let last = scalars.last, last == " " { scalars[scalars.count - 1] = "\u{A0}" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
