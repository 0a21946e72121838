// The first seed notebook ("automatic vectorization") cell by cell, in Swift.
// Random numbers use JAX's legacy Threefry layout, which the notebook was
// written with, so the values match it.
import Local

#if canImport(Glibc)
import Glibc
#endif

func cell(_ label: String, _ body: () throws -> Void) {
    print("In [\(label)]:")
    do { try body() } catch { print("\(type(of: error))\n\(error)") }
    print()
}

/// Median wall time per call in microseconds over `repeats` timed groups.
func timeit(_ label: String, repeats: Int = 7, _ body: () throws -> Void) rethrows {
    try body()   // warm up (and compile, for jit)
    var clock = timespec()
    func now() -> Double {
        clock_gettime(CLOCK_MONOTONIC, &clock)
        return Double(clock.tv_sec) * 1e6 + Double(clock.tv_nsec) / 1e3
    }
    var calls = 1
    while true {   // calls per group: at least ~20 ms per group
        let t0 = now()
        for _ in 0..<calls { try body() }
        if now() - t0 > 20_000 || calls >= 1 << 20 { break }
        calls *= 4
    }
    var samples: [Double] = []
    for _ in 0..<repeats {
        let t0 = now()
        for _ in 0..<calls { try body() }
        samples.append((now() - t0) / Double(calls))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print("\(label): \(median < 1 ? String(Int(median * 1000)) + " ns" : String(Int(median * 100) / 100) + " µs") per loop (median of \(repeats) runs, \(calls) loops each)")
}

func affine(_ W: Tensor, _ b: Tensor, _ x: Tensor) throws -> Tensor {
    try matmul(W, x) + b
}

try Random.withImplementation(.legacy) {
    let key = PRNGKey(0)
    print("rng: JAX legacy threefry (jax_threefry_partitionable=False)\n")

    let x = try Random.normal(key, shape: [100])
    let y = try Random.normal(key, shape: [100])
    cell("16") { print(try dot(x, y)) }

    let batchX = try Random.normal(key, shape: [5, 100])
    let batchY = try Random.normal(key, shape: [5, 100])
    cell("17") { _ = try dot(batchX, batchY) }

    let vdot = vmap(dot)
    cell("18") { print(try vdot(batchX, batchY)) }

    func naiveVdot(_ bx: Tensor, _ by: Tensor) throws -> Tensor {
        var dots: [Tensor] = []
        for i in 0..<bx.shape[0] { dots.append(try dot(bx[i], by[i])) }
        return try stack(dots)
    }
    let jvdot = jit(vdot)
    cell("20") { try timeit("naive loop") { _ = try naiveVdot(batchX, batchY) } }
    cell("21") { try timeit("vmap(dot)") { _ = try vdot(batchX, batchY) } }
    cell("22") { try timeit("jit(vmap(dot))") { _ = try jvdot(batchX, batchY) } }

    cell("23") { print(try makeJaxpr(vdot)(batchX, batchY)) }
    cell("25") { print(try makeJaxpr(dot)(x, y)) }

    let vdot2 = vmap(dot, inAxes: [nil, 0])
    cell("10") { print(try vdot2(x, batchY)) }

    let W = try Random.normal(key, shape: [10, 20])
    let b = try Random.normal(key, shape: [10])
    let x20 = try Random.normal(key, shape: [20])
    cell("13") { print(try affine(W, b, x20)) }

    let batchX3 = try Random.normal(key, shape: [3, 20])
    cell("14") { _ = try affine(W, b, batchX3) }
    cell("15") { print(try vmap(affine, inAxes: [nil, nil, 0])(W, b, batchX3)) }
    cell("extra") { print(try makeJaxpr(vmap(affine, inAxes: [nil, nil, 0]))(W, b, batchX3)) }
    cell("extra 2") { print(try makeJaxpr(vmap { x in try x ** 2 })(Tensor.arange(1000.0, dtype: .float32))) }
}
