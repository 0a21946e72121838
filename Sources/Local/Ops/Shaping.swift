// Shape operations as methods (mlx-swift's `-ed` names for pure shape ops)
// and jnp-style free functions.

extension Tensor {
    /// The same elements in a new shape; one dimension may be −1 (inferred).
    ///
    /// ```swift
    /// try Tensor.arange(6).reshaped([2, -1])   // shape (2, 3)
    /// ```
    public func reshaped(_ shape: [Int]) throws -> Tensor {
        var target = shape
        if let i = shape.firstIndex(of: -1) {
            guard shape.filter({ $0 == -1 }).count == 1 else { throw TensorError("can only specify one unknown dimension") }
            let known = try Shape.checkedProduct(shape.enumerated().filter { $0.offset != i }.map(\.element), "cannot reshape array of shape \(Shape.describe(self.shape)) into shape \(Shape.describe(shape))")
            guard known > 0, size % known == 0 else {
                throw TensorError("cannot reshape array of shape \(Shape.describe(self.shape)) (size \(size)) into shape \(Shape.describe(shape)) because the product of specified axis sizes (\(known)) does not evenly divide \(size)")
            }
            target[i] = size / known
        }
        if target == self.shape { return self }
        return try bind1(Reshape(newSizes: target), [self])
    }

    /// The elements as one dimension.
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3]).flattened().shape   // [6]
    /// ```
    public func flattened() throws -> Tensor { try reshaped([size]) }

    /// Permutes dimensions; with no argument, reverses them (`x.T`).
    ///
    /// ```swift
    /// try m.transposed()          // (3, 2) for a (2, 3) m
    /// try x.transposed([1, 0, 2])
    /// ```
    public func transposed(_ permutation: [Int]? = nil) throws -> Tensor {
        let perm = try permutation.map { p in
            guard p.count == ndim else {
                throw TensorError("transpose permutation isn't a permutation of operand dimensions, got permutation \(Shape.tuple(p)) for operand shape \(Shape.describe(shape)).")
            }
            return try p.map { a -> Int in
                guard a >= -ndim && a < ndim else {
                    throw TensorError("transpose permutation isn't a permutation of operand dimensions, got permutation \(Shape.tuple(p)) for operand shape \(Shape.describe(shape)).")
                }
                return a < 0 ? a + ndim : a
            }
        } ?? Array((0..<ndim).reversed())
        if perm == Array(0..<ndim) { return self }
        return try bind1(Transpose(permutation: perm), [self])
    }

    /// Moves axis `source` to `destination` (`jnp.moveaxis`).
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3, 4]).movedAxis(from: 0, to: -1).shape   // [3, 4, 2]
    /// ```
    public func movedAxis(from source: Int, to destination: Int) throws -> Tensor {
        let s = try Shape.normalizeAxis(source, ndim: ndim), d = try Shape.normalizeAxis(destination, ndim: ndim)
        return try Batching.moveAxis(self, from: s, to: d)
    }

    /// `broadcast_in_dim`: operand dimension i becomes output dimension `broadcastDimensions[i]`.
    ///
    /// ```swift
    /// try Tensor([1.0, 2.0]).broadcastInDim(shape: [2, 3], broadcastDimensions: [0])   // [[1, 1, 1], [2, 2, 2]]
    /// ```
    public func broadcastInDim(shape: [Int], broadcastDimensions: [Int]) throws -> Tensor {
        if shape == self.shape && broadcastDimensions == Array(0..<ndim) { return self }
        return try bind1(BroadcastInDim(shape: shape, broadcastDimensions: broadcastDimensions), [self])
    }

    /// numpy-style broadcast to `shape` (dimensions aligned on the right).
    ///
    /// ```swift
    /// try Tensor([1.0, 2.0]).broadcast(to: [3, 2])
    /// ```
    public func broadcast(to shape: [Int]) throws -> Tensor {
        guard shape.count >= ndim else {
            throw TensorError("Cannot broadcast to shape with fewer dimensions: arr_shape=\(Shape.describe(self.shape)) shape=\(Shape.describe(shape))")
        }
        let lead = shape.count - ndim
        for (i, d) in self.shape.enumerated() where d != 1 && d != shape[lead + i] {
            throw TensorError("Incompatible types for broadcasting: input type=\(aval.longDescription) and requested type=\(aval.with(shape: shape).longDescription)")
        }
        if shape == self.shape { return self }
        // Drop size-1 dimensions that broadcast, as JAX does, so the primitive sees only real data dims.
        let keep = (0..<ndim).filter { self.shape[$0] == shape[lead + $0] }
        var x = self
        if keep.count != ndim { x = try reshaped(keep.map { self.shape[$0] }) }
        return try x.broadcastInDim(shape: shape, broadcastDimensions: keep.map { $0 + lead })
    }

    /// Inserts a size-1 dimension at `axis` (`jnp.expand_dims`).
    ///
    /// ```swift
    /// try Tensor([1.0, 2.0]).expandedDims(axis: 0).shape   // [1, 2]
    /// ```
    public func expandedDims(axis: Int) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, ndim: ndim + 1)
        var s = shape
        s.insert(1, at: a)
        return try broadcastInDim(shape: s, broadcastDimensions: (0..<ndim).map { $0 < a ? $0 : $0 + 1 })
    }

    /// Removes size-1 dimensions (all of them, or those in `axes`).
    ///
    /// ```swift
    /// try Tensor.zeros([1, 3, 1]).squeezed().shape            // [3]
    /// try Tensor.zeros([1, 3, 1]).squeezed(axes: [0]).shape   // [3, 1]
    /// ```
    public func squeezed(axes: [Int]? = nil) throws -> Tensor {
        let dims = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? (0..<ndim).filter { shape[$0] == 1 }
        if dims.isEmpty { return self }
        return try bind1(Squeeze(dimensions: dims), [self])
    }

    /// Reverses the order of elements along `axes` (`jnp.flip`).
    ///
    /// ```swift
    /// try Tensor([1, 2, 3]).flipped()   // [3, 2, 1]
    /// ```
    public func flipped(axes: [Int]? = nil) throws -> Tensor {
        let dims = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        return try bind1(Rev(dimensions: dims), [self])
    }
}

/// Joins tensors along an existing axis (`jnp.concatenate`).
///
/// ```swift
/// try concatenate([a, b], axis: 0)
/// ```
public func concatenate(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError("Need at least one array to concatenate.") }
    guard first.ndim > 0 else { throw TensorError("Zero-dimensional arrays cannot be concatenated.") }
    let a = try Shape.normalizeAxis(axis, ndim: first.ndim)
    var (dtype, weak) = (first.dtype, first.weakType)
    for t in tensors.dropFirst() { (dtype, weak) = DType.promote((dtype, weak), (t.dtype, t.weakType)) }
    let args = try tensors.map { try $0.convert(to: dtype, weak: weak) }
    if args.count == 1 { return args[0] }
    return try bind1(Concatenate(dimension: a), args)
}

/// Joins tensors along a new axis (`jnp.stack`).
///
/// ```swift
/// try stack([x, y])          // shape (2, …)
/// ```
public func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError("Need at least one array to stack.") }
    for t in tensors where t.shape != first.shape {
        throw TensorError("All input arrays must have the same shape. Got " + tensors.map { Shape.describe($0.shape) }.joined(separator: ", ") + ".")
    }
    let a = try Shape.normalizeAxis(axis, ndim: first.ndim + 1)
    return try concatenate(tensors.map { try $0.expandedDims(axis: a) }, axis: a)
}

/// Splits into `sections` equal parts along `axis` (`jnp.split` with an int).
///
/// ```swift
/// let halves = try split(Tensor.arange(6), sections: 2)   // [0, 1, 2], [3, 4, 5]
/// ```
public func split(_ x: Tensor, sections: Int, axis: Int = 0) throws -> [Tensor] {
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    guard sections > 0 else { throw TensorError("number sections must be larger than 0.") }
    guard sections <= Swift.max(x.shape[a], 1 << 16) else {
        throw TensorError("RESOURCE_EXHAUSTED: splitting an axis of size \(x.shape[a]) into \(sections) sections would make more arrays than fit in memory")
    }
    guard x.shape[a] % sections == 0 else {
        throw TensorError("array split does not result in an equal division: rest is \(x.shape[a] % sections)")
    }
    return try bind(Split(sizes: Array(repeating: x.shape[a] / sections, count: sections), axis: a), [x])
}

/// Splits at the given indices along `axis` (`jnp.split` with a list).
///
/// ```swift
/// let parts = try split(Tensor.arange(6), indices: [1, 4])   // [0], [1, 2, 3], [4, 5]
/// ```
public func split(_ x: Tensor, indices: [Int], axis: Int = 0) throws -> [Tensor] {
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    let n = x.shape[a]
    // JAX's rule: the pieces are [0, i0), [i0, i1), …, [ik, n) as written
    // (no wrapping or clamping); every size must be non-negative.
    var sizes: [Int] = [], prev = 0, ok = true
    for i in indices + [n] {
        let (d, overflow) = i.subtractingReportingOverflow(prev)
        sizes.append(d)
        ok = ok && !overflow && d >= 0
        prev = i
    }
    guard ok else {
        throw TensorError("Sizes passed to split must be nonnegative, got [\(sizes.map(String.init).joined(separator: ", "))]")
    }
    return try bind(Split(sizes: sizes, axis: a), [x])
}

/// Pads with a constant (`jnp.pad(x, pad_width, constant_values=)`):
/// `(before, after)` per dimension.
///
/// ```swift
/// try pad(x, [(1, 1)], value: 0)
/// ```
public func pad(_ x: Tensor, _ widths: [(Int, Int)], value: Tensor = 0) throws -> Tensor {
    guard widths.count == x.ndim || widths.count == 1 else {
        throw TensorError("pad_width has \(widths.count) entries for an array of dimension \(x.ndim)")
    }
    let w = widths.count == x.ndim ? widths : Array(repeating: widths[0], count: x.ndim)
    guard w.allSatisfy({ $0.0 >= 0 && $0.1 >= 0 }) else { throw TensorError("index can't contain negative values") }
    let v = try value.convert(to: x.dtype, weak: false)
    return try bind1(Pad(paddingConfig: w.map { Pad.PadConfig(low: $0.0, high: $0.1) }), [x, v])
}
