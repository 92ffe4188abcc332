import Foundation
import Testing
@testable import LemmaServer

@Suite("inotify watcher")
struct DirectoryWatcherTests {
    static func makeFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lemma-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/posts", withIntermediateDirectories: true)
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// The next batch, or nil after `seconds`.
    static func next(_ watcher: DirectoryWatcher, within seconds: Double = 5) async -> DirectoryWatcher.Batch? {
        await withTaskGroup(of: DirectoryWatcher.Batch?.self) { group in
            group.addTask {
                var iterator = watcher.batches.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    @Test func aBurstOfWritesAndARenameIsOneBatch() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try DirectoryWatcher(roots: [folder], quietWindow: .milliseconds(40))
        defer { watcher.stop() }
        #expect(watcher.folderCount == 2)
        // What editors do: write a temporary file, then rename it over the original.
        try "draft".write(toFile: folder + "/posts/a.md.tmp", atomically: false, encoding: .utf8)
        try "more".write(toFile: folder + "/posts/a.md.tmp", atomically: false, encoding: .utf8)
        rename(folder + "/posts/a.md.tmp", folder + "/posts/a.md")
        try "swap".write(toFile: folder + "/posts/.a.md.swp", atomically: false, encoding: .utf8)
        let batch = try #require(await Self.next(watcher))
        #expect(batch.paths == [folder + "/posts/a.md.tmp", folder + "/posts/a.md"])
        #expect(!batch.overflowed)
    }

    @Test func newFoldersAreWatchedToo() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try DirectoryWatcher(roots: [folder, folder + "/missing"], quietWindow: .milliseconds(30))
        defer { watcher.stop() }
        try FileManager.default.createDirectory(atPath: folder + "/posts/new/deeper", withIntermediateDirectories: true)
        _ = try #require(await Self.next(watcher))
        try "x".write(toFile: folder + "/posts/new/deeper/b.md", atomically: false, encoding: .utf8)
        let batch = try #require(await Self.next(watcher))
        #expect(batch.paths.contains(folder + "/posts/new/deeper/b.md"))
    }

    @Test func stopFinishesTheStream() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try DirectoryWatcher(roots: [folder])
        watcher.stop()
        var iterator = watcher.batches.makeAsyncIterator()
        #expect(await iterator.next() == nil)
    }
}
