import LemmaExec

extension SiteLayout {
    func articlePlan(_ item: ContentItem) -> PagePlan {
        let (previous, next) = neighbours[item.id] ?? (nil, nil)
        let body = rendered[item.id]
        let translations = (content.translations[item.id] ?? []).compactMap { id in content.items.first { $0.id == id } }
        let key = Hasher.key(
            commonKey, summaryKey(item), body?.fingerprint, body?.toc, body?.claims.count,
            previous.map { [$0.title, $0.path] }, next.map { [$0.title, $0.path] },
            translations.map { [$0.title, $0.path, $0.lang] })
        return PagePlan(path: item.path + "index.html", key: key) {
            var context = base(title: item.title, path: item.path, lang: item.lang, description: body?.summary)
            for (key, value) in summary(item) where key != "title" { context[key] = value }
            context["body"] = body?.html ?? ""
            context["toc"] = (body?.toc ?? []).map { ["text": $0.text, "id": $0.id, "sub": $0.level == 3] as [String: Any] }
            context["hasTOC"] = (body?.toc.count ?? 0) >= 2
            context["dateISO"] = item.date?.rfc3339 ?? ""
            context["claimCount"] = body?.claims.count ?? 0
            context["hasClaims"] = (body?.claims.count ?? 0) > 0
            context["claimsChecked"] = InterfaceText.claimsChecked(body?.claims.count ?? 0, lang: item.lang)
            context["claimsURL"] = url("claims/")
            if let previous { context["previous"] = ["title": previous.title, "url": url(previous.path)] }
            if let next { context["next"] = ["title": next.title, "url": url(next.path)] }
            context["alternates"] = translationLinks(item)
            return finish(templates.render("article", context))
        }
    }

    func pagePlan(_ item: ContentItem) -> PagePlan {
        let body = rendered[item.id]
        let key = Hasher.key(commonKey, summaryKey(item), body?.fingerprint)
        return PagePlan(path: item.path + "index.html", key: key) {
            var context = base(title: item.title, path: item.path, lang: item.lang, description: body?.summary)
            context["body"] = body?.html ?? ""
            context["alternates"] = translationLinks(item)
            return finish(templates.render("page", context))
        }
    }

    /// `/` (and `/<lang>/` for each other language) with `page/N/` pagination.
    func homePlans() -> [PagePlan] {
        var plans = paginated(
            content.posts.filter { $0.matter.translationOf == nil }, prefix: "", title: config.title,
            lang: config.language, isHome: true, intro: content.home(lang: config.language).flatMap { rendered[$0.id]?.html })
        let otherLanguages = Set(content.posts.map(\.lang) + content.homes.map(\.lang))
            .subtracting([config.language]).sorted()
        for lang in otherLanguages {
            plans += paginated(
                content.posts.filter { $0.lang == lang }, prefix: "\(lang)/",
                title: "\(config.title) · \(LanguageName.of(lang))", lang: lang, isHome: true,
                intro: content.home(lang: lang).flatMap { rendered[$0.id]?.html })
        }
        return plans
    }

    func tagPlans() -> [PagePlan] {
        var byTag: [String: (name: String, posts: [ContentItem])] = [:]
        for post in content.posts {
            for tag in post.matter.tags {
                byTag[Slug.make(tag), default: (tag, [])].posts.append(post)
            }
        }
        let tags = byTag.sorted(by: { $0.key < $1.key })
        var plans: [PagePlan] = []
        for (slug, tag) in tags {
            plans += paginated(tag.posts, prefix: "tags/\(slug)/", title: "Tag: \(tag.name)", lang: config.language, isHome: false)
        }
        let index = tags.map { ($0.key, $0.value.name, $0.value.posts.count) }
        plans.append(PagePlan(path: "tags/index.html", key: Hasher.key(commonKey, index.map { "\($0)" })) {
            var context = base(title: "Tags", path: "tags/")
            context["tags"] = index.map { ["name": $0.1, "url": url("tags/\($0.0)/"), "count": $0.2] as [String: Any] }
            return finish(templates.render("tags", context))
        })
        return plans
    }

    private func paginated(
        _ posts: [ContentItem], prefix: String, title: String, lang: String, isHome: Bool, intro: String? = nil
    ) -> [PagePlan] {
        let size = config.paginate
        let pageCount = max(1, (posts.count + size - 1) / size)
        return (1...pageCount).map { number in
            let path = number == 1 ? prefix : "\(prefix)page/\(number)/"
            let shown = Array(posts.dropFirst((number - 1) * size).prefix(size))
            let key = Hasher.key(commonKey, title, lang, isHome, pageCount, shown.map { summaryKey($0) }, intro)
            return PagePlan(path: path + "index.html", key: key) {
                var context = base(title: title, path: path, lang: lang)
                context["isHome"] = isHome
                if number == 1, let intro { context["intro"] = intro }
                context["posts"] = shown.map(summary)
                context["pageNumber"] = number
                context["pageCount"] = pageCount
                context["paginated"] = pageCount > 1
                context["pageOf"] = InterfaceText.pageOf(number, pageCount, lang: lang)
                if number > 1 { context["newerURL"] = url(number == 2 ? prefix : "\(prefix)page/\(number - 1)/") }
                if number < pageCount { context["olderURL"] = url("\(prefix)page/\(number + 1)/") }
                return finish(templates.render("list", context))
            }
        }
    }

    func archivePlan() -> PagePlan {
        var years: [(Int, [ContentItem])] = []
        for post in content.posts {
            let year = post.date?.year ?? 0
            if years.last?.0 == year {
                years[years.count - 1].1.append(post)
            } else {
                years.append((year, [post]))
            }
        }
        return PagePlan(path: "archive/index.html", key: Hasher.key(commonKey, content.posts.map { summaryKey($0) })) {
            var context = base(title: "Archive", path: "archive/")
            context["years"] = years.map { ["year": $0.0, "posts": $0.1.map(summary)] as [String: Any] }
            return finish(templates.render("archive", context))
        }
    }

    func claimsPlan() -> PagePlan {
        let withClaims = content.items.compactMap { item in
            rendered[item.id].flatMap { $0.claims.isEmpty ? nil : (item, $0.claims) }
        }
        let key = Hasher.key(commonKey, withClaims.map { [$0.0.title, $0.0.path, $0.0.lang] }, withClaims.map(\.1))
        return PagePlan(path: "claims/index.html", key: key) {
            let total = withClaims.reduce(0) { $0 + $1.1.count }
            let failed = withClaims.reduce(0) { $0 + $1.1.filter { !$0.passed }.count }
            var context = base(title: "Claims", path: "claims/")
            context["articles"] = withClaims.map { item, claims in
                [
                    "title": item.title, "url": url(item.path), "lang": item.lang,
                    "claims": claims.map { claim in
                        var row: [String: Any] = [
                            "passed": claim.passed, "text": claim.text, "value": claim.value,
                            "location": "\(item.source.path):\(claim.line):\(claim.column)", "margin": claim.marginText,
                        ]
                        if claim.runs > 1 { row["runs"] = "\(claim.runs) seeds" }
                        return row
                    },
                ] as [String: Any]
            }
            context["total"] = total
            context["passed"] = total - failed
            context["failed"] = failed
            return finish(templates.render("claims", context))
        }
    }
}
