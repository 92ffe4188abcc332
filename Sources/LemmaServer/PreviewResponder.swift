import Hummingbird

/// Answers every request of the preview server: the live-reload event stream, and the site's
/// files from the current in-memory snapshot (never from disk paths built from the URL).
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    public let store: SiteStore
    public let hub: ReloadHub

    public init(store: SiteStore, hub: ReloadHub) {
        self.store = store
        self.hub = hub
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let (rawPath, query) = RequestPath.split(target: request.head.path ?? "")
        if rawPath == Substring(LiveReloadScript.eventsPath) {
            guard request.method == .get else { return Self.methodNotAllowed(allow: "GET") }
            return await eventStream()
        }
        guard request.method == .get || request.method == .head else {
            return Self.methodNotAllowed(allow: "GET, HEAD")
        }
        let response = await siteResponse(rawPath: rawPath, query: query, request: request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    func siteResponse(rawPath: Substring, query: Substring?, request: Request) async -> Response {
        let snapshot = await store.current()
        switch RequestPath.resolve(rawPath, basePath: snapshot.basePath) {
        case .invalid:
            return Self.plain(.badRequest, "400 Bad Request: the path is not allowed\n")
        case .outsideBase:
            if rawPath == "/" || rawPath + "/" == snapshot.basePath {
                return Self.redirect(to: snapshot.basePath + (query.map { "?" + $0 } ?? ""), status: .found)
            }
            return notFound(snapshot)
        case .site(let path):
            let lookup = snapshot.lookup(path)
            if snapshot.isBroken, Self.isPage(path: path, lookup: lookup) {
                return Self.overlay(snapshot)
            }
            switch lookup {
            case .file(let file, _):
                return Self.serve(file, status: .ok, ifNoneMatch: request.headers[.ifNoneMatch])
            case .folder:
                return Self.redirect(to: String(rawPath) + "/" + (query.map { "?" + $0 } ?? ""), status: .movedPermanently)
            case .missing:
                return notFound(snapshot)
            }
        }
    }

    /// Whether a path names an HTML page (replaced by the overlay while the build is broken).
    static func isPage(path: String, lookup: SiteSnapshot.Lookup) -> Bool {
        switch lookup {
        case .file(let file, _): return file.isHTML
        case .folder: return true
        case .missing:
            let name = path.split(separator: "/").last ?? ""
            return path.isEmpty || path.hasSuffix("/") || name.hasSuffix(".html") || !name.contains(".")
        }
    }

    func notFound(_ snapshot: SiteSnapshot) -> Response {
        if snapshot.isBroken { return Self.overlay(snapshot) }
        guard let page = snapshot.notFoundPage else {
            return Self.plain(.notFound, "404 Not Found\n")
        }
        return Self.serve(page, status: .notFound, ifNoneMatch: nil)
    }

    static func serve(_ file: ServedFile, status: HTTPResponse.Status, ifNoneMatch: String?) -> Response {
        var headers: HTTPFields = [
            .contentType: file.contentType, .eTag: file.etag, .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        if status == .ok, let ifNoneMatch, EntityTag.matches(ifNoneMatch: ifNoneMatch, etag: file.etag) {
            headers[.contentType] = nil
            var response = Response(status: .notModified, headers: headers)
            response.headers[.contentLength] = nil
            return response
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: file.body))
    }

    static func overlay(_ snapshot: SiteSnapshot) -> Response {
        Response(
            status: .internalServerError,
            headers: [.contentType: MediaType.forPath("index.html"), .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: ErrorOverlay.html(for: snapshot.diagnostics))))
    }

    static func redirect(to location: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.location: location, .cacheControl: "no-cache"])
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: MediaType.forPath("x.txt")],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func methodNotAllowed(allow: String) -> Response {
        var response = plain(.methodNotAllowed, "405 Method Not Allowed\n")
        response.headers[.allow] = allow
        return response
    }

    /// A `text/event-stream` response that stays open, forwarding the hub's events.
    func eventStream() async -> Response {
        let stream = await hub.subscribe()
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await chunk in stream {
                try await writer.write(ByteBuffer(string: chunk))
            }
            try await writer.finish(nil)
        })
    }
}
