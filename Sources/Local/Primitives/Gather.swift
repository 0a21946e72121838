/// `gather`: XLA's general gather, which `x[indices]`, `take` and batched
/// `dynamic_slice` lower to.
///
/// For each position of `indices` (its last dimension is the index vector),
/// a box of `sliceSizes` starting at the index vector (mapped to operand
/// dimensions by `startIndexMap`) is read. The output has the batch
/// positions in order, with the box's dimensions (minus `collapsedSliceDims`
/// and `operandBatchingDims`) at `offsetDims`. `operandBatchingDims` pair
/// operand dimensions with `startIndicesBatchingDims` of the indices, which
/// is what makes the batching rule simple.
///
/// ```swift
/// let g = Gather(dimensions: .init(offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0]), sliceSizes: [1])
/// try bind1(g, [Tensor([10.0, 20.0, 30.0]), Tensor([2, 0], shape: [2, 1])])   // [30, 10]
/// ```
public struct Gather: Primitive {
    /// XLA's GatherDimensionNumbers.
    ///
    /// ```swift
    /// let d = Gather.Dimensions(offsetDims: [1], collapsedSliceDims: [0], startIndexMap: [0])   // rows of a matrix
    /// ```
    public struct Dimensions: Hashable, Sendable {
        /// Output dimensions that hold the box's kept dimensions.
        ///
        /// ```swift
        /// d.offsetDims   // [1]
        /// ```
        public var offsetDims: [Int]
        /// Operand dimensions with slice size 1 that are dropped from the output.
        ///
        /// ```swift
        /// d.collapsedSliceDims   // [0]
        /// ```
        public var collapsedSliceDims: [Int]
        /// The operand dimension each component of an index vector starts.
        ///
        /// ```swift
        /// d.startIndexMap   // [0]
        /// ```
        public var startIndexMap: [Int]
        /// Operand dimensions paired one-to-one with `startIndicesBatchingDims`.
        ///
        /// ```swift
        /// d.operandBatchingDims   // [] unless batched
        /// ```
        public var operandBatchingDims: [Int]
        /// Indices dimensions paired with `operandBatchingDims`.
        ///
        /// ```swift
        /// d.startIndicesBatchingDims   // [] unless batched
        /// ```
        public var startIndicesBatchingDims: [Int]
        /// Creates gather dimension numbers (batching dimensions default to none).
        ///
        /// ```swift
        /// let d = Gather.Dimensions(offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0])
        /// ```
        public init(offsetDims: [Int], collapsedSliceDims: [Int], startIndexMap: [Int],
                    operandBatchingDims: [Int] = [], startIndicesBatchingDims: [Int] = []) {
            self.offsetDims = offsetDims
            self.collapsedSliceDims = collapsedSliceDims
            self.startIndexMap = startIndexMap
            self.operandBatchingDims = operandBatchingDims
            self.startIndicesBatchingDims = startIndicesBatchingDims
        }
    }

    /// What out-of-range start indices do.
    ///
    /// ```swift
    /// let g = Gather(dimensions: d, sliceSizes: [1], mode: .fill)
    /// ```
    public enum Mode: String, Hashable, Sendable {
        /// Clamp so the box fits (XLA's native behaviour).
        case clip
        /// Boxes that do not fit read the fill value (NaN for floats, the
        /// minimum for signed integers, the maximum for unsigned, true for bool).
        case fill
    }

    /// How operand, indices and output dimensions correspond.
    ///
    /// ```swift
    /// g.dimensions.startIndexMap   // [0]
    /// ```
    public let dimensions: Dimensions
    /// The box size in each operand dimension.
    ///
    /// ```swift
    /// g.sliceSizes   // [1]
    /// ```
    public let sliceSizes: [Int]
    /// What out-of-range start indices do (clamp by default).
    ///
    /// ```swift
    /// g.mode   // .clip
    /// ```
    public let mode: Mode

    /// Creates `gather` reading boxes of `sliceSizes`.
    ///
    /// ```swift
    /// let g = Gather(dimensions: d, sliceSizes: [1])
    /// ```
    public init(dimensions: Dimensions, sliceSizes: [Int], mode: Mode = .clip) {
        self.dimensions = dimensions
        self.sliceSizes = sliceSizes
        self.mode = mode
    }

    public var name: String { "gather" }
    public var parameters: [(name: String, value: String)] {
        let d = dimensions
        return [("dimension_numbers", "GatherDimensionNumbers(offset_dims=\(ParameterFormat.tuple(d.offsetDims)), collapsed_slice_dims=\(ParameterFormat.tuple(d.collapsedSliceDims)), start_index_map=\(ParameterFormat.tuple(d.startIndexMap)), operand_batching_dims=\(ParameterFormat.tuple(d.operandBatchingDims)), start_indices_batching_dims=\(ParameterFormat.tuple(d.startIndicesBatchingDims)))"),
                ("fill_value", "None"), ("indices_are_sorted", "False"),
                ("mode", mode == .clip ? "GatherScatterMode.CLIP" : "GatherScatterMode.FILL_OR_DROP"),
                ("slice_sizes", ParameterFormat.tuple(sliceSizes)), ("unique_indices", "False")]
    }

    /// Operand dimensions that appear in the output (the box's kept dimensions).
    private func keptOperandDims(_ rank: Int) -> [Int] {
        (0..<rank).filter { !dimensions.collapsedSliceDims.contains($0) && !dimensions.operandBatchingDims.contains($0) }
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 2)
        let x = inputs[0], idx = inputs[1]
        guard idx.dtype.isInteger else { throw TensorError("gather indices must be an integer type, got \(idx.dtype.name)") }
        guard idx.ndim >= 1, idx.shape.last! == dimensions.startIndexMap.count else {
            throw TensorError("gather index vector (last dimension of indices) must have length len(start_index_map)=\(dimensions.startIndexMap.count), got indices shape \(Shape.describe(idx.shape))")
        }
        guard sliceSizes.count == x.ndim, zip(sliceSizes, x.shape).allSatisfy({ $0 >= 0 && $0 <= $1 }) else {
            throw TensorError("gather slice_sizes must have length equal to the operand rank and fit its shape, got slice_sizes \(ParameterFormat.tuple(sliceSizes)) for operand shape \(Shape.describe(x.shape))")
        }
        for d in dimensions.collapsedSliceDims + dimensions.operandBatchingDims where d < 0 || d >= x.ndim || sliceSizes[d] > 1 {
            throw TensorError("gather collapsed and batching dimensions must be operand dimensions with slice size at most 1, got \(d) for slice_sizes \(ParameterFormat.tuple(sliceSizes))")
        }
        for d in dimensions.startIndexMap where d < 0 || d >= x.ndim {
            throw TensorError("gather start_index_map entries must be operand dimensions, got \(ParameterFormat.tuple(dimensions.startIndexMap)) for operand rank \(x.ndim)")
        }
        let batchShape = Array(idx.shape.dropLast())
        let kept = keptOperandDims(x.ndim)
        let outRank = batchShape.count + kept.count
        guard dimensions.offsetDims.count == kept.count, dimensions.offsetDims.allSatisfy({ $0 >= 0 && $0 < outRank }),
              dimensions.operandBatchingDims.count == dimensions.startIndicesBatchingDims.count else {
            throw TensorError("gather offset_dims \(ParameterFormat.tuple(dimensions.offsetDims)) do not match the operand's \(kept.count) kept slice dimensions")
        }
        var shape: [Int] = []
        var b = 0, k = 0
        for i in 0..<outRank {
            if dimensions.offsetDims.contains(i) { shape.append(sliceSizes[kept[k]]); k += 1 } else { shape.append(batchShape[b]); b += 1 }
        }
        return [ShapedArray(shape: shape, dtype: x.dtype, weakType: x.weakType)]
    }

    /// Whether each index vector selects one contiguous block of the
    /// operand: indices address only dimension 0, and every other dimension
    /// is taken whole, in order (row gathers: `x[idx]`, `take(axis: 0)`,
    /// batched `dynamic_slice` of rows).
    private func isRowGather(_ x: ShapedArray, _ idx: ShapedArray, _ out: ShapedArray) -> Bool {
        let d = dimensions
        guard d.startIndexMap == [0], d.operandBatchingDims.isEmpty, x.ndim >= 1,
              Array(sliceSizes.dropFirst()) == Array(x.shape.dropFirst()) else { return false }
        let kept = d.collapsedSliceDims == [0] ? x.ndim - 1 : (d.collapsedSliceDims.isEmpty ? x.ndim : -1)
        guard kept >= 0 else { return false }
        let batchRank = idx.ndim - 1
        // Offset dims must be the trailing ones, so each index's block is contiguous in the output too.
        return d.offsetDims == Array(batchRank..<(batchRank + kept))
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        if isRowGather(inputs[0].aval, inputs[1].aval, outputs[0]) { return [try rowGather(inputs[0], inputs[1], outputs[0])] }
        let x = inputs[0]
        let idx = try inputs[1].astype(.int64)
        let out = try Tensor.uninitialized(outputs[0])
        let outShape = outputs[0].shape
        let width = x.dtype.itemSize
        let xs = Shape.strides(x.shape)
        let kept = keptOperandDims(x.ndim)
        let batchOutDims = (0..<outShape.count).filter { !dimensions.offsetDims.contains($0) }
        let batchShape = Array(idx.shape.dropLast())
        let vlen = dimensions.startIndexMap.count
        let ip = idx.storage.typed(Int64.self)
        let src = x.storage.pointer, dst = out.storage.pointer
        let fill = try Tensor.fillValue(for: x.dtype)
        var outIndex = [Int](repeating: 0, count: outShape.count)
        var start = [Int](repeating: 0, count: x.ndim)
        for e in 0..<out.size {
            // Batch position → row of the indices.
            var row = 0
            for (j, d) in batchOutDims.enumerated() { row = row * batchShape[j] + outIndex[d] }
            for d in 0..<x.ndim { start[d] = 0 }
            for k in 0..<vlen { start[dimensions.startIndexMap[k]] = Int(ip[row * vlen + k]) }
            // Batching dims: the operand index equals the indices' batch index.
            for (od, idim) in zip(dimensions.operandBatchingDims, dimensions.startIndicesBatchingDims) {
                let outDim = batchOutDims[idim]
                start[od] = outIndex[outDim]
            }
            var inBounds = true
            for d in 0..<x.ndim where !dimensions.operandBatchingDims.contains(d) {
                let hi = x.shape[d] - sliceSizes[d]
                if start[d] < 0 || start[d] > hi {
                    if mode == .fill { inBounds = false }
                    start[d] = min(max(start[d], 0), hi)
                }
            }
            if inBounds {
                var o = 0
                for d in 0..<x.ndim { o += start[d] * xs[d] }
                for (k, od) in dimensions.offsetDims.enumerated() { o += outIndex[od] * xs[kept[k]] }
                (dst + e * width).copyMemory(from: src + o * width, byteCount: width)
            } else {
                (dst + e * width).copyMemory(from: fill.storage.pointer, byteCount: width)
            }
            var d = outShape.count - 1
            while d >= 0 {
                outIndex[d] += 1
                if outIndex[d] < outShape[d] { break }
                outIndex[d] = 0
                d -= 1
            }
        }
        return [out]
    }

    /// The row-gather fast path: one block copy per index.
    private func rowGather(_ x: Tensor, _ indices: Tensor, _ aval: ShapedArray) throws -> Tensor {
        let out = try Tensor.uninitialized(aval)
        let idx = try indices.astype(.int64)
        let n = idx.size
        let rows = sliceSizes[0], limit = x.shape[0] - rows
        let blockBytes = rows * Shape.count(Array(x.shape.dropFirst())) * x.dtype.itemSize
        let rowBytes = Shape.count(Array(x.shape.dropFirst())) * x.dtype.itemSize
        let ip = idx.storage.typed(Int64.self)
        let src = x.storage.pointer, dst = out.storage.pointer
        let fill = try Tensor.fillValue(for: x.dtype)
        let width = x.dtype.itemSize
        // Single elements (x[i] for many i): typed loads, not a memcpy call each.
        if blockBytes == width && (width == 4 || width == 8) && mode == .clip {
            func copy<T>(_: T.Type) {
                let s = src.assumingMemoryBound(to: T.self), d = dst.assumingMemoryBound(to: T.self)
                ThreadPool.parallelFor(n) { r in
                    for i in r { d[i] = s[Swift.min(Swift.max(Int(ip[i]), 0), limit)] }
                }
            }
            withExtendedLifetime(idx) { width == 4 ? copy(UInt32.self) : copy(UInt64.self) }
            return out
        }
        withExtendedLifetime((idx, fill)) {
            ThreadPool.parallelFor(n, costPerElement: Swift.max(1, blockBytes / 4)) { r in
                for i in r {
                    let start = Int(ip[i])
                    let o = dst + i * blockBytes
                    if start < 0 || start > limit {
                        if mode == .fill {
                            for e in 0..<(blockBytes / width) { (o + e * width).copyMemory(from: fill.storage.pointer, byteCount: width) }
                            continue
                        }
                    }
                    let clamped = Swift.min(Swift.max(start, 0), limit)
                    o.copyMemory(from: src + clamped * rowBytes, byteCount: blockBytes)
                }
            }
        }
        return out
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dimensions
        let shift = { (xs: [Int]) in xs.map { $0 + 1 } }
        switch (dims[0], dims[1]) {
        case (let od?, nil):
            let x = try Batching.moveAxis(inputs[0], from: od, to: 0)
            let nd = Dimensions(offsetDims: [0] + shift(d.offsetDims), collapsedSliceDims: shift(d.collapsedSliceDims),
                                startIndexMap: shift(d.startIndexMap), operandBatchingDims: shift(d.operandBatchingDims),
                                startIndicesBatchingDims: d.startIndicesBatchingDims)
            let g = Gather(dimensions: nd, sliceSizes: [axis.size] + sliceSizes, mode: mode)
            return ([try bind1(g, [x, inputs[1]])], [0])
        case (nil, let id?):
            let idx = try Batching.moveAxis(inputs[1], from: id, to: 0)
            let nd = Dimensions(offsetDims: shift(d.offsetDims), collapsedSliceDims: d.collapsedSliceDims,
                                startIndexMap: d.startIndexMap, operandBatchingDims: d.operandBatchingDims,
                                startIndicesBatchingDims: shift(d.startIndicesBatchingDims))
            return ([try bind1(Gather(dimensions: nd, sliceSizes: sliceSizes, mode: mode), [inputs[0], idx])], [0])
        case (let od?, let id?):
            let x = try Batching.moveAxis(inputs[0], from: od, to: 0)
            let idx = try Batching.moveAxis(inputs[1], from: id, to: 0)
            let nd = Dimensions(offsetDims: shift(d.offsetDims), collapsedSliceDims: shift(d.collapsedSliceDims),
                                startIndexMap: shift(d.startIndexMap), operandBatchingDims: [0] + shift(d.operandBatchingDims),
                                startIndicesBatchingDims: [0] + shift(d.startIndicesBatchingDims))
            return ([try bind1(Gather(dimensions: nd, sliceSizes: [1] + sliceSizes, mode: mode), [x, idx])], [0])
        case (nil, nil):
            return (try bind(self, inputs), [nil])
        }
    }
}
