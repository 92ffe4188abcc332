import Foundation

/// Builds the examples' library once, in release, into its own scratch folder: the generated
/// ``ExamplesPackage`` (in `<scratch>/package`), which re-exports the
/// configured products of the host package and `Notebook` as one dynamic library.
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

        let manifest = try await describe()
        let examples = try ExamplesPackage(host: package, products: configuration.products, manifest: manifest)
        var linked = configuration.products
        if case .hostProduct(let provider) = examples.notebook { linked.append(provider) }
        let hashedSources = configuration.hashedSources ?? manifest.hashedSources(of: linked)
        // Fingerprinted before building, so an edit made during the build is seen next time.
        let fingerprint = self.fingerprint(of: hashedSources)
        try examples.write(to: examplesFolder)
        try await buildExamples()
        let binPath = try await showBinPath()
        let library = LinkedLibrary(
            // A dynamic product of the host is a library of its own that LemmaExamples links to:
            // article programs link it too.
            binPath: binPath, modulesPath: binPath + "/Modules",
            linkProducts: [ExamplesPackage.product] + linked.filter { manifest.dynamicLibraryProducts.contains($0) },
            fingerprint: fingerprint, hashedSources: hashedSources,
            clangModuleMaps: LinkedLibrary.moduleMaps(binPath: binPath, module: ExamplesPackage.product)
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
        return SourceFingerprint.hash(
            [LemmaVersion.execution, toolchain.version, contents, EmbeddedNotebook.fingerprint] + configuration.products)
    }

    private func isPresent(_ library: LinkedLibrary) -> Bool {
        library.linkProducts.allSatisfy {
            FileManager.default.fileExists(atPath: "\(library.binPath)/lib\($0).so")
                || FileManager.default.fileExists(atPath: "\(library.binPath)/lib\($0).dylib")
        }
    }

    /// The generated examples package, `<scratch>/package`; SwiftPM builds it in
    /// `<scratch>/build` and describes the host package in `<scratch>/host`.
    private var examplesFolder: URL { scratch.appendingPathComponent("package") }

    private var commonArguments: [String] {
        ["build", "-c", "release", "--package-path", examplesFolder.path,
         "--scratch-path", scratch.appendingPathComponent("build").path]
    }

    private func buildExamples() async throws {
        log("building \(ExamplesPackage.product) for \(configuration.products.joined(separator: ", ")) (release) in \(scratch.path)")
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift, arguments: commonArguments + ["--product", ExamplesPackage.product],
            environment: environment, timeout: 3600, outputLimit: 64 << 20
        ))
        guard outcome.succeeded else {
            throw ExecutorError.libraryBuildFailed(
                product: configuration.products.joined(separator: ", "), output: outcome.stdoutText + outcome.stderrText)
        }
    }

    private func describe() async throws -> PackageManifest {
        let outcome = await runner.run(ProcessRequest(
            executable: toolchain.swift,
            arguments: ["package", "--package-path", package.path, "--scratch-path", scratch.appendingPathComponent("host").path,
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
