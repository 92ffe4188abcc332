/// A page the layout step can produce, with a fingerprint of everything it shows.
///
/// The builder reuses the previous build's file when the fingerprint is unchanged and calls
/// `make` otherwise, so an edit lays out only the pages that show what changed.
struct PagePlan: @unchecked Sendable {
    let path: String
    let key: Int
    /// Produces the file's text. Reads only immutable values captured at planning time.
    let make: () -> String
}

extension Hasher {
    /// A fingerprint of several hashable values.
    static func key(_ values: any Hashable...) -> Int {
        var hasher = Hasher()
        for value in values { hasher.combine(AnyHashable(value)) }
        return hasher.finalize()
    }
}
