import Local

/// The index of the current example along the mapped axis `axisName`
/// (JAX's `lax.axis_index`): 0..<N over the whole axis, across ranks under `pmap`.
///
/// ```swift
/// let ids = try vmap({ _ in try axisIndex("i") }, axisName: "i")(xs)   // [0, 1, …]
/// ```
public func axisIndex(_ axisName: String) throws -> Tensor {
    guard let (trace, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
    let local = try Tensor.arange(Double(axis.globalOffset), Double(axis.globalOffset + axis.size), dtype: .int32)
    return NamedAxes.batched(local, by: trace)
}

/// The length of the mapped axis `axisName` over all ranks (`lax.axis_size`
/// / `psum(1, axis_name)`).
///
/// ```swift
/// let n = try vmap({ (x: Tensor) in try x * Tensor(Int32(axisSize("i"))) }, axisName: "i")(Tensor([1, 1, 1]))   // [3, 3, 3]
/// ```
public func axisSize(_ axisName: String) throws -> Int {
    guard let (_, axis) = NamedAxes.lookup(axisName) else { throw NamedAxes.unbound(axisName) }
    return axis.globalSize
}
