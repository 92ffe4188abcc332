import Foundation
import Testing
@testable import LemmaTeX

/// Compares the element structure of our MathML with KaTeX's for the corpus (inline and display
/// entries). Runs when `node` and Debian's `libjs-katex` are installed; skips otherwise.
@Suite struct KaTeXComparisonTests {
    static let katexPath = ProcessInfo.processInfo.environment["KATEX_PATH"] ?? "/usr/share/javascript/katex/katex.js"

    static func findNode() -> String? {
        ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func katexRender(_ items: [MathInput], node: String) throws -> [String] {
        let script = CorpusFile.directory.appendingPathComponent("katex-mathml.js").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [script]
        var environment = ProcessInfo.processInfo.environment
        environment["KATEX_PATH"] = katexPath
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let payload = items.map { ["tex": $0.tex, "display": $0.style != .inline] as [String: Any] }
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: payload))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try JSONSerialization.jsonObject(with: data) as? [String]) ?? []
    }

    @Test func structureParserNormalizesRowsAndWrappers() {
        let ours = MathMLStructure.parse("<math><semantics><mrow><mi>x</mi><mspace width=\"1em\"/><mstyle><mn>2</mn></mstyle></mrow><annotation>x</annotation></semantics></math>")
        #expect(ours.description == "root(math(mi mn))")
        let fraction = MathMLStructure.parse("<math><mfrac><mrow><mi>a</mi></mrow><mrow><mi>b</mi><mo>+</mo><mi>c</mi></mrow></mfrac></math>")
        #expect(fraction.description == "root(math(mfrac(mi mrow(mi mo mi))))")
    }

    @Test func agreementWithKaTeX() throws {
        guard let node = KaTeXComparisonTests.findNode(), FileManager.default.fileExists(atPath: KaTeXComparisonTests.katexPath) else {
            print("node or KaTeX not installed; skipping the KaTeX comparison")
            return
        }
        let items = CorpusFile.parse(try CorpusFile.read("equations.txt")).map(\.input).filter { $0.style != .environment }
        let ours = MathPage().render(items)
        let theirs = try KaTeXComparisonTests.katexRender(items, node: node)
        try #require(theirs.count == items.count)
        var compared = 0
        var strict = 0
        var loose = 0
        var differences: [String] = []
        for (index, item) in items.enumerated() {
            guard case .success(let html) = ours[index], !theirs[index].hasPrefix("KATEX-ERROR") else { continue }
            compared += 1
            let mine = MathMLStructure.parse(html)
            let katex = MathMLStructure.parse(theirs[index])
            if mine == katex { strict += 1 } else { differences.append("\(item.tex)\n  ours:  \(mine)\n  katex: \(katex)") }
            if mine.tokensUnified == katex.tokensUnified { loose += 1 }
        }
        let strictRate = Double(strict) / Double(max(compared, 1))
        let looseRate = Double(loose) / Double(max(compared, 1))
        print("KaTeX agreement: \(strict)/\(compared) identical element trees (\(Int((strictRate * 100).rounded())) %), "
              + "\(loose)/\(compared) with token kinds unified (\(Int((looseRate * 100).rounded())) %)")
        if ProcessInfo.processInfo.environment["LEMMA_KATEX_DIFF"] == "1" { print(differences.joined(separator: "\n")) }
        #expect(compared >= 200)
        #expect(strictRate >= 0.85)
        #expect(looseRate >= 0.86)
    }
}
