import ArgumentParser
import Foundation
import LemmaDiagnostics
import LemmaExec
import LemmaSite

/// `lemma init`: start a site, in a Swift package or an empty folder.
struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a site here: content/lemma.yml, a first post, an about page, .gitignore entries.",
        discussion: """
            In a Swift package, the site's examples link the package's library products and the first \
            post has a `swift run` cell. Existing files are never overwritten. Then: lemma serve.
            """)

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let root = common.rootURL
        var library: SiteInit.Library?
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            common.console.info("reading the package (swift package describe)…")
            do {
                let package = try await HostPackage.describe(root)
                if !package.libraryProducts.isEmpty {
                    library = SiteInit.Library(
                        packageName: package.name, products: package.libraryProducts, modules: package.modules)
                } else {
                    common.console.info("the package has no library products: the site will have no examples")
                }
            } catch {
                common.console.diagnostics([Diagnostic(
                    file: "Package.swift", stage: "init", message: "cannot read the package: \(error)")])
                throw ExitCode(1)
            }
        }
        do {
            let result = try SiteInit(root: root, today: Date(), library: library).run()
            for path in result.written { common.console.info("wrote \(path)") }
            for path in result.kept { common.console.info("kept \(path) (it exists)") }
            common.console.info("next: lemma serve   (or lemma build; lemma theme eject to customise the theme)")
        } catch {
            common.console.diagnostics([error])
            throw ExitCode(1)
        }
    }
}
