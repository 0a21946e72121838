/// `sort[dimension=… is_stable=… num_keys=…]`: sorts several operands of one
/// shape along a dimension, ordered by the first `numKeys` operands
/// (lexicographically; NaNs last). The other operands follow the same
/// permutation (`lax.sort_key_val`).
///
/// ```swift
/// let (keys, values) = (Tensor([3, 1, 2]), Tensor([30.0, 10.0, 20.0]))
/// try bind(Sort(dimension: 0), [keys, values])   // [[1, 2, 3], [10, 20, 30]]
/// ```
public struct Sort: Primitive {
    /// The dimension to sort along.
    ///
    /// ```swift
    /// Sort(dimension: 1).dimension   // 1
    /// ```
    public let dimension: Int
    /// Whether equal keys keep their order.
    ///
    /// ```swift
    /// Sort(dimension: 0).isStable   // true
    /// ```
    public let isStable: Bool
    /// How many leading operands are sort keys.
    ///
    /// ```swift
    /// Sort(dimension: 0, numKeys: 2).numKeys   // 2
    /// ```
    public let numKeys: Int
    /// Creates `sort` along `dimension` (stable, one key by default).
    ///
    /// ```swift
    /// let p = Sort(dimension: 0, numKeys: 1)
    /// ```
    public init(dimension: Int, isStable: Bool = true, numKeys: Int = 1) {
        self.dimension = dimension
        self.isStable = isStable
        self.numKeys = numKeys
    }
    public var name: String { "sort" }
    public var parameters: [(name: String, value: String)] {
        [("dimension", String(dimension)), ("is_stable", ParameterFormat.bool(isStable)), ("num_keys", String(numKeys))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let first = inputs.first, numKeys >= 1, numKeys <= inputs.count else {
            throw TensorError("sort requires at least num_keys=\(numKeys) operands, got \(inputs.count)")
        }
        for x in inputs where x.shape != first.shape {
            throw TensorError("sort operands must all have the same shape, got " + inputs.map { Shape.describe($0.shape) }.joined(separator: ", "))
        }
        guard dimension >= 0 && dimension < max(first.ndim, 1) && first.ndim > 0 else {
            throw TensorError("sort dimension \(dimension) is out of bounds for array of dimension \(first.ndim)")
        }
        return inputs
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let shape = inputs[0].shape
        let len = shape[dimension]
        let inner = Shape.count(Array(shape[(dimension + 1)...]))
        let outer = Shape.count(Array(shape[..<dimension]))
        let keys = try inputs.prefix(numKeys).map { try $0.astype(.float64) }
        let keyPtrs = keys.map { $0.storage.typed(Double.self) }
        // Integer keys above 2^53 would collide as doubles: compare them exactly.
        let exactTensors = inputs.prefix(numKeys).map { $0.dtype == .int64 ? $0 : nil }
        let exactKeys = exactTensors.map { $0?.storage.typed(Int64.self) }
        defer { withExtendedLifetime((keys, exactTensors)) {} }
        let outs = try outputs.map { try Tensor.uninitialized($0) }
        var perm = [Int](repeating: 0, count: len)
        for o in 0..<outer {
            for j in 0..<inner {
                let base = o * len * inner + j
                for i in 0..<len { perm[i] = i }
                func less(_ a: Int, _ b: Int) -> Bool {
                    for (k, p) in keyPtrs.enumerated() {
                        let ia = base + a * inner, ib = base + b * inner
                        if let e = exactKeys[k] {
                            if e[ia] != e[ib] { return e[ia] < e[ib] }
                            continue
                        }
                        let x = p[ia], y = p[ib]
                        if x.isNaN || y.isNaN {
                            if x.isNaN != y.isNaN { return y.isNaN }
                            continue
                        }
                        if x != y { return x < y }
                    }
                    return a < b   // stability: ties keep their order
                }
                perm.sort(by: less)
                for (t, out) in zip(inputs, outs) {
                    let w = t.dtype.itemSize
                    let src = t.storage.pointer, dst = out.storage.pointer
                    for i in 0..<len {
                        (dst + (base + i * inner) * w).copyMemory(from: src + (base + perm[i] * inner) * w, byteCount: w)
                    }
                }
            }
        }
        return outs
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let args = try Batching.allAtFront(inputs, dims, size: axis.size)
        let outs = try bind(Sort(dimension: dimension + 1, isStable: isStable, numKeys: numKeys), args)
        return (outs, outs.map { _ in 0 })
    }
}

/// Sorts along `axis` (`jnp.sort`); NaNs go last.
///
/// ```swift
/// try sort(Tensor([3, 1, 2]))   // [1, 2, 3]
/// ```
public func sort(_ x: Tensor, axis: Int = -1) throws -> Tensor {
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    return try bind1(Sort(dimension: a), [x])
}

/// The indices that sort `x` along `axis` (`jnp.argsort`, stable).
///
/// ```swift
/// try argsort(Tensor([3, 1, 2]))   // [1, 2, 0]
/// ```
public func argsort(_ x: Tensor, axis: Int = -1) throws -> Tensor {
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    let iota = try bind1(Iota(dtype: .int32, shape: x.shape, dimension: a), [])
    return try bind(Sort(dimension: a, numKeys: 1), [x, iota])[1]
}
