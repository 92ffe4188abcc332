import Foundation

/// Reading a position back from its rotation angles, the way one reads a number digit by digit
/// (Su, kexue.fm/archives/9675): the slowest pair gives a coarse estimate, and each faster pair
/// refines it by choosing its own turn count.
extension RotaryEncoding {
    /// The phases `φᵢ = n θᵢ + εᵢ`, reduced to `[0, 2π)`, that a vector at position `n` carries
    /// in its `d/2` pairs, with an optional error `εᵢ` added to each (`noise` is indexed by pair;
    /// missing entries count as 0).
    public func phases(position n: Double, noise: [Double] = []) -> [Double] {
        (0..<pairCount).map { i in
            let angle = n * theta(i) + (i < noise.count ? noise[i] : 0)
            return angle - 2 * Double.pi * (angle / (2 * Double.pi)).rounded(.down)
        }
    }

    /// The position `n̂` read back from `phases`, most significant pair first.
    ///
    /// The estimate starts from pair `slowest` (the last pair by default), whose phase, taken in
    /// `(−π, π]`, gives `n̂ = φ/θ`; this is right while `n θ_slowest + ε < π`. Each faster pair
    /// `i` then picks the turn count that agrees with the coarser estimate,
    /// `jᵢ = round((n̂ θᵢ − φᵢ)/2π)`, and sets `n̂ = (φᵢ + 2π jᵢ)/θᵢ`. The result is the
    /// continuous estimate of pair 0 (or of the fastest pair used); it is `n + ε₀/θ₀` when every
    /// turn count is right (see ``decodingNoiseBound(slowest:)``).
    public func decodePosition(phases: [Double], slowest: Int? = nil) -> Double {
        let top = min(slowest ?? pairCount - 1, pairCount - 1, phases.count - 1)
        guard top >= 0 else { return 0 }
        func wrapped(_ a: Double) -> Double { a - 2 * Double.pi * (a / (2 * Double.pi)).rounded() }
        var estimate = wrapped(phases[top]) / theta(top)
        for i in stride(from: top - 1, through: 0, by: -1) {
            let turns = ((estimate * theta(i) - phases[i]) / (2 * Double.pi)).rounded()
            estimate = (phases[i] + 2 * Double.pi * turns) / theta(i)
        }
        return estimate
    }

    /// The largest phase error that ``decodePosition(phases:slowest:)`` always survives:
    /// `π / (1 + maxᵢ θᵢ/θᵢ₊₁)` over the pairs it uses.
    ///
    /// Step `i` is right iff `|ρᵢ εᵢ₊₁ − εᵢ| < π`, with the local radix `ρᵢ = θᵢ/θᵢ₊₁`: the
    /// coarse estimate's error, `εᵢ₊₁/θᵢ₊₁` positions, is `ρᵢ εᵢ₊₁` radians at pair `i`, and the
    /// pair's own error `εᵢ` adds to it. Errors with `|εᵢ| ≤ ε` and `ε < π/(1 + ρᵢ)` never break
    /// step `i`; for any larger ε, errors of size ε and opposite signs at `i + 1` and `i` do. So
    /// the bound is sharp, and guaranteed only strictly below it. For plain RoPE every radix is
    /// `β = b^{2/d}` and the bound is `π/(1 + β)`.
    public func decodingNoiseBound(slowest: Int? = nil) -> Double {
        let top = min(slowest ?? pairCount - 1, pairCount - 1)
        guard top >= 1 else { return .pi }
        let largestRadix = (0..<top).map { theta($0) / theta($0 + 1) }.max() ?? 1
        return Double.pi / (1 + largestRadix)
    }
}
