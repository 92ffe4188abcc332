import ArgumentParser
import LemmaSite

/// `lemma theme eject`: the built-in theme, written out for customising.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [Eject.self])

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the built-in templates and assets into templates/ (existing files are kept).",
            discussion: "Each file in templates/ replaces the built-in one of the same name; delete the ones you do not change.")

        @OptionGroup var common: CommonOptions

        func run() throws {
            do {
                let result = try DefaultTheme.eject(root: common.rootURL)
                for path in result.written { common.console.info("wrote \(path)") }
                for path in result.skipped { common.console.info("kept \(path) (it exists)") }
            } catch {
                common.console.diagnostics([error])
                throw ExitCode(1)
            }
        }
    }
}
