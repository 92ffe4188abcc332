import LemmaDiagnostics
import Yams

/// The keys an article or page may set at its top, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var date: ContentDate?
    public var tags: [String] = []
    public var summary: String?
    public var draft = false
    public var slug: String?
    public var lang: String?
    /// Seconds the article's program may run.
    public var timeout: Double?
    /// Slug of the article this one translates.
    public var translationOf: String?
    /// Where each key was written, for diagnostics about its value.
    public var positions: [String: SourcePosition] = [:]

    static let knownKeys = [
        "title", "date", "tags", "summary", "draft", "slug", "lang", "timeout", "translation_of",
    ]

    /// Parses the front matter of `source`; `requireDate` is true for posts.
    static func parse(_ source: SourceFile, requireDate: Bool) throws(Diagnostic) -> FrontMatter {
        guard let yaml = source.frontMatter else {
            throw Diagnostic(
                file: source.path, stage: "load", message: "missing front matter",
                hint: "start the file with `---`, `title: …`\(requireDate ? ", `date: YYYY-MM-DD`" : ""), `---`")
        }
        let reader = YAMLReader(file: source.path, firstLine: 2)
        let entries = try StrictMapping(reader: reader, mapping: try reader.mapping(yaml).get(), name: "front matter")
            .entries(known: knownKeys).get()
        var positions: [String: SourcePosition] = [:]
        for (key, entry) in entries {
            let mark = entry.value.mark ?? entry.key.mark
            positions[key] = SourcePosition(line: 1 + (mark?.line ?? 1), column: mark?.column ?? 1)
        }
        guard let titleNode = entries["title"]?.value else {
            throw reader.at(line: 1, column: 1, "front matter needs a `title`")
        }
        let title = try reader.string(titleNode, key: "title").get()
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw reader.located(titleNode, "`title` is empty")
        }
        var matter = FrontMatter(title: title)
        matter.positions = positions
        if let node = entries["date"]?.value {
            let text = try reader.string(node, key: "date").get()
            switch ContentDate.parse(text) {
            case .success(let date): matter.date = date
            case .failure(.impossible):
                throw reader.located(node, "impossible date `\(text)`")
            case .failure(.format):
                throw reader.located(node, "`date` must be YYYY-MM-DD or RFC 3339, not `\(text)`")
            }
        } else if requireDate {
            throw reader.at(line: 1, column: 1, "front matter needs a `date` (YYYY-MM-DD)")
        }
        if let node = entries["tags"]?.value {
            matter.tags = try reader.strings(node, key: "tags").get()
            for tag in matter.tags where Slug.make(tag).isEmpty {
                throw reader.located(node, "tag `\(tag)` has no letters or digits to make a URL from")
            }
        }
        if let node = entries["summary"]?.value { matter.summary = try reader.string(node, key: "summary").get() }
        if let node = entries["draft"]?.value { matter.draft = try reader.bool(node, key: "draft").get() }
        if let node = entries["slug"]?.value { matter.slug = try reader.string(node, key: "slug").get() }
        if let node = entries["lang"]?.value {
            let lang = try reader.string(node, key: "lang").get()
            guard !lang.isEmpty, lang.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                throw reader.located(node, "`lang` must be a language code such as `en` or `zh`")
            }
            matter.lang = lang
        }
        if let node = entries["timeout"]?.value { matter.timeout = try reader.seconds(node, key: "timeout").get() }
        if let node = entries["translation_of"]?.value {
            matter.translationOf = try reader.string(node, key: "translation_of").get()
        }
        return matter
    }
}
