// Reductions as jax.numpy spells them: sum, prod, max, min, mean, argmax,
// argmin, all, any, and cumulative versions.

/// Normalises `axes` (nil: all) for a reduction of `x`.
func reductionAxes(_ x: Tensor, _ axes: [Int]?) throws -> [Int] {
    try axes.map { try Shape.normalizeAxes($0, ndim: x.ndim) } ?? Array(0..<x.ndim)
}

/// Re-inserts reduced axes as size 1 (`keepdims=True`).
func keepingDims(_ r: Tensor, _ x: Tensor, _ axes: [Int]) throws -> Tensor {
    let shape = x.shape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element }
    return try r.reshaped(shape)
}

func reduce<R: Reduction>(_ make: ([Int]) -> R, _ x: Tensor, _ axes: [Int]?, _ keepDims: Bool) throws -> Tensor {
    let a = try reductionAxes(x, axes)
    let r = try bind1(make(a.sorted()), [x])
    return keepDims ? try keepingDims(r, x, a) : r
}

/// Sum over `axes` (nil: all). Bools and integers sum as int32 (JAX's default).
///
/// ```swift
/// try sum(x)                        // scalar
/// try sum(m, axes: [0])             // column sums
/// try sum(m, axes: [1], keepDims: true)
/// ```
public func sum(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    let y = x.dtype == .bool ? try x.astype(.int32) : x
    return try reduce(ReduceSum.init, y, axes, keepDims)
}
/// Sum over one axis.
///
/// ```swift
/// try sum(Tensor(rows: [[1, 2], [3, 4]]), axis: 1)   // [3, 7]
/// ```
public func sum(_ x: Tensor, axis: Int, keepDims: Bool = false) throws -> Tensor { try sum(x, axes: [axis], keepDims: keepDims) }

/// Product over `axes` (nil: all).
///
/// ```swift
/// let m = try Tensor(rows: [[1, 2], [3, 4]])
/// try prod(m)              // 24
/// try prod(m, axes: [0])   // [3, 8]
/// ```
public func prod(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    let y = x.dtype == .bool ? try x.astype(.int32) : x
    return try reduce(ReduceProd.init, y, axes, keepDims)
}
/// Product over one axis.
///
/// ```swift
/// try prod(Tensor(rows: [[1, 2], [3, 4]]), axis: 1)   // [2, 12]
/// ```
public func prod(_ x: Tensor, axis: Int, keepDims: Bool = false) throws -> Tensor { try prod(x, axes: [axis], keepDims: keepDims) }

/// Maximum over `axes` (nil: all); NaN propagates.
///
/// ```swift
/// let m = try Tensor(rows: [[1, 2], [3, 4]])
/// try max(m)                                // 4
/// try max(m, axes: [0, 1], keepDims: true)   // [[4]]
/// ```
public func max(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    try checkNonEmpty("max", x, axes)
    return try reduce(ReduceMax.init, x, axes, keepDims)
}
/// Maximum over one axis.
///
/// ```swift
/// try max(Tensor(rows: [[1, 2], [3, 4]]), axis: 0)   // [3, 4]
/// ```
public func max(_ x: Tensor, axis: Int, keepDims: Bool = false) throws -> Tensor { try max(x, axes: [axis], keepDims: keepDims) }

/// Minimum over `axes` (nil: all); NaN propagates.
///
/// ```swift
/// try min(Tensor(rows: [[1, 2], [3, 4]]))   // 1
/// ```
public func min(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    try checkNonEmpty("min", x, axes)
    return try reduce(ReduceMin.init, x, axes, keepDims)
}
/// Minimum over one axis.
///
/// ```swift
/// try min(Tensor(rows: [[1, 2], [3, 4]]), axis: 1)   // [1, 3]
/// ```
public func min(_ x: Tensor, axis: Int, keepDims: Bool = false) throws -> Tensor { try min(x, axes: [axis], keepDims: keepDims) }

private func checkNonEmpty(_ name: String, _ x: Tensor, _ axes: [Int]?) throws {
    let a = try reductionAxes(x, axes)
    if a.contains(where: { x.shape[$0] == 0 }) {
        throw TensorError("zero-size array to reduction operation \(name) which has no identity")
    }
}

/// Mean over `axes` (nil: all): `sum / count` (integers give float32).
///
/// ```swift
/// try mean(x, axis: 0)
/// ```
public func mean(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    let a = try reductionAxes(x, axes)
    let n = try Shape.checkedProduct(a.map { x.shape[$0] }, "mean over axes \(Shape.tuple(a))")
    let y = x.dtype.isFloatingPoint ? x : try x.astype(.float32)
    return try sum(y, axes: a, keepDims: keepDims) / Tensor(Double(n), dtype: y.dtype)
}
/// Mean over one axis.
///
/// ```swift
/// try mean(Tensor(rows: [[1, 2], [3, 4]]), axis: 1)   // [1.5, 3.5]
/// ```
public func mean(_ x: Tensor, axis: Int, keepDims: Bool = false) throws -> Tensor { try mean(x, axes: [axis], keepDims: keepDims) }

/// Whether every element is true (nonzero) over `axes`.
///
/// ```swift
/// try all(Tensor([1, 0, 2]))   // False
/// try all(Tensor([true, true]))   // True
/// ```
public func all(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    try reduce(ReduceAnd.init, x.astype(.bool), axes, keepDims)
}
/// Whether any element is true (nonzero) over `axes`.
///
/// ```swift
/// try any(Tensor([0, 0, 2]))   // True
/// ```
public func any(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
    try reduce(ReduceOr.init, x.astype(.bool), axes, keepDims)
}

/// Index of the maximum along `axis` (nil: of the flattened tensor), int32.
///
/// ```swift
/// try argmax(logits, axis: -1)
/// ```
public func argmax(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
    try argExtremum(true, x, axis, keepDims)
}
/// Index of the minimum along `axis` (nil: of the flattened tensor), int32.
///
/// ```swift
/// try argmin(Tensor([3.0, 1.0, 2.0]))   // 1
/// ```
public func argmin(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
    try argExtremum(false, x, axis, keepDims)
}

private func argExtremum(_ isMax: Bool, _ x: Tensor, _ axis: Int?, _ keepDims: Bool) throws -> Tensor {
    let name = isMax ? "argmax" : "argmin"
    guard let axis else {
        guard x.size > 0 else { throw TensorError("attempt to get \(name) of an empty sequence") }
        let r = try bind1(ArgExtremum(isMax: isMax, axis: 0), [x.flattened()])
        return keepDims ? try r.reshaped(Array(repeating: 1, count: x.ndim)) : r
    }
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    let r = try bind1(ArgExtremum(isMax: isMax, axis: a), [x])
    return keepDims ? try keepingDims(r, x, [a]) : r
}

private func cumulative(_ op: Cumulative.Op, _ x: Tensor, _ axis: Int?, _ reverse: Bool) throws -> Tensor {
    var y = x
    if axis == nil { y = try x.flattened() }
    if (op == .sum || op == .prod) && y.dtype == .bool { y = try y.astype(.int32) }
    let a = try Shape.normalizeAxis(axis ?? 0, ndim: y.ndim)
    return try bind1(Cumulative(op, axis: a, reverse: reverse), [y])
}

/// Running sum along `axis` (nil: flattened), as `jnp.cumsum`.
///
/// ```swift
/// try cumsum(Tensor.arange(5))   // [0, 1, 3, 6, 10]
/// ```
public func cumsum(_ x: Tensor, axis: Int? = nil, reverse: Bool = false) throws -> Tensor { try cumulative(.sum, x, axis, reverse) }
/// Running product along `axis`.
///
/// ```swift
/// try cumprod(Tensor([1, 2, 3, 4]))   // [1, 2, 6, 24]
/// ```
public func cumprod(_ x: Tensor, axis: Int? = nil, reverse: Bool = false) throws -> Tensor { try cumulative(.prod, x, axis, reverse) }
/// Running maximum along `axis`.
///
/// ```swift
/// try cummax(Tensor([1, 3, 2, 5]))   // [1, 3, 3, 5]
/// ```
public func cummax(_ x: Tensor, axis: Int? = nil, reverse: Bool = false) throws -> Tensor { try cumulative(.max, x, axis, reverse) }
/// Running minimum along `axis`.
///
/// ```swift
/// try cummin(Tensor([4, 2, 3, 1]), reverse: true)   // [1, 1, 1, 1]
/// ```
public func cummin(_ x: Tensor, axis: Int? = nil, reverse: Bool = false) throws -> Tensor { try cumulative(.min, x, axis, reverse) }
