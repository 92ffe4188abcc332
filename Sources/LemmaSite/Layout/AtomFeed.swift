import Foundation
import LemmaDiagnostics

/// The Atom feed (`/feed.xml`); `updated` comes from the newest post, never from the clock.
struct AtomFeed {
    let config: SiteConfig
    let posts: [ContentItem]
    let rendered: [String: RenderedItem]

    func xml() -> String {
        let updated = posts.compactMap(\.date).max()?.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(config.language))">
              <title>\(XML.escape(config.title))</title>
              <subtitle>\(XML.escape(config.description))</subtitle>
              <link href="\(XML.escape(config.baseURL))"/>
              <link rel="self" href="\(XML.escape(config.baseURL))feed.xml"/>
              <id>\(XML.escape(config.baseURL))</id>
              <updated>\(updated)</updated>

            """
        if !config.author.isEmpty {
            xml += "  <author><name>\(XML.escape(config.author))</name></author>\n"
        }
        for post in posts {
            let url = config.baseURL + post.path
            let date = post.date?.rfc3339 ?? updated
            xml += """
                  <entry>
                    <title>\(XML.escape(post.title))</title>
                    <link href="\(XML.escape(url))"/>
                    <id>\(XML.escape(url))</id>
                    <published>\(date)</published>
                    <updated>\(date)</updated>

                """
            for tag in post.matter.tags { xml += "    <category term=\"\(XML.escape(tag))\"/>\n" }
            if let body = rendered[post.id] {
                xml += "    <summary>\(XML.escape(body.summary))</summary>\n"
                xml += "    <content type=\"html\" xml:lang=\"\(XML.escape(post.lang))\">\(XML.escape(body.html))</content>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}

/// `/sitemap.xml`.
enum Sitemap {
    struct Entry: Hashable {
        var location: String
        var lastModified: ContentDate?
    }

    static func xml(config: SiteConfig, entries: [Entry]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "  <url><loc>\(XML.escape(entry.location))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.day8601)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}

enum XML {
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text).replacingOccurrences(of: "'", with: "&apos;")
    }
}
