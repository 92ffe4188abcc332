import Foundation
import LemmaDiagnostics
import LemmaExec

/// The build, as a list of named steps: load → parse → execute → render → layout → write.
///
/// Each step is timed and reported through `progress`; every step runs to the end and reports
/// all the problems it finds, and the build stops before writing if there were any. Given the
/// state of a previous build, each step redoes only what its changed inputs require.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    public let progress: @Sendable (ProgressLine) -> Void
    public let log: @Sendable (String) -> Void

    public init(
        options: BuildOptions, progress: @escaping @Sendable (ProgressLine) -> Void = { _ in },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.options = options
        self.progress = progress
        self.log = log
    }

    public func build(previous: BuildState = BuildState()) async throws(DiagnosticList) -> BuildReport {
        var clock = StepClock(total: options.writesOutput ? 6 : 5, report: progress)
        var counts = BuildCounts()
        let reuse = previous.config == nil ? BuildState() : previous

        let (content, templates) = try load(previous: reuse)
        clock.done("load", "\(content.posts.count) articles, \(content.pages.count) pages, \(content.files.count) files")

        let analyzed = parse(content, previous: reuse)
        counts.parsed = analyzed.filter { $0.parsed != nil }.count
        var diagnostics = analyzed.flatMap(\.analysis.diagnostics)
        clock.done("parse", "\(analyzed.count) documents, \(counts.parsed) parsed")

        let executions = await execute(analyzed, content: content, previous: reuse, counts: &counts, diagnostics: &diagnostics)
        clock.done("execute", "\(executions.programCount) programs, \(counts.compiled) run, \(counts.cached) cached")
        var warnings = handTypedNumbers(analyzed, executions: executions.results)
        if options.warningsAreErrors {
            diagnostics += warnings.map { warning in
                var error = warning
                error.severity = .error
                error.message += " (an error under --strict)"
                return error
            }
            warnings = []
        }

        let renderer = ArticleRenderer(config: content.config, links: makeLinkResolver(content, analyzed: analyzed))
        let items = Dictionary(uniqueKeysWithValues: content.items.map { ($0.id, $0) })
        let renderedStates = render(analyzed, items: items, executions: executions.results, renderer: renderer, previous: reuse)
        counts.rendered = renderedStates.filter(\.fresh).count
        diagnostics += renderedStates.flatMap(\.diagnostics)
        clock.done("render", "\(renderedStates.count) pages, \(counts.rendered) rendered")
        guard diagnostics.isEmpty else {
            throw DiagnosticList((diagnostics + warnings).sorted(by: ContentLoader.order))
        }

        var state = BuildState()
        state.config = content.config
        state.frontMatter = Dictionary(
            uniqueKeysWithValues: content.items.map { ($0.source.path, ParsedFrontMatter($0)) })
        for entry in renderedStates { state.items[entry.state.source.path] = entry.state }
        let layout = SiteLayout(
            content: content, rendered: state.items.mapValues(\.rendered), templates: templates,
            bodySuffix: options.bodySuffix)
        let plans = layout.plans()
        let fresh = plans.filter { reuse.pages[$0.path]?.key != $0.key }
        let made = fresh.concurrentMap { OutputFile(path: $0.path, text: $0.make()) }
        for (plan, file) in zip(fresh, made) { state.pages[plan.path] = (plan.key, file) }
        for plan in plans where state.pages[plan.path] == nil { state.pages[plan.path] = reuse.pages[plan.path] }
        counts.laidOut = made.count
        let files = plans.compactMap { state.pages[$0.path]?.file } + (try copiedFiles(content))
        clock.done("layout", "\(files.count) files, \(made.count) laid out")

        if options.writesOutput {
            let writer = SiteWriter(output: options.outputFolder, displayPath: displayPath(options.outputFolder))
            do {
                try writer.write(files)
            } catch {
                throw DiagnosticList([error])
            }
            clock.done("write", "\(files.count) files to \(displayPath(options.outputFolder))")
        }
        return BuildReport(
            files: files, articleCount: content.posts.count, pageCount: content.pages.count,
            claimCount: state.items.values.reduce(0) { $0 + $1.rendered.claims.count },
            claims: state.items.values.flatMap { item in
                item.rendered.claims.map { CheckedClaim(file: item.source.path, claim: $0) }
            }.sorted { ($0.file, $0.claim.line, $0.claim.column) < ($1.file, $1.claim.line, $1.claim.column) },
            warnings: warnings.sorted(by: ContentLoader.order), counts: counts, state: state)
    }

    // MARK: load

    func load(previous: BuildState) throws(DiagnosticList) -> (SiteContent, TemplateSet) {
        let loader = ContentLoader(
            root: options.root, includeDrafts: options.includeDrafts, parsedFrontMatter: previous.frontMatter)
        let content = try loader.load()
        let templates = try TemplateSet.load(root: options.root)
        return (content, templates)
    }

    // MARK: parse

    /// An item after the parse step; `parsed` is nil when the previous analysis was reused.
    struct Analyzed: Sendable {
        var item: ContentItem
        var parsed: ParsedDocument?
        var analysis: Analysis
    }

    func parse(_ content: SiteContent, previous: BuildState) -> [Analyzed] {
        let executes = options.executesExamples
        return content.items.concurrentMap { item in
            if let old = previous.items[item.source.path], old.source == item.source {
                return Analyzed(item: item, parsed: nil, analysis: old.analysis)
            }
            let (parsed, analysis) = ArticleAnalyzer.analyze(item, executes: executes)
            return Analyzed(item: item, parsed: parsed, analysis: analysis)
        }
    }

    // MARK: execute

    struct Executions {
        var results: [String: ProgramResult] = [:]
        var programCount = 0
    }

    func execute(
        _ analyzed: [Analyzed], content: SiteContent, previous: BuildState, counts: inout BuildCounts,
        diagnostics: inout [Diagnostic]
    ) async -> Executions {
        var executions = Executions()
        var pending: [ProgramSource] = []
        for entry in analyzed {
            guard let program = entry.analysis.program else { continue }
            executions.programCount += 1
            if !previous.executionsForgotten, let old = previous.items[entry.item.source.path],
                old.analysis.program == program, let result = old.execution,
                previous.config?.examples == content.config.examples
            {
                executions.results[program.file] = result
                diagnostics += result.diagnostics
            } else {
                pending.append(program)
            }
        }
        guard !pending.isEmpty else { return executions }
        let settings = content.config.examples
        let configuration = ExamplesConfiguration(
            packagePath: settings.package.hasPrefix("/")
                ? settings.package
                : options.root.appendingPathComponent(settings.package).standardizedFileURL.path,
            products: settings.products, imports: settings.imports, timeout: settings.timeout,
            outputLimit: settings.outputLimit, memoryLimit: settings.memoryLimit,
            buildPath: options.examplesBuildFolder?.path)
        let executor = Executor(
            root: options.root, configuration: configuration, useCache: options.useCache, jobs: options.jobs,
            seeds: options.seeds ?? .sweep(settings.seeds), log: log)
        do {
            let report = try await executor.run(pending)
            for (program, result) in zip(pending, report.results) {
                executions.results[program.file] = result
                diagnostics += result.diagnostics
            }
            counts.compiled += report.compiled
            counts.cached += report.cached
        } catch {
            diagnostics.append(Diagnostic(
                file: "content/lemma.yml", stage: "execute", message: "cannot run examples: \(error)"))
        }
        return executions
    }

    // MARK: verify

    /// Warnings for numbers typed in prose that the article's program computed.
    func handTypedNumbers(_ analyzed: [Analyzed], executions: [String: ProgramResult]) -> [Diagnostic] {
        analyzed.flatMap { entry -> [Diagnostic] in
            guard let program = entry.analysis.program, let result = executions[program.file] else { return [] }
            return HandTypedNumbers.warnings(
                file: program.file, written: entry.analysis.writtenNumbers, program: program, result: result)
        }
    }

    // MARK: render

    struct RenderedState: Sendable {
        var state: BuildState.Item
        var fresh: Bool
        var diagnostics: [Diagnostic]
    }

    func render(
        _ analyzed: [Analyzed], items: [String: ContentItem], executions: [String: ProgramResult],
        renderer: ArticleRenderer, previous: BuildState
    ) -> [RenderedState] {
        let executes = options.executesExamples
        return analyzed.concurrentMap { entry in
            let item = entry.item
            let execution = executions[item.source.path]
            let key = BuildState.RenderKey(
                execution: execution, math: renderer.config.math, macros: renderer.config.macros,
                links: entry.analysis.links.map { renderer.links?.resolve($0.destination, from: item.source.path) ?? .unchanged })
            if let old = previous.items[item.source.path], old.source == item.source, old.renderKey == key {
                return RenderedState(state: old, fresh: false, diagnostics: [])
            }
            let parsed = entry.parsed ?? ArticleAnalyzer.analyze(item, executes: executes).0
            let (rendered, diagnostics) = renderer.render(item, parsed: parsed, analysis: entry.analysis, execution: execution)
            let state = BuildState.Item(
                source: item.source, analysis: entry.analysis, execution: execution, rendered: rendered, renderKey: key)
            return RenderedState(state: state, fresh: true, diagnostics: diagnostics)
        }
    }

    func makeLinkResolver(_ content: SiteContent, analyzed: [Analyzed]) -> LinkResolver {
        var anchors: [String: Set<String>] = [:]
        for entry in analyzed {
            anchors[entry.item.id] = Set(entry.analysis.headings.map(\.id)).union(entry.analysis.extraAnchors)
        }
        return LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: content.items.map { ($0.source.path, $0.path) }),
            anchors: anchors,
            files: Dictionary(content.files.map { ($0.source, $0.output) }, uniquingKeysWith: { a, _ in a }),
            basePath: content.config.basePath)
    }

    // MARK: files

    func copiedFiles(_ content: SiteContent) throws(DiagnosticList) -> [OutputFile] {
        var files = content.files.map {
            OutputFile(path: $0.output, copyFrom: options.root.appendingPathComponent($0.source).path)
        }
        let assets = options.root.appendingPathComponent("templates/assets")
        var names: [String] = []
        if FileManager.default.fileExists(atPath: assets.path) {
            do {
                names = try FileManager.default.subpathsOfDirectory(atPath: assets.path)
            } catch {
                throw DiagnosticList([Diagnostic(
                    file: "templates/assets", stage: "load",
                    message: "cannot list the assets folder: \(error.localizedDescription)")])
            }
        }
        var own = Set<String>()
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            let path = assets.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files.append(OutputFile(path: "assets/\(name)", copyFrom: path))
            own.insert(name)
        }
        // The default theme's assets, unless the site has its own at the same path.
        for (name, text) in DefaultTheme.assets.sorted(by: { $0.key < $1.key }) where !own.contains(name) {
            files.append(OutputFile(path: "assets/\(name)", text: text))
        }
        return files
    }

    func displayPath(_ url: URL) -> String {
        let root = options.root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}

/// Times consecutive steps and reports each as a progress line.
struct StepClock {
    let total: Int
    let report: @Sendable (ProgressLine) -> Void
    private var step = 0
    private var last = DispatchTime.now()

    init(total: Int, report: @escaping @Sendable (ProgressLine) -> Void) {
        self.total = total
        self.report = report
    }

    mutating func done(_ name: String, _ detail: String) {
        let now = DispatchTime.now()
        step += 1
        report(ProgressLine(
            step: step, stepCount: total, name: name, detail: detail,
            seconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
