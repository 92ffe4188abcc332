import ArgumentParser
import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaSite

/// What `build` and `check` include and reuse.
struct ContentOptions: ParsableArguments {
    @Flag(name: .long, help: "Include drafts.")
    var drafts = false

    @Flag(name: .long, help: "Run every example again, ignoring the cache.")
    var noCache = false

    @Option(name: .shortAndLong, help: "Article programs to compile and run at once (default: one per core).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Run each program that reads its seed with seeds 0…N−1; every claim must hold for each (default: examples.seeds).",
        valueName: "N"))
    var seeds: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Run programs with this seed instead of the default 0 (to reproduce a failure a sweep found).", valueName: "S"))
    var seed: UInt64?

    @Flag(name: .long, help: "Treat warnings (hand-typed numbers) as errors.")
    var strict = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let seeds, !(1...SiteConfig.maximumSeeds).contains(seeds) {
            throw ValidationError("--seeds must be from 1 to \(SiteConfig.maximumSeeds), not \(seeds)")
        }
        if seeds != nil && seed != nil { throw ValidationError("give --seeds or --seed, not both") }
    }

    /// The options, with the seeds applying to `files` only when any are given.
    func buildOptions(root: URL, files: Set<String>? = nil) -> BuildOptions {
        var options = BuildOptions(root: root)
        options.includeDrafts = drafts
        options.useCache = !noCache
        options.jobs = jobs
        options.warningsAreErrors = strict
        if let seeds {
            options.seeds = SeedPlan(seeds: SeedPlan.sweep(seeds).seeds, files: files)
        } else if let seed {
            options.seeds = SeedPlan(seeds: [seed], files: files)
        } else if let files {
            options.seeds = SeedPlan(seeds: [SeedPlan.defaultSeed], files: files)
        }
        return options
    }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder (atomically).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output folder (default: <root>/site).")
    var output: String?

    @OptionGroup var content: ContentOptions

    func run() async throws {
        var options = content.buildOptions(root: common.rootURL)
        if let output { options.output = URL(fileURLWithPath: output).standardizedFileURL }
        try await runBuild(options, console: common.console, format: .text)
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build in memory and verify every example, claim, link, anchor and equation.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case github
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Diagnostics as `text` (stderr) or `github` workflow annotations (stdout).")
    var format: Format = .text

    @OptionGroup var content: ContentOptions

    @Argument(help: ArgumentHelp(
        "Articles whose programs --seed or --seeds apply to (default: all); the rest run with the default seed.",
        valueName: "file"))
    var files: [String] = []

    func run() async throws {
        let root = common.rootURL
        var chosen: Set<String>?
        if !files.isEmpty {
            chosen = Set(try files.map { try Self.siteRelative($0, root: root) })
        }
        var options = content.buildOptions(root: root, files: chosen)
        options.writesOutput = false
        try await runBuild(options, console: common.console, format: format)
    }
}

extension Check {
    /// `file` (relative to the working directory, or absolute) as a path relative to `root`;
    /// it must be an existing Markdown file under `root/content`.
    static func siteRelative(_ file: String, root: URL) throws -> String {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let prefix = root.standardizedFileURL.path + "/"
        var relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : file
        if !FileManager.default.fileExists(atPath: absolute),
           FileManager.default.fileExists(atPath: prefix + file) {
            relative = file
        }
        guard relative.hasPrefix("content/"), relative.hasSuffix(".md"),
              FileManager.default.fileExists(atPath: prefix + relative) else {
            throw ValidationError("\(file) is not an article under \(prefix)content/")
        }
        return relative
    }
}

/// Runs a build or check and turns its outcome into output and an exit code.
func runBuild(_ options: BuildOptions, console: Console, format: Check.Format) async throws {
    let start = DispatchTime.now()
    let builder = SiteBuilder(
        options: options, progress: { console.progress($0) }, log: { console.detail($0) })
    do {
        let report = try await builder.build()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let verb = options.writesOutput ? "built" : "checked"
        console.diagnostics(report.warnings)
        if format == .github {
            for warning in report.warnings { print(GitHubAnnotation.line(for: warning)) }
        }
        if console.verbose { console.margins(report.claims) }
        console.info("\(verb) \(report.articleCount) articles, \(report.pageCount) pages, \(report.claimCount) claims in \(String(format: "%.2f", seconds)) s")
    } catch {
        if format == .github {
            for diagnostic in error.diagnostics { print(GitHubAnnotation.line(for: diagnostic)) }
        }
        console.diagnostics(error.diagnostics)
        throw ExitCode(1)
    }
}

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
enum GitHubAnnotation {
    static func line(for diagnostic: Diagnostic) -> String {
        let kind = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n" + hint }
        return "::\(kind) file=\(escapeProperty(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column),title=lemma \(diagnostic.stage)::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
