/// Lloyd's k-means (Lloyd, 1957/1982) as a codebook learner: assign every point to its nearest
/// centroid, move each centroid to the mean of its points, repeat.
///
/// A centroid with no points keeps its position. That is the "dead code" behaviour of VQ: only
/// winners are updated, so a code initialized far from the data never moves (topics T12).
public enum KMeans {
    /// The outcome of a k-means run.
    public struct Result: Sendable, Hashable {
        /// The final centroids, one per row.
        public var centroids: Matrix
        /// The nearest-centroid index of every data row under the final centroids.
        public var assignments: [Int]
        /// The number of Lloyd iterations performed.
        public var iterations: Int
    }

    /// Runs `iterations` Lloyd steps from `initial`, stopping early when assignments stop changing.
    public static func fit(data: Matrix, initial: Matrix, iterations: Int) -> Result {
        var centroids = initial
        var assignments = VectorQuantizer(codebook: centroids).assign(data)
        var performed = 0
        for _ in 0..<max(0, iterations) {
            performed += 1
            var sums = Matrix(rows: centroids.rows, columns: centroids.columns)
            var counts = Array(repeating: 0, count: centroids.rows)
            for (i, c) in assignments.enumerated() {
                counts[c] += 1
                for j in 0..<centroids.columns { sums[c, j] += data[i, j] }
            }
            for c in 0..<centroids.rows where counts[c] > 0 {
                for j in 0..<centroids.columns { centroids[c, j] = sums[c, j] / Double(counts[c]) }
            }
            let next = VectorQuantizer(codebook: centroids).assign(data)
            if next == assignments { break }
            assignments = next
        }
        return Result(centroids: centroids, assignments: assignments, iterations: performed)
    }

    /// `k` distinct data rows chosen uniformly at random: the usual "initialize from data".
    public static func sampleRows(_ data: Matrix, count k: Int, using generator: inout SeededGenerator) -> Matrix {
        let order = generator.shuffled(Array(0..<data.rows))
        return Matrix(rows: order.prefix(k).map { data.row($0) })
    }
}
