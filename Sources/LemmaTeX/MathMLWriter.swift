/// Writes `MathNode`s as MathML Core text, resolving equation references against the page's labels.
struct MathMLWriter {
    var output = ""
    let labels: [String: EquationNumber]

    init(labels: [String: EquationNumber]) {
        self.labels = labels
        output.reserveCapacity(512)
    }

    mutating func write(_ node: MathNode) throws(TeXError) {
        switch node {
        case .identifier(let text, let upright):
            output += upright && text.unicodeScalars.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
            appendEscaped(text)
            output += "</mi>"
        case .number(let text):
            output += "<mn>"
            appendEscaped(text)
            output += "</mn>"
        case .op(let text, let attributes):
            writeOperator(text, attributes)
        case .text(let text, let style):
            output += "<mtext"
            if let style { attribute("style", style) }
            output += ">"
            appendEscaped(text)
            output += "</mtext>"
        case .space(let width):
            output += "<mspace width=\"\(width)\"/>"
        case .row(let children, let classes):
            if classes == nil && children.count == 1 {
                try write(children[0])
                return
            }
            output += "<mrow"
            if let classes { attribute("class", classes) }
            output += ">"
            for child in children { try write(child) }
            output += "</mrow>"
        case .fraction(let numerator, let denominator, let thickness):
            output += "<mfrac"
            if let thickness { attribute("linethickness", thickness) }
            output += ">"
            try writeArgument(numerator)
            try writeArgument(denominator)
            output += "</mfrac>"
        case .squareRoot(let radicand):
            output += "<msqrt>"
            try write(radicand)
            output += "</msqrt>"
        case .root(let radicand, let index):
            try element("mroot", radicand, index)
        case .sub(let base, let sub):
            try element("msub", base, sub)
        case .sup(let base, let sup):
            try element("msup", base, sup)
        case .subSuperscript(let base, let sub, let sup):
            try element("msubsup", base, sub, sup)
        case .under(let base, let under, let accent):
            output += accent ? "<munder accentunder=\"true\">" : "<munder>"
            try writeArgument(base)
            try writeArgument(under)
            output += "</munder>"
        case .over(let base, let over, let accent):
            output += accent ? "<mover accent=\"true\">" : "<mover>"
            try writeArgument(base)
            try writeArgument(over)
            output += "</mover>"
        case .underOver(let base, let under, let over):
            try element("munderover", base, under, over)
        case .prescripts(let base, let sub, let sup):
            output += "<mmultiscripts>"
            try writeArgument(base)
            output += "<mprescripts/>"
            try writeArgument(sub ?? .empty)
            try writeArgument(sup ?? .empty)
            output += "</mmultiscripts>"
        case .style(let attributes, let child):
            output += "<mstyle"
            if let display = attributes.displayStyle { attribute("displaystyle", display ? "true" : "false") }
            if let level = attributes.scriptLevel { attribute("scriptlevel", String(level)) }
            if let color = attributes.color { attribute("mathcolor", color) }
            if let size = attributes.size { attribute("mathsize", size) }
            output += ">"
            try write(child)
            output += "</mstyle>"
        case .phantom(let child):
            output += "<mphantom>"
            try write(child)
            output += "</mphantom>"
        case .padded(let child, let attributes):
            output += "<mpadded"
            if let width = attributes.width { attribute("width", width) }
            if let height = attributes.height { attribute("height", height) }
            if let depth = attributes.depth { attribute("depth", depth) }
            if let lspace = attributes.lspace { attribute("lspace", lspace) }
            output += ">"
            try write(child)
            output += "</mpadded>"
        case .table(let table):
            try writeTable(table)
        case .reference(let label, let parenthesized, let offset):
            output += "<mtext>"
            output += try link(to: label, parenthesized: parenthesized, at: offset)
            output += "</mtext>"
        }
    }

    /// `<a class="eqref" href="#eq-label">(3)</a>` for a label of this page.
    func link(to label: String, parenthesized: Bool, at offset: Int) throws(TeXError) -> String {
        guard let number = labels[label], let id = number.id else {
            throw TeXError(utf8Offset: offset, message: "undefined label \(label)")
        }
        var text = "<a class=\"eqref\" href=\"#"
        text += id
        text += "\">"
        text += MathMLWriter.escaped(parenthesized ? "(\(number.reference))" : number.reference)
        text += "</a>"
        return text
    }

    /// Children of fixed-arity elements must be single elements: rows keep their `<mrow>`.
    mutating func writeArgument(_ node: MathNode) throws(TeXError) {
        if case .row(let children, nil) = node, children.count != 1 {
            output += "<mrow>"
            for child in children { try write(child) }
            output += "</mrow>"
        } else {
            try write(node)
        }
    }

    mutating func element(_ name: String, _ children: MathNode...) throws(TeXError) {
        output += "<\(name)>"
        for child in children { try writeArgument(child) }
        output += "</\(name)>"
    }

    mutating func writeOperator(_ text: String, _ attributes: OperatorAttributes) {
        output += "<mo"
        if let stretchy = attributes.stretchy { attribute("stretchy", stretchy ? "true" : "false") }
        if attributes.fence { attribute("fence", "true") }
        if let size = attributes.size {
            attribute("minsize", size)
            attribute("maxsize", size)
        }
        if let lspace = attributes.lspace { attribute("lspace", lspace) }
        if let rspace = attributes.rspace { attribute("rspace", rspace) }
        if let movable = attributes.movableLimits { attribute("movablelimits", movable ? "true" : "false") }
        output += ">"
        appendEscaped(text)
        output += "</mo>"
    }

    mutating func attribute(_ name: String, _ value: String) {
        output += " "
        output += name
        output += "=\""
        appendEscaped(value)
        output += "\""
    }

    /// Escapes `&`, `<`, `>`, `"` and writes invisible or space characters as references.
    mutating func appendEscaped(_ text: String) {
        var needsWork = false
        for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xC2 || byte == 0xCC || byte == 0xE2 {
            needsWork = true
            break
        }
        guard needsWork else {
            output += text
            return
        }
        MathMLWriter.appendEscaped(text, to: &output)
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        appendEscaped(text, to: &result)
        return result
    }

    static func appendEscaped(_ text: String, to result: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\u{A0}": result += "&#xA0;"
            case "\u{2061}": result += "&#x2061;"
            case "\u{338}": result += "&#x338;"
            default: result.unicodeScalars.append(scalar)
            }
        }
    }
}
