import Foundation
import LemmaSite
import Testing
@testable import LemmaServer

/// Whole-site builds with executable examples: what reaches the page, what fails the build,
/// and how much an edit re-runs (asserted by counts). Serialized: one test edits the library
/// every copy of the fixture links.
@Suite(.serialized) struct SiteExamplesTests {
    static let numbers = "content/posts/2026-01-01-numbers.md"
    static let other = "content/posts/2026-01-02-other.md"

    func page(_ preview: SitePreview, _ path: String) async throws -> String {
        let file = try #require(await preview.store.current().files[path])
        return String(buffer: file.body)
    }

    func bytes(_ file: OutputFile) -> [UInt8] {
        switch file.contents {
        case .text(let text): Array(text.utf8)
        case .copy(let source): Array(source.utf8)
        }
    }

    @Test func outputsInlineValuesChartsTablesAndClaimsReachThePage() async throws {
        let fixture = try ExamplesFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        let result = await preview.rebuild()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.counts?.compiled == 2)

        let html = try await page(preview, "posts/numbers/index.html")
        #expect(html.contains("The total starts at <span class=\"inline-value\">40</span>."))
        #expect(!html.contains("struct Bars"))  // the hidden setup cell leaves no markup…
        // …and the automatic summary is the prose, with inline values as computed.
        #expect(html.contains(
            "<meta name=\"description\" content=\"Setup that the reader never sees: The total starts at 40. Prose after the cell.\">"))
        #expect(html.contains("<pre class=\"cell-output\">total: 42\n</pre>"))
        #expect(html.contains(
            "<figure class=\"chart\"><svg viewBox=\"0 0 3 1\"><rect width=\"3\" height=\"1\"/></svg><figcaption>Three bars</figcaption></figure>"))
        #expect(html.contains("<figure class=\"table\"><table><tr><td>42</td></tr></table></figure>"))
        #expect(html.contains("<p class=\"claim pass\">✓ the total is the library's answer</p>"))

        let claims = try await page(preview, "claims/index.html")
        #expect(claims.contains("content/posts/2026-01-01-numbers.md:25:1"))
        #expect(claims.contains("content/posts/2026-01-02-other.md:8:1"))
        #expect(claims.contains("twice the answer"))
        #expect(claims.contains("84.0"))
        // Margins: the approximate claim used none of its tolerance; a condition has no margin.
        #expect(claims.contains("<td class=\"value\">84.0</td><td class=\"margin\">0%</td></tr>"))
        #expect(claims.contains("<td class=\"margin\">—</td>"))
    }

    @Test func aFailingClaimFailsTheBuildAtItsPositionUntilFixed() async throws {
        let fixture = try ExamplesFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)

        try fixture.edit(Self.numbers, replacing: "total == fixtureAnswer", with: "total == fixtureAnswer + 1")
        let broken = await preview.rebuild()
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.map(\.description) == [
            "content/posts/2026-01-01-numbers.md:25:1: error: claim failed: the total is the library's answer",
        ])

        try fixture.edit(Self.numbers, replacing: "total == fixtureAnswer + 1", with: "total == fixtureAnswer")
        let fixed = await preview.rebuild()
        #expect(fixed.fixed)
        // The program is the one that ran first: the preview still holds its result.
        #expect(fixed.counts?.compiled == 0)
        #expect(fixed.counts?.cached == 0)
    }

    @Test func aCodeEditRerunsOnlyThatArticleAndProseRerunsNothing() async throws {
        let fixture = try ExamplesFixture()
        defer { fixture.remove() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)

        try fixture.edit(Self.other, replacing: "let doubled", with: "print(\"edited\")\nlet doubled")
        let code = try #require(await preview.rebuild().counts)
        #expect(code.compiled == 1)
        #expect(code.cached == 0)
        #expect(code.rendered == 1)
        #expect(try await page(preview, "posts/other/index.html").contains("edited"))

        try fixture.edit(Self.numbers, replacing: "Prose after the cell.", with: "Different prose after the cell.")
        let prose = try #require(await preview.rebuild().counts)
        #expect(prose.compiled == 0)
        #expect(prose.cached == 0)
        #expect(prose.rendered == 1)
    }

    @Test func aLibraryEditRerunsEveryArticleThatImportsIt() async throws {
        let fixture = try ExamplesFixture()
        defer { fixture.remove() }
        defer { try? ExamplesFixture.writePackage() }
        let preview = SitePreview(options: fixture.options)
        #expect(await preview.rebuild().succeeded)

        try ExamplesFixture.writeIfChanged(
            "public let fixtureAnswer = 42  // edited\n", to: ExamplesFixture.librarySource)
        let result = await preview.rebuild(libraryChanged: true)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.counts?.compiled == 2)
        #expect(result.counts?.cached == 0)
    }

    @Test func twoUncachedBuildsAreByteIdentical() async throws {
        let fixture = try ExamplesFixture()
        defer { fixture.remove() }
        var options = fixture.options
        options.useCache = false
        let first = try await SiteBuilder(options: options).build()
        let second = try await SiteBuilder(options: options).build()
        #expect(first.counts.compiled == 2 && second.counts.compiled == 2)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(bytes) == second.files.map(bytes))
    }
}
