/// Helpers batching rules share (JAX's `moveaxis`, `bdim_at_front`,
/// `matchaxis`). They bind primitives, so they work at any trace level.
///
/// ```swift
/// let front = try Batching.moveAxis(x, from: 2, to: 0)   // batch dimension first
/// ```
public enum Batching {
    /// `shape` with the batch dimension `d` removed (unchanged when nil).
    ///
    /// ```swift
    /// Batching.unbatchedShape([4, 8, 3], 1)     // [4, 3]
    /// Batching.unbatchedShape([4, 3], nil)      // [4, 3]
    /// ```
    public static func unbatchedShape(_ shape: [Int], _ d: Int?) -> [Int] {
        guard let d else { return shape }
        var s = shape
        s.remove(at: d)
        return s
    }

    /// Moves dimension `from` of `x` to position `to` (a `transpose`, or
    /// nothing when they agree).
    ///
    /// ```swift
    /// try Batching.moveAxis(Tensor.zeros([2, 3, 4]), from: 2, to: 0).shape   // [4, 2, 3]
    /// ```
    public static func moveAxis(_ x: Tensor, from: Int, to: Int) throws -> Tensor {
        if from == to { return x }
        var perm = Array(0..<x.ndim)
        perm.remove(at: from)
        perm.insert(from, at: to)
        return try x.transposed(perm)
    }

    /// `x` with its batch dimension first; an unbatched `x` gets a new
    /// leading dimension of `size` (1 lets the primitive broadcast).
    ///
    /// ```swift
    /// try Batching.bdimAtFront(Tensor.zeros([3]), nil, size: 5).shape     // [5, 3]
    /// try Batching.bdimAtFront(Tensor.zeros([3, 5]), 1, size: 5).shape   // [5, 3]
    /// ```
    public static func bdimAtFront(_ x: Tensor, _ d: Int?, size: Int) throws -> Tensor {
        if let d { return try moveAxis(x, from: d, to: 0) }
        return try x.broadcastInDim(shape: [size] + x.shape, broadcastDimensions: Array(1..<(x.ndim + 1)))
    }

    /// `x` with batch dimension `from` (or none: broadcast to `size`) moved to `to`.
    ///
    /// ```swift
    /// try Batching.matchAxis(Tensor.zeros([3]), from: nil, to: 1, size: 5).shape   // [3, 5]
    /// ```
    public static func matchAxis(_ x: Tensor, from: Int?, to: Int, size: Int) throws -> Tensor {
        let front = try bdimAtFront(x, from, size: size)
        return try moveAxis(front, from: 0, to: to)
    }

    /// Brings every operand's batch dimension to the front, broadcasting
    /// unbatched ones to `size` (for primitives that need all operands batched alike).
    ///
    /// ```swift
    /// let xs = try Batching.allAtFront(inputs, dims, size: axis.size)   // all batched on axis 0
    /// ```
    public static func allAtFront(_ inputs: [Tensor], _ dims: [Int?], size: Int) throws -> [Tensor] {
        try zip(inputs, dims).map { try bdimAtFront($0, $1, size: size) }
    }
}

/// The named mapped axes visible where a collective is called.
///
/// ```swift
/// guard let (trace, axis) = NamedAxes.lookup("i") else { throw NamedAxes.unbound("i") }
/// ```
public enum NamedAxes {
    /// The innermost active `vmap`/`pmap` axis called `name`, with its trace.
    ///
    /// ```swift
    /// NamedAxes.lookup("i")?.axis.size   // inside vmap(f, axisName: "i"): the axis length
    /// ```
    public static func lookup(_ name: String) -> (trace: Trace, axis: BatchAxis)? {
        ThreadState.current.namedAxes.last { $0.name == name }.map { ($0.trace, $0.axis) }
    }

    /// Names of the active axes, innermost last (for error messages).
    ///
    /// ```swift
    /// NamedAxes.active   // ["i"] inside vmap(f, axisName: "i")
    /// ```
    public static var active: [String] { ThreadState.current.namedAxes.map(\.name) }

    /// JAX's error for a collective naming an axis that is not mapped here.
    ///
    /// ```swift
    /// throw NamedAxes.unbound("k")   // "unbound axis name: k. …"
    /// ```
    public static func unbound(_ name: String) -> TensorError {
        TensorError("unbound axis name: \(name). The following axis names (e.g. defined by pmap) are available to collective operations: " + ParameterFormat.stringList(active))
    }

    /// Whether `x` is batched by the axis's own trace (as opposed to being
    /// the same for every example along it).
    ///
    /// ```swift
    /// let (trace, _) = NamedAxes.lookup("i")!
    /// NamedAxes.isMapped(x, by: trace)   // false when x is the same for every example
    /// ```
    public static func isMapped(_ x: Tensor, by trace: Trace) -> Bool {
        guard let t = x.tracer as? BatchTracer else { return false }
        return t.trace === trace
    }

    /// `x` as a tracer batched along `trace`'s axis at dimension 0 (`value`
    /// holds the whole batch).
    ///
    /// ```swift
    /// let b = NamedAxes.batched(perExample, by: trace)   // perExample has the axis's size at dim 0
    /// ```
    public static func batched(_ value: Tensor, by trace: Trace) -> Tensor {
        (trace as! BatchTrace).box(value, 0)
    }
}
