// Shape-changing primitives: reshape, transpose, broadcast_in_dim, squeeze,
// concatenate, split, rev. Kernels are views (reshape, squeeze) or one
// strided copy (ElementwiseKernels.stridedCopy).

/// Copies a strided view of `x` into a new tensor of `aval`.
func stridedView(_ x: Tensor, offset: Int, strides: [Int], into aval: ShapedArray) throws -> Tensor {
    let out = try Tensor.uninitialized(aval)
    let src = x.storage.pointer, dst = out.storage.pointer
    switch x.dtype.itemSize {
    case 1: ElementwiseKernels.stridedCopy(src.assumingMemoryBound(to: UInt8.self), offset: offset, strides: strides, dst.assumingMemoryBound(to: UInt8.self), shape: aval.shape)
    case 4: ElementwiseKernels.stridedCopy(src.assumingMemoryBound(to: UInt32.self), offset: offset, strides: strides, dst.assumingMemoryBound(to: UInt32.self), shape: aval.shape)
    default: ElementwiseKernels.stridedCopy(src.assumingMemoryBound(to: UInt64.self), offset: offset, strides: strides, dst.assumingMemoryBound(to: UInt64.self), shape: aval.shape)
    }
    return out
}

/// `reshape[new_sizes=… dimensions=None]`: same elements, new shape (no copy).
///
/// ```swift
/// try bind1(Reshape(newSizes: [2, 3]), [Tensor.arange(6)])   // shape (2, 3)
/// ```
public struct Reshape: Primitive {
    /// The new shape.
    ///
    /// ```swift
    /// Reshape(newSizes: [2, 3]).newSizes   // [2, 3]
    /// ```
    public let newSizes: [Int]
    /// Creates `reshape` to `newSizes` (same element count as the operand).
    ///
    /// ```swift
    /// let p = Reshape(newSizes: [3, 2])
    /// ```
    public init(newSizes: [Int]) { self.newSizes = newSizes }
    public var name: String { "reshape" }
    public var parameters: [(name: String, value: String)] {
        [("dimensions", "None"), ("new_sizes", ParameterFormat.tuple(newSizes)), ("sharding", "None")]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        let n = try Shape.checkedCount(newSizes)
        guard n == x.size else {
            throw TensorError("cannot reshape array of shape \(Shape.describe(x.shape)) (size \(x.size)) into shape \(Shape.describe(newSizes)) (size \(n))")
        }
        return [x.with(shape: newSizes)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        [inputs[0].viewing(shape: newSizes)]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let x = try Batching.bdimAtFront(inputs[0], dims[0], size: axis.size)
        return ([try bind1(Reshape(newSizes: [axis.size] + newSizes), [x])], [0])
    }
}

/// `transpose[permutation=…]`: output dimension i is input dimension `permutation[i]`.
///
/// ```swift
/// let x = try Tensor.zeros([2, 3, 4])
/// try bind1(Transpose(permutation: [2, 0, 1]), [x])   // shape (4, 2, 3)
/// ```
public struct Transpose: Primitive {
    /// The permutation of the operand's dimensions.
    ///
    /// ```swift
    /// Transpose(permutation: [1, 0]).permutation   // [1, 0]
    /// ```
    public let permutation: [Int]
    /// Creates `transpose` with output dimension i taken from input dimension `permutation[i]`.
    ///
    /// ```swift
    /// let p = Transpose(permutation: [1, 0])
    /// ```
    public init(permutation: [Int]) { self.permutation = permutation }
    public var name: String { "transpose" }
    public var parameters: [(name: String, value: String)] { [("permutation", ParameterFormat.tuple(permutation))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        guard permutation.count == x.ndim, permutation.sorted() == Array(0..<x.ndim) else {
            throw TensorError("transpose permutation isn't a permutation of operand dimensions, got permutation \(ParameterFormat.tuple(permutation)) for operand shape \(Shape.describe(x.shape)).")
        }
        return [x.with(shape: permutation.map { x.shape[$0] })]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        if permutation == Array(0..<x.ndim) { return [x] }
        let st = Shape.strides(x.shape)
        return [try stridedView(x, offset: 0, strides: permutation.map { st[$0] }, into: outputs[0])]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        let perm = [d] + permutation.map { $0 < d ? $0 : $0 + 1 }
        return ([try bind1(Transpose(permutation: perm), inputs)], [0])
    }
}

/// `broadcast_in_dim[shape=… broadcast_dimensions=…]`: operand dimension i
/// becomes output dimension `broadcastDimensions[i]` (size 1 or equal);
/// the other output dimensions repeat the data.
///
/// ```swift
/// try bind1(BroadcastInDim(shape: [2, 3], broadcastDimensions: [1]), [Tensor([1.0, 2.0, 3.0])])   // rows repeat
/// ```
public struct BroadcastInDim: Primitive {
    /// The output shape.
    ///
    /// ```swift
    /// BroadcastInDim(shape: [2, 3], broadcastDimensions: [1]).shape   // [2, 3]
    /// ```
    public let shape: [Int]
    /// Where each operand dimension lands in the output, increasing.
    ///
    /// ```swift
    /// BroadcastInDim(shape: [2, 3], broadcastDimensions: [1]).broadcastDimensions   // [1]
    /// ```
    public let broadcastDimensions: [Int]
    /// Creates `broadcast_in_dim` to `shape`, placing operand dimension i at `broadcastDimensions[i]`.
    ///
    /// ```swift
    /// let p = BroadcastInDim(shape: [4, 3], broadcastDimensions: [1])
    /// ```
    public init(shape: [Int], broadcastDimensions: [Int]) {
        self.shape = shape
        self.broadcastDimensions = broadcastDimensions
    }
    public var name: String { "broadcast_in_dim" }
    // JAX 0.10 prints only the dimensions (the shape is the result's type).
    public var parameters: [(name: String, value: String)] {
        broadcastDimensions.isEmpty ? [] : [("broadcast_dimensions", ParameterFormat.tuple(broadcastDimensions))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        _ = try Shape.checkedCount(shape)
        guard broadcastDimensions.count == x.ndim else {
            throw TensorError("broadcast_in_dim broadcast_dimensions must have length equal to operand ndim; got broadcast_dimensions \(ParameterFormat.tuple(broadcastDimensions)) for operand ndim \(x.ndim).")
        }
        for (i, d) in broadcastDimensions.enumerated() {
            guard d >= 0 && d < shape.count, i == 0 || d > broadcastDimensions[i - 1] else {
                throw TensorError("broadcast_in_dim broadcast_dimensions must be strictly increasing and within the output rank; got broadcast_dimensions \(ParameterFormat.tuple(broadcastDimensions)) for output shape \(Shape.describe(shape)).")
            }
            guard x.shape[i] == 1 || x.shape[i] == shape[d] else {
                throw TensorError("broadcast_in_dim operand dimension sizes must either be 1, or be equal to their corresponding dimensions in the target broadcast shape; got operand of shape \(Shape.describe(x.shape)), target broadcast shape \(Shape.describe(shape)), broadcast_dimensions \(ParameterFormat.tuple(broadcastDimensions)) ")
            }
        }
        return [x.with(shape: shape)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        if x.size == Shape.count(shape) { return [x.viewing(shape: shape)] }
        let own = Shape.strides(x.shape)
        var strides = [Int](repeating: 0, count: shape.count)
        for (i, d) in broadcastDimensions.enumerated() where x.shape[i] != 1 { strides[d] = own[i] }
        return [try stridedView(x, offset: 0, strides: strides, into: outputs[0])]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let x = try Batching.bdimAtFront(inputs[0], dims[0], size: axis.size)
        let p = BroadcastInDim(shape: [axis.size] + shape, broadcastDimensions: [0] + broadcastDimensions.map { $0 + 1 })
        return ([try bind1(p, [x])], [0])
    }
}

/// `squeeze[dimensions=…]`: removes size-1 dimensions (no copy).
///
/// ```swift
/// try bind1(Squeeze(dimensions: [0]), [Tensor.zeros([1, 3])])   // shape (3,)
/// ```
public struct Squeeze: Primitive {
    /// The dimensions to remove.
    ///
    /// ```swift
    /// Squeeze(dimensions: [0, 2]).dimensions   // [0, 2]
    /// ```
    public let dimensions: [Int]
    /// Creates `squeeze` removing the size-1 `dimensions`.
    ///
    /// ```swift
    /// let p = Squeeze(dimensions: [0])
    /// ```
    public init(dimensions: [Int]) { self.dimensions = dimensions }
    public var name: String { "squeeze" }
    public var parameters: [(name: String, value: String)] { [("dimensions", ParameterFormat.tuple(dimensions))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        let dims = try Shape.normalizeAxes(dimensions, ndim: x.ndim)
        for d in dims where x.shape[d] != 1 {
            throw TensorError("cannot select an axis to squeeze out which has size not equal to one, got shape=\(Shape.describe(x.shape)) and dimensions=\(ParameterFormat.tuple(dimensions))")
        }
        return [x.with(shape: x.shape.enumerated().filter { !dims.contains($0.offset) }.map(\.element))]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        [inputs[0].viewing(shape: outputs[0].shape)]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let x = try Batching.bdimAtFront(inputs[0], dims[0], size: axis.size)
        let nd = x.ndim - 1
        let ds = try dimensions.map { try Shape.normalizeAxis($0, ndim: nd) + 1 }
        return ([try bind1(Squeeze(dimensions: ds), [x])], [0])
    }
}

/// `rev[dimensions=…]`: reverses the order of elements along dimensions.
///
/// ```swift
/// try bind1(Rev(dimensions: [0]), [Tensor([1.0, 2.0, 3.0])])   // [3, 2, 1]
/// ```
public struct Rev: Primitive {
    /// The dimensions to reverse.
    ///
    /// ```swift
    /// Rev(dimensions: [1]).dimensions   // [1]
    /// ```
    public let dimensions: [Int]
    /// Creates `rev` reversing along `dimensions`.
    ///
    /// ```swift
    /// let p = Rev(dimensions: [0, 1])
    /// ```
    public init(dimensions: [Int]) { self.dimensions = dimensions }
    public var name: String { "rev" }
    public var parameters: [(name: String, value: String)] { [("dimensions", ParameterFormat.tuple(dimensions))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        _ = try Shape.normalizeAxes(dimensions, ndim: inputs[0].ndim)
        return [inputs[0]]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        var strides = Shape.strides(x.shape), offset = 0
        for d in try Shape.normalizeAxes(dimensions, ndim: x.ndim) where x.shape[d] > 0 {
            offset += (x.shape[d] - 1) * strides[d]
            strides[d] = -strides[d]
        }
        return [try stridedView(x, offset: offset, strides: strides, into: outputs[0])]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        let nd = inputs[0].ndim - 1
        let ds = try dimensions.map { let a = try Shape.normalizeAxis($0, ndim: nd); return a < d ? a : a + 1 }
        return ([try bind1(Rev(dimensions: ds), inputs)], [d])
    }
}

/// `concatenate[dimension=…]`: joins operands along one dimension.
///
/// ```swift
/// try bind1(Concatenate(dimension: 0), [Tensor([1.0, 2.0]), Tensor([3.0])])   // [1, 2, 3]
/// ```
public struct Concatenate: Primitive {
    /// The dimension to join along.
    ///
    /// ```swift
    /// Concatenate(dimension: 1).dimension   // 1
    /// ```
    public let dimension: Int
    /// Creates `concatenate` joining along `dimension`.
    ///
    /// ```swift
    /// let p = Concatenate(dimension: 0)
    /// ```
    public init(dimension: Int) { self.dimension = dimension }
    public var name: String { "concatenate" }
    public var parameters: [(name: String, value: String)] { [("dimension", String(dimension))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let first = inputs.first else { throw TensorError("concatenate requires at least one operand, got none") }
        for x in inputs where x.dtype != first.dtype {
            throw TensorError("Cannot concatenate arrays with different dtypes: " + inputs.map(\.dtype.name).joined(separator: ", ") + ".")
        }
        guard dimension >= 0 && dimension < first.ndim else {
            throw TensorError("concatenate dimension out of bounds: dimension \(dimension) for shapes " + inputs.map { Shape.describe($0.shape) }.joined(separator: ", ") + ".")
        }
        for x in inputs {
            var a = x.shape, b = first.shape
            guard a.count == b.count else {
                throw TensorError("Cannot concatenate arrays with different numbers of dimensions: got " + inputs.map { Shape.describe($0.shape) }.joined(separator: ", ") + ".")
            }
            a.remove(at: dimension); b.remove(at: dimension)
            guard a == b else {
                throw TensorError("Cannot concatenate arrays with shapes that differ in dimensions other than the one being concatenated: concatenating along dimension \(dimension) for shapes " + inputs.map { Shape.describe($0.shape) }.joined(separator: ", ") + ".")
            }
        }
        var shape = first.shape
        shape[dimension] = try Shape.checkedSum(inputs.map { $0.shape[dimension] }, "concatenate along dimension \(dimension)")
        return [ShapedArray(shape: shape, dtype: first.dtype, weakType: inputs.allSatisfy(\.weakType))]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let out = try Tensor.uninitialized(outputs[0])
        // Nothing to copy; a zero-size result may still have huge dimensions
        // whose byte products would overflow.
        guard out.size > 0 else { return [out] }
        let shape = outputs[0].shape
        let outer = Shape.count(Array(shape[..<dimension]))
        let innerOut = Shape.count(Array(shape[dimension...])) * out.dtype.itemSize
        var column = 0
        let dst = out.storage.pointer
        for x in inputs {
            let block = Shape.count(Array(x.shape[dimension...])) * x.dtype.itemSize
            let src = x.storage.pointer
            if block > 0 {
                for r in 0..<outer {
                    (dst + r * innerOut + column).copyMemory(from: src + r * block, byteCount: block)
                }
            }
            column += block
        }
        return [out]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let args = try Batching.allAtFront(inputs, dims, size: axis.size)
        return ([try bind1(Concatenate(dimension: dimension + 1), args)], [0])
    }
}

/// `split[sizes=… axis=…]`: cuts an operand into consecutive pieces along an axis.
///
/// ```swift
/// let parts = try bind(Split(sizes: [1, 2], axis: 0), [Tensor([1.0, 2.0, 3.0])])   // [1], [2, 3]
/// ```
public struct Split: Primitive {
    /// Sizes of the pieces (summing to the axis length).
    ///
    /// ```swift
    /// Split(sizes: [1, 2], axis: 0).sizes   // [1, 2]
    /// ```
    public let sizes: [Int]
    /// The axis to cut.
    ///
    /// ```swift
    /// Split(sizes: [1, 2], axis: 0).axis   // 0
    /// ```
    public let axis: Int
    /// Creates `split` cutting pieces of `sizes` along `axis`.
    ///
    /// ```swift
    /// let p = Split(sizes: [2, 2], axis: 1)
    /// ```
    public init(sizes: [Int], axis: Int) {
        self.sizes = sizes
        self.axis = axis
    }
    public var name: String { "split" }
    public var parameters: [(name: String, value: String)] { [("axis", String(axis)), ("sizes", ParameterFormat.tuple(sizes))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
        guard sizes.allSatisfy({ $0 >= 0 }), try Shape.checkedSum(sizes, "split") == x.shape[a] else {
            throw TensorError("Sum of sizes \(try Shape.checkedSum(sizes, "split")) must be equal to dimension \(x.shape[a]) of the operand shape \(Shape.describe(x.shape))")
        }
        return sizes.map { s in var sh = x.shape; sh[a] = s; return x.with(shape: sh) }
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
        let strides = Shape.strides(x.shape)
        var start = 0
        return try outputs.map { aval in
            defer { start += aval.shape[a] }
            return try stridedView(x, offset: start * strides[a], strides: strides, into: aval)
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        let a = try Shape.normalizeAxis(self.axis, ndim: inputs[0].ndim - 1)
        let outs = try bind(Split(sizes: sizes, axis: a < d ? a : a + 1), inputs)
        return (outs, outs.map { _ in d })
    }
}
