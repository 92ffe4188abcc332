import Foundation
import Testing
@testable import LemmaExec

@Suite struct ProcessRunnerTests {
    let runner = ProcessRunner()
    let environment = ["PATH": "/usr/bin:/bin"]

    func shell(_ script: String, timeout: Double? = nil, outputLimit: Int? = nil, memoryLimit: Int? = nil) async -> ProcessOutcome {
        await runner.run(ProcessRequest(
            executable: "/bin/sh", arguments: ["-c", script], environment: environment,
            workingDirectory: "/tmp", timeout: timeout, outputLimit: outputLimit, memoryLimit: memoryLimit
        ))
    }

    @Test func collectsOutputAndStatus() async {
        let outcome = await shell("pwd; echo oops >&2; exit 3")
        #expect(outcome.termination == .exited(3))
        #expect(outcome.stdoutText == "/tmp\n")
        #expect(outcome.stderrText == "oops\n")
    }

    @Test func environmentIsOnlyWhatWasGiven() async {
        let outcome = await shell("env | sort")
        #expect(outcome.stdoutText.contains("PATH=/usr/bin:/bin"))
        #expect(!outcome.stdoutText.contains("HOME="))
    }

    @Test func timeoutKillsTheWholeProcessGroup() async {
        let outcome = await shell("sleep 30 & sleep 30; echo done", timeout: 0.5)
        #expect(outcome.termination == .timedOut)
        #expect(outcome.seconds < 5)
        #expect(!outcome.stdoutText.contains("done"))
    }

    @Test func outputCapStopsAFlood() async {
        let outcome = await shell("yes flood", timeout: 20, outputLimit: 100_000)
        #expect(outcome.termination == .outputLimitExceeded)
        #expect(outcome.stdout.count <= 100_000)
        #expect(outcome.seconds < 10)
    }

    @Test func memoryLimitIsSetInTheChild() async {
        let outcome = await shell("ulimit -v", memoryLimit: 256 << 20)
        #expect(outcome.stdoutText == "262144\n")
    }

    @Test func cpuTimeLimitIsABackstop() async {
        let outcome = await runner.run(ProcessRequest(
            executable: "/bin/sh", arguments: ["-c", "while :; do :; done"], environment: environment,
            timeout: 20, cpuTimeLimit: 1
        ))
        #expect(outcome.termination == .signaled(24))
        #expect(outcome.seconds < 10)
    }

    @Test func missingProgramIsReportedNotThrown() async {
        let outcome = await runner.run(ProcessRequest(
            executable: "/nonexistent/program", arguments: [], environment: environment
        ))
        guard case .notStarted = outcome.termination else {
            Issue.record("expected notStarted, got \(outcome.termination)")
            return
        }
    }
}

@Suite struct SourceFingerprintTests {
    @Test func followsLinkedFoldersAndSeesEdits() throws {
        let root = try TemporarySite.make()
        let real = root.appendingPathComponent("real")
        let package = root.appendingPathComponent("package")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: package.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: package.appendingPathComponent("Sources/Linked"), withDestinationURL: real
        )
        try Data("a".utf8).write(to: real.appendingPathComponent("A.swift"))
        let before = SourceFingerprint.compute(package: package, paths: ["Sources"])
        try Data("b".utf8).write(to: real.appendingPathComponent("A.swift"))
        let after = SourceFingerprint.compute(package: package, paths: ["Sources"])
        #expect(before != after)
        #expect(after == SourceFingerprint.compute(package: package, paths: ["Sources", "Missing"]))
    }
}

@Suite struct PackageManifestTests {
    @Test func productsContainTheirTargetsDependencies() throws {
        let json = """
            {"name": "P", "products": [
                {"name": "Lab", "targets": ["Lab"], "type": {"library": ["dynamic"]}},
                {"name": "Notebook", "targets": ["Notebook"], "type": {"library": ["automatic"]}}],
             "targets": [
                {"name": "Lab", "target_dependencies": ["Charts"]},
                {"name": "Charts", "target_dependencies": ["Notebook"]},
                {"name": "Notebook"}]}
            """
        let manifest = try #require(PackageManifest(describeJSON: Data(json.utf8)))
        #expect(manifest.targets(in: "Lab") == ["Lab", "Charts", "Notebook"])
        #expect(manifest.targets(in: "Notebook") == ["Notebook"])
        #expect(manifest.targets(in: "Missing").isEmpty)
        #expect(PackageManifest(describeJSON: Data("[]".utf8)) == nil)
    }

    @Test func onlyTheLinkedTargetsSourcesKeyTheLibrary() throws {
        let json = """
            {"name": "P", "products": [
                {"name": "Lab", "targets": ["Lab"], "type": {"library": ["dynamic"]}},
                {"name": "tool", "targets": ["Tool"], "type": {"executable": null}}],
             "targets": [
                {"name": "Lab", "path": "Sources/Lab", "target_dependencies": ["Notebook"]},
                {"name": "Notebook", "path": "Sources/Notebook"},
                {"name": "Tool", "path": "Sources/tool", "target_dependencies": ["Lab"]}]}
            """
        let manifest = try #require(PackageManifest(describeJSON: Data(json.utf8)))
        #expect(manifest.hashedSources(of: ["Lab"])
            == ["Package.swift", "Package.resolved", "Sources/Lab", "Sources/Notebook"])
        #expect(manifest.hashedSources(of: ["tool"])
            == ["Package.swift", "Package.resolved", "Sources/Lab", "Sources/Notebook", "Sources/tool"])
    }
}
