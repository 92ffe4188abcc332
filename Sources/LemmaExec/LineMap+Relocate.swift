import LemmaDiagnostics

extension LineMap {
    /// `result` in Markdown positions of `file`; failing claims become diagnostics, and
    /// diagnostics are ordered by position.
    func relocate(_ result: CanonicalResult, file: String, cached: Bool) -> ProgramResult {
        let claims = result.claims.map(relocate)
        let cells = result.cells.map { cell in
            CellResult(
                index: cell.index,
                outputs: cell.outputs.map { output in
                    if case .claim(let claim) = output { return .claim(relocate(claim)) }
                    return output
                },
                compileError: cell.compileErrors.map { errors in
                    errors.map { "\(file):\(line(forCanonical: $0.line)):\($0.column): error: \($0.message)" }
                        .joined(separator: "\n")
                }
            )
        }
        var diagnostics = result.diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.line = line(forCanonical: diagnostic.line)
            return moved
        }
        for claim in claims where !claim.passed {
            var message = "claim failed: \(claim.text)"
            if !claim.value.isEmpty {
                message += " (value \(claim.value)" + (claim.expected.map { ", expected \($0))" } ?? ")")
            }
            diagnostics.append(Diagnostic(
                file: file, line: claim.line, column: claim.column, stage: "execute", message: message
            ))
        }
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        return ProgramResult(
            cells: cells, inlineValues: result.inlineValues, claims: claims,
            diagnostics: ordered, cached: cached
        )
    }

    private func relocate(_ claim: ClaimResult) -> ClaimResult {
        var moved = claim
        moved.line = line(forCanonical: claim.line)
        moved.column = claimColumn(canonicalLine: claim.line, column: claim.column)
        return moved
    }
}
