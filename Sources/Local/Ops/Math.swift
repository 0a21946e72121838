// Elementwise math functions, as jax.numpy names them (lowerCamel in Swift).

/// Elementwise e^x (integers are promoted to float32).
///
/// ```swift
/// try exp(Tensor([0.0, 1.0]))   // Array([1.       , 2.7182817], dtype=float32)
/// ```
public func exp(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Exp(), x) }
/// Elementwise natural logarithm.
public func log(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Log(), x) }
/// Elementwise log(1 + x).
public func log1p(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Log1p(), x) }
/// Elementwise e^x − 1.
public func expm1(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Expm1(), x) }
/// Elementwise square root.
public func sqrt(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Sqrt(), x) }
/// Elementwise 1/√x.
public func rsqrt(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Rsqrt(), x) }
/// Elementwise sine.
public func sin(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Sin(), x) }
/// Elementwise cosine.
public func cos(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Cos(), x) }
/// Elementwise tangent.
public func tan(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Tan(), x) }
/// Elementwise hyperbolic tangent.
public func tanh(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Tanh(), x) }
/// Elementwise logistic sigmoid 1/(1+e^−x) (`jax.nn.sigmoid`, `lax.logistic`).
public func sigmoid(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Logistic(), x) }
/// Elementwise error function (`jax.scipy.special.erf`).
public func erf(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Erf(), x) }
/// Elementwise inverse error function (`jax.scipy.special.erfinv`).
public func erfinv(_ x: Tensor) throws -> Tensor { try unaryFloatOp(ErfInv(), x) }
/// Softplus log(1 + e^x), composed stably as max(x, 0) + log1p(e^−|x|).
///
/// ```swift
/// try softplus(Tensor([0.0]))   // log 2
/// ```
public func softplus(_ x: Tensor) throws -> Tensor {
    let y = x.dtype.isFloatingPoint ? x : try x.astype(.float32)
    return try maximum(y, 0) + log1p(exp(-abs(y)))
}

/// Elementwise floor (integers unchanged).
public func floor(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Floor(), [x]) : x }
/// Elementwise ceiling (integers unchanged).
public func ceil(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Ceil(), [x]) : x }
/// Rounds half to even, as `jnp.round` (integers unchanged).
public func round(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Round(roundingMethod: 1), [x]) : x }
/// Elementwise absolute value.
public func abs(_ x: Tensor) throws -> Tensor { x.dtype == .bool ? x : try bind1(Abs(), [x]) }
/// Elementwise sign: −1, 0 or 1.
public func sign(_ x: Tensor) throws -> Tensor { x.dtype == .bool ? x : try bind1(Sign(), [x]) }

/// Elementwise maximum with broadcasting; NaN propagates (`jnp.maximum`).
///
/// ```swift
/// try maximum(x, 0)   // relu
/// ```
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Max(), a, b) }
/// Elementwise minimum with broadcasting; NaN propagates (`jnp.minimum`).
public func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Min(), a, b) }
/// Elementwise arctangent of a/b with the quadrant from both signs.
public func atan2(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Atan2(), a, b, inexact: true) }

/// Python-style remainder: the result has the divisor's sign (`jnp.remainder`, `%`).
public func remainder(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let args = try promoteOperands("rem", [a, b])
    let (x, y) = (args[0], args[1])
    let r = try bind1(Rem(), [x, y])
    if x.dtype == .uint32 { return r }
    // C's remainder has the dividend's sign; shift by the divisor when the signs differ.
    let zero = try Tensor(0, dtype: r.dtype)
    let fix = try (r .!= zero) & ((r .< zero) .!= (y .< zero))
    return try select(fix, r + y, r)
}

/// C-style remainder with the dividend's sign (`jnp.fmod`, `lax.rem`).
public func fmod(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Rem(), a, b) }

/// Elementwise power, as `jnp.power`: a literal integer exponent gives exact
/// `integer_pow`; float operands use `pow`.
///
/// ```swift
/// try power(x, 2)       // integer_pow[y=2]
/// try power(x, 0.5)     // pow
/// ```
public func power(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if b.isConcrete && b.weakType && b.ndim == 0 && b.dtype == .int32 {
        let y = Int(b.storage.typed(Int32.self)[0])
        let x = a.dtype == .bool ? try a.astype(.int32) : a
        return try bind1(IntegerPow(y: y), [x])
    }
    let args = try promoteOperands("pow", [a, b])
    guard args[0].dtype.isFloatingPoint else {
        throw TensorError("power of \(args[0].dtype.name) arrays needs a literal integer exponent (e.g. x ** 3) or float operands; convert with astype(.float32)")
    }
    return try bind1(Pow(), args)
}

/// Elementwise `isfinite` (false for NaN and ±inf; true for integers).
public func isfinite(_ x: Tensor) throws -> Tensor {
    guard x.dtype.isFloatingPoint else { return try Tensor.full(x.shape, 1, dtype: .bool) }
    // x − x is 0 for finite x and NaN otherwise.
    return try (x - x) .== Tensor(0, dtype: x.dtype)
}

/// Elementwise NaN test.
public func isnan(_ x: Tensor) throws -> Tensor {
    guard x.dtype.isFloatingPoint else { return try Tensor.full(x.shape, 0, dtype: .bool) }
    return try x .!= x
}

/// Logical not (`jnp.logical_not`).
public func logicalNot(_ x: Tensor) throws -> Tensor { try bind1(Not(), [x.astype(.bool)]) }
/// Logical and (`jnp.logical_and`).
public func logicalAnd(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(And(), a.astype(.bool), b.astype(.bool)) }
/// Logical or (`jnp.logical_or`).
public func logicalOr(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Or(), a.astype(.bool), b.astype(.bool)) }
/// Logical xor (`jnp.logical_xor`).
public func logicalXor(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Xor(), a.astype(.bool), b.astype(.bool)) }

/// Chooses elementwise: `x` where `condition` is true, else `y`
/// (`jnp.where` with three arguments; a `select_n` primitive).
///
/// ```swift
/// try select(x .> 0, x, 0)    // relu
/// ```
public func select(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
    let c = condition.dtype == .bool ? condition : try condition .!= Tensor(0, dtype: condition.dtype)
    let cases = try promoteOperands("select_n", [y, x])
    let shape = try Shape.broadcast([c.shape, cases[0].shape, cases[1].shape], opName: "select_n")
    func full(_ t: Tensor) throws -> Tensor { t.shape == shape ? t : try t.broadcast(to: shape) }
    let pred = c.ndim == 0 ? c : try full(c)
    return try bind1(SelectN(), [pred, try full(cases[0]), try full(cases[1])])
}

/// `jnp.where(condition, x, y)`; see ``select(_:_:_:)``.
public func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
    try select(condition, x, y)
}

/// Clamps to `[lo, hi]` (`jnp.clip`).
public func clip(_ x: Tensor, min lo: Tensor? = nil, max hi: Tensor? = nil) throws -> Tensor {
    var y = x
    if let lo { y = try maximum(y, lo) }
    if let hi { y = try minimum(y, hi) }
    return y
}

/// Elementwise `a << b` (`jnp.left_shift`). (Not an operator: `1 << 4`
/// on literals must stay an `Int` expression.)
public func shiftLeft(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(ShiftLeft(), a, b) }
/// Elementwise `a >> b`: arithmetic for signed integers, logical for
/// unsigned (`jnp.right_shift`).
public func shiftRight(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let args = try promoteOperands("shift_right", [a, b])
    return args[0].dtype.isSignedInteger ? try bind1(ShiftRightArithmetic(), args) : try bind1(ShiftRightLogical(), args)
}
/// Elementwise logical right shift (zeros shifted in) (`lax.shift_right_logical`).
public func shiftRightLogical(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(ShiftRightLogical(), a, b) }
