import Foundation
import Testing

@testable import LemmaHighlight

/// Snapshots live in `Snapshots/` beside this file: `NAME.swift.txt` is the input and
/// `NAME.html` the expected output. Run with `LEMMA_RECORD=1` to re-record them.
@Suite struct SwiftHighlighterTests {
    static let snapshotFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    @Test(arguments: ["sample", "broken"])
    func snapshot(name: String) throws {
        let input = try String(
            contentsOf: Self.snapshotFolder.appendingPathComponent("\(name).swift.txt"), encoding: .utf8)
        let expectedURL = Self.snapshotFolder.appendingPathComponent("\(name).html")
        let html = SwiftHighlighter.highlight(input)
        if ProcessInfo.processInfo.environment["LEMMA_RECORD"] == "1" {
            try html.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(html == expected)
    }

    @Test func keywordsTypesLiteralsAndCommentsAreWrapped() {
        let html = SwiftHighlighter.highlight("let x: Double = 1.5 // half\n")
        #expect(html == """
            <span class="hl-keyword">let</span> x: <span class="hl-type">Double</span> = \
            <span class="hl-number">1.5</span> <span class="hl-comment">// half</span>\n
            """)
    }

    @Test func codeNestedBeyondTheLimitIsEscapedWithoutParsing() {
        // SwiftParser's lookahead is exponential in nested `[`: 80 of them once took minutes.
        let deep = "let x = f(1e-1" + String(repeating: "[", count: 80) + "2) < y"
        #expect(SwiftHighlighter.highlight(deep) == "let x = f(1e-1" + String(repeating: "[", count: 80) + "2) &lt; y")
        let shallow = "let x = [[1]]"
        #expect(SwiftHighlighter.highlight(shallow).contains("<span class=\"hl-keyword\">let</span>"))
        #expect(SwiftHighlighter.bracketDepth(Array("f([{}]) (".utf8)) == 3)
    }

    @Test func stringsAreEscaped() {
        let html = SwiftHighlighter.highlight(#"print("a < b && c > \"d\"")"#)
        #expect(html.contains(#"<span class="hl-string">&quot;a &lt; b &amp;&amp; c &gt; \&quot;d\&quot;&quot;</span>"#))
        #expect(!html.contains("a < b"))
    }

    @Test func removingTagsGivesBackTheCode() throws {
        let code = try String(
            contentsOf: Self.snapshotFolder.appendingPathComponent("sample.swift.txt"), encoding: .utf8)
        #expect(Self.unhighlight(SwiftHighlighter.highlight(code)) == code)
    }

    @Test func nonASCIIAndEmptyInput() {
        #expect(SwiftHighlighter.highlight("") == "")
        let code = "let π = \"β-base 日本\" // ✓\n"
        #expect(Self.unhighlight(SwiftHighlighter.highlight(code)) == code)
        #expect(SwiftHighlighter.highlight(code).contains(#"<span class="hl-string">&quot;β-base 日本&quot;</span>"#))
    }

    @Test func attributesAndDirectives() {
        let html = SwiftHighlighter.highlight("@MainActor func f() {}\n#if os(Linux)\n#endif\n")
        #expect(html.contains(#"<span class="hl-attribute">@MainActor</span>"#)
            || html.contains(#"<span class="hl-attribute">@</span><span class="hl-attribute">MainActor</span>"#))
        #expect(html.contains(#"<span class="hl-directive">#if</span>"#))
        #expect(html.contains(#"<span class="hl-directive">#endif</span>"#))
    }

    /// Strips the `<span …>` tags and decodes the four entities the highlighter produces.
    static func unhighlight(_ html: String) -> String {
        var text = html
        while let open = text.range(of: "<span class=\"") {
            guard let close = text.range(of: "\">", range: open.upperBound..<text.endIndex) else { break }
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.replacingOccurrences(of: "</span>", with: "")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
