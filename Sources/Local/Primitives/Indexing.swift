// Indexing primitives: slice, dynamic_slice, dynamic_update_slice, gather,
// pad and iota.

/// `slice[start_indices=… limit_indices=… strides=…]`: a static box of an operand.
///
/// ```swift
/// try bind1(Slice(startIndices: [1], limitIndices: [5], strides: [2]), [Tensor.arange(6)])   // [1, 3]
/// ```
public struct Slice: Primitive {
    /// First index of the box in each dimension.
    ///
    /// ```swift
    /// Slice(startIndices: [1], limitIndices: [3]).startIndices   // [1]
    /// ```
    public let startIndices: [Int]
    /// End (exclusive) of the box in each dimension.
    ///
    /// ```swift
    /// Slice(startIndices: [1], limitIndices: [3]).limitIndices   // [3]
    /// ```
    public let limitIndices: [Int]
    /// Steps per dimension (nil: all 1).
    ///
    /// ```swift
    /// Slice(startIndices: [0], limitIndices: [6], strides: [2]).strides   // [2]
    /// ```
    public let strides: [Int]?
    /// Creates `slice` of the box `[startIndices, limitIndices)` stepping by `strides`.
    ///
    /// ```swift
    /// let p = Slice(startIndices: [0, 1], limitIndices: [2, 3])
    /// ```
    public init(startIndices: [Int], limitIndices: [Int], strides: [Int]? = nil) {
        self.startIndices = startIndices
        self.limitIndices = limitIndices
        self.strides = strides
    }
    public var name: String { "slice" }
    public var parameters: [(name: String, value: String)] {
        [("limit_indices", ParameterFormat.tuple(limitIndices)), ("start_indices", ParameterFormat.tuple(startIndices)),
         ("strides", strides.map(ParameterFormat.tuple) ?? "None")]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        let st = strides ?? Array(repeating: 1, count: x.ndim)
        guard startIndices.count == x.ndim, limitIndices.count == x.ndim, st.count == x.ndim else {
            throw TensorError("slice start_indices, limit_indices and strides must have length equal to the operand rank \(x.ndim), got \(ParameterFormat.tuple(startIndices)), \(ParameterFormat.tuple(limitIndices)) and \(ParameterFormat.tuple(st))")
        }
        var shape: [Int] = []
        for i in 0..<x.ndim {
            guard startIndices[i] >= 0, limitIndices[i] <= x.shape[i], startIndices[i] <= limitIndices[i], st[i] > 0 else {
                throw TensorError("slice indices out of range: start_indices \(ParameterFormat.tuple(startIndices)), limit_indices \(ParameterFormat.tuple(limitIndices)), strides \(ParameterFormat.tuple(st)) for operand shape \(Shape.describe(x.shape))")
            }
            // (limit - start - 1) / stride + 1 cannot overflow, unlike (limit - start + stride - 1) / stride.
            shape.append(limitIndices[i] == startIndices[i] ? 0 : (limitIndices[i] - startIndices[i] - 1) / st[i] + 1)
        }
        return [x.with(shape: shape)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        let own = Shape.strides(x.shape)
        let st = strides ?? Array(repeating: 1, count: x.ndim)
        let offset = zip(startIndices, own).reduce(0) { $0 + $1.0 * $1.1 }
        return [try stridedView(x, offset: offset, strides: zip(own, st).map { $0 * $1 }, into: outputs[0])]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        var s = startIndices, l = limitIndices, st = strides
        s.insert(0, at: d)
        l.insert(axis.size, at: d)
        st?.insert(1, at: d)
        return ([try bind1(Slice(startIndices: s, limitIndices: l, strides: st), inputs)], [d])
    }
}

/// Reads start indices (scalars of any integer dtype) and clamps them so the
/// box fits, as XLA does.
func clampedStarts(_ indices: ArraySlice<Tensor>, shape: [Int], sizes: [Int]) -> [Int] {
    zip(indices, zip(shape, sizes)).map { t, ds in
        let v = t.scalarAsInt()
        return min(max(v, 0), ds.0 - ds.1)
    }
}

func checkIndexScalars(_ name: String, _ indices: ArraySlice<ShapedArray>, rank: Int) throws {
    guard indices.count == rank else {
        throw TensorError("\(name) requires \(rank) start indices for an operand of rank \(rank), got \(indices.count)")
    }
    for i in indices where i.ndim != 0 || !i.dtype.isInteger {
        throw TensorError("\(name) start indices must be integer scalars, got \(i.longDescription)")
    }
}

/// `dynamic_slice[slice_sizes=…]`: a box of static size at run-time start
/// indices (one scalar operand per dimension), clamped to fit.
///
/// ```swift
/// try bind1(DynamicSlice(sliceSizes: [2]), [Tensor([1.0, 2.0, 3.0]), Tensor(Int32(1))])   // [2, 3]
/// ```
public struct DynamicSlice: Primitive {
    /// The static size of the box in each dimension.
    ///
    /// ```swift
    /// DynamicSlice(sliceSizes: [2]).sliceSizes   // [2]
    /// ```
    public let sliceSizes: [Int]
    /// Creates `dynamic_slice` reading a box of `sliceSizes`.
    ///
    /// ```swift
    /// let p = DynamicSlice(sliceSizes: [1, 3])
    /// ```
    public init(sliceSizes: [Int]) { self.sliceSizes = sliceSizes }
    public var name: String { "dynamic_slice" }
    public var parameters: [(name: String, value: String)] { [("slice_sizes", ParameterFormat.tuple(sliceSizes))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let x = inputs.first else { throw TensorError("dynamic_slice takes an operand") }
        try checkIndexScalars(name, inputs.dropFirst(), rank: x.ndim)
        guard sliceSizes.count == x.ndim, zip(sliceSizes, x.shape).allSatisfy({ $0 >= 0 && $0 <= $1 }) else {
            throw TensorError("dynamic_slice slice_sizes must be non-negative and fit the operand: got slice_sizes \(ParameterFormat.tuple(sliceSizes)) for operand shape \(Shape.describe(x.shape))")
        }
        return [x.with(shape: sliceSizes)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        let starts = clampedStarts(inputs.dropFirst(), shape: x.shape, sizes: sliceSizes)
        let own = Shape.strides(x.shape)
        let offset = zip(starts, own).reduce(0) { $0 + $1.0 * $1.1 }
        return [try stridedView(x, offset: offset, strides: own, into: outputs[0])]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let x = inputs[0]
        if dims.dropFirst().allSatisfy({ $0 == nil }) {
            // Only the operand is batched: slice the whole batch dimension.
            let d = dims[0]!
            var args = Array(inputs.dropFirst())
            args.insert(Tensor(Int32(0)), at: d)
            var sizes = sliceSizes
            sizes.insert(axis.size, at: d)
            return ([try bind1(DynamicSlice(sliceSizes: sizes), [x] + args)], [d])
        }
        // Batched start indices: a gather with one index vector per example.
        let starts = try Batching.allAtFront(Array(inputs.dropFirst()).map { try $0.astype(.int32) }, Array(dims.dropFirst()), size: axis.size)
        let indexMatrix = try stack(starts, axis: 1)           // [B, rank]
        let operand = x
        let rank = dims[0] == nil ? x.ndim : x.ndim - 1
        let unbatched = Gather.Dimensions(offsetDims: Array(0..<rank), collapsedSliceDims: [],
                                          startIndexMap: Array(0..<rank), operandBatchingDims: [], startIndicesBatchingDims: [])
        let g = Gather(dimensions: unbatched, sliceSizes: sliceSizes, mode: .clip)
        // Per example the gather's indices are a [rank] vector; batching the
        // gather handles the operand's batch dimension too.
        return try g.batch([operand, indexMatrix], dims: [dims[0], 0], axis: axis)
    }
}

/// `dynamic_update_slice`: writes `update` into `operand` at run-time start
/// indices (clamped so it fits).
///
/// ```swift
/// let x = try Tensor.zeros([4]), u = Tensor([1.0, 2.0])
/// try bind1(DynamicUpdateSlice(), [x, u, Tensor(Int32(1))])   // [0, 1, 2, 0]
/// ```
public struct DynamicUpdateSlice: Primitive {
    /// Creates the `dynamic_update_slice` primitive (it has no parameters).
    ///
    /// ```swift
    /// let p = DynamicUpdateSlice()
    /// ```
    public init() {}
    public var name: String { "dynamic_update_slice" }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard inputs.count >= 2 else { throw TensorError("dynamic_update_slice takes an operand and an update") }
        let x = inputs[0], u = inputs[1]
        try checkIndexScalars(name, inputs.dropFirst(2), rank: x.ndim)
        guard u.dtype == x.dtype, u.ndim == x.ndim, zip(u.shape, x.shape).allSatisfy({ $0 <= $1 }) else {
            throw TensorError("dynamic_update_slice update must have the operand's dtype and rank and fit inside it, got operand \(x.longDescription) and update \(u.longDescription)")
        }
        return [ShapedArray(shape: x.shape, dtype: x.dtype, weakType: x.weakType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        // The operand may be shared: write into a copy (jit's executor
        // updates in place when it owns the buffer).
        let out = Tensor(aval: outputs[0], storage: try inputs[0].storage.copy())
        let u = inputs[1]
        let starts = clampedStarts(inputs.dropFirst(2), shape: out.shape, sizes: u.shape)
        let own = Shape.strides(out.shape)
        let offset = zip(starts, own).reduce(0) { $0 + $1.0 * $1.1 }
        // Copy the update row by row into the operand's box.
        let rows = u.ndim == 0 ? 1 : u.size / max(u.shape.last!, 1)
        let rowLength = u.ndim == 0 ? 1 : u.shape.last!
        guard u.size > 0 else { return [out] }
        let width = out.dtype.itemSize
        let outerShape = Array(u.shape.dropLast())
        let dst = out.storage.pointer, src = u.storage.pointer
        for r in 0..<rows {
            var rem = r, o = offset
            for d in stride(from: outerShape.count - 1, through: 0, by: -1) {
                o += (rem % outerShape[d]) * own[d]
                rem /= outerShape[d]
            }
            (dst + o * width).copyMemory(from: src + r * rowLength * width, byteCount: rowLength * width)
        }
        return [out]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        if dims.dropFirst(2).allSatisfy({ $0 == nil }) {
            let x = try Batching.bdimAtFront(inputs[0], dims[0], size: axis.size)
            let u = try Batching.bdimAtFront(inputs[1], dims[1], size: axis.size)
            return ([try bind1(self, [x, u, Tensor(Int32(0))] + inputs.dropFirst(2))], [0])
        }
        // Batched start indices: update each example on its own and stack
        // (a scatter primitive would do this in one pass).
        var lanes: [Tensor] = []
        for b in 0..<axis.size {
            let lane = try zip(inputs, dims).map { x, d in d == nil ? x : try x.take(b, axis: d!) }
            lanes.append(try bind1(self, lane))
        }
        return ([try stack(lanes, axis: 0)], [0])
    }
}

/// `pad[padding_config=…]`: pads with a scalar value; each dimension has
/// (low, high, interior) padding; negative low/high crop.
///
/// ```swift
/// let p = Pad(paddingConfig: [.init(low: 1, high: 2)])
/// try bind1(p, [Tensor([1.0, 2.0]), Tensor(Float(0))])   // [0, 1, 2, 0, 0]
/// ```
public struct Pad: Primitive {
    /// (low, high, interior) per dimension.
    ///
    /// ```swift
    /// Pad(paddingConfig: [.init(low: 1, high: 0)]).paddingConfig[0].low   // 1
    /// ```
    public let paddingConfig: [PadConfig]
    /// One dimension's padding.
    ///
    /// ```swift
    /// let c = Pad.PadConfig(low: 1, high: 1, interior: 1)   // [a, b] -> [0, a, 0, b, 0]
    /// ```
    public struct PadConfig: Hashable, Sendable {
        /// Elements added before (negative: removed from) the start, after the edge, and between neighbours.
        ///
        /// ```swift
        /// Pad.PadConfig(low: 2, high: 0).interior   // 0
        /// ```
        public var low: Int, high: Int, interior: Int
        /// Creates one dimension's padding (no interior padding by default).
        ///
        /// ```swift
        /// let c = Pad.PadConfig(low: 0, high: 3)
        /// ```
        public init(low: Int, high: Int, interior: Int = 0) {
            self.low = low
            self.high = high
            self.interior = interior
        }
    }
    /// Creates `pad` with one (low, high, interior) entry per operand dimension.
    ///
    /// ```swift
    /// let p = Pad(paddingConfig: [.init(low: 1, high: 1), .init(low: 0, high: 0)])
    /// ```
    public init(paddingConfig: [PadConfig]) { self.paddingConfig = paddingConfig }
    public var name: String { "pad" }
    public var parameters: [(name: String, value: String)] {
        [("padding_config", "(" + paddingConfig.map { "(\($0.low), \($0.high), \($0.interior))" }.joined(separator: ", ") + (paddingConfig.count == 1 ? ",)" : ")"))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 2)
        let x = inputs[0], v = inputs[1]
        guard v.ndim == 0, v.dtype == x.dtype else {
            throw TensorError("pad padding value must be a scalar of the operand's dtype, got \(v.longDescription) for operand \(x.longDescription)")
        }
        guard paddingConfig.count == x.ndim else {
            throw TensorError("length of padding_config must equal the number of axes of operand, got padding_config \(parameters[0].value) for operand shape \(Shape.describe(x.shape))")
        }
        var shape: [Int] = []
        for (n, c) in zip(x.shape, paddingConfig) {
            guard c.interior >= 0 else { throw TensorError("interior padding in padding_config must be nonnegative, got padding_config \(parameters[0].value)") }
            // Reporting arithmetic: absurd paddings must throw, not overflow.
            let (inner, o1) = max(n - 1, 0).multipliedReportingOverflow(by: c.interior)
            let (edges, o2) = c.low.addingReportingOverflow(c.high)
            let (s, o3) = edges.addingReportingOverflow(n &+ inner)
            guard !(o1 || o2 || o3) else {
                throw TensorError("pad result shape overflows for operand shape \(Shape.describe(x.shape)) and padding_config \(parameters[0].value)")
            }
            guard s >= 0 else {
                throw TensorError("Dimension size after padding is not at least 0, got result shape with a negative dimension for operand shape \(Shape.describe(x.shape)) and padding_config \(parameters[0].value)")
            }
            shape.append(s)
        }
        _ = try Shape.checkedCount(shape)
        return [x.with(shape: shape)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0], v = inputs[1]
        let out = try Tensor.uninitialized(outputs[0])
        let width = x.dtype.itemSize
        let n = out.size
        let dst = out.storage.pointer, pv = v.storage.pointer
        for i in 0..<n { (dst + i * width).copyMemory(from: pv, byteCount: width) }
        guard x.size > 0 else { return [out] }
        let outStrides = Shape.strides(out.shape)
        let src = x.storage.pointer
        // Place each operand element at low + i*(interior+1), skipping cropped ones.
        var index = [Int](repeating: 0, count: x.ndim)
        for e in 0..<x.size {
            var o = 0, inside = true
            for d in 0..<x.ndim {
                let c = paddingConfig[d]
                let p = c.low + index[d] * (c.interior + 1)
                if p < 0 || p >= out.shape[d] { inside = false; break }
                o += p * outStrides[d]
            }
            if inside { (dst + o * width).copyMemory(from: src + e * width, byteCount: width) }
            var d = x.ndim - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < x.shape[d] { break }
                index[d] = 0
                d -= 1
            }
        }
        return [out]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        if let d = dims[0], dims[1] == nil {
            var config = paddingConfig
            config.insert(PadConfig(low: 0, high: 0), at: d)
            return ([try bind1(Pad(paddingConfig: config), inputs)], [d])
        }
        // A mapped padding value (JAX's _pad_batch_rule): pad with zero, pad a
        // mask of ones with false, and select the value where the mask is false.
        let x = try Batching.bdimAtFront(inputs[0], dims[0], size: axis.size)
        let v = try Batching.bdimAtFront(inputs[1], dims[1], size: axis.size)
        let p = Pad(paddingConfig: [PadConfig(low: 0, high: 0)] + paddingConfig)
        let padded = try bind1(p, [x, try Tensor(0, dtype: x.dtype)])
        let mask = try bind1(p, [try Tensor.full(x.shape, 1, dtype: .bool), Tensor(false)])
        let value = try v.broadcastInDim(shape: padded.shape, broadcastDimensions: [0])
        return ([try bind1(SelectN(), [mask, value, padded])], [0])
    }
}

/// `iota[dtype=… shape=… dimension=…]`: 0, 1, 2, … along one dimension.
///
/// ```swift
/// try bind1(Iota(dtype: .int32, shape: [2, 3], dimension: 1), [])   // [[0, 1, 2], [0, 1, 2]]
/// ```
public struct Iota: Primitive {
    /// The result dtype.
    ///
    /// ```swift
    /// Iota(dtype: .float32, shape: [3]).dtype   // .float32
    /// ```
    public let dtype: DType
    /// The result shape.
    ///
    /// ```swift
    /// Iota(dtype: .int32, shape: [2, 3]).shape   // [2, 3]
    /// ```
    public let shape: [Int]
    /// The dimension along which values count up.
    ///
    /// ```swift
    /// Iota(dtype: .int32, shape: [2, 3], dimension: 1).dimension   // 1
    /// ```
    public let dimension: Int
    /// Creates `iota` of `dtype` and `shape` counting along `dimension`.
    ///
    /// ```swift
    /// let p = Iota(dtype: .int32, shape: [5])
    /// ```
    public init(dtype: DType, shape: [Int], dimension: Int = 0) {
        self.dtype = dtype
        self.shape = shape
        self.dimension = dimension
    }
    public var name: String { "iota" }
    public var parameters: [(name: String, value: String)] {
        [("dimension", String(dimension)), ("dtype", dtype.name), ("shape", ParameterFormat.tuple(shape)), ("sharding", "None")]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 0)
        _ = try Shape.checkedCount(shape)
        guard dimension >= 0 && dimension < shape.count else {
            throw TensorError("iota dimension must be between 0 and len(shape), got dimension=\(dimension) for shape \(Shape.describe(shape))")
        }
        guard dtype != .bool else { throw TensorError("iota does not accept dtype bool") }
        return [ShapedArray(shape: shape, dtype: dtype)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let out = try Tensor.uninitialized(outputs[0])
        let n = out.size
        let inner = Shape.count(Array(shape[(dimension + 1)...]))
        let len = shape[dimension]
        func fill<T>(_ p: UnsafeMutablePointer<T>, _ make: (Int) -> T) {
            if inner == 1 && len == n {
                for i in 0..<n { p[i] = make(i) }   // 1-d: no division per element
                return
            }
            for i in 0..<n { p[i] = make((i / inner) % len) }
        }
        let p = out.storage.pointer
        switch dtype {
        case .float32: fill(p.assumingMemoryBound(to: Float.self)) { Float($0) }
        case .float64: fill(p.assumingMemoryBound(to: Double.self)) { Double($0) }
        case .int32: fill(p.assumingMemoryBound(to: Int32.self)) { Int32(truncatingIfNeeded: $0) }
        case .int64: fill(p.assumingMemoryBound(to: Int64.self)) { Int64($0) }
        case .uint32: fill(p.assumingMemoryBound(to: UInt32.self)) { UInt32(truncatingIfNeeded: $0) }
        case .bool: break
        }
        return [out]
    }
}
