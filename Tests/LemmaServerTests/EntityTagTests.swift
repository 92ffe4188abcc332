import NIOCore
import Testing
@testable import LemmaServer

@Suite("Entity tags")
struct EntityTagTests {
    @Test func strongTagsDependOnTheBytesOnly() {
        let a = EntityTag.strong(for: ByteBuffer(string: "<p>hello</p>"))
        #expect(a == EntityTag.strong(for: ByteBuffer(string: "<p>hello</p>")))
        #expect(a != EntityTag.strong(for: ByteBuffer(string: "<p>hellp</p>")))
        #expect(a.hasPrefix("\"") && a.hasSuffix("\"") && !a.hasPrefix("W/"))
        // FNV-1a of the empty input is its offset basis.
        #expect(EntityTag.strong(for: ByteBuffer()) == "\"cbf29ce484222325-0\"")
    }

    @Test(arguments: [
        ("\"abc-1\"", true), ("W/\"abc-1\"", true), ("\"x\", \"abc-1\"", true), ("*", true),
        ("\"abc-2\"", false), ("abc-1", false), ("", false),
    ])
    func ifNoneMatch(_ header: String, _ matches: Bool) {
        #expect(EntityTag.matches(ifNoneMatch: header, etag: "\"abc-1\"") == matches)
    }
}
