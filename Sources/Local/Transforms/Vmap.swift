/// Which axis of each argument (or result) is mapped: one value for all,
/// or one entry per argument, each an axis (negative counts from the end)
/// or `nil` for "not mapped" (JAX's `in_axes`/`out_axes`).
///
/// ```swift
/// vmap(dot, inAxes: [nil, 0])     // first argument shared, second mapped on axis 0
/// vmap(sin, inAxes: 1)            // every argument mapped on axis 1
/// ```
public struct Axes: ExpressibleByIntegerLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, Sendable, Hashable {
    /// Per-argument entries; a single entry applies to every argument when `broadcast`.
    ///
    /// ```swift
    /// let a: Axes = [nil, 0]
    /// a.entries   // [nil, 0]
    /// ```
    public let entries: [Int?]
    let broadcast: Bool

    /// Maps every argument along `value`.
    ///
    /// ```swift
    /// let a: Axes = 1   // all arguments on axis 1
    /// ```
    public init(integerLiteral value: Int) { entries = [value]; broadcast = true }
    /// Maps no argument (all shared).
    ///
    /// ```swift
    /// let a: Axes = nil
    /// ```
    public init(nilLiteral: ()) { entries = [nil]; broadcast = true }
    /// One entry per argument.
    ///
    /// ```swift
    /// let a: Axes = [0, nil]   // first mapped on axis 0, second shared
    /// ```
    public init(arrayLiteral elements: Int?...) { entries = elements; broadcast = false }
    /// Per-argument entries.
    ///
    /// ```swift
    /// let a = Axes([0, nil])
    /// ```
    public init(_ entries: [Int?]) { self.entries = entries; broadcast = false }
    /// One entry for every argument.
    ///
    /// ```swift
    /// let a = Axes(all: 0)   // same as the literal 0
    /// ```
    public init(all value: Int?) { entries = [value]; broadcast = true }

    /// One entry per argument (`what` names the parameter in errors).
    ///
    /// ```swift
    /// try Axes(all: 0).expanded(to: 3, what: "in_axes")   // [0, 0, 0]
    /// ```
    public func expanded(to count: Int, what: String) throws -> [Int?] {
        if broadcast { return Array(repeating: entries[0], count: count) }
        guard entries.count == count else {
            throw TensorError("vmap \(what) must be an int, None, or a tuple of entries corresponding to the positional arguments passed to the function, but got len(\(what))=\(entries.count), len(args)=\(count)")
        }
        return entries
    }
}

/// How `vmap` handles a function that reads concrete values of its inputs.
///
/// ```swift
/// let f = vmap({ (x: Tensor) in try sum(x) }, strategy: .batched)
/// ```
public enum VmapStrategy: Sendable {
    /// Trace once with batched values; if the function needs a concrete
    /// value (`item()`, `Bool(x)`, `toArray()`) and every input is
    /// concrete, run it once per example on the thread pool instead
    /// (side effects repeat per example) and stack the results.
    case auto
    /// Always trace with batched values; reading a concrete value throws
    /// ``ConcretizationError`` (JAX's behaviour).
    case batched
}

/// The flat core of `vmap`: arguments and results as groups of leaves, one
/// group per positional argument / result component.
@_spi(Transforms) public func vmapGroups(_ f: @escaping ([[Tensor]]) throws -> [[Tensor]], _ args: [[Tensor]], inAxes: Axes, outAxes: Axes,
                axisSize: Int?, axisName: String?, strategy: VmapStrategy, group: (any AxisGroup)? = nil) throws -> [[Tensor]] {
    let perArg = try inAxes.expanded(to: args.count, what: "in_axes")
    // Normalise axes and find the mapped size.
    var dims: [[Int?]] = []
    var mapped: [(size: Int, axis: Int, arg: Int, leaf: Int, aval: ShapedArray)] = []
    for (i, group) in args.enumerated() {
        var gd: [Int?] = []
        for (j, x) in group.enumerated() {
            guard let a = perArg[i] else { gd.append(nil); continue }
            guard a >= -x.ndim && a < x.ndim else {
                throw TensorError("vmap was requested to map its argument along axis \(a), which implies that its rank should be at least \(a < 0 ? a.magnitude : UInt(a) + 1), but is only \(x.ndim) (its shape is \(Shape.describe(x.shape)))")
            }
            let d = a < 0 ? a + x.ndim : a
            gd.append(d)
            mapped.append((x.shape[d], d, i, j, x.aval))
        }
        dims.append(gd)
    }
    let size: Int
    if let axisSize {
        size = axisSize
        if mapped.contains(where: { $0.size != axisSize }) {
            throw inconsistentSizes(mapped.map { ($0.size, $0.axis, $0.arg, $0.leaf, $0.aval) }, args, extra: axisSize)
        }
    } else {
        guard let first = mapped.first else {
            throw TensorError("vmap must have at least one non-None value in in_axes or axis_size must be specified")
        }
        guard mapped.allSatisfy({ $0.size == first.size }) else {
            throw inconsistentSizes(mapped.map { ($0.size, $0.axis, $0.arg, $0.leaf, $0.aval) }, args, extra: nil)
        }
        size = first.size
    }
    let allConcrete = args.allSatisfy { $0.allSatisfy(\.isConcrete) }
    let outerDepth = ThreadState.current.traceDepth
    do {
        return try vmapTraced(f, args, dims, axis: BatchAxis(size: size, name: axisName, group: group), outAxes: outAxes)
    } catch let e as ConcretizationError {
        guard strategy == .auto, allConcrete, outerDepth == 0, group == nil else { throw e }
        return try vmapPerExample(f, args, dims, size: size, outAxes: outAxes)
    }
}

private func vmapTraced(_ f: ([[Tensor]]) throws -> [[Tensor]], _ args: [[Tensor]], _ dims: [[Int?]],
                        axis: BatchAxis, outAxes: Axes) throws -> [[Tensor]] {
    let size = axis.size
    let trace = BatchTrace(axis: axis)
    defer { trace.finish() }
    let inputs = zip(args, dims).map { group, gd in zip(group, gd).map { trace.box($0, $1) } }
    let outs = try f(inputs)
    let perOut = try outAxes.expanded(to: outs.count, what: "out_axes")
    return try zip(outs, perOut).map { group, oa in
        try group.map { y in
            let (v, d) = trace.unbox(y)
            guard let oa else {
                if let d { throw TensorError("at vmap out_axes, got axis spec None but output was batched on axis \(d)") }
                return v
            }
            let rank = v.ndim + (d == nil ? 1 : 0)
            guard oa >= -rank && oa < rank else {
                throw TensorError("axis \(oa) is out of bounds for array of dimension \(rank)")
            }
            return try Batching.matchAxis(v, from: d, to: oa < 0 ? oa + rank : oa, size: size)
        }
    }
}

/// The fallback for functions that read concrete values: run per example
/// (in parallel on the pool) and stack.
private func vmapPerExample(_ f: @escaping ([[Tensor]]) throws -> [[Tensor]], _ args: [[Tensor]], _ dims: [[Int?]],
                            size: Int, outAxes: Axes) throws -> [[Tensor]] {
    let state = Mutex((results: [[[Tensor]]?](repeating: nil, count: size), error: Error?.none))
    let mode = Random.implementation
    let job = PerExampleJob(f: f, args: args, dims: dims)
    ThreadPool.parallelFor(size, costPerElement: ThreadPool.grainSize) { range in
        let f = job.f, args = job.args, dims = job.dims
        for b in range {
            do {
                let slice = try zip(args, dims).map { group, gd in
                    try zip(group, gd).map { x, d in d == nil ? x : try x.take(b, axis: d!) }
                }
                let r = try Random.withImplementation(mode) { try f(slice) }
                state.withLock { $0.results[b] = r }
            } catch {
                state.withLock { if $0.error == nil { $0.error = error } }
            }
        }
    }
    let (results, firstError) = state.withLock { ($0.results, $0.error) }
    if let firstError { throw firstError }
    let examples = results.map { $0! }
    guard let first = examples.first else {
        throw TensorError("vmap over an axis of size 0 needs a traceable function (its outputs' shapes are unknown)")
    }
    let perOut = try outAxes.expanded(to: first.count, what: "out_axes")
    return try (0..<first.count).map { k in
        try (0..<first[k].count).map { j in
            guard let oa = perOut[k] else {
                // out_axes nil: the result may not depend on the example (as JAX requires).
                let r = first[k][j], bytes = r.size * r.dtype.itemSize
                for e in examples.dropFirst() {
                    let o = e[k][j]
                    let same = o.shape == r.shape && o.dtype == r.dtype && withExtendedLifetime((o, r)) {
                        UnsafeRawBufferPointer(start: o.storage.pointer, count: bytes)
                            .elementsEqual(UnsafeRawBufferPointer(start: r.storage.pointer, count: bytes))
                    }
                    if !same { throw TensorError("at vmap out_axes, got axis spec None but output was batched on axis 0") }
                }
                return r
            }
            let rank = first[k][j].ndim + 1
            return try stack(examples.map { $0[k][j] }, axis: oa < 0 ? oa + rank : oa)
        }
    }
}

/// What each pool thread needs to run examples (a class: closures in tuples trip the compiler).
private final class PerExampleJob: @unchecked Sendable {
    let f: ([[Tensor]]) throws -> [[Tensor]]
    let args: [[Tensor]]
    let dims: [[Int?]]
    init(f: @escaping ([[Tensor]]) throws -> [[Tensor]], args: [[Tensor]], dims: [[Int?]]) {
        self.f = f
        self.args = args
        self.dims = dims
    }
}

/// JAX's "inconsistent sizes" message, grouping axes by size (most common first).
private func inconsistentSizes(_ mapped: [(Int, Int, Int, Int, ShapedArray)], _ args: [[Tensor]], extra: Int?) -> TensorError {
    var order: [Int] = []
    var bySize: [Int: [(Int, Int, Int, ShapedArray)]] = [:]
    for (s, a, i, j, aval) in mapped {
        if bySize[s] == nil { order.append(s) }
        bySize[s, default: []].append((a, i, j, aval))
    }
    let sorted = order.enumerated().sorted { x, y in
        let (cx, cy) = (bySize[x.element]!.count, bySize[y.element]!.count)
        return cx != cy ? cx > cy : x.offset < y.offset
    }.map(\.element)
    func name(_ i: Int, _ j: Int) -> String { args[i].count == 1 ? "argument \(i)" : "argument \(i) leaf \(j)" }
    var lines: [String] = []
    if let extra { lines.append("  * the `axis_size` argument was \(extra)") }
    for (k, s) in sorted.enumerated() {
        let group = bySize[s]!
        let (a, i, j, aval) = group[0]
        let ex = "axis \(a) of \(name(i, j)) of type \(aval.longDescription)"
        if group.count == 1 {
            lines.append("  * one axis had size \(s): \(ex)")
        } else {
            lines.append("  * \(k == 0 ? "most" : "some") axes (\(group.count) of them) had size \(s), e.g. \(ex)")
        }
    }
    return TensorError("vmap got inconsistent sizes for array axes to be mapped:\n" + lines.joined(separator: ";\n"))
}
