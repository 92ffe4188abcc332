import Foundation
import Testing

import LemmaSite

/// Every example of the GFM conformance files, rendered as `lemma render` renders a file
/// (`StandaloneRenderer` in passthrough math mode — the command is a thin wrapper around it, see
/// `CLITests.renderMatchesTheLibrary`), must come out exactly as the `cmark-gfm` command renders
/// it, apart from our heading ids and anchors and the examples listed in `ConformanceExclusions`
/// (where `$`, `\(`, `\[` or `\ref{` now mean math on purpose).
///
/// The files are read from `../shared/conformance/` relative to the package root, which is found
/// from this file's path (`#filePath`). The suite is skipped when that folder or the `cmark-gfm`
/// command is absent.
@Suite(.enabled(if: ConformanceFiles.isAvailable, "needs ../shared/conformance and the cmark-gfm command"))
struct ConformanceTests {
    @Test(arguments: ["spec.txt", "extensions.txt", "regression.txt"])
    func matchesCmarkGFM(file: String) throws {
        let examples = try ConformanceExample.load(ConformanceFiles.folder.appendingPathComponent(file))
        #expect(examples.count > 10)
        var differences: [String] = []
        var excludedSeen: Set<String> = []
        for example in examples {
            let ours = Self.removingHeadingAnchors(try Self.render(example.markdown))
            let reference = try ReferenceRenderer.render(example.markdown)
            if ConformanceExclusions.reasons[example.id] != nil {
                excludedSeen.insert(example.id)
                #expect(ours != reference, "\(example.id) is excluded but renders as cmark-gfm does")
                continue
            }
            if ours != reference {
                differences.append("""
                    \(example.id) (line \(example.line))
                    --- markdown
                    \(example.markdown)--- ours
                    \(ours)--- cmark-gfm
                    \(reference)
                    """)
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differences:\n\(differences.joined(separator: "\n"))")
        let expectedExcluded = Set(ConformanceExclusions.reasons.keys.filter { $0.hasPrefix(file + "#") })
        #expect(excludedSeen == expectedExcluded)
    }

    /// The body HTML `lemma render` prints for `markdown`.
    static func render(_ markdown: String) throws -> String {
        try StandaloneRenderer(math: .mathjax).render(Data(markdown.utf8), path: "example.md")
    }

    /// Turns `<h2 id="x"><a class="anchor" href="#x" aria-hidden="true">#</a>` back into `<h2>`.
    static func removingHeadingAnchors(_ html: String) -> String {
        html.replacingOccurrences(
            of: ##"<h([1-6]) id="[^"]*"><a class="anchor" href="#[^"]*" aria-hidden="true">#</a>"##,
            with: "<h$1>", options: .regularExpression)
    }
}

/// Where the conformance files are: `../shared/conformance/` beside the package root.
enum ConformanceFiles {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Conformance
        .deletingLastPathComponent()  // LemmaSiteTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .deletingLastPathComponent()  // its parent, which holds shared/
        .appendingPathComponent("shared/conformance")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("spec.txt").path)
            && ReferenceRenderer.executable != nil
    }
}
