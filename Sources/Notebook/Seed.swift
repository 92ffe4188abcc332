#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The seed of this run of the article program.
///
/// It is ``defaultSeed`` (0) unless the runner sets another: a page always shows the values of
/// the default seed, so it is the same on every build, while `lemma check --seeds N` runs a
/// program that *reads* this value N times, with seeds 0, 1, …, N − 1, and every claim must
/// hold in every run. A program that never reads it runs once.
///
/// Seed every random draw from it, so that a Monte-Carlo claim is checked for many seeds
/// rather than for one lucky one:
///
/// ```swift
/// var random = SeededGenerator(seed: seed)            // Lab's generator
/// var other = SeededGenerator(seed: seed(stream: 1))  // an independent second stream
/// ```
///
/// Outside an article program (the `LEMMA_SEED` environment variable unset) it is the default.
public var seed: UInt64 {
    _NotebookRuntime.readSeed()
}

/// A seed for the independent random stream `stream` of this run, derived from ``seed``.
///
/// Use one stream per purpose (data, noise, initialisation…) so that adding draws to one of
/// them does not shift the others. Different streams of one seed, and the same stream of
/// different seeds, give unrelated numbers (the SplitMix64 finaliser mixes both).
public func seed(stream: UInt64) -> UInt64 {
    SeedGenerator.mix(seed &+ (stream &+ 1) &* 0x9E37_79B9_7F4A_7C15)
}

/// The seed a program sees unless `lemma check --seed`/`--seeds` gives another.
public let defaultSeed: UInt64 = 0

/// A small random number generator seeded from ``seed`` (SplitMix64), for programs that do not
/// use a library of their own: `var random = SeedGenerator()`; `Double.random(in: 0..<1, using: &random)`.
public struct SeedGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for random stream `stream` of this run (see ``seed(stream:)``).
    public init(stream: UInt64 = 0) {
        state = seed(stream: stream)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's finaliser: a bijection of 64-bit words that spreads every input bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension _NotebookRuntime {
    /// The environment variable through which the runner passes the seed.
    public static let seedVariable = "LEMMA_SEED"

    nonisolated(unsafe) private static var cachedSeed: UInt64?

    /// The run's seed; the first read tells the runner (a `seed` record) that the program's
    /// results depend on it.
    static func readSeed() -> UInt64 {
        if let cachedSeed { return cachedSeed }
        var value = defaultSeed
        if let text = getenv(seedVariable), let parsed = UInt64(String(cString: text)) {
            value = parsed
        }
        cachedSeed = value
        WireRecord.seed(value).emit()
        return value
    }
}
