// JAX's threefry2x32 PRNG, bit for bit, in both of JAX's modes
// (`jax_threefry_partitionable` true, the default, and false, "legacy").
// Vectors: shared/reference/prng.md, plus values computed with JAX 0.10.2
// (fold_in, randint, bernoulli, permutation, float64 uniform/normal; the
// float64 ones with jax_enable_x64).

import Foundation
import Testing
@testable import Local

// MARK: - Reference vectors

struct PRNGVectors: Sendable, CustomStringConvertible {
    let mode: PRNGImplementation
    let normal100Head: [UInt32]
    let normal8: [UInt32]
    let uniform8: [UInt32]
    let split2: [UInt32]
    let split3: [UInt32]
    let bits8: [UInt32]
    let bits5: [UInt32]
    let foldIn0by7: [UInt32]
    let foldIn42by12345: [UInt32]
    let foldIn1by0: [UInt32]
    let foldIn0by4e9: [UInt32]
    let randint0: [Int64]
    let randint42: [Int64]
    let randint1: [Int64]
    let randintFull: [Int64]
    let randintEmpty: [Int64]
    let randintU32: [UInt32]
    let bernoulli03: [Bool]
    let bernoulli05: [Bool]
    let permutation10: [Int64]
    let permutation7: [Int64]
    let permutationAxis1: [Int64]
    let permutationAxis0: [Int64]
    let bits42x3x5: [UInt32]
    let uniform42x3x5: [UInt32]
    let uniformMinMax: [UInt32]
    let normal42x2x3: [UInt32]
    let normalSplit: [UInt32]
    let split42by4: [UInt32]
    let uniform64: [UInt64]
    let normal64: [UInt64]
    let uniform64k42: [UInt64]
    let normal64k42: [UInt64]
    var description: String { mode.rawValue }

    static let legacy = PRNGVectors(
        mode: .legacy,
        normal100Head: [0xbffd93b6, 0x3f862a83, 0x3f63cb2f, 0x3d100a3a, 0xbf728617, 0x3f59ebf3, 0x3cfff68f, 0xbec784ea],
        normal8: [0x3da59e09, 0xbec5c22f, 0xbec055f0, 0x3fd5a0f0, 0xbfa34e10, 0x4007a0fb, 0xbf5bb3cc, 0x3f90b747],
        uniform8: [0x3f083ffe, 0x3eb30638, 0x3eb50948, 0x3f73d306, 0x3dcede20, 0x3f7ba37a, 0x3e4813b0, 0x3f5ef270],
        split2: [4146024105, 967050713, 2718843009, 1272950319],
        split3: [2467461003, 428148500, 3186719485, 3840466878, 2562233961, 1946702221],
        bits8: [2285895361, 1501764800, 1518642379, 4090693311, 433833334, 4221794875, 839183663, 3740430601],
        bits5: [2467461003, 428148500, 1688610540, 3840466878, 2562233961],
        foldIn0by7: [2716826189, 292468403],
        foldIn42by12345: [605133419, 3761158475],
        foldIn1by0: [507451445, 1853169794],
        foldIn0by4e9: [630905120, 2387907625],
        randint0: [8, 5, 7, 6, 7, 3, 0, 1, 2, 2],
        randint42: [-3, -2, 4, 4, -1, 1],
        randint1: [983812, 119958, 773430, 266940, 418041, 873932],
        randintFull: [-1836555756, -2060180431, 2060242805, 1626414596, -1440648910],
        randintEmpty: [7, 7, 7, 7],
        randintU32: [250432988, 1268406310, 801332082, 107250205, 516624522, 826104104, 1997759167],
        bernoulli03: [false, false, false, false, false, true, false, false, true, false, false, false, false, true, true, false],
        bernoulli05: [false, true, true, false, false, true, true, true, false],
        permutation10: [2, 7, 9, 6, 0, 8, 1, 3, 4, 5],
        permutation7: [6, 0, 2, 5, 4, 3, 1],
        permutationAxis1: [1, 3, 2, 0, 5, 7, 6, 4, 9, 11, 10, 8],
        permutationAxis0: [8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7],
        bits42x3x5: [1016697191, 1792542510, 21752309, 3647990511, 344551668, 3939928494, 861363423, 2655618431, 2390192106, 167227791, 201508585, 2676631123, 3104550939, 3018605412, 775411565],
        uniform42x3x5: [0x3e726640, 0x3ed5b00c, 0x3ba5f400, 0x3f596fea, 0x3da44b80, 0x3f6ad688, 0x3e4d5d70, 0x3f1e4984, 0x3f0e776e, 0x3d1f7b00, 0x3d402c60, 0x3f1f8a26, 0x3f390bb0, 0x3f33ec42, 0x3e38df58],
        uniformMinMax: [0xbf7ce204, 0x4033f1b8, 0xbfd90865, 0x403b2010, 0x400c0636, 0xbfda29c5, 0xbff156d1],
        normal42x2x3: [0x3f1cbd6a, 0x3f8fb0f9, 0x3f919416, 0xbf500f3d, 0xbf63f195, 0x3e0142d1],
        normalSplit: [0xbfbaa619, 0xc00302c5, 0xbfb64f02, 0x3f958e71, 0xbf79d06a, 0xbfa2cbf6],
        split42by4: [2954079971, 2575172198, 1139032965, 1035738655, 3276725750, 1223413151, 173471767, 13772463],
        uniform64: [0x3fe114e3e606f160, 0x3fef19f45a4a65da, 0x3fe3b83aa0d789ec, 0x3febcd941c395c70, 0x3fe43098d4abe358, 0x3fca29370510b848, 0x3fe7bac4b7618c58, 0x3feb409fecf370f0],
        normal64: [0x3fb5b72584b54599, 0x3ffe8e65f5149f63, 0x3fd2eb65a2774f56, 0x3ff1ef675a82cab7, 0x3fd5658e2bbdeb54, 0xbfea6f2602703f6f, 0x3fe4bd76b029bba9, 0x3ff0b22023a4df08],
        uniform64k42: [0x3fe49b2352c6244a, 0x3fd4a4195fd616a0, 0x3fc8c46711204e10, 0x3fec5e275ff43888, 0x3feaf25cecb4f3da],
        normal64k42: [0x3fd79dc43b3389fb, 0xbfdd7bb3f2eed210, 0xbfebaed8987ae950, 0x3ff3545495f31da7, 0x3ff00c8e36fc2916]
    )

    static let partitionable = PRNGVectors(
        mode: .partitionable,
        normal100Head: [0x3fcfb2bd, 0x40019df0, 0xbede0017, 0xbda10222, 0x3e34512c, 0xbf78dad7, 0xbefd97cc, 0x3efd1f31],
        normal8: [0x3fcfb2bd, 0x40019df0, 0xbede0017, 0xbda10222, 0x3e34512c, 0xbf78dad7, 0xbefd97cc, 0x3efd1f31],
        uniform8: [0x3f729a4e, 0x3f7a8436, 0x3eaa221c, 0x3eeff550, 0x3f11e43a, 0x3e2979a0, 0x3e9ed1d4, 0x3f3081cc],
        split2: [1797259609, 2579123966, 928981903, 3453687069],
        split3: [1797259609, 2579123966, 928981903, 3453687069, 4146024105, 2718843009],
        bits8: [4070199207, 4202968722, 1427181096, 2012915765, 2447653815, 710830403, 1332275837, 2961296638],
        bits5: [4070199207, 4202968722, 1427181096, 2012915765, 2447653815],
        foldIn0by7: [2716826189, 292468403],
        foldIn42by12345: [605133419, 3761158475],
        foldIn1by0: [507451445, 1853169794],
        foldIn0by4e9: [630905120, 2387907625],
        randint0: [9, 0, 2, 3, 1, 7, 2, 3, 3, 3],
        randint42: [-1, -1, -4, 4, 4, 4],
        randint1: [916124, 130511, 272320, 726449, 656072, 609124],
        randintFull: [-2116156571, -2057756336, 349724616, -593401283, -1189543933],
        randintEmpty: [7, 7, 7, 7],
        randintU32: [31327077, 89727312, 497208264, 1554082365, 957939715, 512339923, 538756240],
        bernoulli03: [false, false, false, false, false, true, false, false, false, true, false, true, false, false, false, false],
        bernoulli05: [true, false, false, false, true, false, true, false, false],
        permutation10: [0, 1, 8, 5, 6, 4, 3, 2, 7, 9],
        permutation7: [4, 2, 5, 3, 6, 0, 1],
        permutationAxis1: [3, 2, 0, 1, 7, 6, 4, 5, 11, 10, 8, 9],
        permutationAxis0: [8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7],
        bits42x3x5: [2098992034, 2919706841, 2646866425, 2409546199, 1935504149, 2516274904, 321304473, 3329172656, 3002007181, 3516005296, 1504549425, 3748733552, 3976630340, 3694233144, 2051079642],
        uniform42x3x5: [0x3efa3824, 0x3f2e0730, 0x3f1dc3f8, 0x3f0f9ec0, 0x3ee6bae4, 0x3f15fb4e, 0x3d9935b0, 0x3f466f24, 0x3f32eefe, 0x3f5191fa, 0x3eb35b34, 0x3f5f7122, 0x3f6d0690, 0x3f5c3186, 0x3ef481f8],
        uniformMinMax: [0x3e45cc60, 0x3f2b3428, 0x3e6b1a10, 0x3e4496d8, 0x401f27f6, 0x3f4b736e, 0x403ad7e7],
        normal42x2x3: [0xbce7df15, 0x3eef2be8, 0x3e976661, 0x3e1d3b24, 0xbdfe04eb, 0x3e5e211a],
        normalSplit: [0xc01c5132, 0xc0024897, 0x3e527a30, 0xbeb50488, 0xbf4310bb, 0xbf96dac9],
        split42by4: [1832780943, 270669613, 64467757, 2916123636, 2465931498, 255383827, 3134548294, 894150801],
        uniform64: [0x3fdac80056666e90, 0x3fcbaf91c7e6ed88, 0x3feee3e9d53441c8, 0x3fe2624ef17c9d1a, 0x3fe107ffd8233b78, 0x3fd6b6c4379c215c, 0x3fec419c0a55ac80, 0x3fe43def49a22dd6],
        normal64: [0xbfca5909049a141d, 0xbfe91ccd1e1b7b4a, 0x3ffd0eb0e61cf797, 0x3fc80b45ca1069ab, 0x3fb4b3c1e85a437c, 0xbfd7d0a9c9f7177f, 0x3ff30ae91e3b6324, 0x3fd5ac50b7414fb3],
        uniform64k42: [0x3fdb4f8123c40884, 0x3f8ebd996d6e8400, 0x3fe25f641d41e71a, 0x3fe75aad28c6a974, 0x3fe60275dc7869da],
        normal64k42: [0xbfc7a4a26c962159, 0xc0015bccfaa7ba3a, 0x3fc7ed8110b50460, 0x3fe397ad84a04356, 0x3fdf5603e3665211]
    )

}

// MARK: - Helpers

/// A position on a line where adjacent floats are one apart (sign-magnitude → two's complement).
func orderedBits(_ x: Float) -> Int64 {
    let b = Int64(x.bitPattern & 0x7FFF_FFFF)
    return x.sign == .minus ? -b : b
}

/// A position on a line where adjacent doubles are one apart.
func orderedBits(_ x: Double) -> Int64 {
    let b = Int64(bitPattern: x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF)
    return x.sign == .minus ? -b : b
}

/// The float32 elements' bit patterns.
func float32Bits(_ t: Tensor) -> [UInt32] { hostBits(t).map { UInt32($0) } }

/// The uint32 elements.
func uint32s(_ t: Tensor) -> [UInt32] { hostInts(t).map { UInt32($0) } }

/// Expects every float32 of `t` within `ulps` of the reference bit patterns.
///
/// Normal variates go through erf_inv, whose float32 kernel is being replaced
/// by XLA's exact polynomial: a failure here alone (uniform bit-exact) points
/// at the erf_inv kernel, not at the PRNG.
func expectNormalFloat32(_ t: Tensor, _ want: [UInt32], ulps: Int64 = 2, _ what: String,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let got = float32Bits(t)
    guard got.count == want.count else {
        Issue.record("\(what): \(got.count) values, expected \(want.count)", sourceLocation: sourceLocation)
        return
    }
    for (i, (g, w)) in zip(got, want).enumerated() {
        let d = Swift.abs(orderedBits(Float(bitPattern: g)) - orderedBits(Float(bitPattern: w)))
        if d > ulps {
            Issue.record("\(what) [\(i)]: \(Float(bitPattern: g)) is \(d) ulp from JAX's \(Float(bitPattern: w)) (allowed \(ulps)) — ERF_INV KERNEL (normal goes through erf_inv; uniform is bit-exact)",
                         sourceLocation: sourceLocation)
        }
    }
}

// MARK: - Tests

@Suite("PRNG (threefry2x32, both JAX modes)")
struct PRNGTests {
    static let modes: [PRNGVectors] = [.legacy, .partitionable]

    @Test("keys are raw uint32[2] as PRNGKey(seed), the same in both modes")
    func keys() {
        for mode in [PRNGImplementation.legacy, .partitionable] {
            Random.withImplementation(mode) {
                #expect(Random.key(0).dtype == .uint32 && Random.key(0).shape == [2])
                #expect(uint32s(Random.key(0)) == [0, 0])
                #expect(uint32s(Random.key(42)) == [0, 42])
                #expect(uint32s(PRNGKey(42)) == [0, 42])
                #expect(uint32s(Random.key(-1)) == [0, 4_294_967_295], "x64 off: a 32-bit seed's high word is 0")
                #expect(uint32s(Random.key(2_147_483_647)) == [0, 2_147_483_647])
                #expect(uint32s(Random.key(4_294_967_301)) == [1, 5], "seeds beyond 32 bits as jax_enable_x64")
            }
        }
    }

    @Test("threefry2x32 known-answer vectors (Random123 and JAX)")
    func threefryKnownAnswers() throws {
        func hash(_ key: (UInt32, UInt32), _ ctr: (UInt32, UInt32)) throws -> [UInt32] {
            let out = try bind(Threefry2x32(), [Tensor(key.0), Tensor(key.1), Tensor(ctr.0), Tensor(ctr.1)])
            #expect(out.count == 2 && out.allSatisfy { $0.dtype == .uint32 && $0.shape == [] })
            return out.flatMap(uint32s)
        }
        #expect(try hash((0, 0), (0, 0)) == [0x6B20_0159, 0x99BA_4EFE])
        #expect(try hash((0xFFFF_FFFF, 0xFFFF_FFFF), (0xFFFF_FFFF, 0xFFFF_FFFF)) == [0x1CB9_96FC, 0xBB00_2BE7])
        #expect(try hash((0x1319_8A2E, 0x0370_7344), (0x243F_6A88, 0x85A3_08D3)) == [0xC492_3A9C, 0x483D_F7A0])
        // JAX's threefry_2x32(key, count): counts hashed as (first half, second half), odd counts padded.
        let even = try Random.threefryFlat(Tensor(UInt32(0)), Tensor(UInt32(0)), bind1(Iota(dtype: .uint32, shape: [8]), []))
        #expect(uint32s(even) == [2_285_895_361, 1_501_764_800, 1_518_642_379, 4_090_693_311, 433_833_334, 4_221_794_875, 839_183_663, 3_740_430_601])
        let odd = try Random.threefryFlat(Tensor(UInt32(0)), Tensor(UInt32(42)), bind1(Iota(dtype: .uint32, shape: [5]), []))
        #expect(uint32s(odd) == [3_134_548_294, 3_733_159_049, 843_694_964, 894_150_801, 801_545_058])
        // The primitive broadcasts its four operands.
        let b = try runChecked(Threefry2x32(), [Tensor(UInt32(0)), Tensor(UInt32(0)), Tensor([UInt32(0), 0xFFFF_FFFF]), Tensor(UInt32(0))])
        #expect(b[0].shape == [2] && uint32s(b[0])[0] == 0x6B20_0159)
    }

    @Test("split into 2 and 3 keys", arguments: modes)
    func split(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let (a, b) = try Random.split(Random.key(0))
            #expect(uint32s(a) + uint32s(b) == v.split2)
            let two = try Random.split(Random.key(0), count: 2)
            #expect(two.shape == [2, 2] && two.dtype == .uint32 && uint32s(two) == v.split2)
            let three = try Random.split(Random.key(0), count: 3)
            #expect(three.shape == [3, 2] && uint32s(three) == v.split3)
            #expect(uint32s(try Random.split(Random.key(42), count: 4)) == v.split42by4)
            #expect(try Random.split(Random.key(42), count: 0).shape == [0, 2])
            // The rows are keys: each splits again.
            #expect(try Random.split(three[1]).0.shape == [2])
        }
    }

    @Test("random bits: 8, odd 5, and a 2-d shape", arguments: modes)
    func bits(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let b8 = try Random.bits(Random.key(0), shape: [8])
            #expect(b8.dtype == .uint32 && uint32s(b8) == v.bits8)
            #expect(uint32s(try Random.bits(Random.key(0), shape: [5])) == v.bits5)
            let b = try Random.bits(Random.key(42), shape: [3, 5])
            #expect(b.shape == [3, 5] && uint32s(b) == v.bits42x3x5)
            #expect(try Random.bits(Random.key(0), shape: [0, 3]).shape == [0, 3])
            #expect(try Random.bits(Random.key(0), shape: []).shape == [])
        }
    }

    @Test("uniform float32 is bit-exact", arguments: modes)
    func uniform(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let u = try Random.uniform(Random.key(0), shape: [8])
            #expect(u.dtype == .float32 && u.shape == [8] && float32Bits(u) == v.uniform8)
            #expect(float32Bits(try Random.uniform(Random.key(42), shape: [3, 5])) == v.uniform42x3x5)
            let r = try Random.uniform(Random.key(1), shape: [7], minval: -2, maxval: 3)
            #expect(hostDoubles(r).allSatisfy { $0 >= -2 && $0 < 3 })
            expectClose(hostDoubles(r), v.uniformMinMax.map { Double(Float(bitPattern: $0)) }, rtol: 0, atol: 1e-6, "uniform [-2, 3)")
        }
    }

    /// XLA on CPU contracts JAX's `floats * (maxval - minval) + minval` into
    /// one fused multiply-add, so bounds other than [0, 1) round once.
    @Test("uniform with minval/maxval is bit-exact (XLA rounds floats * span + minval once, as an FMA)", arguments: modes)
    func uniformBounds(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let r = try Random.uniform(Random.key(1), shape: [7], minval: -2, maxval: 3)
            expectElementsEqual(float32Bits(r), v.uniformMinMax, "uniform(PRNGKey(1), (7,), minval=-2, maxval=3) \(v.mode)")
        }
    }

    @Test("normal float32 within 2 ulp of JAX", arguments: modes)
    func normal(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let x8 = try Random.normal(Random.key(0), shape: [8])
            #expect(x8.dtype == .float32 && x8.shape == [8])
            expectNormalFloat32(x8, v.normal8, "normal(PRNGKey(0), (8,)) \(v.mode)")
            let x100 = try Random.normal(Random.key(0), shape: [100])
            expectNormalFloat32(try x100[0..<8], v.normal100Head, "normal(PRNGKey(0), (100,))[:8] \(v.mode)")
            expectNormalFloat32(try Random.normal(Random.key(42), shape: [2, 3]), v.normal42x2x3, "normal(PRNGKey(42), (2, 3)) \(v.mode)")
            let (_, k) = try Random.split(Random.key(0))
            expectNormalFloat32(try Random.normal(k, shape: [6]), v.normalSplit, "normal(split(PRNGKey(0))[1], (6,)) \(v.mode)")
        }
    }

    @Test("fold_in (identical in both modes)", arguments: modes)
    func foldIn(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let k = try Random.foldIn(Random.key(0), 7)
            #expect(k.dtype == .uint32 && k.shape == [2] && uint32s(k) == v.foldIn0by7)
            #expect(uint32s(try Random.foldIn(Random.key(42), 12345)) == v.foldIn42by12345)
            #expect(uint32s(try Random.foldIn(Random.key(1), 0)) == v.foldIn1by0)
            #expect(uint32s(try Random.foldIn(Random.key(0), 4_000_000_000)) == v.foldIn0by4e9)
            // Data as a tensor of any integer dtype.
            #expect(uint32s(try Random.foldIn(Random.key(0), Tensor(Int32(7)))) == v.foldIn0by7)
            #expect(uint32s(try Random.foldIn(Random.key(0), Tensor(Int64(7)))) == v.foldIn0by7)
            #expect(uint32s(try Random.foldIn(Random.key(0), Tensor(UInt32(4_000_000_000)))) == v.foldIn0by4e9)
        }
    }

    @Test("randint (int32 and uint32, empty ranges, the full int32 range)", arguments: modes)
    func randint(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let r = try Random.randint(Random.key(0), shape: [10], minval: 0, maxval: 10)
            #expect(r.dtype == .int32 && hostInts(r) == v.randint0)
            #expect(hostInts(try Random.randint(Random.key(42), shape: [6], minval: -5, maxval: 5)) == v.randint42)
            let r1 = try Random.randint(Random.key(1), shape: [2, 3], minval: -1000, maxval: 1_000_000)
            #expect(r1.shape == [2, 3] && hostInts(r1) == v.randint1)
            #expect(hostInts(try Random.randint(Random.key(0), shape: [5], minval: Int(Int32.min), maxval: Int(Int32.max))) == v.randintFull)
            #expect(hostInts(try Random.randint(Random.key(0), shape: [4], minval: 7, maxval: 3)) == v.randintEmpty)
            let u = try Random.randint(Random.key(0), shape: [7], minval: 0, maxval: 2_000_000_000, dtype: .uint32)
            #expect(u.dtype == .uint32 && uint32s(u) == v.randintU32)
        }
    }

    @Test("bernoulli", arguments: modes)
    func bernoulli(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let b = try Random.bernoulli(Random.key(0), p: 0.3, shape: [16])
            #expect(b.dtype == .bool && hostBools(b) == v.bernoulli03)
            #expect(hostBools(try Random.bernoulli(Random.key(42), shape: [9])) == v.bernoulli05)
        }
    }

    @Test("permutation of 0..<n and of an array along an axis", arguments: modes)
    func permutation(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let p = try Random.permutation(Random.key(0), 10)
            #expect(p.dtype == .int32 && hostInts(p) == v.permutation10)
            #expect(hostInts(try Random.permutation(Random.key(42), 7)) == v.permutation7)
            let x = try Tensor((0..<12).map { Int32($0) }, shape: [3, 4])
            let a1 = try Random.permutation(Random.key(1), x, axis: 1)
            #expect(a1.shape == [3, 4] && hostInts(a1) == v.permutationAxis1)
            #expect(hostInts(try Random.permutation(Random.key(1), x)) == v.permutationAxis0)
            #expect(hostInts(try Random.permutation(Random.key(3), 1)) == [0])
            #expect(try Random.permutation(Random.key(3), 0).shape == [0])
        }
    }

    @Test("float64 uniform is bit-exact and float64 normal within 2 ulp (jax_enable_x64)", arguments: modes)
    func float64(_ v: PRNGVectors) throws {
        try Random.withImplementation(v.mode) {
            let u = try Random.uniform(Random.key(0), shape: [8], dtype: .float64)
            #expect(u.dtype == .float64 && hostBits(u) == v.uniform64)
            #expect(hostBits(try Random.uniform(Random.key(42), shape: [5], dtype: .float64)) == v.uniform64k42)
            for (key, want) in [(0, v.normal64), (42, v.normal64k42)] {
                let n = try Random.normal(Random.key(key), shape: [want.count], dtype: .float64)
                #expect(n.dtype == .float64)
                for (i, (g, w)) in zip(hostBits(n), want).enumerated() {
                    let d = Swift.abs(orderedBits(Double(bitPattern: g)) - orderedBits(Double(bitPattern: w)))
                    #expect(d <= 2, "float64 normal(PRNGKey(\(key)))[\(i)] \(v.mode): \(Double(bitPattern: g)) is \(d) ulp from JAX's \(Double(bitPattern: w)) — ERF_INV KERNEL")
                }
            }
        }
    }

    @Test("print(dot(x, x)) for x = normal(PRNGKey(0), [100]): Array(89.16818, dtype=float32) in legacy mode")
    func seedNotebookDot() throws {
        let legacy: Tensor = try Random.withImplementation(.legacy) {
            let x = try Random.normal(PRNGKey(0), shape: [100])
            return try dot(x, x)
        }
        #expect(legacy.dtype == .float32 && legacy.shape == [])
        let value = Double(try legacy.item(Float.self))
        #expect(Swift.abs(value - 89.16818) <= 1e-4 * 89.16818, "\(legacy)")
        #expect(legacy.description.hasPrefix("Array(89.168") && legacy.description.hasSuffix(", dtype=float32)"), "\(legacy)")
        // JAX's default (partitionable) gives other numbers: 89.83123.
        let x = try Random.normal(PRNGKey(0), shape: [100])
        let p = Double(try dot(x, x).item(Float.self))
        #expect(Swift.abs(p - 89.83123) <= 1e-4 * 89.83123)
    }

    @Test("the mode is scoped, restored after errors, and per thread")
    func scoping() throws {
        #expect(Random.implementation == .partitionable, "JAX's default today")
        Random.withImplementation(.legacy) {
            #expect(Random.implementation == .legacy)
            Random.withImplementation(.partitionable) { #expect(Random.implementation == .partitionable) }
            #expect(Random.implementation == .legacy)
            // Another thread starts with the default.
            let done = DispatchSemaphore(value: 0)
            let seen = Mutex<PRNGImplementation?>(nil)
            let thread = Thread {
                seen.withLock { $0 = Random.implementation }
                done.signal()
            }
            thread.start()
            done.wait()
            #expect(seen.withLock { $0 } == .partitionable)
        }
        #expect(Random.implementation == .partitionable)
        struct Boom: Error {}
        #expect(throws: Boom.self) { try Random.withImplementation(.legacy) { throw Boom() } }
        #expect(Random.implementation == .partitionable)
        // Same key, same numbers; different keys, different numbers.
        let a = try Random.uniform(Random.key(5), shape: [4]), b = try Random.uniform(Random.key(5), shape: [4])
        #expect(hostBits(a) == hostBits(b))
        #expect(hostBits(a) != hostBits(try Random.uniform(Random.key(6), shape: [4])))
    }
}
