/// GitHub's heading anchor ids.
///
/// The text is lowercased; letters and digits of any script (CJK included), `-` and `_` are
/// kept; each space becomes `-`; everything else is dropped. A repeated id gets `-1`, `-2`, …
/// in document order. A heading whose id would be empty gets `section` (an empty `id` is not
/// valid HTML).
struct HeadingID {
    private var used: Set<String> = []

    /// The id for the next heading with this text, unique among those given so far.
    mutating func next(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .spacingMark {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug
    }
}
