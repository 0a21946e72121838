import RealModule

// The elementwise primitives. Each states only its scalar function and the
// dtype kinds it accepts; shape rule, kernel and batching rule come from
// UnaryElementwise / BinaryElementwise / Comparison (ElementwiseRules.swift).

// MARK: - Unary, any numeric dtype

/// `neg`: −x (integers wrap, as XLA).
public struct Neg: UnaryElementwise {
    public init() {}
    public var name: String { "neg" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { -x }
    public func apply<T: KernelInteger>(integer x: T) -> T { 0 &- x }
}

/// `abs`: |x| (the most negative integer maps to itself, as XLA).
public struct Abs: UnaryElementwise {
    public init() {}
    public var name: String { "abs" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { x.magnitude }
    public func apply<T: KernelInteger>(integer x: T) -> T { x < 0 ? 0 &- x : x }
}

/// `sign`: −1, 0 or 1 (NaN stays NaN, −0 stays −0).
public struct Sign: UnaryElementwise {
    public init() {}
    public var name: String { "sign" }
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelFloat>(float x: T) -> T { x > 0 ? 1 : (x < 0 ? -1 : x) }
    public func apply<T: KernelInteger>(integer x: T) -> T { x > 0 ? 1 : (x == 0 ? 0 : 0 &- 1) }
}

/// `integer_pow[y=n]`: x**n for a static integer n, by repeated squaring.
public struct IntegerPow: UnaryElementwise {
    /// The exponent.
    public let y: Int
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
        let src = ins[0], dst = out
        switch dtypes[0] {
        case .float32: ElementwiseKernels.map(src.assumingMemoryBound(to: Float.self), dst.assumingMemoryBound(to: Float.self), count: n, UnaryFloatFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.map(src.assumingMemoryBound(to: Double.self), dst.assumingMemoryBound(to: Double.self), count: n, UnaryFloatFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.map(src.assumingMemoryBound(to: Int32.self), dst.assumingMemoryBound(to: Int32.self), count: n, UnaryIntFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.map(src.assumingMemoryBound(to: Int64.self), dst.assumingMemoryBound(to: Int64.self), count: n, UnaryIntFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.map(src.assumingMemoryBound(to: UInt32.self), dst.assumingMemoryBound(to: UInt32.self), count: n, UnaryIntFn<Self, UInt32>(p: self))
        case .bool: break
        }
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
public struct Exp: UnaryElementwise {
    public init() {}
    public var name: String { "exp" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.exp(x) }
}
/// `log` (natural).
public struct Log: UnaryElementwise {
    public init() {}
    public var name: String { "log" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.log(x) }
}
/// `log1p`: log(1 + x), accurate near 0.
public struct Log1p: UnaryElementwise {
    public init() {}
    public var name: String { "log1p" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.log(onePlus: x) }
}
/// `expm1`: exp(x) − 1, accurate near 0.
public struct Expm1: UnaryElementwise {
    public init() {}
    public var name: String { "expm1" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.expMinusOne(x) }
}
/// `sqrt`.
public struct Sqrt: UnaryElementwise {
    public init() {}
    public var name: String { "sqrt" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.squareRoot() }
}
/// `rsqrt`: 1 / sqrt(x).
public struct Rsqrt: UnaryElementwise {
    public init() {}
    public var name: String { "rsqrt" }
    public func apply<T: KernelFloat>(float x: T) -> T { 1 / x.squareRoot() }
}
/// `sin`.
public struct Sin: UnaryElementwise {
    public init() {}
    public var name: String { "sin" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.sin(x) }
}
/// `cos`.
public struct Cos: UnaryElementwise {
    public init() {}
    public var name: String { "cos" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.cos(x) }
}
/// `tan`.
public struct Tan: UnaryElementwise {
    public init() {}
    public var name: String { "tan" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.tan(x) }
}
/// `tanh`.
public struct Tanh: UnaryElementwise {
    public init() {}
    public var name: String { "tanh" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.tanh(x) }
}
/// `logistic`: 1 / (1 + exp(−x)).
public struct Logistic: UnaryElementwise {
    public init() {}
    public var name: String { "logistic" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaLogistic(x) }
}
/// `erf`: the error function.
public struct Erf: UnaryElementwise {
    public init() {}
    public var name: String { "erf" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaErf(x) }
}
/// `erf_inv`: the inverse error function on (−1, 1).
public struct ErfInv: UnaryElementwise {
    public init() {}
    public var name: String { "erf_inv" }
    public func apply<T: KernelFloat>(float x: T) -> T { T.xlaErfInv(x) }
}
/// `floor`.
public struct Floor: UnaryElementwise {
    public init() {}
    public var name: String { "floor" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.rounded(.down) }
}
/// `ceil`.
public struct Ceil: UnaryElementwise {
    public init() {}
    public var name: String { "ceil" }
    public func apply<T: KernelFloat>(float x: T) -> T { x.rounded(.up) }
}
/// `round[rounding_method=…]`: 0 rounds half away from zero, 1 half to even
/// (numpy's and `jnp.round`'s choice).
public struct Round: UnaryElementwise {
    /// 0: away from zero; 1: to nearest even.
    public let roundingMethod: Int
    public init(roundingMethod: Int = 1) { self.roundingMethod = roundingMethod }
    public var name: String { "round" }
    public var parameters: [(name: String, value: String)] { [("rounding_method", String(roundingMethod))] }
    public func apply<T: KernelFloat>(float x: T) -> T {
        x.rounded(roundingMethod == 0 ? .toNearestOrAwayFromZero : .toNearestOrEven)
    }
}

// MARK: - Unary, integer and bool

/// `not`: logical not on bools, bitwise not on integers.
public struct Not: UnaryElementwise {
    public init() {}
    public var name: String { "not" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float x: T) -> T { x }
    public func apply<T: KernelInteger>(integer x: T) -> T { ~x }
    public func apply(bool x: Bool) -> Bool { !x }
}

// MARK: - Binary arithmetic

/// `add`.
public struct Add: BinaryElementwise {
    public init() {}
    public var name: String { "add" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a + b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &+ b }
}
/// `sub`.
public struct Sub: BinaryElementwise {
    public init() {}
    public var name: String { "sub" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a - b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &- b }
}
/// `mul`.
public struct Mul: BinaryElementwise {
    public init() {}
    public var name: String { "mul" }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a * b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a &* b }
}
/// `div`: true division on floats; on integers, rounds toward zero, with
/// XLA's results where C would trap (x/0 = −1, MIN/−1 = MIN).
public struct Div: BinaryElementwise {
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
public struct Rem: BinaryElementwise {
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
public struct Pow: BinaryElementwise {
    public init() {}
    public var name: String { "pow" }
    public var accepts: DTypeKinds { .floating }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { T.cPow(a, b) }
}
/// `max`: elementwise maximum; NaN propagates.
public struct Max: BinaryElementwise {
    public init() {}
    public var name: String { "max" }
    public var accepts: DTypeKinds { .all }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { (a > b || a.isNaN || (a == b && b.sign == .minus)) ? a : b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a > b ? a : b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a || b }
}
/// `min`: elementwise minimum; NaN propagates.
public struct Min: BinaryElementwise {
    public init() {}
    public var name: String { "min" }
    public var accepts: DTypeKinds { .all }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { (a < b || a.isNaN || (a == b && a.sign == .minus)) ? a : b }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a < b ? a : b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a && b }
}
/// `atan2`: the angle of (x = b, y = a).
public struct Atan2: BinaryElementwise {
    public init() {}
    public var name: String { "atan2" }
    public var accepts: DTypeKinds { .floating }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { T.atan2(y: a, x: b) }
}

// MARK: - Binary bitwise

/// `and`: logical on bools, bitwise on integers.
public struct And: BinaryElementwise {
    public init() {}
    public var name: String { "and" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a & b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a && b }
}
/// `or`: logical on bools, bitwise on integers.
public struct Or: BinaryElementwise {
    public init() {}
    public var name: String { "or" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a | b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a || b }
}
/// `xor`: logical on bools, bitwise on integers.
public struct Xor: BinaryElementwise {
    public init() {}
    public var name: String { "xor" }
    public var accepts: DTypeKinds { [.integer, .boolean] }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a ^ b }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a != b }
}
/// `shift_left`: a << b; shifts of the bit width or more give 0.
public struct ShiftLeft: BinaryElementwise {
    public init() {}
    public var name: String { "shift_left" }
    public var accepts: DTypeKinds { .integer }
    public func apply<T: KernelFloat>(float a: T, _ b: T) -> T { a }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T {
        (b < 0 || b >= T.bitWidth) ? 0 : a << b
    }
}
/// `shift_right_logical`: a >> b filling with zeros.
public struct ShiftRightLogical: BinaryElementwise {
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
public struct ShiftRightArithmetic: BinaryElementwise {
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
public struct Eq: Comparison {
    public init() {}
    public var name: String { "eq" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b }
}
/// `ne`.
public struct Ne: Comparison {
    public init() {}
    public var name: String { "ne" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b }
}
/// `lt`.
public struct Lt: Comparison {
    public init() {}
    public var name: String { "lt" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b }
}
/// `le`.
public struct Le: Comparison {
    public init() {}
    public var name: String { "le" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b }
}
/// `gt`.
public struct Gt: Comparison {
    public init() {}
    public var name: String { "gt" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b }
}
/// `ge`.
public struct Ge: Comparison {
    public init() {}
    public var name: String { "ge" }
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b }
}
