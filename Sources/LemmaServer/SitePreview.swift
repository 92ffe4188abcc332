import Foundation
import LemmaDiagnostics
import LemmaSite

/// The site kept in memory between saves: rebuilds incrementally from the previous build's
/// state, turns the output into a snapshot, publishes it to the store (requests wait while it
/// builds) and tells the browsers to reload.
public actor SitePreview {
    public nonisolated let options: BuildOptions
    public nonisolated let store: SiteStore
    public nonisolated let hub: ReloadHub
    private let progress: @Sendable (ProgressLine) -> Void
    private let log: @Sendable (String) -> Void
    private var state = BuildState()
    private var files = ServedFileCache()
    private var diagnostics: [Diagnostic] = []
    private var basePath = "/"
    private var generation = 0

    /// `options.bodySuffix` should carry `LiveReloadScript.html`; `options.writesOutput` is
    /// forced off (the preview never writes the output folder).
    public init(
        options: BuildOptions, store: SiteStore = SiteStore(), hub: ReloadHub = ReloadHub(),
        progress: @escaping @Sendable (ProgressLine) -> Void = { _ in },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        var options = options
        options.writesOutput = false
        self.options = options
        self.store = store
        self.hub = hub
        self.progress = progress
        self.log = log
    }

    /// Builds again, reusing what the previous build's inputs allow. With `libraryChanged`,
    /// every article program runs again (the examples' library sources changed). Browsers are
    /// told to reload when any served file, or the broken/fixed status, changed.
    @discardableResult
    public func rebuild(libraryChanged: Bool = false) async -> RebuildResult {
        let start = ContinuousClock.now
        await store.beginBuild()
        if libraryChanged { state.forgetExecutions() }
        let builder = SiteBuilder(options: options, progress: progress, log: log)
        let result: RebuildResult
        do {
            let report = try await builder.build(previous: state)
            state = report.state
            if let config = report.state.config { basePath = config.basePath }
            let changed = files.update(with: report.files, log: log)
            let wasBroken = !diagnostics.isEmpty
            diagnostics = []
            result = RebuildResult(
                counts: report.counts, changedPaths: changed, diagnostics: [], warnings: report.warnings, fixed: wasBroken,
                duration: ContinuousClock.now - start)
        } catch {
            let changed = error.diagnostics != diagnostics
            diagnostics = error.diagnostics
            result = RebuildResult(
                counts: nil, changedPaths: [], diagnostics: error.diagnostics, fixed: false,
                duration: ContinuousClock.now - start, overlayChanged: changed)
        }
        if result.needsReload || generation == 0 { generation += 1 }
        await store.publish(SiteSnapshot(files: files.served, basePath: basePath, diagnostics: diagnostics, generation: generation))
        if result.needsReload { await hub.send(event: "reload", data: String(generation)) }
        return result
    }

    /// The folders whose changes call for a rebuild: `content/`, `templates/`, and the
    /// sources of the examples' package when examples run.
    public func watchedFolders() -> [String] {
        var folders = ["content", "templates"].map { options.root.appendingPathComponent($0).path }
        if let library = librarySources() { folders.append(library) }
        return folders.map(Self.resolvingLinks)
    }

    /// `<examples.package>/Sources`, absolute, when examples run, from the configuration of the
    /// last build that loaded it (nil before one did: that build's diagnostics say why).
    public func librarySources() -> String? {
        guard options.executesExamples, let config = state.config else { return nil }
        let package = config.examples.package
        let folder = package.hasPrefix("/")
            ? URL(fileURLWithPath: package) : options.root.appendingPathComponent(package)
        return Self.resolvingLinks(folder.appendingPathComponent("Sources").standardizedFileURL.path)
    }

    /// The path with symbolic links resolved, as inotify reports it.
    static func resolvingLinks(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}

/// What one rebuild did.
public struct RebuildResult: Sendable {
    /// The build's work counts; nil when it failed.
    public var counts: BuildCounts?
    /// Served paths added, removed or changed, sorted.
    public var changedPaths: [String]
    /// The build's diagnostics; empty when it succeeded.
    public var diagnostics: [Diagnostic]
    /// Warnings of a build that succeeded (hand-typed numbers).
    public var warnings: [Diagnostic] = []
    /// The build succeeded after a failed one.
    public var fixed: Bool
    public var duration: Duration
    /// A failed build reported different diagnostics than the one before.
    public var overlayChanged = false

    /// Whether browsers should reload.
    public var needsReload: Bool { !changedPaths.isEmpty || fixed || overlayChanged }
    public var succeeded: Bool { counts != nil }
}
