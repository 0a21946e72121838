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
    /// once so a call does no lookups. A class: the run loop reads each
    /// step with one retain, not one per field.
    private final class Compiled {
        enum Operand { case slot(Int), literal(Tensor) }
        enum Kernel { case primitive(any Primitive), planned(any PlannedKernel), fused(FusedLoop) }
        let kernel: Kernel
        let inputs: [Operand]
        let outputs: [Int]
        let outAvals: [ShapedArray]
        let releases: [Int]
        init(kernel: Kernel, inputs: [Operand], outputs: [Int], outAvals: [ShapedArray], releases: [Int]) {
            self.kernel = kernel
            self.inputs = inputs
            self.outputs = outputs
            self.outAvals = outAvals
            self.releases = releases
        }
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
            let kernel: Compiled.Kernel
            switch step {
            case .equation(let e):
                outs = e.outputs
                if let p = e.primitive as? any PlansKernel {
                    kernel = .planned(p.kernel(for: e.inputs.map(\.aval), outputs: e.outputs.map(\.aval)))
                } else {
                    kernel = .primitive(e.primitive)
                }
            case .fused(let f): outs = f.outputs; kernel = .fused(f)
            }
            return Compiled(kernel: kernel, inputs: step.inputs.map(operand), outputs: outs.map(slot), outAvals: outs.map(\.aval),
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
        for c in compiled {
            let ins = c.inputs.map(read)
            let outs: [Tensor]
            switch c.kernel {
            case .primitive(let p): outs = try p.evaluate(ins, outputs: c.outAvals)
            case .planned(let k): outs = try k.run(ins, outputs: c.outAvals)
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
/// Where every operand lives is resolved once, when the plan is built; a
/// call only walks pointers.
final class FusedLoop {
    let equations: [Equation]
    /// Operands from outside the loop (variables or literals).
    let inputs: [Atom]
    /// Values the loop materialises (read after it, or results).
    let outputs: [Var]
    let shape: [Int]

    /// Where an operand of a kernel call lives during a block.
    enum Source { case external(Int), output(Int), scratch(Int) }
    /// One kernel call per block (a class: read with one retain).
    final class Call {
        let primitive: any FusibleElementwise
        let sources: [Source]
        let scalar: [Bool]
        let dtypes: [DType]
        let destination: Source
        init(primitive: any FusibleElementwise, sources: [Source], scalar: [Bool], dtypes: [DType], destination: Source) {
            self.primitive = primitive
            self.sources = sources
            self.scalar = scalar
            self.dtypes = dtypes
            self.destination = destination
        }
    }
    let calls: [Call]
    /// Bytes per element of each intermediate that never leaves the loop.
    let scratchWidths: [Int]

    /// Elements per block: small enough that a chain's intermediates stay in L1/L2.
    static let blockSize = 2048

    init(equations: [Equation], inputs: [Atom], outputs: [Var], shape: [Int]) {
        self.equations = equations
        self.inputs = inputs
        self.outputs = outputs
        self.shape = shape
        var location: [ObjectIdentifier: Source] = [:]
        for (k, a) in inputs.enumerated() { if case .variable(let v) = a { location[ObjectIdentifier(v)] = .external(k) } }
        var widths: [Int] = []
        for e in equations {
            let v = e.outputs[0]
            if let k = outputs.firstIndex(where: { $0 === v }) {
                location[ObjectIdentifier(v)] = .output(k)
            } else {
                location[ObjectIdentifier(v)] = .scratch(widths.count)
                widths.append(v.aval.dtype.itemSize)
            }
        }
        // Literals are external operands, in the order the equations read them.
        var literalPositions = inputs.enumerated().compactMap { if case .literal = $0.element { return $0.offset } else { return nil } }[...]
        calls = equations.map { e in
            let sources = e.inputs.map { a -> Source in
                switch a {
                case .variable(let v): return location[ObjectIdentifier(v)]!
                case .literal: return .external(literalPositions.popFirst()!)
                }
            }
            return Call(primitive: e.primitive as! any FusibleElementwise, sources: sources, scalar: e.inputs.map { $0.aval.ndim == 0 },
                        dtypes: e.inputs.map(\.aval.dtype), destination: location[ObjectIdentifier(e.outputs[0])]!)
        }
        scratchWidths = widths
    }

    func run(_ values: [Tensor]) throws -> [Tensor] {
        let n = Shape.count(shape)
        let outTensors = try outputs.map { try Tensor.uninitialized($0.aval) }
        let externalPtrs = values.map { $0.storage.pointer }
        let externalWidths = values.map { $0.dtype.itemSize }
        let externalScalar = values.map { $0.ndim == 0 }
        let outPtrs = outTensors.map { $0.storage.pointer }
        let outWidths = outTensors.map { $0.dtype.itemSize }
        let calls = self.calls, widths = scratchWidths
        // Each intermediate gets a block's worth of scratch (8 bytes an element covers every dtype).
        let blockElements = Swift.min(n, FusedLoop.blockSize)
        let stride = (blockElements * 8 + 63) / 64 * 64
        /// Runs blocks `range` with the scratch buffers at `scratch`.
        func blocks(_ range: Range<Int>, scratch: UnsafeMutableRawPointer) {
            let scratchPtrs = widths.indices.map { scratch + $0 * stride }
            // Operand arrays reused for every block (no allocation per block).
            var operands = calls.map { [UnsafeMutableRawPointer](repeating: scratch, count: $0.sources.count) }
            for b in range {
                let start = b * FusedLoop.blockSize
                let count = Swift.min(FusedLoop.blockSize, n - start)
                func pointer(_ s: Source) -> UnsafeMutableRawPointer {
                    switch s {
                    case .external(let k): return externalScalar[k] ? externalPtrs[k] : externalPtrs[k] + start * externalWidths[k]
                    case .output(let k): return outPtrs[k] + start * outWidths[k]
                    case .scratch(let k): return scratchPtrs[k]
                    }
                }
                for (j, call) in calls.enumerated() {
                    for (i, src) in call.sources.enumerated() { operands[j][i] = pointer(src) }
                    call.primitive.runBlock(operands[j], scalar: call.scalar, dtypes: call.dtypes, out: pointer(call.destination), count: count)
                }
            }
        }
        let blockCount = (n + FusedLoop.blockSize - 1) / FusedLoop.blockSize
        let scratchBytes = Swift.max(widths.count, 1) * Swift.max(stride, 64)
        if blockCount <= 1 {
            // One block (small arrays, loop bodies): inline, scratch on the stack.
            withUnsafeTemporaryAllocation(byteCount: scratchBytes, alignment: 64) { blocks(0..<blockCount, scratch: $0.baseAddress!) }
            return outTensors
        }
        withoutActuallyEscaping(blocks) { blocks in
            let box = UncheckedBox(blocks)
            ThreadPool.parallelFor(blockCount, costPerElement: FusedLoop.blockSize * equations.count) { range in
                let scratch = UnsafeMutableRawPointer.allocate(byteCount: scratchBytes, alignment: 64)
                defer { scratch.deallocate() }
                box.value(range, scratch)
            }
        }
        return outTensors
    }
}

/// `evaluate` for a primitive known only as `any Primitive`.
func evaluateAny(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
    try evaluate(primitive, inputs)
}
