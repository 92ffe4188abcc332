import Foundation
import LemmaDiagnostics

/// `lemma new`: creates an article or page with front matter.
public struct Scaffold: Sendable {
    public let root: URL
    public let today: Date

    public init(root: URL, today: Date) {
        self.root = root
        self.today = today
    }

    /// Creates the file and returns its path relative to the root; never overwrites.
    public func create(_ kind: ContentItem.Kind, title: String) throws(Diagnostic) -> String {
        let slug = Slug.make(title)
        guard !slug.isEmpty else {
            throw Diagnostic(file: "<arguments>", stage: "new", message: "the title has no letters or digits to make a slug from")
        }
        let day = Self.day(today)
        let path = kind == .post ? "content/posts/\(day)-\(slug).md" : "content/pages/\(slug).md"
        let url = root.appendingPathComponent(path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw Diagnostic(file: path, stage: "new", message: "file already exists")
        }
        var text = "---\ntitle: \(Self.yamlQuoted(title))\n"
        if kind == .post { text += "date: \(day)\ntags: []\nsummary: \"\"\n" }
        text += "---\n\nWrite here.\n"
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw Diagnostic(file: path, stage: "new", message: "cannot create file: \(error.localizedDescription)")
        }
        return path
    }

    /// `YYYY-MM-DD` of `date` in UTC.
    static func day(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (y, m, d) = ContentDate.civilFromDays(days)
        return ContentDate(year: y, month: m, day: d).day8601
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
