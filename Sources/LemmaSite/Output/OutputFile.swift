import Foundation

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder (`posts/lion/index.html`).
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable, Hashable {
        case text(String)
        /// A file copied from the source tree (absolute path).
        case copy(from: String)
    }

    public init(path: String, text: String) {
        self.path = path
        self.contents = .text(text)
    }

    public init(path: String, copyFrom source: String) {
        self.path = path
        self.contents = .copy(from: source)
    }
}
