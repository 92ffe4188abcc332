import LemmaDiagnostics

/// An article program's result in canonical positions (see ``GeneratedProgram``): what the
/// cache stores, relocated to Markdown positions by ``LineMap/relocate(_:file:cached:)``.
struct CanonicalResult: Sendable, Hashable, Codable {
    struct Cell: Sendable, Hashable, Codable {
        var index: Int
        var outputs: [OutputItem]
        /// For an `expect-error` cell: its compile errors.
        var compileErrors: [CompilerDiagnostic]?
    }

    var cells: [Cell]
    var inlineValues: [Int: String]
    /// Claims with canonical lines and the columns the runtime reported.
    var claims: [ClaimResult]
    /// Compile errors, crashes and limits; canonical lines (0: not inside any item).
    var diagnostics: [Diagnostic]
    /// The seed the program read, or `nil` when it never read one (then every seed gives
    /// this same result).
    var seed: UInt64?
    /// False when the result depends on the moment (a time limit), so it is not cached.
    var cacheable: Bool
}
