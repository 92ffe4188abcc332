import Foundation
import Testing
@testable import LemmaSite

/// Every bad input gets its exact, located diagnostic.
@Suite("Bad input diagnostics")
struct BadInputTests {
    /// Writes one extra post into the fixture blog and returns the build's diagnostics.
    func errors(adding text: String, as name: String = "content/posts/2026-02-01-bad.md") async throws -> [String] {
        let site = try FixtureSite()
        try site.write(name, text)
        return await site.errors()
    }

    @Test func missingFrontMatter() async throws {
        #expect(try await errors(adding: "Just text.\n") == [
            "content/posts/2026-02-01-bad.md:1:1: error: missing front matter\ncontent/posts/2026-02-01-bad.md:1:1: note: start the file with `---`, `title: …`, `date: YYYY-MM-DD`, `---`"
        ])
    }

    @Test func unclosedFrontMatter() async throws {
        #expect(try await errors(adding: "---\ntitle: Open\n\nText.\n") == [
            "content/posts/2026-02-01-bad.md:1:1: error: front matter is not closed\ncontent/posts/2026-02-01-bad.md:1:1: note: end it with a line `---`"
        ])
    }

    @Test func malformedYAML() async throws {
        let result = try await errors(adding: "---\ntitle: \"unclosed\ndate: 2026-01-01\n---\nText.\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("content/posts/2026-02-01-bad.md:4:1: error: malformed YAML: found unexpected end of stream") == true, "\(result)")
    }

    @Test func impossibleDate() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-02-30\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:3:7: error: impossible date `2026-02-30`"
        ])
    }

    @Test func unreadableDate() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: March 3\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:3:7: error: `date` must be YYYY-MM-DD or RFC 3339, not `March 3`"
        ])
    }

    @Test func missingDate() async throws {
        #expect(try await errors(adding: "---\ntitle: T\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:2:1: error: front matter needs a `date` (YYYY-MM-DD)"
        ])
    }

    @Test func missingTitle() async throws {
        #expect(try await errors(adding: "---\ndate: 2026-01-01\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:2:1: error: front matter needs a `title`"
        ])
    }

    @Test func unknownKey() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\ntgas: [a]\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:4:1: error: unknown key `tgas` in front matter\ncontent/posts/2026-02-01-bad.md:4:1: note: did you mean `tags`?"
        ])
    }

    @Test func duplicateSlug() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\nslug: second\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:4:7: error: duplicate slug `second` for language `en`: content/posts/2026-01-05-second.md has it too\ncontent/posts/2026-02-01-bad.md:4:7: note: set a different `slug:` in the front matter"
        ])
    }

    @Test func escapingSlug() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\nslug: ../../etc\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:4:7: error: `slug` `../../etc` would escape the output folder\ncontent/posts/2026-02-01-bad.md:4:7: note: use letters, digits, `-`, `_` and `.` only (no `/`, no leading `.`)"
        ])
    }

    @Test func aFileNameWithCJKAndSpacesGetsAURLSafeSlug() async throws {
        let site = try FixtureSite()
        try site.write("content/posts/中文 文章.md", "---\ntitle: 中文\ndate: 2026-01-01\n---\nText.\n")
        try site.write("content/posts/2026-02-02-What? Why #2!.md", "---\ntitle: Q\ndate: 2026-02-02\n---\nText.\n")
        let report = try await site.build(writes: false).get()
        let paths = Set(report.files.map(\.path))
        #expect(paths.contains("posts/中文-文章/index.html"))
        #expect(paths.contains("posts/What-Why-2/index.html"))
    }

    @Test func aFileNameWithoutLettersOrDigitsSaysSo() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\nText.\n", as: "content/posts/!!!.md") == [
            "content/posts/!!!.md:1:1: error: the file name gives no usable URL slug (it has no letters or digits)\ncontent/posts/!!!.md:1:1: note: rename the file, or set `slug:` in the front matter"
        ])
    }

    @Test func deeplyNestedMathIsALocatedErrorNotACrash() async throws {
        let braces = "$" + String(repeating: "{", count: 20_000) + "x" + String(repeating: "}", count: 20_000) + "$"
        let fractions = "$" + String(repeating: "\\frac{1}{", count: 3_000) + "x" + String(repeating: "}", count: 3_000) + "$"
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\(braces)\n\n\(fractions)\n") == [
            "content/posts/2026-02-01-bad.md:5:102: error: math nested deeper than 200 levels",
            "content/posts/2026-02-01-bad.md:7:899: error: math nested deeper than 200 levels",
        ])
    }

    @Test func mathNestedBelowTheLimitRenders() async throws {
        let nested = "$" + String(repeating: "{", count: 90) + "x" + String(repeating: "}", count: 90)
            + String(repeating: "\\frac{1}{", count: 60) + "y" + String(repeating: "}", count: 60) + "$"
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\(nested)\n") == [])
    }

    @Test func anUnclosedEnvironmentInProseIsAnError() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\nText.\n\n\\begin{equation}\nx = 1\n\nMore with \\begin{align*} x \\end{align*} inline.\n") == [
            "content/posts/2026-02-01-bad.md:7:1: error: \\begin{equation} is never closed, so it is not math\ncontent/posts/2026-02-01-bad.md:7:1: note: close it with \\end{equation} before the next blank line",
            "content/posts/2026-02-01-bad.md:10:11: error: \\begin{align*} inside a line of prose is not math\ncontent/posts/2026-02-01-bad.md:10:11: note: start the environment on a line of its own, or use $…$ for inline math",
        ])
    }

    @Test func aSecondOverInOneListIsAmbiguous() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\nSee $a \\over b \\over c$ but ${a \\over b} \\over c$.\n") == [
            "content/posts/2026-02-01-bad.md:5:16: error: ambiguous \\over: a list may have only one \\over, \\choose or \\atop; group one of them in { }"
        ])
    }

    @Test func notUTF8() async throws {
        let site = try FixtureSite()
        try site.write("content/posts/2026-02-01-bad.md", Data("---\ntitle: caf".utf8) + Data([0xFF]) + Data("\n---\n".utf8))
        #expect(await site.errors() == [
            "content/posts/2026-02-01-bad.md:2:11: error: file is not valid UTF-8 (byte 0xFF)\ncontent/posts/2026-02-01-bad.md:2:11: note: save the file as UTF-8"
        ])
    }

    @Test func emptyFile() async throws {
        #expect(try await errors(adding: "  \n\n") == ["content/posts/2026-02-01-bad.md:1:1: error: file is empty"])
    }

    @Test func unknownTranslation() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\nlang: zh\ntranslation_of: nothing\n---\nText.\n") == [
            "content/posts/2026-02-01-bad.md:5:17: error: `translation_of: nothing` names no post in another language"
        ])
    }

    @Test func markdownOutsidePostsAndPages() async throws {
        #expect(try await errors(adding: "# Hi\n", as: "content/notes.md") == [
            "content/notes.md:1:1: error: Markdown files belong in content/posts/ or content/pages/ (or content/_index.md for the home page, content/_index.LANG.md for /LANG/)"
        ])
    }

    @Test func brokenLink() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\nSee [this](nowhere.md).\n") == [
            "content/posts/2026-02-01-bad.md:6:5: error: link to `nowhere.md` matches no article or page (looked for content/posts/nowhere.md)"
        ])
    }

    @Test func brokenAnchor() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\n- item with [a link](2026-01-05-second.md#nowhere)\n") == [
            "content/posts/2026-02-01-bad.md:6:13: error: `2026-01-05-second.md` has no heading with id `nowhere`"
        ])
    }

    @Test func brokenSamePageAnchor() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\n## Real\n\n[up](#unreal)\n") == [
            "content/posts/2026-02-01-bad.md:8:1: error: no heading with id `unreal` on this page"
        ])
    }

    @Test func missingFile() async throws {
        #expect(try await errors(adding: "---\ntitle: T\ndate: 2026-01-01\n---\n\n![x](missing.png)\n") == [
            "content/posts/2026-02-01-bad.md:6:1: error: link to `missing.png` matches no file (looked for content/posts/missing.png)"
        ])
    }

    @Test func unknownConfigKey() async throws {
        let site = try FixtureSite()
        try site.write("content/lemma.yml", "title: X\nbase_url: https://x.org/\nmaths: mathml\n")
        #expect(await site.errors() == [
            "content/lemma.yml:3:1: error: unknown key `maths` in lemma.yml\ncontent/lemma.yml:3:1: note: did you mean `math`?"
        ])
    }

    @Test func badMathMode() async throws {
        let site = try FixtureSite()
        try site.write("content/lemma.yml", "title: X\nbase_url: https://x.org/\nmath: katex\n")
        #expect(await site.errors() == ["content/lemma.yml:3:7: error: `math` must be `mathml` or `mathjax`, not `katex`"])
    }

    @Test func aBrokenTemplateOverrideIsLocated() async throws {
        let site = try FixtureSite()
        try site.write("templates/tags.mustache", "<h1>Tags</h1>\n{{#tags}}\n<p>{{name}}</p>\n")
        let errors = await site.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("templates/tags.mustache:") == true, "\(errors)")
    }

    @Test func everyBadFileIsReportedInOneRun() async throws {
        let site = try FixtureSite()
        try site.write("content/posts/a.md", "no front matter\n")
        try site.write("content/posts/b.md", "---\ntitle: B\ndate: 2026-13-01\n---\n")
        #expect(await site.errors().count == 2)
    }
}
