import ArgumentParser
import Foundation
import LemmaDiagnostics
import LemmaSite

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new article or page with front matter.",
        discussion: "Example: lemma new post \"NTK-aware scaling, computed\"")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case post
        case page
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: "What to create: post or page.")
    var kind: Kind

    @Argument(help: "The title.")
    var title: String

    func run() throws {
        do {
            let path = try Scaffold(root: common.rootURL, today: Date()).create(kind == .post ? .post : .page, title: title)
            common.console.info("created \(path)")
            print(path)
        } catch {
            common.console.diagnostics([error])
            throw ExitCode(1)
        }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the body HTML of one Markdown file (nothing executed, no link checks, no template).")

    enum MathOption: String, ExpressibleByArgument, CaseIterable {
        case passthrough
        case mathml
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: "A Markdown file, or - for standard input.")
    var file: String

    @Option(name: .long, help: "passthrough (TeX for MathJax) or mathml (rendered; math errors exit 1).")
    var math: MathOption = .passthrough

    func run() throws {
        let data: Data
        let path = file == "-" ? "<stdin>" : file
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                common.console.diagnostics([Diagnostic(file: path, stage: "load", message: "cannot read file")])
                throw ExitCode(1)
            }
            data = contents
        }
        // A site's macros apply when there is a site; a lemma.yml that does not load is an error.
        var macros: [String: String] = [:]
        if FileManager.default.fileExists(atPath: common.rootURL.appendingPathComponent("content/lemma.yml").path) {
            do {
                macros = try SiteConfig.load(root: common.rootURL).macros
            } catch {
                common.console.diagnostics([error])
                throw ExitCode(1)
            }
        }
        do {
            let html = try StandaloneRenderer(math: math == .mathml ? .mathml : .mathjax, macros: macros)
                .render(data, path: path)
            FileHandle.standardOutput.write(Data(html.utf8))
        } catch {
            common.console.diagnostics(error.diagnostics)
            throw ExitCode(1)
        }
    }
}

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove .lemma/ (cache and examples build) and the output folder.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output folder (default: <root>/site).")
    var output: String?

    func run() throws {
        let root = common.rootURL
        let output = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("site")
        for folder in [root.appendingPathComponent(".lemma"), output] where FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.removeItem(at: folder)
                common.console.info("removed \(folder.path)")
            } catch {
                common.console.diagnostics([Diagnostic(file: folder.path, stage: "clean", message: "cannot remove: \(error.localizedDescription)")])
                throw ExitCode(1)
            }
        }
    }
}
