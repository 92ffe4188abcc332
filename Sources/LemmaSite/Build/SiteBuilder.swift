import Foundation
import LemmaDiagnostics
import LemmaExec

/// The build, as a list of named steps: load → parse → execute → render → layout → write.
///
/// Each step is timed and reported through `progress`; every step runs to the end and reports
/// all the problems it finds, and the build stops before writing if there were any.
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

    public func build() async throws(DiagnosticList) -> BuildReport {
        let steps = options.writesOutput ? 6 : 5
        var clock = StepClock(total: steps, report: progress)

        let (content, templates) = try load()
        clock.done("load", "\(content.posts.count) articles, \(content.pages.count) pages, \(content.files.count) files")

        let analyzed = parse(content)
        var diagnostics = analyzed.flatMap(\.1.diagnostics)
        clock.done("parse", "\(analyzed.count) documents")

        let programs = analyzed.compactMap(\.1.program)
        var executions: [String: ProgramResult] = [:]
        var executed = (run: 0, cached: 0)
        if !programs.isEmpty {
            do {
                let report = try await execute(programs, settings: content.config.examples)
                for (program, result) in zip(programs, report.results) {
                    executions[program.file] = result
                    diagnostics += result.diagnostics
                }
                executed = (report.compiledCount, report.cachedCount)
            } catch {
                diagnostics.append(error)
            }
        }
        clock.done("execute", "\(programs.count) programs, \(executed.cached) cached")

        let linkResolver = makeLinkResolver(content, analyzed: analyzed)
        let renderer = ArticleRenderer(config: content.config, links: linkResolver)
        let items = Dictionary(uniqueKeysWithValues: content.items.map { ($0.id, $0) })
        let rendered = await renderAll(analyzed, items: items, executions: executions, renderer: renderer)
        diagnostics += rendered.flatMap(\.1)
        clock.done("render", "\(rendered.count) pages")
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics.sorted(by: ContentLoader.order)) }

        var layout = SiteLayout(
            content: content, rendered: Dictionary(uniqueKeysWithValues: rendered.map { ($0.0.itemID, $0.0) }),
            templates: templates)
        layout.bodySuffix = options.bodySuffix
        let files = layout.pages() + copiedFiles(content)
        clock.done("layout", "\(files.count) files")

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
            programsRun: executed.run, programsCached: executed.cached,
            claimCount: rendered.reduce(0) { $0 + $1.0.claims.count })
    }

    // MARK: steps

    func load() throws(DiagnosticList) -> (SiteContent, TemplateSet) {
        let content = try ContentLoader(root: options.root, includeDrafts: options.includeDrafts).load()
        let templates = try TemplateSet.load(root: options.root)
        return (content, templates)
    }

    func parse(_ content: SiteContent) -> [(ParsedDocument, Analysis)] {
        let items = content.items
        let executes = options.executesExamples
        return items.concurrentMap { ArticleAnalyzer.analyze($0, executes: executes) }
    }

    func execute(_ programs: [ProgramSource], settings: ExamplesSettings) async throws(Diagnostic) -> ExecutionReport {
        let configuration = ExamplesConfiguration(
            packagePath: options.root.appendingPathComponent(settings.package).standardizedFileURL.path,
            products: settings.products, imports: settings.imports, timeout: settings.timeout,
            outputLimit: settings.outputLimit, memoryLimit: settings.memoryLimit)
        let executor = Executor(root: options.root, configuration: configuration, useCache: options.useCache, log: log)
        do {
            return try await executor.run(programs)
        } catch {
            throw Diagnostic(file: "content/lemma.yml", stage: "execute", message: "\(error)")
        }
    }

    func renderAll(
        _ analyzed: [(ParsedDocument, Analysis)], items: [String: ContentItem],
        executions: [String: ProgramResult], renderer: ArticleRenderer
    ) async -> [(RenderedItem, [Diagnostic])] {
        analyzed.concurrentMap { parsed, analysis in
            let item = items[analysis.itemID]!
            return renderer.render(item, parsed: parsed, analysis: analysis, execution: executions[item.source.path])
        }
    }

    func makeLinkResolver(_ content: SiteContent, analyzed: [(ParsedDocument, Analysis)]) -> LinkResolver {
        var anchors: [String: Set<String>] = [:]
        for (_, analysis) in analyzed {
            let ids = Set(analysis.headings.map(\.id))
            anchors[analysis.itemID] = ids
        }
        return LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: content.items.map { ($0.source.path, $0.path) }),
            anchors: anchors,
            files: Dictionary(content.files.map { ($0.source, $0.output) }, uniquingKeysWith: { a, _ in a }),
            basePath: content.config.basePath)
    }

    func copiedFiles(_ content: SiteContent) -> [OutputFile] {
        var files = content.files.map {
            OutputFile(path: $0.output, copyFrom: options.root.appendingPathComponent($0.source).path)
        }
        let assets = options.root.appendingPathComponent("templates/assets")
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: assets.path)) ?? []
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            let path = assets.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files.append(OutputFile(path: "assets/\(name)", copyFrom: path))
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
