/// A dense row-major matrix of `Double`.
///
/// Rows are the natural unit in the attention code: a sequence of `n` query vectors of width
/// `d` is an `n × d` matrix.
public struct Matrix: Sendable, Hashable, CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries, row after row (`storage[i * columns + j]` is entry `(i, j)`).
    public var storage: [Double]

    /// A matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        storage = Array(repeating: value, count: self.rows * self.columns)
    }

    /// A matrix from its rows. Rows shorter than the first are padded with zeros, longer ones cut.
    public init(_ rowArrays: [[Double]]) {
        rows = rowArrays.count
        columns = rowArrays.first?.count ?? 0
        storage = []
        storage.reserveCapacity(rows * columns)
        for row in rowArrays {
            for j in 0..<columns {
                storage.append(j < row.count ? row[j] : 0)
            }
        }
    }

    /// A matrix from its rows as vectors.
    public init(rows rowVectors: [Vector]) {
        self.init(rowVectors.map(\.elements))
    }

    /// A matrix whose entry `(i, j)` is `entry(i, j)`.
    public init(rows: Int, columns: Int, entry: (Int, Int) -> Double) {
        self.init(rows: rows, columns: columns)
        for i in 0..<self.rows {
            for j in 0..<self.columns {
                storage[i * self.columns + j] = entry(i, j)
            }
        }
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        Matrix(rows: n, columns: n) { $0 == $1 ? 1 : 0 }
    }

    /// Entry `(i, j)`.
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }

    /// Row `i` as a vector.
    public func row(_ i: Int) -> Vector {
        Vector(Array(storage[(i * columns)..<((i + 1) * columns)]))
    }

    /// Column `j` as a vector.
    public func column(_ j: Int) -> Vector {
        Vector((0..<rows).map { storage[$0 * columns + j] })
    }

    /// All rows as vectors.
    public var rowVectors: [Vector] { (0..<rows).map(row) }

    /// All rows as arrays (handy for ``Heatmap``).
    public var rowArrays: [[Double]] { (0..<rows).map { row($0).elements } }

    /// Rows separated by newlines, entries by spaces.
    public var description: String {
        rowVectors.map(\.description).joined(separator: "\n")
    }
}
