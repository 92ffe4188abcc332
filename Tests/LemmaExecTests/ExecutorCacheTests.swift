import Foundation
import Testing
@testable import LemmaExec

@Suite struct ExecutorCacheTests {
    let cacheable = [Articles.state, Articles.compileError, Articles.trap, Articles.expectError]

    func encoded(_ results: [ProgramResult]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(results.map { result in
            var copy = result
            copy.cached = false
            return copy
        })
    }

    @Test func anUnchangedArticleIsAnsweredFromTheCache() async throws {
        let first = try await ExecutorRun.first.value
        let again = try await Executor(root: first.root, configuration: TestLibrary.configuration()).run(cacheable)
        #expect(again.compiled == 0)
        #expect(again.cached == cacheable.count)
        #expect(again.results.allSatisfy { $0.cached })
        #expect(try encoded(again.results) == encoded(cacheable.map(first.result)))
    }

    @Test func aProseOnlyEditCompilesNothingAndMovesPositions() async throws {
        let first = try await ExecutorRun.first.value
        let moved = Articles.state.shifted(by: 5)
        let report = try await Executor(root: first.root, configuration: TestLibrary.configuration()).run([moved])
        #expect(report.compiled == 0)
        #expect(report.cached == 1)
        let result = try #require(report.results.first)
        #expect(result.claims.map(\.line) == [27, 28, 36])
        #expect(result.diagnostics.map(\.line) == [28, 36])
        #expect(result.inlineValues == [0: "40", 1: "80.0", 2: "21"])
    }

    @Test func editingSourcesOutsideTheLinkedTargetsKeepsTheCache() async throws {
        let first = try await ExecutorRun.first.value
        let unlinked = TestLibrary.package.appendingPathComponent("Sources/Unlinked")
        try FileManager.default.createDirectory(at: unlinked, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: unlinked) }
        try Data("let edit = \"\(UUID())\"\n".utf8).write(to: unlinked.appendingPathComponent("Edit.swift"))
        let report = try await Executor(root: first.root, configuration: TestLibrary.configuration())
            .run([Articles.state])
        #expect(report.compiled == 0)
        #expect(report.cached == 1)
    }

    @Test func editedCodeIsCompiledAgain() async throws {
        let first = try await ExecutorRun.first.value
        var edited = Articles.compileError
        if case .cell(var cell) = edited.items[0] {
            cell.code = "let x = 1\nlet y: String = \"\\(x)\"\nprint(y)\n"
            edited.items[0] = .cell(cell)
        }
        let report = try await Executor(root: first.root, configuration: TestLibrary.configuration())
            .run([edited, Articles.trap])
        #expect(report.compiled == 1)
        #expect(report.cached == 1)
        #expect(report.results[0].diagnostics.isEmpty)
        #expect(report.results[0].cells[0].outputs == [.text("1\n")])
    }

    @Test func runsWithoutTheCacheAreByteIdentical() async throws {
        let first = try await ExecutorRun.first.value
        let root = try TemporarySite.make()
        let lines = LogLines()
        let executor = Executor(
            root: root, configuration: TestLibrary.configuration(), useCache: false, log: { lines.append($0) }
        )
        let one = try await executor.run([Articles.state, Articles.expectError])
        let two = try await executor.run([Articles.state, Articles.expectError])
        #expect(one.compiled == 2 && two.compiled == 2)
        #expect(one.cached == 0 && two.cached == 0)
        #expect(try encoded(one.results) == encoded(two.results))
        #expect(try encoded(one.results) == encoded([Articles.state, Articles.expectError].map(first.result)))
        #expect(lines.all.contains { $0.hasPrefix("content/posts/state.md: compiled in ") })
        #expect(lines.all.contains { $0.hasPrefix("content/posts/state.md: ran in ") && $0.contains("slowest: cell at line ") })
        let cache = root.appendingPathComponent(".lemma/cache")
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func programsWithoutItemsAreNotCompiled() async throws {
        let root = try TemporarySite.make()
        let configuration = ExamplesConfiguration(packagePath: "/nonexistent", products: ["Missing"])
        let report = try await Executor(root: root, configuration: configuration)
            .run([ProgramSource(file: "content/posts/prose.md", items: [])])
        #expect(report.compiled == 0)
        #expect(report.cached == 0)
        #expect(report.results == [ProgramResult()])
    }

    @Test func aLibraryThatDoesNotBuildIsAnEnvironmentError() async throws {
        try await TestLibrary.ready.value
        let root = try TemporarySite.make()
        var configuration = TestLibrary.configuration()
        configuration.products = ["NoSuchProduct"]
        configuration.buildPath = root.appendingPathComponent("build").path
        await #expect(throws: ExecutorError.self) {
            _ = try await Executor(root: root, configuration: configuration).run([Articles.compileError])
        }
    }
}

extension ProgramSource {
    /// The same program with every item `lines` further down (as after a prose edit above it).
    func shifted(by lines: Int) -> ProgramSource {
        var moved = self
        moved.items = items.map { item in
            switch item {
            case .cell(var cell):
                cell.line += lines
                return .cell(cell)
            case .inline(var inline):
                inline.line += lines
                return .inline(inline)
            }
        }
        return moved
    }
}

/// Collects log lines from concurrent tasks.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
