import Foundation
import ServiceLifecycle

/// Builds the site once, then rebuilds after every settled burst of source changes until
/// graceful shutdown; then closes the event streams.
struct RebuildService: Service {
    let preview: SitePreview
    let quietWindow: Duration
    let keepAliveInterval: Duration
    let events: @Sendable (PreviewServer.Event) -> Void

    func run() async throws {
        let hub = preview.hub
        // The first build loads the configuration (and reports a broken one), which says
        // which library sources to watch.
        events(.rebuilt(await preview.rebuild()))
        let folders = await preview.watchedFolders()
        let library = await preview.librarySources()
        let watcher: DirectoryWatcher?
        do {
            watcher = try DirectoryWatcher(roots: folders, quietWindow: quietWindow)
        } catch {
            events(.watchFailed(error.description))
            watcher = nil
        }
        let preview = self.preview
        let events = self.events
        await withDiscardingTaskGroup { group in
            group.addTask { await hub.keepAlive(every: keepAliveInterval) }
            group.addTask {
                guard let watcher else { return }
                for await batch in watcher.batches {
                    let libraryChanged = batch.overflowed
                        || library.map { prefix in batch.paths.contains { $0.hasPrefix(prefix + "/") } } ?? false
                    events(.rebuilt(await preview.rebuild(libraryChanged: libraryChanged)))
                }
            }
            try? await gracefulShutdown()
            watcher?.stop()
            await hub.close()
            group.cancelAll()
        }
    }
}
