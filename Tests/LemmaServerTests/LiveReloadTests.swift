import Foundation
import Testing
@testable import LemmaServer

/// The whole server on a real socket: save a file, receive the reload event, get the new page.
@Suite("Live server")
struct LiveReloadTests {
    @Test(.timeLimit(.minutes(1)))
    func savingAnArticleSendsReloadAndServesTheNewPage() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        var configuration = PreviewServer.Configuration(root: fixture.root)
        configuration.port = 0
        configuration.executesExamples = false
        let (events, continuation) = AsyncStream<PreviewServer.Event>.makeStream()
        let server = PreviewServer(configuration: configuration) { continuation.yield($0) }
        let running = Task { try await server.run(handlingSignals: false) }

        var port = 0
        var builds = 0
        for await event in events {
            if case .listening(let url) = event {
                #expect(url.hasPrefix("http://127.0.0.1:") && url.hasSuffix("/blog/"))
                port = Int(url.dropFirst("http://127.0.0.1:".count).prefix { $0.isNumber }) ?? 0
            }
            if case .rebuilt(let result) = event {
                #expect(result.succeeded)
                builds += 1
            }
            if port != 0, builds == 1 { break }
        }
        #expect(port > 0)

        let stream = try EventStreamClient(port: port, path: LiveReloadScript.eventsPath)
        #expect(await stream.waitFor(": connected"))
        #expect(stream.text.contains("Content-Type: text/event-stream"))

        try fixture.edit("content/posts/2026-01-02-first.md", replacing: "Intro paragraph", with: "Freshly saved paragraph")
        #expect(await stream.waitFor("event: reload"), "received: \(stream.text)")

        let page = try EventStreamClient(port: port, path: "/blog/posts/first/")
        #expect(await page.waitFor("</html>"))
        #expect(page.text.hasPrefix("HTTP/1.1 200 OK"))
        #expect(page.text.contains("Freshly saved paragraph"))

        running.cancel()
        _ = try? await running.value
    }
}
