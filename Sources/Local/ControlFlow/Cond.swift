/// Runs `then` or `else` on `operands` depending on a scalar predicate
/// (JAX's `lax.cond`).
///
/// `cond : Bool -> (a -> b) -> (a -> b) -> a -> b`, equivalent to
/// `try Bool(pred) ? then(operands) : otherwise(operands)`, traced into a
/// `cond` primitive so it works under `jit`. Under `vmap` with a batched
/// predicate both branches run and a `select` picks per example.
///
/// ```swift
/// let y = try cond(x .> 0, initial: x, then: { try sqrt($0) }, else: { try -$0 })
/// ```
/// - Throws: `cond branches must have equal output types but they differ. …`
public func cond<A: TensorTree, R: TensorTree>(_ pred: Tensor, initial operands: A,
                                              then thenBranch: (A) throws -> R, else elseBranch: (A) throws -> R) throws -> R {
    guard pred.ndim == 0 else {
        throw TensorError("Pred must be a scalar, got \(pred.aval.description) of shape \(Shape.describe(pred.shape)).")
    }
    guard pred.dtype == .bool || pred.dtype.isInteger else {
        throw TensorError("Pred type must be either boolean or number, got \(pred.dtype.name).")
    }
    let index = try pred.dtype == .bool ? pred.astype(.int32) : (pred .!= 0).astype(.int32)
    return try condBranches(index, operands, count: 2, names: ["false_fun", "true_fun"]) { k, a in
        k == 0 ? try elseBranch(a) : try thenBranch(a)
    }
}

/// Runs `branches[index]` on `operands` (JAX's `lax.switch`; Swift cannot
/// name a function `switch`). The index is clamped to the valid range.
///
/// ```swift
/// let branches: [(Tensor) throws -> Tensor] = [{ try sin($0) }, { try cos($0) }, { try tan($0) }]
/// let y = try cond(index: Tensor(Int32(1)), branches: branches, initial: x)   // cos(x)
/// ```
public func cond<A: TensorTree, R: TensorTree>(index: Tensor, branches: [(A) throws -> R], initial operands: A) throws -> R {
    guard !branches.isEmpty else { throw TensorError("Empty branch sequence") }
    guard index.ndim == 0, index.dtype.isInteger || index.dtype == .bool else {
        throw TensorError("Index must be scalar integer, got \(index.aval.longDescription).")
    }
    var i = try index.astype(.int32)
    if branches.count > 1 {
        i = try bind1(Clamp(), [Tensor(integerLiteral: 0), i, Tensor(integerLiteral: branches.count - 1)])
    } else {
        i = Tensor(Int32(0))
    }
    return try condBranches(i, operands, count: branches.count, names: branches.indices.map { "branch \($0)" }) { k, a in
        try branches[k](a)
    }
}

private func condBranches<A: TensorTree, R: TensorTree>(_ index: Tensor, _ operands: A, count: Int, names: [String],
                                                       _ branch: (Int, A) throws -> R) throws -> R {
    let leaves = operands.leaves
    var template: R? = nil
    var bodies: [ClosedBody] = []
    for k in 0..<count {
        bodies.append(try traceBody(leaves.map(\.aval), purpose: "cond") { args in
            let r = try branch(k, operands.replacingLeaves(args))
            if template == nil { template = r }
            return r.leaves
        })
    }
    let outTypes = bodies.map { $0.jaxpr.outAvals }
    for (k, t) in outTypes.enumerated().dropFirst() {
        if t.count != outTypes[0].count {
            throw TensorError("cond branches must have equal output types but they differ: \(names[0]) returns \(outTypes[0].count) values and \(names[k]) \(t.count).")
        }
        for (a, b) in zip(outTypes[0], t) where a.shape != b.shape || a.dtype != b.dtype {
            let what = a.shape != b.shape && a.dtype != b.dtype ? "the dtypes do not match, and the shapes do not match" : (a.shape != b.shape ? "the shapes do not match" : "the dtypes do not match")
            let (first, other) = names.count == 2 ? ("true_fun", "false_fun") : (names[0], names[k])
            let (fa, fb) = names.count == 2 ? (b, a) : (a, b)
            throw TensorError("cond branches must have equal output types but they differ.\n\nThe output of \(first) has type \(fa.longDescription) but the corresponding output of \(other) has type \(fb.longDescription), so \(what).\n\nRevise \(first) and/or \(other) so that all output types match.")
        }
    }
    // Every branch takes the union of all captured constants, then the operands.
    var consts: [Tensor] = []
    var branchJaxprs: [Jaxpr] = []
    let allConsts = bodies.flatMap(\.consts)
    var offset = 0
    for body in bodies {
        let before = offset, after = allConsts.count - offset - body.consts.count
        offset += body.consts.count
        branchJaxprs.append(padInputs(body.jaxpr, leading: allConsts[..<before].map(\.aval), skip: body.consts.count,
                                      trailingConsts: allConsts[(allConsts.count - after)...].map(\.aval)))
    }
    consts = allConsts
    let outs = try bind(Cond(branches: branchJaxprs), [index] + consts + leaves)
    return try template!.replacingLeaves(outs)
}

/// A jaxpr taking extra unused inputs around its constants, so all branches share one signature.
private func padInputs(_ j: Jaxpr, leading: [ShapedArray], skip: Int, trailingConsts: [ShapedArray]) -> Jaxpr {
    var serial = (j.invars.map(\.serial).max() ?? 0) + j.equations.flatMap { $0.outputs.map(\.serial) }.reduce(0, Swift.max) + 1
    func fresh(_ a: ShapedArray) -> Var { serial += 1; return Var(aval: a, serial: serial) }
    let lead = leading.map(fresh), trail = trailingConsts.map(fresh)
    let own = Array(j.invars[..<skip]), ops = Array(j.invars[skip...])
    return Jaxpr(constvars: [], consts: [], invars: lead + own + trail + ops, equations: j.equations, outvars: j.outvars)
}

/// `cond[branches=(…)]`: operand 0 is the (clamped) int32 branch index, the
/// rest are passed to the chosen branch.
///
/// Built by ``cond(_:initial:then:else:)``; binding it directly takes one
/// jaxpr per branch, all with the same signature:
///
/// ```swift
/// let j = try makeJaxpr { (x: Tensor) in try sin(x) }(x)
/// let y = try bind1(Cond(branches: [j, j]), [Tensor(Int32(0)), x])
/// ```
public struct Cond: Primitive {
    let branchRefs: [JaxprRef]
    /// The branch jaxprs, indexed by the int32 branch index.
    ///
    /// ```swift
    /// Cond(branches: [j, j]).branches.count   // 2
    /// ```
    public var branches: [Jaxpr] { branchRefs.map(\.jaxpr) }

    /// Creates a `cond` over `branches` (each takes the same inputs and
    /// returns the same output types).
    ///
    /// ```swift
    /// let c = Cond(branches: [elseJaxpr, thenJaxpr])
    /// ```
    public init(branches: [Jaxpr]) { branchRefs = branches.map { JaxprRef(jaxpr: $0) } }

    public var name: String { "cond" }
    public var subJaxprs: [(name: String, jaxpr: Jaxpr)] { branches.map { ("branches", $0) } }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let i = inputs.first, i.ndim == 0, i.dtype == .int32 else {
            throw TensorError("cond index must be an int32 scalar")
        }
        return branches[0].outAvals
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let i = Swift.min(Swift.max(inputs[0].scalarAsInt(), 0), branches.count - 1)
        return try branchRefs[i].plan.run(Array(inputs.dropFirst()))
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let ops = Array(inputs.dropFirst()), opDims = Array(dims.dropFirst())
        let inB = opDims.map { $0 != nil }
        let nOut = branches[0].outvars.count
        if dims[0] == nil {
            // Same branch for every example: batch each branch alike.
            var outB = Array(repeating: false, count: nOut)
            for b in branches { outB = zip(outB, try batchJaxpr(b, axis: axis, inBatched: inB, forceOut: outB).outBatched).map { $0 || $1 } }
            let batched = try branches.map { try batchJaxpr($0, axis: axis, inBatched: inB, forceOut: outB).0 }
            let args = try alignBatch(ops, opDims, force: inB, to: 0, size: axis.size)
            let allConsts = batched.flatMap(\.consts)
            var offset = 0
            let jaxprs = batched.map { body -> Jaxpr in
                let before = offset, after = allConsts.count - offset - body.consts.count
                offset += body.consts.count
                return padInputs(body.jaxpr, leading: allConsts[..<before].map(\.aval), skip: body.consts.count,
                                 trailingConsts: allConsts[(allConsts.count - after)...].map(\.aval))
            }
            let outs = try bind(Cond(branches: jaxprs), [inputs[0]] + allConsts + args)
            return (outs, outB.map { $0 ? 0 : nil })
        }
        // Batched index: run every branch on the batch, then select per example.
        let args = try alignBatch(ops, opDims, force: inB, to: 0, size: axis.size)
        let index = try Batching.moveAxis(inputs[0], from: dims[0]!, to: 0)
        var results: [[Tensor]] = []
        for b in branches {
            let (body, _) = try batchJaxpr(b, axis: axis, inBatched: inB, forceOut: Array(repeating: true, count: nOut))
            results.append(try evalJaxpr(body.jaxpr, body.consts + args))
        }
        let outs = try (0..<nOut).map { k -> Tensor in
            let cases = results.map { $0[k] }
            let which = try index.broadcastInDim(shape: cases[0].shape, broadcastDimensions: [0])
            return try bind1(SelectN(), [cases.count == 2 ? which .!= 0 : which] + cases)
        }
        return (outs, outs.map { _ in 0 })
    }
}

/// `clamp`: min(max(x, lo), hi) elementwise (operands lo, x, hi; lo and hi may be 0-d).
///
/// ```swift
/// try bind1(Clamp(), [Tensor(Float(0)), Tensor([-1.0, 0.5, 2.0]), Tensor(Float(1))])   // [0, 0.5, 1]
/// ```
public struct Clamp: Primitive {
    /// Creates the `clamp` primitive (it has no parameters).
    ///
    /// ```swift
    /// let c = Clamp()
    /// ```
    public init() {}
    public var name: String { "clamp" }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 3)
        let (lo, x, hi) = (inputs[0], inputs[1], inputs[2])
        guard lo.dtype == x.dtype, hi.dtype == x.dtype else {
            throw TensorError("clamp requires min, operand and max to have the same dtype, got \(lo.dtype.name), \(x.dtype.name), \(hi.dtype.name).")
        }
        for b in [lo, hi] where b.ndim != 0 && b.shape != x.shape {
            throw TensorError("clamp requires min and max to be scalars or have the operand's shape, got \(Shape.describe(b.shape)) for operand \(Shape.describe(x.shape)).")
        }
        return [ShapedArray(shape: x.shape, dtype: x.dtype, weakType: x.weakType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let lo = try Local.evaluate(Max(), [inputs[1], inputs[0]])[0]
        return try Local.evaluate(Min(), [lo, inputs[2]]).map { Tensor(aval: outputs[0], storage: $0.storage) }
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let full = try Batching.allAtFront(inputs, dims, size: axis.size).map { x -> Tensor in
            let target = [axis.size] + Batching.unbatchedShape(inputs[1].shape, dims[1])
            return x.shape == target ? x : try x.broadcastInDim(shape: target, broadcastDimensions: Array(0..<x.ndim))
        }
        return ([try bind1(self, full)], [0])
    }
}
