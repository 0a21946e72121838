/// A loop whose values are all 0-d (of any dtypes: an int32 counter beside
/// float state, a bool flag) as one register program on 8-byte registers —
/// no buffers, no kernel dispatch. A while loop runs the cond's
/// instructions, tests the predicate, and runs the body's; a scan (a
/// `foriLoop` with static bounds, say) reads `x[i]`, runs the body and
/// writes `y[i]`. Each instruction applies the primitive's own scalar
/// function (`Add().apply(float:)`, `Lt().compare`, `Conversion.convert`),
/// so results are those of the primitives' kernels.
///
/// ```swift
/// // lax.while_loop(lambda s: s[0] < n, lambda s: (s[0] + 1, s[1] * 0.99 + 1), (0, 0.0))
/// let p = ScalarLoopProgram.compile(cond: w.cond, body: w.body, condConsts: w.condNConsts, bodyConsts: w.bodyNConsts)
/// ```
struct ScalarLoopProgram {
    enum Code: UInt8 {
        case add, sub, mul, div, rem, max, min, and, or, xor
        case neg, not, abs, sign, square
        case lt, le, gt, ge, eq, ne
        case select, convert, copy, mulAdd
    }
    /// `r[d] = op(r[a], r[b])`; `select`: `r[d] = r[a] ? r[c] : r[b]`;
    /// `convert`: `r[d] = outDType(r[a])`; `mulAdd` (floats):
    /// `r[d] = r[a] * r[b] + r[c]`. `dtype` is the operands'.
    struct Instruction {
        var code: Code
        var dtype: DType, outDType: DType
        var d: Int32, a: Int32, b: Int32, c: Int32
        /// The registers it reads.
        var reads: [Int] {
            switch code {
            case .neg, .not, .abs, .sign, .square, .convert, .copy: return [Int(a)]
            case .select, .mulAdd: return [Int(a), Int(b), Int(c)]
            default: return [Int(a), Int(b)]
            }
        }
    }
    /// The cond's instructions (while loops), the body's, and the copies
    /// that move new carries into place (after the ys are written).
    let cond: [Instruction], body: [Instruction], carryCopies: [Instruction]
    let predicate: Int
    let registerCount: Int
    /// Registers holding literals, and their values.
    let literals: [(Int, Tensor)]
    let condConstRegs: [Int], bodyConstRegs: [Int], carryRegs: [Int]
    /// Scans: the registers `x[i]` is read into and `y[i]` written from.
    let xRegs: [(reg: Int, bytes: Int)], yRegs: [(reg: Int, bytes: Int)]

    /// Compiles a while loop; nil unless every value is 0-d and every
    /// equation has an instruction.
    static func compile(cond: Jaxpr, body: Jaxpr, condConsts ncc: Int, bodyConsts nbc: Int) -> ScalarLoopProgram? {
        compile(cond: Optional(cond), body: body, condConsts: ncc, bodyConsts: nbc, numCarry: body.outvars.count)
    }

    /// Compiles a scan body (consts, carries, xs) -> (carries, ys); nil
    /// unless every value is 0-d and every equation has an instruction.
    static func compileScan(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> ScalarLoopProgram? {
        compile(cond: nil, body: body, condConsts: 0, bodyConsts: nc, numCarry: ncar)
    }

    private static func compile(cond: Jaxpr?, body: Jaxpr, condConsts ncc: Int, bodyConsts nbc: Int, numCarry ncar: Int) -> ScalarLoopProgram? {
        let condAvals = cond.map { $0.invars.map(\.aval) + $0.equations.flatMap { $0.outputs.map(\.aval) } } ?? []
        let all = condAvals + body.invars.map(\.aval) + body.outvars.map(\.aval) + body.equations.flatMap { $0.outputs.map(\.aval) }
        guard all.allSatisfy({ $0.ndim == 0 }), body.invars.count >= nbc + ncar, body.outvars.count >= ncar else { return nil }
        if let cond {
            guard cond.outvars.count == 1, cond.outvars[0].aval.dtype == .bool, cond.invars.count == ncc + ncar,
                  body.invars.count == nbc + ncar, body.outvars.count == ncar else { return nil }
        }
        var reg: [ObjectIdentifier: Int] = [:]
        var literals: [(Int, Tensor)] = []
        var count = 0
        func fresh() -> Int { count += 1; return count - 1 }
        func r(_ a: Atom) -> Int? {
            switch a {
            case .variable(let v):
                if let i = reg[ObjectIdentifier(v)] { return i }
                let i = fresh()
                reg[ObjectIdentifier(v)] = i
                return i
            case .literal(let t):
                guard t.ndim == 0, t.isConcrete else { return nil }
                let i = fresh()
                literals.append((i, t))
                return i
            }
        }
        // The carries share registers between cond and body.
        let carryRegs = (0..<ncar).map { _ in fresh() }
        for k in 0..<ncar {
            if let cond { reg[ObjectIdentifier(cond.invars[ncc + k])] = carryRegs[k] }
            reg[ObjectIdentifier(body.invars[nbc + k])] = carryRegs[k]
        }
        let condConstRegs = (cond?.invars.prefix(ncc) ?? []).compactMap { r(.variable($0)) }
        let bodyConstRegs = body.invars.prefix(nbc).compactMap { r(.variable($0)) }
        let xRegs = body.invars.dropFirst(nbc + ncar).compactMap { v in r(.variable(v)).map { (reg: $0, bytes: v.aval.dtype.itemSize) } }
        func compile(_ eqns: [Equation]) -> [Instruction]? {
            var code: [Instruction] = []
            for e in eqns {
                guard e.outputs.count == 1, let d = r(.variable(e.outputs[0])) else { return nil }
                let operands = e.inputs.compactMap(r)
                guard operands.count == e.inputs.count, let first = e.inputs.first?.aval.dtype else { return nil }
                let out = e.outputs[0].aval.dtype
                var op = Instruction(code: .copy, dtype: first, outDType: out, d: Int32(d), a: Int32(operands[0]),
                                     b: Int32(operands.count > 1 ? operands[1] : operands[0]), c: Int32(operands.count > 2 ? operands[2] : 0))
                switch e.primitive {
                case is Add: op.code = .add
                case is Sub: op.code = .sub
                case is Mul: op.code = .mul
                case is Div: op.code = .div
                case is Rem: op.code = .rem
                case is Max: op.code = .max
                case is Min: op.code = .min
                case is And: op.code = .and
                case is Or: op.code = .or
                case is Xor: op.code = .xor
                case is Neg: op.code = .neg
                case is Not: op.code = .not
                case is Abs: op.code = .abs
                case is Sign: op.code = .sign
                case let p as IntegerPow where p.y == 2: op.code = .square
                case is Lt: op.code = .lt
                case is Le: op.code = .le
                case is Gt: op.code = .gt
                case is Ge: op.code = .ge
                case is Eq: op.code = .eq
                case is Ne: op.code = .ne
                case is SelectN where e.inputs.count == 3 && first == .bool:
                    op.code = .select
                    op.dtype = out
                case is ConvertElementType: op.code = first == out ? .copy : .convert
                default: return nil
                }
                // Binary operands share a dtype (the primitives' shape rules promise it).
                if e.inputs.count == 2 && e.inputs[1].aval.dtype != first { return nil }
                code.append(op)
            }
            return code
        }
        guard let condCode = compile(cond?.equations ?? []), var bodyCode = compile(body.equations) else { return nil }
        var predicate = 0
        if let cond {
            guard let p = r(cond.outvars[0]) else { return nil }
            predicate = p
        }
        var outs = body.outvars.compactMap(r)
        guard outs.count == body.outvars.count else { return nil }
        // A product read once, by a sum of the same dtype: one mulAdd (two
        // roundings, as the separate primitives).
        var reads = [Int](repeating: 0, count: count)
        for op in bodyCode { for x in op.reads { reads[x] += 1 } }
        for o in outs { reads[o] += 2 }
        var dead = Set<Int>()
        for k in bodyCode.indices where bodyCode[k].code == .add && bodyCode[k].dtype.isFloatingPoint {
            for (t, other) in [(bodyCode[k].a, bodyCode[k].b), (bodyCode[k].b, bodyCode[k].a)] {
                guard reads[Int(t)] == 1, let j = bodyCode[..<k].lastIndex(where: { $0.d == t }), bodyCode[j].code == .mul,
                      bodyCode[j].dtype == bodyCode[k].dtype, !dead.contains(j) else { continue }
                bodyCode[k] = Instruction(code: .mulAdd, dtype: bodyCode[k].dtype, outDType: bodyCode[k].outDType, d: bodyCode[k].d,
                                          a: bodyCode[j].a, b: bodyCode[j].b, c: other)
                dead.insert(j)
                break
            }
        }
        bodyCode = bodyCode.enumerated().filter { !dead.contains($0.offset) }.map(\.element)
        // New carries computed straight into their registers where the body
        // does not read the old value afterwards (the cond runs before the
        // body; ys are read at the end), the others moved at the end.
        let renames = CarryPlacement.inPlace(bodyCode.map { .init(writes: [Int($0.d)], reads: $0.reads) }, carries: carryRegs,
                                             outs: &outs, numCarry: ncar)
        for r in renames {
            let (o, c) = (Int32(r.value), Int32(carryRegs[r.carry]))
            for m in r.from..<bodyCode.count {
                if bodyCode[m].d == o { bodyCode[m].d = c }
                if bodyCode[m].a == o { bodyCode[m].a = c }
                if bodyCode[m].b == o { bodyCode[m].b = c }
                if bodyCode[m].c == o && (bodyCode[m].code == .select || bodyCode[m].code == .mulAdd) { bodyCode[m].c = c }
            }
        }
        let copies = (0..<ncar).filter { outs[$0] != carryRegs[$0] }.map { (to: carryRegs[$0], from: outs[$0], dtype: body.outvars[$0].aval.dtype) }
        let carryCopies = CarryPlacement.parallelCopy(copies.map { ($0.to, $0.from) }) { _ in fresh() }.map { move in
            Instruction(code: .copy, dtype: copies[move.copy].dtype, outDType: copies[move.copy].dtype, d: Int32(move.to), a: Int32(move.from), b: 0, c: 0)
        }
        let yRegs = zip(outs.dropFirst(ncar), body.outvars.dropFirst(ncar)).map { (reg: $0, bytes: $1.aval.dtype.itemSize) }
        return ScalarLoopProgram(cond: condCode, body: bodyCode, carryCopies: carryCopies, predicate: predicate, registerCount: count,
                                 literals: literals, condConstRegs: condConstRegs, bodyConstRegs: bodyConstRegs, carryRegs: carryRegs,
                                 xRegs: xRegs, yRegs: yRegs)
    }

    /// Runs the while loop on (cond consts, body consts, carries); returns the final carries.
    func run(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        try withRegisters(inputs) { r in
            cond.withUnsafeBufferPointer { cond in
                body.withUnsafeBufferPointer { body in
                    carryCopies.withUnsafeBufferPointer { copies in
                        while true {
                            for op in cond { Self.execute(op, r) }
                            if r.load(fromByteOffset: predicate * 8, as: UInt8.self) == 0 { break }
                            for op in body { Self.execute(op, r) }
                            for op in copies { Self.execute(op, r) }
                        }
                    }
                }
            }
            return try finalCarries(r, outputs)
        }
    }

    /// Runs the scan on (consts, carries, xs); returns the final carries and the ys.
    func runScan(_ inputs: [Tensor], length: Int, reverse: Bool, outputs: [ShapedArray]) throws -> [Tensor] {
        let xs = Array(inputs.dropFirst(bodyConstRegs.count + carryRegs.count))
        let ys = try outputs.dropFirst(carryRegs.count).map { try Tensor.uninitialized($0) }
        return try withRegisters(inputs) { r in
            let xPtrs = xs.map { UnsafeRawPointer($0.storage.pointer) }, yPtrs = ys.map(\.storage.pointer)
            withExtendedLifetime((xs, ys)) {
                body.withUnsafeBufferPointer { body in
                    carryCopies.withUnsafeBufferPointer { copies in
                        for step in 0..<length {
                            let i = reverse ? length - 1 - step : step
                            for (k, x) in xRegs.enumerated() { (r + x.reg * 8).copyMemory(from: xPtrs[k] + i * x.bytes, byteCount: x.bytes) }
                            for op in body { Self.execute(op, r) }
                            for (k, y) in yRegs.enumerated() { (yPtrs[k] + i * y.bytes).copyMemory(from: r + y.reg * 8, byteCount: y.bytes) }
                            for op in copies { Self.execute(op, r) }
                        }
                    }
                }
            }
            return try finalCarries(r, outputs) + ys
        }
    }

    /// Runs `body` with the registers loaded: literals, constants, carries.
    private func withRegisters<R>(_ inputs: [Tensor], _ body: (UnsafeMutableRawPointer) throws -> R) throws -> R {
        let r = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(registerCount, 1) * 8, alignment: 8)
        defer { r.deallocate() }
        r.initializeMemory(as: UInt64.self, repeating: 0, count: Swift.max(registerCount, 1))
        func load(_ reg: Int, _ t: Tensor) throws {
            try t.withUnsafeBytes { (r + reg * 8).copyMemory(from: $0.baseAddress!, byteCount: t.dtype.itemSize) }
        }
        for (i, t) in literals { try load(i, t) }
        let consts = condConstRegs + bodyConstRegs
        for (k, i) in consts.enumerated() { try load(i, inputs[k]) }
        for (k, i) in carryRegs.enumerated() { try load(i, inputs[consts.count + k]) }
        return try body(r)
    }

    private func finalCarries(_ r: UnsafeMutableRawPointer, _ outputs: [ShapedArray]) throws -> [Tensor] {
        try zip(carryRegs, outputs).map { reg, aval in
            let t = try Tensor.uninitialized(aval)
            t.storage.pointer.copyMemory(from: r + reg * 8, byteCount: aval.dtype.itemSize)
            return t
        }
    }

    @inline(__always)
    private static func execute(_ op: Instruction, _ r: UnsafeMutableRawPointer) {
        switch op.code {
        case .add: binary(Add(), op, r)
        case .sub: binary(Sub(), op, r)
        case .mul: binary(Mul(), op, r)
        case .div: binary(Div(), op, r)
        case .rem: binary(Rem(), op, r)
        case .max: binary(Max(), op, r)
        case .min: binary(Min(), op, r)
        case .and: binary(And(), op, r)
        case .or: binary(Or(), op, r)
        case .xor: binary(Xor(), op, r)
        case .neg: unary(Neg(), op, r)
        case .not: unary(Not(), op, r)
        case .abs: unary(Abs(), op, r)
        case .sign: unary(Sign(), op, r)
        case .square: unary(IntegerPow(y: 2), op, r)
        case .lt: compare(Lt(), op, r)
        case .le: compare(Le(), op, r)
        case .gt: compare(Gt(), op, r)
        case .ge: compare(Ge(), op, r)
        case .eq: compare(Eq(), op, r)
        case .ne: compare(Ne(), op, r)
        case .select:
            let which = r.load(fromByteOffset: Int(op.a) * 8, as: Bool.self)
            r.storeBytes(of: r.load(fromByteOffset: Int(which ? op.c : op.b) * 8, as: UInt64.self), toByteOffset: Int(op.d) * 8, as: UInt64.self)
        case .copy:
            r.storeBytes(of: r.load(fromByteOffset: Int(op.a) * 8, as: UInt64.self), toByteOffset: Int(op.d) * 8, as: UInt64.self)
        case .convert:
            Conversion.convert(r + Int(op.a) * 8, op.dtype, r + Int(op.d) * 8, op.outDType, count: 1)
        case .mulAdd:
            let (d, a, b, c) = (Int(op.d) * 8, Int(op.a) * 8, Int(op.b) * 8, Int(op.c) * 8)
            if op.dtype == .float32 {
                let p = Mul().apply(float: r.load(fromByteOffset: a, as: Float.self), r.load(fromByteOffset: b, as: Float.self))
                r.storeBytes(of: Add().apply(float: p, r.load(fromByteOffset: c, as: Float.self)), toByteOffset: d, as: Float.self)
            } else {
                let p = Mul().apply(float: r.load(fromByteOffset: a, as: Double.self), r.load(fromByteOffset: b, as: Double.self))
                r.storeBytes(of: Add().apply(float: p, r.load(fromByteOffset: c, as: Double.self)), toByteOffset: d, as: Double.self)
            }
        }
    }

    @inline(__always)
    private static func binary<P: BinaryElementwise>(_ p: P, _ op: Instruction, _ r: UnsafeMutableRawPointer) {
        let (d, a, b) = (Int(op.d) * 8, Int(op.a) * 8, Int(op.b) * 8)
        switch op.dtype {
        case .float32: r.storeBytes(of: p.apply(float: r.load(fromByteOffset: a, as: Float.self), r.load(fromByteOffset: b, as: Float.self)), toByteOffset: d, as: Float.self)
        case .float64: r.storeBytes(of: p.apply(float: r.load(fromByteOffset: a, as: Double.self), r.load(fromByteOffset: b, as: Double.self)), toByteOffset: d, as: Double.self)
        case .int32: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: Int32.self), r.load(fromByteOffset: b, as: Int32.self)), toByteOffset: d, as: Int32.self)
        case .int64: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: Int64.self), r.load(fromByteOffset: b, as: Int64.self)), toByteOffset: d, as: Int64.self)
        case .uint32: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: UInt32.self), r.load(fromByteOffset: b, as: UInt32.self)), toByteOffset: d, as: UInt32.self)
        case .bool: r.storeBytes(of: p.apply(bool: r.load(fromByteOffset: a, as: Bool.self), r.load(fromByteOffset: b, as: Bool.self)), toByteOffset: d, as: Bool.self)
        }
    }

    @inline(__always)
    private static func unary<P: UnaryElementwise>(_ p: P, _ op: Instruction, _ r: UnsafeMutableRawPointer) {
        let (d, a) = (Int(op.d) * 8, Int(op.a) * 8)
        switch op.dtype {
        case .float32: r.storeBytes(of: p.apply(float: r.load(fromByteOffset: a, as: Float.self)), toByteOffset: d, as: Float.self)
        case .float64: r.storeBytes(of: p.apply(float: r.load(fromByteOffset: a, as: Double.self)), toByteOffset: d, as: Double.self)
        case .int32: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: Int32.self)), toByteOffset: d, as: Int32.self)
        case .int64: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: Int64.self)), toByteOffset: d, as: Int64.self)
        case .uint32: r.storeBytes(of: p.apply(integer: r.load(fromByteOffset: a, as: UInt32.self)), toByteOffset: d, as: UInt32.self)
        case .bool: r.storeBytes(of: p.apply(bool: r.load(fromByteOffset: a, as: Bool.self)), toByteOffset: d, as: Bool.self)
        }
    }

    @inline(__always)
    private static func compare<P: Comparison>(_ p: P, _ op: Instruction, _ r: UnsafeMutableRawPointer) {
        let (d, a, b) = (Int(op.d) * 8, Int(op.a) * 8, Int(op.b) * 8)
        let v: Bool
        switch op.dtype {
        case .float32: v = p.compare(r.load(fromByteOffset: a, as: Float.self), r.load(fromByteOffset: b, as: Float.self))
        case .float64: v = p.compare(r.load(fromByteOffset: a, as: Double.self), r.load(fromByteOffset: b, as: Double.self))
        case .int32: v = p.compare(r.load(fromByteOffset: a, as: Int32.self), r.load(fromByteOffset: b, as: Int32.self))
        case .int64: v = p.compare(r.load(fromByteOffset: a, as: Int64.self), r.load(fromByteOffset: b, as: Int64.self))
        case .uint32: v = p.compare(r.load(fromByteOffset: a, as: UInt32.self), r.load(fromByteOffset: b, as: UInt32.self))
        case .bool: v = p.compare(r.load(fromByteOffset: a, as: UInt8.self), r.load(fromByteOffset: b, as: UInt8.self))
        }
        r.storeBytes(of: v, toByteOffset: d, as: Bool.self)
    }
}
