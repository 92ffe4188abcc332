/// A broken environment: examples cannot run at all (content errors are diagnostics instead).
public enum ExecutorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A tool (`swift`, `swiftc`) is not on `PATH`.
    case toolNotFound(String)
    /// A tool ran but failed; `output` is what it printed.
    case toolFailed(command: String, output: String)
    /// `swift build` of a configured product failed; `output` is what it printed.
    case libraryBuildFailed(product: String, output: String)
    /// A file under `.lemma/` could not be written.
    case fileSystem(String)

    public var description: String {
        switch self {
        case .toolNotFound(let tool):
            return "cannot find '\(tool)' on PATH: examples need a Swift toolchain"
        case .toolFailed(let command, let output):
            return "'\(command)' failed:\n\(output)"
        case .libraryBuildFailed(let product, let output):
            return "building the examples' library product '\(product)' failed:\n\(output)"
        case .fileSystem(let message):
            return message
        }
    }
}
