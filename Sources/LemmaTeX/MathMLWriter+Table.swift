extension MathMLWriter {
    /// Writes an `<mtable>`. Column alignment is an attribute on every non-centred `<mtd>` (Firefox
    /// reads it; `math.css` maps it to `text-align` for Chromium). A numbered table gets a padding
    /// column on the left and a number column on the right, so each number sits on its own row at
    /// the right edge while the equations stay centred.
    mutating func writeTable(_ table: MathTable) throws(TeXError) {
        output += "<mtable class=\"\(table.classes)\(table.numbered ? " tex-numbered" : "")\""
        if table.displayStyle { output += " displaystyle=\"true\"" }
        output += ">"
        let columns = table.rows.map(\.cells.count).max() ?? 0
        for (rowIndex, row) in table.rows.enumerated() {
            output += "<mtr"
            if table.numbered, let id = row.number?.id { attribute("id", id) }
            var classes: [String] = []
            if row.ruleAbove { classes.append("tex-rule-above") }
            if rowIndex == table.rows.count - 1 && table.ruleBelowLast { classes.append("tex-rule-below") }
            if !classes.isEmpty { attribute("class", classes.joined(separator: " ")) }
            output += ">"
            if table.numbered { output += "<mtd class=\"tex-eqpad\"></mtd>" }
            let cellCount = table.numbered ? columns : row.cells.count
            for column in 0..<cellCount {
                output += "<mtd"
                let alignment = row.alignment ?? table.alignment(ofColumn: column)
                if alignment != "center" { attribute("columnalign", alignment) }
                var cellClasses: [String] = []
                if table.rulesAfterColumn.contains(column) { cellClasses.append("tex-rule-right") }
                if column == 0 && table.rulesAfterColumn.contains(-1) { cellClasses.append("tex-rule-left") }
                if !cellClasses.isEmpty { attribute("class", cellClasses.joined(separator: " ")) }
                if let spacing = row.spacingBelow { attribute("style", "padding-bottom:\(spacing)") }
                output += ">"
                if column < row.cells.count { try write(row.cells[column]) }
                output += "</mtd>"
            }
            if table.numbered {
                output += "<mtd class=\"tex-eqno\">"
                if let number = row.number {
                    output += "<mtext>"
                    appendEscaped(number.display)
                    output += "</mtext>"
                }
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
    }
}
