import Testing
@testable import Local

/// How loop bodies run: general bodies reuse their buffers from one
/// iteration to the next (no allocation per iteration), and scalar bodies
/// compile to a register program whose results equal a plain Swift loop
/// bit for bit, whatever the body does with its carries.
@Suite("Loop bodies: recycled buffers and register programs")
struct LoopBodyTests {
    static let w = try! Random.normal(Random.key(3), shape: [8, 8]) * 0.4
    static let xs = try! Random.normal(Random.key(4), shape: [1000, 8])

    /// The plain loop: the same body run eagerly, row by row.
    static func rnnByHand() throws -> (Tensor, [Float]) {
        var h = try Tensor.zeros([8])
        var ys: [Float] = []
        for i in 0..<1000 {
            h = try tanh(matmul(w, h) + xs[i])
            ys.append(try sum(h).item(Float.self))
        }
        return (h, ys)
    }

    @Test("a scan body with a dot allocates no buffers per iteration, and equals the plain loop")
    func scanWithDotReusesBuffers() throws {
        let f = jit { (w: Tensor, xs: Tensor) in
            try scan({ (h: Tensor, x: Tensor) in
                let n = try tanh(matmul(w, h) + x)
                return (n, try sum(n))
            }, initial: Tensor.zeros([8]), over: xs)
        }
        _ = try f(Self.w, Self.xs)   // traces and plans
        let before = ThreadState.current.allocations
        let (h, ys) = try f(Self.w, Self.xs)
        let allocated = ThreadState.current.allocations - before
        // Five or so per iteration without recycling (5000+); a handful in all with it.
        #expect(allocated < 40, "\(allocated) buffers allocated for 1000 iterations")
        let (hWant, ysWant) = try Self.rnnByHand()
        #expect(try h.toArray(Float.self) == hWant.toArray(Float.self))
        #expect(try ys.toArray(Float.self) == ysWant)
    }

    @Test("a whileLoop body with a dot allocates no buffers per iteration")
    func whileWithDotReusesBuffers() throws {
        let f = jit { (w: Tensor, v: Tensor) in
            try whileLoop(initial: TreePair(Tensor(Int32(0)), v), while: { s in try s.first .< 500 }) { s in
                TreePair(try s.first + 1, try tanh(matmul(w, s.second)))
            }
        }
        let v = try Self.xs[0]
        _ = try f(Self.w, v)
        let before = ThreadState.current.allocations
        let out = try f(Self.w, v)
        let allocated = ThreadState.current.allocations - before
        #expect(allocated < 40, "\(allocated) buffers allocated for 500 iterations")
        var want = v
        for _ in 0..<500 { want = try tanh(matmul(Self.w, want)) }
        #expect(try out.first.item(Int32.self) == 500)
        #expect(try out.second.toArray(Float.self) == want.toArray(Float.self))
    }

    @Test("a scan nested in a scan reuses the inner loop's buffers across outer iterations")
    func nestedScans() throws {
        let f = jit { (xs: Tensor) in
            try scan({ (c: Tensor, row: Tensor) in
                let (inner, _) = try scan({ (a: Tensor, x: Tensor) in (try tanh(matmul(Self.w, a) + x), Tensor(Float(0))) },
                                          initial: c, over: row.reshaped([4, 8]))
                return (inner, try sum(inner))
            }, initial: Tensor.zeros([8]), over: xs)
        }
        let rows = try Self.xs.reshaped([250, 32])
        _ = try f(rows)
        let before = ThreadState.current.allocations
        let (c, _) = try f(rows)
        #expect(ThreadState.current.allocations - before < 60)
        let (want, _) = try Self.rnnByHand()
        #expect(try c.toArray(Float.self) == want.toArray(Float.self))
    }

    // MARK: - Scalar register programs against a Swift interpreter of the same body

    /// A random scalar body over three carries and one x: each step applies
    /// an operation to earlier values; carries and ys pick any value (old
    /// carries, x, permutations, duplicates), so every case of the
    /// compiler's carry renaming is met.
    struct RandomBody: CustomStringConvertible {
        var ops: [(code: Int, a: Int, b: Int)] = []
        var carryOut: [Int] = []
        var yOut: [Int] = []
        var description: String { "ops \(ops.map { "\($0.code)(\($0.a),\($0.b))" }) carries \(carryOut) ys \(yOut)" }

        /// Values 0..<carries are the carries, then x, then one per op.
        init(seed: UInt64, carries: Int = 3, maxOps: Int = 6) {
            var state = seed &* 6364136223846793005 &+ 1442695040888963407
            func next(_ n: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(n))
            }
            for k in 0..<(1 + next(maxOps)) { ops.append((next(12), next(carries + 1 + k), next(carries + 1 + k))) }
            let values = carries + 1 + ops.count
            // A single carry mostly takes the last op's value (the usual update).
            carryOut = (0..<carries).map { _ in carries == 1 && next(4) > 0 ? values - 1 : next(values) }
            yOut = (0..<(1 + next(2))).map { _ in next(values) }
        }

        static func apply(_ code: Int, _ a: Float, _ b: Float) -> Float {
            switch code {
            case 0: return a + b
            case 1: return a - b
            case 2: return a * b
            case 3: return a / b
            // JAX's maximum and minimum: NaN wins, +0 is above −0.
            case 4: return a.isNaN || b.isNaN ? .nan : (a == b ? (a.sign == .minus && b.sign == .minus ? a : (a.sign == .plus ? a : b)) : Swift.max(a, b))
            case 5: return a.isNaN || b.isNaN ? .nan : (a == b ? (a.sign == .minus ? a : b) : Swift.min(a, b))
            case 6: return -a
            case 7: return a * a
            case 8: return a * 0.5
            case 9: return a + -1.25
            case 10: return a - 0.75
            default: return 1.5 / a
            }
        }

        static func apply(_ code: Int, _ a: Tensor, _ b: Tensor) throws -> Tensor {
            switch code {
            case 0: return try a + b
            case 1: return try a - b
            case 2: return try a * b
            case 3: return try a / b
            case 4: return try maximum(a, b)
            case 5: return try minimum(a, b)
            case 6: return try -a
            case 7: return try a ** 2
            case 8: return try a * 0.5
            case 9: return try a + -1.25
            case 10: return try a - 0.75
            default: return try 1.5 / a
            }
        }

        func step(_ c: [Tensor], _ x: Tensor) throws -> ([Tensor], [Tensor]) {
            var v = c + [x]
            for o in ops { v.append(try Self.apply(o.code, v[o.a], v[o.b])) }
            return (carryOut.map { v[$0] }, yOut.map { v[$0] })
        }

        /// The plain Swift loop.
        func reference(_ c0: [Float], _ xs: [Float]) -> ([Float], [[Float]]) {
            var c = c0
            var ys: [[Float]] = yOut.map { _ in [] }
            for x in xs {
                var v = c + [x]
                for o in ops { v.append(Self.apply(o.code, v[o.a], v[o.b])) }
                for (k, y) in yOut.enumerated() { ys[k].append(v[y]) }
                c = carryOut.map { v[$0] }
            }
            return (c, ys)
        }
    }

    static func same(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }

    @Test("300 random scalar bodies: the register program equals a Swift loop bit for bit, eager and under jit")
    func randomScalarBodies() throws {
        let xs: [Float] = (0..<24).map { Float(($0 * 7) % 11) * 0.375 - 1.5 }
        let c0: [Float] = [0.5, -2, 1.75]
        for seed in 0..<300 {
            let body = RandomBody(seed: UInt64(seed))
            let f: @Sendable ([Tensor], Tensor) throws -> ([Tensor], [Tensor]) = { c, x in try body.step(c, x) }
            let (wantC, wantY) = body.reference(c0, xs)
            let initial = c0.map { Tensor($0) }
            let jitted = jit { (xs: Tensor) in try scan(f, initial: initial, over: xs) }
            for (mode, run) in [("eager", { try scan(f, initial: initial, over: Tensor(xs)) }), ("jit", { try jitted(Tensor(xs)) })] {
                let (c, ys) = try run()
                #expect(Self.same(try c.map { try $0.item(Float.self) }, wantC), "\(mode) carries, body \(body)")
                for (k, y) in ys.enumerated() {
                    #expect(Self.same(try y.toArray(Float.self), wantY[k]), "\(mode) ys[\(k)], body \(body)")
                }
            }
            let j = try makeJaxpr { (x: Tensor) in try scan(f, initial: initial, over: x) }(Tensor(xs))
            let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
            #expect(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).registers != nil, "not compiled: \(body)")
        }
    }

    @Test("300 random single-carry updates (the dedicated recurrence loop among them) equal a Swift loop bit for bit, forward and reverse")
    func randomRecurrences() throws {
        let xs: [Float] = (0..<40).map { Float(($0 * 5) % 17) * 0.25 - 2 }
        var recurrences = 0
        for seed in 0..<300 {
            let body = RandomBody(seed: UInt64(seed), carries: 1, maxOps: 2)
            let f: @Sendable ([Tensor], Tensor) throws -> ([Tensor], [Tensor]) = { c, x in try body.step(c, x) }
            for reverse in [false, true] {
                var (wantC, wantY) = body.reference([0.75], reverse ? xs.reversed() : xs)
                if reverse { wantY = wantY.map { $0.reversed() } }
                let (c, ys) = try jit { (xs: Tensor) in try scan(f, initial: [Tensor(Float(0.75))], over: xs, reverse: reverse) }(Tensor(xs))
                #expect(Self.same(try c.map { try $0.item(Float.self) }, wantC), "reverse \(reverse), body \(body)")
                for (k, y) in ys.enumerated() { #expect(Self.same(try y.toArray(Float.self), wantY[k]), "reverse \(reverse) ys[\(k)], body \(body)") }
            }
            let j = try makeJaxpr { (x: Tensor) in try scan(f, initial: [Tensor(Float(0.75))], over: x) }(Tensor(xs))
            let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
            if s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).registers?.recurrence != nil { recurrences += 1 }
        }
        #expect(recurrences > 50, "only \(recurrences) bodies ran as a recurrence loop")
    }

    @Test("300 random bodies on vector carries, as a register program over lanes and on planned buffers (carries computed in place among them), equal to a Swift loop lane by lane")
    func randomVectorBodies() throws {
        // 19 lanes: two SIMD blocks of eight and a tail of three; zeros, so infinities and NaNs arise.
        let lanes = 19, n = 16
        let xs: [Float] = (0..<(n * lanes)).map { Float(($0 * 7) % 13) * 0.375 - 2 }
        let xsTensor = try Tensor(xs).reshaped([n, lanes])
        let c0: [[Float]] = (0..<3).map { k in (0..<lanes).map { Float((k * 5 + $0 * 3) % 9) * 0.5 - 2 } }
        var inPlace = 0
        for seed in 0..<300 {
            let body = RandomBody(seed: UInt64(1000 + seed), carries: 1 + seed % 3)
            let carries = body.carryOut.count
            let f: @Sendable ([Tensor], Tensor) throws -> ([Tensor], [Tensor]) = { c, x in try body.step(c, x) }
            let initial = (0..<carries).map { Tensor(c0[$0]) }
            // The scan equation and its operands, to run both plans directly.
            let j = try makeJaxpr { (x: Tensor) in try scan(f, initial: [Tensor](initial.map { try $0 * 1 }), over: x) }(xsTensor)
            let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
            let operands = initial + [xsTensor]
            let avals = try s.abstractEval(operands.map(\.aval))
            let registers = s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry)
            let buffers = PlannedScan.plan(s.body, numConsts: s.numConsts, numCarry: s.numCarry, registerProgram: false)
            #expect(registers.registers != nil && buffers.registers == nil && buffers.runsOnBuffersOnly, "body \(body)")
            inPlace += buffers.inPlace.filter { $0 }.count
            for (mode, plan) in [("registers", registers), ("buffers", buffers)] {
                let outs = try plan.run(operands, length: n, reverse: false, numConsts: s.numConsts, numCarry: s.numCarry, outputs: avals)
                for lane in 0..<lanes {
                    let (wantC, wantY) = body.reference((0..<carries).map { c0[$0][lane] }, (0..<n).map { xs[$0 * lanes + lane] })
                    #expect(Self.same(try outs[..<carries].map { try $0.toArray(Float.self)[lane] }, wantC), "\(mode) lane \(lane) carries, body \(body)")
                    for (k, y) in outs[carries...].enumerated() {
                        let got = try y.toArray(Float.self)
                        #expect(Self.same((0..<n).map { got[$0 * lanes + lane] }, wantY[k]), "\(mode) lane \(lane) ys[\(k)], body \(body)")
                    }
                }
            }
        }
        #expect(inPlace > 100, "only \(inPlace) carries were computed in place")
    }

    @Test("signed zeros follow JAX's maximum and minimum (+0 above −0) in cummax and every scan path")
    func signedZeros() throws {
        func signs(_ t: Tensor) throws -> [Bool] { try t.toArray(Float.self).map { $0.sign == .minus } }
        let up = Tensor([-0.0, 0.0, -0.0] as [Float]), down = Tensor([0.0, -0.0, 0.0] as [Float])
        // JAX 0.10: cummax([-0, 0, -0]) has signs [-, +, +]; cummin([0, -0, 0]) [+, -, -].
        #expect(try signs(bind1(Cumulative(.max, axis: 0), [up])) == [true, false, false])
        #expect(try signs(bind1(Cumulative(.min, axis: 0), [down])) == [false, true, true])
        let maxBodies: [@Sendable (Tensor, Tensor) throws -> (Tensor, Tensor)] = [
            { c, v in let m = try maximum(c, v); return (m, m) },         // associative: one fold
            { c, v in let m = try maximum(c * 1, v); return (m, m) },     // register program
        ]
        let minBodies: [@Sendable (Tensor, Tensor) throws -> (Tensor, Tensor)] = [
            { c, v in let m = try minimum(c, v); return (m, m) },
            { c, v in let m = try minimum(c * 1, v); return (m, m) },
        ]
        for body in maxBodies {
            #expect(try signs(scan(body, initial: Tensor(Float(-0.0)), over: up).1) == [true, false, false])
            #expect(try signs(jit { (x: Tensor) in try scan(body, initial: Tensor(Float(-0.0)), over: x).1 }(up)) == [true, false, false])
            // Nine lanes: one SIMD block and a tail.
            let lanes = try Tensor.zeros([9]) * -1
            let rows = try up.reshaped([3, 1]).broadcast(to: [3, 9])
            let ys = try scan(body, initial: lanes, over: rows).1
            #expect(try signs(ys) == (0..<27).map { [true, false, false][$0 / 9] })
        }
        for body in minBodies {
            #expect(try signs(scan(body, initial: Tensor(Float(0)), over: down).1) == [false, true, true])
            #expect(try signs(jit { (x: Tensor) in try scan(body, initial: Tensor(Float(0)), over: x).1 }(down)) == [false, true, true])
            let rows = try down.reshaped([3, 1]).broadcast(to: [3, 9])
            #expect(try signs(scan(body, initial: Tensor.zeros([9]), over: rows).1) == (0..<27).map { [false, true, true][$0 / 9] })
        }
    }

    @Test("200 random scalar while loops (int32 counter, converts, selects, float state) run as a register program equal to a Swift loop, and on planned buffers")
    func randomScalarWhileLoops() throws {
        for seed in 0..<200 {
            let body = RandomBody(seed: UInt64(5000 + seed), carries: 2)
            let step: @Sendable (TreePair<Tensor, [Tensor]>) throws -> TreePair<Tensor, [Tensor]> = { s in
                let x = try s.first.astype(.float32) * 0.25
                let (new, _) = try body.step(s.second, x)
                let even = try s.first % 2 .== 0
                return TreePair(try s.first + 1, try new.indices.map { try select(even, new[$0], s.second[$0]) })
            }
            let loop: @Sendable (Tensor) throws -> TreePair<Tensor, [Tensor]> = { n in
                try whileLoop(initial: TreePair(Tensor(Int32(0)), [Tensor(Float(0.5)), Tensor(Float(-1.25))]), while: { try $0.first .< n }, body: step)
            }
            // The plain loop.
            var i: Int32 = 0, c: [Float] = [0.5, -1.25]
            while i < 12 {
                var v = c + [Float(i) * 0.25]
                for o in body.ops { v.append(RandomBody.apply(o.code, v[o.a], v[o.b])) }
                if i % 2 == 0 { c = body.carryOut.map { v[$0] } }
                i += 1
            }
            let n = Tensor(Int32(12))
            for (mode, out) in [("eager", try loop(n)), ("jit", try jit(loop)(n))] {
                #expect(try out.first.item(Int32.self) == 12)
                #expect(Self.same(try out.second.map { try $0.item(Float.self) }, c), "\(mode), body \(body)")
            }
            let j = try makeJaxpr(loop)(n)
            let w = try #require(j.equations.first { $0.primitive is While }?.primitive as? While)
            #expect(w.bodyRef.scalarLoop(cond: w.cond, condConsts: w.condNConsts, bodyConsts: w.bodyNConsts) != nil, "not compiled: \(body)")
            // The same loop on planned buffers (vmap makes every value a vector, so the register program does not apply).
            let batched = try vmap { (n: Tensor) in try loop(n).second[0] }(Tensor([12, 12] as [Int32]))
            #expect(Self.same(try batched.toArray(Float.self), [c[0], c[0]]), "vmap, body \(body)")
        }
    }

    @Test("long integer accumulators (wrapping sum and product, max, min) fold out of order to the sequential loop's bits")
    func integerFolds() throws {
        let values: [Int32] = (0..<1003).map { Int32(truncatingIfNeeded: ($0 &* 747_796_405) >> 3) | 1 }
        let body: @Sendable ([Tensor], Tensor) throws -> ([Tensor], Tensor) = { c, x in
            ([try c[0] + x, try c[1] * x, try maximum(c[2], x), try minimum(c[3], x)], Tensor(Int32(0)))
        }
        let initial = [Tensor(Int32(5)), Tensor(Int32(3)), Tensor(Int32.min), Tensor(Int32.max)]
        var want: [Int32] = [5, 3, .min, .max]
        for x in values { want = [want[0] &+ x, want[1] &* x, Swift.max(want[2], x), Swift.min(want[3], x)] }
        for reverse in [false, true] {
            let (c, _) = try jit { (xs: Tensor) in try scan(body, initial: initial, over: xs, reverse: reverse) }(Tensor(values))
            #expect(try c.map { try $0.item(Int32.self) } == want)
        }
        let j = try makeJaxpr { (xs: Tensor) in try scan(body, initial: initial, over: xs) }(Tensor(values))
        let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
        #expect(s.bodyRef.associativeScan(numConsts: s.numConsts, numCarry: s.numCarry) != nil)
    }

    @Test("200 random scalar foriLoops and scans with int32 xs (mixed dtypes) run as a register program equal to a Swift loop, forward and reverse")
    func randomScalarScans() throws {
        let xs: [Int32] = (0..<12).map { Int32(($0 * 5) % 7) - 3 }
        for seed in 0..<200 {
            let body = RandomBody(seed: UInt64(9000 + seed), carries: 2)
            // foriLoop(0, 12): counter i (int32) and float state; even steps take the new state.
            let step: @Sendable (Tensor, [Tensor]) throws -> [Tensor] = { i, c in
                let (new, _) = try body.step(c, try i.astype(.float32) * 0.25)
                let even = try i % 2 .== 0
                return try new.indices.map { try select(even, new[$0], c[$0]) }
            }
            let fori: @Sendable () throws -> [Tensor] = { try foriLoop(0, 12, initial: [Tensor(Float(0.5)), Tensor(Float(-1.25))], body: step) }
            var c: [Float] = [0.5, -1.25]
            for i in 0..<12 {
                var v = c + [Float(i) * 0.25]
                for o in body.ops { v.append(RandomBody.apply(o.code, v[o.a], v[o.b])) }
                if i % 2 == 0 { c = body.carryOut.map { v[$0] } }
            }
            for (mode, out) in [("eager", try fori()), ("jit", try jit { (_: Tensor) in try fori() }(Tensor(0)))] {
                #expect(Self.same(try out.map { try $0.item(Float.self) }, c), "\(mode) foriLoop, body \(body)")
            }
            // A scan over int32 xs with an int32 running sum and float state; ys of both dtypes.
            let scanBody: @Sendable (TreePair<Tensor, [Tensor]>, Tensor) throws -> (TreePair<Tensor, [Tensor]>, [Tensor]) = { s, x in
                let (new, _) = try body.step(s.second, try x.astype(.float32) * 0.5)
                let total = try s.first * 3 + x
                return (TreePair(total, new), [total, new[0]])
            }
            for reverse in [false, true] {
                var total: Int32 = 1, state: [Float] = [0.5, -1.25], ys0 = [Int32](repeating: 0, count: 12), ys1 = [Float](repeating: 0, count: 12)
                for i in (reverse ? Array((0..<12).reversed()) : Array(0..<12)) {
                    var v = state + [Float(xs[i]) * 0.5]
                    for o in body.ops { v.append(RandomBody.apply(o.code, v[o.a], v[o.b])) }
                    state = body.carryOut.map { v[$0] }
                    total = total &* 3 &+ xs[i]
                    ys0[i] = total; ys1[i] = state[0]
                }
                let f = jit { (xs: Tensor) in try scan(scanBody, initial: TreePair(Tensor(Int32(1)), [Tensor(Float(0.5)), Tensor(Float(-1.25))]), over: xs, reverse: reverse) }
                let (carry, ys) = try f(Tensor(xs))
                #expect(try carry.first.item(Int32.self) == total)
                #expect(Self.same(try carry.second.map { try $0.item(Float.self) }, state), "scan reverse \(reverse), body \(body)")
                #expect(try ys[0].toArray(Int32.self) == ys0)
                #expect(Self.same(try ys[1].toArray(Float.self), ys1), "scan ys reverse \(reverse), body \(body)")
            }
            let j = try makeJaxpr { (xs: Tensor) in try scan(scanBody, initial: TreePair(Tensor(Int32(1)), [Tensor(Float(0.5)), Tensor(Float(-1.25))]), over: xs) }(Tensor(xs))
            let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
            #expect(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).scalars != nil, "not compiled: \(body)")
        }
    }

    @Test("review findings: a float counter adds step by step, a dot per iteration is not batched over iterations, negation flips NaN signs in every lane")
    func loopFaithfulness() throws {
        // c + 0.1 on a float carry: repeated adds (1.0000001 after ten), not 0 + 10·0.1.
        var c: Float = -0.0, olds: [Float] = []
        for _ in 0..<10 { olds.append(c); c += 0.1 }
        let counter: @Sendable (Tensor, Tensor) throws -> (Tensor, Tensor) = { c, _ in (try c + 0.1, c) }
        for run in [{ try scan(counter, initial: Tensor(Float(-0.0)), over: Tensor.zeros([10])) },
                    { try jit { (x: Tensor) in try scan(counter, initial: Tensor(Float(-0.0)), over: x) }(Tensor.zeros([10])) }] {
            let (final, ys) = try run()
            #expect(try final.item(Float.self).bitPattern == c.bitPattern)
            #expect(try ys.toArray(Float.self).map(\.bitPattern) == olds.map(\.bitPattern))
        }
        // A dot in the accumulator-free part: run as a loop, bit for bit the eager iterations.
        let dotBody: @Sendable (Tensor, Tensor) throws -> (Tensor, Tensor) = { c, x in (try c + sum(matmul(Self.w, x)), Tensor(Float(0))) }
        var want = Tensor(Float(0))
        for i in 0..<1000 { want = try want + sum(matmul(Self.w, Self.xs[i])) }
        let (got, _) = try jit { (xs: Tensor) in try scan(dotBody, initial: Tensor(Float(0)), over: xs) }(Self.xs)
        #expect(try got.item(Float.self).bitPattern == want.item(Float.self).bitPattern)
        let j = try makeJaxpr { (xs: Tensor) in try scan(dotBody, initial: Tensor(Float(0)), over: xs) }(Self.xs)
        let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
        #expect(s.bodyRef.associativeScan(numConsts: s.numConsts, numCarry: s.numCarry) == nil)
        // -NaN over nine lanes (a SIMD block and a tail) has the sign bit set everywhere, as the eager kernel.
        let nans = try Tensor([Float](repeating: .nan, count: 9)).reshaped([1, 9])
        let (_, negs) = try scan({ (c: Tensor, x: Tensor) in let n = try -x; return (n, n) }, initial: Tensor.zeros([9]), over: nans)
        #expect(try negs.toArray(Float.self).map(\.bitPattern) == (-nans).toArray(Float.self).map(\.bitPattern))
    }

    @Test("a product read once by a sum compiles to one mulAdd; a new carry is computed in place")
    func programShape() throws {
        let j = try makeJaxpr { (xs: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in let n = try c * 0.99 + x; return (n, n) }, initial: Tensor(Float(0)), over: xs)
        }(Tensor([1, 2, 3] as [Float]))
        let s = try #require(j.equations.first?.primitive as? Scan)
        let program = try #require(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).registers).program
        #expect(program.map(\.code) == [.loadX, .mulAdd, .storeY])
        #expect(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).registers?.recurrence?.code == .mulAdd)
    }
}
