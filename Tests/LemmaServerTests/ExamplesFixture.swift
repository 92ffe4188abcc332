import Foundation
import LemmaSite
@testable import LemmaServer

/// A copy of the `notebook` fixture site, whose articles run against a small library package:
/// product `Fixture` (one file, `public let fixtureAnswer = 42`) built on the repository's own
/// `Notebook` (a symlink). The package lives in `<repo>/.lemma/site-test-library` and is built
/// once, in release, into `<repo>/.lemma/site-test-build`, which every copy shares.
struct ExamplesFixture {
    static let repository = PreviewFixture.repositoryRoot()
    static let package = repository.appendingPathComponent(".lemma/site-test-library")
    static let build = repository.appendingPathComponent(".lemma/site-test-build")
    static let librarySource = package.appendingPathComponent("Sources/Fixture/Fixture.swift")
    static let originalLibrary = "public let fixtureAnswer = 42\n"

    let root: URL

    init() throws {
        try Self.writePackage()
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lemma-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Tests/LemmaServerTests/Fixtures/notebook/content"),
            to: root.appendingPathComponent("content"))
        let config = root.appendingPathComponent("content/lemma.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "PACKAGE", with: Self.package.path)
            .write(to: config, atomically: true, encoding: .utf8)
    }

    /// Build options of a preview with examples running against the shared library build.
    var options: BuildOptions {
        var options = BuildOptions(root: root)
        options.writesOutput = false
        options.examplesBuildFolder = Self.build
        options.bodySuffix = LiveReloadScript.html
        return options
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Replaces the first occurrence of `old` in a file of the site.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: url(path), encoding: .utf8)
        guard let range = text.range(of: old) else { throw FixtureError(description: "\(old) not in \(path)") }
        try text.replacingCharacters(in: range, with: new).write(to: url(path), atomically: false, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes the library package, leaving files that already hold the right text untouched
    /// (so the library is not rebuilt); the library source is reset to `originalLibrary`.
    static func writePackage() throws {
        let manifest = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "LemmaSiteTestLibrary",
                products: [.library(name: "Fixture", type: .dynamic, targets: ["Fixture"])],
                targets: [.target(name: "Notebook"), .target(name: "Fixture", dependencies: ["Notebook"])]
            )

            """
        try writeIfChanged(manifest, to: package.appendingPathComponent("Package.swift"))
        try writeIfChanged(originalLibrary, to: librarySource)
        let manager = FileManager.default
        let link = package.appendingPathComponent("Sources/Notebook")
        let sources = repository.appendingPathComponent("Sources/Notebook")
        if (try? manager.destinationOfSymbolicLink(atPath: link.path)) != sources.path {
            try? manager.removeItem(at: link)
            try manager.createSymbolicLink(at: link, withDestinationURL: sources)
        }
    }

    static func writeIfChanged(_ text: String, to url: URL) throws {
        guard (try? String(contentsOf: url, encoding: .utf8)) != text else { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
