/// One page's math, rendered together so that equation numbers follow document order and
/// `\eqref` may point forward.
///
/// Output shapes:
/// - `.inline`: `<math><semantics>…<annotation encoding="application/x-tex">…</annotation></semantics></math>`
/// - `.display`: `<math display="block" displaystyle="true">…</math>`; with `\tag{…}` the
///   equation wrapper below instead.
/// - `.environment`, one number: `<div class="equation" id="eq-LABEL"><math display="block"
///   displaystyle="true">…</math><span class="eqno">(1)</span></div>` (no `id` without `\label`,
///   no `eqno` when unnumbered).
/// - `.environment`, several rows (`align`, `gather`, `multline`, `eqnarray`): `<div class="equation
///   equation-rows"><math display="block" displaystyle="true"><semantics><mtable class="tex-align
///   tex-numbered">…` where each `<mtr>` starts with an empty `tex-eqpad` cell and ends with a
///   `tex-eqno` cell holding its number, and a labelled row carries `id="eq-LABEL"`.
/// - `.reference`: `<a class="eqref" href="#eq-LABEL">(3)</a>` (`\ref`: without parentheses).
///
/// Ids are `eq-` + the label, with bytes other than ASCII letters, digits, `-`, `_`, `.` and `:`
/// written as `~XX`.
public struct MathPage: Sendable {
    let macros: MacroTable

    /// - Parameter macros: site-wide macros, name (with or without the backslash) → body. A body
    ///   may use `#1`…`#9`; the macro takes as many arguments as the highest `#n` it uses. Check
    ///   them once per build with `validateMacros`.
    public init(macros: [String: String] = [:]) {
        self.macros = MacroTable(site: macros)
    }

    /// Renders every item in document order. Result `i` corresponds to `items[i]`. Pass 1 parses
    /// every item (collecting macros defined on the page, numbers and labels); pass 2 writes
    /// them, so `\eqref` may point forward.
    public func render(_ items: [MathInput]) -> [Result<String, TeXError>] {
        var macros = self.macros
        var numbering = EquationNumbering()
        var parsed: [Result<ParsedItem, TeXError>] = []
        parsed.reserveCapacity(items.count)
        for item in items {
            do throws(TeXError) {
                let tokens = try TeXLexer.tokenize(item.tex)
                var parser = TeXParser(tokens: tokens, macros: macros, numbering: numbering,
                                       displayStyle: item.style != .inline)
                let result: ParsedItem
                switch item.style {
                case .inline: result = try parser.parseInline()
                case .display: result = try parser.parseDisplay()
                case .environment: result = try parser.parseEnvironmentItem()
                case .reference: result = try parser.parseReference()
                }
                macros = parser.macros
                numbering = parser.numbering
                parsed.append(.success(result))
            } catch {
                parsed.append(.failure(error))
            }
        }
        return zip(items, parsed).map { item, result in
            result.flatMap { parsedItem in
                do throws(TeXError) {
                    return .success(try MathPage.write(parsedItem, tex: item.tex, labels: numbering.labels))
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    static func write(_ item: ParsedItem, tex: String, labels: [String: EquationNumber]) throws(TeXError) -> String {
        var writer = MathMLWriter(labels: labels)
        switch item {
        case .reference(let label, let parenthesized, let offset):
            return try writer.link(to: label, parenthesized: parenthesized, at: offset)
        case .formula(let node, let display, let number, let block):
            if block {
                writer.output += "<div class=\"equation\""
                if let id = number?.id { writer.attribute("id", id) }
                writer.output += ">"
            }
            writer.output += display ? "<math display=\"block\" displaystyle=\"true\"><semantics>" : "<math><semantics>"
            try writer.writeArgument(node)
            writer.writeAnnotation(tex)
            writer.output += "</semantics></math>"
            if block {
                if let number {
                    writer.output += "<span class=\"eqno\">"
                    writer.appendEscaped(number.display)
                    writer.output += "</span>"
                }
                writer.output += "</div>"
            }
        case .rows(let table):
            writer.output += table.numbered ? "<div class=\"equation equation-rows\">" : "<div class=\"equation\">"
            writer.output += "<math display=\"block\" displaystyle=\"true\"><semantics>"
            try writer.writeTable(table)
            writer.writeAnnotation(tex)
            writer.output += "</semantics></math></div>"
        }
        return writer.output
    }
}

extension MathMLWriter {
    mutating func writeAnnotation(_ tex: String) {
        output += "<annotation encoding=\"application/x-tex\">"
        output += MathMLWriter.escaped(tex)
        output += "</annotation>"
    }
}

/// Validates site-wide macro definitions (call once per build). Returns the problems found, keyed
/// by macro name as given; an empty dictionary means every definition is usable. Checks that the
/// name is a control-sequence name, the body's braces balance, its parameters are `#1`…`#9`, and
/// every command it uses is known (built in or another site macro). Offsets are into the body.
public func validateMacros(_ macros: [String: String]) -> [String: TeXError] {
    var problems: [String: TeXError] = [:]
    let names = Set(macros.keys.map(MacroTable.normalizedName))
    for (rawName, body) in macros {
        let name = MacroTable.normalizedName(rawName)
        let validName = !name.isEmpty && (name.utf8.allSatisfy(TeXLexer.isLetter) || name.unicodeScalars.count == 1)
        guard validName else {
            problems[rawName] = TeXError(utf8Offset: 0, message: "invalid macro name \(rawName)")
            continue
        }
        do throws(TeXError) {
            let tokens = try TeXLexer.tokenize(body)
            var depth = 0
            var openings: [Int] = []
            for token in tokens {
                switch token.kind {
                case .beginGroup:
                    depth += 1
                    openings.append(token.offset)
                case .endGroup:
                    depth -= 1
                    if depth < 0 { throw TeXError(utf8Offset: token.offset, message: "unbalanced braces: unexpected }") }
                    openings.removeLast()
                case .parameter(0):
                    throw TeXError(utf8Offset: token.offset, message: "macro parameter # must be followed by a digit")
                case .command(let command):
                    if CommandTable.commands[command] == nil && SymbolTable.commands[command] == nil && !names.contains(command) {
                        var candidates = CommandTable.allNames
                        candidates.append(contentsOf: names.sorted())
                        let hint = Suggestion.closest(to: command, in: candidates).map { "; did you mean \\\($0)?" } ?? ""
                        throw TeXError(utf8Offset: token.offset, message: "unknown command \\\(command)\(hint)")
                    }
                default:
                    break
                }
            }
            if let open = openings.last {
                throw TeXError(utf8Offset: open, message: "unbalanced braces: this { is never closed")
            }
        } catch {
            problems[rawName] = error
        }
    }
    return problems
}
