// Shared helpers for the Local test tables: a deterministic RNG, host-side
// copies of tensor elements, index arithmetic for naive reference loops,
// tolerant float comparison, and a runner that checks a primitive's shape
// rule against its kernel's output.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Local

// MARK: - C math, by names Local's Tensor functions (exp, log, …) never shadow

/// The C library's double-precision math, the reference for float kernels.
enum LibM {
    static func exp(_ x: Double) -> Double { cExp(x) }
    static func log(_ x: Double) -> Double { cLog(x) }
    static func log1p(_ x: Double) -> Double { cLog1p(x) }
    static func expm1(_ x: Double) -> Double { cExpm1(x) }
    static func sin(_ x: Double) -> Double { cSin(x) }
    static func cos(_ x: Double) -> Double { cCos(x) }
    static func tan(_ x: Double) -> Double { cTan(x) }
    static func tanh(_ x: Double) -> Double { cTanh(x) }
    static func erf(_ x: Double) -> Double { cErf(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
    static func fmod(_ x: Double, _ y: Double) -> Double { cFmod(x, y) }
    static func atan2(_ y: Double, _ x: Double) -> Double { cAtan2(y, x) }
}
// At file scope these names resolve to the C functions (a Double is not a Tensor).
private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cLog1p(_ x: Double) -> Double { log1p(x) }
private func cExpm1(_ x: Double) -> Double { expm1(x) }
private func cSin(_ x: Double) -> Double { sin(x) }
private func cCos(_ x: Double) -> Double { cos(x) }
private func cTan(_ x: Double) -> Double { tan(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
private func cErf(_ x: Double) -> Double { erf(x) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cFmod(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
private func cAtan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }

// MARK: - Deterministic random numbers

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and good enough for
/// test data; the same seed gives the same tensors on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    /// A uniform double in `range`.
    mutating func double(_ range: Range<Double>) -> Double { Double.random(in: range, using: &self) }
    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

// MARK: - Dtypes

/// Every dtype, in a fixed order for tables.
let allDTypes: [DType] = [.float32, .float64, .int32, .int64, .uint32, .bool]
let floatDTypes: [DType] = [.float32, .float64]
let intDTypes: [DType] = [.int32, .int64, .uint32]
let numericDTypes: [DType] = floatDTypes + intDTypes

// MARK: - Host copies of tensor elements (read straight from storage, no primitives)

/// The elements as doubles (exact for every dtype except int64 beyond 2^53).
func hostDoubles(_ t: Tensor) -> [Double] {
    let n = t.size, p = t.storage.pointer
    switch t.dtype {
    case .float32: return (0..<n).map { Double(p.assumingMemoryBound(to: Float.self)[$0]) }
    case .float64: return (0..<n).map { p.assumingMemoryBound(to: Double.self)[$0] }
    case .int32: return (0..<n).map { Double(p.assumingMemoryBound(to: Int32.self)[$0]) }
    case .int64: return (0..<n).map { Double(p.assumingMemoryBound(to: Int64.self)[$0]) }
    case .uint32: return (0..<n).map { Double(p.assumingMemoryBound(to: UInt32.self)[$0]) }
    case .bool: return (0..<n).map { p.assumingMemoryBound(to: Bool.self)[$0] ? 1 : 0 }
    }
}

/// The elements of an integer or bool tensor as Int64 (uint32 zero-extended, bool 0/1).
func hostInts(_ t: Tensor) -> [Int64] {
    let n = t.size, p = t.storage.pointer
    switch t.dtype {
    case .int32: return (0..<n).map { Int64(p.assumingMemoryBound(to: Int32.self)[$0]) }
    case .int64: return (0..<n).map { p.assumingMemoryBound(to: Int64.self)[$0] }
    case .uint32: return (0..<n).map { Int64(p.assumingMemoryBound(to: UInt32.self)[$0]) }
    case .bool: return (0..<n).map { p.assumingMemoryBound(to: Bool.self)[$0] ? 1 : 0 }
    case .float32, .float64: return hostDoubles(t).map { Int64($0) }
    }
}

/// The elements of a bool tensor.
func hostBools(_ t: Tensor) -> [Bool] { hostInts(t).map { $0 != 0 } }

/// Each element's bit pattern, zero-extended (bool: 0/1). Exact comparison for any dtype.
func hostBits(_ t: Tensor) -> [UInt64] {
    let n = t.size, p = t.storage.pointer
    switch t.dtype.itemSize {
    case 1: return (0..<n).map { UInt64(p.assumingMemoryBound(to: UInt8.self)[$0]) }
    case 4: return (0..<n).map { UInt64(p.assumingMemoryBound(to: UInt32.self)[$0]) }
    default: return (0..<n).map { p.assumingMemoryBound(to: UInt64.self)[$0] }
    }
}

/// Wraps an integer to `dtype`'s range as the hardware would (two's complement).
func wrapInt(_ v: Int64, _ dtype: DType) -> Int64 {
    switch dtype {
    case .int32: return Int64(Int32(truncatingIfNeeded: v))
    case .uint32: return Int64(UInt32(truncatingIfNeeded: v))
    case .bool: return v != 0 ? 1 : 0
    default: return v
    }
}

/// A tensor of `dtype` built straight into storage (no conversion primitive):
/// floats are rounded to the dtype, integers wrapped, bools are `!= 0`.
func makeTensor(_ values: [Double], _ shape: [Int], _ dtype: DType) throws -> Tensor {
    switch dtype {
    case .float32: return try Tensor.fromBuffer(values.map { Float($0) }, shape: shape)
    case .float64: return try Tensor.fromBuffer(values, shape: shape)
    case .int32: return try Tensor.fromBuffer(values.map { Int32(truncatingIfNeeded: Int64($0)) }, shape: shape)
    case .int64: return try Tensor.fromBuffer(values.map { Int64($0) }, shape: shape)
    case .uint32: return try Tensor.fromBuffer(values.map { UInt32(truncatingIfNeeded: Int64($0)) }, shape: shape)
    case .bool: return try Tensor.fromBuffer(values.map { $0 != 0 }, shape: shape)
    }
}

/// An integer tensor from Int64 values (wrapped to `dtype`).
func makeIntTensor(_ values: [Int64], _ shape: [Int], _ dtype: DType) throws -> Tensor {
    switch dtype {
    case .int32: return try Tensor.fromBuffer(values.map { Int32(truncatingIfNeeded: $0) }, shape: shape)
    case .int64: return try Tensor.fromBuffer(values, shape: shape)
    case .uint32: return try Tensor.fromBuffer(values.map { UInt32(truncatingIfNeeded: $0) }, shape: shape)
    case .bool: return try Tensor.fromBuffer(values.map { $0 != 0 }, shape: shape)
    case .float32, .float64: return try makeTensor(values.map(Double.init), shape, dtype)
    }
}

/// Random values suited to `dtype`: floats in `range` (rounded to float32
/// when needed), integers spread over a range that exercises wrapping for
/// `wide`, bools half true.
func randomValues(_ count: Int, _ dtype: DType, _ rng: inout SplitMix64,
                  range: Range<Double> = -4..<4, wide: Bool = false) -> [Double] {
    (0..<count).map { _ in
        switch dtype {
        case .float32: return Double(Float(rng.double(range)))
        case .float64: return rng.double(range)
        case .int32: return Double(wide ? rng.int(Int(Int32.min)...Int(Int32.max)) : rng.int(-50...50))
        case .int64: return Double(wide ? rng.int(-(1 << 52)...(1 << 52)) : rng.int(-50...50))
        case .uint32: return Double(wide ? rng.int(0...Int(UInt32.max)) : rng.int(0...100))
        case .bool: return rng.chance(0.5) ? 1 : 0
        }
    }
}

/// A random tensor of `shape` and `dtype`.
func randomTensor(_ shape: [Int], _ dtype: DType, _ rng: inout SplitMix64,
                  range: Range<Double> = -4..<4, wide: Bool = false) throws -> Tensor {
    try makeTensor(randomValues(shape.reduce(1, *), dtype, &rng, range: range, wide: wide), shape, dtype)
}

/// A random shape of rank in `ranks`, dimensions in `dims` (0 included now and then when `allowEmpty`).
func randomShape(_ rng: inout SplitMix64, ranks: ClosedRange<Int> = 0...4, dims: ClosedRange<Int> = 1...5,
                 allowEmpty: Bool = false) -> [Int] {
    let rank = rng.int(ranks)
    return (0..<rank).map { _ in allowEmpty && rng.chance(0.08) ? 0 : rng.int(dims) }
}

// MARK: - Index arithmetic for reference loops

/// Row-major strides of `shape`, in elements.
func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
        s[i] = acc
        acc *= shape[i]
    }
    return s
}

/// The multi-index of flat position `i` in `shape`.
func unravel(_ i: Int, _ shape: [Int]) -> [Int] {
    var rem = i
    var idx = [Int](repeating: 0, count: shape.count)
    for d in stride(from: shape.count - 1, through: 0, by: -1) where shape[d] > 0 {
        idx[d] = rem % shape[d]
        rem /= shape[d]
    }
    return idx
}

/// The flat position of multi-index `idx` in `shape`.
func ravel(_ idx: [Int], _ shape: [Int]) -> Int {
    var f = 0
    for (i, n) in zip(idx, shape) { f = f * n + i }
    return f
}

/// Every multi-index of `shape`, row-major.
func allIndices(_ shape: [Int]) -> [[Int]] {
    let n = shape.reduce(1, *)
    return (0..<n).map { unravel($0, shape) }
}

/// numpy broadcasting of shapes (right-aligned), or nil if incompatible.
func numpyBroadcast(_ shapes: [[Int]]) -> [Int]? {
    let rank = shapes.map(\.count).max() ?? 0
    var out = [Int](repeating: 1, count: rank)
    for s in shapes {
        for (i, d) in s.enumerated() {
            let j = i + rank - s.count
            if out[j] == 1 { out[j] = d } else if d != 1 && d != out[j] { return nil }
        }
    }
    return out
}

/// The flat position in an operand of `shape` read at output multi-index `idx` under broadcasting.
func broadcastSource(_ idx: [Int], _ shape: [Int]) -> Int {
    let off = idx.count - shape.count
    var f = 0
    for (i, n) in shape.enumerated() { f = f * n + (n == 1 ? 0 : idx[i + off]) }
    return f
}

/// For each element of the broadcast output `out`, the flat position read in
/// an operand of `shape` (right-aligned, size-1 dimensions repeat). Fast
/// enough for large outputs: no per-element allocation.
func broadcastSourceIndices(_ out: [Int], _ shape: [Int]) -> [Int] {
    let n = out.reduce(1, *)
    if n == 0 { return [] }
    let off = out.count - shape.count
    let st = rowMajorStrides(shape)
    var eff = [Int](repeating: 0, count: out.count)
    for i in 0..<shape.count where shape[i] != 1 { eff[i + off] = st[i] }
    var result = [Int]()
    result.reserveCapacity(n)
    var idx = [Int](repeating: 0, count: out.count)
    var cur = 0
    for _ in 0..<n {
        result.append(cur)
        var d = out.count - 1
        while d >= 0 {
            idx[d] += 1
            cur += eff[d]
            if idx[d] < out[d] { break }
            cur -= eff[d] * idx[d]
            idx[d] = 0
            d -= 1
        }
    }
    return result
}

/// Python's tuple spelling, for messages in expectations.
func pyTuple(_ xs: [Int]) -> String {
    xs.count == 1 ? "(\(xs[0]),)" : "(" + xs.map(String.init).joined(separator: ", ") + ")"
}

// MARK: - Comparison

/// Whether `a` and `b` agree within `rtol`/`atol` (NaN equals NaN, infinities must match).
func approxEqual(_ a: Double, _ b: Double, rtol: Double, atol: Double) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return Swift.abs(a - b) <= atol + rtol * Swift.abs(b)
}

/// Records an issue for every element of `got` not close to `want`
/// (at most three are reported, then a count).
func expectClose(_ got: [Double], _ want: [Double], rtol: Double = 1e-6, atol: Double = 1e-6,
                 _ what: @autoclosure () -> String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard got.count == want.count else {
        Issue.record("\(what()): \(got.count) elements, expected \(want.count)", sourceLocation: sourceLocation)
        return
    }
    var bad: [String] = []
    for i in got.indices where !approxEqual(got[i], want[i], rtol: rtol, atol: atol) {
        bad.append("[\(i)] got \(got[i]) want \(want[i])")
    }
    if !bad.isEmpty {
        let shown = bad.prefix(3).joined(separator: "; ")
        Issue.record("\(what()): \(bad.count) of \(got.count) elements differ: \(shown)",
                     sourceLocation: sourceLocation)
    }
}

/// Expects equal arrays, reporting the number of differences and the first
/// one (never rendering whole large arrays).
func expectElementsEqual<T: Equatable>(_ got: [T], _ want: [T], _ what: @autoclosure () -> String = "",
                                       sourceLocation: SourceLocation = #_sourceLocation) {
    if got == want { return }
    guard got.count == want.count else {
        Issue.record("\(what()): \(got.count) elements, expected \(want.count)", sourceLocation: sourceLocation)
        return
    }
    let bad = got.indices.filter { got[$0] != want[$0] }
    let first = bad[0]
    Issue.record("\(what()): \(bad.count) of \(got.count) elements differ; first at [\(first)]: got \(got[first]), want \(want[first])",
                 sourceLocation: sourceLocation)
}

/// Tolerances for results rounded to `dtype` from a double-precision reference.
func tolerance(_ dtype: DType, ulps: Double = 4) -> (rtol: Double, atol: Double) {
    dtype == .float32 ? (ulps * 1.2e-7, ulps * 1.2e-7) : (ulps * 2.3e-16, ulps * 2.3e-16)
}

/// The float64 reference rounded to the dtype (float32 results are compared to `Float(x)`).
func roundTo(_ x: Double, _ dtype: DType) -> Double { dtype == .float32 ? Double(Float(x)) : x }

// MARK: - Running primitives

/// Runs `p` through `bind` on concrete inputs and checks that the kernel's
/// outputs have exactly the shapes, dtypes and weak types the shape rule
/// (`abstractEval`) promised, and that each output's buffer holds its elements.
@discardableResult
func runChecked(_ p: any Primitive, _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Tensor] {
    let avals = try p.abstractEval(inputs.map(\.aval))
    let outs = try bind(p, inputs)
    #expect(outs.count == avals.count, "\(p.name): \(outs.count) outputs, shape rule says \(avals.count)", sourceLocation: sourceLocation)
    for (o, a) in zip(outs, avals) {
        #expect(o.shape == a.shape, "\(p.name): kernel shape \(o.shape) vs rule \(a.shape)", sourceLocation: sourceLocation)
        #expect(o.dtype == a.dtype, "\(p.name): kernel dtype \(o.dtype) vs rule \(a.dtype)", sourceLocation: sourceLocation)
        #expect(o.weakType == a.weakType, "\(p.name): kernel weak type \(o.weakType) vs rule \(a.weakType)", sourceLocation: sourceLocation)
        #expect(o.isConcrete, sourceLocation: sourceLocation)
        #expect(o.storage.byteCount >= o.size * o.dtype.itemSize, "\(p.name): buffer too small", sourceLocation: sourceLocation)
    }
    return outs
}

/// ``runChecked(_:_:sourceLocation:)`` for a single-output primitive.
func runChecked1(_ p: any Primitive, _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation) throws -> Tensor {
    try runChecked(p, inputs, sourceLocation: sourceLocation)[0]
}
