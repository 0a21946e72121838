import Local

/// `psum`, `pmax`, `pmin` `[axes=('i',) axis_index_groups=None]`: combines a
/// value over every example of a named mapped axis. Under `vmap` it reduces
/// the batch dimension; under `pmap` it reduces the local shard, then
/// all-reduces across ranks.
///
/// ```swift
/// try vmap({ (x: Tensor) in try bind1(ParallelReduce(.sum, axisName: "i"), [x]) }, axisName: "i")(xs)   // every row: the column sums
/// ```
public struct ParallelReduce: Primitive {
    /// How values combine: sum, max or min.
    ///
    /// ```swift
    /// ParallelReduce(.max, axisName: "i").op   // .max
    /// ```
    public let op: CrossProcessReduction
    /// The mapped axis to reduce over.
    ///
    /// ```swift
    /// ParallelReduce(.sum, axisName: "i").axisName   // "i"
    /// ```
    public let axisName: String
    /// Creates `psum`, `pmax` or `pmin` over `axisName`.
    ///
    /// ```swift
    /// let pmax = ParallelReduce(.max, axisName: "i")
    /// ```
    public init(_ op: CrossProcessReduction, axisName: String) {
        self.op = op
        self.axisName = axisName
    }

    public var name: String { op == .sum ? "psum" : (op == .max ? "pmax" : "pmin") }
    public var parameters: [(name: String, value: String)] { [("axes", "('\(axisName)',)"), ("axis_index_groups", "None")] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] { inputs }

    /// Reached only when the value is the same for every example: psum
    /// multiplies by the axis size; pmax and pmin return it.
    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
        return try inputs.map { try unmapped($0, axis) }
    }

    func unmapped(_ x: Tensor, _ axis: BatchAxis) throws -> Tensor {
        guard op == .sum else { return x }
        let n = try Tensor(Double(axis.globalSize), dtype: x.dtype == .bool ? .int32 : x.dtype)
        return try x * n
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        guard axis.name == axisName else { return (try bind(self, inputs), dims) }
        let outs = try zip(inputs, dims).map { x, d -> Tensor in
            guard let d else { return try unmapped(x, axis) }
            var local: Tensor
            switch op {
            case .sum: local = try bind1(ReduceSum(axes: [d]), [x.dtype == .bool ? x.astype(.int32) : x])
            case .max: local = try bind1(ReduceMax(axes: [d]), [x])
            case .min: local = try bind1(ReduceMin(axes: [d]), [x])
            }
            if let group = axis.group as? MPIAxisGroup {
                local = try bind1(ProcessAllReduce(op: op, group: group), [local])
            }
            return local
        }
        return (outs, outs.map { _ in nil })
    }
}

/// The sum of `x` over every example of the mapped axis `axisName`
/// (JAX's `lax.psum`); every example gets the total.
///
/// ```swift
/// let normalized = try vmap({ x in try x / psum(x, axisName: "i") }, axisName: "i")(xs)
/// let total = try pmap({ x in try psum(x, axisName: "i") }, axisName: "i")(xs)   // across ranks
/// ```
/// - Throws: `unbound axis name: i. …` outside a `vmap`/`pmap` with that name.
public func psum(_ x: Tensor, axisName: String) throws -> Tensor {
    try collective(ParallelReduce(.sum, axisName: axisName), x)
}

/// The maximum of `x` over the mapped axis `axisName` (`lax.pmax`).
///
/// ```swift
/// try vmap({ (x: Tensor) in try pmax(x, axisName: "i") }, axisName: "i")(Tensor([1, 5, 3]))   // [5, 5, 5]
/// ```
public func pmax(_ x: Tensor, axisName: String) throws -> Tensor {
    try collective(ParallelReduce(.max, axisName: axisName), x)
}

/// The minimum of `x` over the mapped axis `axisName` (`lax.pmin`).
///
/// ```swift
/// try vmap({ (x: Tensor) in try pmin(x, axisName: "i") }, axisName: "i")(Tensor([1, 5, 3]))   // [1, 1, 1]
/// ```
public func pmin(_ x: Tensor, axisName: String) throws -> Tensor {
    try collective(ParallelReduce(.min, axisName: axisName), x)
}

/// The mean of `x` over the mapped axis `axisName` (`lax.pmean`): `psum / axisSize`.
///
/// ```swift
/// let centered = try vmap({ x in try x - pmean(x, axisName: "batch") }, axisName: "batch")(xs)
/// ```
public func pmean(_ x: Tensor, axisName: String) throws -> Tensor {
    let n = try axisSize(axisName)
    return try psum(x, axisName: axisName) / Tensor(Double(n), dtype: x.dtype.isFloatingPoint ? x.dtype : .float32)
}

/// Binds a collective after checking its axis is in scope.
func collective<P: Primitive>(_ p: P, _ x: Tensor) throws -> Tensor {
    guard NamedAxes.lookup(axisNameOf(p)) != nil else { throw NamedAxes.unbound(axisNameOf(p)) }
    return try bind1(p, [x])
}

private func axisNameOf<P: Primitive>(_ p: P) -> String {
    switch p {
    case let r as ParallelReduce: return r.axisName
    case let g as AllGather: return g.axisName
    case let q as PPermute: return q.axisName
    case let a as AllToAll: return a.axisName
    default: return ""
    }
}
