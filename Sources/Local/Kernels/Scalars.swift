import RealModule

/// A Swift type that is the element storage of one ``DType``.
///
/// `Float` is float32, `Double` float64, `Int32`, `Int64`, `UInt32` and
/// `Bool` their namesakes. Used to read elements back:
///
/// ```swift
/// try Tensor([1, 2]).toArray(Int32.self)   // [1, 2]
/// ```
public protocol TensorScalar: Sendable {
    /// The dtype whose elements are stored as this type.
    static var dtype: DType { get }
}

extension Float: TensorScalar { public static var dtype: DType { .float32 } }
extension Double: TensorScalar { public static var dtype: DType { .float64 } }
extension Int32: TensorScalar { public static var dtype: DType { .int32 } }
extension Int64: TensorScalar { public static var dtype: DType { .int64 } }
extension UInt32: TensorScalar { public static var dtype: DType { .uint32 } }
extension Bool: TensorScalar { public static var dtype: DType { .bool } }

/// The floating-point element types (`Float`, `Double`) kernels are generic over.
///
/// ```swift
/// func half<T: KernelFloat>(_ x: T) -> T { x / 2 }   // instantiated for Float and Double
/// ```
public protocol KernelFloat: TensorScalar, BinaryFloatingPoint, Real, KernelMath {}
extension Float: KernelFloat {}
extension Double: KernelFloat {}

/// The integer element types (`Int32`, `Int64`, `UInt32`) kernels are generic over.
///
/// ```swift
/// func wrapNeg<T: KernelInteger>(_ x: T) -> T { 0 &- x }   // Int32, Int64, UInt32
/// ```
public protocol KernelInteger: TensorScalar, FixedWidthInteger {}
extension Int32: KernelInteger {}
extension Int64: KernelInteger {}
extension UInt32: KernelInteger {}

#if canImport(Glibc)
import Glibc
#endif

/// Math the float kernels need beyond `Real`, pinned to the C library or to
/// XLA's formulas so results match JAX on CPU.
///
/// ```swift
/// Float.cPow(-2, 3)   // -8 (RealModule's pow would give NaN)
/// ```
public protocol KernelMath {
    /// C `pow`: negative bases with integral exponents are defined.
    static func cPow(_ x: Self, _ y: Self) -> Self
    /// XLA's inverse error function.
    static func xlaErfInv(_ x: Self) -> Self
    /// XLA's error function.
    static func xlaErf(_ x: Self) -> Self
    /// XLA's logistic (sigmoid).
    static func xlaLogistic(_ x: Self) -> Self
}

extension Float: KernelMath {
    @inline(__always) public static func cPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) public static func xlaErfInv(_ x: Float) -> Float { SpecialFunctions.erfInv(x) }
    @inline(__always) public static func xlaErf(_ x: Float) -> Float { SpecialFunctions.erf(x) }
    @inline(__always) public static func xlaLogistic(_ x: Float) -> Float { SpecialFunctions.logistic(x) }
}

extension Double: KernelMath {
    // Inside this extension `pow` is RealModule's `Double.pow` (NaN for negative bases): call C's.
    @inline(__always) public static func cPow(_ x: Double, _ y: Double) -> Double { cPowDouble(x, y) }
    @inline(__always) public static func xlaErfInv(_ x: Double) -> Double { SpecialFunctions.erfInv(x) }
    @inline(__always) public static func xlaErf(_ x: Double) -> Double { SpecialFunctions.erf(x) }
    @inline(__always) public static func xlaLogistic(_ x: Double) -> Double { SpecialFunctions.logistic(x) }
}

/// C's `pow` for doubles (file scope, where `pow` is not RealModule's static member).
@inline(__always) func cPowDouble(_ x: Double, _ y: Double) -> Double { pow(x, y) }
