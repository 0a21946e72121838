// jnp-level dtype and rank promotion: what turns `x + 1` and `a + b` of
// different dtypes and ranks into primitives of one dtype and rank.

extension Tensor {
    /// Converts to `dtype` (strongly typed), as `x.astype(dtype)`.
    ///
    /// ```swift
    /// try Tensor([1, 2]).astype(.float32)   // Array([1., 2.], dtype=float32)
    /// ```
    public func astype(_ dtype: DType) throws -> Tensor {
        try convert(to: dtype, weak: false)
    }

    /// Converts dtype and weak type, emitting `convert_element_type` only
    /// when either changes (JAX's `_convert_element_type`).
    func convert(to dtype: DType, weak: Bool) throws -> Tensor {
        if self.dtype == dtype && weakType == weak { return self }
        return try bind1(ConvertElementType(newDType: dtype, weakType: weak), [self])
    }
}

/// JAX's `promote_dtypes` + `_promote_shapes`: one result dtype for all
/// operands (weak types adopt the others'), and equal ranks (0-d operands
/// stay 0-d; lower-rank ones get leading size-1 dimensions).
/// Broadcast compatibility is checked on the original shapes so the error
/// names them, e.g. `add got incompatible shapes for broadcasting: (3,), (4,).`
func promoteOperands(_ name: String, _ operands: [Tensor], inexact: Bool = false) throws -> [Tensor] {
    // The common case first: same dtype, weak type and shape (nothing to do).
    if operands.count == 2, operands[0].aval == operands[1].aval, !inexact || operands[0].dtype.isFloatingPoint {
        return operands
    }
    var (dtype, weak) = (operands[0].dtype, operands[0].weakType)
    for x in operands.dropFirst() { (dtype, weak) = DType.promote((dtype, weak), (x.dtype, x.weakType)) }
    if inexact && !dtype.isFloatingPoint { dtype = .float32 }
    let shapes = operands.map(\.shape)
    do { _ = try Shape.broadcast(shapes, opName: name) } catch let e as TensorError {
        // Operands of different ranks fail in JAX's rank promotion, before the primitive.
        guard Set(shapes.map(\.count)).count > 1 else { throw e }
        throw TensorError("Incompatible shapes for broadcasting: shapes=[" + shapes.map(Shape.describe).joined(separator: ", ") + "]")
    }
    let rank = operands.map(\.ndim).max() ?? 0
    return try operands.map { x in
        var y = try x.convert(to: dtype, weak: weak)
        if y.ndim > 0 && y.ndim < rank {
            y = try y.broadcastInDim(shape: Array(repeating: 1, count: rank - y.ndim) + y.shape,
                                     broadcastDimensions: Array((rank - y.ndim)..<rank))
        }
        return y
    }
}

/// Applies a binary elementwise primitive after promotion.
func binaryOp<P: BinaryElementwise>(_ p: P, _ a: Tensor, _ b: Tensor, inexact: Bool = false) throws -> Tensor {
    let args = try promoteOperands(p.name, [a, b], inexact: inexact)
    return try bind1(p, args)
}

/// Applies a comparison after promotion.
func compareOp<P: Comparison>(_ p: P, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let args = try promoteOperands(p.name, [a, b])
    return try bind1(p, args)
}

/// Applies a unary float primitive, promoting integers and bools to float32
/// (JAX's `promote_dtypes_inexact`).
func unaryFloatOp<P: UnaryElementwise>(_ p: P, _ x: Tensor) throws -> Tensor {
    let y = x.dtype.isFloatingPoint ? x : try x.convert(to: .float32, weak: x.weakType)
    return try bind1(p, [y])
}
