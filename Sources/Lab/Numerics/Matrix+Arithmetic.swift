extension Matrix {
    /// The transpose.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns {
                result.storage[j * rows + i] = storage[i * columns + j]
            }
        }
        return result
    }

    /// The matrix product `lhs · rhs` (i-k-j loop order, cache friendly). The inner dimensions
    /// must agree; extra columns of `lhs` or rows of `rhs` are ignored otherwise.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        let inner = Swift.min(lhs.columns, rhs.rows)
        var result = Matrix(rows: lhs.rows, columns: rhs.columns)
        lhs.storage.withUnsafeBufferPointer { a in
            rhs.storage.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutableBufferPointer { c in
                    for i in 0..<lhs.rows {
                        for k in 0..<inner {
                            let aik = a[i * lhs.columns + k]
                            if aik == 0 { continue }
                            let bRow = k * rhs.columns
                            let cRow = i * rhs.columns
                            for j in 0..<rhs.columns {
                                c[cRow + j] += aik * b[bRow + j]
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The matrix–vector product `A x`.
    public static func * (matrix: Matrix, vector: Vector) -> Vector {
        Vector((0..<matrix.rows).map { i in
            var sum = 0.0
            for j in 0..<Swift.min(matrix.columns, vector.count) {
                sum += matrix.storage[i * matrix.columns + j] * vector[j]
            }
            return sum
        })
    }

    /// Entry-wise sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = lhs
        for i in 0..<Swift.min(lhs.storage.count, rhs.storage.count) {
            result.storage[i] += rhs.storage[i]
        }
        return result
    }

    /// Entry-wise difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = lhs
        for i in 0..<Swift.min(lhs.storage.count, rhs.storage.count) {
            result.storage[i] -= rhs.storage[i]
        }
        return result
    }

    /// Scales every entry.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        var result = matrix
        for i in result.storage.indices { result.storage[i] *= scalar }
        return result
    }

    /// Applies `transform` to every entry.
    public func mapEntries(_ transform: (Double) -> Double) -> Matrix {
        var result = self
        result.storage = storage.map(transform)
        return result
    }

    /// The largest absolute entry-wise difference, or +∞ when the shapes differ.
    public func maxAbsDifference(_ other: Matrix) -> Double {
        guard rows == other.rows, columns == other.columns else { return .infinity }
        return zip(storage, other.storage).map { abs($0 - $1) }.max() ?? 0
    }

    /// The Frobenius norm `√(Σ aᵢⱼ²)`.
    public var frobeniusNorm: Double {
        storage.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// A matrix with independent 𝒩(0, σ²) entries drawn from `generator`.
    public static func random(
        rows: Int, columns: Int, standardDeviation: Double = 1, using generator: inout SeededGenerator
    ) -> Matrix {
        var result = Matrix(rows: rows, columns: columns)
        for i in result.storage.indices {
            result.storage[i] = generator.normal(standardDeviation: standardDeviation)
        }
        return result
    }
}

extension Vector {
    /// A vector with independent 𝒩(0, σ²) components drawn from `generator`.
    public static func random(
        _ count: Int, standardDeviation: Double = 1, using generator: inout SeededGenerator
    ) -> Vector {
        Vector(generator.normals(count, standardDeviation: standardDeviation))
    }
}
