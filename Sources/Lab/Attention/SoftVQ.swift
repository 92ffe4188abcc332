import Foundation

/// Performer read as a "soft" Transformer-VQ (Su, kexue.fm/archives/9862).
///
/// When every projection has the same norm, `e^{ωᵢ·k − ‖k‖²/2} = e^{‖ωᵢ‖²/2} e^{−‖k − ωᵢ‖²/2}`, so
/// the positive key feature is, up to a constant, a Gaussian bump centred at ωᵢ: an unnormalized
/// soft assignment of the key to the "codeword" ωᵢ (``RandomFeatures/gaussian(_:)``), while the
/// query side `e^{ωᵢ·q}` (``RandomFeatures/exponential(_:)``) is Transformer-VQ's `e^{q·cᵢ}`. The
/// helpers here make the assignment a probability and let a temperature harden it into the
/// one-hot nearest-codeword assignment of ``VQAttention``.
extension RandomFeatures {
    /// The tempered soft assignment `p_τ(y | k) = softmax_y(−‖k − ω_y‖² / (2τ))` of a key to the
    /// centres ω_y. At `τ = 1` it is ``gaussian(_:)`` divided by its sum; as `τ → 0` it tends to the
    /// one-hot row of the nearest centre (``VQAttention/keyFeatures(_:)`` with `C = Ω`), with every
    /// other entry at most `e^{−g/τ}`, where `g` is the gap between the halved squared distances
    /// to the second-nearest and the nearest centre.
    public func softAssignment(_ k: [Double], temperature: Double) -> [Double] {
        let logits = projections.rowArrays.map { w in
            -zip(k, w).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / (2 * temperature)
        }
        return Numerics.softmax(logits)
    }

    /// Transformer-VQ attention whose codebook is these projections:
    /// `VQAttention(codebook: Ω)`, the hard-assignment end of the soft-VQ reading.
    public var hardVQ: VQAttention {
        VQAttention(codebook: projections)
    }
}
