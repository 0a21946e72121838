/// The kinds of dtype a primitive accepts.
public struct DTypeKinds: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// float32, float64.
    public static let floating = DTypeKinds(rawValue: 1)
    /// int32, int64, uint32.
    public static let integer = DTypeKinds(rawValue: 2)
    /// bool.
    public static let boolean = DTypeKinds(rawValue: 4)
    /// Every numeric dtype.
    public static let numeric: DTypeKinds = [.floating, .integer]
    /// Every dtype.
    public static let all: DTypeKinds = [.floating, .integer, .boolean]

    func contains(_ d: DType) -> Bool {
        contains(d.isFloatingPoint ? .floating : (d == .bool ? .boolean : .integer))
    }

    var jaxDescription: String {
        var parts: [String] = []
        if contains(.boolean) { parts.append("bool") }
        if contains(.integer) { parts.append("integer") }
        if contains(.floating) { parts.append("floating") }
        return parts.joined(separator: ", ")
    }
}

func checkDType(_ name: String, _ dtype: DType, _ kinds: DTypeKinds) throws {
    guard kinds.contains(dtype) else {
        throw TensorError("\(name) does not accept dtype \(dtype.name). Accepted dtypes are subtypes of \(kinds.jaxDescription).")
    }
}

func checkArity(_ name: String, _ inputs: [ShapedArray], _ n: Int) throws {
    guard inputs.count == n else {
        throw TensorError("\(name) takes \(n) operand\(n == 1 ? "" : "s"), got \(inputs.count)")
    }
}

// MARK: - Fusion

/// A primitive whose kernel can run on one block of a fused elementwise
/// loop: contiguous operands of one length (or scalars, which broadcast).
/// jit's executor chains these block by block so intermediates stay in cache.
public protocol FusibleElementwise: Primitive {
    /// Runs the kernel on `count` elements.
    func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count: Int)
}

// MARK: - Unary

/// An elementwise primitive of one operand whose result has the operand's
/// shape and dtype (JAX's `defvectorized`): conformers give the scalar
/// function per dtype kind; shape rule, kernel and batching rule come from here.
public protocol UnaryElementwise: FusibleElementwise {
    /// Dtype kinds the primitive accepts (default: floating).
    var accepts: DTypeKinds { get }
    /// The function on floats.
    func apply<T: KernelFloat>(float x: T) -> T
    /// The function on integers (only called if `accepts` has `.integer`).
    func apply<T: KernelInteger>(integer x: T) -> T
    /// The function on bools (only called if `accepts` has `.boolean`).
    func apply(bool x: Bool) -> Bool
}

extension UnaryElementwise {
    public var accepts: DTypeKinds { .floating }
    public func apply<T: KernelInteger>(integer x: T) -> T { x }
    public func apply(bool x: Bool) -> Bool { x }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        try checkDType(name, inputs[0].dtype, accepts)
        return [inputs[0]]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        let out = try Tensor.uninitialized(outputs[0])
        runBlock([x.storage.pointer], scalar: [false], dtypes: [x.dtype], out: out.storage.pointer, count: x.size)
        return [out]
    }

    /// The kernel on raw contiguous buffers (also used by fused loops).
    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count n: Int) {
        map(ins[0], dtypes[0], out, count: n)
    }

    /// `apply` over `n` contiguous elements of `dtype` (a conformer's own
    /// `runBlock` falls back to it for the dtypes it does not specialise).
    func map(_ src: UnsafeMutableRawPointer, _ dtype: DType, _ dst: UnsafeMutableRawPointer, count n: Int) {
        switch dtype {
        case .float32: ElementwiseKernels.map(src.assumingMemoryBound(to: Float.self), dst.assumingMemoryBound(to: Float.self), count: n, UnaryFloatFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.map(src.assumingMemoryBound(to: Double.self), dst.assumingMemoryBound(to: Double.self), count: n, UnaryFloatFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.map(src.assumingMemoryBound(to: Int32.self), dst.assumingMemoryBound(to: Int32.self), count: n, UnaryIntFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.map(src.assumingMemoryBound(to: Int64.self), dst.assumingMemoryBound(to: Int64.self), count: n, UnaryIntFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.map(src.assumingMemoryBound(to: UInt32.self), dst.assumingMemoryBound(to: UInt32.self), count: n, UnaryIntFn<Self, UInt32>(p: self))
        case .bool: ElementwiseKernels.map(src.assumingMemoryBound(to: Bool.self), dst.assumingMemoryBound(to: Bool.self), count: n, UnaryBoolFn<Self>(p: self))
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        (try bind(self, inputs), dims)
    }
}

// MARK: - Binary

/// An elementwise primitive of two operands of one dtype, broadcasting
/// size-1 and 0-d operands (JAX's `defbroadcasting`).
public protocol BinaryElementwise: FusibleElementwise {
    /// Dtype kinds the primitive accepts (default: numeric).
    var accepts: DTypeKinds { get }
    /// The function on floats.
    func apply<T: KernelFloat>(float a: T, _ b: T) -> T
    /// The function on integers.
    func apply<T: KernelInteger>(integer a: T, _ b: T) -> T
    /// The function on bools.
    func apply(bool a: Bool, _ b: Bool) -> Bool
}

extension BinaryElementwise {
    public var accepts: DTypeKinds { .numeric }
    public func apply<T: KernelInteger>(integer a: T, _ b: T) -> T { a }
    public func apply(bool a: Bool, _ b: Bool) -> Bool { a }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try [broadcastingAval(name, inputs, accepts: accepts)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        try broadcastingKernel(inputs, outputs[0], run)
    }

    /// The kernel on raw contiguous buffers; scalar operands broadcast (used by fused loops).
    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count n: Int) {
        let (pa, ia, pb, ib) = (ins[0], scalar[0] ? 0 : 1, ins[1], scalar[1] ? 0 : 1)
        let r = 0..<n
        switch dtypes[0] {
        case .float32: ElementwiseKernels.row(pa.assumingMemoryBound(to: Float.self), ia, pb.assumingMemoryBound(to: Float.self), ib, out.assumingMemoryBound(to: Float.self), r, BinaryFloatFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.row(pa.assumingMemoryBound(to: Double.self), ia, pb.assumingMemoryBound(to: Double.self), ib, out.assumingMemoryBound(to: Double.self), r, BinaryFloatFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.row(pa.assumingMemoryBound(to: Int32.self), ia, pb.assumingMemoryBound(to: Int32.self), ib, out.assumingMemoryBound(to: Int32.self), r, BinaryIntFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.row(pa.assumingMemoryBound(to: Int64.self), ia, pb.assumingMemoryBound(to: Int64.self), ib, out.assumingMemoryBound(to: Int64.self), r, BinaryIntFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.row(pa.assumingMemoryBound(to: UInt32.self), ia, pb.assumingMemoryBound(to: UInt32.self), ib, out.assumingMemoryBound(to: UInt32.self), r, BinaryIntFn<Self, UInt32>(p: self))
        case .bool: ElementwiseKernels.row(pa.assumingMemoryBound(to: Bool.self), ia, pb.assumingMemoryBound(to: Bool.self), ib, out.assumingMemoryBound(to: Bool.self), r, BinaryBoolFn<Self>(p: self))
        }
    }

    private func run(_ dtype: DType, _ pa: UnsafeMutableRawPointer, _ sa: [Int], _ pb: UnsafeMutableRawPointer, _ sb: [Int],
                     _ po: UnsafeMutableRawPointer, _ shape: [Int]) {
        switch dtype {
        case .float32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Float.self), sa, pb.assumingMemoryBound(to: Float.self), sb, po.assumingMemoryBound(to: Float.self), shape: shape, BinaryFloatFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Double.self), sa, pb.assumingMemoryBound(to: Double.self), sb, po.assumingMemoryBound(to: Double.self), shape: shape, BinaryFloatFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Int32.self), sa, pb.assumingMemoryBound(to: Int32.self), sb, po.assumingMemoryBound(to: Int32.self), shape: shape, BinaryIntFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Int64.self), sa, pb.assumingMemoryBound(to: Int64.self), sb, po.assumingMemoryBound(to: Int64.self), shape: shape, BinaryIntFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: UInt32.self), sa, pb.assumingMemoryBound(to: UInt32.self), sb, po.assumingMemoryBound(to: UInt32.self), shape: shape, BinaryIntFn<Self, UInt32>(p: self))
        case .bool: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Bool.self), sa, pb.assumingMemoryBound(to: Bool.self), sb, po.assumingMemoryBound(to: Bool.self), shape: shape, BinaryBoolFn<Self>(p: self))
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        try broadcastBatch(self, inputs, dims, axis)
    }
}

/// The kernel entry shared by the binary broadcasting primitives: same
/// shapes (or 0-d operands) run as one flat contiguous loop; otherwise
/// operands are read through broadcast strides. `run` is the primitive's
/// typed loop over (dtype, a, a strides, b, b strides, out, shape).
func broadcastingKernel(_ inputs: [Tensor], _ aval: ShapedArray,
                        _ run: (DType, UnsafeMutableRawPointer, [Int], UnsafeMutableRawPointer, [Int], UnsafeMutableRawPointer, [Int]) -> Void) throws -> [Tensor] {
    let (a, b) = (inputs[0], inputs[1])
    let out = try Tensor.uninitialized(aval)
    let shape = aval.shape
    if (a.shape == shape || a.ndim == 0) && (b.shape == shape || b.ndim == 0) {
        // One flat dimension; large outputs are split across the pool.
        run(a.dtype, a.storage.pointer, [a.ndim == 0 ? 0 : 1], b.storage.pointer, [b.ndim == 0 ? 0 : 1], out.storage.pointer, [out.size])
        return [out]
    }
    run(a.dtype, a.storage.pointer, Shape.broadcastStrides(a.shape, to: shape), b.storage.pointer,
        Shape.broadcastStrides(b.shape, to: shape), out.storage.pointer, shape)
    return [out]
}

/// The shape rule of broadcasting primitives: operands share a dtype; their
/// shapes broadcast (equal ranks with size-1 dimensions, or 0-d operands).
func broadcastingAval(_ name: String, _ inputs: [ShapedArray], accepts: DTypeKinds) throws -> ShapedArray {
    if inputs.count == 2, inputs[0] == inputs[1] {
        try checkDType(name, inputs[0].dtype, accepts)
        return inputs[0]
    }
    try checkArity(name, inputs, 2)
    let first = inputs[0]
    for x in inputs where x.dtype != first.dtype {
        throw TensorError("\(name) requires arguments to have the same dtypes, got "
                          + inputs.map(\.dtype.name).joined(separator: ", ") + ".")
    }
    try checkDType(name, first.dtype, accepts)
    let shape = try Shape.broadcast(inputs.map(\.shape), opName: name)
    return ShapedArray(shape: shape, dtype: first.dtype, weakType: inputs.allSatisfy(\.weakType))
}

/// JAX's `broadcast_batcher`: when every batched operand has the same shape
/// and batch dimension (others 0-d), bind as is; otherwise move batch
/// dimensions to the front and give unbatched operands a leading size-1
/// dimension, relying on the primitive's own size-1 broadcasting.
public func broadcastBatch<P: Primitive>(_ p: P, _ inputs: [Tensor], _ dims: [Int?], _ axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
    guard let k = dims.firstIndex(where: { $0 != nil }) else {
        return (try bind(p, inputs), dims.map { _ in nil })
    }
    let shape = inputs[k].shape, dim = dims[k]
    let agree = zip(inputs, dims).allSatisfy { x, d in x.ndim == 0 || (x.shape == shape && d == dim) }
    if agree {
        let outs = try bind(p, inputs)
        return (outs, outs.map { _ in dim })
    }
    var args: [Tensor] = []
    for (x, d) in zip(inputs, dims) {
        args.append(x.ndim == 0 && d == nil ? x : try Batching.bdimAtFront(x, d, size: 1))
    }
    let rank = args.map(\.ndim).max() ?? 0
    // A batched 0-d operand is now rank 1: pad trailing 1s to the common rank.
    for i in args.indices where dims[i] != nil && args[i].ndim < rank {
        args[i] = try args[i].reshaped(args[i].shape + Array(repeating: 1, count: rank - args[i].ndim))
    }
    let outs = try bind(p, args)
    return (outs, outs.map { _ in 0 })
}

// MARK: - Comparison

/// An elementwise comparison: two operands of one dtype, a bool result.
public protocol Comparison: FusibleElementwise {
    /// The comparison on ordered values.
    func compare<T: Comparable>(_ a: T, _ b: T) -> Bool
}

extension Comparison {
    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        let a = try broadcastingAval(name, inputs, accepts: .all)
        return [ShapedArray(shape: a.shape, dtype: .bool)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        try broadcastingKernel(inputs, outputs[0], run)
    }

    /// The kernel on raw contiguous buffers; scalar operands broadcast (used by fused loops).
    public func runBlock(_ ins: [UnsafeMutableRawPointer], scalar: [Bool], dtypes: [DType], out: UnsafeMutableRawPointer, count n: Int) {
        let (pa, ia, pb, ib) = (ins[0], scalar[0] ? 0 : 1, ins[1], scalar[1] ? 0 : 1)
        let r = 0..<n, o = out.assumingMemoryBound(to: Bool.self)
        switch dtypes[0] {
        case .float32: ElementwiseKernels.row(pa.assumingMemoryBound(to: Float.self), ia, pb.assumingMemoryBound(to: Float.self), ib, o, r, CompareFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.row(pa.assumingMemoryBound(to: Double.self), ia, pb.assumingMemoryBound(to: Double.self), ib, o, r, CompareFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.row(pa.assumingMemoryBound(to: Int32.self), ia, pb.assumingMemoryBound(to: Int32.self), ib, o, r, CompareFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.row(pa.assumingMemoryBound(to: Int64.self), ia, pb.assumingMemoryBound(to: Int64.self), ib, o, r, CompareFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.row(pa.assumingMemoryBound(to: UInt32.self), ia, pb.assumingMemoryBound(to: UInt32.self), ib, o, r, CompareFn<Self, UInt32>(p: self))
        case .bool: ElementwiseKernels.row(pa.assumingMemoryBound(to: UInt8.self), ia, pb.assumingMemoryBound(to: UInt8.self), ib, o, r, CompareFn<Self, UInt8>(p: self))
        }
    }

    private func run(_ dtype: DType, _ pa: UnsafeMutableRawPointer, _ sa: [Int], _ pb: UnsafeMutableRawPointer, _ sb: [Int],
                     _ po: UnsafeMutableRawPointer, _ shape: [Int]) {
        let o = po.assumingMemoryBound(to: Bool.self)
        switch dtype {
        case .float32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Float.self), sa, pb.assumingMemoryBound(to: Float.self), sb, o, shape: shape, CompareFn<Self, Float>(p: self))
        case .float64: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Double.self), sa, pb.assumingMemoryBound(to: Double.self), sb, o, shape: shape, CompareFn<Self, Double>(p: self))
        case .int32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Int32.self), sa, pb.assumingMemoryBound(to: Int32.self), sb, o, shape: shape, CompareFn<Self, Int32>(p: self))
        case .int64: ElementwiseKernels.zip(pa.assumingMemoryBound(to: Int64.self), sa, pb.assumingMemoryBound(to: Int64.self), sb, o, shape: shape, CompareFn<Self, Int64>(p: self))
        case .uint32: ElementwiseKernels.zip(pa.assumingMemoryBound(to: UInt32.self), sa, pb.assumingMemoryBound(to: UInt32.self), sb, o, shape: shape, CompareFn<Self, UInt32>(p: self))
        case .bool: ElementwiseKernels.zip(pa.assumingMemoryBound(to: UInt8.self), sa, pb.assumingMemoryBound(to: UInt8.self), sb, o, shape: shape, CompareFn<Self, UInt8>(p: self))
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        try broadcastBatch(self, inputs, dims, axis)
    }
}
