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
    /// A hash of `html`'s bytes, so layout fingerprints need not hash whole bodies again.
    var fingerprint: Int

    init(itemID: String, html: String, toc: [TOCEntry], readingMinutes: Int, summary: String, claims: [ClaimResult]) {
        self.itemID = itemID
        self.html = html
        self.toc = toc
        self.readingMinutes = readingMinutes
        self.summary = summary
        self.claims = claims
        var hasher = Hasher()
        var bytes = html
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        fingerprint = hasher.finalize()
    }
}
