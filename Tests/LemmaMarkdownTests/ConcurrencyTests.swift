import Foundation
import Testing

@testable import LemmaMarkdown

/// cmark-gfm with extensions is not thread-safe by itself; `MarkdownDocument` must be.
@Suite struct ConcurrencyTests {
    /// Documents that exercise every extension, so a race in any of them shows.
    static let documents: [String] = (0..<24).map { n in
        String(repeating: section(n), count: 8)
    }

    static func section(_ n: Int) -> String {
        """
        # Part \(n) with $x_\(n)$

        Text ~~struck~~ with www.example.com/\(n) and https://lemma.dev and *emphasis*, $a_\(n) * b$,
        \\(c\\), \\[d\\] and \\eqref{eq:\(n)}; costs $5 and $6.

        | a | b \(n) |
        |---|---|
        | $y$ | `z` |

        - [x] done $$w$$
        - [ ] open[^\(n)]

        \\begin{align}
        p &= \(n)
        \\end{align}

        [^\(n)]: Footnote $f$.

        """
    }

    @Test func concurrentParsesMatchSerialOnes() async {
        let serial = Self.documents.map { MarkdownRenderer.renderBody($0) }
        let serialMath = Self.documents.map { MarkdownDocument($0).math }
        // Eight math items per section; cmark keeps only the first of the repeated footnote definitions.
        #expect(serialMath.allSatisfy { $0.count == 8 * 8 + 1 })
        let rounds = 6
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<rounds {
                for (index, source) in Self.documents.enumerated() {
                    group.addTask {
                        let document = MarkdownDocument(source)
                        let html = document.render()
                        return (html == serial[index] && document.math == serialMath[index]) ? 0 : 1
                    }
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test func concurrentThreadsMatchSerial() {
        let serial = Self.documents.map { MarkdownRenderer.renderBody($0) }
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 400) { iteration in
            let index = iteration % Self.documents.count
            if MarkdownRenderer.renderBody(Self.documents[index]) != serial[index] {
                failures.increment()
            }
        }
        #expect(failures.value == 0)
    }
}

/// A counter several threads can bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
