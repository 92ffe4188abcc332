import Foundation

/// A unigram-language-model tokenizer (Kudo, "Subword Regularization", arXiv:1804.10959):
/// every token w has a score `s(w) = log p(w)` and a segmentation scores the sum of its tokens'.
///
/// - ``viterbi(_:)``: the best segmentation, `S*(c₁..l) = maxₖ [S*(c₁..ₖ) + s(cₖ₊₁..ₗ)]`.
/// - ``sample(_:alpha:using:)``: an exact sample from `p(w) ∝ e^{α·score(w)}` in one forward pass
///   (the reservoir-style "Viterbi sampling" of BytePiece 0.5.0, Su, kexue.fm/archives/9811):
///   at each end position candidate i is taken with probability `e^{α sᵢ}/Zᵢ`,
///   `Zᵢ = Zᵢ₋₁ + e^{α sᵢ}`, computed in logs.
/// - ``sampleBiased(_:alpha:using:)``: the older rule (BytePiece 0.4.0, archives/9768), which
///   replaces the current choice when `ε < σ(α(sᵢ − s_current))`. It is **not** exact: later
///   candidates are favoured (topics T18).
///
/// Candidates ending at a position are scanned by increasing start, so the longest token first.
/// Text is split into Swift `Character`s (grapheme clusters).
public struct UnigramTokenizer: Sendable, Hashable {
    /// The token scores `log p(w)`.
    public var vocabulary: [String: Double]
    /// The longest token, in characters.
    public let maxTokenLength: Int

    /// Creates a tokenizer from token scores (log-probabilities).
    public init(vocabulary: [String: Double]) {
        self.vocabulary = vocabulary
        maxTokenLength = vocabulary.keys.map(\.count).max() ?? 0
    }

    /// The vocabulary tokens that end at character `end` (exclusive), as `(start, token, score)`
    /// by increasing start.
    func candidates(_ characters: [Character], end: Int) -> [(start: Int, token: String, score: Double)] {
        var result: [(Int, String, Double)] = []
        for start in max(0, end - maxTokenLength)..<end {
            let token = String(characters[start..<end])
            if let score = vocabulary[token] { result.append((start, token, score)) }
        }
        return result
    }

    /// The highest-scoring segmentation (the earliest-starting candidate wins ties), or `nil` when
    /// the text cannot be segmented.
    public func viterbi(_ text: String) -> Segmentation? {
        let characters = Array(text)
        let n = characters.count
        var best = Array(repeating: -Double.infinity, count: n + 1)
        var back = Array(repeating: -1, count: n + 1)
        best[0] = 0
        for end in stride(from: 1, through: n, by: 1) {
            for candidate in candidates(characters, end: end) where best[candidate.start] > -.infinity {
                let score = best[candidate.start] + candidate.score
                if score > best[end] {
                    best[end] = score
                    back[end] = candidate.start
                }
            }
        }
        return backtrack(characters, back: back)
    }

    /// An exact sample from `p(w) ∝ e^{α·score(w)}` over all segmentations (reservoir rule), or
    /// `nil` when the text cannot be segmented. As α → ∞ it becomes ``viterbi(_:)``.
    public func sample(_ text: String, alpha: Double, using generator: inout SeededGenerator) -> Segmentation? {
        let characters = Array(text)
        let n = characters.count
        var logZ = Array(repeating: -Double.infinity, count: n + 1)
        var back = Array(repeating: -1, count: n + 1)
        logZ[0] = 0
        for end in stride(from: 1, through: n, by: 1) {
            for candidate in candidates(characters, end: end) where logZ[candidate.start] > -.infinity {
                let weight = logZ[candidate.start] + alpha * candidate.score
                let total = Numerics.logAddExp(logZ[end], weight)
                logZ[end] = total
                if generator.uniform() < exp(weight - total) { back[end] = candidate.start }
            }
        }
        return backtrack(characters, back: back)
    }

    /// A sample by the old BytePiece 0.4.0 rule: at each end position keep the first candidate,
    /// then replace the kept one by candidate i when `ε < σ(α(sᵢ − s_kept))`, where scores include
    /// the sampled prefix. Biased toward late candidates; kept for comparison.
    public func sampleBiased(_ text: String, alpha: Double, using generator: inout SeededGenerator) -> Segmentation? {
        let characters = Array(text)
        let n = characters.count
        var kept = Array(repeating: -Double.infinity, count: n + 1)
        var back = Array(repeating: -1, count: n + 1)
        kept[0] = 0
        for end in stride(from: 1, through: n, by: 1) {
            for candidate in candidates(characters, end: end) where kept[candidate.start] > -.infinity {
                let score = kept[candidate.start] + candidate.score
                if back[end] < 0 || generator.uniform() < Numerics.sigmoid(alpha * (score - kept[end])) {
                    kept[end] = score
                    back[end] = candidate.start
                }
            }
        }
        return backtrack(characters, back: back)
    }

    /// Every segmentation of `text`, in depth-first order (shorter first tokens first). The count
    /// grows exponentially with length: meant for small inputs.
    public func segmentations(_ text: String) -> [Segmentation] {
        let characters = Array(text)
        var result: [Segmentation] = []
        func extend(from start: Int, tokens: [String], score: Double) {
            if start == characters.count {
                result.append(Segmentation(tokens: tokens, score: score))
                return
            }
            for end in (start + 1)...min(characters.count, start + max(1, maxTokenLength)) {
                let token = String(characters[start..<end])
                if let s = vocabulary[token] { extend(from: end, tokens: tokens + [token], score: score + s) }
            }
        }
        if !characters.isEmpty { extend(from: 0, tokens: [], score: 0) }
        return result
    }

    /// The target distribution `p(w) = e^{α score(w)} / Σ e^{α score}` over all segmentations.
    public func exactDistribution(_ text: String, alpha: Double) -> [(segmentation: Segmentation, probability: Double)] {
        let all = segmentations(text)
        let probabilities = Numerics.softmax(all.map { alpha * $0.score })
        return Array(zip(all, probabilities))
    }

    /// The exact output distribution of ``sampleBiased(_:alpha:using:)``, found by following
    /// every random decision (exponential in length; for small inputs), in the order of
    /// ``segmentations(_:)``.
    public func biasedDistribution(_ text: String, alpha: Double) -> [(segmentation: Segmentation, probability: Double)] {
        let characters = Array(text)
        let n = characters.count
        var totals: [[String]: Double] = [:]
        func explore(end: Int, kept: [Double], back: [Int], probability: Double) {
            if end > n {
                if let s = backtrack(characters, back: back) { totals[s.tokens, default: 0] += probability }
                return
            }
            let options = candidates(characters, end: end).filter { kept[$0.start] > -.infinity }
            if options.isEmpty {
                explore(end: end + 1, kept: kept, back: back, probability: probability)
                return
            }
            let scores = options.map { kept[$0.start] + $0.score }
            var chance = Array(repeating: 0.0, count: options.count)
            chance[0] = 1
            for i in 1..<options.count {
                var gained = 0.0
                for j in 0..<i where chance[j] > 0 {
                    let move = chance[j] * Numerics.sigmoid(alpha * (scores[i] - scores[j]))
                    chance[j] -= move
                    gained += move
                }
                chance[i] = gained
            }
            for (i, option) in options.enumerated() where chance[i] > 0 {
                var nextKept = kept, nextBack = back
                nextKept[end] = scores[i]
                nextBack[end] = option.start
                explore(end: end + 1, kept: nextKept, back: nextBack, probability: probability * chance[i])
            }
        }
        var kept = Array(repeating: -Double.infinity, count: n + 1)
        kept[0] = 0
        explore(end: 1, kept: kept, back: Array(repeating: -1, count: n + 1), probability: 1)
        return segmentations(text).map { ($0, totals[$0.tokens] ?? 0) }
    }

    /// The most candidates the forward pass can scan for a text of `length` characters with tokens
    /// of at most `maxTokenLength`: `l·m − m(m − 1)/2`.
    public static func candidateBound(length l: Int, maxTokenLength m: Int) -> Int {
        let m = min(m, l)
        return l * m - m * (m - 1) / 2
    }

    private func backtrack(_ characters: [Character], back: [Int]) -> Segmentation? {
        var end = characters.count
        guard end > 0 else { return nil }
        var tokens: [String] = []
        var score = 0.0
        while end > 0 {
            let start = back[end]
            guard start >= 0 else { return nil }
            let token = String(characters[start..<end])
            tokens.append(token)
            score += vocabulary[token] ?? 0
            end = start
        }
        return Segmentation(tokens: tokens.reversed(), score: score)
    }
}
