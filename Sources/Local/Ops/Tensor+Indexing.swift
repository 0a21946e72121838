// numpy-style indexing: x[i], x[1..<3], x[.all, 0], x[indices], take.

/// One entry of a subscript: an integer, a range, `.all`, `.newAxis`, or a
/// tensor of integer indices.
///
/// ```swift
/// try x[0]                 // first row
/// try x[1..<3]             // rows 1 and 2
/// try x[TensorIndex.all, 0] // first column
/// try x[i]                 // i a traced int32 scalar: dynamic_slice
/// ```
public protocol TensorIndexConvertible {
    /// The index this value stands for.
    var tensorIndex: TensorIndex { get }
}

/// A resolved subscript entry.
///
/// ```swift
/// try x[TensorIndex.range(start: nil, stop: nil, step: -1)]   // x reversed, like x[::-1]
/// ```
public enum TensorIndex: TensorIndexConvertible {
    /// A single position (negative counts from the end).
    case at(Int)
    /// A strided range `[start, stop)` with `step` (nil bounds: the ends).
    case range(start: Int?, stop: Int?, step: Int)
    /// Every element along the dimension (`:`).
    case all
    /// A new size-1 dimension (`None`).
    case newAxis
    /// Integer indices (possibly traced), gathered along the dimension.
    case tensor(Tensor)
    public var tensorIndex: TensorIndex { self }
}

extension Int: TensorIndexConvertible { public var tensorIndex: TensorIndex { .at(self) } }
extension Range: TensorIndexConvertible where Bound == Int { public var tensorIndex: TensorIndex { .range(start: lowerBound, stop: upperBound, step: 1) } }
// `a...b` is `a..<b+1`; `a...Int.max` reaches past every end, like `a:` in Python.
extension ClosedRange: TensorIndexConvertible where Bound == Int { public var tensorIndex: TensorIndex { .range(start: lowerBound, stop: upperBound == .max ? nil : upperBound + 1, step: 1) } }
extension PartialRangeFrom: TensorIndexConvertible where Bound == Int { public var tensorIndex: TensorIndex { .range(start: lowerBound, stop: nil, step: 1) } }
extension PartialRangeUpTo: TensorIndexConvertible where Bound == Int { public var tensorIndex: TensorIndex { .range(start: nil, stop: upperBound, step: 1) } }
extension PartialRangeThrough: TensorIndexConvertible where Bound == Int { public var tensorIndex: TensorIndex { .range(start: nil, stop: upperBound == .max ? nil : upperBound + 1, step: 1) } }
extension StrideTo: TensorIndexConvertible where Element == Int {
    /// `stride(from: a, to: b, by: s)` is Python's `a:b:s`. Its bounds are
    /// read with reflection (they are not public), so a stride to `Int.max`
    /// costs nothing: it is never walked.
    public var tensorIndex: TensorIndex {
        var start: Int? = nil, end: Int? = nil, step: Int? = nil
        for child in Mirror(reflecting: self).children {
            switch child.label {
            case "_start", "from": start = child.value as? Int
            case "_end", "to": end = child.value as? Int
            case "_stride", "by": step = child.value as? Int
            default: break
            }
        }
        guard let start, let end, let step else {
            // No reflection metadata: fall back to the first two elements (bounded).
            var it = makeIterator()
            guard let first = it.next() else { return .range(start: 0, stop: 0, step: 1) }
            let second = it.next()
            let step = second.map { $0 &- first } ?? 1
            return .range(start: first, stop: second.map { $0.addingReportingOverflow(step).overflow ? nil : $0 + step } ?? (first == .max ? nil : first + 1), step: step)
        }
        // Python reads a negative stop as counting from the end; a stride's
        // stop below 0 means "before the first element".
        if step < 0 && end < 0 { return .range(start: start, stop: nil, step: step) }
        return .range(start: start, stop: end, step: step)
    }
}
extension Tensor: TensorIndexConvertible { public var tensorIndex: TensorIndex { .tensor(self) } }

extension Tensor {
    /// numpy basic and (single-tensor) advanced indexing.
    ///
    /// Static integers and ranges become `slice`/`squeeze`; a traced integer
    /// scalar becomes JAX's `dynamic_slice` lowering (negative indices wrap
    /// at run time); an index tensor becomes a `gather` (out-of-range
    /// indices clamp, as JAX's indexing does).
    /// - Throws: `index 7 is out of bounds for axis 0 with size 5` for a
    ///   static integer out of range; `Too many indices …`.
    ///
    /// ```swift
    /// let m = try Tensor.arange(6).reshaped([2, 3])
    /// try m[1]                  // [3, 4, 5]
    /// try m[TensorIndex.all, 0]   // [0, 3]
    /// ```
    public subscript(_ indices: TensorIndexConvertible...) -> Tensor {
        get throws { try index(indices.map(\.tensorIndex)) }
    }

    func index(_ items: [TensorIndex]) throws -> Tensor {
        let consuming = items.filter { if case .newAxis = $0 { return false }; return true }.count
        guard consuming <= ndim else {
            throw TensorError("Too many indices: array is \(ndim)-dimensional, but \(consuming) were indexed")
        }
        var x = self
        // Pass 1: static ints and ranges as one slice; remember dims to squeeze.
        var starts = [Int](repeating: 0, count: ndim), limits = shape, steps = [Int](repeating: 1, count: ndim)
        var squeeze: [Int] = [], reversed: [Int] = []
        var dynamic: [(dim: Int, index: Tensor)] = []
        var newAxes: [Int] = []
        var dim = 0, outDim = 0
        for item in items {
            switch item {
            case .newAxis:
                newAxes.append(outDim); outDim += 1
            case .all:
                dim += 1; outDim += 1
            case .at(let i):
                let n = shape[dim]
                guard i >= -n && i < n else { throw TensorError("index \(i) is out of bounds for axis \(dim) with size \(n)") }
                let j = i < 0 ? i + n : i
                starts[dim] = j; limits[dim] = j + 1
                squeeze.append(dim); dim += 1
            case .range(let s, let e, let rawStep):
                guard rawStep != 0 else { throw TensorError("slice step cannot be zero") }
                let n = shape[dim]
                // A step of at least n picks one element, whatever its size:
                // clamp it so no stride arithmetic can overflow.
                let step = rawStep > 0 ? Swift.min(rawStep, Swift.max(n, 1)) : Swift.max(rawStep, -Swift.max(n, 1))
                if step > 0 {
                    let lo = Swift.min(Swift.max((s ?? 0) < 0 ? (s ?? 0) + n : (s ?? 0), 0), n)
                    let hi = Swift.min(Swift.max((e ?? n) < 0 ? (e ?? n) + n : (e ?? n), lo), n)
                    starts[dim] = lo; limits[dim] = hi; steps[dim] = step
                } else {
                    // Negative steps: slice the mirrored range, then reverse.
                    let hiIncl = Swift.min(Swift.max((s ?? n - 1) < 0 ? (s ?? n - 1) + n : (s ?? n - 1), -1), n - 1)
                    let loExcl = Swift.max(e.map { $0 < 0 ? $0 + n : $0 } ?? -1, -1)   // Python clamps the stop to -1
                    let count = hiIncl > loExcl ? (hiIncl - loExcl - 1) / (-step) + 1 : 0
                    let lo = hiIncl - (count - 1) * (-step)
                    starts[dim] = count > 0 ? lo : 0; limits[dim] = count > 0 ? hiIncl + 1 : 0; steps[dim] = -step
                    reversed.append(dim)
                }
                dim += 1; outDim += 1
            case .tensor(let t):
                guard t.dtype.isInteger || t.dtype == .bool else {
                    throw TensorError("Indexer must have integer or boolean type, got indexer with type \(t.dtype.name)")
                }
                if t.ndim == 0 && t.dtype.isInteger && !t.isConcrete {
                    dynamic.append((dim, t)); squeeze.append(dim)
                } else if t.ndim == 0 && t.dtype.isInteger {
                    let i = t.scalarAsInt(), n = shape[dim]
                    guard i >= -n && i < n else { throw TensorError("index \(i) is out of bounds for axis \(dim) with size \(n)") }
                    starts[dim] = i < 0 ? i + n : i; limits[dim] = starts[dim] + 1; squeeze.append(dim)
                } else {
                    guard items.filter({ if case .tensor(let u) = $0 { return u.ndim > 0 || u.dtype == .bool }; return false }).count == 1 else {
                        throw TensorError("indexing with more than one index array is not supported yet; index one axis at a time with take(_:_:axis:)")
                    }
                    dynamic.append((dim, t))
                }
                dim += 1; outDim += 1
            }
        }
        if starts != Array(repeating: 0, count: ndim) || limits != shape || steps.contains(where: { $0 != 1 }) {
            x = try bind1(Slice(startIndices: starts, limitIndices: limits, strides: steps.allSatisfy { $0 == 1 } ? nil : steps), [x])
        }
        if !reversed.isEmpty { x = try x.flipped(axes: reversed) }
        // Traced scalar indices: JAX's lowering (normalise negatives, dynamic_slice).
        let scalarDynamic = dynamic.filter { $0.index.ndim == 0 }
        if !scalarDynamic.isEmpty {
            var idx = [Tensor](repeating: Tensor(Int32(0)).withWeakType(true), count: x.ndim)
            var sizes = x.shape
            for (d, t) in scalarDynamic {
                idx[d] = try normalizedIndex(t, size: x.shape[d])
                sizes[d] = 1
            }
            x = try bind1(DynamicSlice(sliceSizes: sizes), [x] + idx)
        }
        if let (d, t) = dynamic.first(where: { $0.index.ndim > 0 }) {
            let removedBefore = squeeze.filter { $0 < d }.count
            x = try x.squeezed(axes: squeeze.isEmpty ? [] : squeeze)
            squeeze = []
            x = try Local.take(x, t, axis: d - removedBefore, mode: .clip)
        }
        if !squeeze.isEmpty { x = try x.squeezed(axes: squeeze) }
        for a in newAxes { x = try x.expandedDims(axis: a) }
        return x
    }

    /// `i < 0 ? i + n : i` for a traced index, as JAX emits it (`lt`, `add`, `select_n`).
    func normalizedIndex(_ i: Tensor, size n: Int) throws -> Tensor {
        let neg = try i .< 0
        let wrapped = try i + Tensor(Int32(n))
        return try bind1(SelectN(), [neg, i, wrapped])
    }

    /// The sub-tensor at position `i` of `axis` (a static slice and squeeze).
    func take(_ i: Int, axis: Int) throws -> Tensor {
        var starts = [Int](repeating: 0, count: ndim), limits = shape
        starts[axis] = i; limits[axis] = i + 1
        return try bind1(Slice(startIndices: starts, limitIndices: limits), [self]).squeezed(axes: [axis])
    }

    /// The value of an integer (or bool) 0-d concrete tensor as `Int`.
    func scalarAsInt() -> Int {
        let p = storage.pointer
        switch dtype {
        case .int32: return Int(p.load(as: Int32.self))
        case .int64: return Int(p.load(as: Int64.self))
        case .uint32: return Int(p.load(as: UInt32.self))
        case .bool: return p.load(as: Bool.self) ? 1 : 0
        case .float32: return Int(exactly: p.load(as: Float.self).rounded(.towardZero)) ?? 0
        case .float64: return Int(exactly: p.load(as: Double.self).rounded(.towardZero)) ?? 0
        }
    }
}

/// Gathers slices of `x` along `axis` at integer `indices` (`jnp.take`):
/// the result's shape is `x.shape[..<axis] + indices.shape + x.shape[(axis+1)...]`.
/// Negative indices count from the end. Out-of-range indices clamp
/// (`mode: .clip`) or read NaN / the dtype's extreme (`mode: .fill`, jnp.take's default).
///
/// ```swift
/// try take(table, Tensor([2, 0]), axis: 0)
/// ```
public func take(_ x: Tensor, _ indices: Tensor, axis: Int = 0, mode: Gather.Mode = .fill) throws -> Tensor {
    guard indices.dtype.isInteger else {
        throw TensorError("take requires integer indices, got \(indices.dtype.name)")
    }
    let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
    let n = x.shape[a]
    // Negative indices wrap (numpy semantics) before the gather.
    let zero = try Tensor(0, dtype: indices.dtype)
    let idx = indices.dtype == .uint32 ? indices : try select(indices .< zero, indices + Tensor(Double(n), dtype: indices.dtype), indices)
    var sizes = x.shape
    sizes[a] = 1
    let k = indices.ndim
    let offsetDims = (0..<x.ndim).filter { $0 != a }.map { $0 < a ? $0 : $0 + k - 1 }
    let dims = Gather.Dimensions(offsetDims: offsetDims, collapsedSliceDims: [a], startIndexMap: [a])
    return try bind1(Gather(dimensions: dims, sliceSizes: sizes, mode: mode), [x, idx.expandedDims(axis: -1)])
}
