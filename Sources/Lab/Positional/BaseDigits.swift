import Foundation

/// Positional number systems, the analogy behind RoPE's β-base reading (topics T4).
public enum BaseDigits {
    /// The digits of `n ≥ 0` in base `base ≥ 2`, most significant first, padded with zeros to at
    /// least `minimumCount` digits (for example 1749 in base 16 is `[6, 13, 5]`).
    public static func digits(_ n: Int, base: Int, minimumCount: Int = 1) -> [Int] {
        guard base >= 2, n >= 0 else { return [] }
        var digits: [Int] = []
        var rest = n
        repeat {
            digits.append(rest % base)
            rest /= base
        } while rest > 0
        while digits.count < minimumCount { digits.append(0) }
        return digits.reversed()
    }

    /// The digits of `n` in a mixed radix (least significant radix first, like seconds, minutes,
    /// hours): digit m is `⌊n / (β₁⋯β_{m−1})⌋ mod β_m`. Returned least significant first.
    public static func mixedRadixDigits(_ n: Int, radices: [Int]) -> [Int] {
        var rest = max(0, n)
        return radices.map { radix in
            guard radix > 0 else { return 0 }
            defer { rest /= radix }
            return rest % radix
        }
    }

    /// The smallest integer base `β` with `β^digitCount ≥ count`, i.e. enough for `digitCount`
    /// digits to write `0 … count − 1` (13 for 2000 numbers with 3 digits).
    public static func smallestBase(covering count: Int, digitCount: Int) -> Int {
        guard count > 1, digitCount > 0 else { return 2 }
        var base = max(2, Int(pow(Double(count), 1 / Double(digitCount)).rounded(.down)))
        while power(base, digitCount) < count { base += 1 }
        while base > 2 && power(base - 1, digitCount) >= count { base -= 1 }
        return base
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        var result = 1
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: base)
            if overflow { return .max }
            result = product
        }
        return result
    }
}
