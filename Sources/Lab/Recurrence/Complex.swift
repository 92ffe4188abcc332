import Foundation

/// A complex number `re + i·im` in `Double`, with the arithmetic a diagonal recurrence needs.
///
/// The linear recurrent unit keeps its state in ℂ because a real matrix's eigenvalues come in
/// conjugate pairs `r e^{±iθ}`: a diagonal real recurrence can only decay, a diagonal complex
/// one can also rotate.
public struct Complex: Sendable, Hashable, CustomStringConvertible {
    /// The real part.
    public var re: Double
    /// The imaginary part.
    public var im: Double

    /// `re + i·im`.
    public init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    /// `r e^{iθ} = r cos θ + i r sin θ`.
    public init(radius: Double, phase: Double) {
        self.init(radius * cos(phase), radius * sin(phase))
    }

    /// 0.
    public static let zero = Complex(0, 0)
    /// 1, the identity of multiplication.
    public static let one = Complex(1, 0)
    /// The imaginary unit.
    public static let i = Complex(0, 1)

    /// `|z|² = re² + im²`.
    public var squaredMagnitude: Double { re * re + im * im }

    /// `|z|`, computed with `hypot` so that it neither overflows nor underflows early.
    public var magnitude: Double { hypot(re, im) }

    /// The argument `atan2(im, re) ∈ (−π, π]`.
    public var phase: Double { atan2(im, re) }

    /// `re − i·im`.
    public var conjugate: Complex { Complex(re, -im) }

    /// Whether both parts are finite.
    public var isFinite: Bool { re.isFinite && im.isFinite }

    /// `e^{z} = e^{re}(cos im + i sin im)`.
    public static func exp(_ z: Complex) -> Complex {
        Complex(radius: Foundation.exp(z.re), phase: z.im)
    }

    /// `z^n` for an integer `n ≥ 0`, by repeated squaring.
    public func power(_ n: Int) -> Complex {
        var result = Complex.one, base = self, k = n
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            base = base * base
            k >>= 1
        }
        return result
    }

    /// The sum.
    public static func + (lhs: Complex, rhs: Complex) -> Complex {
        Complex(lhs.re + rhs.re, lhs.im + rhs.im)
    }

    /// The difference.
    public static func - (lhs: Complex, rhs: Complex) -> Complex {
        Complex(lhs.re - rhs.re, lhs.im - rhs.im)
    }

    /// The negation.
    public static prefix func - (z: Complex) -> Complex {
        Complex(-z.re, -z.im)
    }

    /// The product `(a + ib)(c + id) = (ac − bd) + i(ad + bc)`.
    public static func * (lhs: Complex, rhs: Complex) -> Complex {
        Complex(lhs.re * rhs.re - lhs.im * rhs.im, lhs.re * rhs.im + lhs.im * rhs.re)
    }

    /// A real multiple.
    public static func * (lhs: Double, rhs: Complex) -> Complex {
        Complex(lhs * rhs.re, lhs * rhs.im)
    }

    /// The quotient `z / w = z·w̄ / |w|²`.
    public static func / (lhs: Complex, rhs: Complex) -> Complex {
        let denominator = rhs.squaredMagnitude
        let numerator = lhs * rhs.conjugate
        return Complex(numerator.re / denominator, numerator.im / denominator)
    }

    /// Adds in place.
    public static func += (lhs: inout Complex, rhs: Complex) {
        lhs = lhs + rhs
    }

    /// `a+bi` with Swift's shortest round-tripping representation of each part.
    public var description: String {
        im < 0 || (im == 0 && im.sign == .minus) ? "\(re)\(im)i" : "\(re)+\(im)i"
    }
}
