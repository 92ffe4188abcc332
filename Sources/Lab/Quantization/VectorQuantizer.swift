/// Vector quantization with a learned codebook, as in VQ-VAE (van den Oord et al.,
/// "Neural Discrete Representation Learning", arXiv:1711.00937):
/// `k = argminᵢ ‖z − eᵢ‖`, `z_q = z + sg(e_k − z)` (straight-through: `∂L/∂z = ∂L/∂z_q`).
///
/// The auxiliary loss is `β‖e_k − sg(z)‖² + γ‖z − sg(e_k)‖²` (codebook and commitment terms).
/// Since `sg` only blocks gradients, `∇‖e_k − z‖² = ∇(‖e_k − sg z‖² + ‖z − sg e_k‖²)` exactly:
/// the first term moves the codeword, the second the encoder output.
public struct VectorQuantizer: Sendable, Hashable {
    /// The codebook, one codeword per row.
    public var codebook: Matrix

    /// Creates a quantizer with a codebook.
    public init(codebook: Matrix) {
        self.codebook = codebook
    }

    /// The number of codewords.
    public var size: Int { codebook.rows }

    /// The index of the nearest codeword (squared Euclidean distance; the lowest index on ties).
    public func nearest(_ z: [Double]) -> Int {
        var best = 0
        var bestDistance = Double.infinity
        for c in 0..<codebook.rows {
            var d2 = 0.0
            for j in 0..<min(codebook.columns, z.count) {
                let diff = z[j] - codebook[c, j]
                d2 += diff * diff
            }
            if d2 < bestDistance {
                bestDistance = d2
                best = c
            }
        }
        return best
    }

    /// The nearest codeword index of each row.
    public func assign(_ data: Matrix) -> [Int] {
        (0..<data.rows).map { nearest(data.row($0).elements) }
    }

    /// Each row replaced by its nearest codeword.
    public func quantize(_ data: Matrix) -> Matrix {
        Matrix(rows: assign(data).map { codebook.row($0) })
    }

    /// The squared distance `‖z − e_k‖²` to the nearest codeword (the value of both auxiliary terms).
    public func squaredError(_ z: [Double]) -> Double {
        let e = codebook.row(nearest(z)).elements
        return zip(z, e).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }

    /// Gradients of `β‖e_k − sg(z)‖² + γ‖z − sg(e_k)‖²`: with respect to z (`2γ(z − e_k)`, from
    /// the commitment term only) and to `e_k` (`2β(e_k − z)`, from the codebook term only).
    public func auxiliaryGradients(_ z: [Double], codebookWeight beta: Double = 1, commitmentWeight gamma: Double = 0.25)
        -> (encoder: [Double], codeword: [Double], index: Int)
    {
        let k = nearest(z)
        let e = codebook.row(k).elements
        return (zip(z, e).map { 2 * gamma * ($0 - $1) }, zip(z, e).map { 2 * beta * ($1 - $0) }, k)
    }
}
