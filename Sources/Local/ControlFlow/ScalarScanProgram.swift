/// The scalar case of ``PlannedScan``: every value of the body is one
/// float of one dtype and every equation is a basic arithmetic primitive, so
/// the whole iteration — reading `x[i]`, the arithmetic, writing `y[i]`,
/// updating the carry — runs as one small register program (no kernel
/// calls, no copies through buffers). Results are those of the primitives'
/// kernels: the same IEEE operations in the same order.
///
/// Compilation keeps the program short: a product read once by a sum becomes
/// one `mulAdd` instruction (still two roundings, as the kernels do), and a
/// new carry value is computed straight into the carry's register when the
/// old value is no longer read, so most carries need no copy.
struct ScalarScanProgram {
    enum Code: UInt8 { case add, sub, mul, div, max, min, neg, square, copy, mulAdd, loadX, storeY }
    /// `r[d] = r[a] ∘ r[b]`; `mulAdd`: `r[d] = r[a] * r[b] + r[c]`;
    /// `loadX`: `r[d] = xs[a][i]`; `storeY`: `ys[d][i] = r[a]`.
    struct Instruction {
        var code: Code
        var d: Int32, a: Int32, b: Int32, c: Int32
    }
    let program: [Instruction]
    /// Set when the program is one instruction updating a single carry in
    /// place (`c = c * a + x`, `c = max(c, x)`, …) between reading xs and
    /// writing ys of the carry or an x: the commonest body, which then runs
    /// as a dedicated loop with the carry in a machine register.
    let recurrence: Instruction?
    let registerCount: Int
    /// Registers holding literals, with their values (as Double).
    let literals: [(Int, Double)]
    let constRegs: [Int], carryRegs: [Int], xRegs: [Int]
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
        let carryRegs = Array(ins[nc..<(nc + ncar)]), xRegs = Array(ins[(nc + ncar)...])
        // SSA arithmetic, one instruction per equation.
        var ops: [(code: Code, d: Int, a: Int, b: Int, c: Int)] = []
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
            ops.append((code, d, operands[0], operands.count > 1 ? operands[1] : operands[0], 0))
        }
        let outs = body.outvars.compactMap(r)
        guard outs.count == body.outvars.count else { return nil }
        let carryOut = Array(outs.prefix(ncar)), yOut = Array(outs.dropFirst(ncar))
        // A product read once, by a sum: one mulAdd.
        var reads = [Int](repeating: 0, count: count)
        for o in ops { reads[o.a] += 1; if o.code != .neg && o.code != .square && o.code != .copy { reads[o.b] += 1 } }
        for o in outs { reads[o] += 2 }
        var producer: [Int: Int] = [:]
        for (k, o) in ops.enumerated() { producer[o.d] = k }
        var dead = Set<Int>()
        for k in ops.indices where ops[k].code == .add {
            for (t, other) in [(ops[k].a, ops[k].b), (ops[k].b, ops[k].a)] {
                guard let j = producer[t], ops[j].code == .mul, reads[t] == 1, !dead.contains(j) else { continue }
                ops[k] = (.mulAdd, ops[k].d, ops[j].a, ops[j].b, other)
                dead.insert(j)
                break
            }
        }
        var program: [(code: Code, d: Int, a: Int, b: Int, c: Int)] = xRegs.enumerated().map { (.loadX, $0.element, $0.offset, 0, 0) }
        program += ops.enumerated().filter { !dead.contains($0.offset) }.map(\.element)
        program += yOut.enumerated().map { (.storeY, $0.offset, $0.element, 0, 0) }
        // Compute each new carry straight into its register where the old
        // value is not read afterwards (nor passed to another carry).
        func readsOf(_ i: (code: Code, d: Int, a: Int, b: Int, c: Int)) -> [Int] {
            switch i.code {
            case .loadX: return []
            case .storeY, .neg, .square, .copy: return [i.a]
            case .mulAdd: return [i.a, i.b, i.c]
            default: return [i.a, i.b]
            }
        }
        var copies: [(to: Int, from: Int)] = []
        var target = carryOut
        for k in 0..<ncar {
            let o = target[k], rk = carryRegs[k]
            if o == rk { continue }
            guard let j = program.lastIndex(where: { $0.code != .storeY && $0.d == o }),
                  target.filter({ $0 == o }).count == 1,
                  !target.enumerated().contains(where: { $0.offset != k && $0.element == rk }),
                  !program[(j + 1)...].contains(where: { readsOf($0).contains(rk) }) else {
                copies.append((rk, o))
                continue
            }
            for m in j..<program.count {
                if program[m].code != .storeY && program[m].d == o { program[m].d = rk }
                if program[m].a == o && program[m].code != .loadX { program[m].a = rk }
                if program[m].b == o && program[m].code != .loadX && program[m].code != .storeY { program[m].b = rk }
                if program[m].c == o && program[m].code == .mulAdd { program[m].c = rk }
            }
            for m in target.indices where target[m] == o { target[m] = rk }
            for m in copies.indices where copies[m].from == o { copies[m].from = rk }
        }
        // The remaining carries as a parallel copy (through temporaries when
        // a source is another carry's register).
        let targets = Set(copies.map(\.to))
        if copies.contains(where: { targets.contains($0.from) }) {
            let temps = copies.indices.map { count + $0 }
            count += copies.count
            program += zip(temps, copies).map { (.copy, $0, $1.from, 0, 0) }
            program += zip(temps, copies).map { (.copy, $1.to, $0, 0, 0) }
        } else {
            program += copies.map { (.copy, $0.to, $0.from, 0, 0) }
        }
        guard count < Int(Int32.max) else { return nil }
        let code = program.map { Instruction(code: $0.code, d: Int32($0.d), a: Int32($0.a), b: Int32($0.b), c: Int32($0.c)) }
        let arithmetic = code.filter { $0.code != .loadX && $0.code != .storeY }
        var recurrence: Instruction? = nil
        if ncar == 1, arithmetic.count == 1, let op = arithmetic.first, op.code != .copy, Int(op.d) == carryRegs[0],
           code.allSatisfy({ $0.code != .storeY || Int($0.a) == carryRegs[0] || xRegs.contains(Int($0.a)) }),
           !code.contains(where: { $0.code == .loadX && Int($0.d) == carryRegs[0] }) {
            recurrence = op
        }
        return ScalarScanProgram(program: code, recurrence: recurrence, registerCount: count, literals: literals,
                                 constRegs: Array(ins[..<nc]), carryRegs: carryRegs, xRegs: xRegs, dtype: dtype)
    }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        dtype == .float32 ? try run(Float.self, inputs, length, reverse, nc, ncar, outputs)
                          : try run(Double.self, inputs, length, reverse, nc, ncar, outputs)
    }

    private func run<T: KernelFloat>(_: T.Type, _ inputs: [Tensor], _ length: Int, _ reverse: Bool, _ nc: Int, _ ncar: Int,
                                     _ outputs: [ShapedArray]) throws -> [Tensor] {
        let r = UnsafeMutablePointer<T>.allocate(capacity: Swift.max(registerCount, 1))
        defer { r.deallocate() }
        r.initialize(repeating: 0, count: Swift.max(registerCount, 1))
        for (i, v) in literals { r[i] = T(v) }
        for (k, i) in constRegs.enumerated() { r[i] = try inputs[k].item(T.self) }
        for (k, i) in carryRegs.enumerated() { r[i] = try inputs[nc + k].item(T.self) }
        let xs = Array(inputs[(nc + ncar)...])
        let ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
        let xPtrs = xs.map { UnsafePointer($0.storage.typed(T.self)) }
        let yPtrs = ys.map { $0.storage.typed(T.self) }
        withExtendedLifetime((xs, ys)) {
            if let op = recurrence {
                runRecurrence(op, r, xPtrs, yPtrs, length, reverse)
                return
            }
            xPtrs.withUnsafeBufferPointer { x in
                yPtrs.withUnsafeBufferPointer { y in
                    program.withUnsafeBufferPointer { code in
                        for step in 0..<length {
                            let i = reverse ? length - 1 - step : step
                            for op in code {
                                let d = Int(op.d), a = Int(op.a), b = Int(op.b)
                                switch op.code {
                                case .loadX: r[d] = x[a][i]
                                case .storeY: y[d][i] = r[a]
                                case .add: r[d] = r[a] + r[b]
                                case .sub: r[d] = r[a] - r[b]
                                case .mul: r[d] = r[a] * r[b]
                                case .mulAdd: r[d] = r[a] * r[b] + r[Int(op.c)]
                                case .div: r[d] = r[a] / r[b]
                                case .max: r[d] = (r[a] > r[b] || r[a].isNaN) ? r[a] : r[b]
                                case .min: r[d] = (r[a] < r[b] || r[a].isNaN) ? r[a] : r[b]
                                case .neg: r[d] = -r[a]
                                case .square: r[d] = r[a] * r[a]
                                case .copy: r[d] = r[a]
                                }
                            }
                        }
                    }
                }
            }
        }
        let finals = try (0..<ncar).map { k -> Tensor in
            let t = try Tensor.uninitialized(outputs[k])
            t.storage.typed(T.self)[0] = r[carryRegs[k]]
            return t
        }
        return finals + ys
    }

    /// Where a recurrence operand comes from: the carry, or `p[i * stride]`
    /// (an x stream, stride 1, or a loop-invariant register, stride 0).
    private struct Operand<T> {
        let isCarry: Bool
        let p: UnsafePointer<T>
        let stride: Int
        @inline(__always) func value(_ carry: T, _ i: Int) -> T { isCarry ? carry : p[i &* stride] }
    }

    /// The single-carry, single-instruction loop (see ``recurrence``): the
    /// same operations as the register program, with the carry kept in a
    /// machine register and every operand's source decided once.
    private func runRecurrence<T: KernelFloat>(_ op: Instruction, _ r: UnsafeMutablePointer<T>, _ xPtrs: [UnsafePointer<T>],
                                               _ yPtrs: [UnsafeMutablePointer<T>], _ length: Int, _ reverse: Bool) {
        let carryReg = carryRegs[0]
        func operand(_ reg: Int32) -> Operand<T> {
            let reg = Int(reg)
            if reg == carryReg { return Operand(isCarry: true, p: UnsafePointer(r), stride: 0) }
            if let k = program.first(where: { $0.code == .loadX && Int($0.d) == reg }) { return Operand(isCarry: false, p: xPtrs[Int(k.a)], stride: 1) }
            return Operand(isCarry: false, p: UnsafePointer(r + reg), stride: 0)
        }
        let a = operand(op.a), b = operand(op.b), c3 = operand(op.c)
        let stores = program.filter { $0.code == .storeY }.map { (y: yPtrs[Int($0.d)], from: operand($0.a)) }
        @inline(__always) func next(_ c: T, _ i: Int) -> T {
            let x = a.value(c, i), y = b.value(c, i)
            switch op.code {
            case .add: return x + y
            case .sub: return x - y
            case .mul: return x * y
            case .mulAdd: return x * y + c3.value(c, i)
            case .div: return x / y
            case .max: return (x > y || x.isNaN) ? x : y
            case .min: return (x < y || x.isNaN) ? x : y
            case .neg: return -x
            case .square: return x * x
            case .copy, .loadX, .storeY: return c
            }
        }
        var c = r[carryReg]
        if stores.count == 1, stores[0].from.isCarry {
            // The usual `return (c, c)`: one store of the new carry.
            let y = stores[0].y
            if reverse {
                var i = length - 1
                while i >= 0 { c = next(c, i); y[i] = c; i -= 1 }
            } else {
                for i in 0..<length { c = next(c, i); y[i] = c }
            }
        } else {
            for step in 0..<length {
                let i = reverse ? length - 1 - step : step
                c = next(c, i)
                for s in stores { s.y[i] = s.from.value(c, i) }
            }
        }
        r[carryReg] = c
    }
}
