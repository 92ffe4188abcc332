/// A parsed array-like environment (`matrix`, `cases`, `aligned`, `align`, …).
struct MathTable: Sendable, Hashable {
    /// One row of cells; a numbered display environment also records the row's equation number.
    struct Row: Sendable, Hashable {
        var cells: [MathNode]
        var number: EquationNumber?
        /// Extra space below the row, from `\\[5pt]`.
        var spacingBelow: String?
        /// An `\hline` above the row.
        var ruleAbove = false
        /// Overrides the column alignment of every cell in the row (`multline`).
        var alignment: String?
    }

    var rows: [Row]
    /// `right`, `left` or `center` for each column (the last one repeats).
    var columnAlignments: [String]
    /// A vertical rule after column `i` (from `|` in an `array` spec); index -1 is before the first.
    var rulesAfterColumn: Set<Int> = []
    /// An `\hline` after the last row.
    var ruleBelowLast = false
    /// CSS class naming the environment, e.g. `tex-matrix`, `tex-aligned`.
    var classes: String
    var displayStyle: Bool
    /// Whether the table carries equation numbers in an extra right column.
    var numbered = false

    func alignment(ofColumn column: Int) -> String {
        guard !columnAlignments.isEmpty else { return "center" }
        return columnAlignments[min(column, columnAlignments.count - 1)]
    }
}

/// The number shown beside a display equation or table row, and the label that names it.
struct EquationNumber: Sendable, Hashable {
    /// What the margin shows, e.g. `(3)` or, for `\tag*{A}`, `A`.
    var display: String
    /// What `\ref` shows (`3` or `A`).
    var reference: String
    /// The HTML id, when the equation has a `\label`.
    var id: String?
}
