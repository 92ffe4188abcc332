import Hummingbird
import HummingbirdTesting
import LemmaDiagnostics
import Testing
@testable import LemmaServer

/// The responder in-process, over a snapshot made by hand.
@Suite("Static responses")
struct PreviewResponderTests {
    static let secret = "root:x:0:0:root:/root:/bin/bash"

    static func snapshot(basePath: String = "/", diagnostics: [Diagnostic] = []) -> SiteSnapshot {
        let texts: [String: String] = [
            "index.html": "<!DOCTYPE html><title>Home</title><body>home</body>",
            "posts/first/index.html": "<!DOCTYPE html><title>First</title><body>first</body>",
            "404.html": "<!DOCTYPE html><title>Not found</title><body>custom 404 page</body>",
            "assets/style.css": "body { color: black }",
            "assets/app.js": "console.log(1)",
            "img/dot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "feed.xml": "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
            "sitemap.xml": "<urlset/>",
            "data.json": "{}",
            "robots.txt": "User-agent: *",
        ]
        var files = texts.reduce(into: [String: ServedFile]()) { $0[$1.key] = ServedFile(text: $1.value, path: $1.key) }
        files["fonts/math.woff2"] = ServedFile(bytes: [0x77, 0x4F, 0x46, 0x32, 0, 1], path: "fonts/math.woff2")
        files["img/pixel.png"] = ServedFile(bytes: [0x89, 0x50, 0x4E, 0x47], path: "img/pixel.png")
        return SiteSnapshot(files: files, basePath: basePath, diagnostics: diagnostics)
    }

    static func app(_ snapshot: SiteSnapshot) -> some ApplicationProtocol {
        Application(responder: PreviewResponder(store: SiteStore(serving: snapshot), hub: ReloadHub()))
    }

    @Test(arguments: [
        ("/", "text/html; charset=utf-8"), ("/posts/first/", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"), ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/img/dot.svg", "image/svg+xml"), ("/feed.xml", "application/atom+xml"),
        ("/sitemap.xml", "application/xml"), ("/data.json", "application/json"),
        ("/fonts/math.woff2", "font/woff2"), ("/img/pixel.png", "image/png"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ])
    func contentTypes(_ path: String, _ type: String) async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == type)
            #expect(response.headers[.eTag] != nil)
            #expect(response.headers[.contentLength] == String(response.body.readableBytes))
        }
    }

    @Test func folderIndexAndRedirects() async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let page = try await client.execute(uri: "/posts/first/", method: .get)
            #expect(String(buffer: page.body).contains("first"))
            let bare = try await client.execute(uri: "/posts/first?x=1", method: .get)
            #expect(bare.status == .movedPermanently)
            #expect(bare.headers[.location] == "/posts/first/?x=1")
            let query = try await client.execute(uri: "/assets/style.css?v=3", method: .get)
            #expect(query.status == .ok)
        }
    }

    @Test func notModifiedWhenTheTagMatches() async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(again.headers[.eTag] == tag)
            let listed = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\", W/\(tag)"])
            #expect(listed.status == .notModified)
            let stale = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"stale\""])
            #expect(stale.status == .ok)
            #expect(String(buffer: stale.body) == "body { color: black }")
        }
    }

    @Test func headSendsHeadersWithoutBody() async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let get = try await client.execute(uri: "/posts/first/", method: .get)
            let head = try await client.execute(uri: "/posts/first/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
            let missing = try await client.execute(uri: "/nope/", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.body.readableBytes == 0)
        }
    }

    @Test func missingPagesGetTheSite404Page() async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            for path in ["/nope/", "/posts/nope", "/assets/missing.css", "/index.htm"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(String(buffer: response.body).contains("custom 404 page"), "\(path)")
            }
        }
    }

    @Test func otherMethodsAreRefused() async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .post)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func basePathIsHonoured() async throws {
        try await Self.app(Self.snapshot(basePath: "/blog/")).test(.router) { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .found)
            #expect(root.headers[.location] == "/blog/")
            let bare = try await client.execute(uri: "/blog", method: .get)
            #expect(bare.headers[.location] == "/blog/")
            let home = try await client.execute(uri: "/blog/", method: .get)
            #expect(String(buffer: home.body).contains("home"))
            let css = try await client.execute(uri: "/blog/assets/style.css", method: .get)
            #expect(css.status == .ok)
            let outside = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(outside.status == .notFound)
        }
    }

    @Test func brokenBuildShowsTheOverlayForPagesOnly() async throws {
        let problem = Diagnostic(file: "content/posts/x.md", line: 7, column: 3, stage: "math", message: "unknown command \\foo <b>")
        try await Self.app(Self.snapshot(diagnostics: [problem])).test(.router) { client in
            for path in ["/", "/posts/first/", "/nope/", "/posts/first"] {
                let page = try await client.execute(uri: path, method: .get)
                #expect(page.status == .internalServerError, "\(path)")
                let html = String(buffer: page.body)
                #expect(html.contains("content/posts/x.md:7:3"))
                #expect(html.contains("unknown command \\foo &lt;b&gt;"))
                #expect(html.contains(LiveReloadScript.eventsPath))
            }
            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(css.status == .ok)
        }
    }

    /// Requests that try to leave the site: every one is refused (400) or missing (404), and
    /// none returns a file's contents other than the site's own 404 page.
    @Test(arguments: [
        "/../etc/passwd", "/../../../../../../etc/passwd", "/..%2fetc%2fpasswd", "/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd", "/%252e%252e/etc/passwd", "/..%252f..%252fetc/passwd",
        "/posts/../../etc/passwd", "/posts/%2e%2e/%2e%2e/etc/passwd", "/posts/..%5c..%5cetc%5cpasswd",
        "/..\\..\\etc\\passwd", "//etc/passwd", "/posts//../../etc/passwd", "/etc/passwd%00.html",
        "/index.html%00", "/%00", "/./index.html", "/%2e/index.html", "/.%2e/.%2e/etc/passwd",
        "/%2e./etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "/%e0%80%ae%e0%80%ae/etc/passwd",
        "/..%c0%af../etc/passwd", "/%uff0e%uff0e/etc/passwd", "/%ef%bc%8e%ef%bc%8e/etc/passwd",
        "etc/passwd", "/C:/Windows/win.ini", "/file:///etc/passwd", "/%2fetc%2fpasswd",
        "/posts/first/..%2f..%2f..%2fetc%2fpasswd", "/....//....//etc/passwd", "/.../etc/passwd",
        "/%%32%65%%32%65/etc/passwd", "/index.html%2500", "/..%00/etc/passwd", "/%0a/index.html",
        "/posts%2f..%2f..%2fetc/passwd", "/..;/etc/passwd", "http://evil.example/../../etc/passwd",
        "/%5c..%5c..%5cetc%5cpasswd", "/assets/../../../proc/self/environ", "/.%00./etc/passwd",
    ])
    func traversalIsRefused(_ path: String) async throws {
        try await Self.app(Self.snapshot()).test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .badRequest || response.status == .notFound, "\(path) → \(response.status)")
            let body = String(buffer: response.body)
            #expect(!body.contains(Self.secret))
            #expect(!body.contains("home") && !body.contains("first"), "\(path) served a site page")
        }
    }
}
