import ArgumentParser
import Foundation
import LemmaDiagnostics
import LemmaSite

/// The `lemma` command: build, check, serve, create and render technical writing.
@main
struct Lemma: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemma",
        abstract: "A static site generator for technical writing whose numbers must be right.",
        version: LemmaVersion.string,
        subcommands: [Init.self, Build.self, Check.self, Serve.self, New.self, Render.self, Clean.self, ThemeCommand.self])
}

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The site root (holds content/ and, optionally, templates/).")
    var root: String = "."

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print more detail (each compiled program, cache decisions).")
    var verbose = false

    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    var console: Console { Console(quiet: quiet, verbose: verbose) }
}
