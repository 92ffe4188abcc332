import Foundation
import Hummingbird
import LemmaDiagnostics
import LemmaSite
import Logging
import ServiceLifecycle
import UnixSignals

/// `lemma serve`: builds the site in memory, serves it over HTTP, watches the sources and
/// rebuilds on save, telling browsers to reload. Runs until SIGINT or SIGTERM, then shuts
/// down gracefully (event streams are closed first so no connection holds the server up).
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var root: URL
        public var host = "127.0.0.1"
        /// 0 picks a free port (the `listening` event tells which).
        public var port = 8000
        public var includeDrafts = false
        public var executesExamples = true
        /// How long the sources must stay quiet before a rebuild starts.
        public var quietWindow: Duration = .milliseconds(40)
        public var keepAliveInterval: Duration = .seconds(15)

        public init(root: URL) {
            self.root = root
        }
    }

    /// What the server reports while it runs (the command prints these).
    public enum Event: Sendable {
        case listening(url: String)
        case progress(ProgressLine)
        case log(String)
        case rebuilt(RebuildResult)
        case watchFailed(String)
    }

    public let configuration: Configuration
    public let events: @Sendable (Event) -> Void

    public init(configuration: Configuration, events: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.events = events
    }

    /// The build options the preview uses: in memory, with the live-reload script.
    public var buildOptions: BuildOptions {
        var options = BuildOptions(root: configuration.root)
        options.writesOutput = false
        options.includeDrafts = configuration.includeDrafts
        options.executesExamples = configuration.executesExamples
        options.bodySuffix = LiveReloadScript.html
        return options
    }

    /// Serves until SIGINT or SIGTERM arrives (when `handlingSignals`) or the task is
    /// cancelled; throws when the address cannot be bound.
    public func run(handlingSignals: Bool = true) async throws {
        let gracefulShutdownSignals: [UnixSignal] = handlingSignals ? [.sigint, .sigterm] : []
        var logger = Logger(label: "lemma.serve")
        logger.logLevel = .critical
        let events = self.events
        let preview = SitePreview(
            options: buildOptions, progress: { events(.progress($0)) }, log: { events(.log($0)) })
        // A configuration that does not load is reported, located, by the first build (console
        // and error overlay); until it loads, the site is served at `/`.
        let basePath: String
        switch Result(catching: { () throws(Diagnostic) in try SiteConfig.load(root: configuration.root) }) {
        case .success(let config): basePath = config.basePath
        case .failure: basePath = "/"
        }
        let host = configuration.host
        let app = Application(
            responder: PreviewResponder(store: preview.store, hub: preview.hub),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                events(.listening(url: "http://\(shownHost):\(port)\(basePath)"))
            },
            logger: logger)
        let rebuilder = RebuildService(
            preview: preview, quietWindow: configuration.quietWindow,
            keepAliveInterval: configuration.keepAliveInterval, events: events)
        // Shutdown runs in reverse order: the rebuilder closes the event streams first.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [app, rebuilder], gracefulShutdownSignals: gracefulShutdownSignals, logger: logger))
        try await group.run()
    }
}
