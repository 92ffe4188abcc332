/// An article program ready to compile: Swift text in *canonical* positions plus the map back
/// to the article.
///
/// Canonical positions number the program items' lines consecutively from 1, as if the
/// article had no prose: a prose edit that moves a cell changes the map, not the program, so
/// the compiled result can be reused from the cache and only relocated.
struct GeneratedProgram: Sendable, Hashable {
    /// `main.swift` of the article program (every item except `expect-error` cells).
    var main: String
    /// For each `expect-error` cell (by item position): the program up to and including that
    /// cell, to type-check on its own.
    var expectErrorChecks: [ExpectErrorCheck]
    /// Canonical ↔ Markdown positions.
    var lineMap: LineMap
}

/// One `expect-error` cell's separate type-check.
struct ExpectErrorCheck: Sendable, Hashable {
    /// Position of the cell among the program's items.
    var item: Int
    /// Swift text: the program before the cell, then the cell.
    var source: String
}
