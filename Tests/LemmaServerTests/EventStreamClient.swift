import Foundation

/// A raw HTTP/1.1 client over a blocking socket, for reading a server-sent event stream that
/// never ends (the test client collects whole bodies). Blocking calls run on their own thread.
final class EventStreamClient: @unchecked Sendable {
    private let socket: Int32
    private let lock = NSLock()
    private var received = ""

    init(port: Int, path: String) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw FixtureError(description: "cannot connect to port \(port)")
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
    }

    deinit {
        close(socket)
    }

    /// Everything received so far.
    var text: String { lock.withLock { received } }

    /// Waits until the received text contains `marker`; false after `seconds`.
    func waitFor(_ marker: String, seconds: Double = 10) async -> Bool {
        await withCheckedContinuation { continuation in
            let thread = Thread { [self] in
                let deadline = Date().addingTimeInterval(seconds)
                var buffer = [UInt8](repeating: 0, count: 4096)
                while Date() < deadline {
                    if text.contains(marker) { return continuation.resume(returning: true) }
                    let count = recv(socket, &buffer, buffer.count, 0)
                    if count > 0 {
                        let chunk = String(decoding: buffer[0..<count], as: UTF8.self)
                        lock.withLock { received += chunk }
                    } else if count == 0 {
                        break
                    }
                }
                continuation.resume(returning: text.contains(marker))
            }
            thread.start()
        }
    }
}
