import Foundation
@testable import LemmaExec

/// One executor run over every fixture article, shared by the tests that read its results.
enum ExecutorRun {
    struct Outcome: Sendable {
        var root: URL
        var report: ExecutionReport

        func result(_ program: ProgramSource) -> ProgramResult {
            let position = Articles.all.firstIndex(of: program) ?? 0
            return report.results[position]
        }
    }

    static let first: Task<Outcome, any Error> = Task {
        try await TestLibrary.ready.value
        let root = try TemporarySite.make()
        let report = try await Executor(root: root, configuration: TestLibrary.configuration()).run(Articles.all)
        return Outcome(root: root, report: report)
    }
}
