/// A user macro: from the site configuration or `\newcommand`/`\renewcommand`/`\def` on the page.
struct MacroDefinition: Sendable {
    /// Number of parameters `#1`…`#n`.
    var parameterCount: Int
    /// The default of an optional first parameter (`\newcommand\x[2][0]{…}`).
    var optionalDefault: [TeXToken]?
    /// The replacement text.
    var body: [TeXToken]
    /// Set for a site macro whose definition is malformed; using it reports this problem.
    var problem: String?
}

/// The macros visible at a point of a page. Page definitions persist for the rest of the page.
struct MacroTable: Sendable {
    var definitions: [String: MacroDefinition] = [:]

    /// Builds the table from site-wide definitions: name (with or without a leading backslash) →
    /// body. The parameter count is the highest `#n` in the body.
    init(site: [String: String]) {
        for (rawName, body) in site {
            let name = MacroTable.normalizedName(rawName)
            do {
                let tokens = try TeXLexer.tokenize(body)
                definitions[name] = MacroDefinition(
                    parameterCount: MacroTable.highestParameter(in: tokens), optionalDefault: nil,
                    body: tokens, problem: nil)
            } catch {
                definitions[name] = MacroDefinition(
                    parameterCount: 0, optionalDefault: nil, body: [], problem: error.message)
            }
        }
    }

    static func normalizedName(_ name: String) -> String {
        name.hasPrefix("\\") ? String(name.dropFirst()) : name
    }

    static func highestParameter(in tokens: [TeXToken]) -> Int {
        var highest = 0
        for token in tokens {
            if case .parameter(let number) = token.kind { highest = max(highest, number) }
        }
        return highest
    }
}
