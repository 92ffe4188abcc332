/// "Did you mean …?" for misspelt command and environment names.
enum Suggestion {
    /// The candidate closest to `name` by edit distance (at most 1 for names of up to 4 letters,
    /// at most 2 otherwise); ties go to the alphabetically first. Nil when nothing is close.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = name.count <= 4 ? 1 : 2
        var best: (distance: Int, name: String)?
        let source = Array(name.unicodeScalars)
        for candidate in candidates where candidate != name {
            let target = Array(candidate.unicodeScalars)
            guard abs(target.count - source.count) <= limit else { continue }
            let distance = editDistance(source, target)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// Levenshtein distance, with a transposition of neighbours counting as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
