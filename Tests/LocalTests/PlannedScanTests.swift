import Testing
@testable import Local

/// Scan bodies run on buffers planned once (PlannedScan); their results
/// must equal a plain Swift loop.
@Suite("Scan: bodies on planned buffers")
struct PlannedScanTests {
    @Test("c = c * 0.5 + x (not associative) equals a Swift loop, eager and under jit")
    func decayingSum() throws {
        let xs: [Float] = (0..<257).map { Float($0 % 13) - 6 }
        var c: Float = 1
        var expected: [Float] = []
        for x in xs { c = c * 0.5 + x; expected.append(c) }
        let body: @Sendable (Tensor, Tensor) throws -> (Tensor, Tensor) = { c, x in let n = try c * 0.5 + x; return (n, n) }
        let (final, ys) = try scan(body, initial: Tensor(Float(1)), over: Tensor(xs))
        #expect(try final.item(Float.self) == c)
        #expect(try ys.toArray(Float.self) == expected)
        let jitted = jit { (xs: Tensor) in try scan(body, initial: Tensor(Float(1)), over: xs) }
        let (f2, y2) = try jitted(Tensor(xs))
        #expect(try f2.item(Float.self) == c)
        #expect(try y2.toArray(Float.self) == expected)
    }

    @Test("an elementwise body runs on the planned buffers only")
    func planned() throws {
        let j = try makeJaxpr { (xs: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in let n = try tanh(c) * x + 1; return (n, try n .> 0) }, initial: Tensor(Float(0)), over: xs)
        }(Tensor([1, 2, 3] as [Float]))
        let s = try #require(j.equations.first?.primitive as? Scan)
        #expect(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).runsOnBuffersOnly)
        #expect(s.bodyRef.associativeScan(numConsts: s.numConsts, numCarry: s.numCarry) == nil)
    }

    @Test("vector carries, reverse, several carries and a passed-through carry")
    func vectorCarries() throws {
        let xs = try Tensor.arange(24.0, dtype: .float32).reshaped([6, 4])
        let f = { (c: TreePair<Tensor, Tensor>, x: Tensor) throws -> (TreePair<Tensor, Tensor>, Tensor) in
            let a = try maximum(c.first * 0.9, x - 3)
            return (TreePair(a, c.second), try a + c.second)
        }
        let (carry, ys) = try scan(f, initial: TreePair(Tensor.zeros([4]), Tensor([1, 2, 3, 4] as [Float])), over: xs, reverse: true)
        // Plain loop, reversed.
        var a = [Float](repeating: 0, count: 4)
        let rows = try xs.toArray(Float.self)
        var want = [[Float]](repeating: [], count: 6)
        for i in (0..<6).reversed() {
            for k in 0..<4 { a[k] = Swift.max(a[k] * 0.9, rows[i * 4 + k] - 3) }
            want[i] = (0..<4).map { a[$0] + Float($0 + 1) }
        }
        #expect(try carry.first.toArray(Float.self) == a)
        #expect(try carry.second.toArray(Float.self) == [1, 2, 3, 4])
        #expect(try ys.toArray(Float.self) == want.flatMap { $0 })
    }

    @Test("scalar bodies run as a register program, bitwise equal to a Swift loop (max, min, div, neg, square, two carries)")
    func scalarProgram() throws {
        let xs: [Double] = (0..<301).map { Double(($0 * 37) % 23) - 11.5 }
        var a = 0.25, b = -1.0
        var want: [Double] = []
        for x in xs {
            let na = Swift.max(a * 0.75 - x, -b / 2)
            let nb = Swift.min(b + x * x, a - 3)
            a = na; b = nb
            want.append(-na)
        }
        let body = { (c: TreePair<Tensor, Tensor>, x: Tensor) throws -> (TreePair<Tensor, Tensor>, Tensor) in
            let na = try maximum(c.first * 0.75 - x, -c.second / 2)
            let nb = try minimum(c.second + x ** 2, c.first - 3)
            return (TreePair(na, nb), try -na)
        }
        let start = TreePair(try Tensor(0.25, dtype: .float64), try Tensor(-1.0, dtype: .float64))
        let (carry, ys) = try scan(body, initial: start, over: try Tensor(xs, shape: [xs.count], dtype: .float64))
        #expect(try carry.first.item(Double.self) == a)
        #expect(try carry.second.item(Double.self) == b)
        #expect(try ys.toArray(Double.self) == want)
        let j = try makeJaxpr { (x: Tensor) in try scan(body, initial: start, over: x) }(try Tensor(xs, shape: [xs.count], dtype: .float64))
        let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
        #expect(s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry).registers != nil)
    }

    @Test("a body mixing buffer kernels and general steps (transposed dot, reshape of x, reduction, cond) equals a plain loop, forward and reverse")
    func mixedBody() throws {
        let w = try Random.normal(Random.key(8), shape: [6, 3]) * 0.5
        let xs = try Random.normal(Random.key(9), shape: [40, 2, 3])
        let body: @Sendable (Tensor, Tensor) throws -> (Tensor, Tensor) = { c, x in
            let flat = try x.reshaped([6])                                  // general, reads x as a tensor
            let h = try tanh(matmul(w, x[0]) + flat * 0.1 + c)             // dot into a buffer, elementwise
            let g = try matmul(x, w.transposed())                          // dot needing a transposed operand: general
            let s = try sum(g)                                              // reduction: general
            let n = try cond(s .> 0, initial: h, then: { try $0 * 0.5 }, else: { try $0 - 1 })
            return (n, try s + sum(n))
        }
        for reverse in [false, true] {
            var c = try Tensor.zeros([6])
            var want = [Float](repeating: 0, count: 40)
            for i in (reverse ? Array((0..<40).reversed()) : Array(0..<40)) {
                let (n, y) = try body(c, xs[i])
                c = n
                want[i] = try y.item(Float.self)
            }
            let f = jit { (xs: Tensor) in try scan(body, initial: Tensor.zeros([6]), over: xs, reverse: reverse) }
            for (carry, ys) in [try scan(body, initial: Tensor.zeros([6]), over: xs, reverse: reverse), try f(xs)] {
                #expect(try carry.toArray(Float.self) == c.toArray(Float.self))
                #expect(try ys.toArray(Float.self) == want)
            }
        }
        let j = try makeJaxpr { (xs: Tensor) in try scan(body, initial: Tensor.zeros([6]), over: xs) }(xs)
        let s = try #require(j.equations.first { $0.primitive is Scan }?.primitive as? Scan)
        let plan = s.bodyRef.plannedScan(numConsts: s.numConsts, numCarry: s.numCarry)
        #expect(!plan.runsOnBuffersOnly)
        #expect(plan.steps.contains { $0.kind == .into })
    }
}
