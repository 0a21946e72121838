/// Elementwise float bodies of ``PlannedScan`` as a register program: every
/// value of the body has one shape (the lanes) or is a scalar, all of one
/// float dtype, and every equation is a basic arithmetic primitive. The
/// whole iteration — reading `x[i]`, the arithmetic, writing `y[i]`,
/// updating the carry — is one short instruction list, run per iteration
/// with a switch and a tight loop over the lanes per instruction (no kernel
/// dispatch, no tensors, no copies of `x[i]`). With one lane the registers
/// are plain floats. Results are those of the primitives' kernels: the same
/// IEEE operations in the same order, lane by lane.
///
/// Compilation keeps the program short: a product read once by a sum becomes
/// one `mulAdd` instruction (still two roundings, as the kernels do), and a
/// new carry value is computed straight into the carry's register when the
/// old value is no longer read, so most carries need no copy.
struct RegisterScanProgram {
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
    /// Elements per register: the size of the body's one non-scalar shape (1 if none).
    let lanes: Int
    /// Registers holding one element (scalars broadcast over the lanes).
    let scalarRegs: [Bool]
    /// Registers holding literals, with their values (as Double).
    let literals: [(Int, Double)]
    let constRegs: [Int], carryRegs: [Int]
    let dtype: DType

    static func compile(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> RegisterScanProgram? {
        guard let first = body.invars.first?.aval ?? body.outvars.first?.aval, first.dtype.isFloatingPoint else { return nil }
        let dtype = first.dtype
        // The lanes: the one shape of every non-scalar value.
        let avals = body.invars.map(\.aval) + body.outvars.map(\.aval) + body.equations.flatMap { $0.outputs.map(\.aval) }
        let laneShape = avals.first { $0.ndim > 0 }?.shape ?? []
        let lanes = Shape.count(laneShape)
        guard lanes > 0 else { return nil }
        func ok(_ a: ShapedArray) -> Bool { a.dtype == dtype && (a.ndim == 0 || a.shape == laneShape) }
        guard body.invars.allSatisfy({ ok($0.aval) }), body.outvars.allSatisfy({ ok($0.aval) }) else { return nil }
        var reg: [ObjectIdentifier: Int] = [:]
        var literals: [(Int, Double)] = []
        var scalarRegs: [Bool] = []
        var count = 0
        func r(_ a: Atom) -> Int? {
            switch a {
            case .variable(let v):
                if let i = reg[ObjectIdentifier(v)] { return i }
                reg[ObjectIdentifier(v)] = count
                scalarRegs.append(v.aval.ndim == 0 && lanes > 1)
                count += 1
                return count - 1
            case .literal(let t):
                guard ok(t.aval), t.size == 1, let value = try? t.astype(.float64).item(Double.self) else { return nil }
                literals.append((count, value))
                scalarRegs.append(lanes > 1)
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
        // New carries computed straight into their registers where the old
        // value is dead (CarryPlacement; storeY reads count, at the end), the
        // others moved as a parallel copy.
        func access(_ i: (code: Code, d: Int, a: Int, b: Int, c: Int)) -> CarryPlacement.Access {
            switch i.code {
            case .loadX: return .init(writes: [i.d], reads: [])
            case .storeY: return .init(writes: [], reads: [i.a])
            case .neg, .square, .copy: return .init(writes: [i.d], reads: [i.a])
            case .mulAdd: return .init(writes: [i.d], reads: [i.a, i.b, i.c])
            default: return .init(writes: [i.d], reads: [i.a, i.b])
            }
        }
        var carryOuts = carryOut
        for r in CarryPlacement.inPlace(program.map(access), carries: carryRegs, outs: &carryOuts, numCarry: ncar) {
            let (o, c) = (r.value, carryRegs[r.carry])
            for m in r.from..<program.count {
                if program[m].code != .storeY && program[m].d == o { program[m].d = c }
                if program[m].a == o && program[m].code != .loadX { program[m].a = c }
                if program[m].b == o && program[m].code != .loadX && program[m].code != .storeY { program[m].b = c }
                if program[m].c == o && program[m].code == .mulAdd { program[m].c = c }
            }
        }
        let copies = (0..<ncar).filter { carryOuts[$0] != carryRegs[$0] }.map { (to: carryRegs[$0], from: carryOuts[$0]) }
        program += CarryPlacement.parallelCopy(copies) { from in
            scalarRegs.append(scalarRegs[from])
            count += 1
            return count - 1
        }.map { (.copy, $0.to, $0.from, 0, 0) }
        guard count < Int(Int32.max) else { return nil }
        let code = program.map { Instruction(code: $0.code, d: Int32($0.d), a: Int32($0.a), b: Int32($0.b), c: Int32($0.c)) }
        let arithmetic = code.filter { $0.code != .loadX && $0.code != .storeY }
        var recurrence: Instruction? = nil
        if lanes == 1, ncar == 1, arithmetic.count == 1, let op = arithmetic.first, op.code != .copy, Int(op.d) == carryRegs[0],
           code.allSatisfy({ $0.code != .storeY || Int($0.a) == carryRegs[0] || xRegs.contains(Int($0.a)) }),
           !code.contains(where: { $0.code == .loadX && Int($0.d) == carryRegs[0] }) {
            recurrence = op
        }
        return RegisterScanProgram(program: code, recurrence: recurrence, registerCount: count, lanes: lanes, scalarRegs: scalarRegs,
                                   literals: literals,
                                 constRegs: Array(ins[..<nc]), carryRegs: carryRegs, dtype: dtype)
    }

    func run(_ inputs: [Tensor], length: Int, reverse: Bool, numConsts nc: Int, numCarry ncar: Int,
             outputs: [ShapedArray]) throws -> [Tensor] {
        switch (dtype, lanes) {
        case (.float32, 1): return try run(Float.self, inputs, length, reverse, nc, ncar, outputs)
        case (_, 1): return try run(Double.self, inputs, length, reverse, nc, ncar, outputs)
        case (.float32, _): return try runLanes(Float.self, inputs, length, reverse, nc, ncar, outputs)
        default: return try runLanes(Double.self, inputs, length, reverse, nc, ncar, outputs)
        }
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
                                case .max: r[d] = Max().apply(float: r[a], r[b])
                                case .min: r[d] = Min().apply(float: r[a], r[b])
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

    /// The program over `lanes` elements per register: each instruction is
    /// one tight loop over the lanes (a scalar register is broadcast), and
    /// `loadX` points its register at row `i` of x instead of copying it.
    private func runLanes<T: KernelFloat & SIMDScalar>(_: T.Type, _ inputs: [Tensor], _ length: Int, _ reverse: Bool, _ nc: Int, _ ncar: Int,
                                          _ outputs: [ShapedArray]) throws -> [Tensor] {
        let m = lanes, n = registerCount
        let storage = UnsafeMutablePointer<T>.allocate(capacity: n * m)
        defer { storage.deallocate() }
        storage.initialize(repeating: 0, count: n * m)
        let regs = UnsafeMutablePointer<UnsafeMutablePointer<T>>.allocate(capacity: n)
        defer { regs.deallocate() }
        for k in 0..<n { regs[k] = storage + k * m }
        let size = scalarRegs.map { $0 ? 1 : m }
        func fill(_ reg: Int, from t: Tensor) throws {
            try t.withUnsafeBytes { regs[reg].update(from: $0.baseAddress!.assumingMemoryBound(to: T.self), count: size[reg]) }
        }
        for (i, v) in literals { regs[i][0] = T(v) }
        for (k, i) in constRegs.enumerated() { try fill(i, from: inputs[k]) }
        for (k, i) in carryRegs.enumerated() { try fill(i, from: inputs[nc + k]) }
        let xs = Array(inputs[(nc + ncar)...])
        let ys = try outputs.dropFirst(ncar).map { try Tensor.uninitialized($0) }
        let xPtrs = xs.map { $0.storage.typed(T.self) }
        let yPtrs = ys.map { $0.storage.typed(T.self) }
        let isCarry = (0..<n).map { carryRegs.contains($0) }
        withExtendedLifetime((xs, ys)) {
            program.withUnsafeBufferPointer { code in
                for step in 0..<length {
                    let i = reverse ? length - 1 - step : step
                    for op in code {
                        let d = Int(op.d), a = Int(op.a), b = Int(op.b)
                        switch op.code {
                        case .loadX:
                            // Register d reads row i in place (a carry's register gets a copy).
                            let row = xPtrs[a] + i * size[d]
                            if isCarry[d] { regs[d].update(from: row, count: size[d]) } else { regs[d] = row }
                        case .storeY: (yPtrs[d] + i * size[a]).update(from: regs[a], count: size[a])
                        case .copy: regs[d].update(from: regs[a], count: size[d])
                        case .add: lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { $0 + $1 }, { $0 + $1 })
                        case .sub: lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { $0 - $1 }, { $0 - $1 })
                        case .mul: lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { $0 * $1 }, { $0 * $1 })
                        case .div: lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { $0 / $1 }, { $0 / $1 })
                        case .max:
                            // The primitives' rules: NaN wins, and +0 over −0 (1/y < 0 finds −0).
                            lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { Max().apply(float: $0, $1) },
                                        { x, y in y.replacing(with: x, where: (x .> y) .| (x .!= x) .| ((x .== y) .& (1 / y .< 0))) })
                        case .min:
                            lanesBinary(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[d], { Min().apply(float: $0, $1) },
                                        { x, y in y.replacing(with: x, where: (x .< y) .| (x .!= x) .| ((x .== y) .& (1 / x .< 0))) })
                        case .neg:
                            // Scalar negation flips the sign bit of every value (zeros and NaNs too),
                            // where SIMD's prefix minus is `0 - x`; the loop still vectorises.
                            let (src, dst) = (regs[a], regs[d])
                            for j in 0..<size[d] { dst[j] = -src[j] }
                        case .square: lanesBinary(size[d], regs[a], size[a] == 1, regs[a], size[a] == 1, regs[d], { x, _ in x * x }, { x, _ in x * x })
                        case .mulAdd:
                            let c = Int(op.c)
                            lanesMulAdd(size[d], regs[a], size[a] == 1, regs[b], size[b] == 1, regs[c], size[c] == 1, regs[d])
                        }
                    }
                }
            }
        }
        let finals = try (0..<ncar).map { k -> Tensor in
            let t = try Tensor.uninitialized(outputs[k])
            t.storage.typed(T.self).update(from: regs[carryRegs[k]], count: size[carryRegs[k]])
            return t
        }
        return finals + ys
    }

    /// `d[j] = f(a[j], b[j])` over `n` lanes, a scalar operand broadcast:
    /// eight lanes at a time with `v` (the same operation on SIMD vectors),
    /// the rest with `f`. `d` may be `a` or `b` (an in-place carry).
    @inline(__always)
    private func lanesBinary<T: KernelFloat & SIMDScalar>(
        _ n: Int, _ a: UnsafeMutablePointer<T>, _ aScalar: Bool, _ b: UnsafeMutablePointer<T>, _ bScalar: Bool, _ d: UnsafeMutablePointer<T>,
        _ f: (T, T) -> T, _ v: (SIMD8<T>, SIMD8<T>) -> SIMD8<T>
    ) {
        if aScalar && bScalar { let r = f(a[0], b[0]); for j in 0..<n { d[j] = r }; return }
        let av = SIMD8(repeating: a[0]), bv = SIMD8(repeating: b[0])
        var j = 0
        while j + 8 <= n {
            let x = aScalar ? av : UnsafeRawPointer(a + j).loadUnaligned(as: SIMD8<T>.self)
            let y = bScalar ? bv : UnsafeRawPointer(b + j).loadUnaligned(as: SIMD8<T>.self)
            UnsafeMutableRawPointer(d + j).storeBytes(of: v(x, y), as: SIMD8<T>.self)
            j += 8
        }
        while j < n { d[j] = f(a[aScalar ? 0 : j], b[bScalar ? 0 : j]); j += 1 }
    }

    /// `d[j] = a[j] * b[j] + c[j]` over `n` lanes (two roundings, as the
    /// separate kernels), scalar operands broadcast, eight lanes at a time.
    @inline(__always)
    private func lanesMulAdd<T: KernelFloat & SIMDScalar>(
        _ n: Int, _ a: UnsafeMutablePointer<T>, _ aScalar: Bool, _ b: UnsafeMutablePointer<T>, _ bScalar: Bool,
        _ c: UnsafeMutablePointer<T>, _ cScalar: Bool, _ d: UnsafeMutablePointer<T>
    ) {
        @inline(__always) func load(_ p: UnsafeMutablePointer<T>, _ scalar: Bool, _ j: Int) -> SIMD8<T> {
            scalar ? SIMD8(repeating: p[0]) : UnsafeRawPointer(p + j).loadUnaligned(as: SIMD8<T>.self)
        }
        var j = 0
        while j + 8 <= n {
            let r = load(a, aScalar, j) * load(b, bScalar, j) + load(c, cScalar, j)
            UnsafeMutableRawPointer(d + j).storeBytes(of: r, as: SIMD8<T>.self)
            j += 8
        }
        while j < n { d[j] = a[aScalar ? 0 : j] * b[bScalar ? 0 : j] + c[cScalar ? 0 : j]; j += 1 }
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
            case .max: return Max().apply(float: x, y)
            case .min: return Min().apply(float: x, y)
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
