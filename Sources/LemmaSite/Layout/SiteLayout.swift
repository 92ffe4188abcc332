import Foundation
import LemmaExec

/// The layout step: every page of the site from templates, plus feed, sitemap and robots.txt.
struct SiteLayout {
    let content: SiteContent
    let rendered: [String: RenderedItem]
    let templates: TemplateSet
    /// HTML injected before `</body>` (the preview server's reload script); empty for builds.
    let bodySuffix: String
    /// Fingerprint shared by every page: templates, configuration, injected script.
    let commonKey: Int
    /// Item id → fingerprint of what listings show of it.
    let summaryKeys: [String: Int]
    /// Post id → the older and newer post in its language.
    let neighbours: [String: (previous: ContentItem?, next: ContentItem?)]

    init(content: SiteContent, rendered: [String: RenderedItem], templates: TemplateSet, bodySuffix: String) {
        self.content = content
        self.rendered = rendered
        self.templates = templates
        self.bodySuffix = bodySuffix
        commonKey = Hasher.key(templates.fingerprint, content.config, bodySuffix)
        var keys: [String: Int] = [:]
        for item in content.items {
            keys[item.id] = Hasher.key(
                item.id, item.title, item.date?.epochSeconds, item.matter.tags, item.lang, item.path,
                rendered[item.id]?.summary, rendered[item.id]?.readingMinutes, content.translations[item.id])
        }
        summaryKeys = keys
        var neighbours: [String: (previous: ContentItem?, next: ContentItem?)] = [:]
        for lang in Set(content.posts.map(\.lang)) {
            let siblings = content.posts.filter { $0.lang == lang }
            for (index, post) in siblings.enumerated() {
                neighbours[post.id] = (
                    index + 1 < siblings.count ? siblings[index + 1] : nil, index > 0 ? siblings[index - 1] : nil
                )
            }
        }
        self.neighbours = neighbours
    }

    var config: SiteConfig { content.config }

    func url(_ path: String) -> String { config.basePath + path }

    /// Every page of the site, each with the fingerprint of what it shows.
    func plans() -> [PagePlan] {
        var plans: [PagePlan] = []
        plans += content.posts.map(articlePlan)
        plans += content.pages.map(pagePlan)
        plans += homePlans()
        plans += tagPlans()
        plans.append(archivePlan())
        plans.append(claimsPlan())
        plans.append(PagePlan(path: "404.html", key: commonKey) {
            finish(templates.render("404", base(title: "Page not found", path: "404.html")))
        })
        let feedPosts = Array(content.posts.prefix(20))
        plans.append(PagePlan(
            path: "feed.xml",
            key: Hasher.key(commonKey, feedPosts.map { summaryKey($0) }, feedPosts.map { rendered[$0.id]?.fingerprint })
        ) {
            AtomFeed(config: config, posts: feedPosts, rendered: rendered).xml()
        })
        let entries = sitemapEntries(plans.map(\.path))
        plans.append(PagePlan(path: "sitemap.xml", key: Hasher.key(commonKey, entries)) {
            Sitemap.xml(config: config, entries: entries)
        })
        plans.append(PagePlan(path: "robots.txt", key: commonKey) {
            "User-agent: *\nAllow: /\nSitemap: \(config.baseURL)sitemap.xml\n"
        })
        return plans
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
            "pageTitle": title.hasPrefix(config.title) ? title : "\(title) · \(config.title)",
            "strings": InterfaceText.strings(for: lang ?? config.language),
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

    /// What listings show of an item (its fingerprint changes when any of it does).
    func summaryKey(_ item: ContentItem) -> Int {
        summaryKeys[item.id] ?? 0
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

    func sitemapEntries(_ paths: [String]) -> [Sitemap.Entry] {
        let dates = Dictionary(content.items.map { ($0.path + "index.html", $0.date) }, uniquingKeysWith: { a, _ in a })
        return paths.filter { $0.hasSuffix("index.html") }.map { path in
            Sitemap.Entry(location: config.baseURL + path.dropLast("index.html".count), lastModified: dates[path] ?? nil)
        }.sorted { $0.location < $1.location }
    }
}
