import LemmaExec

/// What one build remembers so the next can reuse unchanged work (the preview server keeps it).
///
/// Reuse is decided by comparing inputs, never timestamps: an item is re-analysed when its
/// source text changed, re-run when its program changed, re-rendered when its analysis,
/// execution, math settings or the resolution of any of its links changed, and a page is laid
/// out again when anything it shows changed.
public struct BuildState: Sendable {
    struct Item: Sendable {
        var source: SourceFile
        var analysis: Analysis
        var execution: ProgramResult?
        var rendered: RenderedItem
        /// Everything the rendered body depends on besides the source text.
        var renderKey: RenderKey
    }

    /// Inputs of an item's body HTML, other than its source.
    struct RenderKey: Sendable, Hashable {
        var execution: ProgramResult?
        var math: MathMode
        var macros: [String: String]
        var links: [LinkResolver.Resolution]
    }

    /// The configuration the build used (nil before a build has loaded one).
    public internal(set) var config: SiteConfig?
    /// Front matter by source path, so an edit below it does not parse the YAML again.
    var frontMatter: [String: ParsedFrontMatter] = [:]
    var items: [String: Item] = [:]
    /// Output path → (fingerprint of its inputs, file).
    var pages: [String: (key: Int, file: OutputFile)] = [:]

    public init() {}

    /// Makes the next build run every article program again (after the examples' library
    /// changed); results still come from the on-disk cache when its key matches.
    public mutating func forgetExecutions() {
        for key in items.keys { items[key]?.execution = nil }
        executionsForgotten = true
    }

    /// Set by `forgetExecutions()`: the next build must not reuse in-memory program results.
    var executionsForgotten = false
}

/// How much a build had to do, for progress lines and incremental-build tests.
public struct BuildCounts: Sendable, Hashable {
    /// Items whose Markdown was parsed.
    public var parsed = 0
    /// Item bodies rendered to HTML.
    public var rendered = 0
    /// Article programs compiled and run (not served from a cache).
    public var compiled = 0
    /// Article programs whose results came from the on-disk cache.
    public var cached = 0
    /// Pages laid out through a template (or feed/sitemap generated).
    public var laidOut = 0
}
