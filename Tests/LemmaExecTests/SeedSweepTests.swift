import Foundation
import Testing
@testable import LemmaExec

/// Seed sweeps: a program that reads `seed` runs once per seed and every claim must hold in
/// each run; a program that never reads it runs once.
@Suite struct SeedSweepTests {
    /// A Monte-Carlo-style claim that fails for exactly the seeds divisible by 5 (0 is the
    /// page's seed, so it is made to pass there), and a margin that grows with the seed.
    static let seeded = MarkdownFixture.program(file: "content/posts/seeded.md", markdown: """
        ```swift run
        let s = seed
        print("seed", s)
        claim(s == 0 || s % 5 != 0, "the seed is not a positive multiple of 5")
        claim(Double(s), approximately: 0, tolerance: .absolute(20), "the seed is near zero")
        ```
        """)

    static let unseeded = MarkdownFixture.program(file: "content/posts/unseeded.md", markdown: """
        ```swift run
        claim(1.5, approximately: 1.0, tolerance: .absolute(2), "a quarter of the tolerance")
        claim(3, equals: 3, "three is three")
        ```
        """)

    func run(_ programs: [ProgramSource], seeds: SeedPlan) async throws -> ExecutionReport {
        try await TestLibrary.ready.value
        let root = try TemporarySite.make()
        return try await Executor(root: root, configuration: TestLibrary.configuration(), seeds: seeds).run(programs)
    }

    @Test func aClaimThatFailsForSomeSeedNamesTheSeedAndTheCommand() async throws {
        let report = try await run([Self.seeded], seeds: .sweep(12))
        let result = try #require(report.results.first)
        #expect(result.readsSeed)
        #expect(result.seeds == Array(0..<12))
        #expect(result.cells.first?.outputs.first == .text("seed 0\n"))
        let failure = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(failure.line == 4 && failure.column == 1)
        #expect(failure.message == "claim failed: the seed is not a positive multiple of 5 — with seed 5 (and 1 more of the 12 seeds)")
        #expect(failure.hint == "the page's seed passes; reproduce with `lemma check --seed 5 content/posts/seeded.md`")
    }

    @Test func theReproducingSeedFailsOnItsOwn() async throws {
        let report = try await run([Self.seeded], seeds: SeedPlan(seeds: [5]))
        let result = try #require(report.results.first)
        #expect(result.cells.first?.outputs.first == .text("seed 5\n"))
        #expect(result.diagnostics.map(\.message) == ["claim failed: the seed is not a positive multiple of 5"])
    }

    @Test func marginsAreTheWorstCaseOverTheSweep() async throws {
        let report = try await run([Self.seeded, Self.unseeded], seeds: .sweep(4))
        let seeded = try #require(report.results.first)
        let near = try #require(seeded.claims.last)
        #expect(near.kind == .approximate)
        #expect(near.margin == 3.0 / 20)  // seed 3 of 0…3
        #expect(near.runs == 4)
        #expect(near.marginText == "15%")
        let unseeded = report.results[1]
        #expect(!unseeded.readsSeed)
        #expect(unseeded.seeds == [0])
        #expect(unseeded.claims.map(\.margin) == [0.25, nil])
        #expect(unseeded.claims.map(\.marginText) == ["25%", "exact"])
        #expect(unseeded.claims.map(\.runs) == [1, 1])
    }

    @Test func aProgramThatNeverReadsItsSeedRunsOnceAndEachSeedIsCached() async throws {
        try await TestLibrary.ready.value
        let root = try TemporarySite.make()
        let executor = Executor(root: root, configuration: TestLibrary.configuration(), seeds: .sweep(3))
        _ = try await executor.run([Self.seeded, Self.unseeded])
        let cached = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".lemma/cache").path)
        #expect(cached.count == 3 + 1)
        let again = try await executor.run([Self.seeded, Self.unseeded])
        #expect(again.compiled == 0 && again.cached == 2)
        #expect(again.results[0].diagnostics.count == 0)  // seeds 0…2 pass
    }
}
