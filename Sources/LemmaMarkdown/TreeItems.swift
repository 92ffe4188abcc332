import CCmarkGFM
import CLemmaMath
import Glibc
import LemmaDiagnostics

/// One walk over a parsed tree that collects every item a `MarkdownDocument` exposes.
struct TreeItems {
    /// The cmark nodes behind each item, index for index, for rendering with hooks.
    struct Nodes {
        var headings: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var codeBlocks: [OpaquePointer] = []
        var codeSpans: [OpaquePointer] = []
        var math: [OpaquePointer] = []
    }

    var headings: [MarkdownHeading] = []
    var links: [MarkdownLink] = []
    var codeBlocks: [MarkdownCodeBlock] = []
    var codeSpans: [MarkdownCodeSpan] = []
    var math: [MathSpan] = []
    var texts: [MarkdownText] = []
    var plainText = ""
    /// `plainText` without code blocks; each code span is one `inlineCodeMark`.
    var proseText = ""
    var nodes = Nodes()

    private let source: SourceText
    private let lineOffset: Int
    private var headingIDs = HeadingID()

    init(root: OpaquePointer, source: SourceText, lineOffset: Int) {
        self.source = source
        self.lineOffset = lineOffset
        walk(root)
    }

    private mutating func walk(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var headingText: String?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_HEADING, let text = headingText {
                    addHeading(node, text: text)
                    headingText = nil
                }
                if Self.isBlock(type) { endBlock() }
                continue
            }
            var info = lemma_math_info()
            if lemma_math_node_info(node, &info) == 1 {
                let tex = Self.string(lemma_math_node_tex(node))
                addMath(node, info: info, tex: tex)
                plainText += tex
                proseText += tex
                headingText? += tex
                if info.kind == LEMMA_MATH_DISPLAY_BLOCK.rawValue || info.kind == LEMMA_MATH_ENVIRONMENT.rawValue {
                    endBlock()
                }
                continue
            }
            switch type {
            case CMARK_NODE_HEADING:
                headingText = ""
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let literal = Self.string(cmark_node_get_literal(node))
                plainText += literal
                proseText += type == CMARK_NODE_CODE ? String(MarkdownDocument.inlineCodeMark) : literal
                headingText? += literal
                if type == CMARK_NODE_CODE {
                    addCodeSpan(node, code: literal)
                } else {
                    texts.append(MarkdownText(text: literal, position: position(
                        line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText += " "
                proseText += " "
                headingText? += " "
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                addLink(node, isImage: type == CMARK_NODE_IMAGE)
            case CMARK_NODE_CODE_BLOCK:
                let code = Self.string(cmark_node_get_literal(node))
                plainText += code
                addCodeBlock(node, code: code)
                endBlock()
            default:
                break
            }
        }
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
    }

    private mutating func endBlock() {
        if !plainText.isEmpty && plainText.last != "\n" {
            plainText += "\n"
        }
        if !proseText.isEmpty && proseText.last != "\n" {
            proseText += "\n"
        }
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private func position(line: Int32, column: Int32) -> SourcePosition {
        SourcePosition(line: Int(line) + lineOffset, column: Int(column))
    }

    private func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(line: line + lineOffset, column: column)
    }

    private mutating func addHeading(_ node: OpaquePointer, text: String) {
        let id = headingIDs.next(for: text)
        headings.append(MarkdownHeading(
            index: headings.count, level: Int(cmark_node_get_heading_level(node)), text: text, id: id,
            position: position(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))))
        nodes.headings.append(node)
    }

    private mutating func addLink(_ node: OpaquePointer, isImage: Bool) {
        links.append(MarkdownLink(
            index: links.count, destination: Self.string(cmark_node_get_url(node)), isImage: isImage,
            position: position(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))))
        nodes.links.append(node)
    }

    private mutating func addMath(_ node: OpaquePointer, info: lemma_math_info, tex: String) {
        let kinds: [MathKind] = [.inline, .displayInline, .displayBlock, .environment, .reference]
        let kind = kinds.indices.contains(Int(info.kind)) ? kinds[Int(info.kind)] : .inline
        math.append(MathSpan(
            index: math.count, tex: tex, kind: kind,
            position: position(line: Int(info.line), column: Int(info.column)),
            texPosition: position(line: Int(info.tex_line), column: Int(info.tex_column))))
        nodes.math.append(node)
    }

    private mutating func addCodeBlock(_ node: OpaquePointer, code: String) {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        var fenceLength: Int32 = 0
        var fenceOffset: Int32 = 0
        var fenceChar: CChar = 0
        let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) != 0
        let info = Self.string(cmark_node_get_fence_info(node))
        let blockPosition: SourcePosition
        let codePosition: SourcePosition
        if fenced {
            blockPosition = position(line: line, column: column)
            codePosition = position(line: line + 1, column: column)
        } else {
            // cmark starts an indented block after its four columns of indentation.
            blockPosition = position(line: line, column: max(1, column - 4))
            codePosition = position(line: line, column: column)
        }
        codeBlocks.append(MarkdownCodeBlock(
            index: codeBlocks.count, info: info, code: code, isFenced: fenced,
            position: blockPosition, codePosition: codePosition))
        nodes.codeBlocks.append(node)
    }

    private mutating func addCodeSpan(_ node: OpaquePointer, code: String) {
        // cmark gives the position of the code after the opening backticks.
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        var spanPosition = position(line: line, column: column)
        var codePosition = spanPosition
        if let contentStart = source.offset(line: line, column: column) {
            let (open, codeStart) = codeSpanBounds(contentStart: contentStart)
            let openAt = source.position(ofOffset: open)
            let codeAt = source.position(ofOffset: codeStart)
            spanPosition = position(line: openAt.line, column: openAt.column)
            codePosition = position(line: codeAt.line, column: codeAt.column)
        }
        codeSpans.append(MarkdownCodeSpan(
            index: codeSpans.count, code: code, position: spanPosition, codePosition: codePosition))
        nodes.codeSpans.append(node)
    }

    /// The opening backtick and the first code byte of the span whose content starts at
    /// `contentStart`, following CommonMark's rule that one space is stripped from each end
    /// when both ends have one (and the content is not all spaces).
    private func codeSpanBounds(contentStart: Int) -> (open: Int, code: Int) {
        let bytes = source.bytes
        let backtick = UInt8(ascii: "`")
        var open = contentStart
        while open > 0 && bytes[open - 1] == backtick { open -= 1 }
        let fence = contentStart - open
        guard fence > 0 else { return (contentStart, contentStart) }
        var cursor = contentStart
        while cursor < bytes.count {
            guard bytes[cursor] == backtick else { cursor += 1; continue }
            var run = cursor
            while run < bytes.count && bytes[run] == backtick { run += 1 }
            if run - cursor == fence {
                let content = bytes[contentStart..<cursor]
                let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }
                if let first = content.first, let last = content.last, isSpace(first), isSpace(last),
                   content.contains(where: { !isSpace($0) }) {
                    return (open, contentStart + 1)
                }
                return (open, contentStart)
            }
            cursor = run
        }
        return (open, contentStart)
    }
}
