import Foundation
import LemmaSite
@testable import LemmaServer

/// A copy of the fixture blog (content from LemmaSiteTests, the real templates) in a fresh
/// temporary folder, so tests can edit it.
struct PreviewFixture {
    let root: URL

    init() throws {
        let repository = Self.repositoryRoot()
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lemma-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Tests/LemmaSiteTests/Fixtures/blog/content"),
            to: root.appendingPathComponent("content"))
    }

    /// The repository, found from this file's real location (test folders may be symlinked).
    static func repositoryRoot() -> URL {
        let path = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        return path.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    var options: BuildOptions {
        var options = BuildOptions(root: root)
        options.writesOutput = false
        options.executesExamples = false
        options.bodySuffix = LiveReloadScript.html
        return options
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(path), atomically: false, encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in a file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw FixtureError(description: "\(old) not in \(path)") }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}
