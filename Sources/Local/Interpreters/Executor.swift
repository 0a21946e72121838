/// How `jit` runs a jaxpr: dead code removed, buffers released as soon as
/// their last reader has run, and chains of elementwise equations fused
/// into one loop that walks memory block by block (intermediates stay in
/// cache, never materialised).
///
/// `steps` and `description` make the plan observable (tests check fusion).
public final class ExecutionPlan: @unchecked Sendable, CustomStringConvertible {
    enum Step {
        case equation(Equation)
        case fused(FusedLoop)
    }

    let jaxpr: Jaxpr
    let steps: [Step]
    /// For each step, the variables whose last reader it is.
    let releases: [[Var]]

    init(_ jaxpr: Jaxpr) {
        self.jaxpr = jaxpr
        let live = ExecutionPlan.transposedDotsRewritten(ExecutionPlan.deadCodeEliminated(jaxpr), outputs: jaxpr.outvars)
        let steps = ExecutionPlan.fuse(live, outputs: jaxpr.outvars)
        self.steps = steps
        // Liveness: the last step reading each variable releases it.
        var lastUse: [ObjectIdentifier: Int] = [:]
        for (i, s) in steps.enumerated() {
            for case .variable(let v) in s.inputs { lastUse[ObjectIdentifier(v)] = i }
        }
        for case .variable(let v) in jaxpr.outvars { lastUse[ObjectIdentifier(v)] = Int.max }
        var rel = [[Var]](repeating: [], count: steps.count)
        for (i, s) in steps.enumerated() {
            for case .variable(let v) in s.inputs where lastUse[ObjectIdentifier(v)] == i {
                if !rel[i].contains(where: { $0 === v }) { rel[i].append(v) }
            }
        }
        releases = rel
        compile()
    }

    /// Number of fused loops and the equations they cover, e.g. for tests.
    public var fusedLoopSizes: [Int] {
        steps.compactMap { if case .fused(let f) = $0 { return f.equations.count } else { return nil } }
    }

    /// Number of kernels launched per call (fused loops count once).
    public var kernelCount: Int { steps.count }

    public var description: String {
        steps.map { s -> String in
            switch s {
            case .equation(let e): return e.primitive.name
            case .fused(let f): return "fused[" + f.equations.map(\.primitive.name).joined(separator: ",") + "]"
            }
        }.joined(separator: "; ")
    }

    /// Where each step reads its operands and writes its results, resolved
    /// once so a call does no lookups.
    private struct Compiled {
        enum Operand { case slot(Int), literal(Tensor) }
        var inputs: [Operand]
        var outputs: [Int]
        var outAvals: [ShapedArray]
        var releases: [Int]
    }
    private var compiled: [Compiled] = []
    private var constSlots: [Int] = []
    private var inSlots: [Int] = []
    private var outOperands: [Compiled.Operand] = []
    private var slotCount = 0

    private func compile() {
        var index: [ObjectIdentifier: Int] = [:]
        func slot(_ v: Var) -> Int {
            if let i = index[ObjectIdentifier(v)] { return i }
            let i = index.count
            index[ObjectIdentifier(v)] = i
            return i
        }
        func operand(_ a: Atom) -> Compiled.Operand {
            switch a {
            case .literal(let t): return .literal(t)
            case .variable(let v): return .slot(slot(v))
            }
        }
        constSlots = jaxpr.constvars.map(slot)
        inSlots = jaxpr.invars.map(slot)
        compiled = zip(steps, releases).map { step, rel in
            let outs: [Var]
            switch step {
            case .equation(let e): outs = e.outputs
            case .fused(let f): outs = f.outputs
            }
            return Compiled(inputs: step.inputs.map(operand), outputs: outs.map(slot), outAvals: outs.map(\.aval),
                            releases: rel.map(slot))
        }
        outOperands = jaxpr.outvars.map(operand)
        slotCount = index.count
    }

    /// Runs the plan on concrete arguments.
    func run(_ args: [Tensor]) throws -> [Tensor] {
        var slots = ContiguousArray<Tensor?>(repeating: nil, count: slotCount)
        for (i, c) in zip(constSlots, jaxpr.consts) { slots[i] = c }
        for (i, a) in zip(inSlots, args) { slots[i] = a }
        @inline(__always) func read(_ o: Compiled.Operand) -> Tensor {
            switch o {
            case .slot(let i): return slots[i]!
            case .literal(let t): return t
            }
        }
        for (k, step) in steps.enumerated() {
            let c = compiled[k]
            let ins = c.inputs.map(read)
            let outs: [Tensor]
            switch step {
            case .equation(let e): outs = try e.primitive.evaluate(ins, outputs: c.outAvals)
            case .fused(let f): outs = try f.run(ins)
            }
            for (i, o) in zip(c.outputs, outs) { slots[i] = o }
            for i in c.releases { slots[i] = nil }
        }
        return outOperands.map(read)
    }

    /// `transpose[(1, 0)]` of a matrix product read only by that transpose
    /// becomes the product with its operands swapped (Cᵀ = Bᵀ·Aᵀ): one GEMM
    /// writing the transposed layout, no strided copy. vmap produces this
    /// pattern for `W @ x` with x mapped.
    static func transposedDotsRewritten(_ eqns: [Equation], outputs: [Atom]) -> [Equation] {
        var uses: [ObjectIdentifier: Int] = [:]
        for e in eqns { for case .variable(let v) in e.inputs { uses[ObjectIdentifier(v), default: 0] += 1 } }
        for case .variable(let v) in outputs { uses[ObjectIdentifier(v), default: 0] += 1 }
        var producer: [ObjectIdentifier: Int] = [:]
        for (i, e) in eqns.enumerated() { for v in e.outputs { producer[ObjectIdentifier(v)] = i } }
        var result = eqns
        var dropped = Set<Int>()
        for (i, e) in eqns.enumerated() {
            guard let t = e.primitive as? Transpose, t.permutation == [1, 0], case .variable(let d) = e.inputs[0],
                  uses[ObjectIdentifier(d)] == 1, let j = producer[ObjectIdentifier(d)],
                  let dot = eqns[j].primitive as? DotGeneral, dot.batch.0.isEmpty,
                  eqns[j].inputs[0].aval.ndim - dot.contracting.0.count == 1,
                  eqns[j].inputs[1].aval.ndim - dot.contracting.1.count == 1 else { continue }
            let swapped = DotGeneral(contracting: (dot.contracting.1, dot.contracting.0), preferredElementType: dot.preferredElementType)
            result[j] = Equation(primitive: swapped, inputs: [eqns[j].inputs[1], eqns[j].inputs[0]], outputs: e.outputs)
            dropped.insert(i)
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    static func deadCodeEliminated(_ jaxpr: Jaxpr) -> [Equation] {
        var needed = Set<ObjectIdentifier>()
        for case .variable(let v) in jaxpr.outvars { needed.insert(ObjectIdentifier(v)) }
        var kept: [Equation] = []
        for e in jaxpr.equations.reversed() {
            let live = e.primitive.hasSideEffects || e.outputs.contains { needed.contains(ObjectIdentifier($0)) }
            guard live else { continue }
            kept.append(e)
            for case .variable(let v) in e.inputs { needed.insert(ObjectIdentifier(v)) }
        }
        return kept.reversed()
    }

    /// Groups consecutive fusible equations producing the same shape.
    static func fuse(_ eqns: [Equation], outputs: [Atom]) -> [Step] {
        // Readers of each variable, by equation index, to find values escaping a group.
        var readers: [ObjectIdentifier: [Int]] = [:]
        for (i, e) in eqns.enumerated() {
            for case .variable(let v) in e.inputs { readers[ObjectIdentifier(v), default: []].append(i) }
        }
        var jaxprOutputs = Set<ObjectIdentifier>()
        for case .variable(let v) in outputs { jaxprOutputs.insert(ObjectIdentifier(v)) }

        var steps: [Step] = []
        var group: [Int] = []
        var groupShape: [Int] = []
        func flush() {
            defer { group = [] }
            guard group.count >= 2 else {
                for i in group { steps.append(.equation(eqns[i])) }
                return
            }
            let members = Set(group)
            let groupEqns = group.map { eqns[$0] }
            var produced = Set<ObjectIdentifier>()
            for e in groupEqns { for v in e.outputs { produced.insert(ObjectIdentifier(v)) } }
            var inputs: [Atom] = []
            var seen = Set<ObjectIdentifier>()
            for e in groupEqns {
                for a in e.inputs {
                    if case .variable(let v) = a {
                        let id = ObjectIdentifier(v)
                        if produced.contains(id) || seen.contains(id) { continue }
                        seen.insert(id)
                    }
                    inputs.append(a)
                }
            }
            var outs: [Var] = []
            for e in groupEqns {
                for v in e.outputs {
                    let id = ObjectIdentifier(v)
                    let escapes = jaxprOutputs.contains(id) || (readers[id] ?? []).contains { !members.contains($0) }
                    if escapes { outs.append(v) }
                }
            }
            steps.append(.fused(FusedLoop(equations: groupEqns, inputs: inputs, outputs: outs, shape: groupShape)))
        }
        for (i, e) in eqns.enumerated() {
            let shape = e.outputs.first?.aval.shape ?? []
            let fusible = e.primitive is any FusibleElementwise && e.outputs.count == 1
                && e.inputs.allSatisfy { $0.aval.shape == shape || $0.aval.ndim == 0 } && !shape.isEmpty
            if fusible && (group.isEmpty || shape == groupShape) {
                if group.isEmpty { groupShape = shape }
                group.append(i)
            } else {
                flush()
                if fusible {
                    groupShape = shape
                    group = [i]
                } else {
                    steps.append(.equation(e))
                }
            }
        }
        flush()
        return steps
    }
}

extension ExecutionPlan.Step {
    var inputs: [Atom] {
        switch self {
        case .equation(let e): return e.inputs
        case .fused(let f): return f.inputs
        }
    }
}

/// A chain of elementwise equations over one shape, run block by block.
struct FusedLoop {
    let equations: [Equation]
    /// Operands from outside the loop (variables or literals).
    let inputs: [Atom]
    /// Values the loop materialises (read after it, or results).
    let outputs: [Var]
    let shape: [Int]

    /// Elements per block: small enough that a chain's intermediates stay in L1/L2.
    static let blockSize = 2048

    func run(_ values: [Tensor]) throws -> [Tensor] {
        let n = Shape.count(shape)
        let outTensors = try outputs.map { try Tensor.uninitialized($0.aval) }
        // Where each operand of each equation lives.
        enum Source { case external(Int), output(Int), scratch(Int) }
        var location: [ObjectIdentifier: Source] = [:]
        for (k, a) in inputs.enumerated() { if case .variable(let v) = a { location[ObjectIdentifier(v)] = .external(k) } }
        var scratchAvals: [ShapedArray] = []
        for e in equations {
            let v = e.outputs[0]
            if let k = outputs.firstIndex(where: { $0 === v }) {
                location[ObjectIdentifier(v)] = .output(k)
            } else {
                location[ObjectIdentifier(v)] = .scratch(scratchAvals.count)
                scratchAvals.append(v.aval)
            }
        }
        // Resolve operand sources once.
        var literalCursor = 0
        let literalPositions = inputs.enumerated().compactMap { if case .literal = $0.element { return $0.offset } else { return nil } }
        var plan: [(p: any FusibleElementwise, srcs: [Source], scalar: [Bool], dtypes: [DType], dst: Source, width: Int)] = []
        for e in equations {
            var srcs: [Source] = [], scalar: [Bool] = [], dtypes: [DType] = []
            for a in e.inputs {
                switch a {
                case .variable(let v): srcs.append(location[ObjectIdentifier(v)]!)
                case .literal:
                    srcs.append(.external(literalPositions[literalCursor]))
                    literalCursor += 1
                }
                scalar.append(a.aval.ndim == 0)
                dtypes.append(a.aval.dtype)
            }
            let out = e.outputs[0]
            plan.append((e.primitive as! any FusibleElementwise, srcs, scalar, dtypes, location[ObjectIdentifier(out)]!, out.aval.dtype.itemSize))
        }
        let externalPtrs = values.map { $0.storage.pointer }
        let externalWidths = values.map { $0.dtype.itemSize }
        let externalScalar = values.map { $0.ndim == 0 }
        let outPtrs = outTensors.map { $0.storage.pointer }
        let outWidths = outTensors.map { $0.dtype.itemSize }
        let blocks = (n + FusedLoop.blockSize - 1) / FusedLoop.blockSize
        let box = UncheckedBox((plan, externalPtrs, outPtrs, scratchAvals))
        ThreadPool.parallelFor(blocks, costPerElement: FusedLoop.blockSize * equations.count) { range in
            let (plan, externalPtrs, outPtrs, scratchAvals) = box.value
            let scratch = scratchAvals.map { UnsafeMutableRawPointer.allocate(byteCount: FusedLoop.blockSize * $0.dtype.itemSize, alignment: 64) }
            defer { for s in scratch { s.deallocate() } }
            // Operand arrays reused for every block (no allocation per block).
            var operands = plan.map { [UnsafeMutableRawPointer](repeating: externalPtrs.first ?? scratch.first ?? UnsafeMutableRawPointer(bitPattern: 64)!, count: $0.srcs.count) }
            for b in range {
                let start = b * FusedLoop.blockSize
                let count = Swift.min(FusedLoop.blockSize, n - start)
                func pointer(_ s: Source) -> UnsafeMutableRawPointer {
                    switch s {
                    case .external(let k): return externalScalar[k] ? externalPtrs[k] : externalPtrs[k] + start * externalWidths[k]
                    case .output(let k): return outPtrs[k] + start * outWidths[k]
                    case .scratch(let k): return scratch[k]
                    }
                }
                for (j, step) in plan.enumerated() {
                    for (i, src) in step.srcs.enumerated() { operands[j][i] = pointer(src) }
                    step.p.runBlock(operands[j], scalar: step.scalar, dtypes: step.dtypes, out: pointer(step.dst), count: count)
                }
            }
        }
        return outTensors
    }
}

/// `evaluate` for a primitive known only as `any Primitive`.
func evaluateAny(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
    try evaluate(primitive, inputs)
}
