import Foundation

/// A tiny embedding-table model in which rare rows get a zero gradient on most steps (topics T3).
///
/// The table has `rows × dimension` parameters (row-major, as one flat array for the optimizer).
/// Each step, row `r` appears in the batch with probability `frequencies[r]`; an appearing row
/// gets the gradient of `½‖E_r − target_r‖²`, namely `E_r − target_r`, and every other row gets
/// exactly 0. Targets are drawn once from 𝒩(0, 0.5²). Under Lion or Tiger with weight decay, a
/// row seen once keeps `sign(m) ≠ 0` for thousands of steps and drifts toward `∓1/λ`.
public struct RareTokenEmbedding: Sendable {
    /// The number of rows (vocabulary size).
    public let rows: Int
    /// The width of a row.
    public let dimension: Int
    /// The per-step probability that each row appears.
    public let frequencies: [Double]
    /// The target row each appearance pulls toward, flattened row-major.
    public let targets: [Double]
    private var generator: SeededGenerator

    /// Creates the model; `frequencies` has one probability per row.
    public init(frequencies: [Double], dimension: Int, seed: UInt64) {
        self.rows = frequencies.count
        self.dimension = max(1, dimension)
        self.frequencies = frequencies
        var generator = SeededGenerator(seed: seed)
        targets = generator.normals(frequencies.count * max(1, dimension), standardDeviation: 0.5)
        self.generator = generator
    }

    /// Zipf frequencies `p_r = min(1, top / (r + 1)^exponent)` for `rows` rows.
    public static func zipfFrequencies(rows: Int, top: Double = 1, exponent: Double = 1) -> [Double] {
        (0..<max(0, rows)).map { Swift.min(1, top / pow(Double($0 + 1), exponent)) }
    }

    /// Draws which rows appear this step and returns the gradient at `table`.
    public mutating func nextGradient(at table: [Double]) -> [Double] {
        var gradient = Array(repeating: 0.0, count: rows * dimension)
        for r in 0..<rows where generator.uniform() < frequencies[r] {
            for j in 0..<dimension {
                let index = r * dimension + j
                if index < table.count { gradient[index] = table[index] - targets[index] }
            }
        }
        return gradient
    }

    /// The largest absolute entry of each row of `table`.
    public func rowMaxAbs(_ table: [Double]) -> [Double] {
        (0..<rows).map { r in
            (0..<dimension).map { abs(table[r * dimension + $0]) }.max() ?? 0
        }
    }
}
