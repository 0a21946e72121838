// Elementwise math functions, as jax.numpy names them (lowerCamel in Swift).

/// Elementwise e^x (integers are promoted to float32).
///
/// ```swift
/// try exp(Tensor([0.0, 1.0]))   // Array([1.       , 2.7182817], dtype=float32)
/// ```
public func exp(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Exp(), x) }
/// Elementwise natural logarithm.
///
/// ```swift
/// try log(Tensor([1.0, 2.0]))   // [0, 0.6931472]
/// ```
public func log(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Log(), x) }
/// Elementwise log(1 + x).
///
/// ```swift
/// try log1p(Tensor([1e-8]))   // [1e-08], where log(1 + x) gives 0
/// ```
public func log1p(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Log1p(), x) }
/// Elementwise e^x − 1.
///
/// ```swift
/// try expm1(Tensor([0.0, 1.0]))   // [0, 1.7182817]
/// ```
public func expm1(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Expm1(), x) }
/// Elementwise square root.
///
/// ```swift
/// try sqrt(Tensor([4, 9]))   // [2, 3], float32
/// ```
public func sqrt(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Sqrt(), x) }
/// Elementwise 1/√x.
///
/// ```swift
/// try rsqrt(Tensor([4.0, 0.25]))   // [0.5, 2]
/// ```
public func rsqrt(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Rsqrt(), x) }
/// Elementwise sine.
///
/// ```swift
/// try sin(Tensor([0.0, Double.pi / 2]))   // [0, 1]
/// ```
public func sin(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Sin(), x) }
/// Elementwise cosine.
///
/// ```swift
/// try cos(Tensor([0.0, Double.pi]))   // [1, -1]
/// ```
public func cos(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Cos(), x) }
/// Elementwise tangent.
///
/// ```swift
/// try tan(Tensor([0.0, 1.0]))   // [0, 1.5574077]
/// ```
public func tan(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Tan(), x) }
/// Elementwise hyperbolic tangent.
///
/// ```swift
/// try tanh(Tensor([0.0, 1.0]))   // [0, 0.7615942]
/// ```
public func tanh(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Tanh(), x) }
/// Elementwise logistic sigmoid 1/(1+e^−x) (`jax.nn.sigmoid`, `lax.logistic`).
///
/// ```swift
/// try sigmoid(Tensor([0.0]))   // [0.5]
/// ```
public func sigmoid(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Logistic(), x) }
/// Elementwise error function (`jax.scipy.special.erf`).
///
/// ```swift
/// try erf(Tensor([0.0, 1.0]))   // [0, 0.8427008]
/// ```
public func erf(_ x: Tensor) throws -> Tensor { try unaryFloatOp(Erf(), x) }
/// Elementwise inverse error function (`jax.scipy.special.erfinv`).
///
/// ```swift
/// try erfinv(Tensor([0.0, 0.5]))   // [0, 0.47693628]
/// ```
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
///
/// ```swift
/// try floor(Tensor([-1.5, 1.5]))   // [-2, 1]
/// ```
public func floor(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Floor(), [x]) : x }
/// Elementwise ceiling (integers unchanged).
///
/// ```swift
/// try ceil(Tensor([-1.5, 1.5]))   // [-1, 2]
/// ```
public func ceil(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Ceil(), [x]) : x }
/// Rounds half to even, as `jnp.round` (integers unchanged).
///
/// ```swift
/// try round(Tensor([0.5, 1.5, 2.5]))   // [0, 2, 2]
/// ```
public func round(_ x: Tensor) throws -> Tensor { x.dtype.isFloatingPoint ? try bind1(Round(roundingMethod: 1), [x]) : x }
/// Elementwise absolute value.
///
/// ```swift
/// try abs(Tensor([-3, 4]))   // [3, 4]
/// ```
public func abs(_ x: Tensor) throws -> Tensor { x.dtype == .bool ? x : try bind1(Abs(), [x]) }
/// Elementwise sign: −1, 0 or 1.
///
/// ```swift
/// try sign(Tensor([-2.0, 0.0, 5.0]))   // [-1, 0, 1]
/// ```
public func sign(_ x: Tensor) throws -> Tensor { x.dtype == .bool ? x : try bind1(Sign(), [x]) }

/// Elementwise maximum with broadcasting; NaN propagates (`jnp.maximum`).
///
/// ```swift
/// try maximum(x, 0)   // relu
/// ```
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Max(), a, b) }
/// Elementwise minimum with broadcasting; NaN propagates (`jnp.minimum`).
///
/// ```swift
/// try minimum(Tensor([1.0, 5.0]), 3)   // [1, 3]
/// ```
public func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Min(), a, b) }
/// Elementwise arctangent of a/b with the quadrant from both signs.
///
/// ```swift
/// try atan2(Tensor([1.0]), Tensor([-1.0]))   // [2.3561945]
/// ```
public func atan2(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Atan2(), a, b, inexact: true) }

/// Python-style remainder: the result has the divisor's sign (`jnp.remainder`, `%`).
///
/// ```swift
/// try remainder(Tensor([-7, 7]), Tensor([3, -3]))   // [2, -2]
/// ```
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
///
/// ```swift
/// try fmod(Tensor([-7, 7]), Tensor([3, -3]))   // [-1, 1]
/// ```
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
///
/// ```swift
/// try isfinite(Tensor([1.0, Double.infinity, Double.nan]))   // [True, False, False]
/// ```
public func isfinite(_ x: Tensor) throws -> Tensor {
    guard x.dtype.isFloatingPoint else { return try Tensor.full(x.shape, 1, dtype: .bool) }
    // x − x is 0 for finite x and NaN otherwise.
    return try (x - x) .== Tensor(0, dtype: x.dtype)
}

/// Elementwise NaN test.
///
/// ```swift
/// try isnan(Tensor([1.0, Double.nan]))   // [False, True]
/// ```
public func isnan(_ x: Tensor) throws -> Tensor {
    guard x.dtype.isFloatingPoint else { return try Tensor.full(x.shape, 0, dtype: .bool) }
    return try x .!= x
}

/// Logical not (`jnp.logical_not`).
///
/// ```swift
/// try logicalNot(Tensor([0, 2]))   // [True, False]
/// ```
public func logicalNot(_ x: Tensor) throws -> Tensor { try bind1(Not(), [x.astype(.bool)]) }
/// Logical and (`jnp.logical_and`).
///
/// ```swift
/// try logicalAnd(Tensor([1, 1]), Tensor([0, 3]))   // [False, True]
/// ```
public func logicalAnd(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(And(), a.astype(.bool), b.astype(.bool)) }
/// Logical or (`jnp.logical_or`).
///
/// ```swift
/// try logicalOr(Tensor([0, 0]), Tensor([0, 3]))   // [False, True]
/// ```
public func logicalOr(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(Or(), a.astype(.bool), b.astype(.bool)) }
/// Logical xor (`jnp.logical_xor`).
///
/// ```swift
/// try logicalXor(Tensor([1, 1]), Tensor([0, 3]))   // [True, False]
/// ```
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
///
/// ```swift
/// try `where`(Tensor([true, false]), Tensor([1.0, 2.0]), Tensor([9.0, 9.0]))   // [1, 9]
/// ```
public func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
    try select(condition, x, y)
}

/// Clamps to `[lo, hi]` (`jnp.clip`).
///
/// ```swift
/// try clip(Tensor([-1.0, 0.5, 2.0]), min: 0, max: 1)   // [0, 0.5, 1]
/// ```
public func clip(_ x: Tensor, min lo: Tensor? = nil, max hi: Tensor? = nil) throws -> Tensor {
    var y = x
    if let lo { y = try maximum(y, lo) }
    if let hi { y = try minimum(y, hi) }
    return y
}

/// Elementwise `a << b` (`jnp.left_shift`). (Not an operator: `1 << 4`
/// on literals must stay an `Int` expression.)
///
/// ```swift
/// try shiftLeft(Tensor([1, 3]), Tensor([4, 1]))   // [16, 6]
/// ```
public func shiftLeft(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(ShiftLeft(), a, b) }
/// Elementwise `a >> b`: arithmetic for signed integers, logical for
/// unsigned (`jnp.right_shift`).
///
/// ```swift
/// try shiftRight(Tensor([-8, 8]), Tensor([1, 1]))   // [-4, 4]
/// ```
public func shiftRight(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let args = try promoteOperands("shift_right", [a, b])
    return args[0].dtype.isSignedInteger ? try bind1(ShiftRightArithmetic(), args) : try bind1(ShiftRightLogical(), args)
}
/// Elementwise logical right shift (zeros shifted in) (`lax.shift_right_logical`).
///
/// ```swift
/// try shiftRightLogical(Tensor([-8]), Tensor([28]))   // [15]
/// ```
public func shiftRightLogical(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binaryOp(ShiftRightLogical(), a, b) }
