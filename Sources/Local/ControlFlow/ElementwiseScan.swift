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
    /// The register program, when every value is one float.
    var scalar: ScalarScanProgram? = nil

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
                               outSlots: outs, literals: literals,
                               scalar: ScalarScanProgram.compile(body, numConsts: nc, numCarry: ncar))
    }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        if let scalar {
            return try scalar.run(inputs, length: length, reverse: reverse, numConsts: nc, numCarry: ncar, outputs: outputs)
        }
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

/// The scalar case of ``ElementwiseScan``: every value of the body is one
/// float of one dtype and every equation is a basic arithmetic primitive, so
/// the body runs as a small register program inside one loop (no kernel
/// calls, no copies through memory per primitive). Results are those of the
/// primitives' kernels: the same IEEE operations in the same order.
struct ScalarScanProgram {
    enum Code: Int32 { case add, sub, mul, div, max, min, neg, square, copy }
    /// (code, destination, a, b) per instruction.
    let program: [(Code, Int, Int, Int)]
    let registerCount: Int
    /// Registers holding literals, with their values (as Double).
    let literals: [(Int, Double)]
    let constRegs: [Int], carryRegs: [Int], xRegs: [Int], outRegs: [Int]
    let dtype: DType

    static func compile(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> ScalarScanProgram? {
        guard let first = body.invars.first?.aval ?? body.outvars.first?.aval, first.dtype.isFloatingPoint else { return nil }
        let dtype = first.dtype
        func ok(_ a: ShapedArray) -> Bool { a.ndim == 0 && a.dtype == dtype }
        guard body.invars.allSatisfy({ ok($0.aval) }), body.outvars.allSatisfy({ ok($0.aval) }) else { return nil }
        var reg: [ObjectIdentifier: Int] = [:]
        var literals: [(Int, Double)] = []
        var count = 0
        func r(_ a: Atom) -> Int? {
            switch a {
            case .variable(let v):
                if let i = reg[ObjectIdentifier(v)] { return i }
                reg[ObjectIdentifier(v)] = count
                count += 1
                return count - 1
            case .literal(let t):
                guard ok(t.aval), let value = try? t.astype(.float64).item(Double.self) else { return nil }
                literals.append((count, value))
                count += 1
                return count - 1
            }
        }
        let ins = body.invars.compactMap { r(.variable($0)) }
        var program: [(Code, Int, Int, Int)] = []
        for e in body.equations {
            guard e.outputs.count == 1, ok(e.outputs[0].aval), e.inputs.allSatisfy({ ok($0.aval) }) else { return nil }
            let operands = e.inputs.compactMap(r)
            guard operands.count == e.inputs.count, let d = r(.variable(e.outputs[0])) else { return nil }
            let code: Code
            switch e.primitive {
            case is Add: code = .add
            case is Sub: code = .sub
            case is Mul: code = .mul
            case is Div: code = .div
            case is Max: code = .max
            case is Min: code = .min
            case is Neg: code = .neg
            case let p as IntegerPow where p.y == 2: code = .square
            case let c as ConvertElementType where c.newDType == dtype: code = .copy
            default: return nil
            }
            program.append((code, d, operands[0], operands.count > 1 ? operands[1] : operands[0]))
        }
        let outs = body.outvars.compactMap(r)
        guard outs.count == body.outvars.count else { return nil }
        return ScalarScanProgram(program: program, registerCount: count, literals: literals, constRegs: Array(ins[..<nc]),
                                 carryRegs: Array(ins[nc..<(nc + ncar)]), xRegs: Array(ins[(nc + ncar)...]), outRegs: outs, dtype: dtype)
    }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        dtype == .float32 ? try run(Float.self, inputs, length, reverse, nc, ncar, outputs)
                          : try run(Double.self, inputs, length, reverse, nc, ncar, outputs)
    }

    private func run<T: KernelFloat>(_: T.Type, _ inputs: [Tensor], _ length: Int, _ reverse: Bool, _ nc: Int, _ ncar: Int,
                                     _ outputs: [ShapedArray]) throws -> [Tensor] {
        var regs = [T](repeating: 0, count: registerCount)
        for (i, v) in literals { regs[i] = T(v) }
        for (k, i) in constRegs.enumerated() { regs[i] = try inputs[k].item(T.self) }
        for (k, i) in carryRegs.enumerated() { regs[i] = try inputs[nc + k].item(T.self) }
        let xs = Array(inputs[(nc + ncar)...])
        let ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
        let xPtrs = xs.map { UnsafePointer($0.storage.typed(T.self)) }
        let yPtrs = ys.map { $0.storage.typed(T.self) }
        let code = program
        let carryOut = Array(outRegs.prefix(ncar)), yOut = Array(outRegs.dropFirst(ncar))
        var staged = [T](repeating: 0, count: ncar)
        withExtendedLifetime((xs, ys)) {
            regs.withUnsafeMutableBufferPointer { r in
                for step in 0..<length {
                    let i = reverse ? length - 1 - step : step
                    for (k, x) in xRegs.enumerated() { r[x] = xPtrs[k][i] }
                    for (c, d, a, b) in code {
                        switch c {
                        case .add: r[d] = r[a] + r[b]
                        case .sub: r[d] = r[a] - r[b]
                        case .mul: r[d] = r[a] * r[b]
                        case .div: r[d] = r[a] / r[b]
                        case .max: r[d] = (r[a] > r[b] || r[a].isNaN) ? r[a] : r[b]
                        case .min: r[d] = (r[a] < r[b] || r[a].isNaN) ? r[a] : r[b]
                        case .neg: r[d] = -r[a]
                        case .square: r[d] = r[a] * r[a]
                        case .copy: r[d] = r[a]
                        }
                    }
                    for (k, y) in yOut.enumerated() { yPtrs[k][i] = r[y] }
                    for (k, o) in carryOut.enumerated() { staged[k] = r[o] }
                    for (k, c) in carryRegs.enumerated() { r[c] = staged[k] }
                }
            }
        }
        let finals = try (0..<ncar).map { k -> Tensor in
            let t = try Tensor.uninitialized(outputs[k])
            t.storage.typed(T.self)[0] = regs[carryRegs[k]]
            return t
        }
        return finals + ys
    }
}
