/// The affine map `x ↦ a·x + b` on ℂ: one step of the diagonal recurrence
/// `x_t = λ x_{t−1} + b_t`, and the element that ``Scan`` composes.
///
/// Composition is associative but not commutative:
/// `then(earlier, later) = (a′a, a′b + b′)` is "apply `earlier`, then `later`". The prefix
/// `e₁ ∘ … ∘ e_t` of the steps `(λ, b_k)` is `(λ^t, Σ_{k≤t} λ^{t−k} b_k)`, so its `b` is the
/// state `x_t` reached from `x_0 = 0`.
public struct ComplexAffine: Sendable, Hashable {
    /// The multiplier.
    public var a: Complex
    /// The offset.
    public var b: Complex

    /// `x ↦ a·x + b`.
    public init(a: Complex, b: Complex) {
        self.a = a
        self.b = b
    }

    /// `x ↦ x`.
    public static let identity = ComplexAffine(a: .one, b: .zero)

    /// `earlier` first, then `later`: `x ↦ a′(a x + b) + b′`.
    public static func then(_ earlier: ComplexAffine, _ later: ComplexAffine) -> ComplexAffine {
        ComplexAffine(a: later.a * earlier.a, b: later.a * earlier.b + later.b)
    }

    /// `a·x + b`.
    public func callAsFunction(_ x: Complex) -> Complex {
        a * x + b
    }
}

/// The affine map `x ↦ M x + v` on ℝᵈ: one step of a linear recurrence with a time-varying
/// dense matrix, `x_t = M_t x_{t−1} + v_t`, as in a Newton (DEER) sweep.
public struct MatrixAffine: Sendable, Hashable {
    /// The linear part.
    public var matrix: Matrix
    /// The offset.
    public var offset: Vector

    /// `x ↦ M x + v`.
    public init(matrix: Matrix, offset: Vector) {
        self.matrix = matrix
        self.offset = offset
    }

    /// `x ↦ x` on ℝᵈ.
    public static func identity(dimension: Int) -> MatrixAffine {
        MatrixAffine(matrix: .identity(dimension), offset: .zeros(dimension))
    }

    /// `earlier` first, then `later`: `x ↦ M′(M x + v) + v′ = (M′M) x + (M′v + v′)`.
    public static func then(_ earlier: MatrixAffine, _ later: MatrixAffine) -> MatrixAffine {
        MatrixAffine(matrix: later.matrix * earlier.matrix, offset: later.matrix * earlier.offset + later.offset)
    }

    /// `M x + v`.
    public func callAsFunction(_ x: Vector) -> Vector {
        matrix * x + offset
    }
}
