/// The little dense linear algebra the flows need, kept out of the module's global namespace.
enum FlowLinearAlgebra {
    /// `a·x + y`, element by element.
    static func axpy(_ a: Double, _ x: [Double], _ y: [Double]) -> [Double] {
        zip(x, y).map { a * $0 + $1 }
    }

    /// Solves `A x = b` by Gaussian elimination with partial pivoting (small dense systems).
    static func solve(_ matrix: Matrix, _ rhs: [Double]) -> [Double] {
        let n = rhs.count
        var a = matrix.rowArrays, b = rhs
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) } ?? column
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            let diagonal = a[column][column]
            guard diagonal != 0 else { continue }
            for row in (column + 1)..<n {
                let factor = a[row][column] / diagonal
                guard factor != 0 else { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            let tail = ((row + 1)..<n).reduce(0) { $0 + a[row][$1] * x[$1] }
            x[row] = a[row][row] != 0 ? (b[row] - tail) / a[row][row] : 0
        }
        return x
    }
}
