import Testing
@testable import LemmaServer

@Suite("Media types")
struct MediaTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("chart.svg", "image/svg+xml"),
        ("sitemap.xml", "application/xml"), ("feed.xml", "application/atom+xml"),
        ("data.json", "application/json"), ("font.woff2", "font/woff2"), ("logo.PNG", "image/png"),
        ("robots.txt", "text/plain; charset=utf-8"), ("blob", "application/octet-stream"),
        ("dir.d/file", "application/octet-stream"), ("zh/feed.xml", "application/atom+xml"),
        ("notafeed.xml", "application/xml"),
    ])
    func types(_ path: String, _ expected: String) {
        #expect(LemmaServer.MediaType.forPath(path) == expected)
    }
}
