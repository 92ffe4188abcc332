import Foundation

/// The scalar linear recurrence `x_t = λ x_{t−1} + b_t` (`t = 1 … T`) over ℂ, evaluated three
/// ways: the loop, an associative scan of affine maps, and the closed form
/// `x_t = λ^t (x_0 + Σ_{k≤t} λ^{−k} b_k)`, which is a cumulative sum but overflows.
///
/// After diagonalization (`A = PΛP⁻¹`), every coordinate of a linear RNN is one such recurrence
/// (Orvieto et al., arXiv:2303.06349).
public enum DiagonalRecurrence {
    /// The states `x_1 … x_T` by the loop `x_t = λ x_{t−1} + b_t`.
    public static func sequential(lambda: Complex, inputs: [Complex], initial: Complex = .zero) -> [Complex] {
        var state = initial
        return inputs.map { input in
            state = lambda * state + input
            return state
        }
    }

    /// The states `x_1 … x_T` by scanning the steps `(λ, b_t)` with `algorithm` and applying each
    /// prefix to `initial`; the result carries the scan's depth and work.
    public static func scan(
        lambda: Complex, inputs: [Complex], initial: Complex = .zero, algorithm: Scan.Algorithm
    ) -> ScanResult<Complex> {
        let steps = inputs.map { ComplexAffine(a: lambda, b: $0) }
        let prefixes = Scan.inclusive(steps, algorithm: algorithm, identity: .identity, combine: ComplexAffine.then)
        return ScanResult(values: prefixes.values.map { $0(initial) }, depth: prefixes.depth, work: prefixes.work)
    }

    /// The states of the real recurrence `x_t = λ x_{t−1} + b_t` from `x_0 = 0` by the
    /// cumulative-sum closed form `x_t = λ^t Σ_{k≤t} λ^{−k} b_k`, in `Double`. Once `λ^{−k}`
    /// (or the sum) overflows, the states are infinite or NaN.
    public static func cumulativeSumForm(lambda: Double, inputs: [Double]) -> [Double] {
        var sum = 0.0
        return inputs.indices.map { index in
            let t = Double(index + 1)
            sum += pow(lambda, -t) * inputs[index]
            return pow(lambda, t) * sum
        }
    }

    /// ``cumulativeSumForm(lambda:inputs:)-(Double,_)`` in `Float`, where `λ^{−k}` overflows
    /// about eight times sooner.
    public static func cumulativeSumForm(lambda: Float, inputs: [Float]) -> [Float] {
        var sum: Float = 0
        return inputs.indices.map { index in
            let t = Float(index + 1)
            sum += pow(lambda, -t) * inputs[index]
            return pow(lambda, t) * sum
        }
    }
}
