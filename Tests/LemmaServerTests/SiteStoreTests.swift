import Testing
@testable import LemmaServer

@Suite("Snapshot store")
struct SiteStoreTests {
    @Test func requestsWaitForTheRunningBuild() async throws {
        let store = SiteStore(serving: SiteSnapshot(files: [:], generation: 1))
        await store.beginBuild()
        let reader = Task { await store.current().generation }
        // Give the reader time to start waiting; it must not see the old snapshot.
        try await Task.sleep(for: .milliseconds(50))
        await store.publish(SiteSnapshot(files: [:], generation: 2))
        #expect(await reader.value == 2)
        #expect(await store.current().generation == 2)
    }
}
