/// An abstract value: what is known about a tensor without its elements.
///
/// Shape rules map input `ShapedArray`s to output ones; tracers carry one;
/// jaxprs print them as `f32[5,100]`. `weakType` marks values that came from
/// Swift literals and adopt the dtype of what they meet (JAX's `weak_type`).
///
/// ```swift
/// ShapedArray(shape: [5, 100], dtype: .float32).description   // "f32[5,100]"
/// ```
public struct ShapedArray: Hashable, Sendable, CustomStringConvertible {
    /// Dimensions, row-major.
    ///
    /// ```swift
    /// ShapedArray(shape: [2, 3], dtype: .float32).shape   // [2, 3]
    /// ```
    public var shape: [Int]
    /// Element type.
    ///
    /// ```swift
    /// ShapedArray(shape: [2], dtype: .int32).dtype   // .int32
    /// ```
    public var dtype: DType
    /// Whether the value is weakly typed (from a literal).
    ///
    /// ```swift
    /// Tensor(2.5).aval.weakType   // true: a literal
    /// ```
    public var weakType: Bool

    /// Creates an abstract value.
    ///
    /// ```swift
    /// let a = ShapedArray(shape: [5, 100], dtype: .float32)
    /// ```
    public init(shape: [Int], dtype: DType, weakType: Bool = false) {
        self.shape = shape
        self.dtype = dtype
        self.weakType = weakType
    }

    /// Number of dimensions.
    ///
    /// ```swift
    /// ShapedArray(shape: [2, 3], dtype: .float32).ndim   // 2
    /// ```
    public var ndim: Int { shape.count }
    /// Number of elements.
    ///
    /// ```swift
    /// ShapedArray(shape: [2, 3], dtype: .float32).size   // 6
    /// ```
    public var size: Int { Shape.count(shape) }

    /// JAX's short form: `f32[5,100]`, `i32[]`.
    public var description: String {
        dtype.shortName + "[" + shape.map(String.init).joined(separator: ",") + "]"
    }

    /// The long form used in messages: `float32[5,100]`.
    ///
    /// ```swift
    /// ShapedArray(shape: [5, 100], dtype: .float32).longDescription   // "float32[5,100]"
    /// ```
    public var longDescription: String {
        dtype.name + "[" + shape.map(String.init).joined(separator: ",") + "]"
    }

    /// The same value with a different shape.
    ///
    /// ```swift
    /// ShapedArray(shape: [6], dtype: .int32).with(shape: [2, 3])   // i32[2,3]
    /// ```
    public func with(shape: [Int]) -> ShapedArray { ShapedArray(shape: shape, dtype: dtype, weakType: weakType) }
    /// The same value with a different dtype (strongly typed).
    ///
    /// ```swift
    /// ShapedArray(shape: [3], dtype: .int32).with(dtype: .float32)   // f32[3]
    /// ```
    public func with(dtype: DType, weakType: Bool = false) -> ShapedArray {
        ShapedArray(shape: shape, dtype: dtype, weakType: weakType)
    }
}
