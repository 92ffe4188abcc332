import Foundation

/// How evenly a quantizer uses its codebook, from a list of code indices.
public struct CodebookUsage: Sendable, Hashable {
    /// How many times each code was used.
    public var counts: [Int]

    /// Counts the `assignments` over a codebook of `size` codes (out-of-range indices are ignored).
    public init(assignments: [Int], codebookSize size: Int) {
        var counts = Array(repeating: 0, count: max(0, size))
        for a in assignments where counts.indices.contains(a) { counts[a] += 1 }
        self.counts = counts
    }

    /// The fraction of codes used at least once, in `[0, 1]`.
    public var usage: Double {
        counts.isEmpty ? 0 : Double(counts.filter { $0 > 0 }.count) / Double(counts.count)
    }

    /// The Shannon entropy (nats) of the empirical code distribution.
    public var entropy: Double {
        let total = Double(counts.reduce(0, +))
        guard total > 0 else { return 0 }
        return counts.reduce(0.0) { sum, n in
            guard n > 0 else { return sum }
            let p = Double(n) / total
            return sum - p * log(p)
        }
    }

    /// The perplexity `e^H`: the number of equally used codes with the same entropy, between 1
    /// and the codebook size.
    public var perplexity: Double { exp(entropy) }
}
