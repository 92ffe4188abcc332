extension TeXParser {
    /// Replaces a macro call (at `index`) and its arguments by the macro body. Body tokens take the
    /// offset of the call, so errors inside an expansion point at the macro's use.
    mutating func expand(_ macro: MacroDefinition, named name: String, at call: TeXToken) throws(TeXError) {
        expansions += 1
        guard expansions <= TeXParser.expansionLimit, expandedTokens <= TeXParser.expandedTokenLimit else {
            throw TeXError(utf8Offset: call.offset, message: "macro expansion too deep (is \\\(name) recursive?)")
        }
        if let problem = macro.problem {
            throw TeXError(utf8Offset: call.offset, message: "macro \\\(name) has an invalid definition: \(problem)")
        }
        let start = index
        index += 1
        var arguments: [[TeXToken]] = []
        arguments.reserveCapacity(macro.parameterCount)
        if let optionalDefault = macro.optionalDefault {
            arguments.append(try readOptionalTokens() ?? optionalDefault)
        }
        while arguments.count < macro.parameterCount {
            arguments.append(try readTokenArgument(for: name, at: call.offset))
        }
        var expansion: [TeXToken] = []
        expansion.reserveCapacity(macro.body.count)
        for token in macro.body {
            if case .parameter(let number) = token.kind, number >= 1, number <= arguments.count {
                expansion.append(contentsOf: arguments[number - 1])
            } else {
                expansion.append(TeXToken(token.kind, at: call.offset))
            }
        }
        expandedTokens += expansion.count
        tokens.replaceSubrange(start..<index, with: expansion)
        index = start
    }

    /// `\newcommand{\name}[n][default]{body}` (and `\renewcommand`, `\providecommand`).
    mutating func defineCommand(renew: Bool, provide: Bool, named command: String, at offset: Int) throws(TeXError) {
        if index < tokens.count, tokens[index].kind == .character("*") { advance() }
        let name = try readMacroName(after: command, at: offset)
        let exists = isDefined(name)
        if !renew && !provide && exists {
            throw TeXError(utf8Offset: offset,
                           message: "\\\(command): \\\(name) is already defined; use \\renewcommand")
        }
        if renew && !exists {
            throw TeXError(utf8Offset: offset, message: "\\\(command): \\\(name) is not defined; use \\newcommand")
        }
        var parameterCount = 0
        if let countTokens = try readOptionalTokens() {
            let text = countTokens.map(TeXParser.sourceText(of:)).joined().trimmingSpaces
            guard let count = Int(text), (0...9).contains(count) else {
                throw TeXError(utf8Offset: offset, message: "\\\(command): invalid number of parameters [\(text)]")
            }
            parameterCount = count
        }
        let optionalDefault = try readOptionalTokens()
        let body = try readTokenArgument(for: command, at: offset)
        try checkParameters(body, allowed: parameterCount, name: name, at: offset)
        if provide && exists { return }
        macros.definitions[name] = MacroDefinition(
            parameterCount: parameterCount, optionalDefault: parameterCount > 0 ? optionalDefault : nil,
            body: body, problem: nil)
    }

    /// `\def\name#1#2{body}` (undelimited parameters only).
    mutating func defineWithDef(at offset: Int) throws(TeXError) {
        let name = try readMacroName(after: "def", at: offset)
        var parameterCount = 0
        while index < tokens.count {
            let token = tokens[index]
            if case .parameter(let number) = token.kind {
                guard number == parameterCount + 1 else {
                    throw TeXError(utf8Offset: token.offset, message: "\\def: parameters must be numbered #1, #2, … in order")
                }
                parameterCount = number
                advance()
            } else if token.kind == .beginGroup {
                break
            } else if token.isSpace {
                advance()
            } else {
                throw TeXError(utf8Offset: token.offset, message: "\\def: delimited macro parameters are not supported")
            }
        }
        let body = try readTokenArgument(for: "def", at: offset)
        try checkParameters(body, allowed: parameterCount, name: name, at: offset)
        macros.definitions[name] = MacroDefinition(parameterCount: parameterCount, optionalDefault: nil, body: body, problem: nil)
    }

    mutating func readMacroName(after command: String, at offset: Int) throws(TeXError) -> String {
        guard let token = nextRawNonSpace() else { throw missingArgument(command, at: offset) }
        if case .command(let name) = token.kind {
            advance()
            return name
        }
        if token.kind == .beginGroup, index + 2 < tokens.count, case .command(let name) = tokens[index + 1].kind,
           tokens[index + 2].kind == .endGroup {
            index += 3
            return name
        }
        throw TeXError(utf8Offset: token.offset, message: "\\\(command) must be followed by a command name")
    }

    func isDefined(_ name: String) -> Bool {
        macros.definitions[name] != nil || CommandTable.commands[name] != nil || SymbolTable.commands[name] != nil
    }

    func checkParameters(_ body: [TeXToken], allowed: Int, name: String, at offset: Int) throws(TeXError) {
        for token in body {
            guard case .parameter(let number) = token.kind else { continue }
            if number == 0 {
                throw TeXError(utf8Offset: token.offset, message: "macro parameter # must be followed by a digit in \\\(name)")
            }
            if number > allowed {
                throw TeXError(utf8Offset: offset,
                               message: "\\\(name) uses #\(number) but has \(allowed) parameter\(allowed == 1 ? "" : "s")")
            }
        }
    }
}
