import Foundation

/// How far Performer attention lands from softmax attention, predicted in closed form.
///
/// With m features the kernel estimate of pair (i, j) is a mean `(1/m) Σᵣ aᵢⱼ(ωᵣ)` of i.i.d.
/// per-feature samples with `E aᵢⱼ = e^{qᵢ·kⱼ}`. The output `ôᵢ = Σⱼ âᵢⱼ vⱼ / Σⱼ âᵢⱼ` is a ratio of
/// two such means; to first order in `1/√m` (the delta method) its error is
/// `ôᵢ − oᵢ ≈ (1/(m Dᵢ)) Σᵣ Σⱼ aᵢⱼ(ωᵣ)(vⱼ − oᵢ)`, with `Dᵢ = Σⱼ e^{qᵢ·kⱼ}`, a mean of zero-mean terms.
/// Hence
///
///     E‖ôᵢ − oᵢ‖² = (1/m) Σⱼ Σₗ Gⱼₗ (vⱼ − oᵢ)·(vₗ − oᵢ) / Dᵢ² + O(m⁻²),   Gⱼₗ = E[aᵢⱼ(ω) aᵢₗ(ω)],
///
/// and G has a closed form for both feature kinds (ω ~ 𝒩(0, I); write q for qᵢ):
/// - positive: `Gⱼₗ = exp(‖q‖² + 2q·kⱼ + 2q·kₗ + kⱼ·kₗ)`, from `E e^{ω·x} = e^{‖x‖²/2}`;
/// - trigonometric: `Gⱼₗ = ½ e^{‖q‖² + (‖kⱼ‖² + ‖kₗ‖²)/2} (e^{−‖kⱼ − kₗ‖²/2} + e^{−‖2q − kⱼ − kₗ‖²/2})`,
///   from `E cos(ω·u) = e^{−‖u‖²/2}` and the product-to-sum formula.
///
/// The per-feature samples are log-normal for positive features, so the first-order term is the
/// mean squared error only once m is large against the spread `e^{‖qᵢ + kⱼ‖²}`; before that, the
/// typical error is smaller than its root mean square (rare features carry the mean square).
extension RandomFeatures {
    /// The first-order mean squared error of Performer attention with `featureCount` i.i.d.
    /// Gaussian features, summed over the query rows: `Σᵢ E‖ôᵢ − oᵢ‖²` against softmax attention
    /// with unscaled logits `qᵢ·kⱼ`. It falls exactly as `1/m`.
    public static func asymptoticSquaredError(
        queries: Matrix, keys: Matrix, values: Matrix, featureCount: Int, trigonometric: Bool = false
    ) -> Double {
        let exact = Attention.softmax(queries: queries, keys: keys, values: values)
        let ks = keys.rowArrays, vs = values.rowArrays
        let keyNorms = ks.map { dot($0, $0) }
        let keyGram = ks.map { a in ks.map { b in dot(a, b) } }
        var total = 0.0
        for i in 0..<queries.rows {
            let q = queries.row(i).elements
            let qNorm = dot(q, q)
            let qk = ks.map { dot(q, $0) }
            let logD = Numerics.logSumExp(qk)
            let residuals = vs.map { v in zip(v, exact.row(i).elements).map { $0 - $1 } }
            var sum = 0.0
            for j in ks.indices {
                for l in ks.indices {
                    let g: Double
                    if trigonometric {
                        let apart = keyNorms[j] + keyNorms[l] - 2 * keyGram[j][l]             // ‖kⱼ − kₗ‖²
                        let toward = 4 * qNorm + keyNorms[j] + keyNorms[l]
                            + 2 * keyGram[j][l] - 4 * qk[j] - 4 * qk[l]                        // ‖2q − kⱼ − kₗ‖²
                        g = 0.5 * exp(qNorm + (keyNorms[j] + keyNorms[l]) / 2 - 2 * logD)
                            * (exp(-apart / 2) + exp(-toward / 2))
                    } else {
                        g = exp(qNorm + 2 * qk[j] + 2 * qk[l] + keyGram[j][l] - 2 * logD)
                    }
                    sum += g * dot(residuals[j], residuals[l])
                }
            }
            total += sum
        }
        return total / Double(featureCount)
    }
}
