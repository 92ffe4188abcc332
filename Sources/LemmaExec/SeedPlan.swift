/// Which seeds article programs run with (Notebook's `seed`).
///
/// Every program runs first with ``seeds``' first element, whose results the page shows. A
/// program that read its seed in that run runs again with each of the other seeds, and every
/// claim must hold in every run; a program that never read it runs once.
public struct SeedPlan: Sendable, Hashable {
    /// The seeds, the page's first. Never empty.
    public private(set) var seeds: [UInt64]
    /// Site-relative files whose programs use ``seeds``; `nil` for every file. The others run
    /// with the default seed only.
    public var files: Set<String>?

    /// The seed a page shows unless told otherwise (Notebook's `defaultSeed`).
    public static let defaultSeed: UInt64 = 0

    /// One run with the default seed.
    public static let standard = SeedPlan(seeds: [defaultSeed])

    /// `seeds` (the default seed when empty), for `files` or every file.
    public init(seeds: [UInt64], files: Set<String>? = nil) {
        self.seeds = seeds.isEmpty ? [Self.defaultSeed] : seeds
        self.files = files
    }

    /// `count` runs with seeds 0, 1, …, count − 1 (at least one run).
    public static func sweep(_ count: Int) -> SeedPlan {
        SeedPlan(seeds: (0..<UInt64(max(1, count))).map { $0 })
    }

    /// The seeds the program of `file` runs with.
    public func seeds(for file: String) -> [UInt64] {
        guard let files, !files.contains(file) else { return seeds }
        return [Self.defaultSeed]
    }
}
