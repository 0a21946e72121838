/// An n-dimensional array with value semantics: JAX's `Array` in Swift.
///
/// A `Tensor` is either concrete (a contiguous, row-major, 64-byte-aligned
/// buffer shared copy-on-write) or, inside `vmap`, `jit` and `makeJaxpr`,
/// a tracer standing for the values a transformation will see. Operations
/// are the same either way: every one is a primitive applied through
/// ``bind(_:_:)``.
///
/// ```swift
/// let x = Tensor([1.0, 2.0, 3.0])          // float32
/// let y = try x * 2 + 1                     // literals are weakly typed: still float32
/// print(y)                                  // Array([3., 5., 7.], dtype=float32)
/// try y.toArray(Float.self)                 // [3.0, 5.0, 7.0]
/// ```
public struct Tensor: @unchecked Sendable {
    /// What the tensor is: shape, dtype and weak type.
    ///
    /// ```swift
    /// Tensor([1.0, 2.0]).aval   // f32[2]
    /// ```
    public internal(set) var aval: ShapedArray
    /// The elements of a concrete tensor; ``Storage/empty`` for a tracer.
    @usableFromInline var storageRef: Storage
    /// The tracer behind a traced tensor, or nil for a concrete one.
    @usableFromInline var tracer: Tracer?

    init(aval: ShapedArray, storage: Storage) {
        self.aval = aval
        self.storageRef = storage
        self.tracer = nil
    }

    init(tracer: Tracer) {
        self.aval = tracer.aval
        self.storageRef = Storage.empty
        self.tracer = tracer
    }

    /// Dimensions, row-major.
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3]).shape   // [2, 3]
    /// ```
    public var shape: [Int] { aval.shape }
    /// Element type.
    ///
    /// ```swift
    /// Tensor([1, 2]).dtype   // .int32
    /// ```
    public var dtype: DType { aval.dtype }
    /// Number of dimensions.
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3]).ndim   // 2
    /// ```
    public var ndim: Int { aval.shape.count }
    /// Number of elements.
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3]).size   // 6
    /// ```
    public var size: Int { aval.size }
    /// Whether this tensor is weakly typed (came from a Swift literal).
    ///
    /// ```swift
    /// Tensor(2.5).weakType           // true: a literal
    /// Tensor(Float(2.5)).weakType    // false
    /// ```
    public var weakType: Bool { aval.weakType }

    /// Whether the elements are known now (not a tracer).
    ///
    /// ```swift
    /// Tensor([1.0]).isConcrete   // true; false for a tracer inside vmap/jit
    /// ```
    public var isConcrete: Bool { tracer == nil }

    /// The buffer of a concrete tensor. Callers check ``isConcrete`` or use
    /// ``concreteStorage(_:)`` for a thrown error.
    @inline(__always)
    var storage: Storage { storageRef }

    /// The buffer, or a ``ConcretizationError`` explaining why a traced value
    /// has none; `what` names the operation (`toArray()`, `item()`, …).
    func concreteStorage(_ what: String) throws -> Storage {
        if let t = tracer { throw t.trace.concretizationError(what, aval: aval) }
        return storageRef
    }

    /// The same elements seen with another shape of the same size (no copy).
    func viewing(shape: [Int]) -> Tensor {
        var t = self
        t.aval.shape = shape
        return t
    }

    /// The same concrete buffer relabelled as strongly or weakly typed.
    func withWeakType(_ weak: Bool) -> Tensor {
        var t = self
        t.aval.weakType = weak
        return t
    }

    /// Makes this tensor's buffer unique before an in-place write.
    mutating func makeUnique() throws {
        guard tracer == nil else { return }
        if !isKnownUniquelyReferenced(&storageRef) { storageRef = try storageRef.copy() }
    }
}

extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    /// JAX's repr: `Array([1., 2.], dtype=float32)`; a tracer prints as
    /// `Traced<float32[5]>with<BatchTrace>`.
    public var description: String {
        if let t = tracer { return "Traced<\(aval.longDescription)>with<\(t.trace.kindName)>" }
        return NumpyFormat.jaxRepr(formatElements(), shape: shape, dtypeName: dtype.name, weakType: weakType)
    }

    public var debugDescription: String { description }

    /// The elements in the formatter's representation.
    func formatElements() -> FormatElements {
        let n = size
        let p = storage.pointer
        switch dtype {
        case .float32: return .float32(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Float.self), count: n)))
        case .float64: return .float64(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Double.self), count: n)))
        case .int32: return .signed(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int32.self), count: n).map(Int64.init))
        case .int64: return .signed(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int64.self), count: n)))
        case .uint32: return .unsigned(UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt32.self), count: n).map(UInt64.init))
        case .bool: return .bool(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Bool.self), count: n)))
        }
    }
}
