import Foundation
import LemmaDiagnostics

/// Compiles and runs one article program; the result is in canonical positions.
struct ArticleRunner: Sendable {
    var toolchain: Toolchain
    var library: LinkedLibrary
    var configuration: ExamplesConfiguration
    /// The site root: article programs start there.
    var root: URL
    /// Where programs are compiled (a folder per program, removed afterwards).
    var workFolder: URL
    var environment: [String: String]
    var runner: ProcessRunner
    var log: @Sendable (String) -> Void

    /// `swiftc` flags for article programs (besides the library's), part of the cache key.
    /// Swift 5 language mode: top-level notebook code and globals shared across cells would
    /// otherwise be main-actor isolated and awkward to write.
    static let compilerFlags = ["-swift-version", "5", "-Onone", "-g", "-suppress-warnings",
                                "-diagnostic-style=llvm", "-module-name", "Article"]

    /// Environment of an article program: nothing from the builder's.
    static let programEnvironment = [
        "PATH": "/usr/bin:/bin",
        "LC_ALL": "C",
        "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none",
    ]

    /// An article program after compiling: the executable to run, or the result of a failed
    /// compile.
    enum Compilation: Sendable {
        /// `base` holds the cells (no outputs yet) and any `expect-error` findings.
        case compiled(folder: URL, executable: String, base: CanonicalResult)
        case failed(CanonicalResult)

        /// Removes the work folder.
        func discard() {
            guard case .compiled(let folder, _, _) = self else { return }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Compiles `program` in a work folder of its own (named after `key`), and type-checks its
    /// `expect-error` cells.
    func compile(_ source: ProgramSource, program: GeneratedProgram, key: String) async -> Compilation {
        var result = CanonicalResult(
            cells: program.lineMap.entries.filter(\.isCell).map { CanonicalResult.Cell(index: $0.index, outputs: []) },
            inlineValues: [:], claims: [], diagnostics: [], cacheable: true
        )
        let folder: URL
        do {
            folder = try claimFolder(named: key)
            try Data(program.main.utf8).write(to: folder.appendingPathComponent("main.swift"))
        } catch {
            result.diagnostics.append(diagnostic(source.file, "cannot write the program: \(error)"))
            result.cacheable = false
            return .failed(result)
        }
        let executable = folder.appendingPathComponent("program").path
        let compile = await swiftc([folder.appendingPathComponent("main.swift").path, "-o", executable])
        await checkExpectErrors(program, source: source, folder: folder, into: &result)
        guard compile.succeeded else {
            try? FileManager.default.removeItem(at: folder)
            result.diagnostics += compileDiagnostics(compile, file: source.file)
            result.cacheable = compile.termination != .timedOut
            log("\(source.file): does not compile (\(format(compile.seconds)))")
            return .failed(result)
        }
        log("\(source.file): compiled in \(format(compile.seconds))")
        return .compiled(folder: folder, executable: executable, base: result)
    }

    /// Runs a compiled program with `seed` (the `LEMMA_SEED` it sees).
    func execute(
        _ compilation: Compilation, source: ProgramSource, program: GeneratedProgram, seed: UInt64
    ) async -> CanonicalResult {
        let executable: String
        var result: CanonicalResult
        switch compilation {
        case .failed(let failed): return failed
        case .compiled(_, let path, let base): (executable, result) = (path, base)
        }
        let timeout = source.timeout ?? configuration.timeout
        var environment = Self.programEnvironment
        environment[Self.seedVariable] = String(seed)
        let outcome = await runner.run(ProcessRequest(
            executable: executable, arguments: [], environment: environment,
            workingDirectory: root.path, timeout: timeout,
            outputLimit: configuration.outputLimit, memoryLimit: configuration.memoryLimit,
            cpuTimeLimit: Int(timeout.rounded(.up)) * ProcessInfo.processInfo.activeProcessorCount + 5
        ))
        var analysis = RunAnalysis(
            file: source.file, lineMap: program.lineMap,
            limits: .init(timeout: timeout, outputLimit: configuration.outputLimit, memoryLimit: configuration.memoryLimit)
        )
        for (position, item) in source.items.enumerated() {
            if case .cell(let cell) = item, let seconds = cell.options.timeout {
                analysis.cellTimeouts[position] = seconds
            }
        }
        analysis.analyze(outcome, into: &result)
        var line = "\(source.file): ran in \(format(outcome.seconds))"
        if result.seed != nil { line += " (seed \(seed))" }
        if let slowest = analysis.slowest, program.lineMap.entries.indices.contains(slowest.item) {
            let entry = program.lineMap.entries[slowest.item]
            line += "; slowest: \(entry.isCell ? "cell" : "inline value") at line \(entry.line), \(format(slowest.seconds))"
        }
        log(line)
        return result
    }

    /// The environment variable that carries the seed (Notebook's `_NotebookRuntime.seedVariable`).
    static let seedVariable = "LEMMA_SEED"

    /// Type-checks each `expect-error` cell after the program before it.
    private func checkExpectErrors(
        _ program: GeneratedProgram, source: ProgramSource, folder: URL, into result: inout CanonicalResult
    ) async {
        for check in program.expectErrorChecks {
            let entry = program.lineMap.entries[check.item]
            let path = folder.appendingPathComponent("expect-error-\(check.item).swift")
            do {
                try Data(check.source.utf8).write(to: path)
            } catch {
                result.diagnostics.append(diagnostic(source.file, "cannot write a program: \(error)"))
                continue
            }
            let outcome = await swiftc(["-typecheck", path.path])
            if outcome.succeeded {
                result.diagnostics.append(Diagnostic(
                    file: source.file, line: entry.canonicalLine, column: entry.column, stage: "execute",
                    message: "this expect-error cell compiles without errors",
                    hint: "remove `expect-error` from the cell's info string, or make the code fail to compile"
                ))
                continue
            }
            let errors = CompilerDiagnostic.errors(in: outcome.stderrText + outcome.stdoutText, article: source.file)
                .filter { $0.file == source.file && entry.canonicalRange.contains($0.line) }
            if let slot = result.cells.firstIndex(where: { $0.index == entry.index }), !errors.isEmpty {
                result.cells[slot].compileErrors = errors
            }
        }
    }

    /// A new folder `<work>/<name>` (or `<name>-2`, … when another run is using it).
    private func claimFolder(named name: String) throws -> URL {
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        var attempt = 1
        while true {
            let folder = workFolder.appendingPathComponent(attempt == 1 ? name : "\(name)-\(attempt)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
                return folder
            } catch where attempt < 100 && FileManager.default.fileExists(atPath: folder.path) {
                attempt += 1
            }
        }
    }

    private func swiftc(_ arguments: [String]) async -> ProcessOutcome {
        await runner.run(ProcessRequest(
            executable: toolchain.swiftc,
            arguments: Self.compilerFlags + library.compilerFlags + arguments,
            environment: environment, timeout: 600, outputLimit: 16 << 20
        ))
    }

    /// Compiler errors as diagnostics; errors outside the article (the generated glue, the
    /// linker) are placed at the article's first program item.
    private func compileDiagnostics(_ outcome: ProcessOutcome, file: String) -> [Diagnostic] {
        let output = outcome.stderrText + outcome.stdoutText
        let errors = CompilerDiagnostic.errors(in: output, article: file)
        let located = errors.map { error in
            error.file == file
                ? Diagnostic(file: file, line: error.line, column: error.column, stage: "execute",
                             message: error.message, hint: error.hint)
                : diagnostic(file, "in the generated program: \(error.message)")
        }
        if !located.isEmpty { return located }
        let tail = output.split(separator: "\n").suffix(20).joined(separator: "\n")
        return [diagnostic(file, "the program does not compile:\n\(tail)")]
    }

    private func diagnostic(_ file: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: 0, column: 1, stage: "execute", message: message)
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.2f s", seconds)
    }
}
