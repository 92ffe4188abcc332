/// SplitMix64, the 64-bit generator of Steele, Lea & Flood ("Fast Splittable Pseudorandom Number
/// Generators", OOPSLA 2014), in the form Vigna recommends for seeding the xoshiro family.
///
/// Each call adds the golden-ratio increment `0x9E3779B97F4A7C15` to the state and returns a
/// mixed copy of it. From seed 0 the first output is `0xE220A8397B1DCDAF`.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The current 64-bit state.
    public private(set) var state: UInt64

    /// Creates a generator whose state is `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Advances the state and returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
