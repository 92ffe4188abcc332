import Testing
@testable import Notebook

@Suite struct WireRecordTests {
    @Test func recordsAreOneLineOfJSONWithFixedKeyOrder() {
        let claim = WireRecord.claim(ClaimRecord(
            passed: false, text: "a \"quoted\"\nclaim", value: "1.0", expected: nil, kind: .approximate,
            margin: 1.5, file: "content/posts/x.md", line: 4, column: 9
        ))
        #expect(claim.json == #"{"type":"claim","passed":false,"text":"a \"quoted\"\nclaim","value":"1.0","#
            + #""expected":null,"file":"content/posts/x.md","line":4,"column":9,"kind":"approximate","margin":1.5}"#)
        #expect(WireRecord.seed(7).json == #"{"type":"seed","seed":7}"#)
        #expect(WireRecord.begin(item: 3).json == #"{"type":"begin","item":3}"#)
        #expect(WireRecord.end(item: 3, seconds: 0.5).json == #"{"type":"end","item":3,"seconds":0.5}"#)
        #expect(WireRecord.inline(item: 1, text: "x").json == #"{"type":"inline","item":1,"text":"x"}"#)
    }

    @Test func showRecordsNameTheirKind() {
        #expect(WireRecord.show(.svg("<svg/>"), caption: "C").json
            == #"{"type":"show","kind":"svg","body":"<svg/>","caption":"C"}"#)
        #expect(WireRecord.show(.text("t"), caption: nil).json
            == #"{"type":"show","kind":"text","body":"t","caption":null}"#)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(JSONText.string("\u{1E}\t\\") == #""\u001e\t\\""#)
        #expect(!JSONText.string("a\u{2028}b").contains("\u{2028}"))
    }

    @Test func theSentinelStartsWithARecordSeparator() {
        #expect(WireFormat.sentinel.unicodeScalars.first == "\u{1E}")
        #expect(WireFormat.sentinel.hasSuffix("lemma:"))
    }
}
