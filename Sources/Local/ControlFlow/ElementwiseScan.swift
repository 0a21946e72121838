/// A scan whose body is made only of elementwise primitives (a carry
/// update like `c * 0.99 + x`, of any shape): every value of the body gets
/// one buffer, planned once, and each iteration runs the primitives' kernels
/// straight on those buffers — no allocation and no dispatch per iteration
/// beyond one kernel call per equation.
struct ElementwiseScan {
    /// One kernel call: operand buffers and result buffer by slot.
    struct Step {
        let primitive: any FusibleElementwise
        let inputs: [Int]
        let scalar: [Bool]
        let dtypes: [DType]
        let output: Int
        let count: Int
    }
    let steps: [Step]
    /// Slot of every body variable; slot sizes in bytes.
    let slotBytes: [Int]
    let constSlots: [Int], carrySlots: [Int], xSlots: [Int]
    /// Where each result of the body comes from (a slot), and literal values.
    let outSlots: [Int]
    let literals: [(slot: Int, value: Tensor)]

    /// Plans a body; nil unless every equation is elementwise over one shape
    /// (operands of that shape or 0-d).
    static func plan(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> ElementwiseScan? {
        var slot: [ObjectIdentifier: Int] = [:]
        var bytes: [Int] = []
        var literals: [(Int, Tensor)] = []
        func new(_ aval: ShapedArray) -> Int {
            bytes.append(Swift.max(aval.size * aval.dtype.itemSize, 8))
            return bytes.count - 1
        }
        func slotOf(_ a: Atom) -> Int {
            switch a {
            case .variable(let v):
                if let s = slot[ObjectIdentifier(v)] { return s }
                let s = new(v.aval)
                slot[ObjectIdentifier(v)] = s
                return s
            case .literal(let t):
                let s = new(t.aval)
                literals.append((s, t))
                return s
            }
        }
        let ins = body.invars.map { slotOf(.variable($0)) }
        var steps: [Step] = []
        for e in body.equations {
            guard let p = e.primitive as? any FusibleElementwise, e.outputs.count == 1 else { return nil }
            let out = e.outputs[0].aval
            guard e.inputs.allSatisfy({ $0.aval.shape == out.shape || $0.aval.ndim == 0 }) else { return nil }
            steps.append(Step(primitive: p, inputs: e.inputs.map(slotOf), scalar: e.inputs.map { $0.aval.ndim == 0 && out.ndim > 0 },
                              dtypes: e.inputs.map(\.aval.dtype), output: slotOf(.variable(e.outputs[0])), count: out.size))
        }
        let outs = body.outvars.map(slotOf)
        return ElementwiseScan(steps: steps, slotBytes: bytes, constSlots: Array(ins[..<nc]),
                               carrySlots: Array(ins[nc..<(nc + ncar)]), xSlots: Array(ins[(nc + ncar)...]),
                               outSlots: outs, literals: literals)
    }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        // All buffers in one 64-byte-aligned block.
        var offsets: [Int] = [], total = 0
        for b in slotBytes { offsets.append(total); total += (b + 63) / 64 * 64 }
        let arena = try Storage(byteCount: total)
        let base = arena.pointer
        func ptr(_ s: Int) -> UnsafeMutableRawPointer { base + offsets[s] }
        for (s, t) in literals { try t.withUnsafeBytes { ptr(s).copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        for (k, s) in constSlots.enumerated() { try inputs[k].withUnsafeBytes { ptr(s).copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        for (k, s) in carrySlots.enumerated() { try inputs[nc + k].withUnsafeBytes { ptr(s).copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        let xs = Array(inputs[(nc + ncar)...])
        let ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
        // Operand pointers, resolved once.
        let stepIns = steps.map { $0.inputs.map(ptr) }
        let stepOuts = steps.map { ptr($0.output) }
        let carryOut = outSlots.prefix(ncar).map(ptr), carryIn = carrySlots.map(ptr)
        let carryBytes = carrySlots.map { slotBytes[$0] }
        // Results can alias carries (a carry passed through): stage them first.
        let staging = try Storage(byteCount: Swift.max(carryBytes.reduce(0, +), 8))
        let yOut = outSlots.dropFirst(ncar).map(ptr)
        try withExtendedLifetime((inputs, arena, staging)) {
            let xPtrs = try xs.map { x in try x.withUnsafeBytes { UnsafeMutableRawPointer(mutating: $0.baseAddress!) } }
            let xRow = xs.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            let yRow = ys.map { $0.size / Swift.max($0.shape[0], 1) * $0.dtype.itemSize }
            let xDst = xSlots.map(ptr)
            for step in 0..<length {
                let i = reverse ? length - 1 - step : step
                for (k, d) in xDst.enumerated() { d.copyMemory(from: xPtrs[k] + i * xRow[k], byteCount: xRow[k]) }
                for (j, s) in steps.enumerated() {
                    s.primitive.runBlock(stepIns[j], scalar: s.scalar, dtypes: s.dtypes, out: stepOuts[j], count: s.count)
                }
                for (k, y) in ys.enumerated() { (y.storage.pointer + i * yRow[k]).copyMemory(from: yOut[k], byteCount: yRow[k]) }
                var o = 0
                for (k, src) in carryOut.enumerated() { (staging.pointer + o).copyMemory(from: src, byteCount: carryBytes[k]); o += carryBytes[k] }
                o = 0
                for (k, dst) in carryIn.enumerated() { dst.copyMemory(from: staging.pointer + o, byteCount: carryBytes[k]); o += carryBytes[k] }
            }
        }
        let finals = try (0..<ncar).map { k -> Tensor in
            let t = try Tensor.uninitialized(outputs[k])
            t.storage.pointer.copyMemory(from: carryIn[k], byteCount: outputs[k].size * outputs[k].dtype.itemSize)
            return t
        }
        return finals + ys
    }
}
