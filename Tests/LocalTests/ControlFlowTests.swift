// Control flow (scan, foriLoop, whileLoop, cond, cond(index:)) against plain
// Swift loops, each under {eager, jit, vmap, jit∘vmap}; batched predicates
// (while lanes with different trip counts, cond as select); nesting; the
// carry-type and branch-type errors with JAX 0.10's text; weak literal carries.

import Testing
@testable import Local

/// One construct: per-example arguments, the traced function, and the same
/// computation as a plain Swift loop over Swift arrays.
struct ControlFlowCase: Sendable, CustomTestStringConvertible {
    let name: String
    let args: @Sendable (inout XF.Rng) throws -> [Tensor]
    let f: XF.Op
    let loop: XF.Op
    var testDescription: String { name }
    init(_ name: String, args: @escaping @Sendable (inout XF.Rng) throws -> [Tensor], _ f: @escaping XF.Op, loop: @escaping XF.Op) {
        self.name = name
        self.args = args
        self.f = f
        self.loop = loop
    }
}

private func floats(_ t: Tensor) throws -> [Float] { try t.toArray(Float.self) }
private func ints(_ t: Tensor) throws -> [Int32] { try t.toArray(Int32.self) }

let controlFlowCases: [ControlFlowCase] = [
    ControlFlowCase("scan, array carry and array ys", args: { r in [try XF.random([5], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: [Tensor], x: Tensor) in
            let s = try c[0] + x, m = try maximum(c[1], x)
            return ([s, m], [s, try x * 2])
        }, initial: [Tensor(Float(0)), Tensor(-Float.infinity)], over: a[0])
        return c + ys
    }, loop: { a in
        var s: Float = 0, m = -Float.infinity, ys1: [Float] = [], ys2: [Float] = []
        for x in try floats(a[0]) { s += x; m = Swift.max(m, x); ys1.append(s); ys2.append(x * 2) }
        return [Tensor(s), Tensor(m), Tensor(ys1), Tensor(ys2)]
    }),
    ControlFlowCase("scan, tuple carry (TreePair) of int32 and float32[2]", args: { r in [try XF.random([4, 2], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: TreePair<Tensor, Tensor>, x: Tensor) in
            let n = try c.first + 1
            let acc = try c.second * 0.5 + x
            return (TreePair(n, acc), TreePair(try sum(acc), n))
        }, initial: TreePair(Tensor(Int32(0)), try Tensor.zeros([2])), over: a[0])
        return [c.first, c.second, ys.first, ys.second]
    }, loop: { a in
        let xs = try floats(a[0])
        var n: Int32 = 0, acc: [Float] = [0, 0], sums: [Float] = [], counts: [Int32] = []
        for i in 0..<4 {
            n += 1
            acc = [acc[0] * 0.5 + xs[2 * i], acc[1] * 0.5 + xs[2 * i + 1]]
            sums.append(acc[0] + acc[1]); counts.append(n)
        }
        return [Tensor(n), Tensor(acc), Tensor(sums), Tensor(counts)]
    }),
    ControlFlowCase("reverse scan", args: { r in [try XF.random([6], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: Tensor, x: Tensor) in let s = try c * 0.5 + x; return (s, s) }, initial: Tensor(Float(0)), over: a[0], reverse: true)
        return [c, ys]
    }, loop: { a in
        let xs = try floats(a[0])
        var c: Float = 0, ys = [Float](repeating: 0, count: xs.count)
        for i in xs.indices.reversed() { c = c * 0.5 + xs[i]; ys[i] = c }
        return [Tensor(c), Tensor(ys)]
    }),
    ControlFlowCase("reverse scan, running sum and max with the old carry as ys", args: { r in [try XF.random([6], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: [Tensor], x: Tensor) in
            ([try c[0] + x, try maximum(c[1], x)], [try c[0] + x, c[1], try x * 3])
        }, initial: [Tensor(Float(1)), Tensor(-Float.infinity)], over: a[0], reverse: true)
        return c + ys
    }, loop: { a in
        let xs = try floats(a[0])
        var s: Float = 1, m = -Float.infinity
        var ys0 = [Float](repeating: 0, count: 6), ys1 = ys0, ys2 = ys0
        for i in xs.indices.reversed() { ys1[i] = m; s += xs[i]; m = Swift.max(m, xs[i]); ys0[i] = s; ys2[i] = xs[i] * 3 }
        return [Tensor(s), Tensor(m), Tensor(ys0), Tensor(ys1), Tensor(ys2)]
    }),
    ControlFlowCase("reverse scan of vector accumulators (running max as ys, a product whose running values are unused)", args: { r in [try XF.random([5, 3], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: [Tensor], x: Tensor) in
            let m = try maximum(c[0], x), p = try c[1] * x
            return ([m, p], m)
        }, initial: [Tensor([-1, 0, 1] as [Float]), Tensor([1, 2, 3] as [Float])], over: a[0], reverse: true)
        return c + [ys]
    }, loop: { a in
        let xs = try floats(a[0])
        var m: [Float] = [-1, 0, 1], p: [Float] = [1, 2, 3], ys = [Float](repeating: 0, count: 15)
        for i in (0..<5).reversed() {
            for j in 0..<3 { m[j] = (m[j] > xs[i * 3 + j] || m[j].isNaN) ? m[j] : xs[i * 3 + j]; p[j] *= xs[i * 3 + j]; ys[i * 3 + j] = m[j] }
        }
        return [Tensor(m), Tensor(p), try Tensor(ys).reshaped([5, 3])]
    }),
    ControlFlowCase("scan adding a literal to a vector carry (not an induction variable)", args: { r in [try XF.random([4, 3], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: Tensor, x: Tensor) in let n = try c + -1.25; return (n, try n * x) }, initial: Tensor([1, 2, 3] as [Float]), over: a[0])
        return [c, ys]
    }, loop: { a in
        let xs = try floats(a[0])
        var c: [Float] = [1, 2, 3], ys: [Float] = []
        for i in 0..<4 { c = c.map { $0 + -1.25 }; ys += (0..<3).map { c[$0] * xs[i * 3 + $0] } }
        return [Tensor(c), try Tensor(ys).reshaped([4, 3])]
    }),
    ControlFlowCase("scan, wrapping int32 product with an induction variable", args: { r in [try XF.random([8], .int32, .ints(-40_000, 40_000), &r)] }, { a in
        let (c, ys) = try scan({ (c: TreePair<Tensor, Tensor>, x: Tensor) in
            (TreePair(try c.first + 2, try c.second * (x + c.first)), c.second)
        }, initial: TreePair(Tensor(Int32(3)), Tensor(Int32(1))), over: a[0])
        return [c.first, c.second, ys]
    }, loop: { a in
        var i: Int32 = 3, p: Int32 = 1, ys: [Int32] = []
        for x in try ints(a[0]) { ys.append(p); p = p &* (x &+ i); i += 2 }
        return [Tensor(i), Tensor(p), Tensor(ys)]
    }),
    ControlFlowCase("scan without xs", args: { r in [try XF.random([2], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: Tensor) in (try c * 2 + 1, try sum(c)) }, initial: a[0], length: 4)
        return [c, ys]
    }, loop: { a in
        var c = try floats(a[0]), ys: [Float] = []
        for _ in 0..<4 { ys.append(c[0] + c[1]); c = c.map { $0 * 2 + 1 } }
        return [Tensor(c), Tensor(ys)]
    }),
    ControlFlowCase("foriLoop, static bounds", args: { r in [try XF.random([5], .float32, .normal, &r)] }, { a in
        [try foriLoop(1, 5, initial: Tensor(Float(0))) { i, c in try c + a[0][i] * i.astype(.float32) }]
    }, loop: { a in
        let xs = try floats(a[0])
        var c: Float = 0
        for i in 1..<5 { c += xs[i] * Float(i) }
        return [Tensor(c)]
    }),
    ControlFlowCase("foriLoop, traced bounds", args: { r in [Tensor(Int32(r.int(0...6))), try XF.random([], .float32, .positive, &r)] }, { a in
        [try foriLoop(Tensor(Int32(0)), a[0], initial: a[1]) { i, c in try c * 1.5 + i.astype(.float32) }]
    }, loop: { a in
        var c = try floats(a[1])[0]
        for i in 0..<Int(try ints(a[0])[0]) { c = c * 1.5 + Float(i) }
        return [Tensor(c)]
    }),
    ControlFlowCase("whileLoop (Collatz steps)", args: { r in [Tensor(Int32(r.int(1...30)))] }, { a in
        let out = try whileLoop(initial: [a[0], Tensor(Int32(0))], while: { c in try c[0] .!= 1 }, body: { c in
            let n = c[0]
            let next = try select(n % 2 .== 0, n / 2, n * 3 + 1).astype(.int32)
            return [next, try c[1] + 1]
        })
        return [out[1]]
    }, loop: { a in
        var n = try ints(a[0])[0], steps: Int32 = 0
        while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
        return [Tensor(steps)]
    }),
    ControlFlowCase("cond", args: { r in [try XF.random([3], .float32, .normal, &r)] }, { a in
        [try cond(sum(a[0]) .> 0, initial: a[0], then: { try sin($0) * 2 }, else: { try cos($0) - 1 })]
    }, loop: { a in
        let xs = try floats(a[0])
        let positive = xs.reduce(0, +) > 0
        return [Tensor(xs.map { positive ? Float.sin($0) * 2 : Float.cos($0) - 1 })]
    }),
    ControlFlowCase("cond(index:) with clamping", args: { r in [Tensor(Int32(r.int(-2...4))), try XF.random([2], .float32, .normal, &r)] }, { a in
        let branches: [([Tensor]) throws -> [Tensor]] = [
            { [try $0[0] + 1, try $0[1] .> 0] },
            { [try $0[0] * 10, try $0[1] .< 0] },
            { [try -$0[0], try $0[1] .== 0] },
        ]
        return try cond(index: a[0], branches: branches, initial: [a[1], a[1]])
    }, loop: { a in
        let k = Swift.min(Swift.max(Int(try ints(a[0])[0]), 0), 2), xs = try floats(a[1])
        switch k {
        case 0: return [Tensor(xs.map { $0 + 1 }), Tensor(xs.map { $0 > 0 })]
        case 1: return [Tensor(xs.map { $0 * 10 }), Tensor(xs.map { $0 < 0 })]
        default: return [Tensor(xs.map { -$0 }), Tensor(xs.map { $0 == 0 })]
        }
    }),
    // Nesting.
    ControlFlowCase("cond inside scan", args: { r in [try XF.random([6], .float32, .normal, &r)] }, { a in
        let (c, ys) = try scan({ (c: Tensor, x: Tensor) in
            let next = try cond(x .> 0, initial: c, then: { try $0 + x }, else: { try $0 * 0.5 })
            return (next, next)
        }, initial: Tensor(Float(1)), over: a[0])
        return [c, ys]
    }, loop: { a in
        var c: Float = 1, ys: [Float] = []
        for x in try floats(a[0]) { c = x > 0 ? c + x : c * 0.5; ys.append(c) }
        return [Tensor(c), Tensor(ys)]
    }),
    ControlFlowCase("whileLoop inside scan", args: { r in [try XF.random([4], .float32, .positive, &r)] }, { a in
        let (_, ys) = try scan({ (c: Tensor, x: Tensor) in
            // Halve x * 10 until below 1, counting the halvings.
            let out = try whileLoop(initial: TreePair(try x * 10, Tensor(Int32(0))), while: { s in try s.first .>= 1 },
                                    body: { s in TreePair(try s.first / 2, try s.second + 1) })
            return (try c + out.second, out.second)
        }, initial: Tensor(Int32(0)), over: a[0])
        return [ys]
    }, loop: { a in
        var ys: [Int32] = []
        for x in try floats(a[0]) {
            var v = x * 10, k: Int32 = 0
            while v >= 1 { v /= 2; k += 1 }
            ys.append(k)
        }
        return [Tensor(ys)]
    }),
    ControlFlowCase("scan inside cond", args: { r in [try XF.random([4], .float32, .normal, &r)] }, { a in
        [try cond(a[0][0] .> 0, initial: a[0], then: { try cumsum($0) }, else: { xs in
            try scan({ (c: Tensor, x: Tensor) in let m = try maximum(c, x); return (m, m) }, initial: Tensor(-Float.infinity), over: xs).1
        })]
    }, loop: { a in
        let xs = try floats(a[0])
        if xs[0] > 0 { var s: Float = 0; return [Tensor(xs.map { s += $0; return s })] }
        var m = -Float.infinity
        return [Tensor(xs.map { m = Swift.max(m, $0); return m })]
    }),
]

/// `jit` of a list-of-tensors function (fixed-arity overloads).
private func jitOp(_ f: @escaping XF.Op, arity: Int) -> XF.Op {
    switch arity {
    case 1:
        let g = jit { (a: Tensor) in try f([a]) }
        return { try g($0[0]) }
    default:
        let g = jit { (a: Tensor, b: Tensor) in try f([a, b]) }
        return { try g($0[0], $0[1]) }
    }
}

/// Expected message of JAX's carry-type check.
private func carryError(_ what: String, _ lines: [String]) -> String {
    "\(what) function carry input and carry output must have equal types, but they differ:\n\n" + lines.joined(separator: "\n\n")
        + "\n\nRevise the function so that all output types match the corresponding input types."
}

private func tensorError(_ body: () throws -> Void) -> String? {
    do { try body() } catch let e as TensorError { return e.message } catch { return "unexpected \(type(of: error)): \(error)" }
    return nil
}

@Suite("control flow")
struct ControlFlowTests {
    /// Each construct against its plain loop, eager and under jit.
    @Test(arguments: controlFlowCases)
    func eagerAndJitEqualThePlainLoop(_ c: ControlFlowCase) throws {
        var rng = XF.Rng(c.name)
        for _ in 0..<3 {
            let args = try c.args(&rng)
            let want = try c.loop(args)
            try XF.expectSame(try c.f(args), want, rtol: 1e-5, atol: 1e-5, "\(c.name) eager \(args)")
            try XF.expectSame(try jitOp(c.f, arity: args.count)(args), want, rtol: 1e-5, atol: 1e-5, "\(c.name) jit \(args)")
        }
    }

    /// Each construct under vmap and jit∘vmap: a batch of different examples
    /// (so predicates and trip counts differ per lane) against the plain loop
    /// per example; every mix of mapped and unmapped arguments, out axes 0 and -1.
    @Test(arguments: controlFlowCases)
    func vmapAndJitVmapEqualThePlainLoopPerExample(_ c: ControlFlowCase) throws {
        var rng = XF.Rng("vmap " + c.name)
        let size = 5
        let examples = try (0..<size).map { _ in try c.args(&rng) }
        let arity = examples[0].count
        var combos: [[Int?]] = [[]]
        for _ in 0..<arity { combos = combos.flatMap { [$0 + [0], $0 + [nil]] } }
        combos.removeAll { $0.allSatisfy { $0 == nil } }
        for (n, inAxes) in combos.enumerated() {
            let outAxis = n % 2 == 0 ? 0 : -1
            let batched = try (0..<arity).map { k in inAxes[k] == nil ? examples[0][k] : try stack(examples.map { $0[k] }) }
            let rows = try examples.map { ex in try c.loop((0..<arity).map { k in inAxes[k] == nil ? examples[0][k] : ex[k] }) }
            let want = try (0..<rows[0].count).map { k in try stack(rows.map { $0[k] }, axis: outAxis) }
            let vf = XF.vmapN(c.f, arity: arity, inAxes: inAxes, outAxes: outAxis)
            try XF.expectSame(try vf(batched), want, rtol: 1e-5, atol: 1e-5, "\(c.name) vmap \(inAxes)")
            try XF.expectSame(try jitOp(vf, arity: arity)(batched), want, rtol: 1e-5, atol: 1e-5, "\(c.name) jit∘vmap \(inAxes)")
            // One traced batched program, never the per-example fallback.
            let strict: XF.Op = { args in
                switch arity {
                case 1: return try vmap({ (a: Tensor) in try c.f([a]) }, inAxes: Axes(inAxes), outAxes: Axes(all: outAxis), strategy: .batched)(args[0])
                default: return try vmap({ (a: Tensor, b: Tensor) in try c.f([a, b]) }, inAxes: Axes(inAxes), outAxes: Axes(all: outAxis), strategy: .batched)(args[0], args[1])
                }
            }
            try XF.expectSame(try strict(batched), want, rtol: 1e-5, atol: 1e-5, "\(c.name) vmap(strategy: .batched) \(inAxes)")
        }
    }

    /// A batched whileLoop whose lanes need different numbers of iterations:
    /// finished lanes keep their values while the others continue.
    @Test func batchedWhileLoopWithDifferentTripCounts() throws {
        let starts = Tensor([1.0, 3, 100, 0.5, 7])
        let f = vmap({ (x: Tensor) in
            try whileLoop(initial: TreePair(x, Tensor(Int32(0))), while: { s in try s.first .< 50 },
                          body: { s in TreePair(try s.first * 2, try s.second + 1) })
        }, strategy: .batched)
        let out = try f(starts)
        try XF.expectSame(out.first, Tensor([64.0, 96, 100, 64, 56]))
        try XF.expectSame(out.second, Tensor([Int32(6), 5, 0, 7, 3]))
        let j = try jit(f)(starts)
        try XF.expectSame(j.second, out.second)
        // A mapped bound, unmapped carry: the carry becomes batched.
        let g = vmap({ (n: Tensor) in try foriLoop(Tensor(Int32(0)), n, initial: Tensor(Float(1))) { _, c in try c * 2 } }, strategy: .batched)
        try XF.expectSame(try g(Tensor([Int32(0), 3, 1, 5])), Tensor([1.0, 8, 2, 32]))
    }

    /// A cond with a batched predicate runs both branches and selects per example.
    @Test func condWithABatchedPredicate() throws {
        let xs = Tensor([-2.0, -1, 0, 1, 2])
        let f = vmap({ (x: Tensor) in try cond(x .> 0, initial: x, then: { try $0 * 10 }, else: { try $0 - 100 }) }, strategy: .batched)
        try XF.expectSame(try f(xs), Tensor([-102.0, -101, -100, 10, 20]))
        let j = try makeJaxpr(f)(xs)
        #expect(XF.primitiveNames(j).contains("select_n"))
        #expect(!XF.primitiveNames(j).contains("cond"), "a batched predicate becomes select_n: \(j)")
        // An unbatched predicate with batched operands stays a cond.
        let g = vmap({ (x: Tensor, p: Tensor) in try cond(p, initial: x, then: { try $0 * 10 }, else: { try $0 - 100 }) }, inAxes: [0, nil])
        let k = try makeJaxpr(g)(xs, Tensor(true))
        #expect(XF.primitiveNames(k).contains("cond"))
        try XF.expectSame(try g(xs, Tensor(true)), try xs * 10)
        // cond(index:) with a batched index: clamped per example.
        let h = vmap({ (i: Tensor, x: Tensor) in
            try cond(index: i, branches: [{ try $0 + 1 }, { try $0 * 2 }, { try -$0 }], initial: x)
        }, strategy: .batched)
        try XF.expectSame(try h(Tensor([Int32(-5), 0, 1, 2, 9]), xs), Tensor([-1.0, 0, 0, -1, -2]))
    }

    /// scan inside vmap inside jit, with an unmapped constant and carry.
    @Test func scanInsideVmapInsideJit() throws {
        var rng = XF.Rng("scan in vmap in jit")
        let xs = try XF.random([4, 6], .float32, .normal, &rng), w = Tensor([0.5, 2])
        let f = jit(vmap({ (xs: Tensor, w: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in let s = try c * w[0] + x * w[1]; return (s, try s * s) }, initial: Tensor(Float(0)), over: xs)
        }, inAxes: [0, nil]))
        let (c, ys) = try f(xs, w)
        for b in 0..<4 {
            var s: Float = 0, want: [Float] = []
            for x in try floats(xs[b]) { s = s * 0.5 + x * 2; want.append(s * s) }
            try XF.expectSame(try c[b], Tensor(s), rtol: 1e-5, atol: 1e-5)
            try XF.expectSame(try ys[b], Tensor(want), rtol: 1e-5, atol: 1e-5)
        }
        // Scanning over a mapped axis other than 0 (xs batched on axis 1).
        let g = vmap({ (xs: Tensor) in try scan({ (c: Tensor, x: Tensor) in (try c + x, c) }, initial: Tensor(Float(0)), over: xs).0 }, inAxes: 1)
        try XF.expectSame(try g(xs.transposed()), try sum(xs, axis: 1), rtol: 1e-5, atol: 1e-5)
    }

    /// The second seed notebook's loop cells: lax.scan and lax.fori_loop
    /// cumulative sums of np.arange(500), eager and jitted.
    @Test func secondSeedNotebookLoopCells() throws {
        let a = try Tensor.arange(500)
        @Sendable func cumsum(_ res: Tensor, _ el: Tensor) throws -> (Tensor, Tensor) { let r = try res + el; return (r, r) }
        let want = (0..<500).reduce(into: [Int32]()) { acc, i in acc.append((acc.last ?? 0) + Int32(i)) }
        let (total, ys) = try scan(cumsum, initial: 0, over: a)
        try XF.expectSame(total, Tensor(Int32(124_750)), "In [51] carry")
        try XF.expectSame(ys, Tensor(want), "In [51] ys")
        let scanned = jit { (a: Tensor) in try scan(cumsum, initial: 0, over: a) }
        let (jt, jys) = try scanned(a)
        try XF.expectSame(jt, total, "In [60]")
        try XF.expectSame(jys, ys, "In [60]")
        let fori = { @Sendable (a: Tensor) throws -> Tensor in try foriLoop(0, a.shape[0], initial: Tensor(0)) { i, c in try c + a[i] } }
        try XF.expectSame(try fori(a), Tensor(Int32(124_750)), "In [61]")
        try XF.expectSame(try jit(fori)(a), Tensor(Int32(124_750)), "In [62]")
        #expect(total.dtype == .int32 && ys.dtype == .int32)
    }

    /// Running a loop primitive eagerly keeps its body's plan only as long as
    /// the primitive: eager scans in a loop do not accumulate traced bodies.
    @Test func loopBodiesAreReleasedAfterEagerRuns() throws {
        weak var body: Jaxpr?
        do {
            let j = try makeJaxpr { (xs: Tensor) in
                try scan({ (c: Tensor, x: Tensor) in (try c + x, c) }, initial: Tensor(Float(0)), over: xs).0
            }(try Tensor.ones([3]))
            let p = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
            body = p.body
            let out = try Local.evaluate(p, [Tensor(Float(0)), Tensor([1.0, 2, 3])])
            try XF.expectSame(out[0], Tensor(Float(6)))
        }
        #expect(body == nil, "the scan body (and its plan) outlived the primitive")
    }

    // MARK: Errors

    /// JAX 0.10.2: lax.scan(lambda c, x: (c + x, c), 0.0, jnp.ones((3, 2)))
    @Test func scanCarryShapeError() throws {
        let m = tensorError { _ = try scan({ (c: Tensor, x: Tensor) in (try c + x, c) }, initial: Tensor(Float(0)), over: try Tensor.ones([3, 2])) }
        #expect(m == """
            scan body function carry input and carry output must have equal types, but they differ:

            The input carry c has type float32[] but the corresponding output carry component has type float32[2], so the shapes do not match.

            Revise the function so that all output types match the corresponding input types.
            """)
    }

    /// JAX 0.10.2: lax.scan(lambda c, x: (c + x, c), jnp.int32(0), jnp.ones(3)), and a tuple
    /// carry: lax.scan(lambda c, x: ((c[0] + x, c[1] + x), c[0]), (jnp.int32(0), 0.0), jnp.ones(3)).
    @Test func scanCarryDtypeError() throws {
        let m = tensorError { _ = try scan({ (c: Tensor, x: Tensor) in (try c + x, c) }, initial: Tensor(Int32(0)), over: try Tensor.ones([3])) }
        #expect(m == carryError("scan body", ["The input carry c has type int32[] but the corresponding output carry component has type float32[], so the dtypes do not match."]))
        let m2 = tensorError {
            _ = try scan({ (c: [Tensor], x: Tensor) in ([try c[0] + x, try c[1] + x], c[0]) }, initial: [Tensor(Int32(0)), Tensor(Float(0))], over: try Tensor.ones([3]))
        }
        #expect(m2 == carryError("scan body", ["The input carry component c[0] has type int32[] but the corresponding output carry component has type float32[], so the dtypes do not match."]))
    }

    /// Several mismatches are a bulleted list; shape and dtype both wrong name both. JAX 0.10.2:
    /// lax.scan(lambda c, x: ((c[0] + x, c[1] + jnp.ones(2)), c[0]), (jnp.int32(0), 0.0), jnp.ones(3)) and
    /// lax.scan(lambda c, x: (c + jnp.ones(2), c), jnp.int32(0), jnp.ones(3))
    @Test func scanCarryErrorWithSeveralMismatches() throws {
        let m = tensorError {
            _ = try scan({ (c: [Tensor], x: Tensor) in ([try c[0] + x, try c[1] + Tensor.ones([2])], c[0]) },
                         initial: [Tensor(Int32(0)), Tensor(Float(0))], over: try Tensor.ones([3]))
        }
        #expect(m == """
            scan body function carry input and carry output must have equal types, but they differ:

              * the input carry component c[0] has type int32[] but the corresponding output carry component has type float32[], so the dtypes do not match;
              * the input carry component c[1] has type float32[] but the corresponding output carry component has type float32[2], so the shapes do not match.

            Revise the function so that all output types match the corresponding input types.
            """)
        let both = tensorError { _ = try scan({ (c: Tensor, x: Tensor) in (try c + Tensor.ones([2]), c) }, initial: Tensor(Int32(0)), over: try Tensor.ones([3])) }
        #expect(both == carryError("scan body", ["The input carry c has type int32[] but the corresponding output carry component has type float32[2], so the dtypes do not match, and the shapes do not match."]))
    }

    @Test func scanLeadingAxisSizesError() throws {
        let m = tensorError {
            _ = try scan({ (c: Tensor, x: [Tensor]) in (c, try x[0] + x[1]) }, initial: Tensor(Float(0)), over: [try Tensor.ones([3]), try Tensor.ones([4])])
        }
        #expect(m == "scan got values with different leading axis sizes: 3, 4.")
    }

    /// JAX 0.10.2: lax.while_loop(lambda c: c, lambda c: c + 1, 0) and with a bool[2] predicate.
    @Test func whileCondFunError() throws {
        #expect(tensorError { _ = try whileLoop(initial: Tensor(0), while: { $0 }, body: { try $0 + 1 }) }
            == "cond_fun must return a boolean scalar, but got output type(s) [ShapedArray(int32[], weak_type=True)].")
        #expect(tensorError { _ = try whileLoop(initial: Tensor(Float(0)), while: { _ in Tensor([true, false]) }, body: { try $0 + 1 }) }
            == "cond_fun must return a boolean scalar, but got output type(s) [ShapedArray(bool[2])].")
    }

    /// JAX 0.10.2: lax.while_loop(lambda c: c < 3, lambda c: jnp.ones(2), 0.0)
    @Test func whileBodyCarryError() throws {
        let m = tensorError { _ = try whileLoop(initial: Tensor(Float(0)), while: { try $0 .< 3.0 }, body: { _ in try Tensor.ones([2]) }) }
        #expect(m == carryError("while_loop body", ["The input carry c has type float32[] but the corresponding output carry component has type float32[2], so the shapes do not match."]))
    }

    /// JAX 0.10.2: lax.cond(True, lambda x: x, lambda x: jnp.ones(2), 1.0). JAX adds
    /// "true_fun is <lambda> at file:line" lines we cannot know; the rest is its text.
    @Test func condBranchTypeError() throws {
        let m = tensorError { _ = try cond(Tensor(true), initial: Tensor(Float(1)), then: { $0 }, else: { _ in try Tensor.ones([2]) }) }
        #expect(m == """
            cond branches must have equal output types but they differ.

            The output of true_fun has type float32[] but the corresponding output of false_fun has type float32[2], so the shapes do not match.

            Revise true_fun and/or false_fun so that all output types match.
            """)
        // lax.cond(True, lambda x: x, lambda x: jnp.ones(2, jnp.int32), 1.0)
        let both = tensorError { _ = try cond(Tensor(true), initial: Tensor(Float(1)), then: { $0 }, else: { _ in try Tensor.ones([2], dtype: .int32) }) }
        #expect(both == """
            cond branches must have equal output types but they differ.

            The output of true_fun has type float32[] but the corresponding output of false_fun has type int32[2], so the dtypes do not match, and the shapes do not match.

            Revise true_fun and/or false_fun so that all output types match.
            """)
        let d = tensorError { _ = try cond(Tensor(true), initial: Tensor(Float(1)), then: { $0 }, else: { _ in Tensor(Int32(1)) }) }
        #expect(d == """
            cond branches must have equal output types but they differ.

            The output of true_fun has type float32[] but the corresponding output of false_fun has type int32[], so the dtypes do not match.

            Revise true_fun and/or false_fun so that all output types match.
            """)
    }

    // MARK: Weak types

    /// A weakly typed literal initial carry adopts the body's dtype, as in JAX:
    /// lax.scan(lambda c, x: (c + 1.5, c + 1.5), 0, xs) → (4.5, [1.5, 3., 4.5]) float32.
    @Test func weakLiteralCarryAdoptsTheBodyDType() throws {
        let (c, ys) = try scan({ (c: Tensor, x: Tensor) in let s = try c + 1.5; return (s, s) }, initial: 0, over: try Tensor.ones([3]))
        #expect(c.dtype == .float32 && !c.weakType)
        try XF.expectSame(c, Tensor(Float(4.5)))
        try XF.expectSame(ys, Tensor([1.5, 3, 4.5]))
        // Under jit and vmap too.
        let j = try jit { (xs: Tensor) in try scan({ (c: Tensor, x: Tensor) in let s = try c + x * 1.5; return (s, s) }, initial: 0, over: xs).0 }(try Tensor.ones([3], dtype: .int32))
        try XF.expectSame(j, Tensor(Float(4.5)))
        // lax.fori_loop(0, 3, lambda i, c: c + 0.5, 0) → 1.5; lax.while_loop(lambda c: c < 3, lambda c: c + 1.5, 0) → 3.0
        try XF.expectSame(try foriLoop(0, 3, initial: Tensor(integerLiteral: 0)) { _, c in try c + 0.5 }, Tensor(Float(1.5)))
        try XF.expectSame(try whileLoop(initial: Tensor(integerLiteral: 0), while: { try $0 .< 3 }, body: { try $0 + 1.5 }), Tensor(Float(3)))
    }
}
