/// A scan body planned once for the whole loop: every value of the body
/// gets one buffer before the first iteration, and each iteration runs the
/// body's kernels straight on those buffers.
///
/// Three kinds of step:
/// - elementwise primitives over one shape (or 0-d operands) run their
///   block kernel on the buffers;
/// - primitives whose planned kernel writes into a buffer (a `dot_general`
///   whose operands need no copy) run on the buffers too;
/// - anything else is evaluated on tensors that view the buffers, and its
///   results become the values' buffers; inside the loop those come from the
///   ``BufferPool``, so they are reused, not allocated, once the loop is warm.
///
/// `x[i]` is read in place when only buffer kernels read it; results go to
/// their row of `ys`. A new carry is computed straight into the carry's
/// buffer when nothing reads the old value afterwards; other carries are
/// copied through a staging buffer at the end of the iteration (a new carry
/// may be an old one). Elementwise float bodies go further, as a register
/// program (``RegisterScanProgram``).
struct PlannedScan {
    enum Kind { case elementwise, into, general }
    /// One step: what runs, and the slots it reads and writes. A class
    /// holding each kind's fields directly, so the loop reads it with one
    /// retain and no enum payload copies.
    final class Step {
        let kind: Kind
        let elementwise: (any FusibleElementwise)?
        let into: (any WritesInto)?
        let primitive: any Primitive
        let scalar: [Bool], dtypes: [DType], count: Int
        let outAvals: [ShapedArray]
        let inputs: [Int]
        let outputs: [Int]
        init(kind: Kind, elementwise: (any FusibleElementwise)? = nil, into: (any WritesInto)? = nil, primitive: any Primitive,
             scalar: [Bool] = [], dtypes: [DType] = [], count: Int = 0, outAvals: [ShapedArray], inputs: [Int], outputs: [Int]) {
            self.kind = kind
            self.elementwise = elementwise
            self.into = into
            self.primitive = primitive
            self.scalar = scalar
            self.dtypes = dtypes
            self.count = count
            self.outAvals = outAvals
            self.inputs = inputs
            self.outputs = outputs
        }
        /// The same step reading and writing other slots.
        func renamed(_ map: [Int: Int]) -> Step {
            Step(kind: kind, elementwise: elementwise, into: into, primitive: primitive, scalar: scalar, dtypes: dtypes, count: count,
                 outAvals: outAvals, inputs: inputs.map { map[$0] ?? $0 }, outputs: outputs.map { map[$0] ?? $0 })
        }
    }
    let steps: [Step]
    /// The value held by each slot.
    let slotAvals: [ShapedArray]
    let constSlots: [Int], carrySlots: [Int], xSlots: [Int]
    /// Whether each x is read in place (no general step needs it as a tensor).
    let xInPlace: [Bool]
    /// Whether a slot needs a buffer of its own for the run (not a constant,
    /// a literal, an x read in place or a general step's result).
    let ownBuffer: [Bool]
    /// Where each result of the body comes from (after in-place carries).
    let outSlots: [Int]
    /// Carries whose new value is computed in their own buffer (no copy).
    let inPlace: [Bool]
    let literals: [(slot: Int, value: Tensor)]
    /// The register program, for elementwise float bodies.
    let registers: RegisterScanProgram?
    /// The register program for other bodies of scalars (an int counter beside float state).
    let scalars: ScalarLoopProgram?

    /// Plans `body` (consts, carry, x) -> (carry, y); `registerProgram: false`
    /// keeps elementwise bodies on the buffers (tests compare the two).
    static func plan(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int, registerProgram: Bool = true) -> PlannedScan {
        var slot: [ObjectIdentifier: Int] = [:]
        var avals: [ShapedArray] = []
        var literals: [(Int, Tensor)] = []
        func slotOf(_ a: Atom) -> Int {
            switch a {
            case .variable(let v):
                if let s = slot[ObjectIdentifier(v)] { return s }
                avals.append(v.aval)
                slot[ObjectIdentifier(v)] = avals.count - 1
                return avals.count - 1
            case .literal(let t):
                avals.append(t.aval)
                literals.append((avals.count - 1, t))
                return avals.count - 1
            }
        }
        let ins = body.invars.map { slotOf(.variable($0)) }
        var steps = ExecutionPlan.deadCodeEliminated(body).map { e -> Step in
            let inputs = e.inputs.map(slotOf), outputs = e.outputs.map { slotOf(.variable($0)) }
            let outAvals = e.outputs.map(\.aval)
            if let p = e.primitive as? any FusibleElementwise, e.outputs.count == 1,
               case let out = outAvals[0], e.inputs.allSatisfy({ $0.aval.shape == out.shape || $0.aval.ndim == 0 }) {
                return Step(kind: .elementwise, elementwise: p, primitive: p, scalar: e.inputs.map { $0.aval.ndim == 0 && out.ndim > 0 },
                            dtypes: e.inputs.map(\.aval.dtype), count: out.size, outAvals: outAvals, inputs: inputs, outputs: outputs)
            }
            if let p = e.primitive as? any PlansKernel, e.outputs.count == 1,
               let k = p.kernel(for: e.inputs.map(\.aval), outputs: outAvals) as? any WritesInto, k.writesInto {
                return Step(kind: .into, into: k, primitive: p, outAvals: outAvals, inputs: inputs, outputs: outputs)
            }
            return Step(kind: .general, primitive: e.primitive, outAvals: outAvals, inputs: inputs, outputs: outputs)
        }
        var outs = body.outvars.map(slotOf)   // (a literal result gets a slot too)
        let registers = registerProgram ? RegisterScanProgram.compile(body, numConsts: nc, numCarry: ncar) : nil
        let carrySlots = Array(ins[nc..<(nc + ncar)])
        // In-place carries (CarryPlacement), where the step writing the new
        // value runs on buffers, a dot does not read the carry it writes, and
        // no general step reads the carry at all (its result could be a view
        // of the buffer).
        var inPlace = [Bool](repeating: false, count: ncar)
        let generalReads = Set(steps.filter { $0.kind == .general }.flatMap(\.inputs))
        let renames = CarryPlacement.inPlace(steps.map { .init(writes: $0.outputs, reads: $0.inputs) }, carries: carrySlots,
                                             outs: &outs, numCarry: ncar) { j, c in
            steps[j].kind != .general && !(steps[j].kind == .into && steps[j].inputs.contains(c)) && !generalReads.contains(c)
        }
        for r in renames {
            for m in r.from..<steps.count { steps[m] = steps[m].renamed([r.value: carrySlots[r.carry]]) }
            inPlace[r.carry] = true
        }
        // x[i] is read in place unless a general step needs it as a tensor.
        let xSlots = Array(ins[(nc + ncar)...])
        let xInPlace = xSlots.map { !generalReads.contains($0) }
        // Constants, literals, x rows read in place and general results bring their own buffers.
        var ownBuffer = [Bool](repeating: true, count: avals.count)
        for s in Array(ins[..<nc]) + literals.map(\.0) { ownBuffer[s] = false }
        for (k, s) in xSlots.enumerated() where xInPlace[k] { ownBuffer[s] = false }
        for st in steps where st.kind == .general { for o in st.outputs { ownBuffer[o] = false } }
        return PlannedScan(steps: steps, slotAvals: avals, constSlots: Array(ins[..<nc]),
                           carrySlots: carrySlots, xSlots: xSlots, xInPlace: xInPlace, ownBuffer: ownBuffer,
                           outSlots: outs, inPlace: inPlace, literals: literals,
                           registers: registers, scalars: registers == nil && registerProgram
                               ? ScalarLoopProgram.compileScan(body, numConsts: nc, numCarry: ncar) : nil)
    }

    /// Whether every step runs on the planned buffers (no tensor is made per iteration).
    var runsOnBuffersOnly: Bool { !steps.contains { $0.kind == .general } }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        if let registers {
            return try registers.run(inputs, length: length, reverse: reverse, numConsts: nc, numCarry: ncar, outputs: outputs)
        }
        if let scalars {
            return try scalars.runScan(inputs, length: length, reverse: reverse, outputs: outputs)
        }
        return try BufferPool.withRecycling { pool in
            var loop = try Loop(self, inputs, length: length, numConsts: nc, numCarry: ncar, outputs: outputs)
            let recycle = !runsOnBuffersOnly
            for step in 0..<length {
                try loop.iterate(self, reverse ? length - 1 - step : step)
                if recycle { pool.reclaim() }
            }
            return try loop.results(self, outputs)
        }
    }

    /// The buffers and operand tables of one run (of a scan, or of a while
    /// loop's cond and body). Its methods take `self` as `inout`, so the
    /// loop's accesses need no runtime exclusivity checks.
    struct Loop {
        let inputs: [Tensor]
        /// The tensor in each slot (planned buffers, constants, literals, general results).
        var values: [Tensor]
        /// Where each slot's data is now.
        var pointers: [UnsafeMutableRawPointer]
        /// Operand pointers of each step, filled in place.
        var operands: [[UnsafeMutableRawPointer]]
        let ys: [Tensor]
        let xBase: [UnsafeMutableRawPointer], xRow: [Int]
        let yRow: [Int], carryBytes: [Int]
        let staging: Storage
        let numCarry: Int

        init(_ plan: PlannedScan, _ inputs: [Tensor], length: Int, numConsts nc: Int, numCarry ncar: Int, outputs: [ShapedArray]) throws {
            self.inputs = inputs
            numCarry = ncar
            // One buffer per value, for the whole loop; constants are read where
            // they are, and slots filled later start with an empty placeholder.
            values = try zip(plan.slotAvals, plan.ownBuffer).map { aval, own in
                own ? try Tensor.uninitialized(aval) : Tensor(aval: aval, storage: .empty)
            }
            for (s, t) in plan.literals { values[s] = t }
            for (k, s) in plan.constSlots.enumerated() { values[s] = inputs[k] }
            for (k, s) in plan.carrySlots.enumerated() {
                let dst = values[s].storage.pointer
                try inputs[nc + k].withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            }
            pointers = values.map { $0.storage.pointer }
            let xs = Array(inputs[(nc + ncar)...])
            ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
            xBase = try xs.map { x in try x.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) } }
            xRow = xs.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            yRow = ys.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            carryBytes = plan.carrySlots.map { plan.slotAvals[$0].size * plan.slotAvals[$0].dtype.itemSize }
            staging = try Storage.allocate(byteCount: Swift.max(carryBytes.reduce(0, +), 8))
            let filler = staging.pointer
            operands = plan.steps.map { [UnsafeMutableRawPointer](repeating: filler, count: $0.inputs.count) }
        }

        /// Runs iteration `i` (the row of xs and ys).
        mutating func iterate(_ plan: PlannedScan, _ i: Int) throws {
            for (k, s) in plan.xSlots.enumerated() {
                if plan.xInPlace[k] { pointers[s] = xBase[k] + i * xRow[k] } else { pointers[s].copyMemory(from: xBase[k] + i * xRow[k], byteCount: xRow[k]) }
            }
            for (j, st) in plan.steps.enumerated() {
                switch st.kind {
                case .elementwise:
                    for (k, s) in st.inputs.enumerated() { operands[j][k] = pointers[s] }
                    st.elementwise!.runBlock(operands[j], scalar: st.scalar, dtypes: st.dtypes, out: pointers[st.outputs[0]], count: st.count)
                case .into:
                    for (k, s) in st.inputs.enumerated() { operands[j][k] = pointers[s] }
                    st.into!.run(operands[j], into: pointers[st.outputs[0]])
                case .general:
                    let results = try st.primitive.evaluate(st.inputs.map { values[$0] }, outputs: st.outAvals)
                    for (s, t) in zip(st.outputs, results) {
                        values[s] = t
                        pointers[s] = try t.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) }
                    }
                }
            }
            for (k, y) in ys.enumerated() {
                (y.storage.pointer + i * yRow[k]).copyMemory(from: pointers[plan.outSlots[numCarry + k]], byteCount: yRow[k])
            }
            // The carries not computed in place, through staging (a new carry may be an old one).
            var o = 0
            for k in 0..<numCarry where !plan.inPlace[k] && plan.outSlots[k] != plan.carrySlots[k] {
                (staging.pointer + o).copyMemory(from: pointers[plan.outSlots[k]], byteCount: carryBytes[k])
                o += carryBytes[k]
            }
            o = 0
            for k in 0..<numCarry where !plan.inPlace[k] && plan.outSlots[k] != plan.carrySlots[k] {
                pointers[plan.carrySlots[k]].copyMemory(from: staging.pointer + o, byteCount: carryBytes[k])
                o += carryBytes[k]
            }
        }

        /// The final carries (with the declared avals) and the ys.
        func results(_ plan: PlannedScan, _ outputs: [ShapedArray]) throws -> [Tensor] {
            let finals = try (0..<numCarry).map { k -> Tensor in
                let t = try Tensor.uninitialized(outputs[k])
                t.storage.pointer.copyMemory(from: pointers[plan.carrySlots[k]], byteCount: carryBytes[k])
                return t
            }
            withExtendedLifetime((inputs, values, staging)) {}
            return finals + ys
        }
    }
}
