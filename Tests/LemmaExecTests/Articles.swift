@testable import LemmaExec

/// The fixture articles the executor tests run (line numbers matter: assertions name them).
enum Articles {
    static let state = MarkdownFixture.program(file: "content/posts/state.md", markdown: """
        ---
        title: State
        ---

        ```swift run hide no-output
        struct Bars: Displayable {
            var display: Display { .svg("<svg><rect width=\\"3\\"/></svg>") }
        }
        struct Grid: Displayable {
            var display: Display { .html("<table><tr><td>1</td></tr></table>") }
        }
        var total = 40
        ```

        The total starts at `{swift} total` and doubles to `{swift} format(Double(total * 2), digits: 1)`.

        ```swift run
        total += 2
        print("total:", total)
        show(Bars(), caption: "Bars")
        show(Grid())
        claim(total == 42, "the total is 42")
        claim(Double(total), approximately: 40, tolerance: .absolute(1), "the total is about 40")
        print("after the claims")
        ```

        - In a list:

          ```swift run
          let half = total / 2
            claim(half == 20, "half is 20")
          ```

        Now `{swift} half`.
        """)

    static let compileError = MarkdownFixture.program(file: "content/posts/compile-error.md", markdown: """
        ```swift run
        let x = 1
        let y: String = x
        ```
        """)

    static let inlineError = MarkdownFixture.program(file: "content/posts/inline-error.md", markdown: """
        ```swift run
        let x = 1
        ```

        Value: `{swift} x + undefinedName`.
        """)

    static let expectError = MarkdownFixture.program(file: "content/posts/expect-error.md", markdown: """
        ```swift run
        let n = 3
        ```

        ```swift run expect-error
        let s: String = n
        ```

        ```swift run expect-error
        let m = n + 1
        ```

        ```swift run
        print("still runs", n)
        ```
        """)

    static let trap = MarkdownFixture.program(file: "content/posts/trap.md", markdown: """
        ```swift run
        let values = [1, 2, 3]
        print("before the trap")
        let i = values.count
        print(values[i])
        ```

        ```swift run
        print("never")
        ```
        """)

    static let cellTimeout = MarkdownFixture.program(file: "content/posts/cell-timeout.md", markdown: """
        ```swift run
        print("start")
        ```

        ```swift run timeout=1
        var spins = 0
        while true { spins += 1 }
        ```
        """)

    static let articleTimeout = MarkdownFixture.program(file: "content/posts/article-timeout.md", markdown: """
        ```swift run
        print("spinning")
        while true {}
        ```
        """, timeout: 1.5)

    static let flood = MarkdownFixture.program(file: "content/posts/flood.md", markdown: """
        ```swift run
        while true { print("flood flood flood flood flood flood") }
        ```
        """)

    static let memoryHog = MarkdownFixture.program(file: "content/posts/memory.md", markdown: """
        ```swift run
        var blocks: [[UInt8]] = []
        while true { blocks.append([UInt8](repeating: 1, count: 64 << 20)) }
        ```
        """)

    static let unclosedBrace = MarkdownFixture.program(file: "content/posts/brace.md", markdown: """
        ```swift run
        for i in 0..<3 {
            print(i)
        ```

        ```swift run
        print("next")
        ```
        """)

    static let precondition = MarkdownFixture.program(file: "content/posts/precondition.md", markdown: """
        ```swift run
        func check(_ x: Int) {
            precondition(x > 5, "x is too small")
        }
        print("checking")
        check(3)
        ```
        """)

    static let all = [
        state, compileError, inlineError, expectError, trap, cellTimeout, articleTimeout, flood, memoryHog,
        unclosedBrace, precondition,
    ]
}
