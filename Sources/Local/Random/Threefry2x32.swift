/// `threefry2x32`: the Threefry-2x32 block cipher (20 rounds) that JAX's
/// PRNG is built on, as a primitive of four uint32 operands (key halves and
/// count halves, broadcast together) and two outputs.
///
/// Keys are ordinary uint32 tensors, so `vmap` over a batch of keys batches
/// this primitive like any broadcasting one.
///
/// ```swift
/// let (k0, k1) = (Tensor(UInt32(0)), Tensor(UInt32(42)))
/// let out = try bind(Threefry2x32(), [k0, k1, Tensor([UInt32(0), 1]), Tensor([UInt32(2), 3])])   // two uint32[2]
/// ```
public struct Threefry2x32: Primitive {
    /// Creates the `threefry2x32` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = Threefry2x32()
    /// ```
    public init() {}
    public var name: String { "threefry2x32" }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 4)
        for x in inputs where x.dtype != .uint32 {
            throw TensorError("threefry2x32 requires uint32 arguments, got " + inputs.map(\.dtype.name).joined(separator: ", "))
        }
        let shape = try Shape.broadcast(inputs.map(\.shape), opName: name)
        let out = ShapedArray(shape: shape, dtype: .uint32)
        return [out, out]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let shape = outputs[0].shape
        let full = try inputs.map { x -> Tensor in
            if x.shape == shape { return x }
            return try stridedView(x, offset: 0, strides: Shape.broadcastStrides(x.shape, to: shape), into: ShapedArray(shape: shape, dtype: .uint32))
        }
        let o1 = try Tensor.uninitialized(outputs[0]), o2 = try Tensor.uninitialized(outputs[1])
        let n = o1.size
        func buf(_ t: Tensor) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: t.storage.typed(UInt32.self), count: n) }
        func mbuf(_ t: Tensor) -> UnsafeMutableBufferPointer<UInt32> { UnsafeMutableBufferPointer(start: t.storage.typed(UInt32.self), count: n) }
        let b = full.map(buf)
        let (m1, m2) = (mbuf(o1), mbuf(o2))
        let boxes = UncheckedBox((b, m1, m2))
        // The broadcast operands are temporaries: keep them alive while the pool reads them.
        defer { withExtendedLifetime(full) {} }
        ThreadPool.parallelFor(n, costPerElement: 16) { r in
            let (b, m1, m2) = boxes.value
            func sub(_ x: UnsafeBufferPointer<UInt32>) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(rebasing: x[r]) }
            func msub(_ x: UnsafeMutableBufferPointer<UInt32>) -> UnsafeMutableBufferPointer<UInt32> { UnsafeMutableBufferPointer(rebasing: x[r]) }
            Threefry.hash(key1: sub(b[0]), key2: sub(b[1]), count1: sub(b[2]), count2: sub(b[3]), out1: msub(m1), out2: msub(m2))
        }
        return [o1, o2]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        try broadcastBatch(self, inputs, dims, axis)
    }
}
