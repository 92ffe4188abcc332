import LemmaDiagnostics
import Testing

@testable import LemmaMarkdown

/// Items, positions, heading ids and plain text.
@Suite struct DocumentItemsTests {
    static func at(_ line: Int, _ column: Int) -> SourcePosition {
        SourcePosition(line: line, column: column)
    }

    static let sample = """
        # Intro

        Some $x$ and `code` with [a link](other.md#anchor).

        - item with \\(y\\)
          ```swift run
          let a = 1
          ```
        > quoted $$z$$ and ![img](pic.png)
        >
        > \\begin{equation}
        > e = mc^2
        > \\end{equation}

            indented code

        ## Intro

        """

    @Test func positionsInTheOriginalFile() {
        let document = MarkdownDocument(Self.sample, firstLine: 5)
        #expect(document.headings.map(\.position) == [Self.at(5, 1), Self.at(21, 1)])
        #expect(document.math.map(\.kind) == [.inline, .inline, .displayInline, .environment])
        #expect(document.math.map(\.position) == [Self.at(7, 6), Self.at(9, 13), Self.at(13, 10), Self.at(15, 3)])
        #expect(document.math.map(\.texPosition) == [Self.at(7, 7), Self.at(9, 15), Self.at(13, 12), Self.at(15, 3)])
        #expect(document.codeSpans.map(\.position) == [Self.at(7, 14)])
        #expect(document.codeSpans.map(\.codePosition) == [Self.at(7, 15)])
        #expect(document.links.map(\.position) == [Self.at(7, 26), Self.at(13, 20)])
        #expect(document.links.map(\.destination) == ["other.md#anchor", "pic.png"])
        #expect(document.links.map(\.isImage) == [false, true])
        #expect(document.codeBlocks.count == 2)
        #expect(document.codeBlocks[0].position == Self.at(10, 3))
        #expect(document.codeBlocks[0].codePosition == Self.at(11, 3))
        #expect(document.codeBlocks[0].info == "swift run")
        #expect(document.codeBlocks[0].language == "swift")
        #expect(document.codeBlocks[0].code == "let a = 1\n")
        #expect(document.codeBlocks[1].isFenced == false)
        #expect(document.codeBlocks[1].position == Self.at(19, 1))
        #expect(document.codeBlocks[1].codePosition == Self.at(19, 5))
    }

    @Test func indicesFollowDocumentOrder() {
        let document = MarkdownDocument(Self.sample)
        #expect(document.math.map(\.index) == Array(0..<4))
        #expect(document.headings.map(\.index) == [0, 1])
        #expect(document.links.map(\.index) == [0, 1])
    }

    @Test func headingIDsFollowGitHub() {
        let document = MarkdownDocument("""
            # Intro
            ## Intro
            ## Intro
            ### The β-base *view*: 2.0!
            # 中文 标题
            # ???

            """)
        #expect(document.headings.map(\.id) == ["intro", "intro-1", "intro-2", "the-β-base-view-20", "中文-标题", "section"])
        #expect(document.headings.map(\.level) == [1, 2, 2, 3, 1, 1])
        #expect(document.headings[3].text == "The β-base view: 2.0!")
    }

    @Test func headingAnchorMarkup() {
        let html = MarkdownDocument("## Set-up $x$\n").render()
        #expect(html == ##"<h2 id="set-up-x"><a class="anchor" href="#set-up-x" aria-hidden="true">#</a>Set-up <span class="math inline">\(x\)</span></h2>"## + "\n")
        #expect(MarkdownDocument("## A\n").render(RenderHooks(headingAnchors: false)) == "<h2>A</h2>\n")
    }

    @Test func plainText() {
        let document = MarkdownDocument("# Title\n\nSome *bold* `x` and $y$.\n\n```\ncode\n```\n")
        #expect(document.plainText == "Title\nSome bold x and y.\ncode\n")
    }

    @Test func hooksReplaceItemsAndCanBeRenderedAgain() {
        let document = MarkdownDocument("Text `a` $b$ [l](x.md)\n\n```swift\nlet c = 1\n```\n\n$$\nd\n$$\n")
        let hooked = document.render(RenderHooks(
            codeBlock: { "<pre class=\"hl\">\($0.language):\($0.code.count)</pre>" },
            codeSpan: { "<kbd>\($0.code)</kbd>" },
            math: { "<m>\($0.tex)</m>" },
            linkDestination: { $0.destination.replacingOccurrences(of: ".md", with: "/") + "?a&b" }))
        #expect(hooked == "<p>Text <kbd>a</kbd> <m>b</m> <a href=\"x/?a&amp;b\">l</a></p>\n<pre class=\"hl\">swift:10</pre>\n<m>d</m>\n")
        let plain = document.render()
        #expect(plain == "<p>Text <code>a</code> <span class=\"math inline\">\\(b\\)</span> <a href=\"x.md\">l</a></p>\n<pre><code class=\"language-swift\">let c = 1\n</code></pre>\n<div class=\"math display\">\\[d\\]</div>\n")
        #expect(document.render() == plain)
    }

    @Test func deterministic() {
        let first = MarkdownRenderer.renderBody(Self.sample)
        for _ in 0..<5 {
            #expect(MarkdownRenderer.renderBody(Self.sample) == first)
        }
    }
}
