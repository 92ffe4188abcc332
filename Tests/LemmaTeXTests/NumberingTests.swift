import Testing
@testable import LemmaTeX

/// Equation numbers, tags and labels follow MathJax's AMS mode, per page in document order.
@Suite struct NumberingTests {
    func render(_ items: [(String, MathStyle)], macros: [String: String] = [:]) -> [Result<String, TeXError>] {
        MathPage(macros: macros).render(items.map { MathInput(tex: $0.0, style: $0.1) })
    }

    func html(_ result: Result<String, TeXError>) -> String {
        (try? result.get()) ?? "ERROR \(result)"
    }

    func numbers(in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let range = rest.range(of: "<span class=\"eqno\">") ?? rest.range(of: "<mtd class=\"tex-eqno\"><mtext>") {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: "<") { found.append(String(rest[..<end])) }
        }
        return found
    }

    @Test func equationsAreNumberedInDocumentOrder() {
        let results = render([
            ("\\begin{equation} a \\end{equation}", .environment),
            ("x", .inline),
            ("\\begin{equation*} b \\end{equation*}", .environment),
            ("\\begin{equation} c \\end{equation}", .environment),
        ])
        #expect(numbers(in: html(results[0])) == ["(1)"])
        #expect(numbers(in: html(results[2])) == [])
        #expect(numbers(in: html(results[3])) == ["(2)"])
    }

    @Test func alignNumbersEachRowExceptNonumberAndNotag() {
        let results = render([
            ("\\begin{align} a &= 1 \\\\ b &= 2 \\nonumber \\\\ c &= 3 \\notag \\\\ d &= 4 \\end{align}", .environment),
            ("\\begin{align*} e &= 5 \\\\ f &= 6 \\end{align*}", .environment),
            ("\\begin{gather} g \\\\ h \\end{gather}", .environment),
        ])
        #expect(numbers(in: html(results[0])) == ["(1)", "(2)"])
        #expect(!html(results[1]).contains("tex-eqno"))
        #expect(numbers(in: html(results[2])) == ["(3)", "(4)"])
    }

    @Test func tagsReplaceNumbersWithoutAdvancingTheCounter() {
        let results = render([
            ("\\begin{equation} a \\tag{A} \\end{equation}", .environment),
            ("\\begin{equation} b \\end{equation}", .environment),
            ("x = 1 \\tag*{[star]}", .display),
            ("\\begin{align*} c \\tag{C} \\end{align*}", .environment),
        ])
        #expect(numbers(in: html(results[0])) == ["(A)"])
        #expect(numbers(in: html(results[1])) == ["(1)"])
        #expect(numbers(in: html(results[2])) == ["[star]"])
        #expect(numbers(in: html(results[3])) == ["(C)"])
    }

    @Test func displayMathIsUnnumberedWithoutTag() {
        let result = html(render([("x = 1", .display)])[0])
        #expect(result.hasPrefix("<math display=\"block\" displaystyle=\"true\">"))
        #expect(!result.contains("eqno"))
    }

    @Test func forwardAndBackwardReferencesLink() {
        let results = render([
            ("\\eqref{eq:later}", .reference),
            ("\\begin{equation} a \\label{eq:first} \\end{equation}", .environment),
            ("\\begin{align} b &= c \\label{eq:later} \\end{align}", .environment),
            ("\\ref{eq:first}", .reference),
            ("\\text{by } \\eqref{eq:later}", .inline),
        ])
        #expect(html(results[0]) == "<a class=\"eqref\" href=\"#eq-eq:later\">(2)</a>")
        #expect(html(results[1]).hasPrefix("<div class=\"equation\" id=\"eq-eq:first\">"))
        #expect(html(results[2]).contains("<mtr id=\"eq-eq:later\">"))
        #expect(html(results[3]) == "<a class=\"eqref\" href=\"#eq-eq:first\">1</a>")
        #expect(html(results[4]).contains("<mtext><a class=\"eqref\" href=\"#eq-eq:later\">(2)</a></mtext>"))
    }

    @Test func tagLabelsReferToTheTag() {
        let results = render([
            ("\\begin{equation} a \\tag{A.1} \\label{t} \\end{equation}", .environment),
            ("\\eqref{t}", .reference),
        ])
        #expect(html(results[1]) == "<a class=\"eqref\" href=\"#eq-t\">(A.1)</a>")
    }

    @Test func undefinedLabelIsAnError() {
        let results = render([("\\begin{equation} a \\end{equation}", .environment), ("\\eqref{nope}", .reference)])
        #expect(results[1] == .failure(TeXError(utf8Offset: 0, message: "undefined label nope")))
    }

    @Test func duplicateLabelAcrossItemsIsAnError() {
        let results = render([
            ("\\begin{equation} a \\label{x} \\end{equation}", .environment),
            ("\\begin{equation} b \\label{x} \\end{equation}", .environment),
        ])
        #expect((try? results[0].get()) != nil)
        #expect(results[1] == .failure(TeXError(utf8Offset: 19, message: "duplicate label x")))
    }

    @Test func multlineHasOneNumberOnItsLastRow() {
        let result = html(render([("\\begin{multline} a \\\\ b \\\\ c \\end{multline}", .environment)])[0])
        #expect(numbers(in: result) == ["(1)"])
        #expect(result.contains("<mtd class=\"tex-eqno\"></mtd></mtr><mtr><mtd class=\"tex-eqpad\"></mtd><mtd columnalign=\"right\"><mi>c</mi></mtd><mtd class=\"tex-eqno\"><mtext>(1)</mtext>"))
    }

    @Test func labelIdsAreValidFragments() {
        #expect(EquationNumbering.id(forLabel: "eq:theta") == "eq-eq:theta")
        #expect(EquationNumbering.id(forLabel: "a b#é") == "eq-a~20b~23~C3~A9")
    }

    @Test func pageMacrosPersistForTheRestOfThePage() {
        let results = render([
            ("\\newcommand{\\KL}[2]{D_{\\mathrm{KL}}(#1\\|#2)} \\KL{p}{q}", .inline),
            ("\\KL{a}{b}", .inline),
            ("\\R^n", .inline),
            ("\\def\\half{\\frac12} \\half", .inline),
            ("\\renewcommand{\\R}{\\mathbb{Q}} \\R", .inline),
        ], macros: ["R": "\\mathbb{R}", "\\norm": "\\left\\|#1\\right\\|"])
        #expect(html(results[1]).contains("<mi>KL</mi>"))
        #expect(html(results[2]).contains("<mi>ℝ</mi>"))
        #expect(html(results[3]).contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>"))
        #expect(html(results[4]).contains("<mi>ℚ</mi>"))
        let fresh = MathPage(macros: ["R": "\\mathbb{R}"]).render([MathInput(tex: "\\KL{a}{b}", style: .inline)])
        #expect(fresh[0] == .failure(TeXError(utf8Offset: 0, message: "unknown command \\KL")))
    }

    @Test func siteMacroArgumentsAndOptionalDefaults() {
        let results = render([
            ("\\norm{x}", .inline),
            ("\\newcommand{\\pow}[2][2]{#2^{#1}} \\pow{x} \\pow[3]{y}", .inline),
        ], macros: ["norm": "\\left\\|#1\\right\\|"])
        #expect(html(results[0]).contains("<mo fence=\"true\">‖</mo><mi>x</mi><mo fence=\"true\">‖</mo>"))
        #expect(html(results[1]).contains("<msup><mi>x</mi><mn>2</mn></msup><msup><mi>y</mi><mn>3</mn></msup>"))
    }

    @Test func validateMacrosReportsBadDefinitions() {
        let problems = validateMacros(["R": "\\mathbb{R}", "bad": "\\mathbb{R", "typo": "\\fracc{1}{2}",
                                       "uses": "\\R^2", "x y": "1"])
        #expect(problems["R"] == nil)
        #expect(problems["uses"] == nil)
        #expect(problems["bad"] == TeXError(utf8Offset: 7, message: "unbalanced braces: this { is never closed"))
        #expect(problems["typo"] == TeXError(utf8Offset: 0, message: "unknown command \\fracc; did you mean \\frac?"))
        #expect(problems["x y"] == TeXError(utf8Offset: 0, message: "invalid macro name x y"))
    }

    @Test func errorInsideMacroPointsAtTheUse() {
        let results = render([("a + \\bad", .inline)], macros: ["bad": "\\frac{1}"])
        #expect(results[0] == .failure(TeXError(utf8Offset: 4, message: "missing argument for \\frac")))
    }
}
