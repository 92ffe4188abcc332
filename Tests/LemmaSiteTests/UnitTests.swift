import Foundation
import Testing
@testable import LemmaSite

@Suite("Dates")
struct ContentDateTests {
    @Test func plainDay() throws {
        let date = try ContentDate.parse("2024-02-29").get()
        #expect(date.rfc3339 == "2024-02-29T00:00:00Z")
        #expect(date.longEnglish == "February 29, 2024")
    }

    @Test func offsetsAreNormalisedToUTC() throws {
        #expect(try ContentDate.parse("2026-03-01T02:00:00+08:00").get().rfc3339 == "2026-02-28T18:00:00Z")
        #expect(try ContentDate.parse("2026-03-14T09:30:00.250Z").get().rfc3339 == "2026-03-14T09:30:00Z")
    }

    @Test(arguments: ["2023-02-29", "2026-04-31", "2026-00-10", "2026-01-01T24:00:00Z"])
    func impossible(_ text: String) {
        #expect(ContentDate.parse(text).failureValue == .impossible)
    }

    @Test(arguments: ["26-01-01", "2026/01/01", "2026-01-01T10", "2026-01-01Z", "2026-01-01T10:00+0800"])
    func malformed(_ text: String) {
        #expect(ContentDate.parse(text).failureValue == .format)
    }

    @Test func epochMatchesFoundation() throws {
        let date = try ContentDate.parse("1999-12-31T23:59:59Z").get()
        #expect(date.epochSeconds == 946_684_799)
    }
}

@Suite("Slugs and file names")
struct SlugTests {
    @Test func slugs() {
        #expect(Slug.make("RoPE & Long Context") == "rope-long-context")
        #expect(Slug.make("位置编码 RoPE") == "位置编码-rope")
        #expect(Slug.make("  --  ") == "")
    }

    @Test func datePrefixIsDropped() {
        #expect(ContentLoader.slug(fromFileName: "content/posts/2026-03-14-ntk-scaling.md") == "ntk-scaling")
        #expect(ContentLoader.slug(fromFileName: "content/posts/2026-13-14-odd.md") == "2026-13-14-odd")
        #expect(ContentLoader.slug(fromFileName: "content/pages/about.md") == "about")
    }

    @Test(arguments: ["..", "../x", "a/b", ".hidden", "", "a\\b"])
    func unsafe(_ slug: String) {
        #expect(!Slug.isSafe(slug))
    }
}

@Suite("Configuration")
struct SiteConfigTests {
    @Test func fullConfiguration() throws {
        let config = try SiteConfig.parse("""
            title: T
            base_url: https://example.org/blog
            math: mathjax
            macros: { R: "\\\\mathbb{R}" }
            examples:
              products: [Lab]
              timeout: 5
              output_limit: 1MB
              memory_limit: 512MB
            """, file: "lemma.yml")
        #expect(config.baseURL == "https://example.org/blog/")
        #expect(config.basePath == "/blog/")
        #expect(config.math == .mathjax)
        #expect(config.macros == ["R": "\\mathbb{R}"])
        #expect(config.examples.products == ["Lab"])
        #expect(config.examples.timeout == 5)
        #expect(config.examples.outputLimit == 1 << 20)
        #expect(config.examples.memoryLimit == 512 << 20)
    }

    @Test func unknownExampleKey() {
        #expect(throws: (any Error).self) {
            try SiteConfig.parse("title: T\nbase_url: https://x.org/\nexamples:\n  product: [Lab]\n", file: "lemma.yml")
        }
        do {
            _ = try SiteConfig.parse("title: T\nbase_url: https://x.org/\nexamples:\n  product: [Lab]\n", file: "lemma.yml")
        } catch {
            #expect(error.description == "lemma.yml:4:3: error: unknown key `product` in examples\nlemma.yml:4:3: note: did you mean `products`?")
        }
    }

    @Test func relativeBaseURLIsRejected() {
        do {
            _ = try SiteConfig.parse("title: T\nbase_url: /blog/\n", file: "lemma.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "lemma.yml:2:11: error: `base_url` must be an absolute http(s) URL")
        }
    }
}

@Suite("Links")
struct LinkResolverTests {
    let resolver = LinkResolver(
        pages: ["content/posts/a.md": "posts/a/", "content/pages/about.md": "about/"],
        anchors: ["content/posts/a.md": ["intro", "位置编码"], "content/pages/about.md": []],
        files: ["content/img/x.png": "img/x.png"], basePath: "/blog/")

    @Test func resolves() {
        #expect(resolver.resolve("a.md#intro", from: "content/posts/b.md") == .url("/blog/posts/a/#intro"))
        #expect(resolver.resolve("../pages/about.md", from: "content/posts/b.md") == .url("/blog/about/"))
        #expect(resolver.resolve("a.md#%E4%BD%8D%E7%BD%AE%E7%BC%96%E7%A0%81", from: "content/posts/b.md")
            == .url("/blog/posts/a/#%E4%BD%8D%E7%BD%AE%E7%BC%96%E7%A0%81"))
        #expect(resolver.resolve("../img/x.png", from: "content/posts/b.md") == .url("/blog/img/x.png"))
        #expect(resolver.resolve("/tags/", from: "content/posts/b.md") == .url("/blog/tags/"))
        #expect(resolver.resolve("https://arxiv.org/abs/2302.06675", from: "content/posts/b.md") == .unchanged)
        #expect(resolver.resolve("mailto:a@b.c", from: "content/posts/b.md") == .unchanged)
        #expect(resolver.resolve("#intro", from: "content/posts/a.md") == .unchanged)
    }

    @Test func broken() {
        #expect(resolver.resolve("../../../etc/passwd", from: "content/posts/b.md") == .broken("link `../../../etc/passwd` leaves the content folder"))
        #expect(resolver.resolve("#nope", from: "content/posts/a.md") == .broken("no heading with id `nope` on this page"))
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

@Suite("Source files")
struct SourceFileTests {
    @Test func crlfFrontMatterIsSplit() throws {
        let file = try SourceFile.read(Data("---\r\ntitle: T\r\n---\r\nBody\r\n".utf8), path: "content/pages/p.md")
        #expect(file.frontMatter == "title: T\r\n")
        #expect(file.body == "Body\r\n")
        #expect(file.bodyFirstLine == 4)
    }

    @Test func equalityIsByteForByte() throws {
        let composed = try SourceFile.read(Data("---\ntitle: T\n---\ncaf\u{E9}\n".utf8), path: "p.md")
        let decomposed = try SourceFile.read(Data("---\ntitle: T\n---\ncafe\u{301}\n".utf8), path: "p.md")
        #expect(composed.body == decomposed.body)  // canonically equivalent strings…
        #expect(composed != decomposed)            // …are different sources
        #expect(composed == (try SourceFile.read(Data("---\ntitle: T\n---\ncaf\u{E9}\n".utf8), path: "p.md")))
    }
}

@Suite("File tree")
struct FileTreeTests {
    @Test func listsRegularFilesFollowingLinksOnce() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("lemma-tree-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent("a/b/one.md"))
        try Data().write(to: root.appendingPathComponent("a/.hidden"))
        try Data().write(to: root.appendingPathComponent("top.md"))
        try manager.createSymbolicLink(at: root.appendingPathComponent("a/loop"), withDestinationURL: root)
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("linked.md"), withDestinationURL: root.appendingPathComponent("top.md"))
        var files: [String] = []
        FileTree.collectFiles(in: root.path, named: "content", into: &files)
        #expect(files.sorted() == ["content/a/b/one.md", "content/linked.md", "content/top.md"])
    }
}
