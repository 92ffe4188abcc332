import Foundation
import LemmaSite
import Testing
@testable import LemmaServer

/// `lemma init` in an ordinary Swift package outside this repository: an automatic library
/// product that depends on another package (swift-numerics). The site's article programs link
/// it through Lemma's generated examples package, its claims are checked at their `.md` lines,
/// the preview serves it, and it needs no templates/ folder.
@Suite(.serialized) struct InitPackageTests {
    static let binary = PreviewFixture.repositoryRoot().appendingPathComponent(".build/debug/lemma")

    struct Run {
        var status: Int32
        var stderr: String
    }

    func lemma(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func makePackage() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lemma-init-\(UUID().uuidString)/Geometry")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Sources/Geometry"), withIntermediateDirectories: true)
        try """
            // swift-tools-version:5.9
            import PackageDescription

            let package = Package(
                name: "Geometry",
                products: [.library(name: "Geometry", targets: ["Geometry"])],
                dependencies: [.package(url: "https://github.com/apple/swift-numerics", from: "1.1.1")],
                targets: [.target(name: "Geometry", dependencies: [.product(name: "RealModule", package: "swift-numerics")])]
            )

            """.write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try """
            import RealModule

            /// The hypotenuse of a right triangle with legs `a` and `b`.
            public func hypotenuse(_ a: Double, _ b: Double) -> Double { Double.hypot(a, b) }

            """.write(to: folder.appendingPathComponent("Sources/Geometry/Geometry.swift"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func initBuildsChecksAndServesAnOrdinaryPackage() async throws {
        let package = try Self.makePackage()
        defer { try? FileManager.default.removeItem(at: package.deletingLastPathComponent()) }
        let initialised = try lemma(["init", "--root", package.path])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let config = try String(contentsOf: package.appendingPathComponent("content/lemma.yml"), encoding: .utf8)
        #expect(config.contains("products: [Geometry]"))
        #expect(config.contains("imports: [Foundation, Geometry]"))
        #expect(try String(contentsOf: package.appendingPathComponent(".gitignore"), encoding: .utf8) == "site/\n.lemma/\n")
        let posts = try FileManager.default.contentsOfDirectory(atPath: package.appendingPathComponent("content/posts").path)
        let post = try #require(posts.first)
        let postURL = package.appendingPathComponent("content/posts/\(post)")

        // A second init keeps every file.
        let again = try lemma(["init", "--root", package.path])
        #expect(again.status == 0 && again.stderr.contains("kept content/lemma.yml (it exists)"))

        // A true and a false claim about the library.
        let original = try String(contentsOf: postURL, encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).count
        try (original + """

            ```swift run
            claim(hypotenuse(3, 4), approximately: 5, tolerance: .relative(1e-12), "a 3-4-5 triangle")
            claim(hypotenuse(1, 1), approximately: 1.5, tolerance: .absolute(1e-6), "the diagonal of a unit square is 1.5")
            ```

            """).write(to: postURL, atomically: true, encoding: .utf8)
        let check = try lemma(["check", "--root", package.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains(
            "content/posts/\(post):\(lines + 3):1: error: claim failed: the diagonal of a unit square is 1.5 (value 1.4142135623730951"),
            "\(check.stderr)")

        try (original + """

            ```swift run
            claim(hypotenuse(3, 4), approximately: 5, tolerance: .relative(1e-12), "a 3-4-5 triangle")
            print("hypotenuse:", hypotenuse(5, 12))
            ```

            """).write(to: postURL, atomically: true, encoding: .utf8)
        let build = try lemma(["build", "--root", package.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: package.appendingPathComponent("templates").path))
        let page = try String(contentsOf: package.appendingPathComponent("site/posts/first-post/index.html"), encoding: .utf8)
        #expect(page.contains("<pre class=\"cell-output\">hypotenuse: 13.0\n</pre>"))
        #expect(page.contains("✓ a 3-4-5 triangle"))

        // The preview serves the same page (from the cache: nothing is compiled again).
        var options = BuildOptions(root: package)
        options.writesOutput = false
        let preview = SitePreview(options: options)
        let result = await preview.rebuild()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.counts?.compiled == 0)
        let served = try #require(await preview.store.current().files["posts/first-post/index.html"])
        #expect(String(buffer: served.body).contains("hypotenuse: 13.0"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func initInAnEmptyFolderMakesASiteWithoutExamples() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lemma-init-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try lemma(["init", "--root", folder.path]).status == 0)
        let config = try String(contentsOf: folder.appendingPathComponent("content/lemma.yml"), encoding: .utf8)
        #expect(!config.contains("examples:"))
        let build = try lemma(["build", "--root", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/posts/first-post/index.html").path))
    }
}
