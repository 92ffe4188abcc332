import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Build-time syntax highlighting of Swift source as HTML.
///
/// The code is parsed with SwiftParser and classified with SwiftIDEUtils' `SyntaxClassifier`.
/// The output is the HTML-escaped code with some tokens wrapped in `<span class="hl-…">`; it is
/// meant to sit inside `<pre><code class="language-swift">…</code></pre>`. Every byte of the input
/// appears in the output (escaped), so removing the tags gives back the code.
///
/// The classes, a small fixed set for a stylesheet to colour:
///
/// | class | tokens |
/// |---|---|
/// | `hl-keyword` | keywords (`let`, `func`, `return`, `self`, `true`, `nil`, …) and declaration modifiers |
/// | `hl-type` | identifiers in type position (`Double` in `let x: Double`, `[Int]`) |
/// | `hl-string` | string literals, including interpolation delimiters, and regex literals |
/// | `hl-number` | integer and floating-point literals |
/// | `hl-comment` | line, block and documentation comments |
/// | `hl-attribute` | attributes (`@MainActor`, `@available`) |
/// | `hl-directive` | compiler directives (`#if`, `#else`, `#endif` and their conditions) |
///
/// Identifiers, operators, punctuation and argument labels are not wrapped.
/// Broken code still highlights: the parser recovers and every byte is kept.
///
/// Code whose brackets nest deeper than ``nestingLimit`` is not parsed and comes back escaped
/// without spans: SwiftParser's lookahead over deeply nested `[` and `(` can take minutes
/// (found by fuzzing the render path), and no real code nests that deep.
public enum SwiftHighlighter {
    /// The deepest bracket nesting that is highlighted.
    public static let nestingLimit = 16

    /// Returns `code` as escaped HTML with `hl-*` spans (see the type's documentation).
    public static func highlight(_ code: String) -> String {
        let bytes = Array(code.utf8)
        var html = HTMLBuilder(capacity: bytes.count + bytes.count / 2)
        guard bracketDepth(bytes) <= nestingLimit else {
            html.appendEscaped(bytes[...])
            return html.string
        }
        let tree = Parser.parse(source: code)
        var cursor = 0
        for range in tree.classifications {
            let start = max(cursor, min(range.range.lowerBound.utf8Offset, bytes.count))
            let end = min(range.range.upperBound.utf8Offset, bytes.count)
            guard end > start else { continue }
            if start > cursor {
                html.appendEscaped(bytes[cursor..<start])
            }
            if let cssClass = cssClass(for: range.kind) {
                html.appendTagOpen(cssClass)
                html.appendEscaped(bytes[start..<end])
                html.appendTagClose()
            } else {
                html.appendEscaped(bytes[start..<end])
            }
            cursor = end
        }
        if cursor < bytes.count {
            html.appendEscaped(bytes[cursor..<bytes.count])
        }
        return html.string
    }

    /// The deepest nesting of `(`, `[` and `{` in `bytes` (string contents included: an
    /// overestimate only makes highlighting give up sooner).
    static func bracketDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0
        var deepest = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return deepest
    }

    /// The CSS class for a classification, or nil when such tokens are left unwrapped.
    static func cssClass(for kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "hl-keyword"
        case .type: "hl-type"
        case .stringLiteral, .regexLiteral: "hl-string"
        case .integerLiteral, .floatLiteral: "hl-number"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "hl-comment"
        case .attribute: "hl-attribute"
        case .ifConfigDirective: "hl-directive"
        case .none, .identifier, .dollarIdentifier, .operator, .editorPlaceholder, .argumentLabel: nil
        @unknown default: nil
        }
    }
}
