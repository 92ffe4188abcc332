extension TeXParser {
    /// `\left( … \middle| … \right)`: one inner atom whose fences stretch over its content.
    mutating func parseLeftRight(at offset: Int) throws(TeXError) -> Atom {
        let open = try readDelimiter(after: "left", at: offset)
        var nodes: [MathNode] = []
        if let open { nodes.append(.op(open, OperatorAttributes(fence: true))) }
        while true {
            let atoms = try parseList(until: .leftRight)
            nodes.append(contentsOf: assemble(atoms))
            guard let token = try peek(), let name = token.commandName else {
                throw TeXError(utf8Offset: offset, message: "\\left\(delimiterSource(open)) without a matching \\right")
            }
            advance()
            let delimiter = try readDelimiter(after: name, at: token.offset)
            if name == "middle" {
                if let delimiter {
                    nodes.append(.op(delimiter, OperatorAttributes(stretchy: true, fence: true,
                                                                          lspace: "0.05em", rspace: "0.05em")))
                }
                continue
            }
            if let delimiter { nodes.append(.op(delimiter, OperatorAttributes(fence: true))) }
            return Atom(.row(nodes, classes: nil), .inner, display: displayStyle)
        }
    }

    func delimiterSource(_ delimiter: String?) -> String {
        guard let delimiter else { return "." }
        switch delimiter {
        case "{": return "\\{"
        case "}": return "\\}"
        case "⟨": return "\\langle"
        case "⟩": return "\\rangle"
        case "‖": return "\\|"
        default: return delimiter
        }
    }

    /// Reads the delimiter after `\left`, `\right`, `\middle` or `\big`; nil for `.`.
    mutating func readDelimiter(after name: String, at offset: Int) throws(TeXError) -> String? {
        guard let token = try peekNonSpace() else {
            throw TeXError(utf8Offset: offset, message: "missing delimiter after \\\(name)")
        }
        switch token.kind {
        case .character(let scalar):
            advance()
            switch scalar {
            case ".": return nil
            case "(", ")", "[", "]", "|", "/": return String(Character(scalar))
            case "<": return "⟨"
            case ">": return "⟩"
            default: break
            }
        case .command(let command):
            advance()
            if let symbol = SymbolTable.commands[command] {
                switch symbol.kind {
                case .opening, .closing, .ordinaryOperator:
                    return symbol.text
                case .relation where TeXParser.verticalArrows.contains(symbol.text):
                    return symbol.text
                default:
                    break
                }
            }
        default:
            break
        }
        throw TeXError(utf8Offset: token.offset,
                       message: "\\\(name) must be followed by a delimiter, not \(TeXParser.sourceText(of: token).trimmingSpaces)")
    }

    static let verticalArrows: Set<String> = ["↑", "↓", "↕", "⇑", "⇓", "⇕"]
}
