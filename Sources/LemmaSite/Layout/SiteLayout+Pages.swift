import LemmaExec

extension SiteLayout {
    func article(_ item: ContentItem) -> OutputFile {
        let body = rendered[item.id]
        var context = base(title: item.title, path: item.path, lang: item.lang, description: body?.summary)
        for (key, value) in summary(item) where key != "title" { context[key] = value }
        context["body"] = body?.html ?? ""
        context["toc"] = (body?.toc ?? []).map { ["text": $0.text, "id": $0.id, "sub": $0.level == 3] as [String: Any] }
        context["hasTOC"] = (body?.toc.count ?? 0) >= 2
        context["dateISO"] = item.date?.rfc3339 ?? ""
        context["claimCount"] = body?.claims.count ?? 0
        context["claimsURL"] = url("claims/")
        let siblings = content.posts.filter { $0.lang == item.lang }
        if let index = siblings.firstIndex(where: { $0.id == item.id }) {
            if index + 1 < siblings.count { context["previous"] = link(siblings[index + 1]) }
            if index > 0 { context["next"] = link(siblings[index - 1]) }
        }
        context["alternates"] = translationLinks(item)
        return OutputFile(path: item.path + "index.html", text: finish(templates.render("article", context)))
    }

    func page(_ item: ContentItem) -> OutputFile {
        let body = rendered[item.id]
        var context = base(title: item.title, path: item.path, lang: item.lang, description: body?.summary)
        context["body"] = body?.html ?? ""
        context["alternates"] = translationLinks(item)
        return OutputFile(path: item.path + "index.html", text: finish(templates.render("page", context)))
    }

    private func link(_ item: ContentItem) -> [String: Any] {
        ["title": item.title, "url": url(item.path)]
    }

    /// `/` (and `/<lang>/` for each other language) with `page/N/` pagination.
    func homePages() -> [OutputFile] {
        var files = paginated(
            content.posts.filter { $0.matter.translationOf == nil }, prefix: "", title: config.title,
            lang: config.language, isHome: true)
        let otherLanguages = Set(content.posts.map(\.lang)).subtracting([config.language]).sorted()
        for lang in otherLanguages {
            files += paginated(
                content.posts.filter { $0.lang == lang }, prefix: "\(lang)/",
                title: "\(config.title) · \(LanguageName.of(lang))", lang: lang, isHome: true)
        }
        return files
    }

    func tagPages() -> [OutputFile] {
        var byTag: [String: (name: String, posts: [ContentItem])] = [:]
        for post in content.posts {
            for tag in post.matter.tags {
                byTag[Slug.make(tag), default: (tag, [])].posts.append(post)
            }
        }
        var files: [OutputFile] = []
        for (slug, tag) in byTag.sorted(by: { $0.key < $1.key }) {
            files += paginated(tag.posts, prefix: "tags/\(slug)/", title: "Tag: \(tag.name)", lang: config.language, isHome: false)
        }
        var context = base(title: "Tags", path: "tags/")
        context["tags"] = byTag.sorted(by: { $0.key < $1.key }).map {
            ["name": $0.value.name, "url": url("tags/\($0.key)/"), "count": $0.value.posts.count] as [String: Any]
        }
        files.append(OutputFile(path: "tags/index.html", text: finish(templates.render("tags", context))))
        return files
    }

    private func paginated(_ posts: [ContentItem], prefix: String, title: String, lang: String, isHome: Bool) -> [OutputFile] {
        let size = config.paginate
        let pageCount = max(1, (posts.count + size - 1) / size)
        return (1...pageCount).map { number in
            let path = number == 1 ? prefix : "\(prefix)page/\(number)/"
            var context = base(title: title, path: path, lang: lang)
            context["isHome"] = isHome
            context["posts"] = posts.dropFirst((number - 1) * size).prefix(size).map(summary)
            context["pageNumber"] = number
            context["pageCount"] = pageCount
            context["paginated"] = pageCount > 1
            if number > 1 { context["newerURL"] = url(number == 2 ? prefix : "\(prefix)page/\(number - 1)/") }
            if number < pageCount { context["olderURL"] = url("\(prefix)page/\(number + 1)/") }
            return OutputFile(path: path + "index.html", text: finish(templates.render("list", context)))
        }
    }

    func archive() -> OutputFile {
        var years: [(Int, [ContentItem])] = []
        for post in content.posts {
            let year = post.date?.year ?? 0
            if years.last?.0 == year {
                years[years.count - 1].1.append(post)
            } else {
                years.append((year, [post]))
            }
        }
        var context = base(title: "Archive", path: "archive/")
        context["years"] = years.map { ["year": $0.0, "posts": $0.1.map(summary)] as [String: Any] }
        return OutputFile(path: "archive/index.html", text: finish(templates.render("archive", context)))
    }

    func claims() -> OutputFile {
        var articles: [[String: Any]] = []
        var total = 0, failed = 0
        for item in content.items {
            guard let claims = rendered[item.id]?.claims, !claims.isEmpty else { continue }
            total += claims.count
            failed += claims.filter { !$0.passed }.count
            articles.append([
                "title": item.title, "url": url(item.path), "lang": item.lang,
                "claims": claims.map {
                    [
                        "passed": $0.passed, "text": $0.text, "value": $0.value,
                        "location": "\(item.source.path):\($0.line):\($0.column)",
                    ] as [String: Any]
                },
            ])
        }
        var context = base(title: "Claims", path: "claims/")
        context["articles"] = articles
        context["total"] = total
        context["passed"] = total - failed
        context["failed"] = failed
        return OutputFile(path: "claims/index.html", text: finish(templates.render("claims", context)))
    }

    func sitemapEntries(_ files: [OutputFile]) -> [Sitemap.Entry] {
        let dates = Dictionary(content.items.map { ($0.path + "index.html", $0.date) }, uniquingKeysWith: { a, _ in a })
        return files.filter { $0.path.hasSuffix("index.html") }.map { file in
            let path = String(file.path.dropLast("index.html".count))
            return Sitemap.Entry(location: config.baseURL + path, lastModified: dates[file.path] ?? nil)
        }.sorted { $0.location < $1.location }
    }
}
