import Foundation
import Testing
@testable import LemmaExec

/// The generated examples package: what it depends on, what it re-exports, where Notebook comes from.
@Suite struct ExamplesPackageTests {
    static func manifest(_ json: String) throws -> PackageManifest {
        try #require(PackageManifest(describeJSON: Data(json.utf8)))
    }

    static let ordinary = """
        {"name": "Geometry", "products": [{"name": "Geometry", "targets": ["Geometry"], "type": {"library": ["automatic"]}}],
         "targets": [{"name": "Geometry", "type": "library", "module_type": "SwiftTarget", "c99name": "Geometry", "path": "Sources/Geometry", "target_dependencies": ["Shapes"]},
                     {"name": "Shapes", "type": "library", "module_type": "SwiftTarget", "c99name": "Shapes", "path": "Sources/Shapes"},
                     {"name": "CShim", "type": "library", "module_type": "ClangTarget", "c99name": "CShim", "path": "Sources/CShim"}]}
        """

    @Test func anOrdinaryPackageGetsLemmasNotebookAndItsModulesReExported() throws {
        let package = try ExamplesPackage(
            host: URL(fileURLWithPath: "/work/My Geometry"), products: ["Geometry"], manifest: Self.manifest(Self.ordinary))
        #expect(package.notebook == .embedded)
        #expect(package.modules == ["Geometry", "Shapes"])
        let files = package.files
        #expect(files["Sources/LemmaExamples/Exports.swift"] == "@_exported import Notebook\n@_exported import Geometry\n@_exported import Shapes\n")
        let manifest = try #require(files["Package.swift"])
        #expect(manifest.contains(#".package(path: "/work/My Geometry")"#))
        #expect(manifest.contains(#".product(name: "Geometry", package: "my geometry")"#))
        #expect(manifest.contains(#".library(name: "LemmaExamples", type: .dynamic, targets: ["LemmaExamples"])"#))
        #expect(files["Sources/Notebook/Claim.swift"] == EmbeddedNotebook.sources["Claim.swift"])
    }

    @Test func aHostWithNotebookInAProductUsesItsOwn() throws {
        let json = """
            {"name": "Lemma", "products": [{"name": "Lab", "targets": ["Lab"], "type": {"library": ["automatic"]}},
                                         {"name": "Notebook", "targets": ["Notebook"], "type": {"library": ["automatic"]}}],
             "targets": [{"name": "Lab", "type": "library", "module_type": "SwiftTarget", "c99name": "Lab", "path": "Sources/Lab", "target_dependencies": ["Notebook"]},
                         {"name": "Notebook", "type": "library", "module_type": "SwiftTarget", "c99name": "Notebook", "path": "Sources/Notebook"}]}
            """
        let withLab = try ExamplesPackage(host: URL(fileURLWithPath: "/x/main"), products: ["Lab"], manifest: Self.manifest(json))
        #expect(withLab.notebook == .configuredProducts)
        #expect(withLab.files["Sources/Notebook/Claim.swift"] == nil)
        let alone = try ExamplesPackage(host: URL(fileURLWithPath: "/x/main"), products: [], manifest: Self.manifest(json))
        #expect(alone.notebook == .hostProduct("Lab"))
    }

    @Test func aMissingProductIsNamed() throws {
        #expect(throws: ExecutorError.self) {
            try ExamplesPackage(host: URL(fileURLWithPath: "/x/g"), products: ["Nope"], manifest: Self.manifest(Self.ordinary))
        }
    }

    @Test func theEmbeddedNotebookIsTheNotebookFolder() throws {
        let folder = TestLibrary.repository.appendingPathComponent("Sources/Notebook")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(Set(names) == Set(EmbeddedNotebook.sources.keys))
        for name in names {
            #expect(EmbeddedNotebook.sources[name] == (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)),
                    "Sources/Notebook/\(name) changed: run Scripts/embed.py")
        }
    }
}
