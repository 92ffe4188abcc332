import Foundation
import Testing
@testable import Lab

@Suite("T19 NBCE: naive-Bayes context extension")
struct NBCEClaims {
    /// A fixed world: 4 answers, 3 symbols, 3 contexts with different likelihood tables.
    let prior = [0.1, 0.2, 0.3, 0.4]
    let likelihoods: [[[Double]]] = [
        [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.2, 0.2, 0.6]],
        [[0.5, 0.25, 0.25], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]],
        [[0.2, 0.5, 0.3], [0.25, 0.25, 0.5], [0.6, 0.2, 0.2], [0.1, 0.7, 0.2]],
    ]

    @Test("T19.1 average pooling with β = n − 1 is the exact posterior for independent contexts")
    func exactWhenIndependent() throws {
        let world = EvidenceWorld.conditionallyIndependent(prior: prior, likelihoods: likelihoods)
        #expect(world.observationTuples.count == 27)
        for s in world.observationTuples {
            // The posterior written out by hand: prior × Π likelihoods, normalized.
            let weights = prior.indices.map { t in (0..<3).reduce(prior[t]) { $0 * likelihoods[$1][t][s[$1]] } }
            let total = weights.reduce(0, +)
            let exact = try #require(world.posterior(s))
            let nbce = try #require(world.combined(s, by: .naiveBayes(contexts: 3)))
            for t in prior.indices {
                #expect(isClose(exact[t], weights[t] / total, 1e-14))
                #expect(isClose(nbce[t], weights[t] / total, 1e-12))
            }
        }
        #expect(isClose(world.bestBeta(), 2, 1e-5))
        #expect(world.expectedDivergence(of: NBCE(beta: 1)) > 1e-3)
        #expect(world.expectedDivergence(of: NBCE(beta: 3)) > 1e-3)
    }

    @Test("Single-context readings come from the marginals of the joint table")
    func marginals() throws {
        let world = EvidenceWorld.conditionallyIndependent(prior: prior, likelihoods: likelihoods)
        #expect(world.prior.indices.allSatisfy { isClose(world.prior[$0], prior[$0], 1e-15) })
        for k in 0..<3 {
            for s in 0..<3 {
                let reading = try #require(world.singleContextLogPosterior(context: k, observation: s))
                let weights = prior.indices.map { prior[$0] * likelihoods[k][$0][s] }
                let total = weights.reduce(0, +)
                for t in prior.indices { #expect(isClose(exp(reading[t]), weights[t] / total, 1e-14)) }
            }
        }
    }

    @Test("T19.2 copies: β = 0 is exact for pure copies, β = n − 1 over-counts; the best β falls with ρ")
    func copies() throws {
        let likelihood = likelihoods[0]
        let pure = EvidenceWorld.copies(prior: prior, likelihood: likelihood, contexts: 3, copyProbability: 1)
        #expect(pure.expectedDivergence(of: NBCE(beta: 0)) < 1e-14)
        #expect(pure.expectedDivergence(of: .naiveBayes(contexts: 3)) > 0.01)
        let s = [1, 1, 1]
        let exact = try #require(pure.posterior(s))
        let single = try #require(pure.singleContextLogPosterior(context: 0, observation: 1)).map { exp($0) }
        #expect(zip(exact, single).allSatisfy { isClose($0, $1, 1e-14) })
        // NBCE with β = n − 1 returns p(T|S)ⁿ / p(T)ⁿ⁻¹, normalized.
        let counted = prior.indices.map { pow(single[$0], 3) / pow(prior[$0], 2) }
        let total = counted.reduce(0, +)
        let nbce = try #require(pure.combined(s, by: .naiveBayes(contexts: 3)))
        #expect(prior.indices.allSatisfy { isClose(nbce[$0], counted[$0] / total, 1e-12) })
        let best = [0.0, 0.5, 1].map {
            EvidenceWorld.copies(prior: prior, likelihood: likelihood, contexts: 3, copyProbability: $0).bestBeta()
        }
        #expect(isClose(best[0], 2, 1e-4) && isClose(best[2], 0, 1e-4))
        #expect(best[1] > 0 && best[1] < 2)
    }

    @Test("T19 evidence that only counts jointly: every pooling returns the prior")
    func sumModulo() throws {
        let world = EvidenceWorld.sumModulo(answers: 3, contexts: 2)
        for s in world.observationTuples {
            let exact = try #require(world.posterior(s))
            #expect(exact[(s[0] + s[1]) % 3] == 1)
            for pooling in ContextPooling.allCases {
                let q = try #require(world.combined(s, by: NBCE(beta: 0.7, pooling: pooling)))
                #expect(q.allSatisfy { isClose($0, 1.0 / 3, 1e-14) })
            }
        }
    }

    @Test("T19.3 pooling: maximum is token-wise, minimum entropy takes the most confident context whole")
    func pooling() {
        let confident = [0.9, 0.05, 0.05].map { log($0) }
        let vague = [0.2, 0.5, 0.3].map { log($0) }
        let rows = [vague, confident]
        #expect(NBCE.leastEntropicContext(rows) == 1)
        #expect(NBCE(beta: 0, pooling: .minimumEntropy).pooled(rows) == confident)
        #expect(NBCE(beta: 0, pooling: .maximum).pooled(rows) == [log(0.9), log(0.5), log(0.3)])
        let average = NBCE(beta: 0).pooled(rows)
        #expect(isClose(average[1], (log(0.5) + log(0.05)) / 2, 1e-15))
        // β = 0 with minimum entropy returns that context's distribution itself.
        let prior = [1.0 / 3, 1.0 / 3, 1.0 / 3].map { log($0) }
        let q = NBCE(beta: 0, pooling: .minimumEntropy).probabilities(conditional: rows, unconditional: prior)
        #expect(zip(q, [0.9, 0.05, 0.05]).allSatisfy { isClose($0, $1, 1e-15) })
        // β = −1 ignores the contexts.
        let ignore = NBCE(beta: -1, pooling: .average).probabilities(conditional: rows, unconditional: [0.5, 0.25, 0.25].map { log($0) })
        #expect(zip(ignore, [0.5, 0.25, 0.25]).allSatisfy { isClose($0, $1, 1e-15) })
        // A token the context-free row rules out keeps its pooled value (no +∞ for β > 0).
        let truncated = NBCE(beta: 2).combine(conditional: [confident], unconditional: [log(0.5), log(0.5), -.infinity])
        #expect(truncated.allSatisfy { $0.isFinite })
    }

    @Test("Entropy and KL divergence")
    func divergences() {
        #expect(isClose(NBCE.entropy(logProbabilities: [log(0.5), log(0.5), -.infinity]), log(2), 1e-15))
        #expect(NBCE.klDivergence([0.5, 0.5], [0.5, 0.5]) == 0)
        #expect(isClose(NBCE.klDivergence([1, 0], [0.5, 0.5]), log(2), 1e-15))
        #expect(NBCE.klDivergence([0.5, 0.5], [1, 0]) == .infinity)
    }
}
