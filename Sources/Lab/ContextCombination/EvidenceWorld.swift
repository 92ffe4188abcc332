import Foundation

/// A small world in which the exact answer to "what is `T` given all the contexts?" can be
/// enumerated: a joint distribution `p(T, S_1, …, S_n)` over an answer `T ∈ 0..<answers` and
/// `n` context observations `S_k ∈ 0..<symbols`, stored as a full table.
///
/// A reader that sees only context `k` knows the marginal `p(T|S_k)`, obtained here by summing
/// the table over the other contexts; ``NBCE`` combines those readings. The exact posterior
/// `p(T|S_1, …, S_n)` is one row of the table, normalized. Comparing the two shows when the
/// naive-Bayes assumption `p(S_1, …, S_n|T) = Π_k p(S_k|T)` holds and what breaking it costs.
///
/// The table has `answers · symbolsⁿ` entries, so keep the world small (`6 · 5⁴ = 3750`).
public struct EvidenceWorld: Sendable {
    /// The number of answers `T`.
    public let answers: Int
    /// The number of values each context observation can take.
    public let symbols: Int
    /// The number of contexts `n`.
    public let contexts: Int
    /// `joint[T · symbolsⁿ + code(s)] = p(T, s)`, with `code(s) = Σ_k s_k · symbols^(n−1−k)`.
    public let joint: [Double]
    /// The context-free distribution `p(T)`, the table summed over every observation.
    public let prior: [Double]
    /// `single[k][s][T] = log p(T | S_k = s)`, or `nil` when `S_k = s` has probability 0.
    private let single: [[[Double]?]]

    /// Tabulates `probability(T, s)` for every answer and every tuple of observations, and
    /// normalizes the table to sum to 1 (negative or non-finite weights count as 0).
    public init(answers: Int, symbols: Int, contexts: Int, probability: (Int, [Int]) -> Double) {
        self.answers = answers
        self.symbols = symbols
        self.contexts = contexts
        let tuples = EvidenceWorld.tuples(symbols: symbols, contexts: contexts)
        var table = [Double]()
        table.reserveCapacity(answers * tuples.count)
        for t in 0..<answers {
            for s in tuples {
                let weight = probability(t, s)
                table.append(weight.isFinite && weight > 0 ? weight : 0)
            }
        }
        let total = table.reduce(0, +)
        let joint = total > 0 ? table.map { $0 / total } : table
        self.joint = joint
        prior = (0..<answers).map { t in joint[(t * tuples.count)..<((t + 1) * tuples.count)].reduce(0, +) }
        // Marginals p(T, S_k = s): sum the table over every other context.
        var marginal = Array(repeating: Array(repeating: Array(repeating: 0.0, count: answers),
                                              count: symbols), count: contexts)
        for t in 0..<answers {
            for (code, s) in tuples.enumerated() {
                let weight = joint[t * tuples.count + code]
                for k in 0..<contexts { marginal[k][s[k]][t] += weight }
            }
        }
        single = marginal.map { perSymbol in
            perSymbol.map { row -> [Double]? in
                let mass = row.reduce(0, +)
                return mass > 0 ? row.map { log($0 / mass) } : nil
            }
        }
    }

    /// Every tuple of observations `(s_1, …, s_n)`, in the order of the table.
    public var observationTuples: [[Int]] {
        EvidenceWorld.tuples(symbols: symbols, contexts: contexts)
    }

    /// `p(S_1 = s_1, …, S_n = s_n)`.
    public func probability(of observations: [Int]) -> Double {
        let width = joint.count / max(answers, 1), code = code(observations)
        return (0..<answers).reduce(0) { $0 + joint[$1 * width + code] }
    }

    /// The exact posterior `p(T | S_1 = s_1, …, S_n = s_n)`, or `nil` for an impossible tuple.
    public func posterior(_ observations: [Int]) -> [Double]? {
        let width = joint.count / max(answers, 1), code = code(observations)
        let row = (0..<answers).map { joint[$0 * width + code] }
        let mass = row.reduce(0, +)
        return mass > 0 ? row.map { $0 / mass } : nil
    }

    /// What a reader of context `k` alone knows: `log p(T | S_k = observation)`, from the
    /// marginal of the joint table; `nil` when that observation is impossible.
    public func singleContextLogPosterior(context k: Int, observation: Int) -> [Double]? {
        single[k][observation]
    }

    /// The per-context readings `log p(T|S_k = s_k)` for a tuple, one row per context.
    public func readings(_ observations: [Int]) -> [[Double]]? {
        var rows = [[Double]]()
        for (k, s) in observations.enumerated() {
            guard let row = single[k][s] else { return nil }
            rows.append(row)
        }
        return rows
    }

    /// What `combination` gives for a tuple, as probabilities; `nil` for an impossible tuple.
    public func combined(_ observations: [Int], by combination: NBCE) -> [Double]? {
        guard let rows = readings(observations) else { return nil }
        return combination.probabilities(conditional: rows, unconditional: prior.map { log($0) })
    }

    /// The expected divergence of a combination from the truth,
    /// `E_s[KL(p(T|s) ‖ q(T|s))]`, summed exactly over every possible tuple `s`.
    public func expectedDivergence(of combination: NBCE) -> Double {
        observationTuples.reduce(0) { sum, s in
            let mass = probability(of: s)
            guard mass > 0, let exact = posterior(s), let q = combined(s, by: combination) else { return sum }
            return sum + mass * NBCE.klDivergence(exact, q)
        }
    }

    /// The `β` in `range` that minimizes ``expectedDivergence(of:)`` for `pooling`, by
    /// golden-section search (assumes one minimum in the range) to within `tolerance`.
    public func bestBeta(pooling: ContextPooling = .average, in range: ClosedRange<Double> = -1...10,
                         tolerance: Double = 1e-7) -> Double {
        let ratio = (5.0.squareRoot() - 1) / 2
        var (low, high) = (range.lowerBound, range.upperBound)
        func loss(_ beta: Double) -> Double { expectedDivergence(of: NBCE(beta: beta, pooling: pooling)) }
        var left = high - ratio * (high - low), right = low + ratio * (high - low)
        var leftLoss = loss(left), rightLoss = loss(right)
        while high - low > tolerance {
            if leftLoss <= rightLoss {
                high = right
                right = left
                rightLoss = leftLoss
                left = high - ratio * (high - low)
                leftLoss = loss(left)
            } else {
                low = left
                left = right
                leftLoss = rightLoss
                right = low + ratio * (high - low)
                rightLoss = loss(right)
            }
        }
        return (low + high) / 2
    }

    private func code(_ observations: [Int]) -> Int {
        observations.reduce(0) { $0 * symbols + $1 }
    }

    private static func tuples(symbols: Int, contexts: Int) -> [[Int]] {
        var result: [[Int]] = [[]]
        for _ in 0..<max(0, contexts) {
            result = result.flatMap { prefix in (0..<symbols).map { prefix + [$0] } }
        }
        return result
    }
}

extension EvidenceWorld {
    /// Contexts that are conditionally independent given the answer:
    /// `p(T, s) = prior(T) · Π_k likelihoods[k][T][s_k]`, the naive-Bayes assumption itself.
    public static func conditionallyIndependent(prior: [Double], likelihoods: [[[Double]]]) -> EvidenceWorld {
        EvidenceWorld(answers: prior.count, symbols: likelihoods.first?.first?.count ?? 0,
                      contexts: likelihoods.count) { t, s in
            s.enumerated().reduce(prior[t]) { $0 * likelihoods[$1.offset][t][$1.element] }
        }
    }

    /// Contexts that are sometimes copies of each other: with probability `1 − copyProbability`
    /// the `n` observations are drawn independently from `likelihood[T]`, and with probability
    /// `copyProbability` one draw is repeated `n` times. Each context on its own has the same
    /// marginal `p(S_k|T) = likelihood[T]` for every `copyProbability`, so a reader of one
    /// context cannot tell the two regimes apart.
    public static func copies(prior: [Double], likelihood: [[Double]], contexts: Int,
                              copyProbability rho: Double) -> EvidenceWorld {
        EvidenceWorld(answers: prior.count, symbols: likelihood.first?.count ?? 0, contexts: contexts) { t, s in
            let independent = s.reduce(1.0) { $0 * likelihood[t][$1] }
            let copied = s.allSatisfy { $0 == s[0] } ? likelihood[t][s[0]] : 0
            return prior[t] * ((1 - rho) * independent + rho * copied)
        }
    }

    /// Evidence that only counts together: every `S_k` is uniform on `0..<answers`,
    /// independently, and `T = (S_1 + … + S_n) mod answers`. Any single context, indeed any
    /// `n − 1` of them, says nothing about `T`; all `n` determine it.
    public static func sumModulo(answers: Int, contexts: Int) -> EvidenceWorld {
        EvidenceWorld(answers: answers, symbols: answers, contexts: contexts) { t, s in
            s.reduce(0, +) % answers == t ? 1 : 0
        }
    }
}
