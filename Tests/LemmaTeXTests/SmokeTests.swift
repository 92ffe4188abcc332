import Foundation
import Testing
@testable import LemmaTeX

@Suite struct SmokeTests {
    @Test func printSamples() {
        guard let samples = ProcessInfo.processInfo.environment["LEMMA_SMOKE"] else { return }
        let page = MathPage()
        for line in samples.split(separator: "\n") {
            let style: MathStyle = line.hasPrefix("D:") ? .display : (line.hasPrefix("E:") ? .environment : .inline)
            let tex = line.hasPrefix("D:") || line.hasPrefix("E:") ? String(line.dropFirst(2)) : String(line)
            print(tex, "=>", page.render([MathInput(tex: tex, style: style)])[0])
        }
    }
}
