import Foundation
@testable import LemmaExec

/// The library that test article programs link: a small package, made once under
/// `<repo>/.lemma/test-library`, whose dynamic `Notebook` product is the repository's own
/// `Sources/Notebook` (a symlink), built in release into `<repo>/.lemma/test-build`.
///
/// Tests import only `Notebook`, so they do not depend on `Lab` or on the rest of the
/// repository's manifest (which need not resolve while other targets are being written).
enum TestLibrary {
    /// The repository root, from this file's real path (`Tests/LemmaExecTests/…`).
    static let repository: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let package = repository.appendingPathComponent(".lemma/test-library")
    static let build = repository.appendingPathComponent(".lemma/test-build")

    /// The examples configuration tests use; small limits keep the limit tests quick.
    static func configuration(
        timeout: Double = 30, outputLimit: Int = 1 << 20, memoryLimit: Int = 1 << 30
    ) -> ExamplesConfiguration {
        ExamplesConfiguration(
            packagePath: package.path, products: [], imports: [],
            timeout: timeout, outputLimit: outputLimit, memoryLimit: memoryLimit, buildPath: build.path
        )
    }

    /// Writes the package (once per test process) and builds it through an executor run.
    static let ready: Task<Void, any Error> = Task {
        let manager = FileManager.default
        try manager.createDirectory(at: package.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        let manifest = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "LemmaTestLibrary",
                products: [.library(name: "Notebook", type: .dynamic, targets: ["Notebook"])],
                targets: [.target(name: "Notebook")]
            )

            """
        try Data(manifest.utf8).write(to: package.appendingPathComponent("Package.swift"))
        let link = package.appendingPathComponent("Sources/Notebook")
        let sources = repository.appendingPathComponent("Sources/Notebook")
        if (try? manager.destinationOfSymbolicLink(atPath: link.path)) != sources.path {
            try? manager.removeItem(at: link)
            try manager.createSymbolicLink(at: link, withDestinationURL: sources)
        }
        let root = try TemporarySite.make()
        let warmUp = ProgramSource(
            file: "content/posts/warm-up.md",
            items: [.cell(CellSource(index: 0, code: "print(1)", line: 1))]
        )
        _ = try await Executor(root: root, configuration: configuration(), useCache: false).run([warmUp])
    }
}

/// Fresh site roots under the system's temporary folder.
enum TemporarySite {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lemma-exec-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
