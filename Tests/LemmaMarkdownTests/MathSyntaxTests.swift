import Testing

@testable import LemmaMarkdown

/// The math passthrough: what counts as math, and what reaches the HTML.
@Suite struct MathSyntaxTests {
    static func body(_ markdown: String) -> String {
        MarkdownRenderer.renderBody(markdown)
    }

    @Test func dollarInlineFollowsPandocRules() {
        #expect(Self.body("a $x^2$ b\n") == #"<p>a <span class="math inline">\(x^2\)</span> b</p>"# + "\n")
        #expect(Self.body("costs $5 and $6\n") == "<p>costs $5 and $6</p>\n")
        #expect(Self.body("$ x$ and $x $\n") == "<p>$ x$ and $x $</p>\n")
        #expect(Self.body("from $x$5 on\n") == "<p>from $x$5 on</p>\n")
        #expect(Self.body(#"a \$5 and $y$"# + "\n") == #"<p>a $5 and <span class="math inline">\(y\)</span></p>"# + "\n")
    }

    @Test func texSurvivesUnchangedExceptForEscaping() {
        let html = Self.body(#"$a_1 * b_2 * c \\ d & e < f$"# + "\n")
        #expect(html == #"<p><span class="math inline">\(a_1 * b_2 * c \\ d &amp; e &lt; f\)</span></p>"# + "\n")
        let backslash = Self.body(#"\(a_1 *b* \{x\}\)"# + "\n")
        #expect(backslash == #"<p><span class="math inline">\(a_1 *b* \{x\}\)</span></p>"# + "\n")
    }

    @Test func displayMathOnItsOwnLinesIsABlock() {
        #expect(Self.body("$$\nx = 1\n$$\n") == #"<div class="math display">\[x = 1\]</div>"# + "\n")
        #expect(Self.body("\\[\ny_i\n\\]\n") == #"<div class="math display">\[y_i\]</div>"# + "\n")
        #expect(Self.body("$$x$$\n") == #"<div class="math display">\[x\]</div>"# + "\n")
    }

    @Test func displayMathInsideAParagraphIsASpan() {
        #expect(Self.body("see $$x$$ here\n") == #"<p>see <span class="math display">\[x\]</span> here</p>"# + "\n")
        #expect(Self.body(#"see \[x\] here"# + "\n") == #"<p>see <span class="math display">\[x\]</span> here</p>"# + "\n")
        #expect(Self.body("text\n$$\nx\n$$\n") == "<p>text\n<span class=\"math display\">\\[\nx\n\\]</span></p>\n")
    }

    @Test func environmentsAreKeptVerbatim() {
        let source = "\\begin{align}\na &= b_1 \\\\\nc &= d\n\\end{align}\n"
        #expect(Self.body(source) == "<div class=\"math display\">\\begin{align}\na &amp;= b_1 \\\\\nc &amp;= d\n\\end{align}</div>\n")
        let document = MarkdownDocument("Text\n\\begin{equation*}\nx\n\\end{equation*}\nafter\n")
        #expect(document.math.map(\.kind) == [.environment])
        #expect(document.math.first?.tex == "\\begin{equation*}\nx\n\\end{equation*}")
        #expect(document.render() == "<p>Text</p>\n<div class=\"math display\">\\begin{equation*}\nx\n\\end{equation*}</div>\n<p>after</p>\n")
    }

    @Test func referencesInProseBecomeMath() {
        let document = MarkdownDocument(#"As \eqref{eq:theta} and \ref{fig:1} show."# + "\n")
        #expect(document.math.map(\.tex) == [#"\eqref{eq:theta}"#, #"\ref{fig:1}"#])
        #expect(document.math.map(\.kind) == [.reference, .reference])
        #expect(document.render() == #"<p>As <span class="math inline">\(\eqref{eq:theta}\)</span> and <span class="math inline">\(\ref{fig:1}\)</span> show.</p>"# + "\n")
    }

    @Test func noMathInCode() {
        #expect(Self.body("`$x$` and `\\(y\\)`\n") == "<p><code>$x$</code> and <code>\\(y\\)</code></p>\n")
        #expect(Self.body("```\n$x$ \\[y\\]\n```\n") == "<pre><code>$x$ \\[y\\]\n</code></pre>\n")
        #expect(MarkdownDocument("`\\eqref{a}`\n").math.isEmpty)
    }

    @Test func mathInTablesListsAndQuotes() {
        let table = Self.body("| a | b |\n|---|---|\n| $x_1$ | \\(y\\) |\n")
        #expect(table.contains(#"<td><span class="math inline">\(x_1\)</span></td>"#))
        #expect(table.contains(#"<td><span class="math inline">\(y\)</span></td>"#))
        let quote = Self.body("> $a$\n>\n> $$\n> b\n> $$\n")
        #expect(quote == "<blockquote>\n<p><span class=\"math inline\">\\(a\\)</span></p>\n<div class=\"math display\">\\[b\\]</div>\n</blockquote>\n")
    }

    @Test func mathBlocksKeepListsTight() {
        let html = Self.body("- $$\n  x\n  $$\n- two\n- three\n")
        #expect(html == "<ul>\n<li>\n<div class=\"math display\">\\[x\\]</div>\n</li>\n<li>two</li>\n<li>three</li>\n</ul>\n")
        let environment = Self.body("- a\n  \\begin{equation}\n  x\n  \\end{equation}\n- b\n")
        #expect(!environment.contains("<p>"))
        let loose = Self.body("- one\n\n  $$\n  x\n  $$\n- two\n")
        #expect(loose.contains("<p>one</p>"))
    }

    @Test func unclosedDisplayMathIsText() {
        #expect(Self.body("$$\nx\n\nafter\n") == "<p>$$\nx</p>\n<p>after</p>\n")
        #expect(Self.body("\\[foo]\n") == "<p>[foo]</p>\n")
    }

    @Test func escapedBracketsStayCommonMark() {
        #expect(Self.body(#"\[not math and \(not either"# + "\n") == "<p>[not math and (not either</p>\n")
        #expect(Self.body(#"[link](\(foo\))"# + "\n") == "<p><a href=\"(foo)\">link</a></p>\n")
    }

    @Test func mathSpanningLines() {
        let document = MarkdownDocument("a $x +\ny$ and `c`\n")
        #expect(document.math.first?.tex == "x +\ny")
        #expect(document.codeSpans.first?.position == .init(line: 2, column: 8))
    }
}
