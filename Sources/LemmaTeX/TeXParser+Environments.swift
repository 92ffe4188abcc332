extension TeXParser {
    /// How the rows of a table are numbered.
    enum RowNumberingMode {
        case none
        /// Every row gets its own number (`align`, `gather`, `eqnarray`).
        case eachRow(numbered: Bool)
        /// One number for the whole table, on its last row (`multline`).
        case lastRow(numbered: Bool)
    }

    /// `\begin{name}…\end{name}` inside math (matrices, cases, aligned, …).
    mutating func parseEnvironment(at offset: Int) throws(TeXError) -> Atom {
        let name = try readRawArgument(for: "begin", at: offset).trimmingSpaces
        guard let environment = Environment.named[name] else {
            throw unknownEnvironment(name, at: offset)
        }
        if environment.isDisplay {
            throw TeXError(utf8Offset: offset,
                           message: "\\begin{\(name)} is a display environment and cannot be used inside math; use \(environment.innerEquivalent)")
        }
        let node = try parseInnerEnvironment(environment, named: name, at: offset)
        return Atom(node, .inner, display: displayStyle)
    }

    func unknownEnvironment(_ name: String, at offset: Int) -> TeXError {
        if let suggestion = Suggestion.closest(to: name, in: Environment.named.keys.sorted()) {
            return TeXError(utf8Offset: offset, message: "unknown environment \(name); did you mean \(suggestion)?")
        }
        return TeXError(utf8Offset: offset, message: "unknown environment \(name)")
    }

    mutating func parseInnerEnvironment(_ environment: Environment, named name: String, at offset: Int) throws(TeXError) -> MathNode {
        switch environment {
        case .matrix(let open, let close, let small):
            let (rows, ruleBelow) = try parseRows(environment: name, at: offset, cellDisplay: false)
            var table = MathTable(rows: rows, columnAlignments: ["center"], ruleBelowLast: ruleBelow,
                                  classes: small ? "tex-matrix tex-small" : "tex-matrix", displayStyle: false)
            table.numbered = false
            let node: MathNode = small ? .style(StyleAttributes(scriptLevel: 1), .table(table)) : .table(table)
            return fenced(node, open: open, close: close)
        case .cases(let display, let right):
            let (rows, ruleBelow) = try parseRows(environment: name, at: offset, cellDisplay: display)
            let table = MathTable(rows: rows, columnAlignments: ["left", "left"], ruleBelowLast: ruleBelow,
                                  classes: "tex-cases", displayStyle: display)
            return right ? fenced(.table(table), open: nil, close: "}") : fenced(.table(table), open: "{", close: nil)
        case .array, .subarray:
            _ = try readOptionalTokens()
            let specText = try readRawArgument(for: "begin{\(name)}", at: offset)
            let (alignments, rules) = try parseColumnSpec(specText, at: offset)
            let (rows, ruleBelow) = try parseRows(environment: name, at: offset, cellDisplay: false,
                                                  maxColumns: alignments.count)
            let table = MathTable(rows: rows, columnAlignments: alignments, rulesAfterColumn: rules,
                                  ruleBelowLast: ruleBelow, classes: environment == .array ? "tex-array" : "tex-substack",
                                  displayStyle: false)
            return environment == .subarray ? .style(StyleAttributes(scriptLevel: 1), .table(table)) : .table(table)
        case .aligned, .split, .alignedAt:
            if environment == .alignedAt { _ = try readRawArgument(for: "begin{alignedat}", at: offset) }
            let (rows, ruleBelow) = try parseRows(environment: name, at: offset, cellDisplay: true, pairedColumns: true)
            return .table(MathTable(rows: rows, columnAlignments: TeXParser.pairedAlignments(rows),
                                    ruleBelowLast: ruleBelow, classes: "tex-aligned", displayStyle: true))
        case .gathered:
            let (rows, ruleBelow) = try parseRows(environment: name, at: offset, cellDisplay: true)
            return .table(MathTable(rows: rows, columnAlignments: ["center"], ruleBelowLast: ruleBelow,
                                    classes: "tex-gathered", displayStyle: true))
        case .equation, .align, .alignAt, .gather, .multline, .eqnarray:
            throw TeXError(utf8Offset: offset, message: "\\begin{\(name)} is a display environment and cannot be used inside math")
        }
    }

    /// Right, left, right, left, … for `aligned`-like tables.
    static func pairedAlignments(_ rows: [MathTable.Row]) -> [String] {
        let columns = max(1, rows.map(\.cells.count).max() ?? 1)
        return (0..<columns).map { $0 % 2 == 0 ? "right" : "left" }
    }

    func fenced(_ node: MathNode, open: String?, close: String?) -> MathNode {
        var nodes: [MathNode] = []
        if let open { nodes.append(.op(open, OperatorAttributes(fence: true))) }
        nodes.append(node)
        if let close { nodes.append(.op(close, OperatorAttributes(fence: true))) }
        return .row(nodes, classes: nil)
    }

    /// `{c|cc}` → alignments and vertical rules.
    func parseColumnSpec(_ spec: String, at offset: Int) throws(TeXError) -> ([String], Set<Int>) {
        var alignments: [String] = []
        var rules: Set<Int> = []
        for character in spec {
            switch character {
            case "l": alignments.append("left")
            case "c": alignments.append("center")
            case "r": alignments.append("right")
            case "|": rules.insert(alignments.count - 1)
            case " ": continue
            default:
                throw TeXError(utf8Offset: offset, message: "unsupported column type \(character) in array column specification")
            }
        }
        guard !alignments.isEmpty else {
            throw TeXError(utf8Offset: offset, message: "array column specification has no columns")
        }
        return (alignments, rules)
    }

    /// Parses rows of `&`-separated cells up to `\end{environment}`.
    mutating func parseRows(
        environment name: String, at offset: Int, cellDisplay: Bool, pairedColumns: Bool = false,
        maxColumns: Int? = nil, numbering: RowNumberingMode = .none
    ) throws(TeXError) -> (rows: [MathTable.Row], ruleBelowLast: Bool) {
        let savedDisplay = displayStyle
        let savedRow = row
        let savedRule = pendingRule
        displayStyle = cellDisplay
        defer {
            displayStyle = savedDisplay
            row = savedRow
            pendingRule = savedRule
        }
        if case .lastRow(let numbered) = numbering { row = RowNumbering(numbered: numbered) }
        var rows: [MathTable.Row] = []
        var ruleBelowLast = false
        while true {
            pendingRule = false
            if case .eachRow(let numbered) = numbering { row = RowNumbering(numbered: numbered) }
            var cells: [MathNode] = []
            var ruleAbove = false
            var spacing: String?
            var lastCellEmpty = false
            var ended = false
            while true {
                let atoms = try parseList(until: .cell)
                if cells.isEmpty {
                    ruleAbove = pendingRule
                    pendingRule = false
                }
                lastCellEmpty = atoms.isEmpty
                var nodes = assemble(atoms)
                if pairedColumns && cells.count % 2 == 1 { nodes.insert(.empty, at: 0) }
                cells.append(nodes.count == 1 ? nodes[0] : .row(nodes, classes: nil))
                guard let token = try peek() else {
                    throw TeXError(utf8Offset: offset, message: "missing \\end{\(name)}")
                }
                advance()
                if token.kind == .alignment {
                    if let maxColumns, cells.count >= maxColumns {
                        throw TeXError(utf8Offset: token.offset,
                                       message: "too many & in a row: the array has \(maxColumns) column\(maxColumns == 1 ? "" : "s")")
                    }
                    continue
                }
                if token.commandName == "end" {
                    let endName = try readRawArgument(for: "end", at: token.offset).trimmingSpaces
                    guard endName == name else {
                        throw TeXError(utf8Offset: token.offset, message: "\\end{\(endName)} does not match \\begin{\(name)}")
                    }
                    ended = true
                } else {
                    spacing = try readRowSpacing()
                }
                break
            }
            let rowIsEmpty = cells.count == 1 && lastCellEmpty && row?.tag == nil && row?.label == nil
            if ended && rowIsEmpty && !rows.isEmpty {
                ruleBelowLast = ruleAbove
                break
            }
            var tableRow = MathTable.Row(cells: cells, spacingBelow: spacing, ruleAbove: ruleAbove)
            if case .eachRow = numbering { tableRow.number = try finishRow() }
            rows.append(tableRow)
            if ended { break }
        }
        if case .lastRow = numbering, !rows.isEmpty {
            rows[rows.count - 1].number = try finishRow()
        }
        return (rows, ruleBelowLast)
    }

    /// After `\\`: an optional `*` and `[dimension]`.
    mutating func readRowSpacing() throws(TeXError) -> String? {
        if index < tokens.count, tokens[index].kind == .character("*") { advance() }
        guard let dimension = try readOptionalTokens() else { return nil }
        let text = dimension.map(TeXParser.sourceText(of:)).joined().replacingSpaces
        guard let length = Dimension.cssLength(text) else {
            throw TeXError(utf8Offset: dimension.first?.offset ?? endOffset, message: "invalid dimension \(text) after \\\\")
        }
        return length
    }

    /// `\substack{a\\b}`: centred rows in script style.
    mutating func parseSubstack(at offset: Int) throws(TeXError) -> MathNode {
        guard let open = try peekNonSpace(), open.kind == .beginGroup else { throw missingArgument("substack", at: offset) }
        advance()
        var rows: [MathTable.Row] = []
        while true {
            let atoms = try parseList(until: .stackedRow)
            rows.append(MathTable.Row(cells: [.group(assemble(atoms))]))
            guard let token = try peek() else {
                throw TeXError(utf8Offset: open.offset, message: "unbalanced braces: this { is never closed")
            }
            if token.kind == .endGroup {
                advance()
                break
            }
            advance()
        }
        return .table(MathTable(rows: rows, columnAlignments: ["center"], classes: "tex-substack", displayStyle: false))
    }

    /// Turns the numbering state of the finished row into its number, registering its label.
    mutating func finishRow() throws(TeXError) -> EquationNumber? {
        guard let state = row else { return nil }
        var number: EquationNumber?
        if let tag = state.tag {
            number = EquationNumber(display: tag.starred ? tag.text : "(\(tag.text))", reference: tag.text, id: nil)
        } else if state.numbered && !state.suppressed {
            numbering.counter += 1
            number = EquationNumber(display: "(\(numbering.counter))", reference: "\(numbering.counter)", id: nil)
        }
        if let label = state.label {
            guard var labelled = number else {
                throw TeXError(utf8Offset: label.offset, message: "\\label{\(label.name)} in an unnumbered equation")
            }
            if numbering.labels[label.name] != nil {
                throw TeXError(utf8Offset: label.offset, message: "duplicate label \(label.name)")
            }
            labelled.id = EquationNumbering.id(forLabel: label.name)
            numbering.labels[label.name] = labelled
            number = labelled
        }
        return number
    }
}
