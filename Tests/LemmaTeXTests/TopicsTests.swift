import Foundation
import Testing
@testable import LemmaTeX

/// Every formula of the shared topics file renders without a diagnostic.
@Suite struct TopicsTests {
    static var topicsPath: String? {
        if let path = ProcessInfo.processInfo.environment["LEMMA_TOPICS"] { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [root.deletingLastPathComponent().appendingPathComponent("shared/topics.md").path,
                          "/work/shared/topics.md"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// `$…$` and `$$…$$` spans of a Markdown text, in order.
    static func formulas(in text: String) -> [MathInput] {
        var result: [MathInput] = []
        let scalars = Array(text.unicodeScalars)
        var position = 0
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        while position < scalars.count {
            guard scalars[position] == "$" else { position += 1; continue }
            let display = position + 1 < scalars.count && scalars[position + 1] == "$"
            let start = position + (display ? 2 : 1)
            var end = start
            while end < scalars.count {
                if scalars[end] == "$" && (!display || (end + 1 < scalars.count && scalars[end + 1] == "$")) { break }
                end += 1
            }
            guard end < scalars.count else { break }
            result.append(MathInput(tex: string(start..<end), style: display ? .display : .inline))
            position = end + (display ? 2 : 1)
        }
        return result
    }

    @Test func extractionFindsInlineAndDisplay() {
        let found = TopicsTests.formulas(in: "a $x$ b\n$$\ny\n$$ c $z^2$")
        #expect(found == [MathInput(tex: "x", style: .inline), MathInput(tex: "\ny\n", style: .display),
                          MathInput(tex: "z^2", style: .inline)])
    }

    @Test func everyTopicsFormulaRenders() throws {
        guard let path = TopicsTests.topicsPath else {
            print("topics.md not found; skipping")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let items = TopicsTests.formulas(in: text)
        #expect(items.count > 100)
        let results = MathPage().render(items)
        var failures: [String] = []
        for (item, result) in zip(items, results) {
            if case .failure(let error) = result { failures.append("\(item.tex) → \(error)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        print("topics.md: \(items.count) formulas, \(failures.count) with diagnostics")
    }
}
