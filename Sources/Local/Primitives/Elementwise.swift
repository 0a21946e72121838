import CKernels

import RealModule

// The elementwise primitives. Each states only its scalar function and the
// dtype kinds it accepts; shape rule, kernel and batching rule come from
// UnaryElementwise / BinaryElementwise / Comparison (ElementwiseRules.swift).

// MARK: - Unary, any numeric dtype

/// `neg`: −x (integers wrap, as XLA).
///
/// ```swift
/// try bind1(Neg(), [Tensor([1.0, -2.0])])   // [-1, 2]
/// ```
public struct Neg: UnaryElementwise {
    /// Creates the `neg` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Neg()
    /// ```
    public init() {}
    public var name: String { "neg" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { -x }
    public func apply<T: KernelInteger>(integer x: T) -> T { 0 &- x }
}

/// `abs`: |x| (the most negative integer maps to itself, as XLA).
///
/// ```swift
/// try bind1(Abs(), [Tensor([-1.5, 2.0])])   // [1.5, 2]
/// ```
public struct Abs: UnaryElementwise {
    /// Creates the `abs` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Abs()
    /// ```
    public init() {}
    public var name: String { "abs" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { x.magnitude }
    public func apply<T: KernelInteger>(integer x: T) -> T { x < 0 ? 0 &- x : x }
}

/// `sign`: −1, 0 or 1 (NaN stays NaN, −0 stays −0).
///
/// ```swift
/// try bind1(Sign(), [Tensor([-3, 0, 5])])   // [-1, 0, 1]
/// ```
public struct Sign: UnaryElementwise {
    /// Creates the `sign` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Sign()
    /// ```
    public init() {}
    public var name: String { "sign" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { x > 0 ? 1 : (x < 0 ? -1 : x) }
    public func apply<T: KernelInteger>(integer x: T) -> T { x > 0 ? 1 : (x == 0 ? 0 : 0 &- 1) }
}

/// `integer_pow[y=n]`: x**n for a static integer n, by repeated squaring.
///
/// ```swift
/// try bind1(IntegerPow(y: 3), [Tensor([1.0, 2.0])])   // [1, 8]
/// ```
public struct IntegerPow: UnaryElementwise {
    /// The exponent.
    ///
    /// ```swift
    /// IntegerPow(y: 2).y   // 2
    /// ```
    public let y: Int
    /// Creates `integer_pow` raising to the static power `y`.
    ///
    /// ```swift
    /// let square = IntegerPow(y: 2)
    /// ```
    public init(y: Int) { self.y = y }
    public var name: String { "integer_pow" }
    public var accepts: DTypeKinds { .numeric }
    public var parameters: [(name: String, value: String)] { [("y", String(y))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        try checkDType(name, inputs[0].dtype, accepts)
        if y < 0 && inputs[0].dtype.isInteger {
            throw TensorError("Integers cannot be raised to negative powers, got integer_pow(\(inputs[0].longDescription), \(y))")
        }
        return [inputs[0]]
    }

    /// Squares and cubes get their own loops (the exponent is not tested per
    /// element, so the loops vectorise).
    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count n: Int) {
        func run<T: KernelFloat>(_: T.Type) -> Bool {
            let a = ins[0].assumingMemoryBound(to: T.self), o = out.assumingMemoryBound(to: T.self)
            switch y {
            case 2: ElementwiseKernels.map(a, o, count: n, SquareFn<T>())
            case 3: ElementwiseKernels.map(a, o, count: n, CubeFn<T>())
            default: return false
            }
            return true
        }
        switch dtypes[0] {
        case .float32 where run(Float.self): return
        case .float64 where run(Double.self): return
        default: break
        }
        map(ins[0], dtypes[0], out, count: n)
    }

    // Binary exponentiation, as XLA expands integer_pow (x**2 is one product).
    @inline(__always)
    public func apply<T: KernelFloat>(float x: T) -> T {
        switch y {
        case 2: return x * x
        case 3: return x * x * x
        case 1: return x
        case 0: return 1
        default:
            var result: T = 1, base = x, e = y.magnitude   // magnitude: -Int.min would trap
            while e > 0 {
                if e & 1 == 1 { result *= base }
                e >>= 1
                if e > 0 { base *= base }
            }
            return y < 0 ? 1 / result : result
        }
    }

    @inline(__always)
    public func apply<T: KernelInteger>(integer x: T) -> T {
        if y == 2 { return x &* x }
        var result: T = 1, base = x, e = y
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            e >>= 1
            if e > 0 { base = base &* base }
        }
        return result
    }
}

struct SquareFn<T: KernelFloat>: ScalarFunction1 { @inline(__always) func callAsFunction(_ a: T) -> T { a * a } }
struct CubeFn<T: KernelFloat>: ScalarFunction1 { @inline(__always) func callAsFunction(_ a: T) -> T { a * a * a } }

// MARK: - Unary, floating

/// `exp`.
///
/// ```swift
/// try bind1(Exp(), [Tensor([0.0, 1.0])])   // [1, 2.7182817]
/// ```
public struct Exp: UnaryElementwise {
    /// Creates the `exp` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Exp()
    /// ```
    public init() {}
    public var name: String { "exp" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.exp(x) }
}
/// `log` (natural).
///
/// ```swift
/// try bind1(Log(), [Tensor([1.0, 2.0])])   // [0, 0.6931472]
/// ```
public struct Log: UnaryElementwise {
    /// Creates the `log` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Log()
    /// ```
    public init() {}
    public var name: String { "log" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.log(x) }
}
/// `log1p`: log(1 + x), accurate near 0.
///
/// ```swift
/// try bind1(Log1p(), [Tensor([0.0, 1e-8])])   // [0, 1e-08]
/// ```
public struct Log1p: UnaryElementwise {
    /// Creates the `log1p` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Log1p()
    /// ```
    public init() {}
    public var name: String { "log1p" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.log(onePlus: x) }
}
/// `expm1`: exp(x) − 1, accurate near 0.
///
/// ```swift
/// try bind1(Expm1(), [Tensor([0.0, 1e-8])])   // [0, 1e-08]
/// ```
public struct Expm1: UnaryElementwise {
    /// Creates the `expm1` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Expm1()
    /// ```
    public init() {}
    public var name: String { "expm1" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.expMinusOne(x) }
}
/// `sqrt`.
///
/// ```swift
/// try bind1(Sqrt(), [Tensor([4.0, 9.0])])   // [2, 3]
/// ```
public struct Sqrt: UnaryElementwise {
    /// Creates the `sqrt` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Sqrt()
    /// ```
    public init() {}
    public var name: String { "sqrt" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.squareRoot() }
}
/// `rsqrt`: 1 / sqrt(x).
///
/// ```swift
/// try bind1(Rsqrt(), [Tensor([4.0, 0.25])])   // [0.5, 2]
/// ```
public struct Rsqrt: UnaryElementwise {
    /// Creates the `rsqrt` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Rsqrt()
    /// ```
    public init() {}
    public var name: String { "rsqrt" }
    public func apply<T: KernelFloat>(float x: T) -> T { 1 / x.squareRoot() }
}
/// `sin`.
///
/// ```swift
/// try bind1(Sin(), [Tensor([0.0, Double.pi / 2])])   // [0, 1]
/// ```
public struct Sin: UnaryElementwise {
    /// Creates the `sin` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Sin()
    /// ```
    public init() {}
    public var name: String { "sin" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.sin(x) }
}
/// `cos`.
///
/// ```swift
/// try bind1(Cos(), [Tensor([0.0, Double.pi])])   // [1, -1]
/// ```
public struct Cos: UnaryElementwise {
    /// Creates the `cos` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Cos()
    /// ```
    public init() {}
    public var name: String { "cos" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.cos(x) }
}
/// `tan`.
///
/// ```swift
/// try bind1(Tan(), [Tensor([0.0, 1.0])])   // [0, 1.5574077]
/// ```
public struct Tan: UnaryElementwise {
    /// Creates the `tan` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Tan()
    /// ```
    public init() {}
    public var name: String { "tan" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.tan(x) }
}
/// `tanh`.
///
/// ```swift
/// try bind1(Tanh(), [Tensor([0.0, 1.0])])   // [0, 0.7615942]
/// ```
public struct Tanh: UnaryElementwise {
    /// Creates the `tanh` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Tanh()
    /// ```
    public init() {}
    public var name: String { "tanh" }
    /// float32: XLA's rational approximation (bit-identical to JAX's
    /// `jnp.tanh` under jit); float64: the C library's `tanh`.
    ///
    /// ```swift
    /// Tanh().apply(float: Float(1))   // 0.7615942, as jnp.tanh(1.0)
    /// ```
    public func apply<T: KernelFloat>(float x: T) -> T {
        if T.self == Float.self { return unsafeBitCast(pmap_tanh_f32_scalar(unsafeBitCast(x, to: Float.self)), to: T.self) }
        return T.tanh(x)
    }
    /// float32 runs XLA's approximation as one vectorised C loop per chunk.
    ///
    /// ```swift
    /// Tanh().runBlock([x.storage.pointer], scalar: [false], dtypes: [.float32], out: y.storage.pointer, count: x.size)
    /// ```
    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count n: Int) {
        guard dtypes[0] == .float32 else { return map(ins[0], dtypes[0], out, count: n) }
        let x = ins[0].assumingMemoryBound(to: Float.self), y = out.assumingMemoryBound(to: Float.self)
        ThreadPool.parallelFor(n, costPerElement: 8) { r in pmap_tanh_f32(x + r.lowerBound, y + r.lowerBound, r.count) }
    }
}
/// `logistic`: 1 / (1 + exp(−x)).
///
/// ```swift
/// try bind1(Logistic(), [Tensor([0.0])])   // [0.5]
/// ```
public struct Logistic: UnaryElementwise {
    /// Creates the `logistic` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Logistic()
    /// ```
    public init() {}
    public var name: String { "logistic" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaLogistic(x) }
}
/// `erf`: the error function.
///
/// ```swift
/// try bind1(Erf(), [Tensor([0.0, 1.0])])   // [0, 0.8427008]
/// ```
public struct Erf: UnaryElementwise {
    /// Creates the `erf` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Erf()
    /// ```
    public init() {}
    public var name: String { "erf" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaErf(x) }
}
/// `erf_inv`: the inverse error function on (−1, 1).
///
/// ```swift
/// try bind1(ErfInv(), [Tensor([0.0, 0.5])])   // [0, 0.47693628]
/// ```
public struct ErfInv: UnaryElementwise {
    /// Creates the `erf_inv` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = ErfInv()
    /// ```
    public init() {}
    public var name: String { "erf_inv" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaErfInv(x) }
}
/// `floor`.
///
/// ```swift
/// try bind1(Floor(), [Tensor([-1.5, 1.5])])   // [-2, 1]
/// ```
public struct Floor: UnaryElementwise {
    /// Creates the `floor` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Floor()
    /// ```
    public init() {}
    public var name: String { "floor" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.rounded(.down) }
}
/// `ceil`.
///
/// ```swift
/// try bind1(Ceil(), [Tensor([-1.5, 1.5])])   // [-1, 2]
/// ```
public struct Ceil: UnaryElementwise {
    /// Creates the `ceil` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Ceil()
    /// ```
    public init() {}
    public var name: String { "ceil" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.rounded(.up) }
}
/// `round[rounding_method=…]`: 0 rounds half away from zero, 1 half to even
/// (numpy's and `jnp.round`'s choice).
///
/// ```swift
/// try bind1(Round(roundingMethod: 1), [Tensor([0.5, 1.5, 2.5])])   // [0, 2, 2]
/// ```
public struct Round: UnaryElementwise {
    /// 0: away from zero; 1: to nearest even.
    ///
    /// ```swift
    /// Round().roundingMethod   // 1 (half to even)
    /// ```
    public let roundingMethod: Int
    /// Creates `round`; the default rounds half to even, as `jnp.round`.
    ///
    /// ```swift
    /// let awayFromZero = Round(roundingMethod: 0)
    /// ```
    public init(roundingMethod: Int = 1) { self.roundingMethod = roundingMethod }
    public var name: String { "round" }
    public var parameters: [(name: String, value: String)] { [("rounding_method", String(roundingMethod))] }
    public func apply<T: KernelFloat>(float x: T) -> T {
        x.rounded(roundingMethod == 0 ? .toNearestOrAwayFromZero : .toNearestOrEven)
    }
}

// MARK: - Unary, integer and bool

/// `not`: logical not on bools, bitwise not on integers.
///
/// ```swift
/// try bind1(Not(), [Tensor([true, false])])   // [False, True]
/// ```
public struct Not: UnaryElementwise {
    /// Creates the `not` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Not()
    /// ```
    public init() {}
    public var name: String { "not" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float x: T) -> T { x }
    public func apply<T: KernelInteger>(integer x: T) -> T { ~x }
    public func apply(bool x: Bool) -> Bool { !x }
}

// MARK: - Binary arithmetic

/// `add`.
///
/// ```swift
/// try bind1(Add(), [Tensor([1.0, 2.0]), Tensor([10.0, 20.0])])   // [11, 22]
/// ```
public struct Add: BinaryElementwise {
    /// Creates the `add` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Add()
    /// ```
    public init() {}
    public var name: String { "add" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a + b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &+ b }
}
/// `sub`.
///
/// ```swift
/// try bind1(Sub(), [Tensor([1.0, 2.0]), Tensor([10.0, 20.0])])   // [-9, -18]
/// ```
public struct Sub: BinaryElementwise {
    /// Creates the `sub` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Sub()
    /// ```
    public init() {}
    public var name: String { "sub" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a - b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &- b }
}
/// `mul`.
///
/// ```swift
/// try bind1(Mul(), [Tensor([2.0, 3.0]), Tensor([4.0, 5.0])])   // [8, 15]
/// ```
public struct Mul: BinaryElementwise {
    /// Creates the `mul` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Mul()
    /// ```
    public init() {}
    public var name: String { "mul" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a * b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &* b }
}
/// `div`: true division on floats; on integers, rounds toward zero, with
/// XLA's results where C would trap (x/0 = −1, MIN/−1 = MIN).
///
/// ```swift
/// try bind1(Div(), [Tensor([7, -7]), Tensor([2, 2])])   // [3, -3] (int32)
/// ```
public struct Div: BinaryElementwise {
    /// Creates the `div` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Div()
    /// ```
    public init() {}
    public var name: String { "div" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a / b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        if b == 0 { return ~0 }
        if T.isSigned && b == 0 &- 1 { return 0 &- a }
        return a / b
    }
}
/// `rem`: remainder with the sign of the dividend (C's fmod / %), with
/// XLA's results where C would trap (x % 0 = x, MIN % −1 = 0).
///
/// ```swift
/// try bind1(Rem(), [Tensor([7, -7]), Tensor([3, 3])])   // [1, -1]
/// ```
public struct Rem: BinaryElementwise {
    /// Creates the `rem` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Rem()
    /// ```
    public init() {}
    public var name: String { "rem" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a.truncatingRemainder(dividingBy: b) }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        if b == 0 { return a }
        if T.isSigned && b == 0 &- 1 { return 0 }
        return a % b
    }
}
/// `pow`: x ** y on floats.
///
/// ```swift
/// try bind1(Pow(), [Tensor([2.0, 3.0]), Tensor([3.0, 2.0])])   // [8, 9]
/// ```
public struct Pow: BinaryElementwise {
    /// Creates the `pow` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Pow()
    /// ```
    public init() {}
    public var name: String { "pow" }
    public var accepts: DTypeKinds { .floating }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { T.cPow(a, b) }
}
/// `max`: elementwise maximum; NaN propagates.
///
/// ```swift
/// try bind1(Max(), [Tensor([1.0, 5.0]), Tensor([3.0, 2.0])])   // [3, 5]
/// ```
public struct Max: BinaryElementwise {
    /// Creates the `max` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Max()
    /// ```
    public init() {}
    public var name: String { "max" }
    public var accepts: DTypeKinds { .all }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { (a > b || a.isNaN || (a == b && b.sign == .minus)) ? a : b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a > b ? a : b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a || b }
}
/// `min`: elementwise minimum; NaN propagates.
///
/// ```swift
/// try bind1(Min(), [Tensor([1.0, 5.0]), Tensor([3.0, 2.0])])   // [1, 2]
/// ```
public struct Min: BinaryElementwise {
    /// Creates the `min` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Min()
    /// ```
    public init() {}
    public var name: String { "min" }
    public var accepts: DTypeKinds { .all }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { (a < b || a.isNaN || (a == b && a.sign == .minus)) ? a : b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a < b ? a : b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a && b }
}
/// `atan2`: the angle of (x = b, y = a).
///
/// ```swift
/// try bind1(Atan2(), [Tensor([1.0]), Tensor([1.0])])   // [0.7853982]
/// ```
public struct Atan2: BinaryElementwise {
    /// Creates the `atan2` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Atan2()
    /// ```
    public init() {}
    public var name: String { "atan2" }
    public var accepts: DTypeKinds { .floating }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { T.atan2(y: a, x: b) }
}

// MARK: - Binary bitwise

/// `and`: logical on bools, bitwise on integers.
///
/// ```swift
/// try bind1(And(), [Tensor([12]), Tensor([10])])   // [8]
/// ```
public struct And: BinaryElementwise {
    /// Creates the `and` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = And()
    /// ```
    public init() {}
    public var name: String { "and" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a & b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a && b }
}
/// `or`: logical on bools, bitwise on integers.
///
/// ```swift
/// try bind1(Or(), [Tensor([12]), Tensor([10])])   // [14]
/// ```
public struct Or: BinaryElementwise {
    /// Creates the `or` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Or()
    /// ```
    public init() {}
    public var name: String { "or" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a | b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a || b }
}
/// `xor`: logical on bools, bitwise on integers.
///
/// ```swift
/// try bind1(Xor(), [Tensor([12]), Tensor([10])])   // [6]
/// ```
public struct Xor: BinaryElementwise {
    /// Creates the `xor` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Xor()
    /// ```
    public init() {}
    public var name: String { "xor" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a ^ b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a != b }
}
/// `shift_left`: a << b; shifts of the bit width or more give 0.
///
/// ```swift
/// try bind1(ShiftLeft(), [Tensor([1, 3]), Tensor([2, 1])])   // [4, 6]
/// ```
public struct ShiftLeft: BinaryElementwise {
    /// Creates the `shift_left` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = ShiftLeft()
    /// ```
    public init() {}
    public var name: String { "shift_left" }
    public var accepts: DTypeKinds { .integer }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        (b < 0 || b >= T.bitWidth) ? 0 : a << b
    }
}
/// `shift_right_logical`: a >> b filling with zeros.
///
/// ```swift
/// try bind1(ShiftRightLogical(), [Tensor([-8]), Tensor([28])])   // [15]
/// ```
public struct ShiftRightLogical: BinaryElementwise {
    /// Creates the `shift_right_logical` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = ShiftRightLogical()
    /// ```
    public init() {}
    public var name: String { "shift_right_logical" }
    public var accepts: DTypeKinds { .integer }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        if b < 0 || b >= T.bitWidth { return 0 }
        return T(truncatingIfNeeded: T.Magnitude(truncatingIfNeeded: a) >> T.Magnitude(truncatingIfNeeded: b))
    }
}
/// `shift_right_arithmetic`: a >> b keeping the sign.
///
/// ```swift
/// try bind1(ShiftRightArithmetic(), [Tensor([-8]), Tensor([1])])   // [-4]
/// ```
public struct ShiftRightArithmetic: BinaryElementwise {
    /// Creates the `shift_right_arithmetic` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = ShiftRightArithmetic()
    /// ```
    public init() {}
    public var name: String { "shift_right_arithmetic" }
    public var accepts: DTypeKinds { .integer }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        // XLA shifts the two's-complement bits arithmetically for unsigned types too.
        let negative = a.leadingZeroBitCount == 0
        if b < 0 || b >= T.bitWidth { return negative ? ~0 : 0 }
        let shifted = a >> b   // arithmetic for signed T, logical for unsigned
        return negative && !T.isSigned ? shifted | ~(~T(0) >> b) : shifted
    }
}

// MARK: - Comparisons

/// `eq`.
///
/// ```swift
/// try bind1(Eq(), [Tensor([1, 2]), Tensor([1, 3])])   // [True, False]
/// ```
public struct Eq: Comparison {
    /// Creates the `eq` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Eq()
    /// ```
    public init() {}
    public var name: String { "eq" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b }
}
/// `ne`.
///
/// ```swift
/// try bind1(Ne(), [Tensor([1, 2]), Tensor([1, 3])])   // [False, True]
/// ```
public struct Ne: Comparison {
    /// Creates the `ne` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Ne()
    /// ```
    public init() {}
    public var name: String { "ne" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b }
}
/// `lt`.
///
/// ```swift
/// try bind1(Lt(), [Tensor([1, 2]), Tensor([2, 2])])   // [True, False]
/// ```
public struct Lt: Comparison {
    /// Creates the `lt` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Lt()
    /// ```
    public init() {}
    public var name: String { "lt" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b }
}
/// `le`.
///
/// ```swift
/// try bind1(Le(), [Tensor([1, 2]), Tensor([2, 2])])   // [True, True]
/// ```
public struct Le: Comparison {
    /// Creates the `le` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Le()
    /// ```
    public init() {}
    public var name: String { "le" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b }
}
/// `gt`.
///
/// ```swift
/// try bind1(Gt(), [Tensor([1, 2]), Tensor([2, 2])])   // [False, False]
/// ```
public struct Gt: Comparison {
    /// Creates the `gt` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Gt()
    /// ```
    public init() {}
    public var name: String { "gt" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b }
}
/// `ge`.
///
/// ```swift
/// try bind1(Ge(), [Tensor([1, 2]), Tensor([2, 2])])   // [False, True]
/// ```
public struct Ge: Comparison {
    /// Creates the `ge` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Ge()
    /// ```
    public init() {}
    public var name: String { "ge" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b }
}
