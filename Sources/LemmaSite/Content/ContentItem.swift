import LemmaDiagnostics

/// An article or a standalone page, loaded and validated.
public struct ContentItem: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable {
        case post
        case page
        /// `content/_index.md` (or `_index.LANG.md`): the introduction shown at the top of the
        /// home page (of `/LANG/`).
        case home
    }

    public var kind: Kind
    public var source: SourceFile
    public var matter: FrontMatter
    public var slug: String
    public var lang: String
    /// Output path relative to the site root, ending in `/` (`posts/lion/`, `zh/posts/lion/`, `about/`).
    public var path: String

    /// The source path identifies an item.
    public var id: String { source.path }
    public var title: String { matter.title }
    public var date: ContentDate? { matter.date }

    /// Where this item's output lives, given the site language.
    static func outputPath(kind: Kind, slug: String, lang: String, siteLanguage: String) -> String {
        let prefix = lang == siteLanguage ? "" : "\(lang)/"
        switch kind {
        case .post: return "\(prefix)posts/\(slug)/"
        case .page: return "\(prefix)\(slug)/"
        case .home: return prefix
        }
    }
}

/// Everything under `content/`, validated, in a stable order.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Posts, newest first (ties broken by path).
    public var posts: [ContentItem]
    public var pages: [ContentItem]
    /// The home page introductions: `content/_index.md`, and `_index.LANG.md` for `/LANG/`.
    public var homes: [ContentItem]
    /// Files copied as they are: source path relative to the root → output path relative to the site.
    public var files: [(source: String, output: String)]
    /// Item id → ids of its translations (both directions).
    public var translations: [String: [String]]

    /// Posts, pages and the home introductions.
    public var items: [ContentItem] { posts + pages + homes }

    /// The introduction of the home page in `lang`, if the site has one.
    public func home(lang: String) -> ContentItem? {
        homes.first { $0.lang == lang }
    }
}
