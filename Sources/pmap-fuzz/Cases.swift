// The fuzzer's catalogue: random calls across the public surface of Local —
// creation, shaping, indexing, reductions, linear algebra, elementwise
// math, conversions, control flow, vmap axes, .npy files — with random
// shapes, axes, dtypes and index forms, each wrapped at random in jit,
// vmap or a scan body. A case may return a value or throw; it must never
// trap or hang.

import Local

#if canImport(Glibc)
import Glibc
#endif

struct FuzzCase {
    let description: String
    let run: () throws -> Void
}

/// How a one-tensor function is applied: as written, under jit, vmapped
/// over a stacked batch, or as a scan body.
func wrapped(_ rng: inout FuzzRandom, _ call: String, _ x: Tensor, _ f: @escaping @Sendable (Tensor) throws -> Tensor) -> FuzzCase {
    switch rng.int(0...4) {
    case 0:
        return FuzzCase(description: "jit { x in \(call) }(x: \(text(x)))") { _ = try jit(f)(x) }
    case 1:
        return FuzzCase(description: "vmap { x in \(call) }(stack([x, x]), x: \(text(x)))") { _ = try vmap(f)(stack([x, x])) }
    case 2:
        return FuzzCase(description: "scan over stack([x, x, x]) with body \(call), x: \(text(x))") {
            _ = try scan({ (c: Tensor, xi: Tensor) in (c, try f(xi)) }, initial: Tensor(Int32(0)), over: stack([x, x, x]))
        }
    default:
        return FuzzCase(description: "\(call) with x: \(text(x))") { _ = try f(x) }
    }
}

typealias CaseMaker = @Sendable (inout FuzzRandom) -> FuzzCase

let catalogue: [(name: String, make: CaseMaker)] = [
    // MARK: Creation
    ("zeros", { r in let s = r.shapeArgument(), d = r.dtype(); return FuzzCase(description: "Tensor.zeros(\(text(s)), dtype: .\(d))") { _ = try Tensor.zeros(s, dtype: d) } }),
    ("full", { r in let s = r.shapeArgument(), v = r.double(); return FuzzCase(description: "Tensor.full(\(text(s)), \(v))") { _ = try Tensor.full(s, v) } }),
    ("arange", { r in
        let a = r.double(), b = r.double(), step = r.chance(0.5) ? 1 : r.double(), d: DType? = r.chance(0.5) ? nil : r.dtype()
        return FuzzCase(description: "Tensor.arange(\(a), \(b), step: \(step), dtype: \(d.map { ".\($0)" } ?? "nil"))") { _ = try Tensor.arange(a, b, step: step, dtype: d) }
    }),
    ("linspace", { r in let n = r.anyInt(), d = r.dtype(); return FuzzCase(description: "Tensor.linspace(0, 1, count: \(text(n)), dtype: .\(d))") { _ = try Tensor.linspace(0, 1, count: n, dtype: d) } }),
    ("eye", { r in let n = r.chance(0.5) ? r.int(0...4) : r.anyInt(), m = r.chance(0.5) ? nil : r.anyInt(), k = r.anyInt()
        return FuzzCase(description: "Tensor.eye(\(text(n)), \(m.map(text) ?? "nil"), k: \(text(k)))") { _ = try Tensor.eye(n, m, k: k) } }),
    ("values-shape", { r in let s = r.shapeArgument(), n = r.int(0...6)
        return FuzzCase(description: "Tensor([Float](repeating: 1, count: \(n)), shape: \(text(s)))") { _ = try Tensor([Float](repeating: 1, count: n), shape: s) } }),
    ("scalar-conversions", { r in
        let v = r.double(), d = r.dtype(), t = (try? Tensor(v, dtype: .float64)) ?? Tensor(Float(0))
        return FuzzCase(description: "Tensor(\(v), dtype: .\(d)); Int(Tensor(\(v))); Int32/Float/Bool of it") {
            _ = try? Tensor(v, dtype: d)
            _ = try? Int(t)
            _ = try? t.item(Int32.self)
            _ = try? Float(t)
            _ = try? Bool(t.astype(.bool))
        }
    }),
    ("random", { r in
        let key = Random.key(r.anyInt()), s = r.shapeArgument(maxRank: 3), lo = r.anyInt(), hi = r.anyInt(), n = r.anyInt(), count = r.anyInt()
        switch r.int(0...4) {
        case 0: return FuzzCase(description: "Random.normal(key, shape: \(text(s)))") { _ = try Random.normal(key, shape: s) }
        case 1: return FuzzCase(description: "Random.randint(key, shape: \(text(s)), minval: \(text(lo)), maxval: \(text(hi)))") { _ = try Random.randint(key, shape: s, minval: lo, maxval: hi) }
        case 2: return FuzzCase(description: "Random.permutation(key, \(text(n)))") { _ = try Random.permutation(key, n) }
        case 3: return FuzzCase(description: "Random.split(key, count: \(text(count)))") { _ = try Random.split(key, count: count) }
        default: return FuzzCase(description: "Random.foldIn(key, \(text(n)))") { _ = try Random.foldIn(key, n) }
        }
    }),

    ("empty-but-huge", { r in
        // No elements, but a dimension near Int.max: every later shape computation must be checked.
        let huge = r.pick([1 << 62, Int.max, 1 << 40, Int(Int32.max) + 1]), s = r.chance(0.5) ? [0, huge] : [huge, 0, 2]
        let a = r.axis(s.count), other = r.pick([s, [0, 3], [huge, 0], [0, huge, 1]])
        let ops: [(String, @Sendable (Tensor) throws -> Tensor)] = [
            ("concatenate([x, x], axis: \(text(a)))", { try concatenate([$0, $0], axis: a) }),
            ("stack([x, x], axis: \(text(a)))", { try stack([$0, $0], axis: a) }),
            ("mean(x, axis: \(text(a)))", { try mean($0, axis: a) }), ("sum(x)", { try sum($0) }),
            ("x.reshaped(\(text(other)))", { try $0.reshaped(other) }), ("x.transposed()", { try $0.transposed() }),
            ("x.broadcast(to: \(text(other)))", { try $0.broadcast(to: other) }), ("x + zeros(other)", { try $0 + Tensor.zeros(other) }),
            ("x.expandedDims(axis: 0)", { try $0.expandedDims(axis: 0) }), ("x[1...]", { try $0[1...] }),
            ("cumsum(x, axis: \(text(a)))", { try cumsum($0, axis: a) }), ("pad(x, [(1, 1)])", { try pad($0, [(1, 1)]) }),
        ]
        let (name, op) = r.pick(ops)
        return FuzzCase(description: "x = Tensor.zeros(\(text(s))); \(name)") { try op(Tensor.zeros(s)) }
    }),

    // MARK: Shaping
    ("reshape", { r in let x = r.tensor(), s = r.chance(0.3) ? [r.anyInt(), -1] : r.shapeArgument()
        return wrapped(&r, "x.reshaped(\(text(s)))", x) { try $0.reshaped(s) } }),
    ("transpose", { r in let x = r.tensor(), p = (0..<x.ndim).map { _ in r.axis(x.ndim) }
        return wrapped(&r, "x.transposed(\(text(p)))", x) { try $0.transposed(p) } }),
    ("moveaxis", { r in let x = r.tensor(), a = r.axis(x.ndim), b = r.axis(x.ndim)
        return wrapped(&r, "x.movedAxis(from: \(text(a)), to: \(text(b)))", x) { try $0.movedAxis(from: a, to: b) } }),
    ("broadcast", { r in let x = r.tensor(), s = r.shapeArgument()
        return wrapped(&r, "x.broadcast(to: \(text(s)))", x) { try $0.broadcast(to: s) } }),
    ("expand-squeeze-flip", { r in let x = r.tensor(), a = r.axis(x.ndim + 1), axes = (0..<r.int(0...2)).map { _ in r.axis(x.ndim) }
        switch r.int(0...2) {
        case 0: return wrapped(&r, "x.expandedDims(axis: \(text(a)))", x) { try $0.expandedDims(axis: a) }
        case 1: return wrapped(&r, "x.squeezed(axes: \(text(axes)))", x) { try $0.squeezed(axes: axes) }
        default: return wrapped(&r, "x.flipped(axes: \(text(axes)))", x) { try $0.flipped(axes: axes) }
        }
    }),
    ("concatenate-stack", { r in
        let x = r.tensor(), y = r.chance(0.6) ? r.tensor(x.shape, x.dtype) : r.tensor(), a = r.axis(x.ndim + 1)
        return r.chance(0.5)
            ? wrapped(&r, "concatenate([x, y: \(text(y))], axis: \(text(a)))", x) { try concatenate([$0, y], axis: a) }
            : wrapped(&r, "stack([x, y: \(text(y))], axis: \(text(a)))", x) { try stack([$0, y], axis: a) }
    }),
    ("split", { r in let x = r.tensor(), a = r.axis(x.ndim), n = r.anyInt(), idx = (0..<r.int(0...3)).map { _ in r.anyInt() }
        return r.chance(0.5)
            ? wrapped(&r, "split(x, sections: \(text(n)), axis: \(text(a)))[0]", x) { try split($0, sections: n, axis: a).first ?? $0 }
            : wrapped(&r, "split(x, indices: \(text(idx)), axis: \(text(a)))[0]", x) { try split($0, indices: idx, axis: a).first ?? $0 }
    }),
    ("pad", { r in let x = r.tensor(), w = (0..<x.ndim).map { _ in (r.anyInt(), r.anyInt()) }
        return wrapped(&r, "pad(x, \(w.map { "(\(text($0.0)), \(text($0.1)))" }))", x) { try pad($0, w) } }),

    // MARK: Indexing
    ("index-int", { r in let x = r.tensor(), i = r.anyInt(); return wrapped(&r, "x[\(text(i))]", x) { try $0[i] } }),
    ("index-range", { r in
        let x = r.tensor(), a = r.anyInt(), b = r.anyInt(), step = r.chance(0.5) ? 1 : r.anyInt()
        switch r.int(0...5) {
        case 0: return wrapped(&r, "x[TensorIndex.range(start: \(text(a)), stop: \(text(b)), step: \(text(step)))]", x) { try $0[TensorIndex.range(start: a, stop: b, step: step)] }
        case 1: return wrapped(&r, "x[\(text(Swift.min(a, b)))..<\(text(Swift.max(a, b)))]", x) { try $0[Swift.min(a, b)..<Swift.max(a, b)] }
        case 2: return wrapped(&r, "x[\(text(Swift.min(a, b)))...\(text(Swift.max(a, b)))]", x) { try $0[Swift.min(a, b)...Swift.max(a, b)] }
        case 3: return wrapped(&r, "x[\(text(a))...]", x) { try $0[a...] }
        case 4: return wrapped(&r, "x[...\(text(b))]", x) { try $0[...b] }
        default:
            let s = step == 0 ? 1 : step
            return wrapped(&r, "x[stride(from: \(text(a)), to: \(text(b)), by: \(text(s)))]", x) { try $0[stride(from: a, to: b, by: s)] }
        }
    }),
    ("index-mixed", { r in
        let x = r.tensor(), i = r.anyInt(), idx = r.tensor(r.smallShape(maxRank: 2), r.pick([.int32, .int64, .uint32, .bool, .float32]))
        return r.chance(0.5)
            ? wrapped(&r, "x[TensorIndex.newAxis, TensorIndex.all, \(text(i))]", x) { try $0[TensorIndex.newAxis, TensorIndex.all, i] }
            : wrapped(&r, "x[idx: \(text(idx))]", x) { try $0[idx] }
    }),
    ("take", { r in let x = r.tensor(), a = r.axis(x.ndim), idx = r.tensor(r.smallShape(maxRank: 2), .int32)
        return wrapped(&r, "take(x, idx: \(text(idx)), axis: \(text(a)))", x) { try take($0, idx, axis: a) } }),

    // MARK: Reductions
    ("reduce", { r in
        let x = r.tensor(), a = r.axis(x.ndim), axes = (0..<r.int(0...3)).map { _ in r.axis(x.ndim) }, keep = r.chance(0.5)
        switch r.int(0...7) {
        case 0: return wrapped(&r, "sum(x, axes: \(text(axes)), keepDims: \(keep))", x) { try sum($0, axes: axes, keepDims: keep) }
        case 1: return wrapped(&r, "mean(x, axis: \(text(a)))", x) { try mean($0, axis: a) }
        case 2: return wrapped(&r, "max(x, axes: \(text(axes)))", x) { try max($0, axes: axes) }
        case 3: return wrapped(&r, "prod(x, axis: \(text(a)), keepDims: \(keep))", x) { try prod($0, axis: a, keepDims: keep) }
        case 4: return wrapped(&r, "argmax(x, axis: \(text(a)))", x) { try argmax($0, axis: a) }
        case 5: return wrapped(&r, "cumsum(x, axis: \(text(a)))", x) { try cumsum($0, axis: a) }
        case 6: return wrapped(&r, "mean(x)", x) { try mean($0) }
        default: return wrapped(&r, "cummax(x, axis: \(text(a)), reverse: true)", x) { try cummax($0, axis: a, reverse: true) }
        }
    }),

    // MARK: Linear algebra
    ("dot-matmul", { r in
        let x = r.tensor(), y = r.chance(0.5) ? r.tensor(x.shape.reversed(), x.dtype) : r.tensor()
        switch r.int(0...3) {
        case 0: return wrapped(&r, "dot(x, y: \(text(y)))", x) { try dot($0, y) }
        case 1: return wrapped(&r, "matmul(x, y: \(text(y)))", x) { try matmul($0, y) }
        case 2: let n = r.anyInt(); return wrapped(&r, "tensordot(x, y: \(text(y)), axes: \(text(n)))", x) { try tensordot($0, y, axes: n) }
        default:
            let a = (0..<r.int(0...2)).map { _ in r.anyInt() }, b = (0..<r.int(0...2)).map { _ in r.anyInt() }
            return wrapped(&r, "tensordot(x, y: \(text(y)), axes: (\(text(a)), \(text(b))))", x) { try tensordot($0, y, axes: (a, b)) }
        }
    }),
    ("einsum", { r in
        let letters = ["i", "j", "k", "ij", "ji", "ii", "jk", "ijk", "", "...", "i.j", "iJ"]
        let spec = "\(r.pick(letters)),\(r.pick(letters))->\(r.pick(letters))"
        let single = "\(r.pick(letters))->\(r.pick(letters))"
        let x = r.tensor(), y = r.tensor(), z = r.tensor()
        switch r.int(0...2) {
        case 0: return wrapped(&r, "einsum(\"\(spec)\", x, y: \(text(y)))", x) { try einsum(spec, $0, y) }
        case 1: return wrapped(&r, "einsum(\"\(single)\", x)", x) { try einsum(single, $0) }
        default: return wrapped(&r, "einsum(\"\(spec)\", x, y: \(text(y)), z: \(text(z)))", x) { try einsum(spec, $0, y, z) }
        }
    }),

    // MARK: Elementwise and conversions
    ("binary", { r in
        let x = r.tensor(), y = r.chance(0.5) ? r.tensor(x.shape, r.dtype()) : r.tensor()
        let ops: [(String, @Sendable (Tensor, Tensor) throws -> Tensor)] = [
            ("+", { try $0 + $1 }), ("*", { try $0 * $1 }), ("/", { try $0 / $1 }), ("%", { try $0 % $1 }),
            ("power", { try power($0, $1) }), ("maximum", { try maximum($0, $1) }), ("remainder", { try remainder($0, $1) }),
            ("shiftLeft", { try shiftLeft($0, $1) }), ("where", { try `where`($0.astype(.bool), $1, $0) }), ("atan2", { try atan2($0, $1) }),
        ]
        let (name, op) = r.pick(ops)
        return wrapped(&r, "\(name)(x, y: \(text(y)))", x) { try op($0, y) }
    }),
    ("unary", { r in
        let x = r.tensor(), d = r.dtype()
        let ops: [(String, @Sendable (Tensor) throws -> Tensor)] = [
            ("exp", { try exp($0) }), ("log", { try log($0) }), ("sqrt", { try sqrt($0) }), ("tanh", { try tanh($0) }),
            ("erfinv", { try erfinv($0) }), ("round", { try round($0) }), ("sign", { try sign($0) }), ("-x", { try -$0 }),
            ("astype(.\(d))", { try $0.astype(d) }), ("clip", { try clip($0, min: 0, max: 2) }), ("sort", { try sort($0) }),
            ("x ** 3", { try $0 ** 3 }), ("isnan", { try isnan($0) }),
        ]
        let (name, op) = r.pick(ops)
        return wrapped(&r, "\(name)(x)", x) { try op($0) }
    }),

    // MARK: Transformations and control flow
    ("vmap-axes", { r in
        let x = r.tensor(), inAxis = r.axis(x.ndim), outAxis = r.axis(x.ndim), size: Int? = r.chance(0.8) ? nil : r.anyInt()
        return FuzzCase(description: "vmap({ $0 * 2 }, inAxes: \(text(inAxis)), outAxes: \(text(outAxis)), axisSize: \(size.map(text) ?? "nil"))(x: \(text(x)))") {
            _ = try vmap({ (t: Tensor) in try t * 2 }, inAxes: Axes([inAxis]), outAxes: Axes(all: outAxis), axisSize: size)(x)
        }
    }),
    ("foriLoop", { r in
        let lo = r.chance(0.5) ? r.int(-3...3) : r.anyInt(), hi = r.chance(0.5) ? r.int(-3...6) : r.anyInt(), traced = r.chance(0.3)
        return FuzzCase(description: "foriLoop(\(text(lo)), \(text(hi)), initial: Tensor(0)) { i, c in c + i }\(traced ? " with traced bounds" : "")") {
            if traced {
                _ = try foriLoop(Tensor(Int32(truncatingIfNeeded: lo)), Tensor(Int32(truncatingIfNeeded: hi)), initial: Tensor(Int32(0))) { i, c in try c + i }
            } else {
                _ = try foriLoop(lo, hi, initial: Tensor(Int32(0))) { i, c in try c + i }
            }
        }
    }),
    ("scan-length", { r in let n = r.chance(0.5) ? r.int(-2...5) : r.anyInt()
        return FuzzCase(description: "scan({ c in (c + 1, c) }, initial: Tensor(0), length: \(text(n)))") {
            _ = try scan({ (c: Tensor) in (try c + 1, c) }, initial: Tensor(Int32(0)), length: n)
        }
    }),
    ("switch", { r in let i = r.anyInt()
        return FuzzCase(description: "cond(index: Tensor(\(text(i))), branches: [+1, *2], initial: Tensor(3))") {
            _ = try cond(index: Tensor(Int64(i)), branches: [{ (c: Tensor) in try c + 1 }, { (c: Tensor) in try c * 2 }], initial: Tensor(Int32(3)))
        }
    }),

    // MARK: Files
    ("npy-special-files", { r in
        let which = r.int(0...3)
        return FuzzCase(description: "Npy.load of \(["a FIFO", "a directory", "/dev/zero", "a missing file"][which])") {
            switch which {
            case 0:
                let path = "/tmp/pmap-fuzz-fifo-\(getpid())"
                unlink(path)
                mkfifo(path, 0o600)
                defer { unlink(path) }
                _ = try Npy.load(path)
            case 1: _ = try Npy.load("/tmp")
            case 2: _ = try Npy.load("/dev/zero")
            default: _ = try Npy.load("/nonexistent/x.npy")
            }
        }
    }),
]

/// Case `index` of the run seeded with `seed`: the same case every time.
func fuzzCase(seed: UInt64, index: Int) -> FuzzCase {
    var rng = FuzzRandom(seed: seed, case: index)
    let entry = catalogue[rng.int(0...(catalogue.count - 1))]
    let made = entry.make(&rng)
    return FuzzCase(description: "[\(entry.name)] " + made.description, run: made.run)
}
