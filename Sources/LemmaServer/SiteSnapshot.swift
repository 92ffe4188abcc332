import LemmaDiagnostics

/// The whole site as served at one moment: every file in memory, or the diagnostics of a
/// failed build (served as an overlay in place of HTML pages, over the last good files).
public struct SiteSnapshot: Sendable {
    /// Files by path relative to the site (`posts/x/index.html`).
    public var files: [String: ServedFile]
    /// The path part of the site's base URL (`/` or `/blog/`).
    public var basePath: String
    /// Empty while the last build succeeded.
    public var diagnostics: [Diagnostic]
    /// Counts published builds, so clients can tell snapshots apart.
    public var generation: Int

    public init(files: [String: ServedFile], basePath: String = "/", diagnostics: [Diagnostic] = [], generation: Int = 0) {
        self.files = files
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        self.diagnostics = diagnostics
        self.generation = generation
    }

    /// Whether the last build failed.
    public var isBroken: Bool { !diagnostics.isEmpty }

    /// What a site-relative path names.
    public enum Lookup: Sendable {
        /// A file and the key it was found under.
        case file(ServedFile, key: String)
        /// A folder requested without its trailing slash: redirect to the slashed path.
        case folder
        case missing
    }

    /// Finds the file for a site-relative path: `index.html` for the root and for folders.
    public func lookup(_ path: String) -> Lookup {
        if path.isEmpty || path.hasSuffix("/") {
            let key = path + "index.html"
            return files[key].map { .file($0, key: key) } ?? .missing
        }
        if let file = files[path] { return .file(file, key: path) }
        if files[path + "/index.html"] != nil { return .folder }
        return .missing
    }

    /// The site's own 404 page, when it has one.
    public var notFoundPage: ServedFile? { files["404.html"] }
}
