import Foundation
import LemmaDiagnostics
import Testing
@testable import LemmaSite

@Suite("Building a site")
struct SiteBuildTests {
    @Test("every page kind is written at the contract's URLs")
    func pagesAtTheirURLs() async throws {
        let site = try FixtureSite()
        let report = try await SiteBuilder(options: site.options()).build()
        #expect(report.articleCount == 3)
        for path in [
            "index.html", "page/2/index.html", "posts/first/index.html", "posts/second/index.html",
            "zh/posts/first/index.html", "zh/index.html", "about/index.html", "tags/index.html",
            "tags/rope/index.html", "tags/long-context/index.html", "archive/index.html",
            "claims/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
            "img/dot.svg", "assets/style.css",
        ] {
            #expect(site.exists("site/\(path)"), "missing \(path)")
        }
        #expect(!site.exists("site/posts/unfinished/index.html"), "drafts are skipped")
    }

    @Test("_index.LANG.md introduces the home page of that language")
    func homeIntroductionPerLanguage() async throws {
        let site = try FixtureSite()
        try site.write("content/_index.zh.md", "---\ntitle: 首页\n---\n这里是中文首页的介绍。\n")
        try site.write("content/_index.fr.md", "---\ntitle: Accueil\n---\nBienvenue.\n")
        _ = try await site.build().get()
        #expect(try site.read("site/zh/index.html").contains("这里是中文首页的介绍。"))
        #expect(!(try site.read("site/index.html")).contains("这里是中文首页的介绍。"))
        #expect(try site.read("site/fr/index.html").contains("Bienvenue."), "a home introduction alone makes /fr/")
        try site.write("content/_index.zh.md", "---\ntitle: 首页\nlang: en\n---\nText.\n")
        #expect(await site.errors() == [
            "content/_index.zh.md:3:7: error: `lang: en` contradicts the file name, which makes this the `zh` home page\ncontent/_index.zh.md:3:7: note: remove `lang`, or rename the file to _index.en.md",
        ])
    }

    @Test("drafts are built with --drafts")
    func draftsWhenAsked() async throws {
        let site = try FixtureSite()
        _ = try await site.build(drafts: true).get()
        #expect(site.exists("site/posts/unfinished/index.html"))
    }

    @Test("a base_url sub-path prefixes every internal link")
    func basePath() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        for (path, data) in try site.snapshotOutput() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for attribute in ["href=\"/", "src=\"/"] {
                var rest = html[...]
                while let range = rest.range(of: attribute) {
                    let after = rest[range.upperBound...]
                    #expect(after.hasPrefix("blog/"), "\(path): \(attribute)\(after.prefix(30))")
                    rest = after
                }
            }
        }
        let article = try site.read("site/posts/first/index.html")
        #expect(article.contains("href=\"/blog/posts/second/#details\""))
        #expect(article.contains("src=\"/blog/img/dot.svg\""))
        #expect(try site.read("site/about/index.html").contains("href=\"/blog/archive/\""))
        #expect(try site.read("site/robots.txt").contains("Sitemap: https://example.org/blog/sitemap.xml"))
        #expect(try site.read("site/feed.xml").contains("<link href=\"https://example.org/blog/posts/second/\"/>"))
    }

    @Test("translations link to each other both ways with hreflang")
    func translations() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        let english = try site.read("site/posts/first/index.html")
        let chinese = try site.read("site/zh/posts/first/index.html")
        #expect(english.contains("hreflang=\"zh\" href=\"/blog/zh/posts/first/\""))
        #expect(chinese.contains("hreflang=\"en\" href=\"/blog/posts/first/\""))
        #expect(chinese.contains("<html lang=\"zh\">"))
    }

    @Test("the feed's updated time comes from the newest post")
    func feedUpdated() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        let feed = try site.read("site/feed.xml")
        #expect(feed.contains("<updated>2026-01-05T01:30:00Z</updated>"))
    }

    @Test("two builds of the same input are byte-identical")
    func determinism() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        let first = try site.snapshotOutput()
        _ = try await site.build().get()
        #expect(try site.snapshotOutput() == first)
        let other = try FixtureSite()
        _ = try await other.build().get()
        #expect(try other.snapshotOutput() == first, "a second copy of the site gives the same bytes")
    }

    @Test("a failed build leaves the previous site byte-identical")
    func atomicSwap() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        let before = try site.snapshotOutput()
        try site.write("content/posts/2026-02-01-broken.md", "---\ntitle: Broken\ndate: 2026-02-30\n---\nText.\n")
        guard case .failure = await site.build() else {
            Issue.record("a build with an impossible date must fail")
            return
        }
        #expect(try site.snapshotOutput() == before)
    }

    @Test("files of removed articles disappear")
    func staleFiles() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        #expect(site.exists("site/posts/second/index.html"))
        try site.remove("content/posts/2026-01-05-second.md")
        try site.write("content/posts/2026-01-02-first.md", try site.read("content/posts/2026-01-02-first.md")
            .replacingOccurrences(of: "[link to the second](2026-01-05-second.md#details)", with: "no link"))
        _ = try await site.build().get()
        #expect(!site.exists("site/posts/second/index.html"))
    }

    @Test("lemma refuses to replace a folder it did not write")
    func refusesForeignOutput() async throws {
        let site = try FixtureSite()
        try site.write("site/precious.txt", "keep me")
        let errors = await { () async -> [String] in
            if case .failure(let list) = await site.build() { return list.diagnostics.map(\.description) }
            return []
        }()
        #expect(errors == ["site:1:1: error: refusing to replace site: it was not written by lemma\nsite:1:1: note: choose another --output, or remove the folder yourself"])
        #expect(try site.read("site/precious.txt") == "keep me")
    }

    @Test("check writes nothing")
    func checkWritesNothing() async throws {
        let site = try FixtureSite()
        _ = try await site.build(writes: false).get()
        #expect(!site.exists("site"))
    }

    @Test("reading time counts Chinese characters")
    func readingTime() {
        #expect(ReadingTime.minutes(String(repeating: "word ", count: 440)) == 2)
        #expect(ReadingTime.minutes(String(repeating: "字", count: 1200)) == 3)
        #expect(ReadingTime.minutes("") == 1)
    }

    @Test("article page snapshot")
    func articleSnapshot() async throws {
        let site = try FixtureSite()
        _ = try await site.build().get()
        let main = Snapshot.main(of: try site.read("site/posts/first/index.html"))
        #expect(try Snapshot.matches(main, named: "first-article.html"))
    }
}
