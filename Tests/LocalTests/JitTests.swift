// jit: `jit(f)(x) == f(x)` over a table covering the primitive families;
// cache hits and misses; fusion; composition with vmap and itself; calls
// from several threads; and what "captured values are frozen at trace time"
// means.

import Dispatch
import Testing
@testable import Local

/// A user type seen through by the transformations (a JAX pytree).
struct XFLayer: TensorTree, Equatable {
    var w: Tensor
    var b: Tensor
    func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> XFLayer { XFLayer(w: try f(w), b: try f(b)) }
    static func == (l: XFLayer, r: XFLayer) -> Bool {
        do { return try XF.mismatch(l.w, r.w) == nil && XF.mismatch(l.b, r.b) == nil } catch { return false }
    }
}

/// One row of the jit table: random arguments and the function.
struct JitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let args: @Sendable (inout XF.Rng) throws -> [Tensor]
    let f: XF.Op
    var testDescription: String { name }
    init(_ name: String, _ args: @escaping @Sendable (inout XF.Rng) throws -> [Tensor], _ f: @escaping XF.Op) {
        self.name = name
        self.args = args
        self.f = f
    }
}

private func rnd(_ shape: [Int], _ dtype: DType = .float32, _ fill: XF.Fill = .normal, _ r: inout XF.Rng) throws -> Tensor {
    try XF.random(shape, dtype, fill, &r)
}

/// A captured non-scalar constant (becomes a constvar of the jaxpr).
private let capturedTable = Tensor([1.0, -2, 3, -4])

let jitCases: [JitCase] = [
    JitCase("fused elementwise chain", { r in [try rnd([4, 5], .float32, .normal, &r)] }) { x in
        [try exp(sin(x[0]) * 2 + 1) - tanh(x[0]) / 3]
    },
    JitCase("literals and 0-d arguments broadcast", { r in [try rnd([3, 4], .float32, .normal, &r), try rnd([], .float32, .normal, &r)] }) { x in
        [try x[0] * 2.5 - 1, try (x[0] + x[1]) * x[1], try 1 / (x[0] * x[0] + 1)]
    },
    JitCase("rank broadcasting", { r in [try rnd([3, 4], .float32, .normal, &r), try rnd([4], .float32, .normal, &r), try rnd([3, 1], .float32, .normal, &r)] }) { x in
        [try x[0] + x[1], try x[1] * x[2], try maximum(x[0], x[2])]
    },
    JitCase("mixed dtypes", { r in [try rnd([5], .int32, .ints(-9, 9), &r), try rnd([5], .float32, .normal, &r), try rnd([5], .float64, .normal, &r)] }) { x in
        [try x[0] + x[1], try x[1] * x[2], try x[0] / 2, try x[0] * 3 + 1, try (x[0] .> 0).astype(.float32) + x[1]]
    },
    JitCase("integer and bool ops", { r in [try rnd([6], .int32, .ints(-20, 20), &r), try rnd([6], .int32, .ints(1, 4), &r)] }) { x in
        [try x[0] % x[1], try shiftLeft(x[0], x[1]), try (x[0] .> 0) & (x[1] .< 3), try abs(x[0]) ** 2]
    },
    JitCase("comparison and select (leaky relu)", { r in [try rnd([7], .float32, .normal, &r)] }) { x in
        [try select(x[0] .> 0, x[0], x[0] * 0.1), try `where`(x[0] .< -0.5, Tensor(Float(-0.5)), x[0])]
    },
    JitCase("reductions and softmax", { r in [try rnd([3, 5], .float32, .normal, &r)] }) { x in
        let m = try max(x[0], axis: -1, keepDims: true)
        let e = try exp(x[0] - m)
        return [try e / sum(e, axis: -1, keepDims: true), try mean(x[0]), try argmax(x[0], axis: 1), try prod(x[0], axes: [0])]
    },
    JitCase("cumulative", { r in [try rnd([4, 3], .float32, .positive, &r)] }) { x in
        [try cumsum(x[0], axis: 0), try cummax(x[0], axis: 1, reverse: true), try cumprod(x[0])]
    },
    JitCase("dot, matmul, dot_general", { r in [try rnd([4, 3], .float32, .normal, &r), try rnd([3], .float32, .normal, &r), try rnd([4], .float32, .normal, &r)] }) { x in
        [try matmul(x[0], x[1]) + x[2], try dot(x[2], x[2]), try matmul(x[0].transposed(), x[0]),
         try bind1(DotGeneral(contracting: ([0], [0])), [x[0], x[0]])]
    },
    JitCase("shape ops", { r in [try rnd([2, 3, 4], .float32, .normal, &r)] }) { x in
        [try x[0].reshaped([6, 4]).transposed(), try x[0].flipped(axes: [1]), try x[0].squeezed(axes: []).expandedDims(axis: 1),
         try concatenate([x[0], x[0] * 2], axis: 2), try x[0].broadcastInDim(shape: [5, 2, 3, 4], broadcastDimensions: [1, 2, 3])]
            + (try split(x[0], sections: 2, axis: 2))
    },
    JitCase("indexing: slice, dynamic_slice, gather, dynamic_update_slice", { r in
        [try rnd([5, 3], .float32, .normal, &r), Tensor(Int32(-2)), try rnd([4], .int32, .ints(0, 4), &r)]
    }) { x in
        [try x[0][1..<4], try x[0][x[1]], try x[0][x[2]], try take(x[0], x[2], axis: 0),
         try bind1(DynamicUpdateSlice(), [x[0], try Tensor.zeros([1, 3]), x[1] + 3, Tensor(Int32(0))])]
    },
    JitCase("pad and sort", { r in [try rnd([3, 4], .float32, .normal, &r)] }) { x in
        [try pad(x[0], [(1, 0), (2, 1)], value: -1), try sort(x[0], axis: 0), try argsort(x[0])]
    },
    JitCase("random from a key argument", { r in [Random.key(r.int(0...1000))] }) { k in
        let (a, b) = try Random.split(k[0])
        return [try Random.normal(a, shape: [3]), try Random.uniform(b, shape: [2, 2]), try Random.bits(k[0], shape: [2])]
    },
    JitCase("captured constant and constant outputs", { r in [try rnd([4], .float32, .normal, &r)] }) { x in
        [try x[0] * capturedTable, capturedTable, try Tensor.ones([2]), Tensor(Float(3))]
    },
    JitCase("identity, duplicate and dead outputs", { r in [try rnd([3], .float32, .normal, &r)] }) { x in
        _ = try exp(x[0]) * 100   // dead code
        let y = try x[0] + 1
        return [x[0], y, y]
    },
    JitCase("a scan inside", { r in [try rnd([6, 2], .float32, .normal, &r)] }) { x in
        let (c, ys) = try scan({ (c: Tensor, v: Tensor) in let s = try c + v; return (s, try s * 2) }, initial: try Tensor.zeros([2]), over: x[0])
        return [c, ys]
    },
]

/// `jit` of a list-of-tensors function, dispatched to the fixed-arity overloads.
private func jitN(_ f: @escaping XF.Op, arity: Int, cache: JitCache = JitCache()) -> XF.Op {
    switch arity {
    case 1:
        let g = jit({ (a: Tensor) in try f([a]) }, cache: cache)
        return { try g($0[0]) }
    case 2:
        let g = jit({ (a: Tensor, b: Tensor) in try f([a, b]) }, cache: cache)
        return { try g($0[0], $0[1]) }
    default:
        let g = jit({ (a: Tensor, b: Tensor, c: Tensor) in try f([a, b, c]) }, cache: cache)
        return { try g($0[0], $0[1], $0[2]) }
    }
}

@Suite("jit")
struct JitTests {
    /// `jit(f)(x) == f(x)`, twice (the second call is a cache hit).
    @Test(arguments: jitCases)
    func jitEqualsEager(_ c: JitCase) throws {
        var rng = XF.Rng(c.name)
        let args = try c.args(&rng)
        let cache = JitCache()
        let jf = jitN(c.f, arity: args.count, cache: cache)
        let want = try c.f(args)
        try XF.expectSame(try jf(args), want, rtol: 1e-6, atol: 1e-6, "\(c.name), first call")
        try XF.expectSame(try jf(args), want, rtol: 1e-6, atol: 1e-6, "\(c.name), cached")
        #expect(cache.misses == 1 && cache.hits == 1)
        // Weak types of results survive (e.g. literals), as eager.
        let got = try jf(args)
        #expect(got.map(\.weakType) == want.map(\.weakType))
    }

    @Test func tupleResults() throws {
        let f = jit { (x: Tensor, y: Tensor) in (try x + y, try x * y, try sum(x)) }
        let x = Tensor([1.0, 2, 3]), y = Tensor([4.0, 5, 6])
        let (a, b, c) = try f(x, y)
        try XF.expectSame(a, Tensor([5.0, 7, 9]))
        try XF.expectSame(b, Tensor([4.0, 10, 18]))
        try XF.expectSame(c, Tensor(Float(6)))
        let g = jit { (x: Tensor) in (x, try x.astype(.int32), try x .> 1.5, Tensor(Float(1))) }
        let (p, q, r, s) = try g(x)
        try XF.expectSame(p, x)
        try XF.expectSame(q, Tensor([1, 2, 3]))
        try XF.expectSame(r, Tensor([false, true, true]))
        try XF.expectSame(s, Tensor(Float(1)))
    }

    @Test func arraysOfTensorsAsTrees() throws {
        let cache = JitCache()
        let f = jit({ (xs: [Tensor], scale: Tensor) in try xs.map { try $0 * scale } + [try xs.reduce(Tensor(Float(0))) { try $0 + sum($1) }] }, cache: cache)
        let xs = [Tensor([1.0, 2]), Tensor([3.0]), try Tensor.ones([2, 2])]
        let out = try f(xs, Tensor(Float(2)))
        #expect(out.count == 4)
        try XF.expectSame(out[0], Tensor([2.0, 4]))
        try XF.expectSame(out[1], Tensor([6.0]))
        try XF.expectSame(out[2], try Tensor.full([2, 2], 2))
        try XF.expectSame(out[3], Tensor(Float(10)))
        // A different number of leaves is a different signature.
        let out2 = try f([Tensor([1.0])], Tensor(Float(3)))
        #expect(out2.count == 2)
        try XF.expectSame(out2[0], Tensor([3.0]))
        #expect(cache.misses == 2)
    }

    /// The same leaves in a different tree shape ([[a], [b, c]] vs [[a, b], [c]])
    /// are a different signature: the cache key includes the tree structure.
    @Test func treeStructureIsPartOfTheCacheKey() throws {
        let cache = JitCache()
        let f = jit({ (groups: [[Tensor]]) in try groups.map { g in try g.reduce(Tensor(Float(0))) { try $0 + $1 } } }, cache: cache)
        let (a, b, c) = (Tensor(Float(1)), Tensor(Float(2)), Tensor(Float(3)))
        let first = try f([[a], [b, c]])
        try XF.expectSame(first, [Tensor(Float(1)), Tensor(Float(5))])
        let second = try f([[a, b], [c]])
        try XF.expectSame(second, [Tensor(Float(3)), Tensor(Float(3))], "[[a, b], [c]] after [[a], [b, c]]")
        #expect(cache.misses == 2)
    }

    @Test func userStructAsTree() throws {
        let layer = XFLayer(w: try Tensor(rows: [[1, 2], [3, 4], [5, 6]]), b: Tensor([0.5, -0.5, 1]))
        let apply = jit { (l: XFLayer, x: Tensor) in try matmul(l.w, x) + l.b }
        let x = Tensor([1.0, -1])
        try XF.expectSame(try apply(layer, x), try matmul(layer.w, x) + layer.b)
        let update = jit { (l: XFLayer) in XFLayer(w: try l.w * 0.5, b: try l.b + 1) }
        let u = try update(layer)
        #expect(u == XFLayer(w: try layer.w * 0.5, b: try layer.b + 1))
        // vmap over a batch of layers stacked along axis 0.
        let batch = XFLayer(w: try stack([layer.w, layer.w * 2]), b: try stack([layer.b, layer.b]))
        let ys = try vmap({ (l: XFLayer, x: Tensor) in try matmul(l.w, x) + l.b }, inAxes: [0, nil])(batch, x)
        try XF.expectSame(ys, try stack([try apply(layer, x), try matmul(layer.w * 2, x) + layer.b]))
    }

    // MARK: Cache

    @Test func cacheHitsAndMisses() throws {
        let cache = JitCache()
        let f = jit({ (x: Tensor) in try sin(x) * 2 }, cache: cache)
        _ = try f(try Tensor.ones([3]))
        #expect((cache.hits, cache.misses) == (0, 1))
        _ = try f(Tensor([1.0, 2, 3]))                         // same shape and dtype: hit
        #expect((cache.hits, cache.misses) == (1, 1))
        _ = try f(try Tensor.ones([4]))                        // new shape: miss
        #expect((cache.hits, cache.misses) == (1, 2))
        _ = try f(try Tensor.ones([3], dtype: .float64))       // new dtype: miss
        #expect((cache.hits, cache.misses) == (1, 3))
        _ = try f(Tensor(Float(1)))                            // strong float32[]
        _ = try f(1.0)                                         // weak float32[]: a different signature
        #expect((cache.hits, cache.misses) == (1, 5))
        let weak = try f(2.0), strong = try f(Tensor(Float(2)))
        #expect(weak.weakType && !strong.weakType)
        #expect((cache.hits, cache.misses) == (3, 5))
        _ = try f(try Tensor.ones([4]))
        #expect((cache.hits, cache.misses) == (4, 5))
        #expect(cache.count == 5)
    }

    /// The PRNG implementation is part of the key: the same key traced in
    /// legacy mode is another program, with the legacy numbers.
    @Test func prngModeIsPartOfTheCacheKey() throws {
        let cache = JitCache()
        let f = jit({ (k: Tensor) in try Random.normal(k, shape: [4]) }, cache: cache)
        let key = Random.key(0)
        let partitionable = try f(key)
        try XF.expectSame(partitionable, try Random.normal(key, shape: [4]), rtol: 0, atol: 0, "default mode")
        let legacy = try Random.withImplementation(.legacy) { try f(key) }
        #expect((cache.hits, cache.misses) == (0, 2))
        try XF.expectSame(legacy, try Random.withImplementation(.legacy) { try Random.normal(key, shape: [4]) }, rtol: 0, atol: 0, "legacy mode")
        #expect(try XF.mismatch(legacy, partitionable) != nil, "the two modes draw different numbers")
        _ = try f(key)
        _ = try Random.withImplementation(.legacy) { try f(key) }
        #expect((cache.hits, cache.misses) == (2, 2))
    }

    /// A chain of four elementwise ops runs as one fused loop.
    @Test func elementwiseChainIsFused() throws {
        let cache = JitCache()
        let f = jit({ (x: Tensor) in try exp(sin(x) * 2 + 1) }, cache: cache)
        let x = try Tensor.arange(0, 5000, dtype: .float32) / 5000
        try XF.expectSame(try f(x), try exp(sin(x) * 2 + 1), rtol: 1e-6, atol: 0)
        #expect(cache.plans.count == 1)
        #expect(cache.plans[0].fusedLoopSizes == [4])
        #expect(cache.plans[0].kernelCount == 1)
        #expect(cache.plans[0].description == "fused[sin,mul,add,exp]")
        // A reduction breaks the chain: two fused loops around it.
        let g = JitCache()
        let h = jit({ (x: Tensor) in try exp(mean(sin(x) * 2) * x + 1) }, cache: g)
        try XF.expectSame(try h(x), try exp(mean(sin(x) * 2) * x + 1), rtol: 1e-5, atol: 0)
        #expect(g.plans[0].fusedLoopSizes == [2, 3])
    }

    // MARK: Composition

    @Test func jitVmapCompositions() throws {
        var rng = XF.Rng("compositions")
        let W = try rnd([4, 3], .float32, .normal, &rng), b = try rnd([4], .float32, .normal, &rng)
        let xs = try rnd([5, 3], .float32, .normal, &rng)
        let affine = { @Sendable (W: Tensor, b: Tensor, x: Tensor) throws -> Tensor in try sigmoid(matmul(W, x) + b) }
        let want = try XF.perExample({ a in [try affine(a[0], a[1], a[2])] }, inAxes: [nil, nil, 0], outAxis: 0, size: 5)([W, b, xs])[0]
        let vm = vmap(affine, inAxes: [nil, nil, 0])
        try XF.expectSame(try vm(W, b, xs), want, rtol: 1e-5, atol: 1e-6, "vmap")
        try XF.expectSame(try jit(vm)(W, b, xs), want, rtol: 1e-5, atol: 1e-6, "jit∘vmap")
        try XF.expectSame(try vmap(jit(affine), inAxes: [nil, nil, 0])(W, b, xs), want, rtol: 1e-5, atol: 1e-6, "vmap∘jit")
        try XF.expectSame(try jit(jit(vm))(W, b, xs), want, rtol: 1e-5, atol: 1e-6, "jit∘jit∘vmap")
        try XF.expectSame(try jit(vmap(jit(affine), inAxes: [nil, nil, 0]))(W, b, xs), want, rtol: 1e-5, atol: 1e-6, "jit∘vmap∘jit")
        // The jaxpr of jit∘vmap is the batched program (jit inlines under a trace).
        let j = try makeJaxpr(jit(vmap(dot)))(try Tensor.ones([5, 3]), try Tensor.ones([5, 3]))
        #expect(XF.primitiveNames(j) == ["dot_general"])
        // jit of jit hits the outer cache only.
        let inner = JitCache(), outer = JitCache()
        let jj = jit(jit({ (x: Tensor) in try x * 2 }, cache: inner), cache: outer)
        _ = try jj(Tensor([1.0])); _ = try jj(Tensor([2.0]))
        #expect((outer.misses, outer.hits) == (1, 1))
        #expect(inner.misses + inner.hits == 0)
    }

    // MARK: Threads

    /// One jitted function called from several threads at once: every result
    /// is right and every call is counted once as a hit or a miss.
    @Test func concurrentCallsAreSafe() throws {
        let cache = JitCache()
        let f = jit({ (x: Tensor, y: Tensor) in try sum(tanh(x) * y, axis: -1) + max(x) }, cache: cache)
        var rng = XF.Rng("threads")
        let n = 24
        let inputs = try (0..<n).map { i in (try rnd([i % 3 + 1, 50], .float32, .normal, &rng), try rnd([50], .float32, .normal, &rng)) }
        let want = try inputs.map { x, y in try sum(tanh(x) * y, axis: -1) + max(x) }
        let results = Mutex([Tensor?](repeating: nil, count: n))
        let errors = XFCounter()
        DispatchQueue.concurrentPerform(iterations: n) { i in
            do {
                let r = try f(inputs[i].0, inputs[i].1)
                results.withLock { $0[i] = r }
            } catch { errors.increment() }
        }
        #expect(errors.value == 0)
        let got = results.withLock { $0 }
        for i in 0..<n {
            let g = try #require(got[i])
            try XF.expectSame(g, want[i], rtol: 1e-5, atol: 1e-6, "call \(i)")
        }
        #expect(cache.hits + cache.misses == n)
        #expect(cache.count == 3)
        #expect(cache.misses >= 3)
    }

    // MARK: Captured values

    /// Values a jitted function captures are read once, when it is traced:
    /// later changes are not seen by calls that hit the cache (as in JAX).
    /// A call with a new signature traces again and sees the current value.
    @Test func capturedValuesAreFrozenAtTraceTime() throws {
        final class Box: @unchecked Sendable { var value = Tensor([1.0, 2]) }
        let box = Box()
        let cache = JitCache()
        let f = jit({ (x: Tensor) in try x + box.value }, cache: cache)
        try XF.expectSame(try f(Tensor([0.0, 0])), Tensor([1.0, 2]))
        box.value = Tensor([10.0, 20])
        try XF.expectSame(try f(Tensor([0.0, 0])), Tensor([1.0, 2]), "cache hit: the traced value")
        try XF.expectSame(try f(Tensor(Float(0))), Tensor([10.0, 20]), "new signature: traced again")
        #expect((cache.hits, cache.misses) == (1, 2))
        // Eager calls always see the current value.
        box.value = Tensor([5.0, 5])
        try XF.expectSame(try (jit { (x: Tensor) in try x + box.value })(Tensor([0.0, 0])), Tensor([5.0, 5]), "a new jit traces anew")
    }
}
