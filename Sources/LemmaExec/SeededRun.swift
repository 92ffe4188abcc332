import LemmaDiagnostics

/// One article program run with each seed it needs, from the cache where possible and compiled
/// at most once; the results merged into one ``ProgramResult``.
struct SeededRun: Sendable {
    var source: ProgramSource
    var program: GeneratedProgram
    /// The program's cache key without the seed.
    var key: String
    /// The seeds to try, the page's first (see ``SeedPlan``).
    var seeds: [UInt64]
    /// `nil` to run everything and store nothing.
    var cache: ResultCache?
    var runner: ArticleRunner

    func result() async -> ProgramResult {
        var compilation: ArticleRunner.Compilation?
        defer { compilation?.discard() }
        var compiledNow = false
        func run(_ seed: UInt64) async -> CanonicalResult {
            let seedKey = SourceFingerprint.hash([key, "seed \(seed)"])
            if let hit = cache?.load(seedKey) { return hit }
            if compilation == nil {
                compilation = await runner.compile(source, program: program, key: key)
                compiledNow = true
            }
            guard let compilation else { return CanonicalResult(cells: [], inlineValues: [:], claims: [], diagnostics: [], cacheable: false) }
            let fresh = await runner.execute(compilation, source: source, program: program, seed: seed)
            if fresh.cacheable { cache?.store(fresh, for: seedKey) }
            return fresh
        }

        let first = await run(seeds[0])
        var others: [(seed: UInt64, result: CanonicalResult)] = []
        if first.seed != nil {
            for seed in seeds.dropFirst() {
                others.append((seed, await run(seed)))
            }
        }
        var merged = program.lineMap.relocate(first, file: source.file, cached: !compiledNow)
        merged.readsSeed = first.seed != nil
        merged.seeds = first.seed == nil ? [seeds[0]] : seeds
        let relocated = others.map { ($0.seed, program.lineMap.relocate($0.result, file: source.file, cached: true)) }
        merged.mergeSweep(relocated, file: source.file)
        return merged
    }
}

extension ProgramResult {
    /// Folds the runs with other seeds into this one (the page's run): each claim's margin
    /// becomes the worst over all runs, and a claim that fails, or any other problem that
    /// appears, only with another seed becomes a diagnostic naming the first such seed and the
    /// command that reproduces it.
    mutating func mergeSweep(_ runs: [(seed: UInt64, result: ProgramResult)], file: String) {
        guard !runs.isEmpty else { return }
        struct Place: Hashable { var line: Int; var column: Int; var occurrence: Int }
        func places(_ claims: [ClaimResult]) -> [Place] {
            var seen: [SourcePosition: Int] = [:]
            return claims.map { claim in
                let position = SourcePosition(line: claim.line, column: claim.column)
                let occurrence = seen[position, default: 0]
                seen[position] = occurrence + 1
                return Place(line: claim.line, column: claim.column, occurrence: occurrence)
            }
        }
        let ownPlaces = places(claims)
        let slot = Dictionary(ownPlaces.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })

        struct Failure { var diagnostic: Diagnostic; var seed: UInt64; var count: Int }
        var failures: [SourcePosition: Failure] = [:]
        var order: [SourcePosition] = []
        let known = Set(diagnostics.map { SourcePosition(line: $0.line, column: $0.column) })
        for (seed, run) in runs {
            for (place, claim) in zip(places(run.claims), run.claims) {
                guard let index = slot[place] else { continue }
                if let margin = claim.margin {
                    claims[index].margin = max(claims[index].margin ?? 0, margin)
                } else if claim.kind == .approximate && !claim.passed {
                    claims[index].margin = .infinity
                }
            }
            var seenInRun = Set<SourcePosition>()
            for diagnostic in run.diagnostics where diagnostic.severity == .error {
                let position = SourcePosition(line: diagnostic.line, column: diagnostic.column)
                guard !known.contains(position), seenInRun.insert(position).inserted else { continue }
                if failures[position] == nil {
                    failures[position] = Failure(diagnostic: diagnostic, seed: seed, count: 0)
                    order.append(position)
                }
                failures[position]?.count += 1
            }
        }
        let total = runs.count + 1
        for index in claims.indices { claims[index].runs = total }
        for position in order {
            guard let failure = failures[position] else { continue }
            var diagnostic = failure.diagnostic
            diagnostic.message += " — with seed \(failure.seed)"
                + (failure.count > 1 ? " (and \(failure.count - 1) more of the \(total) seeds)" : "")
            diagnostic.hint = "the page's seed passes; reproduce with `lemma check --seed \(failure.seed) \(file)`"
            diagnostics.append(diagnostic)
        }
        diagnostics = diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }
}
