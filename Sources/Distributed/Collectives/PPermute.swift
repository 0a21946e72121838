import Local

/// `ppermute[axis_name=… perm=…]`: example `dst` receives example `src`'s
/// value for each `(src, dst)` pair; examples no pair targets get zeros.
///
/// ```swift
/// try vmap({ (x: Tensor) in try bind1(PPermute(axisName: "i", perm: [(0, 1), (1, 0)]), [x]) }, axisName: "i")(xs)   // swaps the two rows
/// ```
public struct PPermute: Primitive {
    /// The mapped axis whose examples exchange values.
    ///
    /// ```swift
    /// PPermute(axisName: "i", perm: [(0, 1)]).axisName   // "i"
    /// ```
    public let axisName: String
    /// (source, destination) pairs of axis indices.
    ///
    /// ```swift
    /// PPermute(axisName: "i", perm: [(0, 1), (1, 0)]).perm   // [[0, 1], [1, 0]]
    /// ```
    public let perm: [[Int]]
    /// Creates `ppermute` sending example `src`'s value to `dst` for each pair (see ``ppermute(_:axisName:perm:)``).
    ///
    /// ```swift
    /// let shift = PPermute(axisName: "i", perm: [(0, 1), (1, 2), (2, 0)])
    /// ```
    public init(axisName: String, perm: [(Int, Int)]) {
        self.axisName = axisName
        self.perm = perm.map { [$0.0, $0.1] }
    }

    public var name: String { "ppermute" }
    public var parameters: [(name: String, value: String)] {
        [("axis_name", "'\(axisName)'"), ("perm", "(" + perm.map { "(\($0[0]), \($0[1]))" }.joined(separator: ", ") + (perm.count == 1 ? ",)" : ")"))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] { inputs }

    func check(_ n: Int) throws {
        let srcs = perm.map { $0[0] }, dsts = perm.map { $0[1] }
        guard Set(srcs).count == srcs.count, Set(dsts).count == dsts.count,
              (srcs + dsts).allSatisfy({ $0 >= 0 && $0 < n }) else {
            throw TensorError("ppermute sources and destinations must be unique indices in range(\(n)), got perm=\(parameters[1].value)")
        }
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
        try check(axis.globalSize)
        // The same value everywhere: a permutation leaves it unchanged where targeted.
        return try inputs.map { x in
            guard perm.count < axis.globalSize else { return x }
            throw NotImplementedError("ppermute of a value that does not vary along '\(axisName)' leaves untargeted examples zero; map the value along the axis first")
        }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        guard axis.name == axisName else { return (try bind(self, inputs), dims) }
        let n = axis.globalSize
        try check(n)
        var source = [Int](repeating: -1, count: n)
        for p in perm { source[p[1]] = p[0] }
        let mine = (axis.globalOffset..<(axis.globalOffset + axis.size)).map { source[$0] }
        let index = Tensor(mine.map { Int32(Swift.max($0, 0)) })
        let keep = Tensor(mine.map { $0 >= 0 })
        let outs = try zip(inputs, dims).map { x, d -> Tensor in
            let full = d == nil ? try x.broadcastInDim(shape: [n] + x.shape, broadcastDimensions: (0..<x.ndim).map { $0 + 1 })
                                : try gatherAlongAxis(x, d!, axis)
            let picked = try take(full, index, axis: 0, mode: .clip)
            let mask = try keep.broadcastInDim(shape: picked.shape, broadcastDimensions: [0])
            return try select(mask, picked, Tensor.zeros(picked.shape, dtype: picked.dtype))
        }
        return (outs, outs.map { _ in 0 })
    }
}

/// Sends each example's value to another example of the mapped axis (JAX's
/// `lax.ppermute`): for each `(source, destination)` pair the destination
/// receives the source's value; untargeted examples get zeros.
///
/// ```swift
/// let n = 4
/// let shifted = try vmap({ x in try ppermute(x, axisName: "i", perm: (0..<n).map { ($0, ($0 + 1) % n) }) },
///                        axisName: "i")(xs)   // a ring shift
/// ```
public func ppermute(_ x: Tensor, axisName: String, perm: [(Int, Int)]) throws -> Tensor {
    try collective(PPermute(axisName: axisName, perm: perm), x)
}
