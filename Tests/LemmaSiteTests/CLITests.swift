import Foundation
import Testing

/// The `lemma` executable as users run it: arguments, stdout/stderr, exit codes.
@Suite("Command line")
struct CLITests {
    static let binary = FixtureSite.repository.appendingPathComponent(".build/debug/lemma")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func lemma(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    @Test(.enabled(if: built)) func version() throws {
        let run = try lemma(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }

    @Test(.enabled(if: built)) func usageErrorsExit64() throws {
        #expect(try lemma(["frobnicate"]).status == 64)
        #expect(try lemma(["build", "--no-such-flag"]).status == 64)
        #expect(try lemma(["render", "x.md", "--math", "katex"]).status == 64)
        let noJobs = try lemma(["check", "--jobs", "0"])
        #expect(noJobs.status == 64)
        #expect(noJobs.stderr.contains("--jobs must be at least 1, not 0"))
    }

    @Test(.enabled(if: built)) func renderPassthrough() throws {
        let run = try lemma(["render", "-"], stdin: "---\ntitle: x\n---\nCosts $5 and $6.\n\nThen $a_1 < b$.\n")
        #expect(run.status == 0)
        #expect(run.stdout == "<p>Costs $5 and $6.</p>\n<p>Then <span class=\"math inline\">\\(a_1 &lt; b\\)</span>.</p>\n")
        #expect(run.stderr.isEmpty)
    }

    @Test(.enabled(if: built)) func renderMathMLError() throws {
        let run = try lemma(["render", "--math", "mathml", "-"], stdin: "Text\n\nand $\\fracc{1}{2}$.\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("<stdin>:3:6: error: unknown command \\fracc; did you mean \\frac?"), "\(run.stderr)")
    }

    @Test(.enabled(if: built)) func renderReportsABrokenSiteConfiguration() throws {
        let site = try FixtureSite()
        try site.write("content/lemma.yml", "title: T\nbase_url: https://example.org/\nmacros: [R]\n")
        let run = try lemma(["render", "--root", site.root.path, "--math", "mathml", "-"], stdin: "$x$\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("content/lemma.yml:3:9: error: `macros` must map names to TeX"), "\(run.stderr)")
        // Without a site, render needs no configuration.
        let bare = try lemma(["render", "--root", FileManager.default.temporaryDirectory.path, "-"], stdin: "x\n")
        #expect(bare.status == 0)
    }

    @Test(.enabled(if: built)) func aTemplateThatIsNotUTF8IsAnError() throws {
        let site = try FixtureSite()
        try site.write("templates/page.mustache", Data([0x3C, 0xFF, 0x3E]))
        let run = try lemma(["check", "--root", site.root.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("templates/page.mustache:1:1: error: template is not valid UTF-8"), "\(run.stderr)")
    }

    @Test(.enabled(if: built)) func strictTurnsHandTypedNumberWarningsIntoErrors() throws {
        let site = try FixtureSite()
        try site.write("content/posts/2026-02-01-typed.md", "---\ntitle: T\ndate: 2026-02-01\n---\nThe answer is 42.5 exactly.\n")
        // No program: nothing can be hand-typed; the warning path is covered by HandTypedNumberTests
        // and the flagship's --strict run. Here: --strict and --seed parse, and --seeds with --seed is a usage error.
        #expect(try lemma(["check", "--strict", "--seeds", "3", "--root", site.root.path]).status == 0)
        let both = try lemma(["check", "--seeds", "2", "--seed", "1", "--root", site.root.path])
        #expect(both.status == 64)
        #expect(both.stderr.contains("give --seeds or --seed, not both"))
        let outside = try lemma(["check", "--seed", "1", "nowhere.md", "--root", site.root.path])
        #expect(outside.status == 64)
        #expect(outside.stderr.contains("nowhere.md is not an article under"))
    }

    @Test(.enabled(if: built)) func buildCheckAndClean() throws {
        let site = try FixtureSite()
        let build = try lemma(["build", "--root", site.root.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("[1/6] load "))
        #expect(build.stderr.contains("[6/6] write "))
        #expect(build.stdout.isEmpty)
        #expect(site.exists("site/index.html"))

        let quiet = try lemma(["check", "--quiet", "--root", site.root.path])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)

        let clean = try lemma(["clean", "--quiet", "--root", site.root.path])
        #expect(clean.status == 0)
        #expect(!site.exists("site"))
    }

    @Test(.enabled(if: built)) func checkReportsErrorsAsTextAndGitHubAnnotations() throws {
        let site = try FixtureSite()
        try site.write("content/posts/2026-02-01-bad.md", "---\ntitle: T\ndate: 2026-02-30\n---\n")
        let text = try lemma(["check", "--root", site.root.path])
        #expect(text.status == 1)
        #expect(text.stderr.contains("content/posts/2026-02-01-bad.md:3:7: error: impossible date `2026-02-30`\n"))
        #expect(!text.stderr.contains("\u{1B}["), "no colour when stderr is not a terminal")
        let github = try lemma(["check", "--format", "github", "--root", site.root.path])
        #expect(github.status == 1)
        #expect(github.stdout == "::error file=content/posts/2026-02-01-bad.md,line=3,col=7,title=lemma load::impossible date `2026-02-30`\n")
    }

    @Test(.enabled(if: built)) func newPost() throws {
        let site = try FixtureSite()
        let run = try lemma(["new", "post", "Hello, Wörld!", "--root", site.root.path])
        #expect(run.status == 0, "\(run.stderr)")
        let path = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix("content/posts/") && path.hasSuffix("-hello-wörld.md"), "\(path)")
        #expect(try site.read(path).hasPrefix("---\ntitle: \"Hello, Wörld!\"\ndate: "))
        let again = try lemma(["new", "post", "Hello, Wörld!", "--root", site.root.path])
        #expect(again.status == 1)
        #expect(try lemma(["build", "--quiet", "--root", site.root.path]).status == 0, "a new post builds")
    }

    /// `lemma render` prints what `StandaloneRenderer` returns, so the conformance suite, which
    /// calls the renderer in-process, covers the command. Checked on a spread of examples.
    @Test(.enabled(if: built && ConformanceFiles.isAvailable))
    func renderMatchesTheLibrary() throws {
        let examples = try ConformanceExample.load(ConformanceFiles.folder.appendingPathComponent("spec.txt"))
        for example in stride(from: 0, to: examples.count, by: 25).map({ examples[$0] }) {
            let run = try lemma(["render", "-"], stdin: example.markdown)
            #expect(run.status == 0)
            #expect(run.stdout == (try ConformanceTests.render(example.markdown)), "\(example.id)")
        }
    }
}
