/// Repeats `body` while `cond` holds (JAX's `lax.while_loop`).
///
/// `whileLoop : (c -> Bool) -> (c -> c) -> c -> c`, equivalent to
/// ```swift
/// var c = initial
/// while try Bool(cond(c)) { c = try body(c) }
/// return c
/// ```
/// traced into a `while` primitive. Under `vmap` with a predicate that
/// differs per example, it runs until every lane is done and freezes the
/// lanes that finished.
///
/// ```swift
/// let x = try whileLoop(initial: Tensor(1.0), while: { c in try c .< 10 }, body: { c in try c * 2 })   // 16
/// ```
/// - Throws: `cond_fun must return a boolean scalar, …`; the carry-type
///   error when `body` changes the carry's shape or dtype.
public func whileLoop<C: TensorTree>(initial: C, while cond: (C) throws -> Tensor, body: (C) throws -> C) throws -> C {
    var initLeaves = initial.leaves
    var condBody: ClosedBody, loopBody: ClosedBody
    var attempts = 0
    while true {
        let avals = initLeaves.map(\.aval)
        condBody = try traceBody(avals, purpose: "whileLoop") { args in
            [try cond(initial.replacingLeaves(args))]
        }
        let predicate = condBody.jaxpr.outAvals
        guard predicate.count == 1, predicate[0].dtype == .bool, predicate[0].ndim == 0 else {
            throw TensorError("cond_fun must return a boolean scalar, but got output type(s) ["
                              + predicate.map { "ShapedArray(\($0.longDescription)\($0.weakType ? ", weak_type=True" : ""))" }.joined(separator: ", ") + "].")
        }
        loopBody = try traceBody(avals, purpose: "whileLoop") { args in
            try body(initial.replacingLeaves(args)).leaves
        }
        let outAvals = loopBody.jaxpr.outAvals
        var promoted = false
        for (i, (a, b)) in zip(avals, outAvals).enumerated() where a.weakType && a.shape == b.shape && a.dtype != b.dtype && attempts == 0 {
            initLeaves[i] = try initLeaves[i].astype(DType.promote((a.dtype, true), (b.dtype, b.weakType)).0)
            promoted = true
        }
        if promoted { attempts += 1; continue }
        try checkCarryTypes("while_loop body", avals, outAvals)
        break
    }
    let p = While(cond: condBody.jaxpr, body: loopBody.jaxpr, condNConsts: condBody.consts.count, bodyNConsts: loopBody.consts.count)
    let outs = try bind(p, condBody.consts + loopBody.consts + initLeaves)
    return try initial.replacingLeaves(outs)
}

/// `while[body_jaxpr=… body_nconsts=… cond_jaxpr=… cond_nconsts=…]`:
/// operands are the cond consts, the body consts and the initial carry.
///
/// ```swift
/// let c = try makeJaxpr { (x: Tensor) in try x .< 10 }(Tensor(Float(1)))
/// let b = try makeJaxpr { (x: Tensor) in try x * 2 }(Tensor(Float(1)))
/// try bind(While(cond: c, body: b, condNConsts: 0, bodyNConsts: 0), [Tensor(Float(1))])   // [16]
/// ```
public struct While: Primitive {
    let condRef: JaxprRef
    let bodyRef: JaxprRef
    /// The predicate: (cond consts, carry) -> bool scalar.
    ///
    /// ```swift
    /// w.cond.outAvals   // [bool[]]
    /// ```
    public var cond: Jaxpr { condRef.jaxpr }
    /// The step: (body consts, carry) -> carry.
    ///
    /// ```swift
    /// w.body.outAvals   // [f32[]], the carry's types
    /// ```
    public var body: Jaxpr { bodyRef.jaxpr }
    /// How many leading operands are the predicate's constants.
    ///
    /// ```swift
    /// While(cond: c, body: b, condNConsts: 0, bodyNConsts: 0).condNConsts   // 0
    /// ```
    public let condNConsts: Int
    /// How many operands after those are the body's constants.
    ///
    /// ```swift
    /// While(cond: c, body: b, condNConsts: 0, bodyNConsts: 0).bodyNConsts   // 0
    /// ```
    public let bodyNConsts: Int

    /// Creates `while` from traced `cond` and `body` jaxprs (see ``whileLoop(initial:while:body:)``, which builds it).
    ///
    /// ```swift
    /// let w = While(cond: c, body: b, condNConsts: 0, bodyNConsts: 0)
    /// ```
    public init(cond: Jaxpr, body: Jaxpr, condNConsts: Int, bodyNConsts: Int) {
        condRef = JaxprRef(jaxpr: cond)
        bodyRef = JaxprRef(jaxpr: body)
        self.condNConsts = condNConsts
        self.bodyNConsts = bodyNConsts
    }

    public var name: String { "while" }
    public var parameters: [(name: String, value: String)] {
        [("body_nconsts", String(bodyNConsts)), ("cond_nconsts", String(condNConsts))]
    }
    public var subJaxprs: [(name: String, jaxpr: Jaxpr)] { [("body_jaxpr", body), ("cond_jaxpr", cond)] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard inputs.count == condNConsts + bodyNConsts + body.outvars.count else {
            throw TensorError("while takes \(condNConsts + bodyNConsts + body.outvars.count) operands, got \(inputs.count)")
        }
        return Array(inputs[(condNConsts + bodyNConsts)...])
    }

    /// Runs a loop of scalars as a register program (``ScalarLoopProgram``);
    /// any other loop runs cond and body on buffers planned once (see ``PlannedScan``): the
    /// body's carry buffers are the cond's operands, a new carry is written
    /// in place or copied back, and only general steps draw (recycled)
    /// buffers per iteration.
    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let ncc = condNConsts, nbc = bodyNConsts, ncar = outputs.count
        if let program = bodyRef.scalarLoop(cond: cond, condConsts: ncc, bodyConsts: nbc) {
            return try program.run(inputs, outputs: outputs)
        }
        let condPlan = condRef.plannedScan(numConsts: ncc + ncar, numCarry: 0, registerProgram: false)
        let bodyPlan = bodyRef.plannedScan(numConsts: nbc, numCarry: ncar, registerProgram: false)
        return try BufferPool.withRecycling { pool in
            var body = try PlannedScan.Loop(bodyPlan, Array(inputs[ncc...]), length: 0, numConsts: nbc, numCarry: ncar, outputs: outputs)
            let carries = bodyPlan.carrySlots.map { body.values[$0] }
            var cond = try PlannedScan.Loop(condPlan, Array(inputs[..<ncc]) + carries, length: 0, numConsts: ncc + ncar,
                                            numCarry: 0, outputs: [])
            let predicate = condPlan.outSlots[0]
            let recycle = !bodyPlan.runsOnBuffersOnly || !condPlan.runsOnBuffersOnly
            while true {
                try cond.iterate(condPlan, 0)
                if cond.pointers[predicate].load(as: UInt8.self) == 0 { break }
                try body.iterate(bodyPlan, 0)
                if recycle { pool.reclaim() }
            }
            return try body.results(bodyPlan, outputs)
        }
    }

    /// Fixpoint on which carries are batched. A batched predicate makes the
    /// loop run while any lane is active, keeping finished lanes unchanged
    /// with a select (so every carry becomes batched).
    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let ncc = condNConsts, nbc = bodyNConsts
        let n = inputs.count - ncc - nbc
        let ccB = dims[..<ncc].map { $0 != nil }
        let bcB = dims[ncc..<(ncc + nbc)].map { $0 != nil }
        var carryB = dims[(ncc + nbc)...].map { $0 != nil }
        var predBatched = false
        while true {
            let (_, predB) = try batchJaxpr(cond, axis: axis, inBatched: ccB + carryB, forceOut: [false])
            predBatched = predB[0]
            if predBatched && carryB.contains(false) { carryB = Array(repeating: true, count: n); continue }
            let (_, outB) = try batchJaxpr(body, axis: axis, inBatched: bcB + carryB, forceOut: carryB)
            let next = zip(carryB, outB).map { $0 || $1 }
            if next == carryB { break }
            carryB = next
        }
        let cc = try alignBatch(Array(inputs[..<ncc]), Array(dims[..<ncc]), force: ccB, to: 0, size: axis.size)
        let bc = try alignBatch(Array(inputs[ncc..<(ncc + nbc)]), Array(dims[ncc..<(ncc + nbc)]), force: bcB, to: 0, size: axis.size)
        let carry = try alignBatch(Array(inputs[(ncc + nbc)...]), Array(dims[(ncc + nbc)...]), force: carryB, to: 0, size: axis.size)
        let (condB, _) = try batchJaxpr(cond, axis: axis, inBatched: ccB + carryB, forceOut: [false])
        let (bodyB, _) = try batchJaxpr(body, axis: axis, inBatched: bcB + carryB, forceOut: carryB)
        let outDims: [Int?] = carryB.map { $0 ? 0 : nil }
        if !predBatched {
            let p = While(cond: condB.jaxpr, body: bodyB.jaxpr, condNConsts: condB.consts.count + ncc, bodyNConsts: bodyB.consts.count + nbc)
            return (try bind(p, condB.consts + cc + bodyB.consts + bc + carry), outDims)
        }
        // Batched predicate: cond' = any(pred); body' = select(pred, body(c), c) per lane.
        let carryAvals = carry.map(\.aval)
        let condConsts = condB.consts + cc
        let anyCond = try traceBody(condConsts.map(\.aval) + carryAvals, purpose: "vmap of whileLoop") { args in
            let pred = try evalJaxpr(condB.jaxpr, args)[0]
            return [try Local.any(pred)]
        }
        let bodyConsts = condB.consts + cc + bodyB.consts + bc
        let ncond = condConsts.count
        let maskedBody = try traceBody(bodyConsts.map(\.aval) + carryAvals, purpose: "vmap of whileLoop") { args in
            let c = Array(args[bodyConsts.count...])
            let pred = try evalJaxpr(condB.jaxpr, Array(args[..<ncond]) + c)[0]
            let next = try evalJaxpr(bodyB.jaxpr, Array(args[ncond..<bodyConsts.count]) + c)
            return try zip(next, c).map { new, old in
                let p = try pred.broadcastInDim(shape: new.shape, broadcastDimensions: [0])
                return try bind1(SelectN(), [p, old, new])
            }
        }
        let p = While(cond: anyCond.jaxpr, body: maskedBody.jaxpr, condNConsts: anyCond.consts.count + condConsts.count,
                      bodyNConsts: maskedBody.consts.count + bodyConsts.count)
        let outs = try bind(p, anyCond.consts + condConsts + maskedBody.consts + bodyConsts + carry)
        return (outs, outDims)
    }
}
