import Foundation
import LemmaDiagnostics
@testable import LemmaSite

/// A fixture site copied into a fresh temporary folder, using the built-in theme.
struct FixtureSite {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    /// Copies `Fixtures/<name>` (or an empty site when nil) into a temporary root.
    init(_ name: String? = "blog") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lemma-site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let name {
            let fixture = Self.testsFolder.appendingPathComponent("Fixtures/\(name)")
            for entry in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
                try FileManager.default.copyItem(
                    at: fixture.appendingPathComponent(entry), to: root.appendingPathComponent(entry))
            }
        }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func options(writes: Bool = true) -> BuildOptions {
        var options = BuildOptions(root: root)
        options.writesOutput = writes
        options.executesExamples = false
        return options
    }

    /// Builds and returns the report, or the diagnostics as strings.
    func build(writes: Bool = true, drafts: Bool = false) async -> Result<BuildReport, DiagnosticList> {
        var options = options(writes: writes)
        options.includeDrafts = drafts
        do {
            return .success(try await SiteBuilder(options: options).build())
        } catch {
            return .failure(error)
        }
    }

    /// The diagnostics of a build that must fail, as printed.
    func errors() async -> [String] {
        switch await build(writes: false) {
        case .success: return []
        case .failure(let list): return list.diagnostics.map(\.description)
        }
    }

    /// Every file under `site/` with its bytes, by relative path.
    func snapshotOutput() throws -> [String: Data] {
        let site = root.appendingPathComponent("site")
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.path) {
            let url = site.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }
}

/// Compares text against a committed snapshot; `LEMMA_RECORD=1` rewrites the snapshot.
enum Snapshot {
    static func matches(_ text: String, named name: String) throws -> Bool {
        let url = FixtureSite.testsFolder.appendingPathComponent("Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["LEMMA_RECORD"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return ProcessInfo.processInfo.environment["LEMMA_RECORD"] == "1"
        }
        return try String(contentsOf: url, encoding: .utf8) == text
    }

    /// The `<main>…</main>` region of a page.
    static func main(of html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
