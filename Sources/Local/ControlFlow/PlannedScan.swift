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
/// their row of `ys`; the carry is copied through a staging buffer (a new
/// carry may be an old one). Scalar float bodies go further, as a register
/// program (``ScalarScanProgram``).
struct PlannedScan {
    enum Kernel {
        case elementwise(any FusibleElementwise, scalar: [Bool], dtypes: [DType], count: Int)
        case into(any WritesInto)
        case general(any Primitive, outputs: [ShapedArray])
    }
    /// One step: its kernel and the slots it reads and writes (a class: the
    /// loop reads it with one retain).
    final class Step {
        let kernel: Kernel
        let inputs: [Int]
        let outputs: [Int]
        init(kernel: Kernel, inputs: [Int], outputs: [Int]) {
            self.kernel = kernel
            self.inputs = inputs
            self.outputs = outputs
        }
        var isGeneral: Bool { if case .general = kernel { return true } else { return false } }
    }
    let steps: [Step]
    /// The value held by each slot.
    let slotAvals: [ShapedArray]
    let constSlots: [Int], carrySlots: [Int], xSlots: [Int]
    /// Where each result of the body comes from.
    let outSlots: [Int]
    let literals: [(slot: Int, value: Tensor)]
    /// The register program, when every value is one float.
    let scalar: ScalarScanProgram?

    /// Plans `body` (consts, carry, x) -> (carry, y).
    static func plan(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> PlannedScan {
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
        let live = ExecutionPlan.deadCodeEliminated(body)
        let steps = live.map { e -> Step in
            let inputs = e.inputs.map(slotOf), outputs = e.outputs.map { slotOf(.variable($0)) }
            if let p = e.primitive as? any FusibleElementwise, e.outputs.count == 1,
               case let out = e.outputs[0].aval, e.inputs.allSatisfy({ $0.aval.shape == out.shape || $0.aval.ndim == 0 }) {
                return Step(kernel: .elementwise(p, scalar: e.inputs.map { $0.aval.ndim == 0 && out.ndim > 0 },
                                                 dtypes: e.inputs.map(\.aval.dtype), count: out.size),
                            inputs: inputs, outputs: outputs)
            }
            if let p = e.primitive as? any PlansKernel, e.outputs.count == 1,
               let k = p.kernel(for: e.inputs.map(\.aval), outputs: e.outputs.map(\.aval)) as? any WritesInto, k.writesInto {
                return Step(kernel: .into(k), inputs: inputs, outputs: outputs)
            }
            return Step(kernel: .general(e.primitive, outputs: e.outputs.map(\.aval)), inputs: inputs, outputs: outputs)
        }
        let outs = body.outvars.map(slotOf)   // (a literal result gets a slot too)
        return PlannedScan(steps: steps, slotAvals: avals, constSlots: Array(ins[..<nc]),
                           carrySlots: Array(ins[nc..<(nc + ncar)]), xSlots: Array(ins[(nc + ncar)...]),
                           outSlots: outs, literals: literals,
                           scalar: ScalarScanProgram.compile(body, numConsts: nc, numCarry: ncar))
    }

    /// Whether every step runs on the planned buffers (no tensor is made per iteration).
    var runsOnBuffersOnly: Bool { !steps.contains(where: \.isGeneral) }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        if let scalar {
            return try scalar.run(inputs, length: length, reverse: reverse, numConsts: nc, numCarry: ncar, outputs: outputs)
        }
        return try BufferPool.withRecycling { pool in
            // One buffer per value, for the whole loop; constants are read where they are.
            var values = try slotAvals.map { try Tensor.uninitialized($0) }
            for (s, t) in literals { values[s] = t }
            for (k, s) in constSlots.enumerated() { values[s] = inputs[k] }
            for (k, s) in carrySlots.enumerated() {
                try inputs[nc + k].withUnsafeBytes { values[s].storage.pointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            }
            var pointers = try values.map { t in try t.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) } }
            let xs = Array(inputs[(nc + ncar)...])
            let ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
            let xBase = try xs.map { x in try x.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) } }
            let xRow = xs.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            let yRow = ys.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            // x[i] is read in place unless a general step needs it as a tensor.
            let tensorReads = Set(steps.filter(\.isGeneral).flatMap(\.inputs))
            let xInPlace = xSlots.map { !tensorReads.contains($0) }
            let carryBytes = carrySlots.map { slotAvals[$0].size * slotAvals[$0].dtype.itemSize }
            let staging = try Storage(byteCount: Swift.max(carryBytes.reduce(0, +), 8))
            // Operand pointer arrays, one per step, filled in place each iteration.
            var operands = steps.map { [UnsafeMutableRawPointer](repeating: staging.pointer, count: $0.inputs.count) }
            try withExtendedLifetime((inputs, staging)) {
                for step in 0..<length {
                    let i = reverse ? length - 1 - step : step
                    for (k, s) in xSlots.enumerated() {
                        if xInPlace[k] { pointers[s] = xBase[k] + i * xRow[k] } else { pointers[s].copyMemory(from: xBase[k] + i * xRow[k], byteCount: xRow[k]) }
                    }
                    for (j, st) in steps.enumerated() {
                        switch st.kernel {
                        case .elementwise(let p, let scalar, let dtypes, let count):
                            for (k, s) in st.inputs.enumerated() { operands[j][k] = pointers[s] }
                            p.runBlock(operands[j], scalar: scalar, dtypes: dtypes, out: pointers[st.outputs[0]], count: count)
                        case .into(let kernel):
                            for (k, s) in st.inputs.enumerated() { operands[j][k] = pointers[s] }
                            kernel.run(operands[j], into: pointers[st.outputs[0]])
                        case .general(let p, let outAvals):
                            let results = try p.evaluate(st.inputs.map { values[$0] }, outputs: outAvals)
                            for (s, t) in zip(st.outputs, results) {
                                values[s] = t
                                pointers[s] = try t.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) }
                            }
                        }
                    }
                    for (k, y) in ys.enumerated() {
                        (y.storage.pointer + i * yRow[k]).copyMemory(from: pointers[outSlots[ncar + k]], byteCount: yRow[k])
                    }
                    var o = 0
                    for k in 0..<ncar { (staging.pointer + o).copyMemory(from: pointers[outSlots[k]], byteCount: carryBytes[k]); o += carryBytes[k] }
                    o = 0
                    for (k, s) in carrySlots.enumerated() { pointers[s].copyMemory(from: staging.pointer + o, byteCount: carryBytes[k]); o += carryBytes[k] }
                    pool.reclaim()
                }
            }
            let finals = try (0..<ncar).map { k -> Tensor in
                let t = try Tensor.uninitialized(outputs[k])
                t.storage.pointer.copyMemory(from: pointers[carrySlots[k]], byteCount: carryBytes[k])
                return t
            }
            return finals + ys
        }
    }
}
