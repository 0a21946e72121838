// The second seed notebook ("ways to parallelize for-loops") cell by cell:
// vmap with in/out axes building matrix products from a dot product, and
// cumulative sums with scan and foriLoop, with timings.
import Local

#if canImport(Glibc)
import Glibc
#endif

func cell(_ label: String, _ body: () throws -> Void) {
    print("In [\(label)]:")
    do { try body() } catch { print("\(type(of: error))\n\(error)") }
    print()
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
}

/// `%timeit`-style: median µs per call over 7 groups of calls.
func timeit(_ label: String, _ body: () throws -> Void) rethrows {
    try body()
    var calls = 1
    while true {
        let t0 = now()
        for _ in 0..<calls { try body() }
        if now() - t0 > 20_000 || calls >= 1 << 20 { break }
        calls *= 4
    }
    var samples: [Double] = []
    for _ in 0..<7 {
        let t0 = now()
        for _ in 0..<calls { try body() }
        samples.append((now() - t0) / Double(calls))
    }
    samples.sort()
    let m = samples[3]
    print("\(label): " + (m < 1 ? "\(Int(m * 1000)) ns" : "\(Double(Int(m * 100)) / 100) µs") + " per loop (median of 7 runs, \(calls) loops each)")
}

func shape(_ t: Tensor) -> String { t.ndim == 1 ? "(\(t.shape[0]),)" : "(" + t.shape.map(String.init).joined(separator: ", ") + ")" }

/// Checks a vmap-built product against a plain matrix product.
func check(_ name: String, _ got: Tensor, _ want: Tensor) throws {
    let d = try max(abs(got - want)).item(Float.self)
    print("\(name): \(shape(got)) matches the matrix product: \(d < 1e-4 ? "yes" : "NO (max diff \(d))")")
}

let mappedSquare = vmap { x in try x ** 2 }
let lst = try Tensor.arange(1000)
cell("6") {
    try timeit("Swift loop of x**2 per element") {
        var out: [Tensor] = []
        for i in 0..<1000 { out.append(try lst[i] ** 2) }
        _ = try stack(out)
    }
}
cell("7") { try timeit("vmap(x**2)") { _ = try mappedSquare(lst) } }

let key = PRNGKey(0)
let keys = try Random.split(key, count: 6)
let vv = { @Sendable (x: Tensor, y: Tensor) throws -> Tensor in try vdot(x, y) }
let x = try Random.normal(keys[0], shape: [10])
let y = try Random.normal(keys[1], shape: [10])
cell("11") { print(try vv(x, y)) }

let mv = vmap(vv, inAxes: [0, nil], outAxes: 0)
let mv2 = vmap(vv, inAxes: [1, nil], outAxes: 0)
let X1 = try Random.normal(keys[2], shape: [10, 5])
let X2 = try Random.normal(keys[3], shape: [5, 10])
cell("18") { let r = try mv(X2, x); print(r); try check("mv", r, matmul(X2, x)) }
cell("20") { let r = try mv2(X1, x); print(r); try check("mv2", r, matmul(X1.transposed(), x)) }

let mm1 = vmap(mv, inAxes: [nil, 1], outAxes: 1)
let X3 = try Random.normal(keys[4], shape: [5, 8])
cell("41") { let r = try mm1(X1, X3); print(shape(r)); try check("mm1", r, matmul(X1, X3)) }

let mm2 = vmap(mv2, inAxes: [nil, 0], outAxes: 1)
let mm3 = vmap(mv2, inAxes: [nil, 0], outAxes: 0)
let X4 = try Random.normal(keys[5], shape: [8, 10])
cell("47") { let r = try mm2(X1, X4); print(shape(r)); try check("mm2", r, matmul(X1.transposed(), X4.transposed())) }
cell("48") { let r = try mm3(X1, X4); print(shape(r)); try check("mm3", r, matmul(X4, X1)) }

let a = try Tensor.arange(500)
func cumsum(_ res: Tensor, _ el: Tensor) throws -> (Tensor, Tensor) {
    let r = try res + el
    return (r, r)
}
cell("50") { try timeit("Local.cumsum (like np.cumsum)") { _ = try Local.cumsum(a) } }
cell("51") {
    let (total, ys) = try scan(cumsum, initial: 0, over: a)
    print("scan: final \(try total.item(Int32.self)), ys \(shape(ys)), last \(try ys[-1].item(Int32.self))")
    try timeit("lax.scan eager") { _ = try scan(cumsum, initial: 0, over: a) }
}
let scannedCumsum = jit { (a: Tensor) in try scan(cumsum, initial: 0, over: a) }
cell("59") { print(try makeJaxpr { (a: Tensor) in try scan(cumsum, initial: 0, over: a) }(a)) }
cell("60") { try timeit("jit(scan)") { _ = try scannedCumsum(a) } }

let foriLoopCumsum = { @Sendable (a: Tensor) throws -> Tensor in
    try foriLoop(0, a.shape[0], initial: Tensor(0)) { i, curr in try curr + a[i] }
}
cell("61") {
    print("foriLoop: \(try foriLoopCumsum(a).item(Int32.self))")
    print(try makeJaxpr(foriLoopCumsum)(a))
}
let jitFori = jit(foriLoopCumsum)
cell("62") { try timeit("jit(foriLoop)") { _ = try jitFori(a) } }
