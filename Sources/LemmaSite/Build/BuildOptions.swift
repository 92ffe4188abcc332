import Foundation
import LemmaDiagnostics
import LemmaExec

/// What a build should do.
public struct BuildOptions: Sendable {
    /// The site root (holds `content/` and `templates/`).
    public var root: URL
    /// Output folder; nil means `<root>/site`.
    public var output: URL?
    public var includeDrafts = false
    /// Write the site (`build`) or only verify it (`check`).
    public var writesOutput = true
    /// Reuse cached example results.
    public var useCache = true
    /// Article programs compiled and run at once; `nil` for one per core.
    public var jobs: Int?
    /// Where the examples' library is built; `nil` for `<root>/.lemma/build`. Sites that share
    /// one library (test fixtures) point this at one folder so it is built once.
    public var examplesBuildFolder: URL?
    /// The seeds article programs run with; `nil` for `examples.seeds` of lemma.yml.
    public var seeds: SeedPlan?
    /// Report warnings (hand-typed numbers) as errors that fail the build.
    public var warningsAreErrors = false
    /// Run `swift run` cells (off for quick previews of prose).
    public var executesExamples = true
    /// HTML injected before `</body>` of every page (the preview server's reload script).
    public var bodySuffix = ""

    public init(root: URL) {
        self.root = root
    }

    /// The output folder actually used.
    public var outputFolder: URL { output ?? root.appendingPathComponent("site") }
}

/// What a successful build produced.
public struct BuildReport: Sendable {
    public var files: [OutputFile]
    public var articleCount: Int
    public var pageCount: Int
    public var claimCount: Int
    /// Every claim, by article (site-relative path) and position.
    public var claims: [CheckedClaim]
    /// Problems that do not fail the build (unless ``BuildOptions/warningsAreErrors``).
    public var warnings: [Diagnostic]
    /// How much work this build did (the rest was reused from the previous state).
    public var counts: BuildCounts
    /// What the next build may reuse.
    public var state: BuildState
}

/// A claim and the article it is in.
public struct CheckedClaim: Sendable, Hashable {
    /// The article, relative to the site root.
    public var file: String
    public var claim: ClaimResult

    public init(file: String, claim: ClaimResult) {
        self.file = file
        self.claim = claim
    }
}

/// One line of progress: `[3/6] execute  12 programs  3 cached  2.1 s`.
public struct ProgressLine: Sendable {
    public var step: Int
    public var stepCount: Int
    public var name: String
    public var detail: String
    public var seconds: Double

    public var text: String {
        let padded = name.padding(toLength: 8, withPad: " ", startingAt: 0)
        return "[\(step)/\(stepCount)] \(padded) \(detail)  \(String(format: "%.2f", seconds)) s"
    }
}
