import Foundation
import LemmaDiagnostics

/// Reads `content/` into a validated `SiteContent`, reporting every bad file at once.
struct ContentLoader {
    let root: URL
    let includeDrafts: Bool
    /// Front matter parsed by an earlier load, by source path; reused while its YAML is unchanged.
    var parsedFrontMatter: [String: ParsedFrontMatter] = [:]

    /// Loads and validates; throws every problem found as one `DiagnosticList`.
    func load() throws(DiagnosticList) -> SiteContent {
        let configPath = "content/lemma.yml"
        let config: SiteConfig
        do throws(Diagnostic) {
            guard let data = FileManager.default.contents(atPath: url(configPath).path) else {
                throw Diagnostic(
                    file: configPath, stage: "load", message: "no site configuration found",
                    hint: "create content/lemma.yml with at least `title:` and `base_url:`")
            }
            config = try SiteConfig.parse(try SourceFile.read(data, path: configPath).body, file: configPath)
        } catch {
            throw DiagnosticList([error])
        }

        var diagnostics: [Diagnostic] = []
        var markdown: [(path: String, kind: ContentItem.Kind, lang: String?)] = []
        var files: [(source: String, output: String)] = []
        for path in listFiles(under: "content") where path != configPath {
            let relative = String(path.dropFirst("content/".count))
            if relative.hasPrefix("static/") {
                files.append((path, String(relative.dropFirst("static/".count))))
                continue
            }
            guard path.hasSuffix(".md") else {
                files.append((path, relative))
                continue
            }
            let kind: ContentItem.Kind
            var fileLanguage: String?
            if relative == "_index.md" {
                kind = .home
            } else if let lang = Self.homeLanguage(relative) {
                kind = .home
                fileLanguage = lang
            } else if relative.hasPrefix("posts/") {
                kind = .post
            } else if relative.hasPrefix("pages/") {
                kind = .page
            } else {
                diagnostics.append(Diagnostic(
                    file: path, stage: "load",
                    message: "Markdown files belong in content/posts/ or content/pages/ (or content/_index.md for the home page, content/_index.LANG.md for /LANG/)"))
                continue
            }
            markdown.append((path, kind, fileLanguage))
        }
        var items: [ContentItem] = []
        let loaded = markdown.concurrentMap { file in
            Result { () throws(Diagnostic) in
                try loadItem(path: file.path, kind: file.kind, fileLanguage: file.lang, config: config)
            }
        }
        for result in loaded {
            switch result {
            case .success(let item): if let item { items.append(item) }
            case .failure(let error): diagnostics.append(error)
            }
        }
        diagnostics += checkSlugs(items)
        let translations = linkTranslations(items, diagnostics: &diagnostics)
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics.sorted(by: Self.order)) }

        let posts = items.filter { $0.kind == .post }.sorted { a, b in
            (a.date?.epochSeconds ?? 0, b.source.path) > (b.date?.epochSeconds ?? 0, a.source.path)
        }
        let pages = items.filter { $0.kind == .page }.sorted { $0.source.path < $1.source.path }
        return SiteContent(
            config: config, posts: posts, pages: pages,
            homes: items.filter { $0.kind == .home }.sorted { $0.source.path < $1.source.path },
            files: files.sorted { $0.source < $1.source }, translations: translations)
    }

    /// `_index.zh.md` → `zh`: the introduction of the home page of another language.
    static func homeLanguage(_ relative: String) -> String? {
        guard relative.hasPrefix("_index."), relative.hasSuffix(".md") else { return nil }
        let lang = relative.dropFirst("_index.".count).dropLast(".md".count)
        guard !lang.isEmpty, lang.count <= 12, lang.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
            return nil
        }
        return String(lang)
    }

    private func loadItem(
        path: String, kind: ContentItem.Kind, fileLanguage: String? = nil, config: SiteConfig
    ) throws(Diagnostic) -> ContentItem? {
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            throw Diagnostic(file: path, stage: "load", message: "cannot read file")
        }
        let source = try SourceFile.read(data, path: path)
        let matter: FrontMatter
        if let parsed = parsedFrontMatter[path], parsed.matches(source, requireDate: kind == .post) {
            matter = parsed.matter
        } else {
            matter = try FrontMatter.parse(source, requireDate: kind == .post)
        }
        if matter.draft && !includeDrafts { return nil }
        let slug = kind == .home ? "index" : matter.slug ?? matter.translationOf ?? Self.slug(fromFileName: path)
        guard Slug.isSafe(slug) else {
            let key = matter.slug != nil ? "slug" : matter.translationOf != nil ? "translation_of" : nil
            guard let key else {
                throw Diagnostic(
                    file: path, stage: "load",
                    message: "the file name gives no usable URL slug (it has no letters or digits)",
                    hint: "rename the file, or set `slug:` in the front matter")
            }
            let position = matter.positions[key] ?? SourcePosition(line: 1, column: 1)
            let escapes = slug.contains("/") || slug.hasPrefix(".")
            throw Diagnostic(
                file: path, line: position.line, column: position.column, stage: "load",
                message: escapes
                    ? "`\(key)` `\(slug)` would escape the output folder"
                    : "`\(key)` `\(slug)` is not usable in a URL",
                hint: "use letters, digits, `-`, `_` and `.` only (no `/`, no leading `.`)")
        }
        if let fileLanguage, let lang = matter.lang, lang != fileLanguage {
            let position = matter.positions["lang"] ?? SourcePosition(line: 1, column: 1)
            throw Diagnostic(
                file: path, line: position.line, column: position.column, stage: "load",
                message: "`lang: \(lang)` contradicts the file name, which makes this the `\(fileLanguage)` home page",
                hint: "remove `lang`, or rename the file to _index.\(lang).md")
        }
        let lang = fileLanguage ?? matter.lang ?? config.language
        return ContentItem(
            kind: kind, source: source, matter: matter, slug: slug, lang: lang,
            path: ContentItem.outputPath(kind: kind, slug: slug, lang: lang, siteLanguage: config.language))
    }

    /// `2026-03-14-ntk-scaling.md` → `ntk-scaling`; `中文 文章.md` → `中文-文章` (see ``Slug/fromFileName(_:)``).
    static func slug(fromFileName path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "")
        name = String(name.dropLast(3))
        let bytes = Array(name.utf8)
        if bytes.count > 11, ContentDate.parse(String(name.prefix(10))).isSuccess,
            bytes[10] == UInt8(ascii: "-")
        {
            name = String(name.dropFirst(11))
        }
        return Slug.fromFileName(name)
    }

    private func checkSlugs(_ items: [ContentItem]) -> [Diagnostic] {
        var seen: [String: ContentItem] = [:]
        var diagnostics: [Diagnostic] = []
        for item in items.sorted(by: { $0.source.path < $1.source.path }) {
            if let other = seen[item.path] {
                let position = item.matter.positions["slug"] ?? SourcePosition(line: 1, column: 1)
                diagnostics.append(Diagnostic(
                    file: item.source.path, line: position.line, column: position.column, stage: "load",
                    message: "duplicate slug `\(item.slug)` for language `\(item.lang)`: \(other.source.path) has it too",
                    hint: "set a different `slug:` in the front matter"))
            } else {
                seen[item.path] = item
            }
        }
        return diagnostics
    }

    private func linkTranslations(_ items: [ContentItem], diagnostics: inout [Diagnostic]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for item in items {
            guard let original = item.matter.translationOf else { continue }
            let target = items.first { $0.kind == item.kind && $0.slug == original && $0.lang != item.lang }
            guard let target else {
                let position = item.matter.positions["translation_of"] ?? SourcePosition(line: 1, column: 1)
                diagnostics.append(Diagnostic(
                    file: item.source.path, line: position.line, column: position.column, stage: "load",
                    message: "`translation_of: \(original)` names no \(item.kind.rawValue) in another language"))
                continue
            }
            result[item.id, default: []].append(target.id)
            result[target.id, default: []].append(item.id)
        }
        return result.mapValues { Array(Set($0)).sorted() }
    }

    private func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Regular files under `folder` (relative to the root), sorted, hidden files skipped.
    private func listFiles(under folder: String) -> [String] {
        var paths: [String] = []
        FileTree.collectFiles(in: url(folder).path, named: folder, into: &paths)
        return paths.sorted()
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

/// A file's front matter as parsed, with the inputs that produced it.
struct ParsedFrontMatter: Sendable {
    var yaml: String?
    var requireDate: Bool
    var matter: FrontMatter

    init(_ item: ContentItem) {
        yaml = item.source.frontMatter
        requireDate = item.kind == .post
        matter = item.matter
    }

    /// Whether parsing `source`'s front matter again would give `matter`: the same bytes of
    /// YAML, read with the same rules.
    func matches(_ source: SourceFile, requireDate: Bool) -> Bool {
        guard requireDate == self.requireDate else { return false }
        switch (yaml, source.frontMatter) {
        case (nil, nil): return true
        case (let old?, let new?): return SourceFile.sameBytes(old, new)
        default: return false
        }
    }
}
