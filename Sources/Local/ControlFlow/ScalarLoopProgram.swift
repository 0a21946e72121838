/// A while loop whose cond and body hold only 0-d values (of any dtypes:
/// an int32 counter beside float state, a bool flag) as one register
/// program: each iteration runs the cond's instructions, tests the
/// predicate, and runs the body's, on 8-byte registers — no buffers, no
/// kernel dispatch. Each instruction applies the primitive's own scalar
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
    let cond: [Instruction], body: [Instruction]
    let predicate: Int
    let registerCount: Int
    /// Registers holding literals, and their values.
    let literals: [(Int, Tensor)]
    let condConstRegs: [Int], bodyConstRegs: [Int], carryRegs: [Int]

    /// Compiles a while loop; nil unless every value is 0-d and every
    /// equation has an instruction.
    static func compile(cond: Jaxpr, body: Jaxpr, condConsts ncc: Int, bodyConsts nbc: Int) -> ScalarLoopProgram? {
        let ncar = body.outvars.count
        let all = cond.invars.map(\.aval) + body.invars.map(\.aval) + (cond.equations + body.equations).flatMap { $0.outputs.map(\.aval) }
        guard all.allSatisfy({ $0.ndim == 0 }), cond.outvars.count == 1, cond.outvars[0].aval.dtype == .bool,
              cond.invars.count == ncc + ncar, body.invars.count == nbc + ncar else { return nil }
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
            reg[ObjectIdentifier(cond.invars[ncc + k])] = carryRegs[k]
            reg[ObjectIdentifier(body.invars[nbc + k])] = carryRegs[k]
        }
        let condConstRegs = cond.invars.prefix(ncc).compactMap { r(.variable($0)) }
        let bodyConstRegs = body.invars.prefix(nbc).compactMap { r(.variable($0)) }
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
        guard let condCode = compile(cond.equations), let predicate = r(cond.outvars[0]),
              var bodyCode = compile(body.equations) else { return nil }
        var outs = body.outvars.compactMap(r)
        guard outs.count == ncar else { return nil }
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
        // A new carry computed straight into its register when the body does
        // not read the old value afterwards (the cond runs before the body).
        for k in 0..<ncar {
            let o = Int32(outs[k]), c = Int32(carryRegs[k])
            guard o != c, outs.filter({ $0 == outs[k] }).count == 1, !outs.enumerated().contains(where: { $0.offset != k && $0.element == carryRegs[k] }),
                  let j = bodyCode.lastIndex(where: { $0.d == o }),
                  !bodyCode[(j + 1)...].contains(where: { $0.reads.contains(Int(c)) }) else { continue }
            for m in j..<bodyCode.count {
                if bodyCode[m].d == o { bodyCode[m].d = c }
                if bodyCode[m].a == o { bodyCode[m].a = c }
                if bodyCode[m].b == o { bodyCode[m].b = c }
                if bodyCode[m].c == o && (bodyCode[m].code == .select || bodyCode[m].code == .mulAdd) { bodyCode[m].c = c }
            }
            outs[k] = carryRegs[k]
        }
        // The other new carries: a parallel copy (through temporaries when a source is another carry).
        let copies = (0..<ncar).filter { outs[$0] != carryRegs[$0] }.map { (to: carryRegs[$0], from: outs[$0], dtype: body.outvars[$0].aval.dtype) }
        let targets = Set(copies.map(\.to))
        func copy(_ to: Int, _ from: Int, _ dtype: DType) -> Instruction {
            Instruction(code: .copy, dtype: dtype, outDType: dtype, d: Int32(to), a: Int32(from), b: 0, c: 0)
        }
        if copies.contains(where: { targets.contains($0.from) }) {
            let temps = copies.map { _ in fresh() }
            bodyCode += zip(temps, copies).map { copy($0, $1.from, $1.dtype) }
            bodyCode += zip(temps, copies).map { copy($1.to, $0, $1.dtype) }
        } else {
            bodyCode += copies.map { copy($0.to, $0.from, $0.dtype) }
        }
        return ScalarLoopProgram(cond: condCode, body: bodyCode, predicate: predicate, registerCount: count, literals: literals,
                                 condConstRegs: condConstRegs, bodyConstRegs: bodyConstRegs, carryRegs: carryRegs)
    }

    /// Runs the loop on (cond consts, body consts, carries); returns the final carries.
    func run(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
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
        cond.withUnsafeBufferPointer { cond in
            body.withUnsafeBufferPointer { body in
                while true {
                    for op in cond { Self.execute(op, r) }
                    if r.load(fromByteOffset: predicate * 8, as: UInt8.self) == 0 { break }
                    for op in body { Self.execute(op, r) }
                }
            }
        }
        return try zip(carryRegs, outputs).map { reg, aval in
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
