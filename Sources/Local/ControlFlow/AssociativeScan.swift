/// A faster way to run some scans: when every carry is either an
/// accumulator (`c' = c ⊕ t` for ⊕ in add, mul, max, min, with `t` not
/// depending on any accumulator) or an induction variable (`i' = i + k`),
/// the loop is the same as evaluating the `t`s for all iterations at once
/// (the body's accumulator-free part, batched over the iterations) followed
/// by one cumulative kernel per accumulator. The cumulative kernel folds
/// sequentially from the initial value, so results are bitwise those of the
/// loop. Recognised on the structure of the body, not on a particular
/// function: cumsum, cumprod, running max, `foriLoop` sums of `a[i]`, and
/// mixtures of them all qualify.
struct AssociativeScan {
    enum CarryKind {
        /// `out = op(in, t)`: `t` is output `tIndex` of the batched body.
        case accumulator(Cumulative.Op, tIndex: Int)
        /// `out = in + step`.
        case induction(step: Tensor)
    }
    enum YSource {
        /// The accumulator's new value (its running combination).
        case accumulated(carry: Int)
        /// A value computed without accumulators: output of the batched body.
        case independent(index: Int)
    }

    let kinds: [CarryKind]
    let ys: [YSource]
    /// The accumulator-free part of the body, taking (consts, induction
    /// values, xs) and returning (ts, independent ys), unbatched.
    let independent: Jaxpr
    let numConsts: Int
    let numCarry: Int
    /// The batched accumulator-free body, per (length, batched inputs).
    let batchedBodies = BatchedBodyCache()

    /// Analyses a scan body; nil when the scan is not of this form.
    static func analyse(_ body: Jaxpr, numConsts nc: Int, numCarry ncar: Int) -> AssociativeScan? {
        let invars = body.invars
        let carryIn = Array(invars[nc..<(nc + ncar)])
        let carryOut = Array(body.outvars.prefix(ncar))
        var producer: [ObjectIdentifier: Equation] = [:]
        for e in body.equations { for v in e.outputs { producer[ObjectIdentifier(v)] = e } }

        // Induction variables: out = add(in, literal), on integer scalars (a
        // float counter's k-th value is not init + k·step to the bit).
        var kinds = [CarryKind?](repeating: nil, count: ncar)
        for k in 0..<ncar where carryIn[k].aval.ndim == 0 && carryIn[k].aval.dtype.isInteger {
            guard case .variable(let ov) = carryOut[k], let e = producer[ObjectIdentifier(ov)], e.primitive is Add,
                  case .variable(let a) = e.inputs[0], a === carryIn[k], case .literal(let step) = e.inputs[1] else { continue }
            kinds[k] = .induction(step: step)
        }
        // Values depending on accumulators (non-induction carries).
        var dependent = Set<ObjectIdentifier>()
        for k in 0..<ncar where kinds[k] == nil { dependent.insert(ObjectIdentifier(carryIn[k])) }
        for e in body.equations
        where e.inputs.contains(where: { if case .variable(let v) = $0 { return dependent.contains(ObjectIdentifier(v)) }; return false }) {
            for v in e.outputs { dependent.insert(ObjectIdentifier(v)) }
        }
        // Each accumulator: out = op(x, t) where x is in (or a dtype-preserving convert of in).
        var tAtoms: [Atom] = []
        var allowed = Set<ObjectIdentifier>()   // dependent vars that are fine: the accumulator chain
        func isCarry(_ a: Atom, _ k: Int) -> Bool {
            guard case .variable(let v) = a else { return false }
            if v === carryIn[k] { return true }
            if let e = producer[ObjectIdentifier(v)], let c = e.primitive as? ConvertElementType,
               case .variable(let src) = e.inputs[0], src === carryIn[k], c.newDType == src.aval.dtype {
                allowed.insert(ObjectIdentifier(v))
                return true
            }
            return false
        }
        for k in 0..<ncar where kinds[k] == nil {
            guard case .variable(let ov) = carryOut[k], let e = producer[ObjectIdentifier(ov)], e.inputs.count == 2 else { return nil }
            let op: Cumulative.Op
            switch e.primitive {
            case is Add: op = .sum
            case is Mul: op = .prod
            case is Max: op = .max
            case is Min: op = .min
            default: return nil
            }
            let t: Atom
            if isCarry(e.inputs[0], k) { t = e.inputs[1] }
            else if isCarry(e.inputs[1], k) { t = e.inputs[0] }
            else { return nil }
            if case .variable(let tv) = t, dependent.contains(ObjectIdentifier(tv)) { return nil }
            guard ov.aval.dtype == carryIn[k].aval.dtype, ov.aval.shape == carryIn[k].aval.shape, t.aval.shape == ov.aval.shape else { return nil }
            allowed.insert(ObjectIdentifier(ov))
            kinds[k] = .accumulator(op, tIndex: tAtoms.count)
            tAtoms.append(t)
        }
        // Every accumulator-dependent equation must be part of an accumulator
        // chain (this also keeps accumulators from being read elsewhere: a
        // reader of a dependent value is itself dependent). Every
        // non-induction carry has become an accumulator or returned nil above.
        for e in body.equations where e.outputs.contains(where: { dependent.contains(ObjectIdentifier($0)) }) {
            if !e.outputs.allSatisfy({ allowed.contains(ObjectIdentifier($0)) }) { return nil }
        }
        // ys: an accumulator's new value, or accumulator-free.
        var ySources: [YSource] = []
        var independentOuts = tAtoms
        for y in body.outvars.dropFirst(ncar) {
            if case .variable(let v) = y, dependent.contains(ObjectIdentifier(v)) {
                guard let k = (0..<ncar).first(where: { if case .variable(let o) = carryOut[$0] { return o === v }; return false }),
                      case .accumulator = kinds[k]! else { return nil }
                ySources.append(.accumulated(carry: k))
            } else {
                ySources.append(.independent(index: independentOuts.count))
                independentOuts.append(y)
            }
        }
        // The accumulator-free sub-jaxpr (inputs: consts, induction carries, xs).
        let inductionVars = (0..<ncar).filter { if case .induction = kinds[$0]! { return true }; return false }.map { carryIn[$0] }
        let eqns = body.equations.filter { !$0.outputs.contains { dependent.contains(ObjectIdentifier($0)) } }
        // Batched over the iterations, a product can change kernel (a mapped
        // operand becomes a free dimension; see "Determinism"), so its bits
        // could differ from the loop's: such bodies run as loops.
        func hasDot(_ eqns: [Equation]) -> Bool {
            eqns.contains { $0.primitive is DotGeneral || $0.primitive.subJaxprs.contains { hasDot($0.jaxpr.equations) } }
        }
        if hasDot(eqns) { return nil }
        let sub = Jaxpr(constvars: [], consts: [], invars: Array(invars[..<nc]) + inductionVars + Array(invars[(nc + ncar)...]),
                        equations: eqns, outvars: independentOuts)
        return AssociativeScan(kinds: kinds.map { $0! }, ys: ySources, independent: sub, numConsts: nc, numCarry: ncar)
    }

    /// Runs the scan on concrete operands.
    func run(_ inputs: [Tensor], length: Int, reverse: Bool, outputs: [ShapedArray]) throws -> [Tensor] {
        let consts = Array(inputs[..<numConsts])
        let carry = Array(inputs[numConsts..<(numConsts + numCarry)])
        let xs = Array(inputs[(numConsts + numCarry)...])
        // Induction values for every iteration: init + step·k (k counts iterations in order).
        var induction: [Tensor] = []
        for (k, kind) in kinds.enumerated() {
            guard case .induction(let step) = kind else { continue }
            let c = carry[k]
            let iota = try bind1(Iota(dtype: c.dtype == .bool ? .int32 : c.dtype, shape: [length]), []).convert(to: c.dtype, weak: c.weakType)
            let steps = try Local.evaluate(Mul(), [iota, step.convert(to: c.dtype, weak: c.weakType)])[0]
            let order = reverse ? try bind1(Rev(dimensions: [0]), [steps]) : steps
            induction.append(try Local.evaluate(Add(), [order, c.convert(to: c.dtype, weak: order.weakType)])[0])
        }
        // The accumulator-free part for all iterations at once.
        let inBatched = consts.map { _ in false } + induction.map { _ in true } + xs.map { _ in true }
        let plan = try batchedBodies.plan(independent, length: length, inBatched: inBatched)
        let batched = try plan.plan.run(plan.consts + consts + induction + xs)
        var finals = carry
        var accumulated: [Int: Tensor] = [:]
        for (k, kind) in kinds.enumerated() {
            switch kind {
            case .induction(let step):
                // Final value: init + step·length.
                let n = try Tensor(Double(length), dtype: carry[k].dtype)
                finals[k] = try Local.evaluate(Add(), [carry[k], Local.evaluate(Mul(), [step.convert(to: carry[k].dtype, weak: carry[k].weakType), n.convert(to: carry[k].dtype, weak: carry[k].weakType)])[0]])[0]
            case .accumulator(let op, let t):
                // One sequential fold from the initial value, in loop order.
                let ts = batched[t]
                let wantsRunning = ys.contains(where: { if case .accumulated(let c) = $0 { return c == k }; return false })
                let (last, running) = try Cumulative.fold(op, ts, from: carry[k].convert(to: ts.dtype, weak: ts.weakType),
                                                          reverse: reverse, running: wantsRunning)
                finals[k] = Tensor(aval: outputs[k], storage: last.storage)
                accumulated[k] = running
            }
        }
        let ysOut = zip(ys, outputs.dropFirst(numCarry)).map { y, aval -> Tensor in
            switch y {
            case .accumulated(let k): return Tensor(aval: aval, storage: accumulated[k]!.storage)
            case .independent(let i): return Tensor(aval: aval, storage: batched[i].storage)
            }
        }
        return finals + ysOut
    }
}

/// Batched bodies of one associative scan, planned once per (length, batched inputs).
final class BatchedBodyCache: @unchecked Sendable {
    struct Entry { let plan: ExecutionPlan; let consts: [Tensor] }
    private let entries = Mutex([String: Entry]())

    func plan(_ j: Jaxpr, length: Int, inBatched: [Bool]) throws -> Entry {
        let key = "\(length)/\(inBatched)"
        if let e = entries.withLock({ $0[key] }) { return e }
        let (body, _) = try batchJaxpr(j, axis: BatchAxis(size: length), inBatched: inBatched,
                                       forceOut: Array(repeating: true, count: j.outvars.count))
        let e = Entry(plan: ExecutionPlan(body.jaxpr), consts: body.consts)
        entries.withLock { $0[key] = e }
        return e
    }
}
