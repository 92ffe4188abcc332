/// Fans server-sent events out to every open `/__lemma/events` connection.
///
/// Each subscriber gets its own stream of ready-to-send chunks in the `text/event-stream`
/// format; a `reload` event follows every published build, a comment line keeps idle
/// connections (and proxies) from timing out, and `close()` ends every stream so the server
/// can shut down without waiting for browsers.
public actor ReloadHub {
    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    public init() {}

    /// A new subscriber's stream; it starts with a comment so the client knows it is connected.
    public func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        continuation.yield("retry: 1000\n: connected\n\n")
        return stream
    }

    /// Number of open event streams.
    public var subscriberCount: Int { subscribers.count }

    /// Sends `event` with one line of `data` to every subscriber.
    public func send(event: String, data: String) {
        let chunk = "event: \(event)\ndata: \(data)\n\n"
        for continuation in subscribers.values { continuation.yield(chunk) }
    }

    /// Sends a comment line, which clients ignore.
    public func sendKeepAlive() {
        for continuation in subscribers.values { continuation.yield(": keep-alive\n\n") }
    }

    /// Sends keep-alive comments every `interval` until the calling task is cancelled.
    public func keepAlive(every interval: Duration) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            sendKeepAlive()
        }
    }

    /// Ends every stream and refuses new subscribers (server shutdown).
    public func close() {
        closed = true
        let open = subscribers.values
        subscribers = [:]
        for continuation in open { continuation.finish() }
    }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }
}
