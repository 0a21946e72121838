// convert_element_type, bitcast_convert_type and select_n.

/// `convert_element_type[new_dtype=… weak_type=…]`: changes dtype (and the
/// weak-type flag). Floats convert to integers by truncation, saturating at
/// the integer's range with NaN → 0, as XLA on CPU; anything → bool is `!= 0`.
///
/// ```swift
/// try bind1(ConvertElementType(newDType: .int32), [Tensor([1.7, -2.5])])   // [1, -2]
/// ```
public struct ConvertElementType: FusibleElementwise {
    /// The result dtype.
    ///
    /// ```swift
    /// ConvertElementType(newDType: .float64).newDType   // .float64
    /// ```
    public let newDType: DType
    /// Whether the result is weakly typed.
    ///
    /// ```swift
    /// ConvertElementType(newDType: .float32, weakType: true).weakType   // true
    /// ```
    public let weakType: Bool
    /// Creates `convert_element_type` to `newDType` (strongly typed unless `weakType`).
    ///
    /// ```swift
    /// let p = ConvertElementType(newDType: .float64)
    /// ```
    public init(newDType: DType, weakType: Bool = false) {
        self.newDType = newDType
        self.weakType = weakType
    }
    public var name: String { "convert_element_type" }
    public var parameters: [(name: String, value: String)] {
        [("new_dtype", newDType.name), ("weak_type", ParameterFormat.bool(weakType))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        return [ShapedArray(shape: inputs[0].shape, dtype: newDType, weakType: weakType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        if x.dtype == newDType { return [x.withWeakType(weakType)] }
        let out = try Tensor.uninitialized(outputs[0])
        Conversion.convert(x.storage.pointer, x.dtype, out.storage.pointer, newDType, count: x.size)
        return [out]
    }

    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count: Int) {
        if dtypes[0] == newDType {
            out.copyMemory(from: ins[0], byteCount: count * newDType.itemSize)
        } else {
            Conversion.convert(ins[0], dtypes[0], out, newDType, count: count)
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        (try bind(self, inputs), dims)
    }
}

/// `bitcast_convert_type[new_dtype=…]`: reinterprets the bits of each element
/// as another dtype of the same width (float32 ↔ uint32 ↔ int32, float64 ↔ int64).
///
/// ```swift
/// try bind1(BitcastConvertType(newDType: .uint32), [Tensor([1.0])])   // [1065353216]
/// ```
public struct BitcastConvertType: Primitive {
    /// The result dtype.
    ///
    /// ```swift
    /// BitcastConvertType(newDType: .int32).newDType   // .int32
    /// ```
    public let newDType: DType
    /// Creates `bitcast_convert_type` to `newDType` (same width as the operand).
    ///
    /// ```swift
    /// let p = BitcastConvertType(newDType: .uint32)
    /// ```
    public init(newDType: DType) { self.newDType = newDType }
    public var name: String { "bitcast_convert_type" }
    public var parameters: [(name: String, value: String)] { [("new_dtype", newDType.name)] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        guard inputs[0].dtype.itemSize == newDType.itemSize, inputs[0].dtype != .bool, newDType != .bool else {
            throw TensorError("bitcast_convert_type from \(inputs[0].dtype.name) to \(newDType.name) is not supported: the dtypes must be non-bool and of equal width")
        }
        return [ShapedArray(shape: inputs[0].shape, dtype: newDType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        [Tensor(aval: outputs[0], storage: inputs[0].storage)]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        (try bind(self, inputs), dims)
    }
}

/// `select_n`: `which ? cases[1] : cases[0]` for a bool `which`, or
/// `cases[which]` for an int32 `which` (JAX's `lax.select_n`). `which` is
/// 0-d or has the cases' shape.
///
/// ```swift
/// try bind1(SelectN(), [Tensor([true, false]), Tensor([1.0, 2.0]), Tensor([10.0, 20.0])])   // [10, 2]
/// ```
public struct SelectN: FusibleElementwise {
    /// Creates the `select_n` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = SelectN()
    /// ```
    public init() {}
    public var name: String { "select_n" }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard inputs.count >= 2 else { throw TensorError("select_n requires at least one case, got none") }
        let which = inputs[0], cases = Array(inputs.dropFirst())
        guard which.dtype == .bool || which.dtype == .int32 else {
            throw TensorError("select_n predicate must be bool or int32, got \(which.dtype.name)")
        }
        if which.dtype == .bool && cases.count > 2 {
            throw TensorError("select_n with a bool predicate takes at most 2 cases, got \(cases.count)")
        }
        for c in cases where c.shape != cases[0].shape || c.dtype != cases[0].dtype {
            throw TensorError("select_n cases must have the same shapes and dtypes, got "
                              + cases.map { $0.longDescription }.joined(separator: ", ") + ".")
        }
        guard which.ndim == 0 || which.shape == cases[0].shape else {
            throw TensorError("select_n predicate must be scalar or have the same shape as cases, got predicate shape \(Shape.describe(which.shape)) and cases shape \(Shape.describe(cases[0].shape)).")
        }
        return [ShapedArray(shape: cases[0].shape, dtype: cases[0].dtype, weakType: cases.allSatisfy(\.weakType))]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let which = inputs[0], cases = Array(inputs.dropFirst())
        let out = try Tensor.uninitialized(outputs[0])
        let n = out.size, width = out.dtype.itemSize
        let last = cases.count - 1
        let dst = out.storage.pointer
        let srcs = cases.map { UnsafeRawPointer($0.storage.pointer) }
        let w = UnsafeRawPointer(which.storage.pointer)
        let scalarWhich = which.ndim == 0
        @inline(__always) func choice(_ i: Int) -> Int {
            let k = scalarWhich ? 0 : i
            if which.dtype == .bool { return w.load(fromByteOffset: k, as: Bool.self) ? min(1, last) : 0 }
            return min(max(Int(w.load(fromByteOffset: 4 * k, as: Int32.self)), 0), last)
        }
        switch width {
        case 1: select(n, dst, srcs, UInt8.self, choice)
        case 4: select(n, dst, srcs, UInt32.self, choice)
        default: select(n, dst, srcs, UInt64.self, choice)
        }
        return [out]
    }

    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count: Int) {
        // Typed loops: a bool predicate choosing between two cases is the common form.
        func typed<T>(_: T.Type) {
            let d = out.assumingMemoryBound(to: T.self)
            let cases = (1..<ins.count).map { ins[$0].assumingMemoryBound(to: T.self) }
            let caseScalar = Array(scalar.dropFirst())
            let last = cases.count - 1
            if dtypes[0] == .bool && cases.count == 2 && !caseScalar[0] && !caseScalar[1] {
                let w = ins[0].assumingMemoryBound(to: Bool.self), c0 = cases[0], c1 = cases[1]
                if scalar[0] { let p = w[0]; for i in 0..<count { d[i] = p ? c1[i] : c0[i] } }
                else { for i in 0..<count { d[i] = w[i] ? c1[i] : c0[i] } }
                return
            }
            for i in 0..<count {
                let k = scalar[0] ? 0 : i
                let c: Int
                if dtypes[0] == .bool { c = ins[0].load(fromByteOffset: k, as: Bool.self) ? Swift.min(1, last) : 0 }
                else { c = Swift.min(Swift.max(Int(ins[0].load(fromByteOffset: 4 * k, as: Int32.self)), 0), last) }
                d[i] = cases[c][caseScalar[c] ? 0 : i]
            }
        }
        switch dtypes[1].itemSize {
        case 1: typed(UInt8.self)
        case 4: typed(UInt32.self)
        default: typed(UInt64.self)
        }
    }

    @inline(__always)
    private func select<T>(_ n: Int, _ dst: UnsafeMutableRawPointer, _ srcs: [UnsafeRawPointer], _: T.Type, _ choice: (Int) -> Int) {
        let d = dst.assumingMemoryBound(to: T.self)
        let s = srcs.map { $0.assumingMemoryBound(to: T.self) }
        if s.count == 2 {
            let s0 = s[0], s1 = s[1]
            ThreadPool.parallelFor(n) { r in for i in r { d[i] = choice(i) == 1 ? s1[i] : s0[i] } }
        } else {
            ThreadPool.parallelFor(n) { r in for i in r { d[i] = s[choice(i)][i] } }
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let caseDims = dims.dropFirst()
        if let d = dims[0], caseDims.allSatisfy({ $0 == d }) {
            if inputs[0].shape == inputs[1].shape { return (try bind(self, inputs), [d]) }
            // A scalar predicate per example with non-scalar cases (JAX's
            // _select_batch_rule): broadcast it along the batch dimension.
            let which = try inputs[0].broadcastInDim(shape: inputs[1].shape, broadcastDimensions: [d])
            return (try bind(self, [which] + inputs.dropFirst()), [d])
        }
        if dims[0] == nil && inputs[0].ndim == 0, let d = caseDims.first(where: { $0 != nil }) ?? nil,
           caseDims.allSatisfy({ $0 == d }) {
            return (try bind(self, inputs), [d])
        }
        // Otherwise bring every operand to the full batched shape, batch dim
        // first; an unbatched 0-d predicate stays 0-d.
        let fullShape = [axis.size] + Batching.unbatchedShape(inputs[1].shape, dims[1])
        var args: [Tensor] = []
        for (i, (x, d)) in zip(inputs, dims).enumerated() {
            if i == 0 && d == nil && x.ndim == 0 { args.append(x); continue }
            var y = try Batching.bdimAtFront(x, d, size: axis.size)
            if y.shape != fullShape {
                y = try y.broadcastInDim(shape: fullShape, broadcastDimensions: Array(0..<y.ndim))
            }
            args.append(y)
        }
        return (try bind(self, args), [0])
    }
}

/// Element conversion between any two dtypes.
enum Conversion {
    static func convert(_ src: UnsafeMutableRawPointer, _ from: DType, _ dst: UnsafeMutableRawPointer, _ to: DType, count n: Int) {
        switch from {
        case .float32: fromFloat(src.assumingMemoryBound(to: Float.self), dst, to, n)
        case .float64: fromFloat(src.assumingMemoryBound(to: Double.self), dst, to, n)
        case .int32: fromInteger(src.assumingMemoryBound(to: Int32.self), dst, to, n)
        case .int64: fromInteger(src.assumingMemoryBound(to: Int64.self), dst, to, n)
        case .uint32: fromInteger(src.assumingMemoryBound(to: UInt32.self), dst, to, n)
        case .bool: fromInteger(src.assumingMemoryBound(to: UInt8.self), dst, to, n)
        }
    }

    private static func fromFloat<S: KernelFloat>(_ s: UnsafeMutablePointer<S>, _ dst: UnsafeMutableRawPointer, _ to: DType, _ n: Int) {
        switch to {
        case .float32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Float.self), count: n, FloatToFloat<S, Float>())
        case .float64: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Double.self), count: n, FloatToFloat<S, Double>())
        case .int32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Int32.self), count: n, FloatToInt<S, Int32>())
        case .int64: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Int64.self), count: n, FloatToInt<S, Int64>())
        case .uint32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: UInt32.self), count: n, FloatToInt<S, UInt32>())
        case .bool: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Bool.self), count: n, FloatToBool<S>())
        }
    }

    private static func fromInteger<S: FixedWidthInteger>(_ s: UnsafeMutablePointer<S>, _ dst: UnsafeMutableRawPointer, _ to: DType, _ n: Int) {
        switch to {
        case .float32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Float.self), count: n, IntToFloat<S, Float>())
        case .float64: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Double.self), count: n, IntToFloat<S, Double>())
        case .int32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Int32.self), count: n, IntToInt<S, Int32>())
        case .int64: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Int64.self), count: n, IntToInt<S, Int64>())
        case .uint32: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: UInt32.self), count: n, IntToInt<S, UInt32>())
        case .bool: ElementwiseKernels.map(s, dst.assumingMemoryBound(to: Bool.self), count: n, IntToBool<S>())
        }
    }

    /// Float → integer as XLA on CPU: truncate, saturate, NaN → 0.
    @inline(__always)
    static func saturating<S: BinaryFloatingPoint, D: FixedWidthInteger>(_ x: S) -> D {
        if x.isNaN { return 0 }
        if x >= S(D.max) { return D.max }
        if x <= S(D.min) { return D.min }
        return D(x)
    }
}

struct FloatToFloat<S: BinaryFloatingPoint, D: BinaryFloatingPoint>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> D { D(a) }
}
struct IntToFloat<S: FixedWidthInteger, D: BinaryFloatingPoint>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> D { D(a) }
}
struct FloatToInt<S: BinaryFloatingPoint, D: FixedWidthInteger>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> D { Conversion.saturating(a) }
}
struct IntToInt<S: FixedWidthInteger, D: FixedWidthInteger>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> D { D(truncatingIfNeeded: a) }
}
struct FloatToBool<S: BinaryFloatingPoint>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> Bool { a != 0 }
}
struct IntToBool<S: FixedWidthInteger>: ScalarFunction1 {
    @inline(__always) func callAsFunction(_ a: S) -> Bool { a != 0 }
}
