import LemmaExec

/// The layout step: every page of the site from templates, plus feed, sitemap and robots.txt.
struct SiteLayout {
    let content: SiteContent
    let rendered: [String: RenderedItem]
    let templates: TemplateSet
    /// HTML injected before `</body>` (the preview server's reload script); empty for builds.
    var bodySuffix = ""

    var config: SiteConfig { content.config }

    func url(_ path: String) -> String { config.basePath + path }

    func pages() -> [OutputFile] {
        var files: [OutputFile] = []
        files += content.posts.map(article)
        files += content.pages.map(page)
        files += homePages()
        files += tagPages()
        files.append(archive())
        files.append(claims())
        files.append(OutputFile(path: "404.html", text: finish(templates.render("404", base(title: "Page not found", path: "404.html")))))
        files.append(OutputFile(path: "feed.xml", text: AtomFeed(config: config, posts: feedPosts, rendered: rendered).xml()))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(config: config, entries: sitemapEntries(files))))
        files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(config.baseURL)sitemap.xml\n"))
        return files
    }

    // MARK: contexts

    /// Keys every template gets.
    func base(title: String, path: String, lang: String? = nil, description: String? = nil) -> [String: Any] {
        var context: [String: Any] = [
            "site": [
                "title": config.title, "description": config.description, "author": config.author,
                "base": config.basePath, "baseURL": config.baseURL, "language": config.language,
            ] as [String: Any],
            "title": title,
            "pageTitle": title == config.title ? title : "\(title) · \(config.title)",
            "canonical": config.baseURL + path,
            "lang": lang ?? config.language,
            "description": description ?? config.description,
            "assets": url("assets/"),
            "feedURL": url("feed.xml"),
            "navPages": content.pages.filter { $0.lang == config.language }.map {
                ["title": $0.title, "url": url($0.path)]
            },
        ]
        if config.math == .mathjax {
            context["mathjax"] = ["url": config.mathjaxURL, "macros": MathJaxConfig.macrosJSON(config.macros)]
        }
        return context
    }

    func finish(_ html: String) -> String {
        guard !bodySuffix.isEmpty, let range = html.range(of: "</body>", options: .backwards) else { return html }
        return html.replacingCharacters(in: range, with: bodySuffix + "</body>")
    }

    func summary(_ item: ContentItem) -> [String: Any] {
        var entry: [String: Any] = [
            "title": item.title, "url": url(item.path), "lang": item.lang,
            "summary": rendered[item.id]?.summary ?? "",
            "tags": tagLinks(item),
            "readingTime": rendered[item.id]?.readingMinutes ?? 1,
        ]
        if let date = item.date {
            entry["date"] = date.day8601
            entry["dateLong"] = date.longEnglish
        }
        if item.lang != config.language { entry["foreignLanguage"] = item.lang }
        entry["translations"] = translationLinks(item)
        return entry
    }

    func tagLinks(_ item: ContentItem) -> [[String: Any]] {
        item.matter.tags.map { ["name": $0, "url": url("tags/\(Slug.make($0))/")] }
    }

    func translationLinks(_ item: ContentItem) -> [[String: Any]] {
        (content.translations[item.id] ?? []).compactMap { id in
            content.items.first { $0.id == id }.map {
                ["lang": $0.lang, "url": url($0.path), "title": $0.title, "label": LanguageName.of($0.lang)]
            }
        }
    }

    var feedPosts: [ContentItem] { Array(content.posts.prefix(20)) }
}
