import NIOCore

/// One file of the site as the server sends it: its bytes, content type and strong entity tag.
public struct ServedFile: Sendable {
    public var body: ByteBuffer
    public var contentType: String
    /// A strong validator derived from the bytes alone (`"1f3a…-2048"`), stable across restarts.
    public var etag: String

    public init(bytes: some Collection<UInt8>, path: String) {
        self.body = ByteBuffer(bytes: bytes)
        self.contentType = MediaType.forPath(path)
        self.etag = EntityTag.strong(for: body)
    }

    public init(text: String, path: String) {
        self.body = ByteBuffer(string: text)
        self.contentType = MediaType.forPath(path)
        self.etag = EntityTag.strong(for: body)
    }

    /// Whether the file is an HTML page (which the build-error overlay replaces).
    public var isHTML: Bool { contentType.hasPrefix("text/html") }
}
