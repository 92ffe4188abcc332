import Foundation

extension Matrix {
    /// The inverse by Gauss–Jordan elimination with partial pivoting, or `nil` when the matrix
    /// is not square or a pivot is below `1e-14` times the largest entry (numerically singular).
    public var gaussJordanInverse: Matrix? {
        guard rows == columns else { return nil }
        let n = rows
        var left = self, right = Matrix.identity(n)
        let scale = storage.map(abs).max() ?? 0
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<max(column + 1, n) where abs(left[row, column]) > abs(left[pivot, column]) {
                pivot = row
            }
            guard abs(left[pivot, column]) > 1e-14 * scale else { return nil }
            if pivot != column {
                for j in 0..<n {
                    left.storage.swapAt(pivot * n + j, column * n + j)
                    right.storage.swapAt(pivot * n + j, column * n + j)
                }
            }
            let divisor = left[column, column]
            for j in 0..<n {
                left[column, j] /= divisor
                right[column, j] /= divisor
            }
            for row in 0..<n where row != column {
                let factor = left[row, column]
                if factor == 0 { continue }
                for j in 0..<n {
                    left[row, j] -= factor * left[column, j]
                    right[row, j] -= factor * right[column, j]
                }
            }
        }
        return right
    }

    /// The largest singular value `‖A‖₂`: the square root of the largest eigenvalue of `AᵀA`,
    /// found by cyclic Jacobi rotations (exact to rounding for the small matrices articles use).
    public var largestSingularValue: Double {
        let eigenvalues = (transposed * self).symmetricEigenvaluesByJacobi()
        return (eigenvalues.max() ?? 0).squareRoot()
    }

    /// The eigenvalues of a symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
    /// §8.5): rotate away every off-diagonal entry in turn until they are all below `1e-15`
    /// times the Frobenius norm.
    func symmetricEigenvaluesByJacobi(maxSweeps: Int = 100) -> [Double] {
        let n = rows
        var a = self
        let tiny = 1e-15 * max(frobeniusNorm, .leastNormalMagnitude)
        for _ in 0..<maxSweeps {
            var off = 0.0
            for p in 0..<n { for q in (p + 1)..<max(p + 1, n) { off += a[p, q] * a[p, q] } }
            if off.squareRoot() <= tiny { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p, q] != 0 {
                    let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k, p], akq = a[k, q]
                        a[k, p] = c * akp - s * akq
                        a[k, q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p, k], aqk = a[q, k]
                        a[p, k] = c * apk - s * aqk
                        a[q, k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { a[$0, $0] }
    }

    /// The real block-diagonal matrix whose `k`-th 2×2 block is `[[re λ_k, −im λ_k], [im λ_k, re λ_k]]`.
    ///
    /// The block acts on the pair `(p, q)` as `λ_k` acts on `p + iq` by multiplication, so it has
    /// the eigenvalues `λ_k` and `λ̄_k`. Every real matrix with distinct eigenvalues is similar to
    /// such a matrix (plus 1×1 blocks for real eigenvalues): the real form of `A = PΛP⁻¹`.
    public static func rotationScalingBlocks(_ eigenvalues: [Complex]) -> Matrix {
        var result = Matrix(rows: 2 * eigenvalues.count, columns: 2 * eigenvalues.count)
        for (k, lambda) in eigenvalues.enumerated() {
            result[2 * k, 2 * k] = lambda.re
            result[2 * k, 2 * k + 1] = -lambda.im
            result[2 * k + 1, 2 * k] = lambda.im
            result[2 * k + 1, 2 * k + 1] = lambda.re
        }
        return result
    }
}

extension Vector {
    /// The pairs `(v₀, v₁), (v₂, v₃), …` read as complex numbers `v₀ + i v₁, …`: the coordinates
    /// in which ``Matrix/rotationScalingBlocks(_:)`` is diagonal.
    public var complexPairs: [Complex] {
        stride(from: 0, to: count - 1, by: 2).map { Complex(self[$0], self[$0 + 1]) }
    }

    /// The inverse of ``complexPairs``: real and imaginary parts, interleaved.
    public init(complexPairs pairs: [Complex]) {
        self.init(pairs.flatMap { [$0.re, $0.im] })
    }
}
