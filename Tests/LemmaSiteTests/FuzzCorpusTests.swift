import Foundation
import Testing
@testable import LemmaSite

/// Replays the fuzzers' corpus (`fuzz/corpus/`) and every input that once crashed or hung
/// (`fuzz/regressions/`) through the same entry points the fuzz targets call. Each must come
/// back, accepted or rejected with diagnostics, without crashing the test process.
@Suite struct FuzzCorpusTests {
    /// Corpus folder → the entry point that replays it (`math` is the C target's corpus).
    static let folders: [(String, FuzzTarget)] = [
        ("math", .markdown), ("render", .render), ("tex", .tex), ("config", .config), ("cell-options", .cellOptions),
    ]

    static func inputs(_ kind: String, _ folder: String) -> [URL] {
        let directory = FixtureSite.repository.appendingPathComponent("fuzz/\(kind)/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { directory.appendingPathComponent($0) }
    }

    @Test(arguments: folders.map(\.0))
    func corpusReplays(_ folder: String) throws {
        let target = try #require(Self.folders.first { $0.0 == folder }?.1)
        let inputs = Self.inputs("corpus", folder)
        #expect(!inputs.isEmpty, "fuzz/corpus/\(folder) is empty: run fuzz/run.sh \(folder)")
        for input in inputs {
            target.run(try Data(contentsOf: input))
        }
    }

    @Test(arguments: folders.map(\.0))
    func regressionsReplay(_ folder: String) throws {
        let target = try #require(Self.folders.first { $0.0 == folder }?.1)
        for input in Self.inputs("regressions", folder) {
            target.run(try Data(contentsOf: input))
        }
    }
}
