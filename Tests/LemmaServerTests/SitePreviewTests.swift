import Foundation
import Hummingbird
import HummingbirdTesting
import LemmaSite
import Testing
@testable import LemmaServer

/// Incremental rebuilds of the fixture blog, asserted by work counts and changed files.
@Suite("Incremental preview builds")
struct SitePreviewTests {
    @Test func firstBuildServesEveryPageWithTheReloadScript() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        let result = await preview.rebuild()
        #expect(result.succeeded, "\(result.diagnostics)")
        let snapshot = await preview.store.current()
        #expect(snapshot.basePath == "/blog/")
        let page = try #require(snapshot.files["posts/first/index.html"])
        #expect(String(buffer: page.body).contains(LiveReloadScript.eventsPath))
        #expect(snapshot.files["assets/style.css"] != nil)
        #expect(snapshot.files["404.html"] != nil)
        // Drafts stay out unless asked for.
        #expect(!snapshot.files.keys.contains { $0.contains("unfinished") })
    }

    @Test func plainBuildsCarryNoReloadScript() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        var options = BuildOptions(root: fixture.root)
        options.writesOutput = false
        options.executesExamples = false
        let report = try await SiteBuilder(options: options).build()
        for file in report.files {
            if case .text(let text) = file.contents { #expect(!text.contains(LiveReloadScript.eventsPath), "\(file.path)") }
        }
    }

    @Test func bodyEditRerendersOnlyThatPage() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        try fixture.edit("content/posts/2026-01-02-first.md", replacing: "Intro paragraph", with: "Opening paragraph")
        let result = await preview.rebuild()
        let counts = try #require(result.counts)
        #expect(counts.parsed == 1)
        #expect(counts.rendered == 1)
        #expect(counts.compiled == 0)
        // The Atom feed carries each article's full body, so it is the one other file laid out.
        #expect(counts.laidOut == 2)
        #expect(result.changedPaths == ["feed.xml", "posts/first/index.html"])
        let page = try #require(await preview.store.current().files["posts/first/index.html"])
        #expect(String(buffer: page.body).contains("Opening paragraph"))
    }

    @Test func titleEditAlsoLaysOutTheListings() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        try fixture.edit("content/posts/2026-01-02-first.md", replacing: "title: First steps", with: "title: Early steps")
        let result = await preview.rebuild()
        let counts = try #require(result.counts)
        #expect(counts.rendered == 1)
        #expect(counts.compiled == 0)
        // The article, the home listing page and each of its tags' pages that list it, the
        // archive, the feed, and the next article (its "previous" link shows the title);
        // nothing else, whichever listing page pagination puts it on.
        let changed = result.changedPaths
        for path in ["posts/first/index.html", "posts/second/index.html", "archive/index.html", "feed.xml"] {
            #expect(changed.contains(path), "\(path) not in \(changed)")
        }
        #expect(changed.contains { $0 == "index.html" || $0.hasPrefix("page/") }, "\(changed)")
        #expect(changed.contains { $0.hasPrefix("tags/rope/") }, "\(changed)")
        #expect(changed.contains { $0.hasPrefix("tags/long-context/") }, "\(changed)")
        let allowed = ["posts/first/", "posts/second/", "archive/", "feed.xml", "index.html", "page/", "tags/rope/", "tags/long-context/"]
        for path in changed {
            #expect(allowed.contains { path.hasPrefix($0) }, "\(path) should not change")
        }
        #expect(counts.laidOut >= result.changedPaths.count)
        #expect(counts.laidOut < 12)
    }

    @Test func templateEditLaysOutEveryPageAndRendersNothing() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        let pages = await preview.store.current().files.keys.filter { $0.hasSuffix(".html") }
        // Overriding one template of the built-in theme lays out every page again.
        let base = try String(contentsOf: PreviewFixture.repositoryRoot().appendingPathComponent("Theme/templates/base.mustache"), encoding: .utf8)
        try fixture.write("templates/base.mustache", base.replacingOccurrences(of: "</body>", with: "<!-- edited --></body>"))
        let result = await preview.rebuild()
        let counts = try #require(result.counts)
        #expect(counts.parsed == 0)
        #expect(counts.rendered == 0)
        #expect(counts.compiled == 0)
        #expect(counts.laidOut >= pages.count)
        #expect(Set(pages).isSubset(of: Set(result.changedPaths)))
    }

    @Test func unchangedSourcesNeedNoReload() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        let result = await preview.rebuild()
        let counts = try #require(result.counts)
        let work: [Int] = [counts.parsed, counts.rendered, counts.compiled, counts.cached, counts.laidOut]
        #expect(work == [0, 0, 0, 0, 0])
        #expect(result.changedPaths.isEmpty)
        #expect(!result.needsReload)
    }

    @Test func staticFileChangeIsServedAfterRebuild() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        let theme = try String(contentsOf: PreviewFixture.repositoryRoot().appendingPathComponent("Theme/assets/style.css"), encoding: .utf8)
        try fixture.write("templates/assets/style.css", theme + "\n/* edited */\n")
        let result = await preview.rebuild()
        #expect(result.changedPaths == ["assets/style.css"])
        let served = try #require(await preview.store.current().files["assets/style.css"])
        #expect(String(buffer: served.body).hasSuffix("/* edited */\n"))
    }

    @Test func brokenArticleShowsTheOverlayUntilFixed() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)
        let app = Application(responder: PreviewResponder(store: preview.store, hub: preview.hub))
        let article = "content/posts/2026-01-05-second.md"
        let original = try fixture.read(article)
        try fixture.write(article, original.replacingOccurrences(of: "title: Second thoughts", with: "title: Second thoughts\ncolour: blue"))
        let broken = await preview.rebuild()
        #expect(!broken.succeeded)
        let diagnostic = try #require(broken.diagnostics.first)
        #expect(diagnostic.file == article)
        #expect(broken.needsReload)
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/blog/posts/first/", method: .get)
            #expect(page.status == .internalServerError)
            let html = String(buffer: page.body)
            #expect(html.contains("\(article):\(diagnostic.line):\(diagnostic.column)"))
            #expect(html.contains(LiveReloadScript.eventsPath))
            let css = try await client.execute(uri: "/blog/assets/style.css", method: .get)
            #expect(css.status == .ok)
        }
        try fixture.write(article, original)
        let fixed = await preview.rebuild()
        #expect(fixed.succeeded)
        #expect(fixed.fixed && fixed.needsReload)
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/blog/posts/first/", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("First steps"))
        }
    }
}

@Suite struct HeadingRenameTests {
    @Test func aRenamedHeadingBreaksTheLinksToItUntilRestored() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)

        try fixture.edit("content/posts/2026-01-05-second.md", replacing: "## Details", with: "## Particulars")
        let broken = await preview.rebuild()
        #expect(broken.diagnostics.map(\.description) == [
            "content/posts/2026-01-02-first.md:8:63: error: `2026-01-05-second.md` has no heading with id `details`",
        ])

        try fixture.edit("content/posts/2026-01-05-second.md", replacing: "## Particulars", with: "## Details")
        let restored = await preview.rebuild()
        #expect(restored.fixed)
    }

    @Test func aHeadingEditKeepingItsIdRerendersOnlyItsPage() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)

        try fixture.edit("content/posts/2026-01-05-second.md", replacing: "## Details", with: "## Details!")
        let counts = try #require(await preview.rebuild().counts)
        #expect(counts.parsed == 1)
        #expect(counts.rendered == 1)  // the linking page's link still resolves to the same URL
    }
}
