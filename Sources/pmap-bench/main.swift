// pmap-bench: the benchmark cases of ../shared/bench/CASES.md (the seed
// notebooks' workloads at their sizes and scaled up), eager and jit, one
// JSON row per (case, way) for ../shared/bench/compare.py:
//
//   swift build -c release --product pmap-bench
//   python3 ../shared/bench/compare.py -- .build/release/pmap-bench --json
//
// Flags: --only abcde (sections), --budget S (seconds per row, default 1),
// --json (rows only; otherwise a readable table too).
import PMap
import COpenBLAS

#if canImport(Glibc)
import Glibc
#endif

let args = CommandLine.arguments
func flag(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
let only = flag("--only") ?? "abcdef"   // g (distributed) runs only when asked
let budget = Double(flag("--budget") ?? "1") ?? 1
let jsonOnly = args.contains("--json")
/// `--case TEXT`: only rows whose case label contains TEXT (e.g. for profiling one row).
let caseFilter = flag("--case")

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
}

/// Times `body` like jax_bench.py: warm-up, then samples (calls grouped when
/// under 20 µs) until the budget is spent; median and min µs per call.
func bench(_ section: String, _ label: String, _ impl: String, _ body: () throws -> Void) rethrows {
    if let caseFilter, !label.contains(caseFilter) && !impl.contains(caseFilter) { return }
    let t0 = now()
    for _ in 0..<3 { try body() }
    let per = (now() - t0) / 3
    let group = per < 20 ? max(1, Int(200 / max(per, 0.1))) : 1
    var samples: [Double] = []
    let end = now() + budget * 1e6
    while samples.count < 200_000 && (samples.count < 5 || now() < end) {
        let s = now()
        for _ in 0..<group { try body() }
        samples.append((now() - s) / Double(group))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let row = "{\"section\": \"\(section)\", \"case\": \"\(label)\", \"impl\": \"\(impl)\", \"median_us\": \(median), \"min_us\": \(samples[0]), \"samples\": \(samples.count)}"
    print(row)
    if !jsonOnly {
        let line = "  [\(section)] \(pad(label, 22)) \(pad(impl, 26)) \(median) µs\n"
        line.withCString { _ = write(2, $0, strlen($0)) }
    }
    fflush(nil)
}

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

let key = Random.key(0)
func normal(_ shape: [Int], _ k: Int) throws -> Tensor { try Random.normal(Random.foldIn(key, k), shape: shape) }

if only.contains("a") {
    for (b, n) in [(5, 100), (1000, 100), (100_000, 100), (1_000_000, 16)] {
        let x = try normal([b, n], 1), y = try normal([b, n], 2)
        let vf = vmap(dot), jf = jit(vmap(dot))
        try bench("a", "B=\(b),N=\(n)", "swift vmap eager") { _ = try vf(x, y) }
        try bench("a", "B=\(b),N=\(n)", "swift jit(vmap)") { _ = try jf(x, y) }
    }
}

if only.contains("b") {
    let affine = { @Sendable (w: Tensor, b: Tensor, x: Tensor) throws -> Tensor in try matmul(w, x) + b }
    for (bsz, din, dout) in [(3, 20, 10), (100_000, 20, 10), (10_000, 512, 512)] {
        let w = try normal([dout, din], 3), b = try normal([dout], 4), x = try normal([bsz, din], 5)
        let vf = vmap(affine, inAxes: [nil, nil, 0]), jf = jit(vf)
        let label = "B=\(bsz),in=\(din),out=\(dout)"
        try bench("b", label, "swift vmap eager") { _ = try vf(w, b, x) }
        try bench("b", label, "swift jit(vmap)") { _ = try jf(w, b, x) }
    }
}

if only.contains("c") {
    for n in [1000, 1_000_000] {
        let x = try normal([n], 6)
        let vf = vmap { x in try x ** 2 }, jf = jit(vf)
        try bench("c", "n=\(n)", "swift vmap eager") { _ = try vf(x) }
        try bench("c", "n=\(n)", "swift jit(vmap)") { _ = try jf(x) }
    }
}

if only.contains("d") {
    let step: @Sendable (Tensor, Tensor) throws -> (Tensor, Tensor) = { c, v in let s = try c + v; return (s, s) }
    for n in [500, 1_000_000] {
        for dt in [DType.int32, .float32] {
            let x = dt == .int32 ? try Random.randint(Random.foldIn(key, 7), shape: [n], minval: -9, maxval: 10)
                                 : try normal([n], 8)
            let zero = try Tensor.zeros([], dtype: dt)
            let label = "n=\(n),\(dt.name)"
            try bench("d", label, "swift scan eager") { _ = try scan(step, initial: zero, over: x) }
            let js = jit { (xs: Tensor) in try scan(step, initial: Tensor.zeros([], dtype: xs.dtype), over: xs) }
            try bench("d", label, "swift jit(scan)") { _ = try js(x) }
            let fori = { @Sendable (xs: Tensor) throws -> Tensor in
                try foriLoop(0, xs.shape[0], initial: Tensor.zeros([], dtype: xs.dtype)) { i, c in try c + xs[i] }
            }
            // JAX has no eager fori_loop row (lax.fori_loop compiles itself): compare.py pairs both with its jit row.
            try bench("d", label, "swift foriLoop sum eager") { _ = try fori(x) }
            let jf = jit(fori)
            try bench("d", label, "swift jit(foriLoop) sum") { _ = try jf(x) }
        }
    }
}

if only.contains("e") {
    for n in [256, 1024, 2048] {
        let a = try normal([n, n], 9), b = try normal([n, n], 10)
        let jf = jit(matmul)
        try bench("e", "n=\(n)", "swift jit(matmul)") { _ = try jf(a, b) }
        try bench("e", "n=\(n)", "swift matmul eager") { _ = try matmul(a, b) }
    }
}

// f: overheads the closing notes quote (not in compare.py's table).
if only.contains("f") {
    let a = Tensor([1, 2, 3, 4] as [Float]), b = Tensor([4, 3, 2, 1] as [Float])
    try bench("f", "small add (4 floats)", "swift eager") { _ = try a + b }
    try bench("f", "small dot (4 floats)", "swift eager") { _ = try dot(a, b) }
    let jadd = jit { (x: Tensor, y: Tensor) in try x + y }
    try bench("f", "small add (4 floats)", "swift jit") { _ = try jadd(a, b) }
    let tiny = vmap { (x: Tensor) in try x * 2 }
    try bench("f", "vmap of a tiny function (B=4)", "swift eager") { _ = try tiny(a) }
    let p = pmap({ (x: Tensor) in try x * 2 }, axisName: "i")
    try bench("f", "pmap of a tiny function (B=4)", "swift pmap") { _ = try p(a) }
    // A chain of 4 elementwise ops on 1e6 floats: eager runs 4 kernels, jit one fused loop.
    let big = try normal([1_000_000], 15)
    let chain = { @Sendable (x: Tensor) throws -> Tensor in try ((x * 2 + 1) * x - 0.5) }
    let fused = jit(chain)
    try bench("f", "4-op elementwise chain, 1e6 floats", "swift eager (unfused)") { _ = try chain(big) }
    try bench("f", "4-op elementwise chain, 1e6 floats", "swift jit (fused)") { _ = try fused(big) }
    // A non-associative elementwise carry update (c = c * 0.99 + x) against a hand-written loop.
    let seq = try normal([1_000_000], 16)
    let decay = jit { (xs: Tensor) in
        try scan({ c, x in let n = try c * 0.99 + x; return (n, n) }, initial: Tensor(Float(0)), over: xs)
    }
    try bench("f", "scan c*0.99+x, 1e6 floats", "swift jit(scan)") { _ = try decay(seq) }
    let values = try seq.toArray(Float.self)
    var sink: Float = 0
    bench("f", "scan c*0.99+x, 1e6 floats", "hand-written Swift loop") {
        var c: Float = 0
        var out = [Float](repeating: 0, count: values.count)
        for i in 0..<values.count { c = c * 0.99 + values[i]; out[i] = c }
        sink += out[values.count - 1]
    }
    // The same update on a vector carry: 1000 steps of 1000 floats.
    let rows = try seq.reshaped([1000, 1000])
    let decayRows = jit { (xs: Tensor) in
        try scan({ c, x in let n = try c * 0.99 + x; return (n, n) }, initial: Tensor.zeros([1000]), over: xs)
    }
    try bench("f", "scan c*0.99+x, carry f32[1000], 1000 steps", "swift jit(scan)") { _ = try decayRows(rows) }
    bench("f", "scan c*0.99+x, carry f32[1000], 1000 steps", "hand-written Swift loop") {
        var c = [Float](repeating: 0, count: 1000)
        var out = [Float](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { y in
                for i in 0..<1000 {
                    for j in 0..<1000 { c[j] = c[j] * 0.99 + x[i * 1000 + j]; y[i * 1000 + j] = c[j] }
                }
            }
        }
        sink += out[values.count - 1]
    }
    // A while loop with a scalar carry (counter and value), 1e5 iterations.
    let whileDecay = jit { (n: Tensor) in
        try whileLoop(initial: TreePair(Tensor(Int32(0)), Tensor(Float(0))), while: { s in try s.first .< n }) { s in
            TreePair(try s.first + 1, try s.second * 0.99 + 1)
        }
    }
    let limit = Tensor(Int32(100_000))
    try bench("f", "whileLoop i+1, c*0.99+1, 1e5 iterations", "swift jit(whileLoop)") { _ = try whileDecay(limit) }
    bench("f", "whileLoop i+1, c*0.99+1, 1e5 iterations", "hand-written Swift loop") {
        var i: Int32 = 0, c: Float = 0
        while i < 100_000 { i += 1; c = c * 0.99 + 1 }
        sink += c
    }
    // The same update with the counter in the body, through foriLoop's static bounds (a scan).
    let foriDecay = jit { (c0: Tensor) in
        try foriLoop(0, 100_000, initial: c0) { i, c in try c * 0.99 + i.astype(.float32) }
    }
    try bench("f", "foriLoop c*0.99+i, 1e5 iterations", "swift jit(foriLoop)") { _ = try foriDecay(Tensor(Float(0))) }
    bench("f", "foriLoop c*0.99+i, 1e5 iterations", "hand-written Swift loop") {
        var c: Float = 0
        for i in 0..<100_000 { c = c * 0.99 + Float(i) }
        sink += c
    }
    // A general scan body (a matrix-vector product and tanh: an RNN step),
    // against the same loop written by hand on OpenBLAS, and eagerly.
    for h in [16, 128] {
        let w = try normal([h, h], 17) * Tensor(Float(1 / Double(h).squareRoot())), xs = try normal([1000, h], 18)
        let rnn = jit { (w: Tensor, xs: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in let n = try tanh(matmul(w, c) + x); return (n, n) }, initial: Tensor.zeros([h]), over: xs)
        }
        let label = "scan h=tanh(W@h+x), h=\(h), 1000 steps"
        try bench("f", label, "swift jit(scan)") { _ = try rnn(w, xs) }
        try bench("f", label, "swift eager loop") {
            var c = try Tensor.zeros([h])
            for i in 0..<1000 { c = try tanh(matmul(w, c) + xs[i]) }
        }
        let wv = try w.toArray(Float.self), xv = try xs.toArray(Float.self)
        bench("f", label, "hand-written loop (cblas_sgemv)") {
            var c = [Float](repeating: 0, count: h), t = [Float](repeating: 0, count: h)
            var out = [Float](repeating: 0, count: 1000 * h)
            for i in 0..<1000 {
                cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(h), Int32(h), 1, wv, Int32(h), c, 1, 0, &t, 1)
                for k in 0..<h { c[k] = Glibc.tanhf(t[k] + xv[i * h + k]); out[i * h + k] = c[k] }
            }
            sink += out[0]
        }
    }
    // sgemm-shaped dot_general against OpenBLAS called directly.
    for n in [256, 1024] {
        let x = try normal([n, n], 11), y = try normal([n, n], 12)
        try bench("f", "sgemm n=\(n)", "swift matmul") { _ = try matmul(x, y) }
        var out = [Float](repeating: 0, count: n * n)
        let xs = try x.toArray(Float.self), ys = try y.toArray(Float.self)
        bench("f", "sgemm n=\(n)", "cblas_sgemm direct") {
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n), 1, xs, Int32(n), ys, Int32(n), 0, &out, Int32(n))
        }
    }
    // psum latency (8 bytes) through the Communicator.
    let world = try Communicator.world
    try bench("f", "allReduce 8 B (\(world.size) ranks)", "swift Communicator") { _ = try world.allReduce([1.0], op: .sum) }
}

// g: distributed cases (run under pmaprun; see scripts/bench-distributed.sh).
if only.contains("g") {
    let world = try Communicator.world
    // allReduce latency and bandwidth, the same loops as Benchmarks/c/allreduce.c.
    func timeCollective(_ reps: Int, _ body: () throws -> Void) throws -> Double {
        try world.barrier()
        let t0 = now()
        for _ in 0..<reps { try body() }
        let dt = (now() - t0) / Double(reps)
        return try world.allReduce([dt], op: .max)[0]
    }
    let one = Tensor([Double(1)])
    _ = try timeCollective(1000) { _ = try world.allReduce(one, op: .sum) }
    let small = try timeCollective(20000) { _ = try world.allReduce(one, op: .sum) }
    let big = try Tensor.ones([16 * 1024 * 1024 / 4])
    _ = try timeCollective(3) { _ = try world.allReduce(big, op: .sum) }
    let large = try timeCollective(20) { _ = try world.allReduce(big, op: .sum) }
    let arrays = try timeCollective(20000) { _ = try world.allReduce([1.0], op: .sum) }
    if world.rank == 0 {
        print("{\"section\": \"g\", \"case\": \"allReduce 8 B, \(world.size) ranks\", \"impl\": \"swift Communicator (Tensor)\", \"median_us\": \(small), \"min_us\": \(small), \"samples\": 20000}")
        print("{\"section\": \"g\", \"case\": \"allReduce 8 B, \(world.size) ranks\", \"impl\": \"swift Communicator ([Double])\", \"median_us\": \(arrays), \"min_us\": \(arrays), \"samples\": 20000}")
        print("{\"section\": \"g\", \"case\": \"allReduce 16 MiB, \(world.size) ranks\", \"impl\": \"swift Communicator (Tensor)\", \"median_us\": \(large), \"min_us\": \(large), \"samples\": 20, \"gbytes_per_s\": \(16.0 * 1024 * 1024 / large / 1e3)}")
    }
    // pmap scaling: ~10 µs of work per example (4 rounds of tanh(W x), W 128×128), 100k examples.
    let examples = Int(flag("--examples") ?? "") ?? 100_000
    let w = try normal([128, 128], 13)
    let xs = try normal([examples, 128], 14)
    let perExample = { @Sendable (x: Tensor) throws -> Tensor in
        var h = x
        for _ in 0..<4 { h = try tanh(matmul(w, h) * 0.1) }
        return try Local.sum(h)
    }
    let job = pmap(perExample, axisName: "i")
    _ = try job(xs)
    var samples: [Double] = []
    for _ in 0..<5 {
        samples.append(try timeCollective(1) { _ = try job(xs) })
    }
    samples.sort()
    if world.rank == 0 {
        print("{\"section\": \"g\", \"case\": \"pmap 100k examples × ~10 µs\", \"impl\": \"swift pmap ranks=\(world.size) threads=\(ThreadPool.threadCount)\", \"median_us\": \(samples[2]), \"min_us\": \(samples[0]), \"samples\": 5}")
    }
    // pmap overhead per call on a tiny function.
    let tiny = pmap({ (x: Tensor) in try x * 2 }, axisName: "i")
    let small4 = Tensor([1, 2, 3, 4] as [Float])
    _ = try timeCollective(100) { _ = try tiny(small4) }
    let overhead = try timeCollective(5000) { _ = try tiny(small4) }
    if world.rank == 0 {
        print("{\"section\": \"g\", \"case\": \"pmap of a tiny function (B=4)\", \"impl\": \"swift pmap ranks=\(world.size)\", \"median_us\": \(overhead), \"min_us\": \(overhead), \"samples\": 5000}")
    }
}
