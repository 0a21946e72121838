import Local

/// `all_to_all[axis_name=… split_axis=… concat_axis=…]`: each example splits
/// its value along `splitAxis` into N chunks (N = the axis size) and sends
/// chunk j to example j, which concatenates what it receives along `concatAxis`.
///
/// ```swift
/// try vmap({ (x: Tensor) in try bind1(AllToAll(axisName: "i", splitAxis: 0, concatAxis: 0), [x]) }, axisName: "i")(xs)   // xs: [N, N, …]
/// ```
public struct AllToAll: Primitive {
    /// The mapped axis to exchange over.
    ///
    /// ```swift
    /// AllToAll(axisName: "i", splitAxis: 0, concatAxis: 1).axisName   // "i"
    /// ```
    public let axisName: String
    /// The axis each example cuts into N chunks.
    ///
    /// ```swift
    /// AllToAll(axisName: "i", splitAxis: 0, concatAxis: 1).splitAxis   // 0
    /// ```
    public let splitAxis: Int
    /// The axis received chunks are joined along.
    ///
    /// ```swift
    /// AllToAll(axisName: "i", splitAxis: 0, concatAxis: 1).concatAxis   // 1
    /// ```
    public let concatAxis: Int
    /// Creates `all_to_all` over `axisName` (see ``allToAll(_:axisName:splitAxis:concatAxis:)``).
    ///
    /// ```swift
    /// let p = AllToAll(axisName: "i", splitAxis: 0, concatAxis: 0)
    /// ```
    public init(axisName: String, splitAxis: Int, concatAxis: Int) {
        self.axisName = axisName
        self.splitAxis = splitAxis
        self.concatAxis = concatAxis
    }

    public var name: String { "all_to_all" }
    public var parameters: [(name: String, value: String)] {
        [("axis_index_groups", "None"), ("axis_name", "'\(axisName)'"), ("concat_axis", String(concatAxis)), ("split_axis", String(splitAxis)), ("tiled", "False")]
    }

    func outShape(_ s: [Int], _ n: Int) throws -> [Int] {
        guard splitAxis >= 0, splitAxis < s.count, concatAxis >= 0, concatAxis < s.count else {
            throw TensorError("all_to_all split_axis \(splitAxis) and concat_axis \(concatAxis) must be dimensions of the operand of shape \(Shape.describe(s))")
        }
        guard n > 0, s[splitAxis] % n == 0 else {
            throw TensorError("all_to_all: the size of split_axis (\(s[splitAxis])) must be divisible by the size of axis '\(axisName)' (\(n))")
        }
        var o = s
        o[splitAxis] /= n
        o[concatAxis] *= n
        return o
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
        return try inputs.map { $0.with(shape: try outShape($0.shape, axis.globalSize)) }
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        throw NotImplementedError("all_to_all of a value that does not vary along '\(axisName)' is not supported; map the value along the axis first")
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        guard axis.name == axisName else { return (try bind(self, inputs), dims) }
        let n = axis.globalSize
        let outs = try zip(inputs, dims).map { x, d -> Tensor in
            let s = Batching.unbatchedShape(x.shape, d)
            let out = try outShape(s, n)
            let full = d == nil ? try x.broadcastInDim(shape: [n] + x.shape, broadcastDimensions: (0..<x.ndim).map { $0 + 1 })
                                : try gatherAlongAxis(x, d!, axis)          // [N(i), S…]
            var split = [n] + s
            split[1 + splitAxis] = n
            split.insert(s[splitAxis] / n, at: 2 + splitAxis)                // [i, …, j, chunk, …]
            let y = try full.reshaped(split)
            let jFront = try Batching.moveAxis(y, from: 1 + splitAxis, to: 0) // [j, i, …, chunk, …]
            // Put i just before the concat axis of the per-example chunk, then merge them.
            let iBeforeConcat = try Batching.moveAxis(jFront, from: 1, to: 1 + concatAxis)
            let result = try iBeforeConcat.reshaped([n] + out)               // [j, out…]
            let local = try bind1(Slice(startIndices: [axis.globalOffset] + out.map { _ in 0 },
                                        limitIndices: [axis.globalOffset + axis.size] + out), [result])
            return local
        }
        return (outs, outs.map { _ in 0 })
    }
}

/// Exchanges chunks between all examples of the mapped axis (JAX's
/// `lax.all_to_all`): each example splits `x` along `splitAxis` into N
/// chunks, chunk j goes to example j, and each example concatenates the N
/// chunks it receives along `concatAxis`.
///
/// ```swift
/// let t = try vmap({ x in try allToAll(x, axisName: "i", splitAxis: 0, concatAxis: 0) }, axisName: "i")(xs)
/// ```
public func allToAll(_ x: Tensor, axisName: String, splitAxis: Int, concatAxis: Int) throws -> Tensor {
    try collective(AllToAll(axisName: axisName, splitAxis: splitAxis, concatAxis: concatAxis), x)
}
