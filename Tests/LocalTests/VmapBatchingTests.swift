// vmap's batching rules, one table for every primitive family: for random
// per-example shapes, every in-axis choice per operand (each axis, negative
// spellings, nil = unmapped) and several out axes,
//
//     vmap(op, inAxes:, outAxes:)(args) == stack([op(slice b of args) for b], axis: outAxis)
//
// plus nested vmap, unmapped operands staying unmapped in the jaxpr, and the
// seed notebooks' vmap cells (shapes, and the first notebook's values).
//
// The helpers in `XF` are shared by the other transformation suites
// (VmapErrorTests, JitTests, JaxprGoldenTests, ControlFlowTests).

import Testing
@testable import Local

// MARK: - Shared support for the transformation suites

/// Helpers for the transformation suites (a namespace so the names cannot
/// collide with other test files' helpers).
enum XF {
    /// SplitMix64: deterministic test data, the same on every machine.
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        init(_ name: String) {
            // FNV-1a of the name: a stable seed per table row.
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            state = h
        }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &self) }
        mutating func double(_ r: Range<Double>) -> Double { Double.random(in: r, using: &self) }
        mutating func bool() -> Bool { next() & 1 == 1 }
        /// A random shape of rank in `ranks`, dimensions in `dims`.
        mutating func shape(_ ranks: ClosedRange<Int>, dims: ClosedRange<Int> = 1...4) -> [Int] {
            (0..<int(ranks)).map { _ in int(dims) }
        }
    }

    /// How to fill a random operand.
    enum Fill: Sendable {
        /// Standard-normal-ish floats.
        case normal
        /// Floats in [0.5, 2.5) (divisors, pow bases, sqrt).
        case positive
        /// Integers in the range (stored in the operand's dtype).
        case ints(Int, Int)
        /// Random bools.
        case bools
        /// Random 32-bit patterns (PRNG keys).
        case bits
    }

    /// An operand of a table row: per-example shape, dtype and fill.
    struct Operand: Sendable {
        var shape: [Int]
        var dtype: DType
        var fill: Fill
        init(_ shape: [Int], _ dtype: DType = .float32, _ fill: Fill = .normal) {
            self.shape = shape
            self.dtype = dtype
            self.fill = fill
        }
    }

    typealias Op = @Sendable ([Tensor]) throws -> [Tensor]

    /// A random tensor of `shape`.
    static func random(_ shape: [Int], _ dtype: DType, _ fill: Fill, _ rng: inout Rng) throws -> Tensor {
        let n = shape.reduce(1, *)
        switch fill {
        case .bits:
            return try Tensor((0..<n).map { _ in UInt32(truncatingIfNeeded: rng.next()) }, shape: shape).astype(dtype)
        case .bools:
            return try Tensor((0..<n).map { _ in rng.bool() }, shape: shape).astype(dtype)
        case .ints(let lo, let hi):
            return try Tensor((0..<n).map { _ in Int64(rng.int(lo...hi)) }, shape: shape).astype(dtype)
        case .normal:
            return try Tensor((0..<n).map { _ in rng.double(-2..<2) }, shape: shape, dtype: .float64).astype(dtype)
        case .positive:
            return try Tensor((0..<n).map { _ in rng.double(0.5..<2.5) }, shape: shape, dtype: .float64).astype(dtype)
        }
    }

    /// The elements as doubles (exact for every dtype used here).
    static func values(_ t: Tensor) throws -> [Double] { try t.toArray(Double.self) }

    /// Whether two concrete tensors have the same shape, dtype and (within
    /// tolerance for floats, exactly otherwise) the same elements; NaN equals NaN.
    static func mismatch(_ got: Tensor, _ want: Tensor, rtol: Double = 2e-5, atol: Double = 2e-5) throws -> String? {
        guard got.shape == want.shape, got.dtype == want.dtype else {
            return "got \(got.aval.longDescription), want \(want.aval.longDescription)"
        }
        let (g, w) = (try values(got), try values(want))
        let exact = !want.dtype.isFloatingPoint
        for i in g.indices {
            let (a, b) = (g[i], w[i])
            if a == b || (a.isNaN && b.isNaN) { continue }
            let ok = exact ? a == b : abs(a - b) <= atol + rtol * abs(b)
            if !ok { return "element \(i): got \(a), want \(b)\ngot  \(got)\nwant \(want)" }
        }
        return nil
    }

    /// Records an issue when `got` and `want` differ (see ``mismatch(_:_:rtol:atol:)``).
    static func expectSame(_ got: Tensor, _ want: Tensor, rtol: Double = 2e-5, atol: Double = 2e-5,
                           _ context: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let m = try mismatch(got, want, rtol: rtol, atol: atol) {
            Issue.record("\(context())\n\(m)", sourceLocation: sourceLocation)
        }
    }

    /// ``expectSame(_:_:rtol:atol:_:sourceLocation:)`` for lists of tensors.
    static func expectSame(_ got: [Tensor], _ want: [Tensor], rtol: Double = 2e-5, atol: Double = 2e-5,
                           _ context: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard got.count == want.count else {
            Issue.record("\(context())\ngot \(got.count) results, want \(want.count)", sourceLocation: sourceLocation)
            return
        }
        for (k, (g, w)) in zip(got, want).enumerated() {
            try expectSame(g, w, rtol: rtol, atol: atol, "\(context()) [result \(k)]", sourceLocation: sourceLocation)
        }
    }

    /// Slice `b` of `x` along `axis` (nil: `x` itself, unmapped).
    static func slice(_ x: Tensor, _ b: Int, _ axis: Int?) throws -> Tensor {
        guard let axis else { return x }
        return try x.take(b, axis: axis < 0 ? axis + x.ndim : axis)
    }

    /// The reference semantics of vmap: run `op` per example and stack the
    /// results at `outAxis` (which counts in the batched result's rank).
    static func perExample(_ op: @escaping Op, inAxes: [Int?], outAxis: Int, size: Int) -> Op {
        { args in
            var rows: [[Tensor]] = []
            for b in 0..<size {
                rows.append(try op(try zip(args, inAxes).map { try slice($0, b, $1) }))
            }
            return try (0..<rows[0].count).map { k in
                let r = rows[0][k].ndim + 1
                return try stack(rows.map { $0[k] }, axis: outAxis < 0 ? outAxis + r : outAxis)
            }
        }
    }

    /// `vmap` of a list-of-tensors function, dispatched to the fixed-arity overloads.
    static func vmapN(_ op: @escaping Op, arity: Int, inAxes: [Int?], outAxes: Int?) -> Op {
        let ia = Axes(inAxes), oa = Axes(all: outAxes)
        switch arity {
        case 1:
            let f = vmap({ (a: Tensor) in try op([a]) }, inAxes: ia, outAxes: oa)
            return { try f($0[0]) }
        case 2:
            let f = vmap({ (a: Tensor, b: Tensor) in try op([a, b]) }, inAxes: ia, outAxes: oa)
            return { try f($0[0], $0[1]) }
        case 3:
            let f = vmap({ (a: Tensor, b: Tensor, c: Tensor) in try op([a, b, c]) }, inAxes: ia, outAxes: oa)
            return { try f($0[0], $0[1], $0[2]) }
        default:
            let f = vmap({ (a: Tensor, b: Tensor, c: Tensor, d: Tensor) in try op([a, b, c, d]) }, inAxes: ia, outAxes: oa)
            return { try f($0[0], $0[1], $0[2], $0[3]) }
        }
    }

    /// `shape` with a batch dimension of `size` inserted at `axis` (normalised over rank + 1).
    static func batched(_ shape: [Int], _ axis: Int?, _ size: Int) -> [Int] {
        guard let axis else { return shape }
        var s = shape
        s.insert(size, at: axis < 0 ? axis + shape.count + 1 : axis)
        return s
    }

    /// The primitive names of a jaxpr's top-level equations.
    static func primitiveNames(_ j: Jaxpr) -> [String] { j.equations.map(\.primitive.name) }
}

// MARK: - The table

/// One row: a generator of random per-example operands and the operation on them.
struct BatchCase: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable (inout XF.Rng) -> (operands: [XF.Operand], op: XF.Op)
    var testDescription: String { name }
    init(_ name: String, _ make: @escaping @Sendable (inout XF.Rng) -> (operands: [XF.Operand], op: XF.Op)) {
        self.name = name
        self.make = make
    }
}

fileprivate typealias O = XF.Operand

let vmapBatchCases: [BatchCase] = [
    // Elementwise unary (defvectorized).
    BatchCase("sin") { r in ([O(r.shape(0...3))], { x in [try sin(x[0])] }) },
    BatchCase("exp∘tanh float64") { r in ([O(r.shape(0...3), .float64)], { x in [try exp(tanh(x[0]))] }) },
    BatchCase("sigmoid, floor, sqrt") { r in ([O(r.shape(0...3), .float32, .positive)], { x in [try sigmoid(x[0]), try floor(x[0] * 3), try sqrt(x[0])] }) },
    BatchCase("neg, abs, sign int32") { r in ([O(r.shape(0...3), .int32, .ints(-5, 5))], { x in [try -x[0], try abs(x[0]), try sign(x[0])] }) },
    BatchCase("logicalNot bool") { r in ([O(r.shape(0...3), .bool, .bools)], { x in [try logicalNot(x[0])] }) },
    BatchCase("integer_pow") { r in ([O(r.shape(0...3))], { x in [try x[0] ** 3, try x[0] ** 2] }) },
    BatchCase("integer_pow int32") { r in ([O(r.shape(0...3), .int32, .ints(-4, 4))], { x in [try x[0] ** 3] }) },
    BatchCase("convert float32 → int32/float64/bool") { r in
        ([O(r.shape(0...3), .float32, .positive)], { x in [try (x[0] * 3).astype(.int32), try x[0].astype(.float64), try (x[0] - 1.5).astype(.bool)] })
    },
    BatchCase("convert int32 → float32/uint32, bool → int32") { r in
        let s = r.shape(0...3)
        return ([O(s, .int32, .ints(0, 9)), O(s, .bool, .bools)], { x in [try x[0].astype(.float32), try x[0].astype(.uint32), try x[1].astype(.int32)] })
    },
    // Elementwise binary (defbroadcasting), promotion and literals.
    BatchCase("add, sub, mul") { r in
        let s = r.shape(0...3)
        return ([O(s), O(s)], { x in [try x[0] + x[1], try x[0] - x[1], try x[0] * x[1]] })
    },
    BatchCase("div, maximum, minimum, atan2") { r in
        let s = r.shape(0...3)
        return ([O(s), O(s, .float32, .positive)], { x in [try x[0] / x[1], try maximum(x[0], x[1]), try minimum(x[0], x[1]), try atan2(x[0], x[1])] })
    },
    BatchCase("pow") { r in
        let s = r.shape(0...2)
        return ([O(s, .float32, .positive), O(s)], { x in [try x[0] ** x[1]] })
    },
    BatchCase("broadcast lower rank") { r in
        let m = r.int(1...4), n = r.int(1...4)
        return ([O([m, n]), O([n])], { x in [try x[0] + x[1], try x[1] * x[0]] })
    },
    BatchCase("broadcast size-1 dimension") { r in
        let m = r.int(2...4), n = r.int(1...4)
        return ([O([m, n]), O([1, n]), O([m, 1])], { x in [try x[0] - x[1], try x[1] * x[2]] })
    },
    BatchCase("broadcast 0-d operand") { r in
        ([O(r.shape(1...3)), O([])], { x in [try x[0] * x[1], try maximum(x[1], x[0])] })
    },
    BatchCase("weak literals") { r in
        ([O(r.shape(0...3))], { x in [try x[0] * 2 + 1.5, try x[0] / 3, try 1 - x[0]] })
    },
    BatchCase("weak literals int32") { r in
        ([O(r.shape(0...3), .int32, .ints(-9, 9))], { x in [try x[0] * 2 + 1, try x[0] + 1.5] })
    },
    BatchCase("mixed dtypes int32 + float32") { r in
        let s = r.shape(0...3)
        return ([O(s, .int32, .ints(-5, 5)), O(s)], { x in [try x[0] + x[1], try x[1] * x[0]] })
    },
    BatchCase("remainder, bitwise, shifts int32") { r in
        let s = r.shape(0...2)
        return ([O(s, .int32, .ints(-20, 20)), O(s, .int32, .ints(1, 5))], { x in
            [try x[0] % x[1], try x[0] & x[1], try x[0] | x[1], try shiftLeft(x[0], x[1]), try shiftRight(x[0], x[1])]
        })
    },
    BatchCase("bool and/or/xor") { r in
        let s = r.shape(0...2)
        return ([O(s, .bool, .bools), O(s, .bool, .bools)], { x in [try x[0] & x[1], try x[0] | x[1], try x[0] ^ x[1]] })
    },
    BatchCase("uint32 shift_right_logical") { r in
        let s = r.shape(0...2)
        return ([O(s, .uint32, .bits), O(s, .uint32, .ints(0, 31))], { x in [try shiftRightLogical(x[0], x[1])] })
    },
    // Comparisons.
    BatchCase("compare float32") { r in
        let s = r.shape(0...3)
        return ([O(s, .float32, .ints(0, 2)), O(s, .float32, .ints(0, 2))], { x in [try x[0] .< x[1], try x[0] .== x[1], try x[0] .>= x[1]] })
    },
    BatchCase("compare int32 broadcast") { r in
        let m = r.int(1...3), n = r.int(1...4)
        return ([O([m, n], .int32, .ints(0, 3)), O([n], .int32, .ints(0, 3))], { x in [try x[0] .!= x[1], try x[0] .> x[1], try x[1] .<= x[0]] })
    },
    // select_n.
    BatchCase("select_n, predicate of the cases' shape") { r in
        let s = r.shape(0...3)
        return ([O(s, .bool, .bools), O(s), O(s)], { x in [try select(x[0], x[1], x[2])] })
    },
    BatchCase("select_n, scalar predicate") { r in
        let s = r.shape(1...3)
        return ([O([], .bool, .bools), O(s), O(s)], { x in [try select(x[0], x[1], x[2])] })
    },
    BatchCase("select_n, int32 index of 3 cases") { r in
        let s = r.shape(0...2)
        return ([O(s, .int32, .ints(0, 2)), O(s), O(s), O(s)], { x in [try bind1(SelectN(), x)] })
    },
    BatchCase("where with broadcasting") { r in
        let m = r.int(1...3), n = r.int(1...4)
        return ([O([n], .bool, .bools), O([m, n]), O([])], { x in [try `where`(x[0], x[1], x[2])] })
    },
    BatchCase("clip and clamp") { r in
        ([O(r.shape(0...3)), O([]), O([], .float32, .positive)], { x in
            [try clip(x[0], min: x[1], max: x[2]), try bind1(Clamp(), [x[1], x[0], x[1] + x[2]])]
        })
    },
    // Reductions.
    BatchCase("reduce_sum, mean") { r in
        ([O(r.shape(1...3))], { x in [try sum(x[0]), try sum(x[0], axes: [0]), try mean(x[0], axis: -1)] })
    },
    BatchCase("reduce_max, reduce_min, reduce_prod") { r in
        ([O(r.shape(2...3))], { x in [try max(x[0], axis: 1), try min(x[0], axes: [0, 1]), try prod(x[0], axis: -1)] })
    },
    BatchCase("reduce_sum keepDims int32") { r in
        ([O(r.shape(1...3), .int32, .ints(-5, 5))], { x in [try sum(x[0], axis: 0, keepDims: true), try max(x[0], axes: nil)] })
    },
    BatchCase("reduce_and, reduce_or") { r in
        ([O(r.shape(1...3), .bool, .bools)], { x in [try all(x[0], axes: [0]), try any(x[0])] })
    },
    BatchCase("argmax, argmin") { r in
        ([O(r.shape(1...3))], { x in [try argmax(x[0], axis: -1), try argmin(x[0], axis: 0), try argmax(x[0])] })
    },
    // Cumulative reductions.
    BatchCase("cumsum, cumprod, cummax, cummin") { r in
        ([O(r.shape(1...3), .float32, .positive)], { x in
            [try cumsum(x[0], axis: 0), try cumprod(x[0], axis: -1), try cummax(x[0], axis: 0, reverse: true), try cummin(x[0])]
        })
    },
    BatchCase("cumsum int32 reverse") { r in
        ([O(r.shape(1...2), .int32, .ints(-5, 5))], { x in [try cumsum(x[0], axis: -1, reverse: true)] })
    },
    // dot_general with several dimension numbers.
    BatchCase("dot of vectors") { r in
        let n = r.int(1...5)
        return ([O([n]), O([n])], { x in [try dot(x[0], x[1])] })
    },
    BatchCase("matmul matrix·vector") { r in
        let m = r.int(1...4), n = r.int(1...5)
        return ([O([m, n]), O([n])], { x in [try matmul(x[0], x[1])] })
    },
    BatchCase("matmul matrix·matrix") { r in
        let m = r.int(1...4), k = r.int(1...4), n = r.int(1...4)
        return ([O([m, k]), O([k, n])], { x in [try matmul(x[0], x[1])] })
    },
    BatchCase("dot_general with batch dimensions") { r in
        let p = r.int(1...3), m = r.int(1...3), k = r.int(1...3), n = r.int(1...3)
        return ([O([p, m, k]), O([p, k, n])], { x in [try bind1(DotGeneral(contracting: ([2], [1]), batch: ([0], [0])), x)] })
    },
    BatchCase("dot_general, two contracting dimensions out of order") { r in
        let k1 = r.int(1...3), m = r.int(1...3), k2 = r.int(1...3), n = r.int(1...3)
        return ([O([k1, m, k2]), O([k2, n, k1])], { x in [try bind1(DotGeneral(contracting: ([0, 2], [2, 0])), x)] })
    },
    BatchCase("dot_general, batch dimension last") { r in
        let m = r.int(1...3), k = r.int(1...3), p = r.int(1...3)
        return ([O([m, k, p]), O([k, p])], { x in [try bind1(DotGeneral(contracting: ([1], [0]), batch: ([2], [1])), x)] })
    },
    BatchCase("tensordot int32, einsum") { r in
        let m = r.int(1...3), k = r.int(1...3)
        return ([O([m, k], .int32, .ints(-3, 3)), O([k], .int32, .ints(-3, 3)), O([m, k])], { x in
            [try tensordot(x[0], x[1], axes: 1), try einsum("ij,kj->ik", x[2], x[2])]
        })
    },
    // Shape-changing primitives.
    BatchCase("reshape") { r in
        let m = r.int(1...4), n = r.int(1...4)
        return ([O([m, n])], { x in [try x[0].reshaped([n, m]), try x[0].reshaped([m * n]), try x[0].reshaped([1, m * n, 1])] })
    },
    BatchCase("transpose") { r in
        ([O(r.shape(3...3))], { x in [try x[0].transposed([2, 0, 1]), try x[0].transposed(), try x[0].movedAxis(from: 0, to: -1)] })
    },
    BatchCase("broadcast_in_dim") { r in
        let n = r.int(1...4)
        return ([O([n]), O([1, n])], { x in
            [try x[0].broadcastInDim(shape: [2, n, 3], broadcastDimensions: [1]), try x[0].broadcast(to: [3, n]),
             try x[1].broadcastInDim(shape: [2, n], broadcastDimensions: [0, 1])]
        })
    },
    BatchCase("squeeze, expand_dims") { r in
        let n = r.int(1...4)
        return ([O([1, n, 1])], { x in
            [try x[0].squeezed(axes: [0, 2]), try x[0].squeezed(axes: [-1]), try x[0].squeezed(), try x[0].expandedDims(axis: 0), try x[0].expandedDims(axis: -1)]
        })
    },
    BatchCase("rev") { r in
        ([O(r.shape(2...3))], { x in [try x[0].flipped(axes: [0]), try x[0].flipped(axes: [-1]), try x[0].flipped()] })
    },
    BatchCase("concatenate") { r in
        let m = r.int(1...3), n = r.int(1...3), k = r.int(1...3)
        return ([O([m, n]), O([m, k]), O([m, n])], { x in
            [try concatenate([x[0], x[1]], axis: 1), try concatenate([x[0], x[2], x[0]], axis: 0), try concatenate([x[1], x[2]], axis: -1)]
        })
    },
    BatchCase("stack") { r in
        let s = r.shape(0...2)
        return ([O(s), O(s)], { x in [try stack([x[0], x[1]], axis: 0), try stack([x[1], x[0]], axis: -1)] })
    },
    BatchCase("split") { r in
        let m = r.int(2...4)
        return ([O([m, 4])], { x in try split(x[0], sections: 2, axis: 1) + split(x[0], indices: [1], axis: 0) })
    },
    BatchCase("slice and static indexing") { r in
        let m = r.int(3...5), n = r.int(2...4)
        return ([O([m, n])], { x in
            [try x[0][1..<3], try x[0][TensorIndex.all, 0], try x[0][-1], try x[0][1..., 1...],
             try bind1(Slice(startIndices: [0, 0], limitIndices: [m, n], strides: [2, 1]), [x[0]])]
        })
    },
    BatchCase("dynamic_slice, static start indices") { r in
        let m = r.int(2...4), n = r.int(1...4)
        return ([O([m, n])], { x in [try bind1(DynamicSlice(sliceSizes: [2, n]), [x[0], Tensor(Int32(1)), Tensor(Int32(0))])] })
    },
    BatchCase("dynamic_slice, batched start indices (clamped)") { r in
        let m = r.int(2...4), n = r.int(2...4)
        return ([O([m, n]), O([], .int32, .ints(-2, m + 2)), O([], .int32, .ints(-1, n + 1))], { x in
            [try bind1(DynamicSlice(sliceSizes: [2, 1]), x)]
        })
    },
    BatchCase("x[i] with a traced index") { r in
        let m = r.int(1...4), n = r.int(1...3)
        return ([O([m, n]), O([], .int32, .ints(-m, m - 1))], { x in [try x[0][x[1]], try x[0][TensorIndex.all, Tensor(Int32(0))]] })
    },
    BatchCase("dynamic_update_slice") { r in
        let m = r.int(2...4), n = r.int(1...3)
        return ([O([m, n]), O([2, n]), O([], .int32, .ints(-1, m))], { x in
            [try bind1(DynamicUpdateSlice(), [x[0], x[1], x[2], Tensor(Int32(0))])]
        })
    },
    BatchCase("gather: take along axes 0 and 1") { r in
        let m = r.int(2...4), n = r.int(2...4), k = r.int(1...3)
        let b = Swift.min(m, n)
        return ([O([m, n]), O([k], .int32, .ints(-b, b - 1))], { x in [try take(x[0], x[1], axis: 0), try take(x[0], x[1], axis: 1)] })
    },
    BatchCase("gather: x[indices] and lax-level gather (clip)") { r in
        let m = r.int(2...4), n = r.int(1...3), k = r.int(1...3)
        return ([O([m, n]), O([k], .int32, .ints(0, m - 1)), O([k, 1], .int32, .ints(-1, m + 1))], { x in
            let dims = Gather.Dimensions(offsetDims: [1], collapsedSliceDims: [0], startIndexMap: [0])
            return [try x[0][x[1]], try bind1(Gather(dimensions: dims, sliceSizes: [1, n], mode: .clip), [x[0], x[2]])]
        })
    },
    BatchCase("pad") { r in
        ([O(r.shape(1...2))], { x in
            [try pad(x[0], x[0].shape.map { _ in (1, 2) }),
             try bind1(Pad(paddingConfig: x[0].shape.map { _ in Pad.PadConfig(low: -1, high: 1, interior: 1) }), [x[0], Tensor(Float(7))])]
        })
    },
    BatchCase("pad with a mapped padding value") { r in
        ([O(r.shape(1...2)), O([])], { x in [try pad(x[0], [(1, 1)], value: x[1])] })
    },
    BatchCase("sort, argsort") { r in
        ([O(r.shape(1...3))], { x in [try sort(x[0]), try sort(x[0], axis: 0), try argsort(x[0], axis: -1)] })
    },
    BatchCase("sort int32") { r in
        ([O(r.shape(1...2), .int32, .ints(-9, 9))], { x in [try sort(x[0], axis: 0)] })
    },
    // threefry2x32 through the random functions, over a batch of keys.
    BatchCase("Random.normal over keys") { r in
        ([O([2], .uint32, .bits)], { k in [try Random.normal(k[0], shape: [3])] })
    },
    BatchCase("Random.normal over keys, legacy threefry") { r in
        ([O([2], .uint32, .bits)], { k in [try Random.withImplementation(.legacy) { try Random.normal(k[0], shape: [2, 2]) }] })
    },
    BatchCase("Random.split, uniform, bits") { r in
        ([O([2], .uint32, .bits)], { k in
            [try Random.split(k[0], count: 3), try Random.uniform(k[0], shape: [2]), try Random.bits(k[0], shape: [3])]
        })
    },
    BatchCase("Random.foldIn with mapped data") { r in
        ([O([2], .uint32, .bits), O([], .int32, .ints(0, 1000))], { x in [try Random.foldIn(x[0], x[1])] })
    },
    BatchCase("iota and eye") { r in
        let n = r.int(1...4)
        return ([O([n])], { x in [try x[0] + Tensor.arange(Double(n)).astype(.float32), try matmul(Tensor.eye(n), x[0])] })
    },
]

// MARK: - Suite

@Suite("vmap batching rules")
struct VmapBatchingTests {
    /// Every in-axis choice per operand (each axis, half of them spelled
    /// negatively, and nil), several out axes, three random shapes per row.
    @Test(arguments: vmapBatchCases)
    func vmapEqualsStackedSlices(_ c: BatchCase) throws {
        var rng = XF.Rng(c.name)
        for trial in 0..<3 {
            let (operands, op) = c.make(&rng)
            let n = operands.count
            // Per operand: nil, or any axis of the batched operand.
            var combos: [[Int?]] = [[]]
            for o in operands {
                combos = combos.flatMap { prefix in ([nil] + (0...o.shape.count).map { Optional($0) }).map { prefix + [$0] } }
            }
            combos.removeAll { $0.allSatisfy { $0 == nil } }
            for (k, combo) in combos.enumerated() {
                let size = [2, 3, 1][(k + trial) % 3]
                // Spell some axes negatively (same axis).
                let inAxes: [Int?] = combo.enumerated().map { i, a in
                    guard let a else { return nil }
                    return rng.bool() ? a - (operands[i].shape.count + 1) : a
                }
                let args = try zip(operands, inAxes).map { o, a in try XF.random(XF.batched(o.shape, a, size), o.dtype, o.fill, &rng) }
                // Out axes: cycle through every position (and negative spellings).
                let perExampleRanks = try op(try zip(args, inAxes).map { try XF.slice($0, 0, $1) }).map(\.ndim)
                let outRank = (perExampleRanks.min() ?? 0) + 1
                var outAxis = k % outRank
                if rng.bool() { outAxis -= outRank }
                let want = try XF.perExample(op, inAxes: inAxes, outAxis: outAxis, size: size)(args)
                let got = try XF.vmapN(op, arity: n, inAxes: inAxes, outAxes: outAxis)(args)
                try XF.expectSame(got, want, "\(c.name): shapes \(operands.map(\.shape)) inAxes \(inAxes) outAxes \(outAxis) size \(size)")
            }
        }
    }

    /// vmap of vmap, with random in/out axes at both levels, equals a double loop.
    @Test(arguments: vmapBatchCases)
    func nestedVmapEqualsDoubleLoop(_ c: BatchCase) throws {
        var rng = XF.Rng("nested " + c.name)
        let (operands, op) = c.make(&rng)
        let n = operands.count
        for _ in 0..<4 {
            let (inner, outer) = (2, 3)
            // Inner axes over each operand's rank + 1, outer over the inner-batched rank + 1.
            var innerAxes: [Int?] = operands.map { rng.int(0...3) == 0 ? nil : rng.int(0...$0.shape.count) }
            if innerAxes.allSatisfy({ $0 == nil }) { innerAxes[0] = 0 }
            var outerAxes: [Int?] = zip(operands, innerAxes).map { o, a in
                rng.int(0...3) == 0 ? nil : -rng.int(1...(o.shape.count + (a == nil ? 0 : 1) + 1))
            }
            if outerAxes.allSatisfy({ $0 == nil }) { outerAxes[0] = 0 }
            let args = try (0..<n).map { i in
                try XF.random(XF.batched(XF.batched(operands[i].shape, innerAxes[i], inner), outerAxes[i], outer),
                              operands[i].dtype, operands[i].fill, &rng)
            }
            let innerOut = 0, outerOut = -1
            let want = try XF.perExample(XF.perExample(op, inAxes: innerAxes, outAxis: innerOut, size: inner),
                                         inAxes: outerAxes, outAxis: outerOut, size: outer)(args)
            let got = try XF.vmapN(XF.vmapN(op, arity: n, inAxes: innerAxes, outAxes: innerOut),
                                   arity: n, inAxes: outerAxes, outAxes: outerOut)(args)
            try XF.expectSame(got, want, "\(c.name): inner \(innerAxes) outer \(outerAxes)")
        }
    }

    /// An operand with `nil` in-axis is never broadcast to the batch size:
    /// a vmapped dot is one dot_general, and elementwise ops only add a size-1 dimension.
    @Test func unmappedOperandsStayUnmapped() throws {
        let x = try Tensor.ones([4]), batch = try Tensor.ones([3, 4]), w = try Tensor.ones([2, 4])
        let dotJaxpr = try makeJaxpr(vmap(dot, inAxes: [nil, 0]))(x, batch)
        #expect(XF.primitiveNames(dotJaxpr) == ["dot_general"])
        #expect(dotJaxpr.outAvals.map(\.shape) == [[3]])

        let mvJaxpr = try makeJaxpr(vmap(matmul, inAxes: [nil, 0]))(w, batch)
        #expect(!XF.primitiveNames(mvJaxpr).contains("broadcast_in_dim"))
        #expect(mvJaxpr.outAvals.map(\.shape) == [[3, 2]])

        let mvCols = try makeJaxpr(vmap(matmul, inAxes: [nil, 1]))(w, try Tensor.ones([4, 5]))
        #expect(!XF.primitiveNames(mvCols).contains("broadcast_in_dim"))

        // Elementwise: the unmapped operand gets a leading size-1 dimension, never the batch size.
        for (axis, y) in [(0, try Tensor.ones([5, 4])), (1, try Tensor.ones([4, 5]))] {
            let j = try makeJaxpr(vmap({ (a: Tensor, b: Tensor) in try a + b }, inAxes: [nil, Int?(axis)]))(x, y)
            for e in j.equations where e.primitive.name == "broadcast_in_dim" {
                #expect(e.outputs[0].aval.size == x.size, "unmapped operand broadcast to \(e.outputs[0].aval)")
            }
            #expect(j.outAvals.map(\.shape) == [[5, 4]])
        }

        // A scan over a mapped xs with an unmapped constant: the constant stays a plain input.
        let table = try Tensor.ones([4])
        let s = try makeJaxpr(vmap { (xs: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in (try c + x * table, c) }, initial: try Tensor.zeros([4]), over: xs).0
        })(try Tensor.ones([2, 3, 4]))
        let scanEqn = try #require(s.equations.first { $0.primitive.name == "scan" })
        #expect(scanEqn.inputs.contains { if case .variable(let v) = $0 { return v.aval.shape == [4] } else { return false } })
    }

    /// The second seed notebook: matrix products built from a dot product
    /// with in/out axes, against plain matmul, with the notebook's shapes.
    @Test func secondSeedNotebookCells() throws {
        var rng = XF.Rng("seed notebook 2")
        let vv = { @Sendable (x: Tensor, y: Tensor) throws -> Tensor in try vdot(x, y) }
        let x = try XF.random([10], .float32, .normal, &rng)
        let X1 = try XF.random([10, 5], .float32, .normal, &rng)
        let X2 = try XF.random([5, 10], .float32, .normal, &rng)
        let X3 = try XF.random([5, 8], .float32, .normal, &rng)
        let X4 = try XF.random([8, 10], .float32, .normal, &rng)

        let mv = vmap(vv, inAxes: [0, nil], outAxes: 0)       // ij,j->i
        let mv2 = vmap(vv, inAxes: [1, nil], outAxes: 0)      // ij,i->j
        let mm1 = vmap(mv, inAxes: [nil, 1], outAxes: 1)      // ij,jk->ik
        let mm2 = vmap(mv2, inAxes: [nil, 0], outAxes: 1)     // ij,ki->jk
        let mm3 = vmap(mv2, inAxes: [nil, 0], outAxes: 0)     // ij,ki->kj

        #expect(try vv(x, x).shape == [])
        let r18 = try mv(X2, x)
        #expect(r18.shape == [5])
        try XF.expectSame(r18, try matmul(X2, x), rtol: 1e-5, atol: 1e-5, "mv")
        let r20 = try mv2(X1, x)
        #expect(r20.shape == [5])
        try XF.expectSame(r20, try matmul(X1.transposed(), x), rtol: 1e-5, atol: 1e-5, "mv2")
        let r41 = try mm1(X1, X3)
        #expect(r41.shape == [10, 8])
        try XF.expectSame(r41, try matmul(X1, X3), rtol: 1e-5, atol: 1e-5, "mm1")
        let r47 = try mm2(X1, X4)
        #expect(r47.shape == [5, 8])
        try XF.expectSame(r47, try matmul(X1.transposed(), X4.transposed()), rtol: 1e-5, atol: 1e-5, "mm2")
        let r48 = try mm3(X1, X4)
        #expect(r48.shape == [8, 5])
        try XF.expectSame(r48, try matmul(X4, X1), rtol: 1e-5, atol: 1e-5, "mm3")

        // The mapped square of the notebook's first cells.
        let lst = try Tensor.arange(1000)
        let sq = try vmap { (x: Tensor) in try x ** 2 }(lst)
        try XF.expectSame(sq, try lst * lst, "mapped_sq")
        // Nested form from the design card: vmap(vmap(dot, [0, nil]), [nil, 1])(A, B) == (A·B)ᵀ.
        let A = try XF.random([3, 4], .float32, .normal, &rng), B = try XF.random([4, 6], .float32, .normal, &rng)
        let nested = try vmap(vmap(dot, inAxes: [0, nil]), inAxes: [nil, 1])(A, B)
        #expect(nested.shape == [6, 3])
        try XF.expectSame(nested, try matmul(A, B).transposed(), rtol: 1e-5, atol: 1e-5, "vmap(vmap(dot))")
    }

    /// The first seed notebook's vmap cells, with its values (legacy
    /// threefry, as the notebook was written with), including the
    /// immediate-call form `vmap(affine, inAxes: [nil, nil, 0])(W, b, batchX)`.
    @Test func firstSeedNotebookCells() throws {
        @Sendable func affine(_ W: Tensor, _ b: Tensor, _ x: Tensor) throws -> Tensor { try matmul(W, x) + b }
        try Random.withImplementation(.legacy) {
            let key = PRNGKey(0)
            let x = try Random.normal(key, shape: [100]), y = try Random.normal(key, shape: [100])
            try XF.expectSame(try dot(x, y), Tensor(Float(89.16817)), rtol: 1e-5, atol: 0, "In [16]")
            let batchX = try Random.normal(key, shape: [5, 100]), batchY = try Random.normal(key, shape: [5, 100])
            try XF.expectSame(try vmap(dot)(batchX, batchY), Tensor([103.42397, 116.75762, 97.10165, 85.551155, 93.10307]),
                              rtol: 1e-5, atol: 0, "In [18]")
            try XF.expectSame(try vmap(dot, inAxes: [nil, 0])(x, batchY), Tensor([4.997196, 0.39028692, -0.4550171, 5.45161, -1.3241603]),
                              rtol: 1e-4, atol: 1e-5, "In [10]")
            let W = try Random.normal(key, shape: [10, 20]), b = try Random.normal(key, shape: [10])
            let batchX3 = try Random.normal(key, shape: [3, 20])
            let got = try vmap(affine, inAxes: [nil, nil, 0])(W, b, batchX3)
            let want = try Tensor(rows: [
                [2.4496658, -6.5097513, 7.7877793, -2.5308816, 4.5156784, 8.680212, -0.36133832, -8.290409, 5.073617, 6.4655223],
                [-1.755568, -0.21376276, 2.8784447, 0.7835917, -7.0984244, -4.86695, -4.7300005, -8.867712, 2.7317257, -0.13192517],
                [-3.3044035, 2.625197, -1.6779847, 2.484176, -3.8615348, 8.243641, 0.31611758, 6.9084396, -0.9615234, -4.7001905],
            ])
            try XF.expectSame(got, want, rtol: 1e-5, atol: 1e-5, "In [14]")
            // Per example it is the plain affine map.
            for i in 0..<3 { try XF.expectSame(try got[i], try affine(W, b, batchX3[i]), rtol: 1e-5, atol: 1e-5, "row \(i)") }
        }
    }

    /// Results of a vmapped function with tuple, array and struct trees.
    @Test func treesOfTensors() throws {
        var rng = XF.Rng("trees")
        let xs = try XF.random([3, 4], .float32, .normal, &rng), ys = try XF.random([4, 3], .float32, .normal, &rng)
        // A tuple result with different out axes per component.
        let (s, p) = try vmap({ (a: Tensor, b: Tensor) in (try a + b, try a * b) }, inAxes: [0, 1], outAxes: [0, 1])(xs, ys)
        try XF.expectSame(s, try xs + ys.transposed(), "tuple .0")
        try XF.expectSame(p, try (xs * ys.transposed()).transposed(), "tuple .1")
        // An array argument: one in-axis for all its leaves.
        let summed = try vmap({ (parts: [Tensor]) in try parts[0] + parts[1] }, inAxes: 1)([ys, ys])
        try XF.expectSame(summed, try (ys + ys).transposed(), "array argument")
        // axisSize with every input unmapped: the result is broadcast.
        let bcast = try vmap({ (a: Tensor) in try a * 2 }, inAxes: [nil], axisSize: 3)(try Tensor.ones([2]))
        try XF.expectSame(bcast, try Tensor.full([3, 2], 2), "axisSize")
        // out_axes nil for an unmapped result.
        let shared = try vmap({ (a: Tensor, b: Tensor) in (try a + 0, try b * 2) }, inAxes: [nil, 0], outAxes: [nil, 0])(try Tensor.ones([2]), xs)
        try XF.expectSame(shared.0, try Tensor.ones([2]), "outAxes nil")
    }
}
