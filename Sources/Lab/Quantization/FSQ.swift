import Foundation

/// Finite scalar quantization (Mentzer et al., "Finite Scalar Quantization: VQ-VAE Made Simple",
/// arXiv:2309.15505, App. A.1): bound each of the d channels to an interval holding `Lᵢ`
/// integers, then round. The implicit codebook is the grid of size `Πᵢ Lᵢ`; nothing is learned,
/// so there is no codebook collapse.
///
/// The bound follows the paper's reference code: `half = (L − 1)(1 − ε)/2` with ε = 1e-3,
/// `offset = 0.5` for even L and 0 for odd L, `f(z) = tanh(z + shift)·half − offset`, so that
/// `round(f(z))` takes exactly the L values `−⌊L/2⌋ … ⌈L/2⌉ − 1`.
///
/// **Choice of shift** (topics T12, gotcha 3): the reference code uses
/// `shift = tan(offset/half)`, which leaves `f(0) = −1.40e-5` for L = 8; `atanh(offset/half)`
/// makes `f(0) = 0` (to rounding). This type uses ``Shift/tan`` by default, to match published
/// checkpoints, and offers ``Shift/atanh``. The difference never changes a rounded level near 0.
///
/// Rounding is to nearest, ties to even (as `jnp.round`), with straight-through semantics: the
/// forward value is `round(f(z))`, the derivative with respect to z is `f′(z)` (round counts as
/// the identity, `round_ste(x) = x + sg(round(x) − x)`).
public struct FSQ: Sendable, Hashable {
    /// How the even-level shift is computed.
    public enum Shift: Sendable, Hashable, CaseIterable {
        /// `tan(offset/half)`, as in the paper's reference code (`f(0) ≠ 0` for even L).
        case tan
        /// `atanh(offset/half)`, which centres the bound exactly (`f(0) = 0`).
        case atanh
    }

    /// The number of levels per channel, `L₁ … L_d`.
    public var levels: [Int]
    /// The shift convention for even levels.
    public var shift: Shift
    /// The margin ε that keeps `tanh` away from the half-integers (1e-3).
    public var epsilon: Double

    /// Creates FSQ with the given levels (the paper recommends, e.g., `[8, 5, 5, 5]` for 1000 codes).
    ///
    /// - Precondition: every level is at least 2, and with the `atanh` shift every even level is at
    ///   least 4 (for L = 2 the required shift `atanh(0.5/half)` has no real value, since
    ///   `0.5/half > 1`).
    public init(levels: [Int], shift: Shift = .tan, epsilon: Double = 1e-3) {
        precondition(levels.allSatisfy { $0 >= 2 }, "FSQ needs at least 2 levels per channel, got \(levels)")
        precondition(
            shift == .tan || !levels.contains(2),
            "the atanh shift has no real value for L = 2 (0.5/half > 1); use shift: .tan")
        self.levels = levels
        self.shift = shift
        self.epsilon = epsilon
    }

    /// The implicit codebook size `Πᵢ Lᵢ`.
    public var codebookSize: Int { levels.reduce(1, *) }

    /// The number of channels d.
    public var dimension: Int { levels.count }

    private func parameters(_ channel: Int) -> (half: Double, offset: Double, shift: Double) {
        let level = Double(levels[channel])
        let half = (level - 1) * (1 - epsilon) / 2
        let offset = levels[channel] % 2 == 0 ? 0.5 : 0
        let s: Double
        switch shift {
        case .tan: s = Foundation.tan(offset / half)
        case .atanh: s = Foundation.atanh(offset / half)
        }
        return (half, offset, s)
    }

    /// The bounding function `f(z) = tanh(z + shift)·half − offset` for one channel.
    public func bound(_ z: Double, channel: Int) -> Double {
        let p = parameters(channel)
        return Foundation.tanh(z + p.shift) * p.half - p.offset
    }

    /// `f′(z) = half · (1 − tanh²(z + shift))`: the straight-through derivative of the quantized
    /// value with respect to z.
    public func derivative(_ z: Double, channel: Int) -> Double {
        let p = parameters(channel)
        let t = Foundation.tanh(z + p.shift)
        return p.half * (1 - t * t)
    }

    /// The integer code `round(f(zᵢ))` of each channel, in `−⌊Lᵢ/2⌋ … ⌈Lᵢ/2⌉ − 1`.
    public func quantize(_ z: [Double]) -> [Int] {
        (0..<min(z.count, levels.count)).map { Int(bound(z[$0], channel: $0).rounded(.toNearestOrEven)) }
    }

    /// The code scaled to `[−1, 1]` by `⌊L/2⌋`, as the paper's `quantize` returns it.
    public func quantizeNormalized(_ z: [Double]) -> [Double] {
        quantize(z).enumerated().map { Double($0.element) / Double(levels[$0.offset] / 2) }
    }

    /// The forward value and the straight-through Jacobian diagonal `f′(zᵢ)`.
    public func forward(_ z: [Double]) -> (code: [Int], jacobian: [Double]) {
        (quantize(z), (0..<min(z.count, levels.count)).map { derivative(z[$0], channel: $0) })
    }

    /// The place values `cumprod([1, L₁, …, L_{d−1}])`.
    public var basis: [Int] {
        var result: [Int] = []
        var product = 1
        for level in levels {
            result.append(product)
            product *= level
        }
        return result
    }

    /// The codebook index `Σᵢ (ẑᵢ + ⌊Lᵢ/2⌋)·basisᵢ`, or `nil` if a channel is out of range.
    public func index(of code: [Int]) -> Int? {
        guard code.count == levels.count else { return nil }
        var index = 0
        for (i, value) in code.enumerated() {
            let digit = value + levels[i] / 2
            guard digit >= 0, digit < levels[i] else { return nil }
            index += digit * basis[i]
        }
        return index
    }

    /// The code of an index in `0 ..< codebookSize` (the inverse of ``index(of:)``), or `nil`.
    public func code(at index: Int) -> [Int]? {
        guard index >= 0, index < codebookSize else { return nil }
        var rest = index
        return levels.map { level in
            defer { rest /= level }
            return rest % level - level / 2
        }
    }
}

/// The straight-through estimator (Bengio et al., arXiv:1308.3432): a function whose forward
/// value is `round(x)` and whose derivative is taken to be 1, written
/// `round_ste(x) = x + sg(round(x) − x)`.
public enum StraightThrough {
    /// The forward value `round(x)` (ties to even) and the backward derivative 1.
    public static func round(_ x: Double) -> (value: Double, derivative: Double) {
        (x + (x.rounded(.toNearestOrEven) - x), 1)
    }
}
