import Foundation

/// A seeded random number generator with the distributions articles use, pinned so that the
/// same seed gives the same numbers on every machine.
///
/// Bits come from ``Xoshiro256StarStar`` seeded by ``SplitMix64``. Every distribution is
/// implemented here rather than taken from the standard library, whose algorithms may change:
///
/// - ``uniform()`` takes the top 53 bits: `(x >> 11) · 2⁻⁵³ ∈ [0, 1)`.
/// - ``normal(mean:standardDeviation:)`` uses the Box–Muller transform (Box & Muller, 1958),
///   `√(−2 ln u₁) · cos(2π u₂)` with `u₁ ∈ (0, 1]`, and keeps the sine partner for the next call.
/// - ``categorical(_:)`` walks the cumulative weights with one uniform draw.
///
/// `log`, `cos` and `sin` come from the platform's C library, so normal draws agree across
/// platforms to the last bit only where those functions are correctly rounded (glibc's are,
/// for these arguments, to within one ulp).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var bits: Xoshiro256StarStar
    private var spareNormal: Double?

    /// Creates a generator from a 64-bit seed.
    public init(seed: UInt64) {
        bits = Xoshiro256StarStar(seed: seed)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        bits.next()
    }

    /// A uniform draw from `[0, 1)` with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw from `[lower, upper)`.
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// A uniform integer in `0..<bound` without modulo bias (Lemire's multiply-and-reject).
    /// Returns 0 when `bound` is not positive.
    public mutating func integer(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A draw from the normal distribution 𝒩(mean, standardDeviation²) by Box–Muller.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return mean + standardDeviation * spare
        }
        let u1 = 1 - uniform()  // in (0, 1], so the logarithm is finite
        let u2 = uniform()
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * sin(angle)
        return mean + standardDeviation * radius * cos(angle)
    }

    /// `count` independent standard normal draws.
    public mutating func normals(_ count: Int, mean: Double = 0, standardDeviation: Double = 1) -> [Double] {
        (0..<max(0, count)).map { _ in normal(mean: mean, standardDeviation: standardDeviation) }
    }

    /// `count` independent uniform draws from `[lower, upper)`.
    public mutating func uniforms(_ count: Int, _ lower: Double = 0, _ upper: Double = 1) -> [Double] {
        (0..<max(0, count)).map { _ in uniform(lower, upper) }
    }

    /// A Laplace draw with location `mean` and scale `scale` (inverse-CDF method).
    public mutating func laplace(mean: Double = 0, scale: Double = 1) -> Double {
        let u = uniform() - 0.5
        let magnitude = -log(1 - 2 * abs(u))
        return mean + scale * (u < 0 ? -magnitude : magnitude)
    }

    /// An index drawn with probability proportional to `weights[i]`.
    ///
    /// Negative and non-finite weights count as 0. Returns `nil` when no weight is positive.
    public mutating func categorical(_ weights: [Double]) -> Int? {
        let clean = weights.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let total = clean.reduce(0, +)
        guard total > 0 else { return nil }
        let target = uniform() * total
        var cumulative = 0.0
        var last = 0
        for (index, weight) in clean.enumerated() where weight > 0 {
            cumulative += weight
            last = index
            if target < cumulative { return index }
        }
        return last
    }

    /// The elements of `array` in a uniformly random order (Fisher–Yates).
    public mutating func shuffled<Element>(_ array: [Element]) -> [Element] {
        var result = array
        var i = result.count - 1
        while i > 0 {
            let j = integer(below: i + 1)
            result.swapAt(i, j)
            i -= 1
        }
        return result
    }
}
