import Testing
@testable import LemmaExec

@Suite struct ResultParserTests {
    @Test func splitsTextAndRecordsEvenMidLine() {
        let output = "hello\npartial" + "\u{1E}lemma:{\"type\":\"begin\",\"item\":2}\n"
            + "after\n" + "\u{1E}lemma:{\"type\":\"show\",\"kind\":\"svg\",\"body\":\"<svg/>\",\"caption\":null}\n"
            + "\u{1E}lemma:{\"type\":\"inline\",\"item\":3,\"text\":\"a\\nb\"}\n"
        let events = ResultParser.events(in: Array(output.utf8))
        #expect(events == [
            .text("hello\npartial"), .begin(item: 2), .text("after\n"),
            .show(kind: "svg", body: "<svg/>", caption: nil), .inline(item: 3, text: "a\nb"),
        ])
    }

    @Test func endRecordsCarryTheItemsTime() {
        let output = "\u{1E}lemma:{\"type\":\"end\",\"item\":1,\"seconds\":0.25}\n"
        #expect(ResultParser.events(in: Array(output.utf8)) == [.end(item: 1, seconds: 0.25)])
    }

    @Test func malformedRecordsStayText() {
        let output = "\u{1E}lemma:{not json\nok\n"
        #expect(ResultParser.events(in: Array(output.utf8)) == [.text(output)])
    }

    @Test func claimsCarryTheirPosition() {
        let output = "\u{1E}lemma:{\"type\":\"claim\",\"passed\":false,\"text\":\"t\",\"value\":\"1.0\","
            + "\"expected\":\"2.0 ± 0.1\",\"file\":\"a.md\",\"line\":4,\"column\":9,"
            + "\"kind\":\"approximate\",\"margin\":10.0}\n"
        #expect(ResultParser.events(in: Array(output.utf8)) == [
            .claim(ClaimResult(passed: false, text: "t", value: "1.0", expected: "2.0 ± 0.1", kind: .approximate,
                               margin: 10, line: 4, column: 9), file: "a.md"),
        ])
    }

    @Test func aSeedRecordSaysTheProgramReadItsSeed() {
        let output = "x\u{1E}lemma:{\"type\":\"seed\",\"seed\":12}\ny\n"
        #expect(ResultParser.events(in: Array(output.utf8)) == [.text("x"), .seed(12), .text("y\n")])
    }

    @Test func compilerLinesAreParsed() {
        let output = """
            content/posts/x.md:57:12: error: cannot find 'y' in scope
                y + 1
                ^
            content/posts/x.md:57:12: error: cannot find 'y' in scope
            main.swift:3:1: warning: unused
            error: emit-module command failed with exit code 1 (use -v to see invocation)
            """
        let errors = CompilerDiagnostic.errors(in: output)
        #expect(errors == [CompilerDiagnostic(
            file: "content/posts/x.md", line: 57, column: 12, severity: "error", message: "cannot find 'y' in scope"
        )])
    }
}
