/// The batching interpreter behind `vmap`: each tracer carries a value with
/// an extra (batch) dimension and where that dimension is; each primitive's
/// batching rule maps (values, batch dims) to (outputs, batch dims).
final class BatchTrace: Trace, @unchecked Sendable {
    /// The mapped axis: size and (for collectives) name.
    let axis: BatchAxis

    init(axis: BatchAxis) {
        self.axis = axis
        super.init()
        if let name = axis.name { ThreadState.current.namedAxes.append((name, self, axis)) }
    }

    override func finish() {
        guard isActive else { return }
        if axis.name != nil {
            let state = ThreadState.current
            if let i = state.namedAxes.lastIndex(where: { $0.trace === self }) { state.namedAxes.remove(at: i) }
        }
        super.finish()
    }

    override var kindName: String { "BatchTrace" }

    override func lift(_ value: Tensor) throws -> Tensor { value }

    /// A tracer for `value` batched along `dim` (or `value` itself when not batched).
    func box(_ value: Tensor, _ dim: Int?) -> Tensor {
        guard let dim else { return value }
        return Tensor(tracer: BatchTracer(trace: self, value: value, batchDim: dim))
    }

    /// The (value, batch dim) behind a tensor as this trace sees it.
    func unbox(_ x: Tensor) -> (Tensor, Int?) {
        if let t = x.tracer as? BatchTracer, t.trace === self { return (t.value, t.batchDim) }
        return (x, nil)
    }

    override func process(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
        var values: [Tensor] = [], dims: [Int?] = []
        values.reserveCapacity(inputs.count)
        for x in inputs {
            let (v, d) = unbox(x)
            values.append(v)
            dims.append(d)
        }
        let (outs, outDims) = try primitive.batch(values, dims: dims, axis: axis)
        return zip(outs, outDims).map { box($0, $1) }
    }

    override func concretizationError(_ what: String, aval: ShapedArray) -> ConcretizationError {
        ConcretizationError(
            "Abstract tracer value encountered where a concrete value is expected: \(what) of a batched array with per-example shape \(aval.longDescription) inside vmap.\n"
            + "Inside vmap each value stands for a whole batch, so it has no single concrete value. "
            + "Use cond, whileLoop or select (jnp.where) instead of Swift control flow on it; "
            + "vmap's default strategy runs such functions once per example when every input is concrete.")
    }
}

/// A tensor inside `vmap`: `value` holds the whole batch, `batchDim` says
/// which of its dimensions is the batch.
final class BatchTracer: Tracer, @unchecked Sendable {
    let value: Tensor
    let batchDim: Int

    init(trace: BatchTrace, value: Tensor, batchDim: Int) {
        self.value = value
        self.batchDim = batchDim
        var shape = value.shape
        shape.remove(at: batchDim)
        super.init(trace: trace, aval: ShapedArray(shape: shape, dtype: value.dtype, weakType: value.weakType))
    }
}
