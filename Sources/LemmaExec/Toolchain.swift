import Foundation

/// The Swift tools examples are built with.
struct Toolchain: Sendable, Hashable {
    /// Absolute paths of `swift` and `swiftc`.
    var swift: String
    var swiftc: String
    /// `swiftc --version`, part of every cache key.
    var version: String

    /// Finds the tools on `PATH` and asks the compiler its version.
    static func locate(runner: ProcessRunner, environment: [String: String]) async throws -> Toolchain {
        let swift = try find("swift", environment: environment)
        let swiftc = try find("swiftc", environment: environment)
        let outcome = await runner.run(ProcessRequest(
            executable: swiftc, arguments: ["--version"], environment: environment,
            timeout: 60, outputLimit: 1 << 20
        ))
        guard outcome.succeeded else {
            throw ExecutorError.toolFailed(command: "swiftc --version", output: outcome.stderrText)
        }
        let version = outcome.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        return Toolchain(swift: swift, swiftc: swiftc, version: version)
    }

    private static func find(_ tool: String, environment: [String: String]) throws -> String {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw ExecutorError.toolNotFound(tool)
    }
}
