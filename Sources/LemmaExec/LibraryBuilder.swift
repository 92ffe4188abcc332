import Foundation

/// Builds the examples' library products once, in release, into their own scratch folder.
///
/// The rule for `Notebook`: article programs always import it. When none of the configured
/// products contains the `Notebook` target (directly or through its targets' dependencies, as
/// `Lab` does; read from `swift package describe`), the package's `Notebook` product is built
/// and linked too (it must then be a dynamic library product).
///
/// A stamp file remembers the last successful build; when the package sources, products and
/// compiler are unchanged, `swift build` is not run again.
struct LibraryBuilder: Sendable {
    var toolchain: Toolchain
    var package: URL
    var scratch: URL
    var configuration: ExamplesConfiguration
    var environment: [String: String]
    var runner: ProcessRunner
    var log: @Sendable (String) -> Void

    func build() async throws -> LinkedLibrary {
        let stamp = scratch.appendingPathComponent("lemma-library.json")
        // The last build's list of hashed sources includes the manifest, so when that list
        // could have changed the fingerprint differs and the package is described afresh.
        if let data = try? Data(contentsOf: stamp),
           let library = try? JSONDecoder().decode(LinkedLibrary.self, from: data),
           configuration.hashedSources.map({ $0 == library.hashedSources }) ?? true,
           library.fingerprint == fingerprint(of: library.hashedSources), isPresent(library) {
            return library
        }

        var linkProducts = configuration.products
        let manifest = try await describe()
        if !configuration.products.contains(where: { manifest.targets(in: $0).contains("Notebook") }) {
            linkProducts.append("Notebook")
        }
        for product in linkProducts where manifest.products[product] == nil {
            throw ExecutorError.libraryBuildFailed(
                product: product, output: "the package at \(package.path) has no product named '\(product)'"
            )
        }
        let hashedSources = configuration.hashedSources ?? manifest.hashedSources(of: linkProducts)
        // Fingerprinted before building, so an edit made during the build is seen next time.
        let fingerprint = self.fingerprint(of: hashedSources)
        for product in linkProducts {
            try await buildProduct(product)
        }
        let binPath = try await showBinPath()
        let library = LinkedLibrary(
            binPath: binPath, modulesPath: binPath + "/Modules", linkProducts: linkProducts,
            fingerprint: fingerprint, hashedSources: hashedSources
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try encoder.encode(library).write(to: stamp, options: .atomic)
        } catch {
            throw ExecutorError.fileSystem("cannot write \(stamp.path): \(error)")
        }
        return library
    }

    /// Hash of Lemma's execution version, the compiler, the configured products and the
    /// contents of `sources`.
    private func fingerprint(of sources: [String]) -> String {
        let contents = SourceFingerprint.compute(package: package, paths: sources)
        return SourceFingerprint.hash([LemmaVersion.execution, toolchain.version, contents] + configuration.products)
    }

    private func isPresent(_ library: LinkedLibrary) -> Bool {
        library.linkProducts.allSatisfy {
            FileManager.default.fileExists(atPath: "\(library.binPath)/lib\($0).so")
                || FileManager.default.fileExists(atPath: "\(library.binPath)/lib\($0).dylib")
        }
    }

    private var commonArguments: [String] {
        ["build", "-c", "release", "--package-path", package.path, "--scratch-path", scratch.path]
    }

    private func buildProduct(_ product: String) async throws {
        log("building \(product) (release) in \(scratch.path)")
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift, arguments: commonArguments + ["--product", product],
            environment: environment, timeout: 3600, outputLimit: 64 << 20
        ))
        guard outcome.succeeded else {
            throw ExecutorError.libraryBuildFailed(product: product, output: outcome.stdoutText + outcome.stderrText)
        }
    }

    private func describe() async throws -> PackageManifest {
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift,
            arguments: ["package", "--package-path", package.path, "--scratch-path", scratch.path,
                        "describe", "--type", "json"],
            environment: environment, timeout: 1800, outputLimit: 64 << 20
        ))
        guard outcome.succeeded, let manifest = PackageManifest(describeJSON: Data(outcome.stdout)) else {
            throw ExecutorError.toolFailed(
                command: "swift package describe (in \(package.path))", output: outcome.stderrText
            )
        }
        return manifest
    }

    private func showBinPath() async throws -> String {
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift, arguments: commonArguments + ["--show-bin-path"],
            environment: environment, timeout: 600, outputLimit: 1 << 20
        ))
        let path = outcome.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n").last.map(String.init) ?? ""
        guard outcome.succeeded, !path.isEmpty else {
            throw ExecutorError.toolFailed(command: "swift build --show-bin-path", output: outcome.stderrText)
        }
        return path
    }
}
