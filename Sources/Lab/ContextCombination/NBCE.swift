import Foundation

/// How ``NBCE`` pools the per-context log-probabilities `log p(T|S_k)` into one vector.
public enum ContextPooling: String, Sendable, Hashable, CaseIterable {
    /// The mean over contexts, `(1/n) Σ_k log p(T|S_k)`, token by token: what the naive-Bayes
    /// derivation gives.
    case average
    /// The largest log-probability any context gives each token, token by token. The result is
    /// not the distribution of any one context.
    case maximum
    /// The whole distribution of the most confident context, the one with the smallest entropy
    /// `H_k = −Σ_T p(T|S_k) log p(T|S_k)` (the lowest index on a tie).
    case minimumEntropy
}

/// Naive-Bayes context extension, NBCE (Su, "NBCE：使用朴素贝叶斯扩展LLM的Context处理长度",
/// kexue.fm/archives/9617, 2023; Su et al., arXiv:2403.17552).
///
/// A model reads each context `S_k` on its own and predicts `p(T|S_k)`; it also predicts
/// `p(T)` with no context. Bayes' rule with contexts that are conditionally independent given
/// `T`, `p(S_1, …, S_n | T) = Π_k p(S_k|T)`, gives
///
///     log p(T|S_1, …, S_n) = Σ_k log p(T|S_k) − (n − 1) log p(T) + const.
///
/// NBCE writes this as `(β + 1) · P[log p(T|S)] − β · log p(T)` with the pooling `P` the mean
/// and `β = n − 1`, then treats `β` and `P` as free choices (see ``ContextPooling``).
/// `β = −1` ignores the contexts, `β = 0` keeps the pooled prediction, and `β > 0` pushes
/// away from the context-free prediction.
///
/// All vectors are natural-log probabilities over the same answers (tokens). A token that the
/// context-free prediction rules out (`log p(T) = −∞`) keeps its pooled value, as in Su's
/// reference code, instead of becoming `+∞` for `β > 0`.
public struct NBCE: Sendable, Hashable {
    /// The weight `β` of the context-free prediction.
    public var beta: Double
    /// How the contexts are pooled.
    public var pooling: ContextPooling

    /// Creates the combination `(β + 1) · P[log p(T|S)] − β · log p(T)`.
    public init(beta: Double, pooling: ContextPooling = .average) {
        self.beta = beta
        self.pooling = pooling
    }

    /// The exact naive-Bayes combination for `contexts` contexts: average pooling, `β = n − 1`.
    public static func naiveBayes(contexts: Int) -> NBCE {
        NBCE(beta: Double(contexts - 1), pooling: .average)
    }

    /// The pooled log-probabilities `P[log p(T|S)]`, one per token.
    ///
    /// - Parameter conditional: `conditional[k][T] = log p(T|S_k)`, one row per context.
    public func pooled(_ conditional: [[Double]]) -> [Double] {
        guard let first = conditional.first else { return [] }
        switch pooling {
        case .average:
            let n = Double(conditional.count)
            return first.indices.map { t in conditional.reduce(0) { $0 + $1[t] } / n }
        case .maximum:
            return first.indices.map { t in conditional.map { $0[t] }.max() ?? -.infinity }
        case .minimumEntropy:
            return conditional[NBCE.leastEntropicContext(conditional) ?? 0]
        }
    }

    /// The combined, normalized log-probabilities `log q(T)`:
    /// `(β + 1) · P[log p(T|S)] − β · log p(T)`, then a log-softmax over tokens.
    ///
    /// - Parameters:
    ///   - conditional: `conditional[k][T] = log p(T|S_k)`.
    ///   - unconditional: `log p(T)`, the prediction without any context.
    public func combine(conditional: [[Double]], unconditional: [Double]) -> [Double] {
        let pool = pooled(conditional)
        let scores = zip(pool, unconditional).map { pooledValue, prior in
            prior == -.infinity ? pooledValue : (beta + 1) * pooledValue - beta * prior
        }
        let normalizer = Numerics.logSumExp(scores)
        return scores.map { $0 - normalizer }
    }

    /// ``combine(conditional:unconditional:)`` as probabilities.
    public func probabilities(conditional: [[Double]], unconditional: [Double]) -> [Double] {
        combine(conditional: conditional, unconditional: unconditional).map { exp($0) }
    }

    /// The index of the context with the smallest entropy, the lowest index on a tie; `nil`
    /// when there is no context.
    public static func leastEntropicContext(_ conditional: [[Double]]) -> Int? {
        let entropies = conditional.map(entropy(logProbabilities:))
        guard let lowest = entropies.min() else { return nil }
        return entropies.firstIndex(of: lowest)
    }

    /// The Shannon entropy `−Σ p log p` (nats) of a distribution given as log-probabilities;
    /// a token with `log p = −∞` contributes 0.
    public static func entropy(logProbabilities: [Double]) -> Double {
        logProbabilities.reduce(0) { sum, logP in
            logP == -.infinity ? sum : sum - exp(logP) * logP
        }
    }

    /// The Kullback–Leibler divergence `KL(p‖q) = Σ p log(p/q)` (nats) between probability
    /// vectors; terms with `p = 0` contribute 0, and a `q = 0` where `p > 0` gives `+∞`.
    public static func klDivergence(_ p: [Double], _ q: [Double]) -> Double {
        zip(p, q).reduce(0) { sum, pair in
            let (pi, qi) = pair
            guard pi > 0 else { return sum }
            return qi > 0 ? sum + pi * log(pi / qi) : .infinity
        }
    }
}
