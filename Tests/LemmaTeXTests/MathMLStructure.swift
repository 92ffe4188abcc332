/// The element tree of a MathML string, normalized for comparing two renderers' structure:
/// attributes and text are ignored, spacing elements dropped, style/padding/enclosure wrappers
/// unwrapped, and `<mrow>`s flattened where MathML infers a row anyway. Two choices KaTeX makes
/// differently on purpose are normalized too: it splits words such as `\mathrm{KL}` into one
/// `<mi>` per letter (runs of `<mi>` are merged), and it puts U+2061 inside the base of a scripted
/// operator name (`msub(mrow(mi mo) …)`, where MathJax and we write `msub(mi …) mo`).
indirect enum MathMLStructure: Equatable, CustomStringConvertible {
    case element(String, [MathMLStructure])

    var name: String { if case .element(let name, _) = self { return name }; return "" }
    var children: [MathMLStructure] { if case .element(_, let children) = self { return children }; return [] }

    var description: String {
        children.isEmpty ? name : "\(name)(\(children.map(\.description).joined(separator: " ")))"
    }

    /// Elements whose children form an inferred row.
    static let rowLike: Set<String> = ["math", "mrow", "mtd", "msqrt", "mphantom", "root"]
    /// Wrappers that only change style or box size.
    static let transparent: Set<String> = ["mstyle", "mpadded", "menclose", "semantics", "span", "a"]
    static let dropped: Set<String> = ["mspace", "annotation", "mprescripts"]

    /// Parses the markup and returns the normalized root (a `root` element holding the math).
    static func parse(_ markup: String) -> MathMLStructure {
        var stack: [(String, [MathMLStructure], String)] = [("root", [], "")]
        var scalars = Substring(markup)
        while let open = scalars.firstIndex(of: "<") {
            let text = String(scalars[..<open])
            if !text.isEmpty { stack[stack.count - 1].2 += text }
            guard let close = scalars[open...].firstIndex(of: ">") else { break }
            var tag = scalars[scalars.index(after: open)..<close]
            scalars = scalars[scalars.index(after: close)...]
            if tag.hasPrefix("/") {
                tag.removeFirst()
                guard stack.count > 1 else { continue }
                let (name, children, text) = stack.removeLast()
                append(name, children, text: text, to: &stack)
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            if selfClosing { tag.removeLast() }
            let name = String(tag.prefix { $0 != " " && $0 != "/" })
            if selfClosing {
                append(name, [], text: "", to: &stack)
            } else {
                stack.append((name, [], ""))
            }
        }
        while stack.count > 1 {
            let (name, children, text) = stack.removeLast()
            append(name, children, text: text, to: &stack)
        }
        return .element("root", normalizedChildren(stack[0].1, mergeIdentifiers: true))
    }

    private static func append(_ name: String, _ children: [MathMLStructure], text: String,
                               to stack: inout [(String, [MathMLStructure], String)]) {
        if dropped.contains(name) { return }
        let text = text.replacingOccurrences(of: "&#xA0;", with: " ")
        if name == "mtext" && text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{2063}" })
            && children.isEmpty {
            return
        }
        if transparent.contains(name) {
            for child in children { add(child, to: &stack) }
            return
        }
        add(.element(name, name == "mtext" ? [] : normalizedChildren(children, mergeIdentifiers: rowLike.contains(name))), to: &stack)
    }

    static let scripted: Set<String> = ["msub", "msup", "msubsup", "munder", "mover", "munderover"]

    /// Merges runs of `<mi>` and moves U+2061 out of scripted operator-name bases.
    static func normalizedChildren(_ children: [MathMLStructure], mergeIdentifiers: Bool) -> [MathMLStructure] {
        var result: [MathMLStructure] = []
        for child in children {
            if scripted.contains(child.name), let base = child.children.first, base.name == "mrow",
               base.children.map(\.name) == ["mi", "mo"] {
                result.append(.element(child.name, [base.children[0]] + child.children.dropFirst()))
                if mergeIdentifiers { result.append(base.children[1]) }
                continue
            }
            if mergeIdentifiers, child.name == "mi", child.children.isEmpty, let last = result.last, last.name == "mi", last.children.isEmpty {
                continue
            }
            result.append(child)
        }
        return result
    }

    /// Adds a finished element to the open parent, splicing rows where MathML infers them.
    private static func add(_ element: MathMLStructure, to stack: inout [(String, [MathMLStructure], String)]) {
        let parent = stack[stack.count - 1].0
        if element.name == "mrow" && (rowLike.contains(parent) || transparent.contains(parent)) {
            stack[stack.count - 1].1.append(contentsOf: element.children)
        } else if element.name == "mrow" && element.children.count == 1 {
            stack[stack.count - 1].1.append(element.children[0])
        } else {
            stack[stack.count - 1].1.append(element)
        }
    }

    /// The same tree with `mi`, `mn`, `mo` and `mtext` all called `token`.
    var tokensUnified: MathMLStructure {
        let tokenNames: Set<String> = ["mi", "mn", "mo", "mtext"]
        return .element(tokenNames.contains(name) ? "token" : name, children.map(\.tokensUnified))
    }
}
