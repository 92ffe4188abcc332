import Testing
@testable import LemmaServer

@Suite("Request paths")
struct RequestPathTests {
    @Test(arguments: [
        ("/", "/", RequestPath.site("")),
        ("/posts/first/", "/", .site("posts/first/")),
        ("/assets/style.css", "/", .site("assets/style.css")),
        ("/blog/", "/blog/", .site("")),
        ("/blog/posts/x/", "/blog/", .site("posts/x/")),
        ("/blog", "/blog/", .outsideBase),
        ("/", "/blog/", .outsideBase),
        ("/posts/x/", "/blog/", .outsideBase),
        ("/tags/long%20context/", "/", .site("tags/long context/")),
        ("/zh/posts/%E7%AC%AC/", "/", .site("zh/posts/第/")),
        ("/%62log/x", "/blog/", .site("x")),
    ])
    func accepted(_ raw: String, _ base: String, _ expected: RequestPath) {
        #expect(RequestPath.resolve(Substring(raw), basePath: base) == expected)
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/etc/passwd", "/..%2fetc%2fpasswd", "/%252e%252e/etc/passwd",
        "//etc/passwd", "/a\\..\\b", "/index.html%00", "/%00", "/./index.html", "/.../x",
        "/%c0%ae%c0%ae/x", "/%2", "/%zz", "/C:/x", "etc/passwd", "", "/a//b", "/%0a", "/x%7f",
    ])
    func refused(_ raw: String) {
        #expect(RequestPath.resolve(Substring(raw), basePath: "/") == .invalid)
    }

    @Test func encodedSlashStaysInsideItsSegment() {
        #expect(RequestPath.decodeSegment("a%2Fb") == "a/b")
        #expect(RequestPath.isAcceptable("a/b") == false)
        #expect(RequestPath.resolve("/blog%2f..%2fsecret", basePath: "/blog/") == .invalid)
    }
}
