// Every primitive's kernel against a naive Swift loop on random shapes
// (broadcasting with size-1 and 0-d operands, empty shapes), for every dtype
// it accepts, and its shape rule against the kernel's output (runChecked).

import Testing
@testable import Local

// MARK: - Reference math

/// Inverse error function in double precision: a rational start refined by Halley steps on erf.
func referenceErfInv(_ x: Double) -> Double {
    if x.isNaN || x < -1 || x > 1 { return .nan }
    if x == 1 { return .infinity }
    if x == -1 { return -.infinity }
    if x == 0 { return x }
    // Giles' single-precision approximation as the starting point.
    var w = -LibM.log((1 - x) * (1 + x))
    var p: Double
    if w < 5 {
        w -= 2.5
        p = 2.81022636e-08
        for c in [3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941] { p = c + p * w }
    } else {
        w = w.squareRoot() - 3
        p = -0.000200214257
        for c in [0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682] { p = c + p * w }
    }
    var y = p * x
    for _ in 0..<4 {
        let e = LibM.erf(y) - x
        let d = 2 / 1.7724538509055159 * LibM.exp(-y * y)
        y -= e / (d + y * e)   // Halley
    }
    return y
}

// MARK: - Shapes for elementwise tests

/// Fixed edge shapes plus random ones (0-d, empty, size-1 dims).
func elementwiseShapes(_ rng: inout SplitMix64, random: Int = 6) -> [[Int]] {
    var shapes: [[Int]] = [[], [0], [1], [7], [3, 0, 2], [2, 1, 3]]
    for _ in 0..<random { shapes.append(randomShape(&rng, ranks: 1...4, dims: 1...5, allowEmpty: true)) }
    return shapes
}

/// Pairs of operand shapes that broadcast: each is the output shape with some
/// leading dimensions dropped and some dimensions set to 1 (0-d included).
func broadcastPairs(_ rng: inout SplitMix64, count: Int) -> [([Int], [Int])] {
    var pairs: [([Int], [Int])] = [([], []), ([], [4]), ([3], []), ([0], [1]), ([2, 0], [1]), ([1, 3], [2, 1]),
                                   ([4, 1, 2], [3, 1]), ([], [2, 0, 3]), ([5], [5])]
    for _ in 0..<count {
        let out = randomShape(&rng, ranks: 0...4, dims: 1...4, allowEmpty: true)
        func derive(_ rng: inout SplitMix64) -> [Int] {
            let drop = rng.int(0...out.count)
            return out.dropFirst(drop).map { rng.chance(0.3) ? 1 : $0 }
        }
        pairs.append((derive(&rng), derive(&rng)))
    }
    return pairs
}

// MARK: - Unary elementwise

/// One unary primitive and its reference, per dtype kind.
struct UnaryCase: Sendable, CustomStringConvertible {
    let primitive: any Primitive
    let label: String
    let dtypes: [DType]
    var float: (@Sendable (Double) -> Double)? = nil
    var int: (@Sendable (Int64, DType) -> Int64)? = nil
    var bool: (@Sendable (Bool) -> Bool)? = nil
    var range: Range<Double> = -4..<4
    var ulps: Double = 4
    /// Extra float inputs (specials).
    var specials: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 1, -1, 0.5, -0.5, 2.5]
    var description: String { label }
}

let unaryCases: [UnaryCase] = [
    UnaryCase(primitive: Neg(), label: "neg", dtypes: numericDTypes, float: { -$0 }, int: { x, _ in 0 &- x }),
    UnaryCase(primitive: Abs(), label: "abs", dtypes: numericDTypes, float: { Swift.abs($0) },
              int: { x, dt in dt == .uint32 ? x : (wrapInt(x, dt) < 0 ? 0 &- x : x) }),
    UnaryCase(primitive: Sign(), label: "sign", dtypes: numericDTypes, float: { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) },
              int: { x, _ in x > 0 ? 1 : (x == 0 ? 0 : -1) }),
    UnaryCase(primitive: IntegerPow(y: 0), label: "integer_pow[y=0]", dtypes: numericDTypes, float: { _ in 1 }, int: { _, _ in 1 }),
    UnaryCase(primitive: IntegerPow(y: 1), label: "integer_pow[y=1]", dtypes: numericDTypes, float: { $0 }, int: { x, _ in x }),
    UnaryCase(primitive: IntegerPow(y: 2), label: "integer_pow[y=2]", dtypes: numericDTypes, float: { $0 * $0 }, int: { x, _ in x &* x }),
    UnaryCase(primitive: IntegerPow(y: 3), label: "integer_pow[y=3]", dtypes: numericDTypes, float: { $0 * $0 * $0 },
              int: { x, _ in x &* x &* x }, ulps: 8),
    UnaryCase(primitive: IntegerPow(y: 7), label: "integer_pow[y=7]", dtypes: numericDTypes, float: { LibM.pow($0, 7) },
              int: { x, _ in (0..<7).reduce(Int64(1)) { acc, _ in acc &* x } }, ulps: 16),
    UnaryCase(primitive: IntegerPow(y: -2), label: "integer_pow[y=-2]", dtypes: floatDTypes, float: { 1 / ($0 * $0) }, ulps: 8),
    UnaryCase(primitive: Exp(), label: "exp", dtypes: floatDTypes, float: { LibM.exp($0) }),
    UnaryCase(primitive: Log(), label: "log", dtypes: floatDTypes, float: { LibM.log($0) }, range: 0.001..<100),
    UnaryCase(primitive: Log1p(), label: "log1p", dtypes: floatDTypes, float: { LibM.log1p($0) }, range: -0.99..<10),
    UnaryCase(primitive: Expm1(), label: "expm1", dtypes: floatDTypes, float: { LibM.expm1($0) }),
    UnaryCase(primitive: Sqrt(), label: "sqrt", dtypes: floatDTypes, float: { $0.squareRoot() }, range: 0..<100),
    UnaryCase(primitive: Rsqrt(), label: "rsqrt", dtypes: floatDTypes, float: { 1 / $0.squareRoot() }, range: 0.01..<100),
    UnaryCase(primitive: Sin(), label: "sin", dtypes: floatDTypes, float: { LibM.sin($0) }, range: -6..<6),
    UnaryCase(primitive: Cos(), label: "cos", dtypes: floatDTypes, float: { LibM.cos($0) }, range: -6..<6),
    UnaryCase(primitive: Tan(), label: "tan", dtypes: floatDTypes, float: { LibM.tan($0) }, range: -1.4..<1.4),
    UnaryCase(primitive: Tanh(), label: "tanh", dtypes: floatDTypes, float: { LibM.tanh($0) }),
    UnaryCase(primitive: Logistic(), label: "logistic", dtypes: floatDTypes, float: { 1 / (1 + LibM.exp(-$0)) }, range: -20..<20),
    UnaryCase(primitive: Erf(), label: "erf", dtypes: floatDTypes, float: { LibM.erf($0) }, ulps: 16),
    UnaryCase(primitive: ErfInv(), label: "erf_inv", dtypes: floatDTypes, float: referenceErfInv, range: -0.99..<0.99, ulps: 64,
              specials: [0, -0.0, 1, -1, 1.5, -2, .nan, 0.5, -0.5, 1e-6]),
    UnaryCase(primitive: Floor(), label: "floor", dtypes: floatDTypes, float: { $0.rounded(.down) }, range: -10..<10),
    UnaryCase(primitive: Ceil(), label: "ceil", dtypes: floatDTypes, float: { $0.rounded(.up) }, range: -10..<10),
    UnaryCase(primitive: Round(roundingMethod: 0), label: "round[away]", dtypes: floatDTypes,
              float: { $0.rounded(.toNearestOrAwayFromZero) }, range: -10..<10,
              specials: [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0, -0.0, .infinity, .nan, 0.49999997]),
    UnaryCase(primitive: Round(roundingMethod: 1), label: "round[even]", dtypes: floatDTypes,
              float: { $0.rounded(.toNearestOrEven) }, range: -10..<10,
              specials: [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0, -0.0, .infinity, .nan, 0.49999997]),
    UnaryCase(primitive: Not(), label: "not", dtypes: intDTypes + [.bool], int: { x, _ in ~x }, bool: { !$0 }),
]

@Suite("Unary elementwise kernels")
struct UnaryKernelTests {
    @Test("kernel equals a naive loop for every accepted dtype and shape", arguments: unaryCases)
    func unary(_ c: UnaryCase) throws {
        var rng = SplitMix64(seed: UInt64(c.label.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
        for dtype in c.dtypes {
            var shapes = elementwiseShapes(&rng)
            if dtype == c.dtypes.first || dtype == .int32 { shapes.append([ThreadPool.grainSize + 17]) }   // the parallel path
            for shape in shapes {
                let n = shape.reduce(1, *)
                var values = randomValues(n, dtype, &rng, range: c.range, wide: n < 1000)
                if dtype.isFloatingPoint && n >= c.specials.count && n < 1000 {
                    for (i, s) in c.specials.enumerated() { values[i] = s }
                }
                let x = try makeTensor(values, shape, dtype)
                let y = try runChecked1(c.primitive, [x])
                #expect(y.shape == shape && y.dtype == dtype)
                switch dtype {
                case .float32, .float64:
                    let f = try #require(c.float)
                    let tol = tolerance(dtype, ulps: c.ulps)
                    let want = hostDoubles(x).map { roundTo(f($0), dtype) }
                    expectClose(hostDoubles(y), want, rtol: tol.rtol, atol: tol.atol, "\(c.label) \(dtype) \(shape)")
                case .bool:
                    let f = try #require(c.bool)
                    expectElementsEqual(hostBools(y), hostBools(x).map(f), "\(c.label) bool \(shape)")
                default:
                    let f = try #require(c.int)
                    expectElementsEqual(hostInts(y), hostInts(x).map { wrapInt(f($0, dtype), dtype) }, "\(c.label) \(dtype) \(shape)")
                }
            }
        }
    }

    @Test("unary ops keep the weak type of a literal operand")
    func weakTypePreserved() throws {
        let y = try runChecked1(Exp(), [Tensor(floatLiteral: 1.0)])
        #expect(y.weakType)
        let z = try runChecked1(Neg(), [Tensor(integerLiteral: 3)])
        #expect(z.weakType && hostInts(z) == [-3])
    }

    @Test("integer_pow of the most negative exponent a literal can hold")
    func integerPowExtremes() throws {
        let x = try makeTensor([2, -1, 0.5, 1], [4], .float32)
        let y = try runChecked1(IntegerPow(y: Int(Int32.min)), [x])
        #expect(hostDoubles(y) == [0, 1, .infinity, 1])
        let big = try runChecked1(IntegerPow(y: 62), [try makeIntTensor([2, -1, 3], [3], .int64)])
        #expect(hostInts(big) == [1 << 62, 1, wrapInt((0..<62).reduce(Int64(1)) { a, _ in a &* 3 }, .int64)])
    }

    @Test("jnp-style frontends promote integers and bools to float32")
    func frontendsPromote() throws {
        let i = Tensor([0, 1, 2])
        for (name, f, ref) in [("exp", exp as (Tensor) throws -> Tensor, LibM.exp as (Double) -> Double),
                               ("sin", sin, LibM.sin), ("sqrt", sqrt, { $0.squareRoot() }), ("tanh", tanh, LibM.tanh),
                               ("sigmoid", sigmoid, { 1 / (1 + LibM.exp(-$0)) }), ("log1p", log1p, LibM.log1p)] {
            let y = try f(i)
            #expect(y.dtype == .float32, "\(name)")
            expectClose(hostDoubles(y), [0.0, 1, 2].map { roundTo(ref($0), .float32) }, rtol: 5e-7, atol: 5e-7, name)
        }
        let b = try sin(Tensor([true, false]))
        #expect(b.dtype == .float32)
        expectClose(hostDoubles(b), [roundTo(LibM.sin(1), .float32), 0])
        // Frontends that keep integers: floor/ceil/round/abs/sign.
        #expect(try floor(i).dtype == .int32 && hostInts(try round(i)) == [0, 1, 2])
        #expect(hostInts(try abs(Tensor([-3, 4]))) == [3, 4])
        #expect(hostInts(try sign(Tensor([-3, 0, 4]))) == [-1, 0, 1])
        #expect(hostBools(try abs(Tensor([true, false]))) == [true, false])
        // softplus is composed: log(1 + e^x), stable for large |x|.
        let sp = try softplus(Tensor([-30.0, 0, 1, 30]))
        expectClose(hostDoubles(sp), [-30.0, 0, 1, 30].map { roundTo(Swift.max($0, 0) + LibM.log1p(LibM.exp(-Swift.abs($0))), .float32) })
        // power: literal integer exponent is integer_pow (exact), otherwise pow.
        #expect(hostInts(try Tensor([2, -3]) ** 3) == [8, -27])
        expectClose(hostDoubles(try power(Tensor([4.0, 9.0]), 0.5)), [2, 3])
        #expect(hostInts(try power(Tensor([true, false]), 2)) == [1, 0])
    }
}

// MARK: - Binary elementwise

/// One binary primitive and its reference, per dtype kind.
struct BinaryCase: Sendable, CustomStringConvertible {
    let primitive: any Primitive
    let dtypes: [DType]
    var float: (@Sendable (Double, Double) -> Double)? = nil
    /// Reference on integers: operands as Int64 (uint32 zero-extended); the result is wrapped to the dtype.
    var int: (@Sendable (Int64, Int64, DType) -> Int64)? = nil
    var bool: (@Sendable (Bool, Bool) -> Bool)? = nil
    var ulps: Double = 0.5
    var range: Range<Double> = -4..<4
    /// Right operand range for integers (shifts use small counts).
    var intRhs: ClosedRange<Int>? = nil
    var description: String { primitive.name }
}

/// Bit width of an integer dtype.
func dtypeBitWidth(_ dt: DType) -> Int64 { dt == .int64 ? 64 : 32 }

let binaryCases: [BinaryCase] = [
    BinaryCase(primitive: Add(), dtypes: numericDTypes, float: { $0 + $1 }, int: { a, b, _ in a &+ b }),
    BinaryCase(primitive: Sub(), dtypes: numericDTypes, float: { $0 - $1 }, int: { a, b, _ in a &- b }),
    BinaryCase(primitive: Mul(), dtypes: numericDTypes, float: { $0 * $1 }, int: { a, b, _ in a &* b }),
    BinaryCase(primitive: Div(), dtypes: numericDTypes, float: { $0 / $1 }, int: { a, b, dt in
        if b == 0 { return -1 }   // all bits set
        if dt != .uint32 && b == -1 { return 0 &- a }
        return a / b
    }),
    BinaryCase(primitive: Rem(), dtypes: numericDTypes, float: { LibM.fmod($0, $1) }, int: { a, b, dt in
        if b == 0 { return a }
        if dt != .uint32 && b == -1 { return 0 }
        return a % b
    }),
    BinaryCase(primitive: Pow(), dtypes: floatDTypes, float: { LibM.pow($0, $1) }, ulps: 4, range: 0.05..<3),
    BinaryCase(primitive: Max(), dtypes: allDTypes, float: { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) },
               int: { a, b, _ in Swift.max(a, b) }, bool: { $0 || $1 }),
    BinaryCase(primitive: Min(), dtypes: allDTypes, float: { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) },
               int: { a, b, _ in Swift.min(a, b) }, bool: { $0 && $1 }),
    BinaryCase(primitive: Atan2(), dtypes: floatDTypes, float: { LibM.atan2($0, $1) }, ulps: 4),
    BinaryCase(primitive: And(), dtypes: intDTypes + [.bool], int: { a, b, _ in a & b }, bool: { $0 && $1 }),
    BinaryCase(primitive: Or(), dtypes: intDTypes + [.bool], int: { a, b, _ in a | b }, bool: { $0 || $1 }),
    BinaryCase(primitive: Xor(), dtypes: intDTypes + [.bool], int: { a, b, _ in a ^ b }, bool: { $0 != $1 }),
    BinaryCase(primitive: ShiftLeft(), dtypes: intDTypes, int: { a, b, dt in
        b < 0 || b >= dtypeBitWidth(dt) ? 0 : a << b
    }, intRhs: -2...66),
    BinaryCase(primitive: ShiftRightLogical(), dtypes: intDTypes, int: { a, b, dt in
        if b < 0 || b >= dtypeBitWidth(dt) { return 0 }
        let u = dt == .int64 ? UInt64(bitPattern: a) : UInt64(UInt32(truncatingIfNeeded: a))
        return Int64(bitPattern: u >> UInt64(b))
    }, intRhs: -2...66),
    // XLA shifts the two's-complement bits arithmetically for every integer type (uint32 too).
    BinaryCase(primitive: ShiftRightArithmetic(), dtypes: intDTypes, int: { a, b, dt in
        let s = dt == .int64 ? a : Int64(Int32(truncatingIfNeeded: a))
        return b < 0 || b >= dtypeBitWidth(dt) ? (s < 0 ? -1 : 0) : s >> b
    }, intRhs: -2...66),
]

@Suite("Binary elementwise kernels")
struct BinaryKernelTests {
    @Test("kernel equals a naive loop with broadcasting, for every accepted dtype", arguments: binaryCases)
    func binary(_ c: BinaryCase) throws {
        var rng = SplitMix64(seed: UInt64(c.primitive.name.utf8.reduce(11) { $0 &* 31 &+ UInt64($1) }))
        for dtype in c.dtypes {
            var pairs = broadcastPairs(&rng, count: 10)
            if dtype == c.dtypes.first || dtype == .int32 {
                pairs.append(([ThreadPool.grainSize + 5], []))             // parallel, scalar rhs
                pairs.append(([3, ThreadPool.grainSize / 2], [3, 1]))      // parallel rows
            }
            for (sa, sb) in pairs {
                let out = try #require(numpyBroadcast([sa, sb]))
                let na = sa.reduce(1, *), nb = sb.reduce(1, *)
                let a: Tensor, b: Tensor
                if let r = c.intRhs, dtype.isInteger {
                    a = try randomTensor(sa, dtype, &rng, wide: true)
                    b = try makeTensor((0..<nb).map { _ in Double(dtype == .uint32 ? Swift.max(0, rng.int(r)) : rng.int(r)) }, sb, dtype)
                } else {
                    var av = randomValues(na, dtype, &rng, range: c.range, wide: na < 1000)
                    var bv = randomValues(nb, dtype, &rng, range: c.range, wide: nb < 1000 && rng.chance(0.5))
                    // Sprinkle zeros, -1, NaN and equal values to reach the special cases.
                    if na > 0 && nb > 0 && na < 1000 {
                        for i in 0..<Swift.min(na, nb) where rng.chance(0.2) { bv[i] = [0, -1, 1, av[i]][rng.int(0...3)] }
                        if dtype.isFloatingPoint && rng.chance(0.5) { av[rng.int(0...(na - 1))] = .nan }
                        if dtype == .uint32 { bv = bv.map { Swift.max(0, $0) } }
                    }
                    a = try makeTensor(av, sa, dtype)
                    b = try makeTensor(bv, sb, dtype)
                }
                let y = try runChecked1(c.primitive, [a, b])
                #expect(y.shape == out && y.dtype == dtype, "\(c) \(dtype) \(sa) \(sb)")
                let ia = broadcastSourceIndices(out, sa), ib = broadcastSourceIndices(out, sb)
                switch dtype {
                case .float32, .float64:
                    let f = try #require(c.float)
                    let (xa, xb) = (hostDoubles(a), hostDoubles(b))
                    let want = ia.indices.map { k in roundTo(f(xa[ia[k]], xb[ib[k]]), dtype) }
                    let tol = tolerance(dtype, ulps: c.ulps)
                    expectClose(hostDoubles(y), want, rtol: tol.rtol, atol: c.ulps < 1 ? 0 : tol.atol, "\(c) \(dtype) \(sa) \(sb)")
                case .bool:
                    let f = try #require(c.bool)
                    let (xa, xb) = (hostBools(a), hostBools(b))
                    expectElementsEqual(hostBools(y), ia.indices.map { k in f(xa[ia[k]], xb[ib[k]]) }, "\(c) \(sa) \(sb)")
                default:
                    let f = try #require(c.int)
                    let (xa, xb) = (hostInts(a), hostInts(b))
                    let want = ia.indices.map { k in wrapInt(f(xa[ia[k]], xb[ib[k]], dtype), dtype) }
                    expectElementsEqual(hostInts(y), want, "\(c) \(dtype) \(sa) \(sb)")
                }
            }
        }
    }

    @Test("integer division and remainder follow XLA where C would trap")
    func integerDivisionEdges() throws {
        let a = try makeIntTensor([7, -7, 5, Int64(Int32.min), 7], [5], .int32)
        let b = try makeIntTensor([0, 0, 2, -1, -2], [5], .int32)
        #expect(hostInts(try runChecked1(Div(), [a, b])) == [-1, -1, 2, Int64(Int32.min), -3])
        #expect(hostInts(try runChecked1(Rem(), [a, b])) == [7, -7, 1, 0, 1])
        let u = try runChecked1(Div(), [try makeIntTensor([7], [1], .uint32), try makeIntTensor([0], [1], .uint32)])
        #expect(hostInts(u) == [Int64(UInt32.max)])
        let l = try runChecked1(Div(), [try makeIntTensor([Int64.min], [1], .int64), try makeIntTensor([-1], [1], .int64)])
        #expect(hostInts(l) == [Int64.min])
    }

    @Test("pow follows C (and XLA): negative bases with integral exponents, pow(x, 0) = 1, pow(1, y) = 1", arguments: floatDTypes)
    func powEdges(_ dtype: DType) throws {
        let a = try makeTensor([-2, -2, -8, 0, .nan, 1, -1, 2, 0], [9], dtype)
        let b = try makeTensor([3, 2, 1.0 / 3, 0, 0, .nan, .infinity, -1, -1], [9], dtype)
        let y = try runChecked1(Pow(), [a, b])
        let got = hostDoubles(y)
        let want: [Double] = [-8, 4, .nan, 1, 1, 1, 1, 0.5, .infinity]
        #expect(got.map { $0.isNaN ? "nan" : "\($0)" } == want.map { $0.isNaN ? "nan" : "\($0)" }, "\(dtype)")
        #expect(hostDoubles(try Tensor([-2.0, -3.0], shape: [2], dtype: dtype) ** 3.0) == [-8, -27], "x ** 3.0 with negative x")
    }

    @Test("max and min order signed zeros as XLA (+0 > -0) and propagate NaN")
    func maxMinSignedZeros() throws {
        let a = try makeTensor([0, -0.0, .nan, 1], [4], .float32)
        let b = try makeTensor([-0.0, 0, 1, .nan], [4], .float32)
        let mx = hostDoubles(try runChecked1(Max(), [a, b]))
        let mn = hostDoubles(try runChecked1(Min(), [a, b]))
        #expect(mx[0].sign == .plus && mx[1].sign == .plus, "max(±0) is +0 in XLA")
        #expect(mn[0].sign == .minus && mn[1].sign == .minus, "min(±0) is -0 in XLA")
        #expect(mx[2].isNaN && mx[3].isNaN && mn[2].isNaN && mn[3].isNaN)
    }

    @Test("operators and jnp-style functions promote dtypes and ranks as JAX")
    func frontendPromotion() throws {
        // JAX's result_type for strongly typed operands (jnp.result_type with x64 on).
        let table: [DType: [DType]] = [
            .bool: [.bool, .int32, .int64, .uint32, .float32, .float64],
            .int32: [.int32, .int32, .int64, .int64, .float32, .float64],
            .int64: [.int64, .int64, .int64, .int64, .float32, .float64],
            .uint32: [.uint32, .int64, .int64, .uint32, .float32, .float64],
            .float32: [.float32, .float32, .float32, .float32, .float32, .float64],
            .float64: [.float64, .float64, .float64, .float64, .float64, .float64],
        ]
        let order: [DType] = [.bool, .int32, .int64, .uint32, .float32, .float64]
        for a in order {
            for (j, b) in order.enumerated() {
                let x = try makeTensor([1, 0], [2], a), y = try makeTensor([1], [1], b)
                let want = table[a]![j]
                #expect(try maximum(x, y).dtype == want, "\(a) ∨ \(b)")
                #expect(try (x .== y).dtype == .bool)
                if want != .bool { #expect(try (x + y).dtype == want, "\(a) + \(b)") }
            }
        }
        // Weak literals adopt the other operand's dtype (x64 off defaults).
        let f = try makeTensor([1, 2], [2], .float32)
        #expect(try (f * 2).dtype == .float32)
        #expect(try (Tensor([1, 2]) * 2.5).dtype == .float32)
        #expect(try (Tensor([1, 2]) * 2.5).weakType)
        #expect(try (makeTensor([1], [1], .uint32) + 1).dtype == .uint32)
        #expect(try (makeTensor([1], [1], .float64) + 1.5).dtype == .float64)
        #expect(try (Tensor([true]) + 1).dtype == .int32)
        // True division of integers gives float32; bool + and * are or/and.
        let q = try Tensor([1, 2, 3]) / Tensor([2, 2, 2])
        #expect(q.dtype == .float32 && hostDoubles(q) == [0.5, 1, 1.5])
        #expect(hostBools(try Tensor([true, false]) + Tensor([false, false])) == [true, false])
        #expect(hostBools(try Tensor([true, false]) * Tensor([true, true])) == [true, false])
        // Rank promotion: (2, 3) + (3,) + ().
        let m = try Tensor([1.0, 2, 3, 4, 5, 6], shape: [2, 3])
        let s = try m + Tensor([10.0, 20, 30]) + Tensor(Float(100))
        #expect(s.shape == [2, 3] && hostDoubles(s) == [111, 122, 133, 114, 125, 136])
        // Empty broadcasts.
        #expect(try (Tensor.zeros([0, 3]) + Tensor([1.0, 2, 3])).shape == [0, 3])
    }

    @Test("remainder has the divisor's sign; fmod the dividend's")
    func remainderSigns() throws {
        let a = Tensor([7, -7, 7, -7, 6]), b = Tensor([3, 3, -3, -3, 3])
        #expect(hostInts(try a % b) == [1, 2, -2, -1, 0])
        #expect(hostInts(try fmod(a, b)) == [1, -1, 1, -1, 0])
        let fa = Tensor([7.5, -7.5, 7.5, -7.5]), fb = Tensor([2.0, 2, -2, -2])
        #expect(hostDoubles(try remainder(fa, fb)) == [1.5, 0.5, -0.5, -1.5])
        #expect(hostDoubles(try fmod(fa, fb)) == [1.5, -1.5, 1.5, -1.5])
    }

    @Test("shifts, logical ops and clip frontends")
    func bitwiseFrontends() throws {
        let x = Tensor([-8, 8, 1])
        #expect(hostInts(try shiftRight(x, Tensor([1, 1, 40]))) == [-4, 4, 0])
        #expect(hostInts(try shiftRightLogical(x, Tensor([1, 1, 1]))) == [Int64(UInt32(bitPattern: -8) >> 1), 4, 0])
        #expect(hostInts(try shiftLeft(x, Tensor([1, 2, 32]))) == [-16, 32, 0])
        let u = try makeIntTensor([0x8000_0000], [1], .uint32)
        #expect(hostInts(try shiftRight(u, try makeIntTensor([1], [1], .uint32))) == [0x4000_0000], "jnp.right_shift is logical on unsigned")
        #expect(hostInts(try Tensor([12]) & Tensor([10])) == [8])
        #expect(hostInts(try Tensor([12]) | Tensor([10])) == [14])
        #expect(hostInts(try Tensor([12]) ^ Tensor([10])) == [6])
        #expect(hostInts(try ~Tensor([0])) == [-1])
        #expect(hostBools(try logicalNot(Tensor([0.0, 2.5]))) == [true, false])
        #expect(hostBools(try logicalAnd(Tensor([1, 0, 3]), Tensor([2, 2, 0]))) == [true, false, false])
        #expect(hostBools(try logicalOr(Tensor([1, 0, 0]), Tensor([0, 0, 5]))) == [true, false, true])
        #expect(hostBools(try logicalXor(Tensor([1, 0, 3]), Tensor([1, 1, 0]))) == [false, true, true])
        #expect(hostDoubles(try clip(Tensor([-2.0, 0.5, 3]), min: 0, max: 1)) == [0, 0.5, 1])
        #expect(hostBools(try isnan(Tensor([Float.nan, 1, .infinity]))) == [true, false, false])
        #expect(hostBools(try isfinite(Tensor([Float.nan, 1, .infinity, -.infinity]))) == [false, true, false, false])
        #expect(hostBools(try isfinite(Tensor([1, 2]))) == [true, true])
        expectClose(hostDoubles(try atan2(Tensor([1, -1]), Tensor([0, 0]))), [Double.pi / 2, -Double.pi / 2].map { roundTo($0, .float32) })
    }
}

// MARK: - Comparisons and select_n

@Suite("Comparison and selection kernels")
struct ComparisonKernelTests {
    static let comparisons: [(any Primitive, @Sendable (Double, Double) -> Bool)] = [
        (Eq(), { $0 == $1 }), (Ne(), { $0 != $1 }), (Lt(), { $0 < $1 }),
        (Le(), { $0 <= $1 }), (Gt(), { $0 > $1 }), (Ge(), { $0 >= $1 }),
    ]

    @Test("comparisons equal a naive loop for every dtype (NaN compares unequal)", arguments: allDTypes)
    func comparisons(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0xC0FFEE ^ UInt64(dtype.itemSize))
        for (p, f) in Self.comparisons {
            for (sa, sb) in broadcastPairs(&rng, count: 6) {
                let na = sa.reduce(1, *), nb = sb.reduce(1, *)
                var av = randomValues(na, dtype, &rng, range: -3..<3)
                let bv = randomValues(nb, dtype, &rng, range: -3..<3)
                // Equal elements and NaNs.
                for i in 0..<Swift.min(na, nb) where rng.chance(0.3) { av[i] = bv[i] }
                if dtype.isFloatingPoint && na > 0 { av[0] = .nan }
                if dtype == .int64 && na > 1 { av[1] = Double(1 << 60) }
                let a = try makeTensor(av, sa, dtype), b = try makeTensor(bv, sb, dtype)
                let y = try runChecked1(p, [a, b])
                let out = try #require(numpyBroadcast([sa, sb]))
                #expect(y.dtype == .bool && y.shape == out)
                let (xa, xb) = (hostDoubles(a), hostDoubles(b))
                let want = allIndices(out).map { i in f(xa[broadcastSource(i, sa)], xb[broadcastSource(i, sb)]) }
                expectElementsEqual(hostBools(y), want, "\(p.name) \(dtype) \(sa) \(sb)")
            }
        }
    }

    @Test("int64 comparisons are exact beyond 2^53")
    func int64Exact() throws {
        let a = try makeIntTensor([(1 << 60) + 1, -(1 << 60)], [2], .int64)
        let b = try makeIntTensor([1 << 60, -(1 << 60) - 1], [2], .int64)
        #expect(hostBools(try runChecked1(Gt(), [a, b])) == [true, true])
        #expect(hostBools(try runChecked1(Eq(), [a, b])) == [false, false])
    }

    @Test("select_n with a bool or int32 predicate, scalar or full, for every dtype", arguments: allDTypes)
    func selectN(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0x5E1EC7 &+ UInt64(dtype.itemSize))
        for shape in elementwiseShapes(&rng) + [[ThreadPool.grainSize + 3]] {
            let n = shape.reduce(1, *)
            let cases = try (0..<3).map { _ in try randomTensor(shape, dtype, &rng, wide: true) }
            let bits = cases.map(hostBits)
            // bool predicate, full shape.
            let pb = randomValues(n, .bool, &rng)
            let y = try runChecked1(SelectN(), [try makeTensor(pb, shape, .bool), cases[0], cases[1]])
            expectElementsEqual(hostBits(y), (0..<n).map { pb[$0] != 0 ? bits[1][$0] : bits[0][$0] }, "bool \(dtype) \(shape)")
            // bool predicate, 0-d.
            for s in [false, true] {
                let y0 = try runChecked1(SelectN(), [Tensor(s), cases[0], cases[1]])
                #expect(hostBits(y0) == bits[s ? 1 : 0])
            }
            // int32 predicate, 3 cases.
            let pi = (0..<n).map { _ in Double(rng.int(0...2)) }
            let y3 = try runChecked1(SelectN(), [try makeTensor(pi, shape, .int32)] + cases)
            expectElementsEqual(hostBits(y3), (0..<n).map { bits[Int(pi[$0])][$0] }, "int32 \(dtype) \(shape)")
            // A single case is the identity (a true predicate with one case: BadInputTests' exit test).
            #expect(hostBits(try runChecked1(SelectN(), [try makeTensor(pb.map { _ in 0 }, shape, .bool), cases[2]])) == bits[2])
            #expect(hostBits(try runChecked1(SelectN(), [try makeTensor(pb.map { _ in 0 }, shape, .int32), cases[2]])) == bits[2])
        }
    }

    @Test("select / where frontends broadcast predicate and cases and promote")
    func selectFrontend() throws {
        let c = Tensor([true, false, true])
        let r = try select(c, Tensor([1.0, 2, 3]), 0)
        #expect(r.dtype == .float32 && hostDoubles(r) == [1, 0, 3])
        let m = try `where`(try Tensor([1, 0, 2, 0], shape: [2, 2]), Tensor([10, 20]), try Tensor([-1, -2, -3, -4], shape: [2, 2]))
        #expect(m.shape == [2, 2] && hostInts(m) == [10, -2, 10, -4])
        let s = try select(Tensor(true), Tensor([1, 2]), Tensor([3.5]))
        #expect(s.dtype == .float32 && hostDoubles(s) == [1, 2])
    }
}

// MARK: - Conversions

@Suite("Conversion kernels")
struct ConversionKernelTests {
    /// XLA's float → integer: truncate toward zero, saturate, NaN → 0.
    static func saturate(_ x: Double, _ to: DType) -> Int64 {
        if x.isNaN { return 0 }
        let (lo, hi): (Double, Double) = switch to {
        case .int32: (Double(Int32.min), Double(Int32.max))
        case .uint32: (0, Double(UInt32.max))
        default: (-9.223372036854775808e18, 9.223372036854775807e18)
        }
        if x <= lo { return to == .int64 ? Int64.min : Int64(lo) }
        if x >= hi { return to == .int64 ? Int64.max : Int64(hi) }
        return Int64(x.rounded(.towardZero))
    }

    static let floatInputs: [Double] = [0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, -1e10, 3e9, -3e9, 5e9,
                                        2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
                                        9.3e18, -9.3e18, 1e30, -1e30, .infinity, -.infinity, .nan, 1.5e-40, 123456789.123]

    @Test("convert_element_type between every pair of dtypes", arguments: allDTypes)
    func convert(_ from: DType) throws {
        var rng = SplitMix64(seed: 0xC0_4E47 ^ UInt64(from.itemSize * 17))
        var values = randomValues(64, from, &rng, range: -1e3..<1e3, wide: true)
        if from.isFloatingPoint { values = Self.floatInputs + values }
        if from == .int64 { values += [Double(Int64.max - 1023), -9.223372036854775808e18, 4294967296, -1, 16777217] }
        let x = try makeTensor(values, [values.count], from)
        let xd = hostDoubles(x), xi = from.isFloatingPoint ? [] : hostInts(x)
        for to in allDTypes {
            for weak in [false, true] {
                let y = try runChecked1(ConvertElementType(newDType: to, weakType: weak), [x])
                #expect(y.dtype == to && y.weakType == weak && y.shape == x.shape)
                switch (from.isFloatingPoint, to) {
                case (_, .bool):
                    #expect(hostBools(y) == xd.map { $0 != 0 }, "\(from)→bool (NaN is true)")
                case (true, .float32), (true, .float64):
                    #expect(hostBits(y) == hostBits(try makeTensor(xd, x.shape, to)), "\(from)→\(to)")
                case (true, _):
                    #expect(hostInts(y) == xd.map { Self.saturate($0, to) }, "\(from)→\(to) saturates, NaN→0")
                case (false, .float32):
                    #expect(hostDoubles(y) == xi.map { Double(Float($0)) }, "\(from)→float32 rounds to nearest")
                case (false, .float64):
                    #expect(hostDoubles(y) == xi.map { Double($0) })
                case (false, _):
                    #expect(hostInts(y) == xi.map { wrapInt($0, to) }, "\(from)→\(to) wraps")
                }
            }
        }
    }

    @Test("astype on empty and 0-d tensors, and the identity conversion keeps the buffer")
    func astypeShapes() throws {
        #expect(try Tensor.zeros([0, 3]).astype(.int32).shape == [0, 3])
        #expect(hostInts(try Tensor(Float(-2.7)).astype(.int32)) == [-2])
        let x = Tensor([1.0, 2.0])
        let y = try x.astype(.float32)
        #expect(y.storage === x.storage)
        let w = try runChecked1(ConvertElementType(newDType: .float32, weakType: true), [x])
        #expect(w.weakType && hostDoubles(w) == [1, 2])
    }

    @Test("bitcast_convert_type reinterprets bits between same-width dtypes")
    func bitcast() throws {
        var rng = SplitMix64(seed: 42)
        let pairs: [(DType, DType)] = [(.float32, .uint32), (.uint32, .float32), (.float32, .int32), (.int32, .float32),
                                       (.int32, .uint32), (.uint32, .int32), (.float64, .int64), (.int64, .float64)]
        for (a, b) in pairs {
            for shape in [[], [0], [5], [2, 3]] {
                let x = try randomTensor(shape, a, &rng, wide: true)
                let y = try runChecked1(BitcastConvertType(newDType: b), [x])
                #expect(y.dtype == b && y.shape == shape && hostBits(y) == hostBits(x), "\(a)→\(b)")
            }
        }
        let one = try runChecked1(BitcastConvertType(newDType: .uint32), [Tensor(Float(1))])
        #expect(hostInts(one) == [0x3F80_0000])
    }
}

// MARK: - Reductions

/// Every subset of `0..<n`, as sorted arrays.
func axisSubsets(_ n: Int) -> [[Int]] {
    (0..<(1 << n)).map { m in (0..<n).filter { m & (1 << $0) != 0 } }
}

/// Groups the elements of `shape` by their position in the reduction's output.
func reductionGroups(_ shape: [Int], _ axes: [Int]) -> (outShape: [Int], groups: [[Int]]) {
    let kept = (0..<shape.count).filter { !axes.contains($0) }
    let outShape = kept.map { shape[$0] }
    var groups = [[Int]](repeating: [], count: outShape.reduce(1, *))
    for (flat, idx) in allIndices(shape).enumerated() {
        groups[ravel(kept.map { idx[$0] }, outShape)].append(flat)
    }
    return (outShape, groups)
}

struct ReductionCase: Sendable, CustomStringConvertible {
    let name: String
    let make: @Sendable ([Int]) -> any Primitive
    let dtypes: [DType]
    /// Reference over one group, in double (floats) — integers use `int`.
    let float: @Sendable ([Double]) -> Double
    let int: @Sendable ([Int64], DType) -> Int64
    var description: String { name }
}

func extremeFloat(_ xs: [Double], max: Bool) -> Double {
    if xs.contains(where: \.isNaN) { return .nan }
    return max ? (xs.max() ?? -.infinity) : (xs.min() ?? .infinity)
}

func intLimits(_ dt: DType) -> (Int64, Int64) {
    switch dt {
    case .int32: return (Int64(Int32.min), Int64(Int32.max))
    case .uint32: return (0, Int64(UInt32.max))
    case .bool: return (0, 1)
    default: return (Int64.min, Int64.max)
    }
}

let reductionCases: [ReductionCase] = [
    ReductionCase(name: "reduce_sum", make: { ReduceSum(axes: $0) }, dtypes: numericDTypes,
                  float: { $0.reduce(0, +) }, int: { xs, _ in xs.reduce(0, &+) }),
    ReductionCase(name: "reduce_prod", make: { ReduceProd(axes: $0) }, dtypes: numericDTypes,
                  float: { $0.reduce(1, *) }, int: { xs, _ in xs.reduce(1, &*) }),
    ReductionCase(name: "reduce_max", make: { ReduceMax(axes: $0) }, dtypes: allDTypes,
                  float: { extremeFloat($0, max: true) }, int: { xs, dt in xs.max() ?? intLimits(dt).0 }),
    ReductionCase(name: "reduce_min", make: { ReduceMin(axes: $0) }, dtypes: allDTypes,
                  float: { extremeFloat($0, max: false) }, int: { xs, dt in xs.min() ?? intLimits(dt).1 }),
    ReductionCase(name: "reduce_and", make: { ReduceAnd(axes: $0) }, dtypes: [.bool],
                  float: { _ in 0 }, int: { xs, _ in xs.allSatisfy { $0 != 0 } ? 1 : 0 }),
    ReductionCase(name: "reduce_or", make: { ReduceOr(axes: $0) }, dtypes: [.bool],
                  float: { _ in 0 }, int: { xs, _ in xs.contains { $0 != 0 } ? 1 : 0 }),
]

@Suite("Reduction kernels")
struct ReductionKernelTests {
    @Test("reductions over every axis subset equal a naive loop", arguments: reductionCases)
    func reductions(_ c: ReductionCase) throws {
        var rng = SplitMix64(seed: UInt64(c.name.utf8.reduce(3) { $0 &* 131 &+ UInt64($1) }))
        let shapes: [[Int]] = [[], [0], [5], [3, 4], [2, 0, 3], [2, 3, 4], [2, 1, 3, 2], [1, 9], [3, 1100]]
        for dtype in c.dtypes {
            for shape in shapes {
                let n = shape.reduce(1, *)
                var values = randomValues(n, dtype, &rng, range: c.name == "reduce_prod" ? 0.5..<1.5 : -4..<4, wide: c.name != "reduce_sum" || dtype != .int64)
                if dtype.isFloatingPoint && n > 4 && rng.chance(0.5) { values[rng.int(0...(n - 1))] = .nan }
                let x = try makeTensor(values, shape, dtype)
                for axes in axisSubsets(shape.count) {
                    let y = try runChecked1(c.make(axes), [x])
                    let (outShape, groups) = reductionGroups(shape, axes)
                    #expect(y.shape == outShape && y.dtype == dtype)
                    if dtype.isFloatingPoint {
                        let xs = hostDoubles(x)
                        let want = groups.map { g in roundTo(c.float(g.map { xs[$0] }), dtype) }
                        // Summation order differs from the naive loop: scale by the group's magnitude.
                        let got = hostDoubles(y)
                        for (i, g) in groups.enumerated() {
                            let mag = g.map { Swift.abs(xs[$0]) }.reduce(0, +)
                            let tol = (dtype == .float32 ? 1.2e-7 : 2.3e-16) * Double(g.count + 2) * Swift.max(mag, Swift.abs(want[i]))
                            #expect(approxEqual(got[i], want[i], rtol: 0, atol: tol), "\(c) \(dtype) \(shape) axes \(axes) [\(i)]: \(got[i]) vs \(want[i])")
                        }
                    } else {
                        let xs = hostInts(x)
                        let want = groups.map { g in wrapInt(c.int(g.map { xs[$0] }, dtype), dtype) }
                        #expect(hostInts(y) == want, "\(c) \(dtype) \(shape) axes \(axes)")
                    }
                }
            }
        }
    }

    @Test("reduce_max and reduce_min treat +0 as larger than -0, as XLA")
    func signedZeroExtremes() throws {
        let x = try makeTensor([-0.0, 0], [2], .float32), y = try makeTensor([0, -0.0], [2], .float32)
        #expect(hostDoubles(try runChecked1(ReduceMax(axes: [0]), [x]))[0].sign == .plus)
        #expect(hostDoubles(try runChecked1(ReduceMin(axes: [0]), [y]))[0].sign == .minus)
    }

    @Test("sum/prod/max/min/mean/all/any frontends: every axis subset, negative axes, keepDims")
    func frontends() throws {
        var rng = SplitMix64(seed: 77)
        let x = try randomTensor([2, 3, 4], .float32, &rng)
        let xs = hostDoubles(x)
        for axes in axisSubsets(3) {
            let (outShape, groups) = reductionGroups([2, 3, 4], axes)
            let keptShape = (0..<3).map { axes.contains($0) ? 1 : [2, 3, 4][$0] }
            for keep in [false, true] {
                for negative in [false, true] {
                    let ax = negative ? axes.map { $0 - 3 } : axes
                    let s = try sum(x, axes: ax, keepDims: keep)
                    #expect(s.shape == (keep ? keptShape : outShape), "sum axes \(ax) keepDims \(keep)")
                    expectClose(hostDoubles(s), groups.map { g in g.map { xs[$0] }.reduce(0, +) }, rtol: 1e-5, atol: 1e-5, "sum \(ax)")
                    let m = try mean(x, axes: ax, keepDims: keep)
                    expectClose(hostDoubles(m), groups.map { g in g.map { xs[$0] }.reduce(0, +) / Double(g.count) }, rtol: 1e-5, atol: 1e-5, "mean \(ax)")
                    let mx = try max(x, axes: ax, keepDims: keep)
                    #expect(mx.shape == s.shape && hostDoubles(mx) == groups.map { g in g.map { xs[$0] }.max()! })
                    let mn = try min(x, axes: ax, keepDims: keep)
                    #expect(hostDoubles(mn) == groups.map { g in g.map { xs[$0] }.min()! })
                    let p = try prod(x, axes: ax, keepDims: keep)
                    expectClose(hostDoubles(p), groups.map { g in g.map { xs[$0] }.reduce(1, *) }, rtol: 1e-5, atol: 1e-5, "prod \(ax)")
                    let al = try all(x .> -3, axes: ax, keepDims: keep), an = try any(x .> 3, axes: ax, keepDims: keep)
                    #expect(hostBools(al) == groups.map { g in g.allSatisfy { xs[$0] > -3 } })
                    #expect(hostBools(an) == groups.map { g in g.contains { xs[$0] > 3 } })
                }
            }
        }
        // nil axes reduce everything; bools sum as int32; axis overloads.
        #expect(try sum(x).shape == [] && (try sum(Tensor([true, true, false]))).dtype == .int32)
        #expect(hostInts(try sum(Tensor([true, true, false]))) == [2])
        #expect(hostInts(try prod(Tensor([true, true]))) == [1])
        #expect(try sum(x, axis: 1).shape == [2, 4] && (try mean(x, axis: -1, keepDims: true)).shape == [2, 3, 1])
        #expect(try mean(Tensor([1, 2])).dtype == .float32)
        #expect(hostDoubles(try mean(Tensor([1, 2]))) == [1.5])
        #expect(try sum(Tensor([1, 2]), axes: []).shape == [2])
        // Empty reductions: sum of nothing is 0, max over a non-empty axis of an empty array is empty.
        #expect(hostDoubles(try sum(Tensor.zeros([0, 3]), axes: [0])) == [0, 0, 0])
        #expect(hostDoubles(try prod(Tensor.zeros([0]))) == [1])
        #expect(hostBools(try all(Tensor.zeros([0], dtype: .bool))) == [true])
        #expect(hostBools(try any(Tensor.zeros([0], dtype: .bool))) == [false])
        let e = try max(Tensor.zeros([0, 3]), axes: [1])
        #expect(e.shape == [0], "jnp.max(zeros((0, 3)), axis=1) is an empty array in JAX")
        let e2 = try min(Tensor.zeros([0, 3]), axis: 1, keepDims: true)
        #expect(e2.shape == [0, 1])
    }

    @Test("argmax/argmin along every axis: first index of ties, first NaN wins", arguments: [DType.float32, .float64, .int32, .int64, .uint32, .bool])
    func argExtrema(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0xA26 &+ UInt64(dtype.itemSize))
        for shape in [[1], [7], [3, 4], [2, 3, 4], [4, 0], [2, 1, 5]] {
            let n = shape.reduce(1, *)
            var values = (0..<n).map { _ in Double(rng.int(0...3)) }   // many ties
            if dtype.isFloatingPoint && n > 3 { values[2] = .nan; values[n - 1] = .nan }
            if dtype == .bool { values = values.map { $0 > 1 ? 1 : 0 } }
            let x = try makeTensor(values, shape, dtype)
            let xs = hostDoubles(x)
            for axis in 0..<shape.count where shape[axis] > 0 {
                for isMax in [true, false] {
                    let y = try runChecked1(ArgExtremum(isMax: isMax, axis: axis, indexDType: .int32), [x])
                    let (outShape, groups) = reductionGroups(shape, [axis])
                    #expect(y.shape == outShape && y.dtype == .int32)
                    let want = groups.map { g -> Int64 in
                        let vals = g.map { xs[$0] }
                        if let k = vals.firstIndex(where: \.isNaN) { return Int64(k) }
                        let best = isMax ? vals.max()! : vals.min()!
                        return Int64(vals.firstIndex(of: best)!)
                    }
                    #expect(hostInts(y) == want, "\(isMax ? "argmax" : "argmin") \(dtype) \(shape) axis \(axis)")
                }
            }
        }
        let i64 = try runChecked1(ArgExtremum(isMax: true, axis: 0, indexDType: .int64), [try makeTensor([1, 5, 2], [3], dtype)])
        #expect(i64.dtype == .int64 && hostInts(i64) == [dtype == .bool ? 0 : 1])
    }

    @Test("argmax/argmin frontends: axis nil flattens, negative axes, keepDims")
    func argFrontends() throws {
        let x = try Tensor([3.0, 9, 1, 9, 0, 2], shape: [2, 3])
        #expect(try hostInts(try argmax(x)) == [1] && (try argmax(x)).shape == [])
        #expect(hostInts(try argmin(x)) == [4])
        #expect(try argmax(x, keepDims: true).shape == [1, 1])
        #expect(hostInts(try argmax(x, axis: -1)) == [1, 0])
        #expect(try hostInts(try argmin(x, axis: 0, keepDims: true)) == [0, 1, 0] && (try argmin(x, axis: 0, keepDims: true)).shape == [1, 3])
    }

    @Test("cumulative sum/prod/max/min along every axis, both directions", arguments: [DType.float32, .float64, .int32, .int64, .uint32, .bool])
    func cumulative(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0xC5 &+ UInt64(dtype.itemSize))
        let ops: [(Cumulative.Op, (Double, Double) -> Double)] = [(.sum, +), (.prod, *), (.max, { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }),
                                                                  (.min, { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) })]
        for shape in [[1], [6], [3, 4], [2, 3, 4], [0, 3], [3, 0], [2, 1, 5]] {
            let n = shape.reduce(1, *)
            var values = randomValues(n, dtype, &rng, range: 0.5..<2)
            if dtype.isFloatingPoint && n > 5 { values[4] = .nan }
            let x = try makeTensor(values, shape, dtype)
            let xs = hostDoubles(x)
            for (op, f) in ops where dtype != .bool || op == .max || op == .min {
                for axis in 0..<shape.count {
                    for reverse in [false, true] {
                        let y = try runChecked1(Cumulative(op, axis: axis, reverse: reverse), [x])
                        var want = [Double](repeating: 0, count: n)
                        for (flat, idx) in allIndices(shape).enumerated() {
                            let range = reverse ? Array((idx[axis]..<shape[axis]).reversed()) : Array(0...idx[axis])
                            var acc: Double? = nil
                            for k in range {
                                var j = idx
                                j[axis] = k
                                let v = xs[ravel(j, shape)]
                                acc = acc.map { f($0, v) } ?? v
                            }
                            want[flat] = dtype.isFloatingPoint ? roundTo(acc!, dtype) : Double(wrapInt(Int64(acc!), dtype))
                        }
                        let tol = dtype == .float32 ? 1e-5 : 1e-12
                        expectClose(hostDoubles(y), want, rtol: tol, atol: tol, "\(op) \(dtype) \(shape) axis \(axis) reverse \(reverse)")
                    }
                }
            }
        }
    }

    @Test("cumsum frontend flattens without an axis and sums bools as int32")
    func cumsumFrontend() throws {
        let x = try Tensor([1, 2, 3, 4], shape: [2, 2])
        #expect(try hostInts(try cumsum(x)) == [1, 3, 6, 10] && (try cumsum(x)).shape == [4])
        #expect(hostInts(try cumsum(x, axis: 0)) == [1, 2, 4, 6])
        #expect(hostInts(try cumsum(Tensor.arange(5), reverse: true)) == [10, 10, 9, 7, 4])
        #expect(hostInts(try cumprod(x, axis: -1)) == [1, 2, 3, 12])
        let b = try cumsum(Tensor([true, true, false]))
        #expect(b.dtype == .int32 && hostInts(b) == [1, 2, 2])
        #expect(hostDoubles(try cummax(Tensor([1.0, .nan, 3.0]))).map(\.isNaN) == [false, true, true])
        #expect(hostInts(try cummin(Tensor([3, 1, 2]), reverse: true)) == [1, 1, 2])
    }
}

// MARK: - dot_general

/// Naive dot_general: output = batch dims, lhs free, rhs free. Also returns,
/// per output element, the sum of |products| (the scale of rounding error).
func referenceDotGeneral(_ a: [Double], _ sa: [Int], _ b: [Double], _ sb: [Int],
                         contracting: ([Int], [Int]), batch: ([Int], [Int])) -> (shape: [Int], values: [Double], magnitudes: [Double]) {
    let lf = (0..<sa.count).filter { !contracting.0.contains($0) && !batch.0.contains($0) }
    let rf = (0..<sb.count).filter { !contracting.1.contains($0) && !batch.1.contains($0) }
    let stA = rowMajorStrides(sa), stB = rowMajorStrides(sb)
    let bShape = batch.0.map { sa[$0] }, cShape = contracting.0.map { sa[$0] }
    let outShape = bShape + lf.map { sa[$0] } + rf.map { sb[$0] }
    // Offsets of every contraction position in each operand.
    let cIdx = allIndices(cShape)
    let cOffA = cIdx.map { c in zip(contracting.0, c).reduce(0) { $0 + stA[$1.0] * $1.1 } }
    let cOffB = cIdx.map { c in zip(contracting.1, c).reduce(0) { $0 + stB[$1.0] * $1.1 } }
    var values: [Double] = [], mags: [Double] = []
    values.reserveCapacity(outShape.reduce(1, *))
    for o in allIndices(outShape) {
        var baseA = 0, baseB = 0
        for (k, d) in batch.0.enumerated() { baseA += o[k] * stA[d] }
        for (k, d) in batch.1.enumerated() { baseB += o[k] * stB[d] }
        for (k, d) in lf.enumerated() { baseA += o[bShape.count + k] * stA[d] }
        for (k, d) in rf.enumerated() { baseB += o[bShape.count + lf.count + k] * stB[d] }
        var s = 0.0, m = 0.0
        for j in cOffA.indices {
            let p = a[baseA + cOffA[j]] * b[baseB + cOffB[j]]
            s += p
            m += Swift.abs(p)
        }
        values.append(s)
        mags.append(m)
    }
    return (outShape, values, mags)
}

struct DotCase: Sendable, CustomStringConvertible {
    var lhs: [Int], rhs: [Int]
    var contracting: ([Int], [Int]), batch: ([Int], [Int])
    var description: String { "\(lhs)·\(rhs) c=\(contracting) b=\(batch)" }
}

/// A random valid dot_general: dimensions of each role placed at random positions.
func randomDotCase(_ rng: inout SplitMix64, sizes: ClosedRange<Int> = 1...4, big: Bool = false) -> DotCase {
    let nb = rng.int(0...2), nc = rng.int(big ? 1...1 : 0...2), nl = rng.int(big ? 1...1 : 0...2), nr = rng.int(big ? 1...1 : 0...2)
    let bs = (0..<nb).map { _ in rng.int(big ? 1...2 : sizes) }, cs = (0..<nc).map { _ in rng.int(sizes) }
    let ls = (0..<nl).map { _ in rng.int(sizes) }, rs = (0..<nr).map { _ in rng.int(sizes) }
    // Roles per lhs/rhs dimension, shuffled.
    var lRoles = (0..<nb).map { ("b", $0) } + (0..<nc).map { ("c", $0) } + (0..<nl).map { ("f", $0) }
    var rRoles = (0..<nb).map { ("b", $0) } + (0..<nc).map { ("c", $0) } + (0..<nr).map { ("f", $0) }
    lRoles.shuffle(using: &rng)
    rRoles.shuffle(using: &rng)
    func shape(_ roles: [(String, Int)], _ free: [Int]) -> [Int] {
        roles.map { r in r.0 == "b" ? bs[r.1] : (r.0 == "c" ? cs[r.1] : free[r.1]) }
    }
    func positions(_ roles: [(String, Int)], _ kind: String, _ n: Int) -> [Int] {
        (0..<n).map { k in roles.firstIndex { $0.0 == kind && $0.1 == k }! }
    }
    return DotCase(lhs: shape(lRoles, ls), rhs: shape(rRoles, rs),
                   contracting: (positions(lRoles, "c", nc), positions(rRoles, "c", nc)),
                   batch: (positions(lRoles, "b", nb), positions(rRoles, "b", nb)))
}

@Suite("dot_general kernel")
struct DotGeneralKernelTests {
    func check(_ c: DotCase, _ dtype: DType, _ rng: inout SplitMix64, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try randomTensor(c.lhs, dtype, &rng, range: -2..<2)
        let b = try randomTensor(c.rhs, dtype, &rng, range: -2..<2)
        let p = DotGeneral(contracting: c.contracting, batch: c.batch)
        let y = try runChecked1(p, [a, b], sourceLocation: sourceLocation)
        let ref = referenceDotGeneral(hostDoubles(a), c.lhs, hostDoubles(b), c.rhs, contracting: c.contracting, batch: c.batch)
        #expect(y.shape == ref.shape && y.dtype == dtype, "\(c)", sourceLocation: sourceLocation)
        let got = hostDoubles(y)
        switch dtype {
        case .float32, .float64:
            let eps = dtype == .float32 ? 1.2e-7 : 2.3e-16
            let k = Double(c.contracting.0.map { c.lhs[$0] }.reduce(1, *))
            for i in got.indices where !approxEqual(got[i], ref.values[i], rtol: 0, atol: 2 * eps * (k + 1) * ref.magnitudes[i] + 1e-30) {
                Issue.record("\(dtype) \(c) [\(i)]: \(got[i]) vs \(ref.values[i])", sourceLocation: sourceLocation)
                break
            }
        case .bool:
            #expect(hostBools(y) == ref.values.map { $0 != 0 }, "\(c)", sourceLocation: sourceLocation)
        default:
            #expect(got == ref.values.map { Double(wrapInt(Int64($0), dtype)) }, "\(dtype) \(c)", sourceLocation: sourceLocation)
        }
    }

    @Test("small products with random dimension numbers equal a naive loop", arguments: [DType.float32, .float64, .int32, .int64, .uint32, .bool])
    func small(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0xD07 &+ UInt64(dtype.itemSize * 3))
        for _ in 0..<40 { try check(randomDotCase(&rng), dtype, &rng) }
        // Classic layouts: vector·vector, matrix·vector, outer product, empty contraction.
        let fixed = [DotCase(lhs: [5], rhs: [5], contracting: ([0], [0]), batch: ([], [])),
                     DotCase(lhs: [3, 5], rhs: [5], contracting: ([1], [0]), batch: ([], [])),
                     DotCase(lhs: [3], rhs: [4], contracting: ([], []), batch: ([], [])),
                     DotCase(lhs: [3, 0], rhs: [0, 2], contracting: ([1], [0]), batch: ([], [])),
                     DotCase(lhs: [0, 3], rhs: [3, 2], contracting: ([1], [0]), batch: ([], [])),
                     DotCase(lhs: [2, 3, 4], rhs: [2, 4, 5], contracting: ([2], [1]), batch: ([0], [0])),
                     DotCase(lhs: [4, 2, 3], rhs: [5, 4, 2], contracting: ([0], [1]), batch: ([1], [2]))]
        for c in fixed { try check(c, dtype, &rng) }
    }

    @Test("BLAS-sized products (≥ 32³ per example) in every layout", arguments: [DType.float32, .float64, .int32])
    func blasSized(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 0xB1A5 &+ UInt64(dtype.itemSize))
        let (m, n, k) = (33, 34, 35)
        let layouts = [
            DotCase(lhs: [m, k], rhs: [k, n], contracting: ([1], [0]), batch: ([], [])),     // NN
            DotCase(lhs: [k, m], rhs: [k, n], contracting: ([0], [0]), batch: ([], [])),     // TN
            DotCase(lhs: [m, k], rhs: [n, k], contracting: ([1], [1]), batch: ([], [])),     // NT
            DotCase(lhs: [k, m], rhs: [n, k], contracting: ([0], [1]), batch: ([], [])),     // TT
            DotCase(lhs: [2, m, k], rhs: [2, k, n], contracting: ([2], [1]), batch: ([0], [0])),
            DotCase(lhs: [m, 2, k], rhs: [k, n, 2], contracting: ([2], [0]), batch: ([1], [2])),   // needs copies
            DotCase(lhs: [m, 5, 7], rhs: [7, n, 5], contracting: ([1, 2], [2, 0]), batch: ([], [])),
        ]
        for c in layouts { try check(c, dtype, &rng) }
        for _ in 0..<3 { try check(randomDotCase(&rng, sizes: 30...40, big: true), dtype, &rng) }
    }

    @Test("preferred_element_type converts the operands first")
    func preferredElementType() throws {
        let a = Tensor([1, 2, 3]), b = Tensor([4, 5, 6])
        let y = try runChecked1(DotGeneral(contracting: ([0], [0]), preferredElementType: .float32), [a, b])
        #expect(y.dtype == .float32 && hostDoubles(y) == [32])
    }

    @Test("dot, vdot, matmul, tensordot and einsum frontends")
    func frontends() throws {
        var rng = SplitMix64(seed: 99)
        let a = try randomTensor([3, 4], .float32, &rng), b = try randomTensor([4, 5], .float32, &rng)
        let v = try randomTensor([4], .float32, &rng), w = try randomTensor([4], .float32, &rng)
        let av = hostDoubles(a), bv = hostDoubles(b), vv = hostDoubles(v), wv = hostDoubles(w)
        func mm(_ x: [Double], _ sx: [Int], _ y: [Double], _ sy: [Int]) -> [Double] {
            referenceDotGeneral(x, sx, y, sy, contracting: ([sx.count - 1], [sy.count == 1 ? 0 : sy.count - 2]), batch: ([], [])).values
        }
        expectClose(hostDoubles(try dot(a, b)), mm(av, [3, 4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "dot 2x2")
        expectClose(hostDoubles(try dot(a, v)), mm(av, [3, 4], vv, [4]), rtol: 1e-5, atol: 1e-5, "dot 2x1")
        expectClose(hostDoubles(try dot(v, w)), [zip(vv, wv).map(*).reduce(0, +)], rtol: 1e-5, atol: 1e-5, "dot 1x1")
        #expect(try dot(v, w).shape == [])
        expectClose(hostDoubles(try vdot(a, a)), [av.map { $0 * $0 }.reduce(0, +)], rtol: 1e-5, atol: 1e-5, "vdot")
        expectClose(hostDoubles(try dot(v, Tensor(Float(2)))), vv.map { $0 * 2 }, "dot with a scalar")
        expectClose(hostDoubles(try matmul(a, b)), mm(av, [3, 4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "matmul")
        expectClose(hostDoubles(try matmul(v, b)), mm(vv, [4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "vector @ matrix")
        // Batched matmul broadcasting (2,1,3,4) @ (5,4,2) -> (2,5,3,2).
        let x = try randomTensor([2, 1, 3, 4], .float32, &rng), y = try randomTensor([5, 4, 2], .float32, &rng)
        let z = try matmul(x, y)
        #expect(z.shape == [2, 5, 3, 2])
        let xv = hostDoubles(x), yv = hostDoubles(y), zv = hostDoubles(z)
        for i in 0..<2 {
            for j in 0..<5 {
                let xs = Array(xv[(i * 12)..<(i * 12 + 12)]), ys = Array(yv[(j * 8)..<(j * 8 + 8)])
                let want = mm(xs, [3, 4], ys, [4, 2])
                expectClose(Array(zv[((i * 5 + j) * 6)..<((i * 5 + j) * 6 + 6)]), want, rtol: 1e-5, atol: 1e-5, "batched matmul [\(i), \(j)]")
            }
        }
        #expect(try matmul(x, v).shape == [2, 1, 3])
        #expect(try matmul(v, y).shape == [5, 2])
        // Mixed dtypes promote.
        #expect(try matmul(Tensor([1, 2]), Tensor([1.5, 2.5])).dtype == .float32)
        #expect(hostInts(try dot(Tensor([1, 2]), Tensor([3, 4]))) == [11])
        // tensordot / einsum.
        expectClose(hostDoubles(try tensordot(a, b, axes: 1)), mm(av, [3, 4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "tensordot 1")
        expectClose(hostDoubles(try tensordot(a, a, axes: 2)), [av.map { $0 * $0 }.reduce(0, +)], rtol: 1e-5, atol: 1e-5, "tensordot 2")
        expectClose(hostDoubles(try tensordot(a, b, axes: ([1], [0]))), mm(av, [3, 4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "tensordot lists")
        expectClose(hostDoubles(try einsum("ij,jk->ik", a, b)), mm(av, [3, 4], bv, [4, 5]), rtol: 1e-5, atol: 1e-5, "einsum ij,jk")
        let t = try einsum("ij,jk->ki", a, b)
        #expect(t.shape == [5, 3])
        expectClose(hostDoubles(t), hostDoubles(try matmul(a, b).transposed()), rtol: 1e-6, atol: 1e-6, "einsum ->ki")
        expectClose(hostDoubles(try einsum("ij->j", a)), hostDoubles(try sum(a, axis: 0)), rtol: 1e-6, atol: 1e-6, "einsum ij->j")
        expectClose(hostDoubles(try einsum("i,i->", v, w)), hostDoubles(try dot(v, w)), rtol: 1e-6, atol: 1e-6, "einsum i,i->")
        let bx = try randomTensor([3, 4], .float32, &rng)
        expectClose(hostDoubles(try einsum("bi,bi->b", a, bx)), hostDoubles(try sum(a * bx, axis: 1)), rtol: 1e-5, atol: 1e-5, "einsum batch")
        #expect(try einsum("ij,kl", a, b).shape == [3, 4, 4, 5])
    }
}

// MARK: - Shape-changing primitives

@Suite("Structural kernels")
struct StructuralKernelTests {
    @Test("reshape keeps row-major order", arguments: allDTypes)
    func reshape(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 1 &+ UInt64(dtype.itemSize))
        for (from, to) in [([6], [2, 3]), ([2, 3], [3, 2]), ([2, 3, 4], [4, 6]), ([], [1, 1]), ([1], []), ([0, 3], [3, 0, 5]), ([4], [4])] {
            let x = try randomTensor(from, dtype, &rng, wide: true)
            let y = try runChecked1(Reshape(newSizes: to), [x])
            #expect(y.shape == to && hostBits(y) == hostBits(x))
            if !to.isEmpty && !to.contains(0) {
                let z = try x.reshaped([-1] + to.dropFirst())
                #expect(z.shape == to && hostBits(z) == hostBits(x), "reshaped with -1 \(from) → \(to)")
            }
        }
        #expect(try Tensor.zeros([2, 3]).flattened().shape == [6])
    }

    @Test("transpose with every permutation of random shapes", arguments: allDTypes)
    func transpose(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 2 &+ UInt64(dtype.itemSize))
        func permutations(_ n: Int) -> [[Int]] {
            n == 0 ? [[]] : permutations(n - 1).flatMap { p in (0...p.count).map { i in var q = p; q.insert(n - 1, at: i); return q } }
        }
        for rank in 0...4 {
            let shape = randomShape(&rng, ranks: rank...rank, dims: 1...4, allowEmpty: rank == 2)
            let x = try randomTensor(shape, dtype, &rng, wide: true)
            let xb = hostBits(x)
            for perm in permutations(rank) {
                let y = try runChecked1(Transpose(permutation: perm), [x])
                let outShape = perm.map { shape[$0] }
                #expect(y.shape == outShape)
                let want = allIndices(outShape).map { o -> UInt64 in
                    var i = [Int](repeating: 0, count: rank)
                    for (k, d) in perm.enumerated() { i[d] = o[k] }
                    return xb[ravel(i, shape)]
                }
                #expect(hostBits(y) == want, "\(shape) \(perm)")
            }
        }
        // Frontend: default reverses, negative entries, movedAxis.
        let m = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(hostInts(try m.transposed()) == [1, 4, 2, 5, 3, 6])
        #expect(hostInts(try m.transposed([-1, 0])) == [1, 4, 2, 5, 3, 6])
        let t = try Tensor.zeros([2, 3, 4]).movedAxis(from: 0, to: -1)
        #expect(t.shape == [3, 4, 2])
    }

    @Test("broadcast_in_dim: size-1 expansion, new dimensions, 0-d operands", arguments: allDTypes)
    func broadcastInDim(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 3 &+ UInt64(dtype.itemSize))
        for _ in 0..<12 {
            let out = randomShape(&rng, ranks: 0...4, dims: 1...4, allowEmpty: true)
            let dims = (0..<out.count).filter { _ in rng.chance(0.5) }
            let shape = dims.map { rng.chance(0.4) ? 1 : out[$0] }
            let x = try randomTensor(shape, dtype, &rng, wide: true)
            let xb = hostBits(x)
            let y = try runChecked1(BroadcastInDim(shape: out, broadcastDimensions: dims), [x])
            let want = allIndices(out).map { o in xb[ravel(dims.enumerated().map { k, d in shape[k] == 1 ? 0 : o[d] }, shape)] }
            #expect(y.shape == out && hostBits(y) == want, "\(shape) → \(out) dims \(dims)")
        }
        // numpy-style frontends.
        let v = try makeTensor([1, 2], [2], dtype)
        let b = try v.broadcast(to: [3, 2])
        #expect(b.shape == [3, 2] && hostBits(b) == Array(repeating: hostBits(v), count: 3).flatMap { $0 })
        let c = try (try makeTensor([1, 2, 3], [3, 1], dtype)).broadcast(to: [2, 3, 4])
        #expect(try c.shape == [2, 3, 4] && hostBits(c) == hostBits(try makeTensor((0..<24).map { Double(($0 / 4) % 3 + 1) }, [2, 3, 4], dtype)))
        #expect(try v.expandedDims(axis: 0).shape == [1, 2] && (try v.expandedDims(axis: -1)).shape == [2, 1])
        #expect(hostBits(try Tensor.full([2, 2], 1, dtype: dtype)) == hostBits(try makeTensor([1, 1, 1, 1], [2, 2], dtype)))
    }

    @Test("squeeze and rev", arguments: allDTypes)
    func squeezeAndRev(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 4 &+ UInt64(dtype.itemSize))
        let x = try randomTensor([1, 3, 1, 2], dtype, &rng, wide: true)
        for dims in [[0], [2], [0, 2], [-4], [-2, 0]] {
            let y = try runChecked1(Squeeze(dimensions: dims), [x])
            #expect(hostBits(y) == hostBits(x))
            #expect(y.shape == [1, 3, 1, 2].enumerated().filter { !dims.map { ($0 + 4) % 4 }.contains($0.offset) }.map(\.element))
        }
        #expect(try x.squeezed().shape == [3, 2] && (try x.squeezed(axes: [2])).shape == [1, 3, 2])
        for shape in [[5], [2, 3], [2, 0, 3], [2, 3, 4], []] {
            let t = try randomTensor(shape, dtype, &rng, wide: true)
            let tb = hostBits(t)
            for dims in axisSubsets(shape.count) {
                let y = try runChecked1(Rev(dimensions: dims), [t])
                let want = allIndices(shape).map { o in tb[ravel(o.enumerated().map { d, i in dims.contains(d) ? shape[d] - 1 - i : i }, shape)] }
                #expect(hostBits(y) == want, "rev \(shape) \(dims)")
            }
        }
        #expect(hostInts(try Tensor([1, 2, 3]).flipped()) == [3, 2, 1])
    }

    @Test("concatenate along every axis, including empty pieces", arguments: allDTypes)
    func concatenate(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 5 &+ UInt64(dtype.itemSize))
        for rank in 1...3 {
            let base = randomShape(&rng, ranks: rank...rank, dims: 1...3)
            for axis in 0..<rank {
                let sizes = (0..<rng.int(1...4)).map { _ in rng.int(0...3) }
                let parts = try sizes.map { s -> Tensor in var sh = base; sh[axis] = s; return try randomTensor(sh, dtype, &rng, wide: true) }
                let y = try runChecked1(Concatenate(dimension: axis), parts)
                var outShape = base
                outShape[axis] = sizes.reduce(0, +)
                let pb = parts.map(hostBits)
                let want = allIndices(outShape).map { o -> UInt64 in
                    var k = 0, i = o[axis]
                    while i >= sizes[k] { i -= sizes[k]; k += 1 }
                    var j = o
                    j[axis] = i
                    return pb[k][ravel(j, parts[k].shape)]
                }
                #expect(y.shape == outShape && hostBits(y) == want, "\(base) axis \(axis) sizes \(sizes)")
                if parts.count > 1 {
                    #expect(hostBits(try Local.concatenate(parts, axis: axis - rank)) == want)
                }
            }
        }
        // stack adds an axis.
        let s = try stack([try makeTensor([1, 2], [2], dtype), try makeTensor([3, 4], [2], dtype)], axis: 1)
        #expect(try s.shape == [2, 2] && hostBits(s) == hostBits(try makeTensor([1, 3, 2, 4], [2, 2], dtype)))
    }

    @Test("concatenate frontend promotes dtypes")
    func concatenatePromotes() throws {
        let c = try Local.concatenate([Tensor([1, 2]), Tensor([0.5])])
        #expect(c.dtype == .float32 && hostDoubles(c) == [1, 2, 0.5])
    }

    @Test("split into pieces of any size (zero included) along any axis", arguments: allDTypes)
    func split(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 6 &+ UInt64(dtype.itemSize))
        let x = try randomTensor([4, 6, 2], dtype, &rng, wide: true)
        let xb = hostBits(x)
        for (axis, sizes) in [(0, [1, 3]), (1, [2, 0, 4]), (2, [2]), (1, [0, 6, 0]), (-1, [1, 1]), (0, [4])] {
            let outs = try runChecked(Split(sizes: sizes, axis: axis), [x])
            let a = (axis + 3) % 3
            var start = 0
            for (o, s) in zip(outs, sizes) {
                var sh = [4, 6, 2]
                sh[a] = s
                let want = allIndices(sh).map { i -> UInt64 in var j = i; j[a] += start; return xb[ravel(j, [4, 6, 2])] }
                #expect(o.shape == sh && hostBits(o) == want, "split axis \(axis) \(sizes)")
                start += s
            }
        }
        let parts = try Local.split(x, sections: 3, axis: 1)
        #expect(parts.map(\.shape) == [[4, 2, 2], [4, 2, 2], [4, 2, 2]])
        let byIndex = try Local.split(x, indices: [1, 5, 6], axis: 1)
        // JAX 0.10 takes indices as written: one past the axis is an error, not a clamp.
        #expect(throws: TensorError("Sizes passed to split must be nonnegative, got [1, 4, 5, -4]")) { try Local.split(x, indices: [1, 5, 10], axis: 1) }
        #expect(byIndex.map(\.shape) == [[4, 1, 2], [4, 4, 2], [4, 1, 2], [4, 0, 2]])
        #expect(hostBits(try Local.concatenate(byIndex, axis: 1)) == xb)
    }

    @Test("slice with start, limit and strides", arguments: allDTypes)
    func slice(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 7 &+ UInt64(dtype.itemSize))
        for _ in 0..<15 {
            let shape = randomShape(&rng, ranks: 0...3, dims: 0...7)
            let x = try randomTensor(shape, dtype, &rng, wide: true)
            let xb = hostBits(x)
            let starts = shape.map { rng.int(0...$0) }
            let limits = zip(starts, shape).map { rng.int($0...$1) }
            let strides: [Int]? = rng.chance(0.5) ? nil : shape.map { _ in rng.int(1...3) }
            let st = strides ?? shape.map { _ in 1 }
            let y = try runChecked1(Slice(startIndices: starts, limitIndices: limits, strides: strides), [x])
            let outShape: [Int] = (0..<shape.count).map { (i: Int) -> Int in (limits[i] - starts[i] + st[i] - 1) / st[i] }
            let want = allIndices(outShape).map { o in xb[ravel((0..<shape.count).map { starts[$0] + o[$0] * st[$0] }, shape)] }
            #expect(y.shape == outShape && hostBits(y) == want, "\(shape) \(starts) \(limits) \(st)")
        }
    }

    @Test("dynamic_slice clamps start indices so the box fits, for every index dtype", arguments: allDTypes)
    func dynamicSlice(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 8 &+ UInt64(dtype.itemSize))
        let shape = [5, 4, 3]
        let x = try randomTensor(shape, dtype, &rng, wide: true)
        let xb = hostBits(x)
        for _ in 0..<20 {
            let sizes = shape.map { rng.int(0...$0) }
            let raw = shape.map { rng.int(-3...($0 + 3)) }
            let idt: DType = [.int32, .int64, .uint32][rng.int(0...2)]
            let idx = try raw.map { try makeIntTensor([Int64(idt == .uint32 ? Swift.max($0, 0) : $0)], [], idt) }
            let y = try runChecked1(DynamicSlice(sliceSizes: sizes), [x] + idx)
            let starts = (0..<3).map { Swift.min(Swift.max(idt == .uint32 ? Swift.max(raw[$0], 0) : raw[$0], 0), shape[$0] - sizes[$0]) }
            let want = allIndices(sizes).map { o in xb[ravel((0..<3).map { starts[$0] + o[$0] }, shape)] }
            #expect(y.shape == sizes && hostBits(y) == want, "sizes \(sizes) starts \(raw) (\(idt))")
        }
        let huge = try runChecked1(DynamicSlice(sliceSizes: [2]), [try makeTensor([1, 2, 3], [3], dtype), try makeIntTensor([Int64.max], [], .int64)])
        #expect(hostBits(huge) == hostBits(try makeTensor([2, 3], [2], dtype)))
        let scalar = try runChecked1(DynamicSlice(sliceSizes: []), [try makeTensor([9], [], dtype)])
        #expect(hostBits(scalar) == hostBits(try makeTensor([9], [], dtype)))
    }

    @Test("dynamic_update_slice writes a clamped box and leaves the operand unchanged", arguments: allDTypes)
    func dynamicUpdateSlice(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 9 &+ UInt64(dtype.itemSize))
        let shape = [4, 5, 3]
        let x = try randomTensor(shape, dtype, &rng, wide: true)
        let xb = hostBits(x)
        for _ in 0..<20 {
            let us = shape.map { rng.int(0...$0) }
            let u = try randomTensor(us, dtype, &rng, wide: true)
            let ub = hostBits(u)
            let raw = shape.map { rng.int(-3...($0 + 2)) }
            let idx = try raw.map { try makeIntTensor([Int64($0)], [], .int32) }
            let y = try runChecked1(DynamicUpdateSlice(), [x, u] + idx)
            let starts = (0..<3).map { Swift.min(Swift.max(raw[$0], 0), shape[$0] - us[$0]) }
            var want = xb
            for (k, o) in allIndices(us).enumerated() { want[ravel((0..<3).map { starts[$0] + o[$0] }, shape)] = ub[k] }
            #expect(y.shape == shape && hostBits(y) == want, "update \(us) at \(raw)")
            #expect(hostBits(x) == xb, "operand mutated")
        }
        let s = try runChecked1(DynamicUpdateSlice(), [try makeTensor([1], [], dtype), try makeTensor([0], [], dtype)])
        #expect(hostBits(s) == hostBits(try makeTensor([0], [], dtype)))
    }

    @Test("gather through take (clip and fill, negative indices, multi-dimensional indices)", arguments: allDTypes)
    func take(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 10 &+ UInt64(dtype.itemSize))
        let shape = [4, 3, 5]
        let x = try randomTensor(shape, dtype, &rng, wide: true)
        let xb = hostBits(x)
        let fill = hostBits(try Tensor.fillValue(for: dtype))[0]
        for axis in 0..<3 {
            for idxShape in [[], [1], [6], [2, 3], [0]] {
                let n = shape[axis]
                let raw = (0..<idxShape.reduce(1, *)).map { _ in rng.int((-n - 2)...(n + 1)) }
                for idt in [DType.int32, .int64] {
                    let idx = try makeIntTensor(raw.map(Int64.init), idxShape, idt)
                    for mode in [Gather.Mode.clip, .fill] {
                        let y = try Local.take(x, idx, axis: axis, mode: mode)
                        let outShape = Array(shape[..<axis]) + idxShape + Array(shape[(axis + 1)...])
                        let want = allIndices(outShape).map { o -> UInt64 in
                            let k = ravel(Array(o[axis..<(axis + idxShape.count)]), idxShape)
                            var i = raw[k] < 0 ? raw[k] + n : raw[k]
                            if i < 0 || i >= n {
                                if mode == .fill { return fill }
                                i = Swift.min(Swift.max(i, 0), n - 1)
                            }
                            let src = Array(o[..<axis]) + [i] + Array(o[(axis + idxShape.count)...])
                            return xb[ravel(src, shape)]
                        }
                        #expect(y.shape == outShape && hostBits(y) == want, "take axis \(axis) idx \(raw) \(idt) \(mode)")
                    }
                }
            }
        }
    }

    @Test("gather with explicit dimension numbers and batching dims")
    func gatherGeneral() throws {
        var rng = SplitMix64(seed: 11)
        let x = try randomTensor([3, 6, 4], .float32, &rng)
        let xb = hostBits(x)
        // Boxes of (1, 2, 3) at start (b, i, j) with operand batching dim 0 paired to indices dim 0.
        let dims = Gather.Dimensions(offsetDims: [1, 2], collapsedSliceDims: [], startIndexMap: [1, 2],
                                     operandBatchingDims: [0], startIndicesBatchingDims: [0])
        let starts: [Int64] = [0, 0, 4, 1, 5, 3]   // per batch row: (i, j)
        let idx = try makeIntTensor(starts, [3, 2], .int32)
        let y = try runChecked1(Gather(dimensions: dims, sliceSizes: [1, 2, 3], mode: .clip), [x, idx])
        #expect(y.shape == [3, 2, 3])
        let want = allIndices([3, 2, 3]).map { o -> UInt64 in
            let i = Swift.min(Int(starts[o[0] * 2]), 4), j = Swift.min(Int(starts[o[0] * 2 + 1]), 1)
            return xb[ravel([o[0], i + o[1], j + o[2]], [3, 6, 4])]
        }
        #expect(hostBits(y) == want)
        // Fill mode: a box that does not fit reads the fill value.
        let f = try runChecked1(Gather(dimensions: dims, sliceSizes: [1, 2, 3], mode: .fill), [x, idx])
        let fv = hostDoubles(f)
        #expect(fv[0..<12].allSatisfy { !$0.isNaN } && fv[12...].allSatisfy(\.isNaN), "only the third box (5, 3) does not fit")
    }

    @Test("pad with low, high (negative crops) and interior padding", arguments: allDTypes)
    func pad(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 12 &+ UInt64(dtype.itemSize))
        for _ in 0..<15 {
            let shape = randomShape(&rng, ranks: 0...3, dims: 0...4)
            let x = try randomTensor(shape, dtype, &rng, wide: true)
            let xb = hostBits(x)
            let v = try randomTensor([], dtype, &rng, wide: true)
            var config: [Pad.PadConfig] = []
            for n in shape {
                let interior = rng.int(0...2)
                let full = n + Swift.max(n - 1, 0) * interior
                let low = rng.int(-Swift.min(full, 2)...3)
                let high = rng.int(-Swift.min(full + Swift.min(low, 0), 2)...3)
                config.append(Pad.PadConfig(low: low, high: high, interior: interior))
            }
            let y = try runChecked1(Pad(paddingConfig: config), [x, v])
            let outShape = zip(shape, config).map { n, c in c.low + c.high + n + Swift.max(n - 1, 0) * c.interior }
            var want = [UInt64](repeating: hostBits(v)[0], count: outShape.reduce(1, *))
            for (k, i) in allIndices(shape).enumerated() {
                let p = zip(i, config).map { i, c in c.low + i * (c.interior + 1) }
                if zip(p, outShape).allSatisfy({ $0 >= 0 && $0 < $1 }) { want[ravel(p, outShape)] = xb[k] }
            }
            #expect(y.shape == outShape && hostBits(y) == want, "pad \(shape) \(config.map { ($0.low, $0.high, $0.interior) })")
        }
        // jnp.pad frontend: (before, after) per dimension, or one pair for all.
        let m = try makeTensor([1, 2, 3, 4], [2, 2], dtype)
        let p = try Local.pad(m, [(1, 0), (0, 1)], value: Tensor(0))
        #expect(try p.shape == [3, 3] && hostBits(p) == hostBits(try makeTensor([0, 0, 0, 1, 2, 0, 3, 4, 0], [3, 3], dtype)))
        #expect(try Local.pad(m, [(1, 1)]).shape == [4, 4])
    }

    @Test("iota along every dimension for every numeric dtype", arguments: numericDTypes)
    func iota(_ dtype: DType) throws {
        for shape in [[5], [2, 3], [3, 0], [2, 3, 4]] {
            for d in 0..<shape.count {
                let y = try runChecked1(Iota(dtype: dtype, shape: shape, dimension: d), [])
                #expect(y.shape == shape && y.dtype == dtype)
                #expect(hostDoubles(y) == allIndices(shape).map { Double($0[d]) }, "iota \(shape) dim \(d)")
            }
        }
        let ar = try Tensor.arange(2, 11, step: 3)
        #expect(ar.dtype == .int32 && hostInts(ar) == [2, 5, 8])
        let af = try Tensor.arange(0, 1, step: 0.25)
        #expect(af.dtype == .float32 && hostDoubles(af) == [0, 0.25, 0.5, 0.75])
        #expect(hostInts(try Tensor.arange(5, 0, step: -2)) == [5, 3, 1])
        #expect(try Tensor.arange(3, 3).shape == [0])
        #expect(hostDoubles(try Tensor.linspace(0, 1, count: 5)) == [0, 0.25, 0.5, 0.75, 1])
        #expect(hostDoubles(try Tensor.linspace(0, 1, count: 4, endpoint: false)) == [0, 0.25, 0.5, 0.75])
        #expect(hostDoubles(try Tensor.eye(2, 3, k: 1)) == [0, 1, 0, 0, 0, 1])
    }

    @Test("sort: one or several operands, every axis, NaN last, stable ties", arguments: allDTypes)
    func sort(_ dtype: DType) throws {
        var rng = SplitMix64(seed: 13 &+ UInt64(dtype.itemSize))
        for shape in [[1], [9], [3, 5], [2, 3, 4], [0, 3], [4, 0]] {
            let n = shape.reduce(1, *)
            var kv = (0..<n).map { _ in Double(rng.int(-3...3)) }
            if dtype.isFloatingPoint && n > 4 { kv[1] = .nan; kv[3] = -0.0; kv[4] = .infinity }
            if dtype == .int64 && n > 3 { kv[0] = Double(1 << 60); kv[2] = Double(1 << 60) + 256 }
            let keys = try makeTensor(kv, shape, dtype)
            let payload = try randomTensor(shape, .int32, &rng, wide: true)
            let kd = hostDoubles(keys), pb = hostBits(payload)
            for d in 0..<shape.count {
                let outs = try runChecked(Sort(dimension: d, numKeys: 1), [keys, payload])
                var wantK = [Double](repeating: 0, count: n), wantP = [UInt64](repeating: 0, count: n)
                for (flat, idx) in allIndices(shape).enumerated() where idx[d] == 0 {
                    _ = flat
                    let line = (0..<shape[d]).map { k -> Int in var j = idx; j[d] = k; return ravel(j, shape) }
                    let order = line.indices.sorted { a, b in
                        let (x, y) = (kd[line[a]], kd[line[b]])
                        if x.isNaN != y.isNaN { return !x.isNaN }   // NaN last
                        if x.isNaN || x == y { return a < b }        // stable (and -0 == 0)
                        return x < y
                    }
                    for (k, o) in order.enumerated() { wantK[line[k]] = kd[line[o]]; wantP[line[k]] = pb[line[o]] }
                }
                #expect(hostDoubles(outs[0]).map { $0.isNaN ? 1e300 : $0 } == wantK.map { $0.isNaN ? 1e300 : $0 }, "sort keys \(dtype) \(shape) dim \(d)")
                #expect(hostBits(outs[1]) == wantP, "sort payload \(dtype) \(shape) dim \(d)")
            }
        }
        // Two keys: lexicographic.
        let k1 = try makeTensor([1, 0, 1, 0], [4], dtype), k2 = try makeTensor([0, 1, 1, 0], [4], .int32)
        let outs = try runChecked(Sort(dimension: 0, numKeys: 2), [k1, k2, Tensor([0, 1, 2, 3])])
        #expect(hostInts(outs[2]) == [3, 1, 0, 2])
        // Frontends.
        #expect(hostInts(try Local.sort(Tensor([3, 1, 2]))) == [1, 2, 3])
        #expect(hostInts(try argsort(Tensor([3, 1, 2, 1]))) == [1, 3, 2, 0])
        #expect(hostInts(try argsort(try Tensor([3, 1, 2, 0], shape: [2, 2]), axis: 0)) == [1, 1, 0, 0])
    }
}

// MARK: - numpy indexing

@Suite("Indexing")
struct IndexingTests {
    /// Python's slice semantics for `x[start:stop:step]` on a length-n axis.
    static func pySlice(_ n: Int, _ start: Int?, _ stop: Int?, _ step: Int) -> [Int] {
        var out: [Int] = []
        if step > 0 {
            var lo = start ?? 0, hi = stop ?? n
            if lo < 0 { lo = Swift.max(lo + n, 0) }
            if hi < 0 { hi = Swift.max(hi + n, 0) }
            lo = Swift.min(lo, n); hi = Swift.min(hi, n)
            var i = lo
            while i < hi { out.append(i); i += step }
        } else {
            var lo = start ?? n - 1, hi = stop ?? -n - 1
            if lo < 0 { lo += n }
            if hi < 0 { hi += n }
            lo = Swift.min(Swift.max(lo, -1), n - 1); hi = Swift.max(Swift.min(hi, n - 1), -1)
            var i = lo
            while i > hi { out.append(i); i += step }
        }
        return out
    }

    @Test("x[start:stop:step] follows Python's slice rules, including negative steps and out-of-range bounds")
    func ranges() throws {
        let n = 10
        let x = Tensor.init((0..<n).map { Int32($0) })
        let bounds: [Int?] = [nil, 0, 3, 5, 9, 10, 15, -1, -3, -10, -100]
        for start in bounds {
            for stop in bounds {
                for step in [1, 2, 3, -1, -2, -3] {
                    let label = "x[\(start.map(String.init) ?? ""):\(stop.map(String.init) ?? ""):\(step)]"
                    do {
                        let y = try x[TensorIndex.range(start: start, stop: stop, step: step)]
                        #expect(hostInts(y) == Self.pySlice(n, start, stop, step).map(Int64.init), "\(label)")
                    } catch {
                        Issue.record("\(label) threw: \(error)")
                    }
                }
            }
        }
    }

    @Test("Swift ranges and strides as subscripts")
    func swiftRanges() throws {
        let x = Tensor((0..<10).map { Int32($0) })
        #expect(hostInts(try x[2..<5]) == [2, 3, 4])
        #expect(hostInts(try x[2...4]) == [2, 3, 4])
        #expect(hostInts(try x[7...]) == [7, 8, 9])
        #expect(hostInts(try x[..<2]) == [0, 1])
        #expect(hostInts(try x[...1]) == [0, 1])
        #expect(hostInts(try x[stride(from: 1, to: 8, by: 3)]) == [1, 4, 7])
        #expect(hostInts(try x[stride(from: 8, to: 2, by: -2)]) == [8, 6, 4])
        #expect(hostInts(try x[stride(from: 5, to: -1, by: -1)]) == [5, 4, 3, 2, 1, 0], "a stride's elements are the positions read")
        #expect(try hostInts(try x[-1]) == [9] && (try x[-1]).shape == [])
    }

    @Test("integer, range, all, newAxis and index-tensor subscripts on a matrix")
    func mixed() throws {
        let m = try Tensor((0..<12).map { Int32($0) }, shape: [3, 4])
        #expect(hostInts(try m[1]) == [4, 5, 6, 7])
        #expect(hostInts(try m[TensorIndex.all, 2]) == [2, 6, 10])
        #expect(hostInts(try m[1, -1]) == [7])
        #expect(try m[TensorIndex.newAxis, 1].shape == [1, 4])
        #expect(try m[1..<3, TensorIndex.newAxis].shape == [2, 1, 4])
        #expect(hostInts(try m[Tensor([2, 0, -1])]) == [8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11])
        #expect(hostInts(try m[TensorIndex.all, Tensor([3, 0])]) == [3, 0, 7, 4, 11, 8])
        #expect(hostInts(try m[1, Tensor([3, 0])]) == [7, 4])
        #expect(hostInts(try m[Tensor([0, 2]), 1]) == [1, 9])
        let grid = try m[try Tensor([0, 2, 1, 1], shape: [2, 2])]
        #expect(grid.shape == [2, 2, 4])
        // Out-of-range index arrays clamp, as JAX's x[idx].
        #expect(hostInts(try m[TensorIndex.all, Tensor([7, -9])]) == [3, 0, 7, 4, 11, 8])
        // A 0-d integer tensor index is static.
        #expect(hostInts(try m[Tensor(Int32(2)), 0]) == [8])
        #expect(hostInts(try m[try makeIntTensor([1], [], .uint32)]) == [4, 5, 6, 7])
    }
}
