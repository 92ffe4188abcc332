/// GitHub's heading anchor ids.
///
/// The text is lowercased; letters and digits of any script (CJK included), `-` and `_` are
/// kept; each space becomes `-`; everything else is dropped. A repeated id gets `-1`, `-2`, …
/// in document order. A heading whose id would be empty gets `section` (an empty `id` is not
/// valid HTML).
struct HeadingID {
    private var used: Set<String> = []
    /// The last suffix given to each base, so repeated headings cost O(1) each.
    private var lastSuffix: [String: Int] = [:]

    /// The id for the next heading with this text, unique among those given so far.
    mutating func next(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var suffix = lastSuffix[base, default: 0]
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        lastSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                let isWordByte = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                    || value == 0x2D || value == 0x5F
                if isWordByte {
                    slug.unicodeScalars.append(scalar)
                } else if value == 0x20 {
                    slug.unicodeScalars.append("-")
                }
                continue
            }
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
