import ArgumentParser
import Foundation
import LemmaDiagnostics
import LemmaServer
import LemmaSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build in memory, serve it, rebuild on save and reload the browser.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(name: .long, help: "Address to bind (loopback unless told otherwise).")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include drafts.")
    var drafts = false

    @Flag(name: .long, help: "Open the site in the default browser once the server listens.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        var configuration = PreviewServer.Configuration(root: common.rootURL)
        configuration.host = host
        configuration.port = port
        configuration.includeDrafts = drafts
        let console = common.console
        let opensBrowser = open
        let server = PreviewServer(configuration: configuration) { event in
            Serve.report(event, console: console, opensBrowser: opensBrowser)
        }
        do {
            try await server.run()
        } catch {
            console.diagnostics([Diagnostic(
                file: common.root, stage: "serve", message: "cannot serve on \(host):\(port): \(error)")])
            throw ExitCode(1)
        }
        console.info("stopped")
    }

    static func report(_ event: PreviewServer.Event, console: Console, opensBrowser: Bool) {
        switch event {
        case .listening(let url):
            // Shown even with --quiet: it is the one thing the author needs.
            FileHandle.standardError.write(Data("serving \(url)  (Ctrl-C to stop)\n".utf8))
            if opensBrowser { openInBrowser(url, console: console) }
        case .progress(let line):
            console.detail(line.text)
        case .log(let text):
            console.detail(text)
        case .rebuilt(let result):
            let milliseconds = Int((result.duration / .milliseconds(1)).rounded())
            if let counts = result.counts {
                console.diagnostics(result.warnings)
                console.info(
                    "rebuilt in \(milliseconds) ms: \(counts.rendered) rendered, \(counts.compiled) compiled, "
                        + "\(counts.laidOut) laid out, \(result.changedPaths.count) files changed")
            } else {
                console.diagnostics(result.diagnostics)
                console.info("build failed in \(milliseconds) ms; the browser shows the errors until they are fixed")
            }
        case .watchFailed(let reason):
            console.diagnostics([Diagnostic(
                file: "content", stage: "serve", severity: .warning,
                message: "cannot watch for changes (\(reason)); restart to see edits")])
        }
    }

    static func openInBrowser(_ url: String, console: Console) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            console.info("cannot open a browser: \(error.localizedDescription)")
        }
    }
}
