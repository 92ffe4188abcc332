import Foundation

/// What `lemma init` needs to know about the Swift package a site documents.
public struct HostPackage: Sendable, Hashable {
    /// The package's name.
    public var name: String
    /// Library products, sorted, without Lemma's own `Notebook`.
    public var libraryProducts: [String]
    /// The Swift modules built into ``libraryProducts``, sorted.
    public var modules: [String]

    /// Describes the package in `folder` with `swift package describe --type json`.
    public static func describe(_ folder: URL) async throws -> HostPackage {
        let runner = ProcessRunner()
        let environment = ProcessInfo.processInfo.environment
        let toolchain = try await Toolchain.locate(runner: runner, environment: environment)
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift,
            arguments: ["package", "--package-path", folder.path, "describe", "--type", "json"],
            environment: environment, timeout: 1800, outputLimit: 64 << 20))
        guard outcome.succeeded, let manifest = PackageManifest(describeJSON: Data(outcome.stdout)) else {
            throw ExecutorError.toolFailed(command: "swift package describe (in \(folder.path))", output: outcome.stderrText)
        }
        let name = (try? JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])?["name"] as? String
        let libraries = manifest.libraryProducts.filter { $0 != "Notebook" }.sorted()
        let modules = Set(libraries.flatMap { manifest.targets(in: $0) }.compactMap { manifest.swiftModules[$0] })
            .subtracting(["Notebook"]).sorted()
        return HostPackage(name: name ?? folder.lastPathComponent, libraryProducts: libraries, modules: modules)
    }
}
