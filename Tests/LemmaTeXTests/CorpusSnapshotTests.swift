import Foundation
import Testing
@testable import LemmaTeX

/// The genre corpus renders to the committed MathML snapshots (`LEMMA_RECORD=1` re-records).
@Suite struct CorpusSnapshotTests {
    @Test func corpusMatchesSnapshots() throws {
        let entries = CorpusFile.parse(try CorpusFile.read("equations.txt"))
        #expect(entries.count >= 200)
        let results = MathPage().render(entries.map(\.input))
        let rendered = zip(entries, results).map { entry, result in
            CorpusFile.Entry(input: entry.input, expectation: CorpusFile.expectation(for: result))
        }
        let failures = rendered.filter { $0.expectation?.hasPrefix("! ") == true }
        #expect(failures.isEmpty, "\(failures.map { "\($0.input.tex) \($0.expectation ?? "")" })")
        let text = CorpusFile.format(rendered)
        if CorpusFile.recording {
            try CorpusFile.record(text, as: "equations.snapshot.txt")
            return
        }
        let expected = CorpusFile.parse(try CorpusFile.read("equations.snapshot.txt"))
        #expect(expected.count == rendered.count)
        for (want, got) in zip(expected, rendered) {
            #expect(want == got)
        }
    }

    @Test func renderingIsDeterministic() throws {
        let entries = CorpusFile.parse(try CorpusFile.read("equations.txt"))
        let inputs = entries.map(\.input)
        let first = MathPage().render(inputs)
        let second = MathPage().render(inputs)
        #expect(first == second)
    }
}

/// Malformed inputs produce their exact diagnostics (message and UTF-8 offset).
@Suite struct DiagnosticCorpusTests {
    @Test func malformedInputsGiveExactDiagnostics() throws {
        let entries = CorpusFile.parse(try CorpusFile.read("errors.txt"))
        #expect(entries.count >= 30)
        var rendered: [CorpusFile.Entry] = []
        for entry in entries {
            let result = MathPage().render([entry.input])[0]
            let got = CorpusFile.expectation(for: result)
            rendered.append(CorpusFile.Entry(input: entry.input, expectation: got))
            if !CorpusFile.recording {
                #expect(got.hasPrefix("! "), "\(entry.input.tex) should fail")
                #expect(entry.expectation == got, "\(entry.input.tex)")
            }
        }
        if CorpusFile.recording { try CorpusFile.record(CorpusFile.format(rendered), as: "errors.txt") }
    }
}
