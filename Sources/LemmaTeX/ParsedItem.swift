/// One page item after parsing (pass 1), before labels are resolved and it is written (pass 2).
enum ParsedItem: Sendable {
    /// A formula; `number` is set for numbered or tagged displays. `block` asks for the
    /// `<div class="equation">` wrapper (environments and tagged displays).
    case formula(MathNode, display: Bool, number: EquationNumber?, block: Bool)
    /// A display environment laid out as rows (`align`, `gather`, `multline`, `eqnarray`).
    case rows(MathTable)
    /// A prose `\eqref`/`\ref`.
    case reference(label: String, parenthesized: Bool, offset: Int)
}

extension TeXParser {
    /// `$…$`: inline math.
    mutating func parseInline() throws(TeXError) -> ParsedItem {
        row = nil
        let atoms = try parseList(until: .input)
        return .formula(.group(assemble(atoms)), display: false, number: nil, block: false)
    }

    /// `$$…$$`: display math, numbered only by `\tag`.
    mutating func parseDisplay() throws(TeXError) -> ParsedItem {
        row = RowNumbering(numbered: false)
        let atoms = try parseList(until: .input)
        let number = try finishRow()
        return .formula(.group(assemble(atoms)), display: true, number: number, block: number != nil)
    }

    /// A whole `\begin{equation}…\end{equation}` (or another display environment).
    mutating func parseEnvironmentItem() throws(TeXError) -> ParsedItem {
        guard let begin = try peekNonSpace(), begin.commandName == "begin" else {
            let item = try parseDisplay()
            if case .formula(let node, _, let number, _) = item {
                return .formula(node, display: true, number: number, block: true)
            }
            return item
        }
        let start = index
        advance()
        let name = try readRawArgument(for: "begin", at: begin.offset).trimmingSpaces
        guard let environment = Environment.named[name] else { throw unknownEnvironment(name, at: begin.offset) }
        guard environment.isDisplay else {
            index = start
            let item = try parseDisplay()
            if case .formula(let node, _, let number, _) = item {
                return .formula(node, display: true, number: number, block: true)
            }
            return item
        }
        let item: ParsedItem
        switch environment {
        case .equation(let starred):
            row = RowNumbering(numbered: !starred)
            let atoms = try parseList(until: .environment)
            guard let end = try peek() else {
                throw TeXError(utf8Offset: begin.offset, message: "missing \\end{\(name)}")
            }
            advance()
            let endName = try readRawArgument(for: "end", at: end.offset).trimmingSpaces
            guard endName == name else {
                throw TeXError(utf8Offset: end.offset, message: "\\end{\(endName)} does not match \\begin{\(name)}")
            }
            let number = try finishRow()
            item = .formula(.group(assemble(atoms)), display: true, number: number, block: true)
        case .align(let starred), .alignAt(let starred):
            if case .alignAt = environment { _ = try readRawArgument(for: "begin{\(name)}", at: begin.offset) }
            let (rows, ruleBelow) = try parseRows(environment: name, at: begin.offset, cellDisplay: true,
                                                  pairedColumns: true, numbering: .eachRow(numbered: !starred))
            item = .rows(numberedTable(rows, alignments: TeXParser.pairedAlignments(rows), ruleBelow: ruleBelow,
                                       classes: "tex-align"))
        case .gather(let starred):
            let (rows, ruleBelow) = try parseRows(environment: name, at: begin.offset, cellDisplay: true,
                                                  numbering: .eachRow(numbered: !starred))
            item = .rows(numberedTable(rows, alignments: ["center"], ruleBelow: ruleBelow, classes: "tex-gather"))
        case .eqnarray(let starred):
            let (rows, ruleBelow) = try parseRows(environment: name, at: begin.offset, cellDisplay: true,
                                                  maxColumns: 3, numbering: .eachRow(numbered: !starred))
            item = .rows(numberedTable(rows, alignments: ["right", "center", "left"], ruleBelow: ruleBelow,
                                       classes: "tex-eqnarray"))
        case .multline(let starred):
            var (rows, ruleBelow) = try parseRows(environment: name, at: begin.offset, cellDisplay: true,
                                                  maxColumns: 1, numbering: .lastRow(numbered: !starred))
            if rows.count > 1 {
                for position in rows.indices {
                    rows[position].alignment = position == 0 ? "left" : (position == rows.count - 1 ? "right" : "center")
                }
            }
            item = .rows(numberedTable(rows, alignments: ["center"], ruleBelow: ruleBelow, classes: "tex-multline"))
        default:
            throw TeXError(utf8Offset: begin.offset, message: "unexpected environment \(name)")
        }
        if let extra = try peekNonSpace() {
            throw TeXError(utf8Offset: extra.offset, message: "unexpected text after \\end{\(name)}")
        }
        return item
    }

    func numberedTable(_ rows: [MathTable.Row], alignments: [String], ruleBelow: Bool, classes: String) -> MathTable {
        var table = MathTable(rows: rows, columnAlignments: alignments, ruleBelowLast: ruleBelow, classes: classes,
                              displayStyle: true)
        table.numbered = rows.contains { $0.number != nil }
        return table
    }

    /// A prose `\eqref{label}` or `\ref{label}`.
    mutating func parseReference() throws(TeXError) -> ParsedItem {
        guard let token = try peekNonSpace(), let name = token.commandName,
              case .reference(let parenthesized)? = CommandTable.commands[name] else {
            throw TeXError(utf8Offset: (try? peekNonSpace())?.offset ?? 0, message: "expected \\eqref{…} or \\ref{…}")
        }
        advance()
        let label = try readRawArgument(for: name, at: token.offset).trimmingSpaces
        if let extra = try peekNonSpace() {
            throw TeXError(utf8Offset: extra.offset, message: "unexpected text after \\\(name){\(label)}")
        }
        return .reference(label: label, parenthesized: parenthesized, offset: token.offset)
    }
}
