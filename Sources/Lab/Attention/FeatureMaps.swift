import Foundation

/// Deterministic feature maps for kernelized linear attention.
///
/// Linear attention replaces `e^{q·k}` by a kernel `φ(q)·φ(k)` so that the sums over keys can be
/// accumulated once (``Attention/linear(queries:keys:values:causal:features:)``). Performer's
/// random features (``RandomFeatures``) estimate `e^{q·k}` itself; the maps here define a
/// different kernel and make no attempt to approximate the softmax.
extension Attention {
    /// The exponential linear unit (Clevert et al., arXiv:1511.07289):
    /// `elu(x) = x` for `x > 0` and `α(eˣ − 1)` for `x ≤ 0`.
    public static func elu(_ x: Double, alpha: Double = 1) -> Double {
        x > 0 ? x : alpha * expm1(x)
    }

    /// The feature map of "Transformers are RNNs" (Katharopoulos et al., arXiv:2006.16236, eq. 7),
    /// applied to each component: `φ(x)ₐ = elu(xₐ) + 1`, that is `xₐ + 1` for `xₐ > 0` and `e^{xₐ}`
    /// for `xₐ ≤ 0`.
    ///
    /// Every feature is positive, so the denominators `φ(qᵢ)·Σⱼ φ(kⱼ)` of linear attention never
    /// vanish and each output row is a convex combination of values. The map keeps the width
    /// (`m = d`) and is continuously differentiable (slope 1 on both sides of 0). For large inputs it
    /// grows only linearly: `φ(t q)/t → relu(q)` as `t → ∞`, so the kernel cannot sharpen the way
    /// `e^{t q·k}` does.
    public static func eluPlusOne(_ x: [Double]) -> [Double] {
        x.map { $0 > 0 ? $0 + 1 : exp($0) }
    }

    /// Linear attention with the elu + 1 feature map for queries and keys (Katharopoulos et al.,
    /// arXiv:2006.16236): `oᵢ = φ(qᵢ)ᵀ Σⱼ φ(kⱼ) vⱼᵀ / φ(qᵢ)ᵀ Σⱼ φ(kⱼ)`, over `j ≤ i` when `causal`.
    public static func eluLinear(queries: Matrix, keys: Matrix, values: Matrix, causal: Bool = false) -> Matrix {
        linear(queries: queries, keys: keys, values: values, causal: causal, features: eluPlusOne)
    }
}
