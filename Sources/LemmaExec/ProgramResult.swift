import Foundation
import LemmaDiagnostics

/// One thing a cell produced, in the order it was produced.
public enum OutputItem: Sendable, Hashable, Codable {
    /// Printed text (consecutive prints merged), or a plain value shown without a caption.
    case text(String)
    /// A complete `<svg>` element from `show(chart, caption:)`.
    case svg(String, caption: String?)
    /// An HTML fragment (a table, or shown text with a caption as `<pre class="cell-output">`).
    case html(String, caption: String?)
    /// A checked claim.
    case claim(ClaimResult)
}

/// What kind of comparison a claim makes.
public enum ClaimKind: String, Sendable, Hashable, Codable {
    /// A boolean condition (no margin).
    case condition
    /// Equality (exact).
    case exact
    /// A value within a tolerance of another (its margin is the fraction of the tolerance used).
    case approximate
}

/// The outcome of one `claim(…)`.
public struct ClaimResult: Sendable, Hashable, Codable {
    /// The margin as a reader sees it: `exact`, `—` for a condition, else the share of the
    /// tolerance used (`37%`, `<0.1%`, `fails` above 100 %).
    public var marginText: String {
        switch kind {
        case .condition: return "—"
        case .exact: return "exact"
        case .approximate:
            guard let margin, margin.isFinite else { return "fails" }
            if margin == 0 { return "0%" }
            if margin < 0.001 { return "<0.1%" }
            if margin > 1 { return "fails" }
            let percent = margin * 100
            return percent < 10 ? String(format: "%.1f%%", percent) : String(format: "%.0f%%", percent)
        }
    }

    public var passed: Bool
    /// The claim in words.
    public var text: String
    /// The computed value (empty for a plain boolean claim).
    public var value: String
    /// What the value was compared with, e.g. `8.0 ± 1e-12 relative` (nil for a boolean claim).
    public var expected: String?
    public var kind: ClaimKind
    /// For an approximate claim: how much of its tolerance it used, `|value − expected| / allowed`
    /// (worst case over the seeds it ran with); `nil` for other kinds or a non-finite value.
    public var margin: Double?
    /// How many runs (seeds) the claim was checked in.
    public var runs: Int = 1
    /// 1-based Markdown line and column where the `claim` call starts.
    public var line: Int
    public var column: Int

    public init(
        passed: Bool, text: String, value: String, expected: String? = nil,
        kind: ClaimKind = .condition, margin: Double? = nil, line: Int, column: Int
    ) {
        self.passed = passed
        self.text = text
        self.value = value
        self.expected = expected
        self.kind = kind
        self.margin = margin
        self.line = line
        self.column = column
    }
}

/// What one run cell produced.
public struct CellResult: Sendable, Hashable, Codable {
    /// The cell's ``CellSource/index``.
    public var index: Int
    public var outputs: [OutputItem]
    /// For an `expect-error` cell: the compiler's errors, one `file:line:col: error: message` a line.
    public var compileError: String?

    public init(index: Int, outputs: [OutputItem] = [], compileError: String? = nil) {
        self.index = index
        self.outputs = outputs
        self.compileError = compileError
    }
}

/// What one article program produced.
public struct ProgramResult: Sendable, Hashable, Codable {
    /// One result per run cell, in document order.
    public var cells: [CellResult]
    /// Inline value texts by ``InlineSource/index`` (missing when the program did not get there).
    public var inlineValues: [Int: String]
    /// Every claim, in the order the program made them.
    public var claims: [ClaimResult]
    /// Errors (stage `execute`): compile errors, failing claims, crashes, limits.
    public var diagnostics: [Diagnostic]
    /// Whether the result came from the cache.
    public var cached: Bool
    /// Whether the program read its seed (Notebook's `seed`).
    public var readsSeed = false
    /// The seeds the program ran with, the page's first: one seed when it never read it.
    public var seeds: [UInt64] = [SeedPlan.defaultSeed]

    public init(
        cells: [CellResult] = [], inlineValues: [Int: String] = [:], claims: [ClaimResult] = [],
        diagnostics: [Diagnostic] = [], cached: Bool = false
    ) {
        self.cells = cells
        self.inlineValues = inlineValues
        self.claims = claims
        self.diagnostics = diagnostics
        self.cached = cached
    }
}

/// The results of ``Executor/run(_:)``.
public struct ExecutionReport: Sendable, Hashable {
    /// One result per program, in input order.
    public var results: [ProgramResult]
    /// Programs compiled and run in this call.
    public var compiled: Int
    /// Programs answered from the cache.
    public var cached: Int

    public init(results: [ProgramResult], compiled: Int, cached: Int) {
        self.results = results
        self.compiled = compiled
        self.cached = cached
    }

    /// Every diagnostic of every program, in input order.
    public var diagnostics: [Diagnostic] { results.flatMap(\.diagnostics) }
}
