import Local

/// `all_gather[axis_name=… tiled=…]`: every example receives the values of
/// all examples of the mapped axis, stacked along a new leading axis (or
/// concatenated along axis 0 when tiled).
///
/// ```swift
/// try vmap({ (x: Tensor) in try bind1(AllGather(axisName: "i", tiled: false), [x]) }, axisName: "i")(xs)   // each row: all of xs
/// ```
public struct AllGather: Primitive {
    /// The mapped axis to gather over.
    ///
    /// ```swift
    /// AllGather(axisName: "i", tiled: true).axisName   // "i"
    /// ```
    public let axisName: String
    /// Whether to concatenate along axis 0 instead of stacking on a new axis.
    ///
    /// ```swift
    /// AllGather(axisName: "i", tiled: true).tiled   // true
    /// ```
    public let tiled: Bool
    /// Creates `all_gather` over `axisName` (see ``allGather(_:axisName:tiled:)``).
    ///
    /// ```swift
    /// let p = AllGather(axisName: "i", tiled: false)
    /// ```
    public init(axisName: String, tiled: Bool) {
        self.axisName = axisName
        self.tiled = tiled
    }

    public var name: String { "all_gather" }
    public var parameters: [(name: String, value: String)] {
        [("all_gather_dimension", "0"), ("axis_index_groups", "None"), ("axis_name", "'\(axisName)'"), ("tiled", ParameterFormat.bool(tiled))]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
        return try inputs.map { try outAval($0, axis.globalSize) }
    }

    func outAval(_ x: ShapedArray, _ n: Int) throws -> ShapedArray {
        if tiled {
            guard x.ndim >= 1 else { throw TensorError("all_gather with tiled=True needs operands with at least one dimension") }
            return x.with(shape: [n * x.shape[0]] + x.shape.dropFirst())
        }
        return x.with(shape: [n] + x.shape)
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
        return try inputs.map { x in try finish(x.broadcastInDim(shape: [axis.globalSize] + x.shape, broadcastDimensions: (0..<x.ndim).map { $0 + 1 })) }
    }

    /// From the stacked values [N, …] to this primitive's result.
    func finish(_ stacked: Tensor) throws -> Tensor {
        guard tiled else { return stacked }
        return try stacked.reshaped([stacked.shape[0] * stacked.shape[1]] + stacked.shape.dropFirst(2))
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        guard axis.name == axisName else { return (try bind(self, inputs), dims) }
        let outs = try zip(inputs, dims).map { x, d -> Tensor in
            guard let d else {
                return try finish(x.broadcastInDim(shape: [axis.globalSize] + x.shape, broadcastDimensions: (0..<x.ndim).map { $0 + 1 }))
            }
            return try finish(gatherAlongAxis(x, d, axis))
        }
        return (outs, outs.map { _ in nil })
    }
}

/// The values of `x` from every example of the mapped axis (JAX's
/// `lax.all_gather`): shape `[N] + x.shape`, or `[N * x.shape[0]] + …` when `tiled`.
///
/// ```swift
/// let everyone = try vmap({ x in try allGather(x, axisName: "i") }, axisName: "i")(xs)
/// ```
public func allGather(_ x: Tensor, axisName: String, tiled: Bool = false) throws -> Tensor {
    try collective(AllGather(axisName: axisName, tiled: tiled), x)
}
