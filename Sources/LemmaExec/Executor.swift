import Foundation

/// Runs articles' Swift examples: builds the library once, then compiles and runs one program
/// per article (in parallel, one per core unless told otherwise), answering from the content-addressed cache where
/// it can.
public struct Executor: Sendable {
    public var root: URL
    public var configuration: ExamplesConfiguration
    public var useCache: Bool
    /// Article programs compiled and run at once; `nil` for one per core.
    public var jobs: Int?
    /// The seeds programs run with.
    public var seeds: SeedPlan
    public var log: @Sendable (String) -> Void

    /// - Parameters:
    ///   - root: the site root; `.lemma/` (build, cache, work folders) is created inside it.
    ///   - configuration: the `examples` settings.
    ///   - useCache: `false` runs everything and writes no cache entries.
    ///   - jobs: article programs compiled and run at once; `nil` for one per core.
    ///   - seeds: the seeds programs run with (each seed's result is cached on its own).
    ///   - log: progress lines (with timings; never part of any result).
    public init(
        root: URL, configuration: ExamplesConfiguration, useCache: Bool = true, jobs: Int? = nil,
        seeds: SeedPlan = .standard, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.root = root
        self.configuration = configuration
        self.useCache = useCache
        self.jobs = jobs
        self.seeds = seeds
        self.log = log
    }

    /// Builds the library products (once) then runs every program, cached where possible, in
    /// parallel. Content errors are diagnostics in each result; this throws only for a broken
    /// environment (no Swift toolchain, a library that does not build — with its output).
    /// Programs without items are neither built nor run.
    public func run(_ programs: [ProgramSource]) async throws -> ExecutionReport {
        var results = programs.map { _ in ProgramResult() }
        // Longest programs first, so the last to finish are short ones and the cores stay busy
        // to the end (results are placed by index, so the order never shows in them).
        let pending = programs.indices.filter { !programs[$0].items.isEmpty }
            .sorted { (programs[$0].codeSize, $1) > (programs[$1].codeSize, $0) }
        guard !pending.isEmpty else { return ExecutionReport(results: results, compiled: 0, cached: 0) }

        let runner = ProcessRunner()
        let environment = ProcessInfo.processInfo.environment
        let toolchain = try await Toolchain.locate(runner: runner, environment: environment)
        let library = try await LibraryBuilder(
            toolchain: toolchain, package: packageURL, scratch: buildURL, configuration: configuration,
            environment: environment, runner: runner, log: log
        ).build()
        let lemma = root.appendingPathComponent(".lemma")
        let cache = ResultCache(folder: lemma.appendingPathComponent("cache"))
        let articleRunner = ArticleRunner(
            toolchain: toolchain, library: library, configuration: configuration, root: root,
            workFolder: lemma.appendingPathComponent("work"), environment: environment,
            runner: runner, log: log
        )
        let generator = ProgramGenerator(imports: configuration.imports)
        let keyParts = [LemmaVersion.execution, toolchain.version, library.fingerprint]
            + ArticleRunner.compilerFlags + library.compilerFlags
            + ["\(configuration.timeout)", "\(configuration.outputLimit)", "\(configuration.memoryLimit)"]

        let width = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var compiled = 0
        var cachedCount = 0
        try await withThrowingTaskGroup(of: (Int, ProgramResult).self) { group in
            var next = 0
            func startNext() {
                guard next < pending.count else { return }
                let index = pending[next]
                next += 1
                let source = programs[index]
                let useCache = self.useCache
                let seeds = self.seeds.seeds(for: source.file)
                group.addTask {
                    let program = generator.generate(source)
                    let key = SourceFingerprint.hash(
                        keyParts + [source.file, "\(source.timeout ?? -1)", program.main]
                            + program.expectErrorChecks.map(\.source)
                    )
                    let run = SeededRun(
                        source: source, program: program, key: key, seeds: seeds,
                        cache: useCache ? cache : nil, runner: articleRunner)
                    return (index, await run.result())
                }
            }
            for _ in 0..<width { startNext() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if result.cached { cachedCount += 1 } else { compiled += 1 }
                startNext()
            }
        }
        log("examples: \(compiled) compiled, \(cachedCount) cached")
        return ExecutionReport(results: results, compiled: compiled, cached: cachedCount)
    }

    private var packageURL: URL {
        configuration.packagePath.hasPrefix("/")
            ? URL(fileURLWithPath: configuration.packagePath)
            : root.appendingPathComponent(configuration.packagePath).standardizedFileURL
    }

    private var buildURL: URL {
        guard let path = configuration.buildPath else {
            return root.appendingPathComponent(".lemma/build")
        }
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }
}
