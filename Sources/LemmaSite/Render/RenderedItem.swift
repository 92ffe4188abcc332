import LemmaExec

/// An item's body rendered to HTML, with what the layout step needs around it.
struct RenderedItem: Sendable {
    struct TOCEntry: Sendable, Hashable {
        var level: Int
        var text: String
        var id: String
    }

    var itemID: String
    var html: String
    var toc: [TOCEntry]
    var readingMinutes: Int
    /// Plain-text summary: the front matter's, or the opening of the body.
    var summary: String
    var claims: [ClaimResult]
}
