import Foundation
import Testing
@testable import LemmaSite

/// The built-in theme: compiled in from `Theme/`, overridable one template or asset at a time,
/// and ejectable for customising.
@Suite struct ThemeTests {
    @Test func theCompiledThemeIsTheThemeFolder() throws {
        let theme = FixtureSite.repository.appendingPathComponent("Theme")
        let names = try FileManager.default.contentsOfDirectory(atPath: theme.appendingPathComponent("templates").path)
        #expect(Set(names.map { String($0.dropLast(".mustache".count)) }) == Set(DefaultTheme.templates.keys))
        for name in names {
            let text = try String(contentsOf: theme.appendingPathComponent("templates/\(name)"), encoding: .utf8)
            #expect(DefaultTheme.templates[String(name.dropLast(".mustache".count))] == text,
                    "Theme/templates/\(name) changed: run Scripts/embed.py")
        }
        let assets = try FileManager.default.contentsOfDirectory(atPath: theme.appendingPathComponent("assets").path)
        #expect(Set(assets) == Set(DefaultTheme.assets.keys))
        for name in assets {
            let text = try String(contentsOf: theme.appendingPathComponent("assets/\(name)"), encoding: .utf8)
            #expect(DefaultTheme.assets[name] == text, "Theme/assets/\(name) changed: run Scripts/embed.py")
        }
    }

    @Test func aSiteWithoutTemplatesBuildsWithTheBuiltInTheme() async throws {
        let site = try FixtureSite()
        #expect(!site.exists("templates"))
        _ = try await site.build().get()
        #expect(try site.read("site/assets/style.css") == DefaultTheme.assets["style.css"])
        #expect(try site.read("site/about/index.html").contains("rel=\"stylesheet\""))
    }

    @Test func oneTemplateAndOneAssetOverrideTheirNamesakesOnly() async throws {
        let site = try FixtureSite()
        let page = try #require(DefaultTheme.templates["page"])
        try site.write("templates/page.mustache", page.replacingOccurrences(of: "{{$main}}", with: "{{$main}}<p>own page template</p>"))
        try site.write("templates/assets/style.css", "body { color: red; }\\n")
        try site.write("templates/assets/extra.css", "p { margin: 0; }\\n")
        _ = try await site.build().get()
        #expect(try site.read("site/about/index.html").contains("<p>own page template</p>"))
        #expect(!(try site.read("site/posts/first/index.html")).contains("own page template"))
        #expect(try site.read("site/assets/style.css") == "body { color: red; }\\n")
        #expect(try site.read("site/assets/math.css") == DefaultTheme.assets["math.css"])
        #expect(site.exists("site/assets/extra.css"))
    }

    @Test func ejectWritesTheThemeAndNeverOverwrites() throws {
        let site = try FixtureSite()
        try site.write("templates/page.mustache", "mine\\n")
        let result = try DefaultTheme.eject(root: site.root)
        #expect(result.skipped == ["templates/page.mustache"])
        #expect(result.written.count == DefaultTheme.templates.count + DefaultTheme.assets.count - 1)
        #expect(try site.read("templates/page.mustache") == "mine\\n")
        #expect(try site.read("templates/article.mustache") == DefaultTheme.templates["article"])
        #expect(try site.read("templates/assets/style.css") == DefaultTheme.assets["style.css"])
    }
}
