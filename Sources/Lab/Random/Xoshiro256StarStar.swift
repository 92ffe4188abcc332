/// xoshiro256**, the all-purpose 64-bit generator of Blackman & Vigna ("Scrambled Linear
/// Pseudorandom Number Generators", ACM TOMS 2021), seeded from ``SplitMix64`` as its authors
/// recommend.
///
/// The output is the same on every platform and Swift version: the algorithm uses only 64-bit
/// integer arithmetic. Use ``SeededGenerator`` for the distributions an article needs.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    /// The four 64-bit state words `s[0]…s[3]`.
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose four state words are the first four outputs of
    /// `SplitMix64(seed: seed)`.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        state = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    /// Returns the next 64 random bits: `rotl(s1 · 5, 7) · 9`, then advances the state.
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotateLeft(state.3, by: 45)
        return result
    }

    private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// Two generators are equal when their states are equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.state == rhs.state
    }

    /// Hashes the four state words.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0)
        hasher.combine(state.1)
        hasher.combine(state.2)
        hasher.combine(state.3)
    }
}
