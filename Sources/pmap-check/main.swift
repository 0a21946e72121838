// pmap-check: the multi-rank test suite. Every case compares a distributed
// result with its single-process oracle (vmap over the whole batch), so it
// passes at any world size, including 1. `make test` runs it under mpirun
// with 1, 2, 3 and 4 ranks. It ends with the line `N passed, M failed`.
//
//   pmap-check            run every case
//   pmap-check --fail     rank 1 (or 0 in a world of one) throws inside pmap:
//                         the job must end non-zero, naming the rank
import PMap

#if canImport(Glibc)
import Glibc
#endif

let world = try Communicator.world
let rank = world.rank, size = world.size

if CommandLine.arguments.contains("--fail") {
    PMap.main {
        let failing = size > 1 ? 1 : 0
        _ = try pmap({ (x: Tensor) throws -> Tensor in
            if rank == failing { throw TensorError("deliberate failure on this rank") }
            return try psum(x, axisName: "i")
        }, axisName: "i")(Tensor.arange(8.0, dtype: .float32))
        print("rank \(rank): not reached")
    }
    exit(0)
}

var results: [(String, Bool, String)] = []

/// Runs a case on every rank; it passes when `body` returns nil on every rank.
@MainActor func check(_ name: String, _ body: () throws -> String?) {
    var problem: String?
    do { problem = try body() } catch { problem = "threw \(error)" }
    results.append((name, problem == nil, problem ?? ""))
}

/// Bitwise equality of two tensors (shape, dtype and every element's bits).
func same(_ a: Tensor, _ b: Tensor) throws -> String? {
    guard a.shape == b.shape, a.dtype == b.dtype else { return "got \(a.aval.longDescription), want \(b.aval.longDescription)" }
    let x = try a.withUnsafeBytes { Array($0) }, y = try b.withUnsafeBytes { Array($0) }
    return x == y ? nil : "values differ: got \(a), want \(b)"
}

func close(_ a: Tensor, _ b: Tensor, tolerance: Float = 1e-5) throws -> String? {
    guard a.shape == b.shape, a.dtype == b.dtype else { return "got \(a.aval.longDescription), want \(b.aval.longDescription)" }
    let d = try max(abs(a.astype(.float32) - b.astype(.float32))).item(Float.self)
    return d <= tolerance ? nil : "max difference \(d): got \(a), want \(b)"
}

let key = Random.key(7)

// MARK: pmap against its vmap oracle

func perExample(_ x: Tensor) throws -> Tensor { try tanh(matmul(x, x.transposed())) * 0.5 + sin(x).sum() }
extension Tensor { func sum() throws -> Tensor { try Local.sum(self) } }

for n in [7, 1, 2, 5, 12] {
    check("pmap per-example outputs are bitwise the vmap ones (N=\(n))") {
        let xs = try Random.normal(key, shape: [n, 3, 4])
        return try same(pmap(perExample, axisName: "i")(xs), vmap(perExample)(xs))
    }
}

check("replicated arguments (inAxes nil)") {
    let w = try Random.normal(key, shape: [4, 3]), xs = try Random.normal(Random.foldIn(key, 1), shape: [9, 4])
    let f = { @Sendable (w: Tensor, x: Tensor) throws -> Tensor in try matmul(x, w) }
    return try same(pmap(f, axisName: "i", inAxes: [nil, 0])(w, xs), vmap(f, inAxes: [nil, 0])(w, xs))
}

check("mapped axis 1 and out axis 1") {
    let xs = try Random.normal(key, shape: [3, 10])
    let f = { @Sendable (x: Tensor) throws -> Tensor in try x * 2 + 1 }
    return try same(pmap(f, axisName: "i", inAxes: 1, outAxes: 1)(xs), vmap(f, inAxes: 1, outAxes: 1)(xs))
}

check("tuple results") {
    let xs = try Random.normal(key, shape: [6, 2])
    let f = { @Sendable (x: Tensor) throws -> (Tensor, Tensor) in (try x * x, try Local.sum(x)) }
    let (a, b) = try pmap(f, axisName: "i")(xs), (c, d) = try vmap(f)(xs)
    return try same(a, c) ?? same(b, d)
}

check("pmapSharded keeps this rank's block; gathered() equals the whole") {
    let xs = try Random.normal(key, shape: [11, 2])
    let f = { @Sendable (x: Tensor) throws -> Tensor in try exp(x) }
    let s = try pmapSharded(f, axisName: "i")(xs)
    let counts = (0..<size).map { 11 / size + ($0 < 11 % size ? 1 : 0) }
    guard s.counts == counts, s.local.shape == [counts[rank], 2], s.globalShape == [11, 2] else {
        return "bad shards: counts \(s.counts), local \(s.local.shape)"
    }
    let whole = try vmap(f)(xs)
    if let p = try same(s.gathered(), whole) { return p }
    let rooted = try s.gathered(root: 0)
    if rank == 0 { return try same(rooted!, whole) }
    return rooted == nil ? nil : "non-root rank got a gathered tensor"
}

// MARK: collectives against their vmap oracles

let n = 10
let xs = try Random.normal(key, shape: [n, 3])
let ints = try Tensor.arange(Double(n)).reshaped([n, 1])

@MainActor func oracle(_ name: String, _ f: @escaping @Sendable (Tensor) throws -> Tensor, _ x: Tensor, exact: Bool = false) {
    check(name) {
        let p = try pmap(f, axisName: "i")(x), v = try vmap(f, axisName: "i")(x)
        return exact ? try same(p, v) : try close(p, v)
    }
}

oracle("psum", { x in try psum(x, axisName: "i") }, xs)
oracle("psum of an int", { x in try psum(x, axisName: "i") }, ints, exact: true)
oracle("pmean", { x in try x - pmean(x, axisName: "i") }, xs)
oracle("pmax", { x in try pmax(x, axisName: "i") }, xs, exact: true)
oracle("pmin", { x in try pmin(x, axisName: "i") }, xs, exact: true)
oracle("psum of a value that does not vary", { x in try x + psum(Tensor(Float(1)), axisName: "i") }, xs, exact: true)
oracle("allGather", { x in try allGather(x, axisName: "i") }, xs, exact: true)
oracle("allGather tiled", { x in try allGather(x, axisName: "i", tiled: true) }, xs, exact: true)
oracle("ppermute ring shift", { x in try ppermute(x, axisName: "i", perm: (0..<n).map { ($0, ($0 + 1) % n) }) }, xs, exact: true)
oracle("ppermute partial (untargeted get zeros)", { x in try ppermute(x, axisName: "i", perm: [(0, 3), (4, 1)]) }, xs, exact: true)
oracle("allToAll", { x in try allToAll(x, axisName: "i", splitAxis: 0, concatAxis: 1) },
       try Random.normal(key, shape: [n, n, 2]), exact: true)
oracle("axisIndex", { x in try x + axisIndex("i").astype(.float32) }, xs, exact: true)
oracle("axisSize", { x in try x * Tensor(Float(try axisSize("i"))) }, xs, exact: true)
oracle("psum inside scan inside pmap", { x in
    try scan({ c, xi in
        let s = try psum(xi, axisName: "i")
        return (try c + s, s)
    }, initial: Tensor(Float(0)), over: x).0
}, xs)
oracle("psum inside cond and whileLoop", { x in
    let total = try psum(Local.sum(x), axisName: "i")
    let y = try cond(total .> 0, initial: x, then: { try $0 * 2 }, else: { try $0 - 1 })
    return try whileLoop(initial: y, while: { c in try Local.sum(c) .< 100 }, body: { c in try c + 1 })
}, xs)
oracle("collectives under jit inside pmap", { x in try jit { (y: Tensor) in try y / psum(y * y, axisName: "i") }(x) }, xs)

check("N < P: empty shards still take part in collectives") {
    let one = try Random.normal(key, shape: [1, 2])
    let f = { @Sendable (x: Tensor) throws -> Tensor in try x + psum(x, axisName: "i") }
    return try same(pmap(f, axisName: "i")(one), vmap(f, axisName: "i")(one))
}

check("unbound axis name throws JAX's message") {
    do {
        _ = try psum(Tensor(1.0), axisName: "nope")
        return "no error"
    } catch let e as TensorError {
        return e.message.hasPrefix("unbound axis name: nope.") ? nil : "message: \(e.message)"
    }
}

// MARK: Communicator

check("allReduce, reduce, broadcast") {
    let mine = Tensor([Float(rank), 1])
    if let p = try same(world.allReduce(mine, op: .sum), Tensor([Float(size * (size - 1) / 2), Float(size)])) { return p }
    if let p = try same(world.allReduce(mine, op: .max), Tensor([Float(size - 1), 1])) { return p }
    let r = try world.reduce(mine, op: .min, root: size - 1)
    if rank == size - 1, let p = try same(r!, Tensor([0, 1] as [Float])) { return p }
    let b = try world.broadcast(rank == 0 ? Tensor.arange(6).reshaped([2, 3]) : Tensor(0), root: 0)
    return try same(b, Tensor.arange(6).reshaped([2, 3]))
}

check("gather(v), allGather(v), scatter(v), allToAll(v)") {
    let ag = try world.allGather(Tensor([Int32(rank)]))
    if let p = try same(ag, Tensor((0..<size).map { Int32($0) }, shape: [size, 1])) { return p }
    let rows = try Tensor.full([rank + 1, 2], Double(rank), dtype: .int32)
    let agv = try world.allGatherv(rows)
    if agv.shape != [size * (size + 1) / 2, 2] { return "allGatherv shape \(agv.shape)" }
    if let g = try world.gatherv(rows, root: 0), rank == 0, g.shape != agv.shape { return "gatherv shape \(g.shape)" }
    let sc = try world.scatter(rank == 0 ? Tensor.arange(Double(size * 2)).reshaped([size, 2]) : Tensor(0), root: 0)
    if let p = try same(sc, Tensor([Int32(2 * rank), Int32(2 * rank + 1)])) { return p }
    let counts = (0..<size).map { $0 + 1 }
    let scv = try world.scatterv(rank == 0 ? Tensor.arange(Double(counts.reduce(0, +))) : Tensor(0), counts: counts, root: 0)
    if scv.shape != [rank + 1] { return "scatterv shape \(scv.shape)" }
    let a2a = try world.allToAll(Tensor((0..<size).map { Int32(rank * 100 + $0) }))
    if let p = try same(a2a, Tensor((0..<size).map { Int32($0 * 100 + rank) })) { return p }
    let a2av = try world.allToAllv(Tensor((0..<size).map { Int32(rank * 100 + $0) }), sendCounts: Array(repeating: 1, count: size))
    return try same(a2av, a2a)
}

check("sendReceive ring, send/receive, arrays") {
    let right = (rank + 1) % size, left = (rank + size - 1) % size
    let got = try world.sendReceive(Tensor([Int32(rank)]), to: right, from: left, tag: 3)
    if let p = try same(got, Tensor([Int32(left)])) { return p }
    if size > 1 {
        if rank == 0 { try world.send(Tensor.arange(5.0, dtype: .float64), to: 1, tag: 9) }
        if rank == 1, let p = try same(world.receive(from: 0, tag: 9), Tensor.arange(5.0, dtype: .float64)) { return p }
        if rank == 1 { try world.send([1.5, 2.5], to: 0, tag: 4) }
        if rank == 0 { let a = try world.receive(Double.self, from: 1, tag: 4); if a != [1.5, 2.5] { return "array receive \(a)" } }
    }
    let sums = try world.allReduce([rank, 1], op: .sum)
    if sums != [size * (size - 1) / 2, size] { return "array allReduce \(sums)" }
    let all = try world.allGather([Int32(rank)])
    return all == (0..<size).map { Int32($0) } ? nil : "array allGather \(all)"
}

check("dup and split") {
    let d = try world.dup()
    if d.size != size || d.rank != rank { return "dup size/rank" }
    guard let half = try world.split(color: rank % 2, key: rank) else { return "split returned nil" }
    let expected = (0..<size).filter { $0 % 2 == rank % 2 }.count
    if half.size != expected { return "split size \(half.size), want \(expected)" }
    let none = try world.split(color: -1, key: 0)
    return none == nil ? nil : "negative color gave a communicator"
}

check("bad arguments throw MPIError with a message") {
    do { _ = try world.broadcast(Tensor(1.0), root: size); return "no error" } catch let e as MPIError {
        return e.message.contains("is not a rank") ? nil : "message: \(e.message)"
    }
}

npyChecks(check: check)

// MARK: summary

let failed = results.filter { !$0.1 }.count
let failedEverywhere = try world.allReduce([Int32(failed)], op: .max)[0]
for (name, ok, why) in results where !ok {
    print("rank \(rank): FAIL \(name): \(why)")
}
try world.barrier()
if rank == 0 {
    for (name, ok, _) in results { print("\(ok ? "ok  " : "FAIL") \(name)") }
    let passed = results.count - Int(failedEverywhere)
    print("pmap-check on \(size) rank\(size == 1 ? "" : "s")")
    print("\(passed) passed, \(failedEverywhere) failed")
}
fflush(nil)
exit(failedEverywhere == 0 ? 0 : 1)
