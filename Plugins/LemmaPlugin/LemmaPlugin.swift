import Foundation
import PackagePlugin

/// `swift package lemma build|check|serve|…`: runs the `lemma` executable on the package's site.
///
/// The package directory is passed as `--root`; every other argument goes to `lemma` unchanged.
/// `build` writes `site/` and `.lemma/` into the package, so it needs
/// `--allow-writing-to-package-directory`; `serve` also needs `--allow-network-connections
/// local:8000` (or the port given with `--port`). SIGINT and SIGTERM are forwarded to `lemma`,
/// so Ctrl-C stops a preview cleanly.
@main
struct LemmaPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "lemma")
        var arguments = arguments
        if arguments.isEmpty { arguments = ["--help"] }
        if !arguments.contains("--root") && !arguments.contains("--help") && arguments.first != "--version" {
            arguments.insert(contentsOf: ["--root", context.package.directoryURL.path], at: 1)
        }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        let forwarded = [SIGINT, SIGTERM].map { signalNumber -> DispatchSourceSignal in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber)
            source.setEventHandler { if process.isRunning { kill(process.processIdentifier, signalNumber) } }
            source.resume()
            return source
        }
        try process.run()
        process.waitUntilExit()
        forwarded.forEach { $0.cancel() }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("lemma \(arguments.first ?? "") failed (exit status \(process.terminationStatus))")
            throw LemmaFailed(status: process.terminationStatus)
        }
    }
}

/// `lemma` exited with a non-zero status (its diagnostics are already printed).
struct LemmaFailed: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "lemma exited with status \(status)" }
}
