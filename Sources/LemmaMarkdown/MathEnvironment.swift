import CLemmaMath
import LemmaDiagnostics

/// The environments that open display math when `\begin{name}` starts a line.
public enum MathEnvironment {
    /// `equation`, `equation*`, `align`, … (the math extension's own list).
    public static let names: [String] = {
        var names: [String] = []
        var index: Int32 = 0
        while let name = lemma_math_environment_name(index) {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }()

    /// A `\begin{name}` of one of ``names`` left in prose: math that never opened, because it
    /// was not closed by `\end{name}` before a blank line (or did not start a line).
    public struct StrayOpener: Sendable, Hashable {
        public var name: String
        public var position: SourcePosition
        /// `\end{name}` follows in the same run of text: the environment did not start a line.
        public var isClosedInline: Bool
    }

    /// The stray openers in a document's prose.
    public static func strayOpeners(in texts: [MarkdownText]) -> [StrayOpener] {
        var found: [StrayOpener] = []
        for run in texts {
            var rest = run.text[...]
            while let start = rest.range(of: "\\begin{") {
                let after = rest[start.upperBound...]
                if let close = after.firstIndex(of: "}"), names.contains(String(after[..<close])) {
                    let offset = run.text.utf8.distance(from: run.text.startIndex, to: start.lowerBound)
                    let name = String(after[..<close])
                    found.append(StrayOpener(
                        name: name,
                        position: SourcePosition(line: run.position.line, column: run.position.column + offset),
                        isClosedInline: after.contains("\\end{\(name)}")))
                }
                rest = after
            }
        }
        return found
    }
}
