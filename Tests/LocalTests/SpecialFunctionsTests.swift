// erf_inv, erf and logistic against what JAX 0.10.2 on CPU (XLA:CPU, x86-64
// with FMA) returns, on dense grids of inputs. The grids are recomputed here
// from integer / IEEE-exact formulas (and checked by hash); only JAX's outputs
// are stored, base64-encoded. Regenerate with gen_tables.py (kept with the
// helper package that produced these kernels, /work/helper-prng/scripts).
//
// Every table must match bit for bit (NaNs compare equal whatever their
// payload). The float32 kernels were also compared with JAX on all 2^32 inputs
// and are bit-identical; these few thousand points per function keep a
// regression visible in the normal test run.

import Testing

@testable import Local
import CKernels

@Suite("Special functions (XLA:CPU bit-exact)")
struct SpecialFunctionsTests {
    // MARK: - Dense grids

    @Test("erfInv(Float) matches lax.erf_inv on 20k points of (-1, 1) and specials")
    func erfInvFloat() {
        check(ReferenceGrid.erfInvF32, JAXReference.erfInvF32, SpecialFunctions.erfInv, "erfInv f32")
    }

    @Test("erfInv(Double) matches lax.erf_inv on all three regions")
    func erfInvDouble() {
        check(ReferenceGrid.erfInvF64, JAXReference.erfInvF64, SpecialFunctions.erfInv, "erfInv f64")
    }

    @Test("erf(Float) matches lax.erf")
    func erfFloat() {
        check(ReferenceGrid.erfF32, JAXReference.erfF32, SpecialFunctions.erf, "erf f32")
    }

    @Test("erf(Double) matches lax.erf (libm erf)")
    func erfDouble() {
        check(ReferenceGrid.erfF64, JAXReference.erfF64, SpecialFunctions.erf, "erf f64")
    }

    @Test("logistic(Float) matches lax.logistic, including the flush to 0 below -87.3")
    func logisticFloat() {
        check(ReferenceGrid.logisticF32, JAXReference.logisticF32, SpecialFunctions.logistic, "logistic f32")
    }

    @Test("logistic(Double) matches lax.logistic")
    func logisticDouble() {
        check(ReferenceGrid.logisticF64, JAXReference.logisticF64, SpecialFunctions.logistic, "logistic f64")
    }

    // MARK: - jax.random.normal

    /// (x, jnp.tanh(x)) as float32 bit patterns, from JAX 0.10.2 under jit on
    /// this machine (x86-64 with FMA): zeros, denormals, the 0.0004
    /// pass-through bound, the clamp at 7.99881172, infinities, NaN and
    /// random normals × 3.
    static let tanhCases: [(UInt32, UInt32)] = [
    (0x00000000, 0x00000000), (0x80000000, 0x80000000), (0x00000001, 0x00000001), (0x80000001, 0x80000001),
    (0x006ce3ee, 0x006ce3ee), (0x399d4952, 0x399d4952), (0x39d1b5c0, 0x39d1b5c0), (0x39d1b717, 0x39d1b714),
    (0x39d1b86f, 0x39d1b86d), (0xb9d1b717, 0xb9d1b714), (0x3a83126f, 0x3a83126b), (0x3dcccccd, 0x3dcc1ebb),
    (0x3f000000, 0x3eec9a9f), (0xbf000000, 0xbeec9a9f), (0x3f800000, 0x3f42f7d6), (0xbf800000, 0xbf42f7d6),
    (0x40000000, 0x3f76ca83), (0x40400000, 0x3f7ebbe8), (0x40900000, 0x3f7fefd3), (0x40e00000, 0x3f7fffe4),
    (0x40fccccd, 0x3f7ffffc), (0x40ffef9e, 0x3f7ffffd), (0x40fff644, 0x3f800000), (0x41000000, 0x3f800000),
    (0x41100000, 0x3f800000), (0x41200000, 0x3f800000), (0x41a00000, 0x3f800000), (0xc1a00000, 0xbf800000),
    (0x42b00000, 0x3f800000), (0x501502f9, 0x3f800000), (0xd01502f9, 0xbf800000), (0x7f800000, 0x3f800000),
    (0xff800000, 0xbf800000), (0x7fc00000, 0x7fc00000), (0xc06f3704, 0xbf7fb5be), (0x4035d6ec, 0x3f7e4335),
    (0x407a5e36, 0x3f7fcb97), (0xc0df33f5, 0xbf7fffe4), (0x3b71dba6, 0x3b71db5e), (0x3f656fc4, 0x3f36e6e3),
    (0xbf5289b2, 0xbf2d2756), (0xc02afe5f, 0xbf7d909a), (0xbfae97f5, 0xbf609813), (0xc03e6569, 0xbf7eab4d),
    (0x3e38c2da, 0x3e36c82c), (0x4080a921, 0x3f7fd5d5), (0xbfbd01de, 0xbf669cf8), (0xbfee432a, 0xbf73eb60),
    (0x3fbc196f, 0x3f6644c7), (0x3f890b6c, 0x3f4a2a73), (0x3ea1ea92, 0x3e9cb9e1), (0xc032a65d, 0xbf7e14c1),
    (0xbdb3b924, 0xbdb34365), (0x40057f8b, 0x3f783908), (0xc0810b6b, 0xbf7fd6d2), (0xbfafb976, 0xbf611c65),
    (0xc0b68473, 0xbf7ffe8c), (0xc077975c, 0xbf7fc6d8), (0xc0b0ce7b, 0xbf7ffdeb), (0xbf348ccc, 0xbf1b9284),
    (0xc0735988, 0xbf7fbebf), (0x3f5054be, 0x3f2bf30d), (0x3ef0c508, 0x3ee07679), (0xbf0f901e, 0xbf023158),
    (0xc0f19be2, 0xbf7ffff7), (0xbfcedbaa, 0xbf6c8ec1), (0xbe14feb2, 0xbe13f3c7), (0x3eae0ae8, 0x3ea7a291),
    (0xc092e49e, 0xbf7ff280), (0xbfb7750f, 0xbf646fea), (0xc03be02c, 0xbf7e8f72), (0xc01b4bf8, 0xbf7c08f2),
    (0x404bb14a, 0x3f7f1ef0), (0xc01b0bf2, 0xbf7c010a), (0xbdc7d038, 0xbdc72e87), (0x4029cd88, 0x3f7d7917),
    (0xbfe01a42, 0xbf7103f5), (0xbeab92fe, 0xbea56d82),
    ]

    @Test("tanh(Float) matches jnp.tanh bit for bit: eager, vectorised kernel, scalar path and inside a jitted scan")
    func tanhFloat() throws {
        let xs = Self.tanhCases.map { Float(bitPattern: $0.0) }
        let want = Self.tanhCases.map { Float(bitPattern: $0.1) }
        func same(_ a: [Float], _ b: [Float]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
        }
        #expect(same(try tanh(Tensor(xs)).toArray(Float.self), want))
        #expect(same(xs.map { Tanh().apply(float: $0) }, want))
        // A large array goes through the thread pool in chunks.
        let big = Array(repeating: xs, count: 2000).flatMap { $0 }
        #expect(same(try tanh(Tensor(big)).toArray(Float.self), Array(repeating: want, count: 2000).flatMap { $0 }))
        let (_, ys) = try jit { (x: Tensor) in try scan({ (c: Tensor, v: Tensor) in (c, try tanh(v)) }, initial: Tensor(Float(0)), over: x) }(Tensor(xs))
        #expect(same(try ys.toArray(Float.self), want))
        // Machines without FMA instructions take libm's fmaf: the same bits.
        #expect(same(xs.map(pmap_tanh_f32_soft_fma), want))
        var state: UInt32 = 12345
        let sample: [Float] = (0..<100_000).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(bitPattern: (state & 0x807F_FFFF) | (((state >> 23) % 12 + 117) << 23))   // |x| in [2^-10, 2^2)
        }
        #expect(same(sample.map(pmap_tanh_f32_soft_fma), try tanh(Tensor(sample)).toArray(Float.self)))
    }

    @Test("normal(PRNGKey(0), (8,)) from the legacy bits, bit for bit")
    func normalKey0() {
        let bits: [UInt32] = [
            0x883F_FEC1, 0x5983_1CC0, 0x5A84_A4CB, 0xF3D3_06BF,
            0x19DB_C576, 0xFBA3_7A3B, 0x3204_ED2F, 0xDEF2_7109,
        ]
        let expected: [UInt32] = [
            0x3DA5_9E09, 0xBEC5_C22F, 0xBEC0_55F0, 0x3FD5_A0F0,
            0xBFA3_4E10, 0x4007_A0FB, 0xBF5B_B3CC, 0x3F90_B747,
        ]
        #expect(bits.map { Self.normal(bits: $0).bitPattern } == expected)
        // The same values in decimal, as JAX prints them.
        let printed: [Float] = [
            0.080867834, -0.38624713, -0.37565565, 1.6689739,
            -1.2758198, 2.1192005, -0.85821223, 1.1305932,
        ]
        #expect(bits.map(Self.normal(bits:)) == printed)
    }

    @Test("normal(PRNGKey(42), (4096,)) end to end: threefry bits, uniform, erfInv")
    func normalKey42() throws {
        let reference = try #require(JAXReference.normalKey42.decoded32())
        // Legacy random_bits: threefry_2x32(key, iota(n)), key = PRNGKey(42) = [0, 42].
        let half = 2048
        var y0 = [UInt32](repeating: 0, count: half), y1 = y0
        let c0 = (0..<half).map(UInt32.init), c1 = (half..<2 * half).map(UInt32.init)
        c0.withUnsafeBufferPointer { c0 in c1.withUnsafeBufferPointer { c1 in
        y0.withUnsafeMutableBufferPointer { y0 in y1.withUnsafeMutableBufferPointer { y1 in
            Threefry.hash(key: (0, 42), count1: c0, count2: c1, out1: y0, out2: y1)
        } } } }
        let got = (y0 + y1).map { Self.normal(bits: $0).bitPattern }
        let mismatches = zip(got, reference).filter { $0 != $1 }.count
        #expect(mismatches == 0, "\(mismatches) of 4096 normals differ from JAX")
    }

    /// `jax.random.normal` for float32 from one 32-bit draw: uniform in
    /// `[nextafter(-1, 0), 1)` from the top 23 bits, then `sqrt(2) * erf_inv`.
    static func normal(bits: UInt32) -> Float {
        let f = Float(bitPattern: (bits >> 9) | 0x3F80_0000) - 1
        let lo = (-1 as Float).nextUp, hi: Float = 1
        // hi - lo rounds to 2 in float32, so the multiply-add is exact
        // whether or not XLA fuses it.
        let u = max(lo, f * (hi - lo) + lo)
        return Float(2).squareRoot() * SpecialFunctions.erfInv(u)
    }

    // MARK: - Edge cases, by name

    @Test("Edge values")
    func edges() {
        #expect(SpecialFunctions.erfInv(Float(1)) == .infinity)
        #expect(SpecialFunctions.erfInv(Float(-1)) == -.infinity)
        #expect(SpecialFunctions.erfInv(Float(1.5)).isNaN)
        #expect(SpecialFunctions.erfInv(Float.nan).isNaN)
        #expect(SpecialFunctions.erfInv(Double(1)) == .infinity)
        #expect(SpecialFunctions.erfInv(Double(-1)) == -.infinity)
        #expect(SpecialFunctions.erfInv(Double(-2)).isNaN)
        #expect(SpecialFunctions.erfInv(Float(0)) == 0)
        // DAZ / FTZ, as XLA:CPU: subnormal in, zero out; tiny results flushed.
        #expect(SpecialFunctions.erfInv(Float(bitPattern: 0x8000_0001)).bitPattern == 0x8000_0000)
        #expect(SpecialFunctions.erfInv(Float(bitPattern: 0x0090_6EBB)) == 0)
        #expect(SpecialFunctions.erf(Float.infinity) == 1)
        #expect(SpecialFunctions.erf(-Float.infinity) == -1)
        #expect(SpecialFunctions.logistic(Float(-87.4)) == 0)
        #expect(SpecialFunctions.logistic(Float(100)) == 1)
        #expect(SpecialFunctions.logistic(Float(0)) == 0.5)
        #expect(SpecialFunctions.logistic(Float.nan).isNaN)
        #expect(SpecialFunctions.logistic(Double(-708.5)) == 0)
        #expect(SpecialFunctions.logistic(Double(0)) == 0.5)
        #expect(SpecialFunctions.logistic(-Double.infinity) == 0)
        #expect(SpecialFunctions.logistic(Double.infinity) == 1)
    }

    // MARK: - Helpers

    /// Compares `f` on `inputs` with JAX's outputs; reports the worst ulp error.
    private func check(
        _ inputs: [UInt32], _ table: ReferenceTable, _ f: (Float) -> Float, _ name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        compare(inputs, table, name, sourceLocation) { f(Float(bitPattern: $0)).bitPattern }
    }

    /// Compares `f` on `inputs` with JAX's outputs; reports the worst ulp error.
    private func check(
        _ inputs: [UInt64], _ table: ReferenceTable, _ f: (Double) -> Double, _ name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        compare(inputs, table, name, sourceLocation) { f(Double(bitPattern: $0)).bitPattern }
    }

    private func compare<B: FixedWidthInteger & UnsignedInteger>(
        _ inputs: [B], _ table: ReferenceTable, _ name: String, _ sourceLocation: SourceLocation,
        _ f: (B) -> B
    ) {
        #expect(inputs.count == table.count, "\(name): grid size", sourceLocation: sourceLocation)
        #expect(fnv1a(inputs) == table.inputHash, "\(name): grid drifted from gen_tables.py", sourceLocation: sourceLocation)
        guard let reference: [B] = table.decoded(), reference.count == inputs.count else {
            Issue.record("\(name): bad reference table", sourceLocation: sourceLocation)
            return
        }
        var worst: UInt64 = 0, worstInput: B = 0, mismatches = 0
        for (bits, want) in zip(inputs, reference) {
            let d = ulpDistance(f(bits), want)
            if d > 0 { mismatches += 1 }
            if d > worst { worst = d; worstInput = bits }
        }
        #expect(
            mismatches == 0,
            "\(name): \(mismatches) of \(inputs.count) differ from JAX; max \(worst) ulp at bits 0x\(String(worstInput, radix: 16))",
            sourceLocation: sourceLocation)
    }
}

// MARK: - Bit-pattern utilities

/// Distance in units in the last place between two float32 or float64 bit
/// patterns; 0 for two NaNs, `.max` for one NaN.
private func ulpDistance<B: FixedWidthInteger & UnsignedInteger>(_ a: B, _ b: B) -> UInt64 {
    let signBit = UInt64(1) << (B.bitWidth - 1)
    let exponentMask: UInt64 = B.bitWidth == 32 ? 0x7F80_0000 : 0x7FF0_0000_0000_0000
    func isNaN(_ u: UInt64) -> Bool { u & exponentMask == exponentMask && u & ~(signBit | exponentMask) != 0 }
    let ua = UInt64(a), ub = UInt64(b)
    if isNaN(ua) || isNaN(ub) { return isNaN(ua) && isNaN(ub) ? 0 : .max }
    // Map sign-magnitude patterns onto a line where adjacent floats differ by 1.
    func ordered(_ u: UInt64) -> Int64 { u & signBit != 0 ? -Int64(u & ~signBit) : Int64(u) }
    let (d, overflow) = ordered(ua).subtractingReportingOverflow(ordered(ub))
    return overflow ? .max : d.magnitude
}

private func fnv1a<B: FixedWidthInteger>(_ values: [B]) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for v in values {
        h ^= UInt64(truncatingIfNeeded: v)
        h &*= 0x100_0000_01B3
    }
    return h
}

/// Decodes standard base64, ignoring whitespace and newlines.
private func base64Decode(_ text: String) -> [UInt8]? {
    var out: [UInt8] = []
    var acc: UInt32 = 0, nbits = 0
    for c in text.utf8 {
        let v: UInt32
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"): v = 62
        case UInt8(ascii: "/"): v = 63
        case UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\n"): continue
        default: return nil
        }
        acc = (acc << 6) | v
        nbits += 6
        if nbits >= 8 {
            nbits -= 8
            out.append(UInt8(truncatingIfNeeded: acc >> UInt32(nbits)))
        }
    }
    return out
}

/// JAX's outputs on one grid, little-endian and base64-encoded.
private struct ReferenceTable {
    var count: Int
    /// FNV-1a of the input bit patterns the outputs belong to (0: not a grid).
    var inputHash: UInt64
    /// The outputs, little-endian bit patterns, base64.
    var outputs: String

    /// The outputs as `B` bit patterns (UInt32 for float32, UInt64 for float64).
    func decoded<B: FixedWidthInteger>() -> [B]? {
        guard let bytes = base64Decode(outputs), bytes.count == count * B.bitWidth / 8 else { return nil }
        let size = B.bitWidth / 8
        return (0..<count).map { i in
            var v: B = 0
            for j in 0..<size { v |= B(bytes[i * size + j]) << (8 * j) }
            return v
        }
    }

    func decoded32() -> [UInt32]? { decoded() }
}

/// The input grids of scripts/gen_tables.py, recomputed.
private enum ReferenceGrid {
    static let f32Specials: [UInt32] = [
        0x0000_0000, 0x8000_0000, 0x3F80_0000, 0xBF80_0000, 0x3FC0_0000, 0xBFC0_0000,
        0x7F80_0000, 0xFF80_0000, 0x7FC0_0000, 0x0080_0000, 0x8080_0000, 0x0000_0001,
        0x807F_FFFF, 0x3F7F_FFFF, 0xBF7F_FFFF, 0x3F80_0001, 0x0090_6EBB, 0x8090_6EBB,
    ]
    static let f64Specials: [UInt64] = [
        0x0000_0000_0000_0000, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000,
        0x3FF8_0000_0000_0000, 0xBFF8_0000_0000_0000, 0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000,
        0x7FF8_0000_0000_0000, 0x0010_0000_0000_0000, 0x8010_0000_0000_0000, 0x0000_0000_0000_0001,
        0x800F_FFFF_FFFF_FFFF, 0x3FEF_FFFF_FFFF_FFFF, 0xBFEF_FFFF_FFFF_FFFF, 0x3FF0_0000_0000_0001,
    ]

    /// Bit-spaced magnitudes in `[0, top)` with alternating signs, a linear
    /// grid of `lo...hi` rounded from Double, ulp offsets below ±1, specials.
    static func grid32(top: UInt32, log nLog: Int, lo: Double, hi: Double, linear nLin: Int,
                       nearOne: Int = 0, extra: [UInt32] = []) -> [UInt32] {
        var bits: [UInt32] = []
        for i in 0..<nLog {
            let b = UInt32(UInt64(i) * UInt64(top) / UInt64(nLog))
            bits.append(i % 2 == 1 ? b | 0x8000_0000 : b)
        }
        for i in 0..<nLin {
            bits.append(Float(lo + (hi - lo) * Double(2 * i + 1) / Double(2 * nLin)).bitPattern)
        }
        for i in 0..<nearOne {
            let b = 0x3F80_0000 - 1 - UInt32(i + i * i / 16)
            bits.append(i % 2 == 1 ? b | 0x8000_0000 : b)
        }
        return bits + f32Specials + extra
    }

    /// The float64 analogue of `grid32`.
    static func grid64(top: UInt64, log nLog: Int, lo: Double, hi: Double, linear nLin: Int,
                       nearOne: Int = 0, extra: [Double] = []) -> [UInt64] {
        var bits: [UInt64] = []
        let step = top / UInt64(nLog)
        for i in 0..<nLog {
            let b = UInt64(i) * step
            bits.append(i % 2 == 1 ? b | (1 << 63) : b)
        }
        for i in 0..<nLin {
            bits.append((lo + (hi - lo) * Double(2 * i + 1) / Double(2 * nLin)).bitPattern)
        }
        for i in 0..<nearOne {
            let k = UInt64(i)
            let b = 0x3FF0_0000_0000_0000 - 1 - (k + k * k * k * k * k)
            bits.append(i % 2 == 1 ? b | (1 << 63) : b)
        }
        return bits + f64Specials + extra.map(\.bitPattern)
    }

    static let erfInvF32 = grid32(top: 0x3F80_0000, log: 8000, lo: -1, hi: 1, linear: 8000, nearOne: 4000)
    static let erfF32 = grid32(
        top: 0x4080_0000, log: 2000, lo: -5, hi: 5, linear: 2000,
        extra: [0x4075_47CB, 0xC075_47CB, 0x4075_47CA, 0xC075_47CA])
    static let logisticF32 = grid32(
        top: 0x42C8_0000, log: 2000, lo: -100, hi: 100, linear: 2000,
        extra: [0xC2AE_B0BB, 0xC2AF_999A, 0x42AF_999A, 0xC2B1_999A, 0x42B1_999A, 0xC2B1_7218, 0x42B1_7218,
                0xC2B2_0000, 0x42B2_0000, 0xC2CF_F1B5])
    static let erfInvF64 = grid64(top: 0x3FF0_0000_0000_0000, log: 1000, lo: -1, hi: 1, linear: 1000, nearOne: 1000)
    static let erfF64 = grid64(top: 0x4018_0000_0000_0000, log: 500, lo: -6, hi: 6, linear: 500)
    static let logisticF64 = grid64(
        top: 0x4089_0000_0000_0000, log: 1000, lo: -800, hi: 800, linear: 1000,
        extra: [708.3964185322641, -708.3964185322641, 709.782712893384, -709.782712893384,
                -709.7827128933841, -708.5, -709.0, 745.2, -745.2, 36.8, -36.8])
}

/// JAX 0.10.2 outputs (CPU, x86-64 with FMA) on the grids above.
private enum JAXReference {
    // BEGIN GENERATED by scripts/gen_tables.py — do not edit by hand.
    /// `lax.erf_inv` on float32, grid `ReferenceGrid.erfInvF32`.
    static let erfInvF32 = ReferenceTable(
        count: 20018, inputHash: 0x340B78537339270A,
        outputs: """
        AAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAA
        AAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAA
        AIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAA
        AAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAlaiBAJd1g4CZQoUA
        mw+HgJ3ciACfqYqAoXaMAKRDjoCmEJAAqN2RgKqqkwCsd5WArkSXALARmYCy3poAtKucgLZ4ngC4RaCAuhKiALzfo4C+rKUAwXmn
        gMNGqQDFE6uAx+CsAMmtroDLerAAzUeygM8UtADR4bWA0663ANV7uYDXSLsA2RW9gNzivgDer8CA4HzCAOJJxIDkFsYA5uPHgOiw
        yQDqfcuA7ErNAO4Xz4Dw5NAA8rHSgPR+1AD3S9aA+RjYAPvl2YD9stsA/3/dgAFN3wADGuGASO7iAEyI5oBQIuoAU7ztgFdW8QBb
        8PSAYYr4AGUk/IBpvv8ANqwBgTh5AwE6RgWBPBMHAT/gCIFBrQoBQ3oMgUVHDgFHFBCBSeERAUuuE4FNexUBT0gXgVEVGQFT4hqB
        Va8cAVd8HoFaSSABXBYigV7jIwFgsCWBYn0nAWRKKYFmFysBaOQsgWqxLgFsfjCBbksyAXAYNIFy5TUBdbI3gXd/OQF5TDuBexk9
        AX3mPoF/s0ABgYBCgYNNRAGFGkaBh+dHAYm0SYGLgUsBjU5NgZAbTwGS6FCBlLVSAZaCVIGYT1YBmhxYgZzpWQGetluBoINdAaJQ
        X4GkHWEBifVigY2PZgGTKWqBl8NtAZtdcYGf93QBopF4gaYrfAGqxX+B2K+BAdp8g4HcSYUB3haHgeDjiAHisIqB5H2MAeZKjoHo
        F5AB6uSRgeyxkwHufpWB8EuXAfMYmYH15ZoB97Kcgfl/ngH7TKCB/RmiAf/mo4EBtKUBA4GngQVOqQEHG6uBCeisAQu1roEOgrAB
        EE+ygRIctAEU6bWBFra3ARiDuYEaULsBHB29gR7qvgEgt8CBIoTCASRRxIEmHsYBKevHgSu4yQEthcuBL1LNATEfz4Ez7NABNbnS
        gTeG1AE5U9aBOyDYAT3t2YE/utsBQYfdgURU3wFGIeGBzfziAdGW5oHUMOoB2Mrtgdxk8QHi/vSB5pj4Aeoy/IHuzP8BebMBgnuA
        AwJ9TQWCfxoHAoHnCIKDtAoChYEMgodODgKJGxCCjOgRAo61E4KQghUCkk8XgpQcGQKW6RqCmLYcApqDHoKcUCACnh0igqDqIwKi
        tyWCpIQnAqdRKYKpHisCq+ssgq24LgKvhTCCsVIyArMfNIK17DUCt7k3grmGOQK7UzuCvSA9Ar/tPoLBukACxIdCgsZURALIIUaC
        yu5HAsy7SYLOiEsC0FVNgtIiTwLU71CC1rxSAtiJVILaVlYC3CNYgt/wWQLhvVuC44pdAuVXX4LnJGECDgRjghSeZgIYOGqCHNJt
        AiBscYIjBnUCJ6B4gis6fAIx1H+CGreBAhyEg4IeUYUCIB6HgiLriAIluIqCJ4WMAilSjoIrH5ACLeyRgi+5kwIxhpWCM1OXAjUg
        mYI37ZoCObqcgjuHngI9VKCCPyGiAkLuo4JEu6UCRoingkhVqQJKIquCTO+sAk68roJQibACUlayglQjtAJW8LWCWL23AlqKuYJd
        V7sCXyS9gmHxvgJjvsCCZYvCAmdYxIJpJcYCa/LHgm2/yQJvjMuCcVnNAnMmz4J189ACeMDSgnqN1AJ8WtaCfifYAoD02YKCwdsC
        hI7dgoZb3wKIKOGCUgvjAlWl5oJZP+oCXdntgmNz8QJnDfWCa6f4Am5B/IJy2/8Cu7oBg72HAwPAVAWDwiEHA8TuCIPGuwoDyIgM
        g8pVDgPMIhCDzu8RA9C8E4PSiRUD1FYXg9YjGQPY8BqD270cA92KHoPfVyAD4SQig+PxIwPlviWD54snA+lYKYPrJSsD7fIsg++/
        LgPxjDCD81kyA/YmNIP48zUD+sA3g/yNOQP+WjuDACg9AwL1PoMEwkADBo9CgwhcRAMKKUaDDPZHAw7DSYMRkEsDE11NgxUqTwMX
        91CDGcRSAxuRVIMdXlYDHytYgyH4WQMjxVuDJZJdAydfX4MpLGEDlRJjg5msZgOdRmqDoOBtA6R6cYOoFHUDrK54g7JIfAO24n+D
        Xb6BA1+Lg4NhWIUDYyWHg2XyiANnv4qDaYyMA2tZjoNtJpADb/ORg3HAkwN0jZWDdlqXA3gnmYN69JoDfMGcg36OngOAW6CDgiii
        A4T1o4OGwqUDiI+ng4pcqQOMKauDj/asA5HDroOTkLADlV2yg5cqtAOZ97WDm8S3A52RuYOfXrsDoSu9g6P4vgOlxcCDp5LCA6pf
        xIOsLMYDrvnHg7DGyQOyk8uDtGDNA7Ytz4O4+tADusfSg7yU1AO+YdaDwC7YA8L72YPFyNsDx5Xdg8li3wPLL+GD1hnjA9qz5oPe
        TeoD5Oftg+iB8QPsG/WD77X4A/NP/IP36f8D/sEBhACPAwQCXAWEBCkHBAb2CIQIwwoECpAMhA1dDgQPKhCEEfcRBBPEE4QVkRUE
        F14XhBkrGQQb+BqEHcUcBB+SHoQhXyAEIywihCX5IwQoxiWEKpMnBCxgKYQuLSsEMPoshDLHLgQ0lDCENmEyBDguNIQ6+zUEPMg3
        hD6VOQRAYjuEQi89BEX8PoRHyUAESZZChEtjRARNMEaET/1HBFHKSYRTl0sEVWRNhFcxTwRZ/lCEW8tSBF2YVIRgZVYEYjJYhGT/
        WQRmzFuEaJldBGpmX4RsM2EEGiFjhB67ZgQhVWqEJe9tBCmJcYQtI3UEM714hDdXfAQ68X+En8WBBKGSg4SjX4UEpiyHhKj5iASq
        xoqErJOMBK5gjoSwLZAEsvqRhLTHkwS2lJWEuGGXBLoumYS8+5oEvsichMCVngTDYqCExS+iBMf8o4TJyaUEy5anhM1jqQTPMKuE
        0f2sBNPKroTVl7AE12SyhNkxtATb/rWE3su3BOCYuYTiZbsE5DK9hOb/vgTozMCE6pnCBOxmxITuM8YE8ADIhPLNyQT0msuE9mfN
        BPk0z4T7AdEE/c7ShP+b1AQBadaEAzbYBAUD2oQH0NsECZ3dhAtq3wQNN+GEWyjjBF/C5oRlXOoEafbthGyQ8QRwKvWEdMT4BHhe
        /IR8+P8EQckBhUOWAwVFYwWFRzAHBUn9CIVLygoFTZcMhU9kDgVRMRCFU/4RBVXLE4VXmBUFWWUXhVwyGQVe/xqFYMwcBWKZHoVk
        ZiAFZjMihWgAJAVqzSWFbJonBW5nKYVwNCsFcgEthXTOLgV3mzCFeWgyBXs1NIV9AjYFf883hYGcOQWCaTuFhTY9BYcDP4WJ0EAF
        i51ChY1qRAWPN0aFkgRIBZTRSYWWnksFmGtNhZo4TwWcBVGFndJSBaCfVIWibFYFpDlYhaYGWgWo01uFqqBdBa1tX4WvOmEFni9j
        haLJZgWmY2qFqv1tBa6XcYW0MXUFuMt4hbtlfAW//3+F4syBBeSZg4XmZoUF6DOHheoAiQXszYqF7pqMBfBnjoXyNJAF9QGShffO
        kwX5m5WF+2iXBf01mYX/ApsFANCchQOdngUFaqCFBzeiBQkEpIUL0aUFDZ6nhRBrqQUSOKuFFAWtBRbSroUYn7AFGmyyhRs5tAUe
        BraFINO3BSKguYUkbbsFJjq9hSgHvwUr1MCFLaHCBS9uxIUxO8YFMwjIhTXVyQU2osuFOW/NBTs8z4U9CdEFP9bShUGj1AVDcNaF
        Rj3YBUgK2oVK19sFTKTdhU5x3wVQPuGF4DbjBebQ5oXqauoF7QTuhfGe8QX1OPWF+dL4Bf1s/IWBAwAGg9ABhoWdAwaHagWGiTcH
        BosECYaO0QoGkJ4MhpJrDgaUOBCGlgUSBpjSE4aZnxUGnGwXhp45GQagBhuGotMcBqSgHoambSAGqToihqsHJAat1CWGr6EnBrFu
        KYazOysGtAgthrfVLga5ojCGu28yBr08NIa/CTYGwdY3hsOjOQbGcDuGyD09BsoKP4bM10AGzqRChtBxRAbSPkaG1AtIBtbYSYbY
        pUsG2nJNhtw/TwbeDFGG4dlSBuOmVIblc1YG50BYhukNWgbr2luG7addBu90X4bxQWEGIz5jhifYZgYrcmqGLwxuBjWmcYY4QHUG
        PNp4hkB0fAYiB4CGJNSBBiehg4YpboUGKzuHhi0IiQYv1YqGMaKMBjJvjoY1PJAGNwmShjnWkwY7o5WGPXCXBj89mYZBCpsGRNec
        hkakngZIcaCGSj6iBkwLpIZN2KUGUKWnhlJyqQZUP6uGVgytBljZroZaprAGXHOyhl9AtAZhDbaGY9q3BmWnuYZndLsGaUG9hmsO
        vwZt28CGb6jCBnF1xIZzQsYGdQ/IhnfcyQZ6qcuGfHbNBn5Dz4aAENEGgt3ShoSq1AaGd9aGiETYBooR2oaM3tsGjqvdhpB43waS
        ReGGZ0XjBmvf5oZueeoGchPuhnat8QZ6R/WGfuH4BoR7/IbECgAHxtcBh8ikAwfKcQWHyz4HB84LCYfQ2AoH0qUMh9RyDgfWPxCH
        2AwSB9rZE4fdphUH33MXh+FAGQfjDRuH5docB+anHofpdCAH60Eih+0OJAfv2yWH8agnB/N1KYf1QisH+A8th/rcLgf8qTCH/nYy
        BwBENIcCETYHA943hwarOQcIeDuHCkU9BwwSP4cO30AHEKxChxN5RAcVRkaHFxNIBxngSYcbrUsHHXpNhx5HTwchFFGHI+FSByWu
        VIcne1YHKUhYhysVWgcu4luHMK9dBzJ8X4c0SWEHqExjh6zmZgewgGqHthpuB7m0cYe9TnUHweh4h8WCfAdkDoCHZ9uBB2mog4dr
        dYUHbUKHh28PiQdx3IqHc6mMB3Z2jod4Q5AHehCSh3zdkwd+qpWHf3eXB4FEmYeEEZsHht6ch4irngeKeKCHjEWiB44SpIeR36UH
        k6ynh5V5qQeXRquHmROtB5vgroecrbAHn3qyh6FHtAejFLaHpeG3B6euuYepe7sHrEi9h64Vvwew4sCHsq/CB7R8xIe2ScYHtxbI
        h7rjyQe8sMuHvn3NB8BKz4fCF9EHxOTSh8ex1AfJftaHy0vYB80Y2ofP5dsH0bLdh9J/3wfVTOGH61PjB+/t5ofzh+oH9yHuh/u7
        8Qf/VfWHBfD4BwiK/IcGEgAICN8BiAqsAwgMeQWID0YHCBETCYgT4AoIFa0MiBd6DggYRxCIGhQSCB3hE4gfrhUIIXsXiCNIGQgl
        FRuIJ+IcCCqvHogsfCAILkkiiDAWJAgy4yWINLAnCDV9KYg4SisIOhctiDzkLgg+sTCIQH4yCEJLNIhEGDYIR+U3iEmyOQhLfzuI
        TUw9CE8ZP4hQ5kAIU7NCiFWARAhXTUaIWRpICFvnSYhdtEsIX4FNiGJOTwhkG1GIZuhSCGi1VIhqglYIa09YiG4cWghw6VuIcrZd
        CHSDX4h2UGEILVtjiDH1Zgg3j2qIOiluCD7DcYhCXXUIRvd4iEqRfAioFYCIquKBCKyvg4iufIUIsEmHiLIWiQiz44qItrCMCLh9
        joi6SpAIvBeSiL7kkwjAsZWIwn6XCMVLmYjHGJsIyeWciMuyngjNf6CIzkyiCNEZpIjT5qUI1bOniNeAqQjZTauI2xqtCN3nrojg
        tLAI4oGyiOROtAjmG7aI6Oi3COm1uYjsgrsI7k+9iPAcvwjy6cCI9LbCCPaDxIj4UMYI+x3IiP3qyQj/t8uIAYXNCANSz4gEH9EI
        B+zSiAm51AgLhtaIDVPYCA8g2ogR7dsIE7rdiBaH3wgYVOGIcGLjCHT85oh4luoIfDDuiIDK8QiFZPWIif74CI2Y/IhJGQAJS+YB
        iUyzAwlPgAWJUU0HCVMaCYlV5woJV7QMiVmBDglbThCJXhsSCWDoE4litRUJZIIXiWZPGQlnHBuJaukcCWy2HolugyAJcFAiiXId
        JAl06iWJdrcnCXmEKYl7USsJfR4tiX/rLgmBuDCJgoUyCYRSNImHHzYJiew3iYu5OQmNhjuJj1M9CZEgP4mU7UAJlrpCiZiHRAma
        VEaJnCFICZ3uSYmfu0sJoohNiaRVTwmmIlGJqO9SCaq8VImsiVYJr1ZYibEjWgmz8FuJtb1dCbeKX4m4V2EJsmljibcDZwm7nWqJ
        vzduCcPRcYnHa3UJywV5idGffAnqHICJ7OmBCe62g4nwg4UJ8lCHifQdiQn36oqJ+beMCfuEjon9UZAJ/x6SiQDskwkCuZWJBYaX
        CQdTmYkJIJsJC+2ciQ26ngkPh6CJElSiCRQhpIkW7qUJGLuniRqIqQkbVauJHSKtCSDvrokivLAJJImyiSZWtAkoI7aJKvC3CS29
        uYkvirsJMVe9iTMkvwk18cCJNr7CCTiLxIk7WMYJPSXIiT/yyQlBv8uJQ4zNCUVZz4lIJtEJSvPSiUzA1AlOjdaJUFrYCVEn2olT
        9NsJVsHdiViO3wlaW+GJ9XDjCfkK54n9pOoJAT/uiQbZ8QkKc/WJDg35CRKn/ImLIAAKje0BipC6AwqShwWKlFQHCpYhCYqY7goK
        mbsMipuIDgqeVRCKoCISCqLvE4qkvBUKpokXiqhWGQqrIxuKrfAcCq+9HoqxiiAKs1ciirQkJAq28SWKub4nCruLKYq9WCsKvyUt
        isHyLgrDvzCKxYwyCshZNIrKJjYKzPM3is7AOQrPjTuK0Vo9CtQnP4rW9EAK2MFCitqORArcW0aK3ihICuD1SYrjwksK5Y9Niudc
        TwrpKVGK6vZSCuzDVIrvkFYK8V1YivMqWgr191uK98RdCvmRX4r7XmEKOHhjijwSZwpArGqKREZuCkjgcYpMenUKURR5ilWufAot
        JICKL/GBCjG+g4oyi4UKNFiHijcliQo58oqKO7+MCj2Mjoo/WZAKQSaSikPzkwpGwJWKSI2XCkpamYpMJ5sKTfScik/BngpSjqCK
        VFuiClYopIpY9aUKWsKnilyPqQpeXKuKYSmtCmP2roplw7AKZ5CyimhdtApqKraKbfe3Cm/EuYpxkbsKc169inUrvwp3+MCKecXC
        CnySxIp+X8YKgCzIioL5yQqDxsuKhZPNCohgz4qKLdEKjPrSio7H1AqQlNaKkmHYCpQu2oqX+9sKmcjdipuV3wqdYuGKen/jCn4Z
        54qCs+oKh03uiovn8QqPgfWKkxv5Cpe1/IrNJwAL0PQBi9LBAwvUjgWL1lsHC9goCYva9QoL3MIMi9+PDgvhXBCL4ykSC+X2E4vm
        wxUL6JAXi+tdGQvtKhuL7/ccC/HEHovzkSAL9V4ii/crJAv6+CWL/MUnC/6SKYsAYCsLAS0tiwP6LgsFxzCLCJQyCwphNIsMLjYL
        Dvs3ixDIOQsSlTuLFWI9CxcvP4sZ/EALG8lCixyWRAseY0aLIDBICyP9SYslyksLJ5dNiylkTwsrMVGLLf5SCzDLVIsymFYLNGVY
        izYyWgs3/1uLOcxdCzuZX4s+ZmELvYZji8EgZwvFumqLyVRuC83ucYvSiHUL1iJ5i9q8fAtvK4CLcfiBC3PFg4t1koULeF+Hi3os
        iQt8+YqLfsaMC3+TjouBYJALgy2Si4b6kwuIx5WLipSXC4xhmYuOLpsLkPuci5PInguVlaCLl2KiC5kvpIua/KULnMmni56WqQuh
        Y6uLozCtC6X9rounyrALqZeyi6tktAuuMbaLsP63C7LLuYu0mLsLtWW9i7cyvwu5/8CLvMzCC76ZxIvAZsYLwjPIi8QAygvGzcuL
        yZrNC8tnz4vNNNELzwHTi9DO1AvSm9aL1GjYC9c12ovZAtwL28/di92c3wvfaeGL/43jCwMo54sIwuoLDFzuixD28QsUkPWLGCr5
        CxzE/IsRLwAME/wBjBXJAwwXlgWMGGMHDBowCYwc/QoMH8oMjCGXDgwjZBCMJTESDCf+E4wpyxUMLJgXjC5lGQwwMhuMMv8cDDPM
        How1mSAMN2YijDozJAw8ACaMPs0nDECaKYxCZysMRDQtjEYBLwxJzjCMS5syDE1oNIxONTYMUAI4jFLPOQxVnDuMV2k9DFk2P4xb
        A0EMXdBCjF+dRAxhakaMZDdIDGYESoxo0UsMaZ5NjGtrTwxtOFGMcAVTDHLSVIx0n1YMdmxYjHg5Wgx6BlyMfNNdDH+gX4yBbWEM
        QpVjjEYvZwxKyWqMTmNuDFP9cYxXl3UMWzF5jF/LfAyxMoCMs/+BDLXMg4y4mYUMumaHjLwziQy+AIuMwM2MDMKajozEZ5AMxzSS
        jMkBlAzLzpWMzJuXDM5omYzQNZsM0wKdjNXPngzXnKCM2WmiDNs2pIzdA6YM39CnjOKdqQzkaquM5jetDOcEr4zp0bAM656yjO5r
        tAzwOLaM8gW4DPTSuYz2n7sM+Gy9jPo5vwz9BsGM/9PCDAGhxIwCbsYMBDvIjAYIygwJ1cuMC6LNDA1vz4wPPNEMEQnTjBPW1AwV
        o9aMGHDYDBo92owcCtwMHdfdjB+k3wwhceGMhJzjDIk254yN0OoMkWrujJUE8gyZnvWMnTj5DKLS/IxTNgANVQMCjVfQAw1ZnQWN
        W2oHDV03CY1gBAsNYtEMjWSeDg1laxCNZzgSDWkFFI1s0hUNbp8XjXBsGQ1yORuNdAYdDXbTHo14oCANe20ijX06JA1/ByaNgNQn
        DYKhKY2EbisNhjstjYkILw2L1TCNjaIyDY9vNI2RPDYNkwk4jZbWOQ2YozuNmnA9DZs9P42dCkENn9dCjaGkRA2kcUaNpj5IDagL
        So2q2EsNrKVNja5yTw2xP1GNswxTDbXZVI22plYNuHNYjbpAWg28DVyNv9pdDcGnX43DdGENx6Njjcs9Zw3P12qN1HFuDdgLco3c
        pXUN4D95jeTZfA30OYCN9gaCDfnTg437oIUN/W2Hjf46iQ0ACIuNAtWMDQSijo0Hb5ANCTySjQsJlA0N1pWND6OXDRFwmY0UPZsN
        FgqdjRjXng0ZpKCNG3GiDR0+pI0fC6YNItinjSSlqQ0mcquNKD+tDSoMr40s2bANL6ayjTFztA0zQLaNNA24DTbauY04p7sNOnS9
        jT1Bvw0/DsGNQdvCDUOoxI1FdcYNR0LIjUoPyg1M3MuNTqnNDU92z41RQ9ENUxDTjVXd1A1YqtaNWnfYDVxE2o1eEdwNYN7djWKr
        3w1keOGNCqvjDQ5F540S3+oNFnnujRoT8g0erfWNI0f5DSfh/I2WPQAOlwoCjpnXAw6bpAWOnXEHDqA+CY6iCwsOpNgMjqalDg6o
        chCOqj8SDq0MFI6v2RUOsaYXjrJzGQ60QBuOtg0dDrjaHo67pyAOvXQijr9BJA7BDiaOw9snDsWoKY7HdSsOykItjswPLw7N3DCO
        z6kyDtF2NI7TQzYO1hA4jtjdOQ7aqjuO3Hc9Dt5EP47gEUEO4t5CjuWrRA7neEaO6EVIDuoSSo7s30sO7qxNjvF5Tw7zRlGO9RNT
        DvfgVI75rVYO+3pYjv1HWg4AFVyOAuJdDgSvX44FfGEOTLJjjlBMZw5V5mqOWYBuDl0aco5htHUOZU55jmnofA42QYCOOQ6CDjvb
        g449qIUOP3WHjkFCiQ5DD4uORdyMDkipjo5KdpAOS0OSjk0QlA5P3ZWOUaqXDlR3mY5WRJsOWBGdjlreng5cq6COXniiDmBFpI5j
        EqYOZd+njmasqQ5oeauOakatDmwTr45v4LAOca2yjnN6tA51R7aOdxS4DnnhuY57rrsOfnu9joBIvw6BFcGOg+LCDoWvxI6HfMYO
        iknIjowWyg6O48uOkLDNDpJ9z46UStEOlhfTjpnk1A6bsdaOnX7YDp5L2o6gGNwOouXdjqSy3w6nf+GOj7njDpNT546X7eoOm4fu
        jp8h8g6ku/WOqFX5Dqzv/I7YRAAP2hECj9zeAw/eqwWP4XgHD+NFCY/kEgsP5t8Mj+isDg/qeRCP7UYSD+8TFI/x4BUP860Xj/V6
        GQ/3RxuP+RQdD/zhHo/+riAP/3sijwFJJA8DFiaPBeMnDwewKY8KfSsPDEotjw4XLw8Q5DCPErEyDxR+NI8XSzYPGRg4jxrlOQ8c
        sjuPHn89DyBMP48iGUEPJeZCjyezRA8pgEaPK01IDy0aSo8v50sPMrRNjzSBTw82TlGPNxtTDznoVI87tVYPPYJYj0BPWg9CHFyP
        ROldD0a2X49Ig2EP0cBjj9ZaZw/a9GqP3o5uD+Ioco/mwnUP6lx5j+72fA96SICPfBWCD33ig49/r4UPgXyHj4NJiQ+FFouPiOOM
        D4qwjo+MfZAPjkqSj5AXlA+S5JWPlbGXD5d+mY+YS5sPmhidj5zlng+esqCPoH+iD6NMpI+lGaYPp+anj6mzqQ+rgKuPrU2tD7Aa
        r4+y57APtLSyj7WBtA+3TraPuRu4D7vouY++tbsPwIK9j8JPvw/EHMGPxunCD8i2xI/Lg8YPzVDIj88dyg/Q6suP0rfND9SEz4/W
        UdEP2R7Tj9vr1A/duNaP34XYD+FS2o/jH9wP5ezdj+i53w/qhuGPFMjjDxhi548c/OoPIJbujyUw8g8pyvWPLWT5DzH+/I8aTAAQ
        HBkCkB7mAxAhswWQI4AHECVNCZAnGgsQKecMkCu0DhAugRCQME4SEDEbFJAz6BUQNbUXkDeCGRA5TxuQPBwdED7pHpBAtiAQQoMi
        kERQJBBGHSaQSOonEEu3KZBNhCsQTlEtkFAeLxBS6zCQVLgyEFeFNJBZUjYQWx84kF3sORBfuTuQYYY9EGNTP5BmIEEQaO1CkGm6
        RBBrh0aQbVRIEG8hSpBy7ksQdLtNkHaITxB4VVGQeiJTEHzvVJB+vFYQgYlYkINWWhCEI1yQhvBdEIi9X5CKimEQV89jkFtpZxBf
        A2uQY51uEGc3cpBr0XUQb2t5kHQFfRC8T4CQvhyCEMDpg5DCtoUQxIOHkMZQiRDJHYuQyuqMEMy3jpDOhJAQ0FGSkNIelBDV65WQ
        17iXENmFmZDbUpsQ3R+dkN/snhDhuaCQ5IaiEOZTpJDnIKYQ6e2nkOu6qRDth6uQ8FStEPIhr5D07rAQ9ruykPiItBD6VbaQ/CK4
        EP/vuZABvbsQAoq9kARXvxAGJMGQCPHCEAu+xJANi8YQD1jIkBElyhAT8suQFb/NEBeMz5AaWdEQHCbTkB3z1BAfwNaQIY3YECNa
        2pAlJ9wQKPTdkCrB3xAsjuGQmdbjEJ1w55ChCusQpqTukKo+8hCu2PWQsnL5ELYM/ZBdUwARXyACkWLtAxFjugWRZYcHEWdUCZFp
        IQsRa+4MkW67DhFwiBCRclUSEXQiFJF27xUReLwXkXqJGRF9VhuRfyMdEYDwHpGCvSARhIoikYZXJBGIJCaRi/EnEY2+KZGPiysR
        kVgtkZMlLxGV8jCRmL8yEZqMNJGbWTYRnSY4kZ/zORGhwDuRo409EaZaP5GoJ0ERqvRCkazBRBGujkaRsFtIEbMoSpG19UsRtsJN
        kbiPTxG6XFGRvClTEb72VJHBw1YRw5BYkcVdWhHHKlyRyfddEcvEX5HOkWER3N1jkeB3ZxHkEWuR6KtuEexFcpHv33UR9Xl5kfkT
        fRH+VoCRACSCEQLxg5EEvoURBouHkQlYiRELJYuRDfKMEQ+/jpERjJARE1mSkRYmlBEY85WRGcCXERuNmZEdWpsRHyedkSH0nhEk
        waCRJo6iEShbpJEqKKYRLPWnkS7CqRExj6uRM1ytETQpr5E29rAROMOykTqQtBE8XbaRPyq4EUH3uZFDxLsRRZG9kUdevxFJK8GR
        TPjCEU7FxJFPksYRUV/IkVMsyhFV+cuRV8bNEVqTz5FcYNERXi3TkWD61BFix9aRZJTYEWZh2pFpLtwRavvdkWzI3xFuleGRHuXj
        ESF/55EnGesRK7PukS9N8hEz5/WRN4H5ETsb/ZGfWgASoicCkqT0AxKmwQWSqI4HEqpbCZKsKAsSr/UMkrHCDhKyjxCStFwSErYp
        FJK49hUSusMXkr2QGRK/XRuSwSodEsP3HpLFxCASx5EiksleJBLMKyaSzfgnEs/FKZLRkisS018tktUsLxLY+TCS2sYyEtyTNJLe
        YDYS4C04kuL6ORLkxzuS55Q9EuhhP5LqLkES7PtCku7IRBLwlUaS82JIEvUvSpL3/EsS+clNkvuWTxL9Y1GS/zBTEgL+VJIDy1YS
        BZhYkgdlWhIJMlySC/9dEg7MX5IQmWESYexjkmWGZxJpIGuSbbpuEnBUcpJ27nUSeoh5kn4ifRJBXoCSQyuCEkX4g5JHxYUSSpKH
        kktfiRJNLIuST/mMElHGjpJTk5ASVmCSklgtlBJa+pWSXMeXEl6UmZJgYZsSYi6dkmX7nhJmyKCSaJWiEmpipJJsL6YSbvynknHJ
        qRJzlquSdWOtEncwr5J5/bASe8qykn2XtBKAZLaSgTG4EoP+uZKFy7sSh5i9kollvxKMMsGSjv/CEpDMxJKSmcYSlGbIkpYzyhKY
        AMySm83NEpyaz5KeZ9ESoDTTkqIB1RKkztaSppvYEqlo2pKrNdwSrQLekq/P3xKxnOGSovPjEqiN55KsJ+sSsMHukrRb8hK49fWS
        u4/5Er8p/ZLjYQAT5C4Ck+b7AxPoyAWT6pUHE+xiCZPvLwsT8fwMk/PJDhP1lhCT92MSE/kwFJP7/RUT/soXk/+XGRMBZRuTAzId
        EwX/HpMHzCATCZkikwxmJBMOMyaTEAAoExLNKZMUmisTFmctkxk0LxMaATGTHM4yEx6bNJMgaDYTIjU4kyQCOhMnzzuTKZw9Eytp
        P5MtNkETLwNDkzHQRBM0nUaTNWpIEzc3SpM5BEwTO9FNkz2eTxM/a1GTQjhTE0QFVZNG0lYTSJ9Yk0psWhNMOVyTTwZeE1DTX5NS
        oGET5vpjk+qUZxPtLmuT8chuE/dicpP7/HUT/5Z5kwMxfRODZYCThTKCE4f/g5OKzIUTjJmHk45miROQM4uTkgCNE5TNjpOXmpAT
        mGeSk5o0lBOcAZaTns6XE6CbmZOiaJsTpTWdk6cCnxOpz6CTq5yiE61ppJOvNqYTsgOok7PQqRO1nauTt2qtE7k3r5O7BLETvdGy
        k8CetBPCa7aTxDi4E8YFupPI0rsTyp+9k81svxPOOcGT0AbDE9LTxJPUoMYT1m3Ik9g6yhPbB8yT3dTNE9+hz5PhbtET4zvTk+UI
        1RPn1daT6aLYE+tv2pPtPNwT7wnek/HW3xPzo+GTKQLkEy2c55MxNusTNdDukzlq8hM8BPaTQJ75E0Y4/ZMlaQAUJzYClCkDBBQr
        0AWULZ0HFDBqCZQxNwsUMwQNlDXRDhQ3nhCUOWsSFDs4FJQ+BRYUQNIXlEKfGRREbBuURjkdFEgGH5RK0yAUTKAilE5tJBRQOiaU
        UgcoFFTUKZRWoSsUWW4tlFs7LxRdCDGUX9UyFGGiNJRjbzYUZTw4lGcJOhRp1juUa6M9FG1wP5RvPUEUcQpDlHTXRBR2pEaUeHFI
        FHo+SpR8C0wUfthNlIClTxSCclGUhD9TFIYMVZSI2VYUiqZYlIxzWhSPQFyUkQ1eFJPaX5SVp2EUawlklG6jZxRyPWuUeNduFHxx
        cpSAC3YUhKV5lIg/fRTGbICUyDmCFMoGhJTM04UUzqCHlNBtiRTSOouU1AeNFNfUjpTZoZAU226SlN07lBTfCJaU4dWXFOOimZTl
        b5sU5zydlOkJnxTr1qCU7aOiFO9wpJTyPaYU9AqolPbXqRT4pKuU+nGtFPw+r5T+C7EUANmylAKmtBQEc7aUBkC4FAgNupQK2rsU
        Dae9lA90vxQRQcGUEw7DFBXbxJQXqMYUGXXIlBtCyhQdD8yUH9zNFCGpz5QjdtEUJUPTlCcQ1RQq3daULKrYFC532pQwRNwUMhHe
        lDTe3xQ2q+GUrhDkFLKq55S2ROsUut7ulL148hTBEvaUx6z5FMtG/ZRncAAVaT0ClWsKBBVt1wWVcKQHFXJxCZV0PgsVdgsNlXjY
        DhV6pRCVfHISFX4/FJWADBYVgtkXlYSmGRWGcxuViEAdFYoNH5WN2iAVj6cilZF0JBWTQSaVlQ4oFZfbKZWZqCsVm3UtlZ1CLxWf
        DzGVodwyFaOpNJWldjYVqEM4laoQOhWs3TuVrqo9FbB3P5WyREEVtBFDlbbeRBW4q0aVunhIFbxFSpW+EkwVwN9NlcOsTxXFeVGV
        x0ZTFckTVZXL4FYVza1Ylc96WhXRR1yV0xReFdXhX5XXrmEV7xdklfOxZxX5S2uV/eVuFQGAcpUFGnYVCLR5lQxOfRUIdICVC0GC
        FQ0OhJUP24UVEaiHlRN1iRUVQouVFw+NFRncjpUbqZAVHXaSlR9DlBUhEJaVI92XFSaqmZUod5sVKkSdlSwRnxUu3qCVMKuiFTJ4
        pJU0RaYVNhKolTjfqRU6rKuVPHmtFT5Gr5VBE7EVQ+CylUWttBVHeraVSUe4FUsUupVN4bsVT669lVF7vxVTSMGVVRXDFVfixJVZ
        r8YVXHzIlV5JyhVgFsyVYuPNFWSwz5VmfdEVaErTlWoX1RVs5NaVbrHYFXB+2pVyS9wVdBjelXfl3xV5suGVMx/kFTe555U6U+sV
        Pu3ulUKH8hVIIfaVTLv5FVBV/ZWqdwAWrEQClq4RBBaw3gWWsqsHFrR4CZa2RQsWuBINlrrfDha8rBCWv3kSFsFGFJbDExYWxeAX
        lsetGRbJehuWy0cdFs0UH5bP4SAW0a4iltN7JBbVSCaW1xUoFtriKZbcrysW3nwtluBJLxbiFjGW5OMyFuawNJbofTYW6ko4luwX
        Ohbu5DuW8LE9FvJ+P5b1S0EW9xhDlvnlRBb7skaW/X9IFv9MSpYBGkwWA+dNlgW0TxYHgVGWCU5TFgsbVZYN6FYWELVYlhKCWhYU
        T1yWFhxeFhjpX5YatmEWdCZklnrAZxZ+WmuWgvRuFoaOcpaJKHYWjcJ5lpFcfRZLe4CWTUiCFk8VhJZR4oUWU6+HllV8iRZYSYuW
        WhaNFlzjjpZesJAWYH2SlmJKlBZkF5aWZuSXFmixmZZqfpsWbEudlm4YnxZw5aCWc7KiFnV/pJZ3TKYWeRmolnvmqRZ9s6uWf4Ct
        FoFNr5aDGrEWheeyloe0tBaJgbaWi064Fo4bupaQ6LsWkrW9lpSCvxaWT8GWmBzDFprpxJactsYWnoPIlqBQyhaiHcyWpOrNFqa3
        z5aohNEWq1HTlq0e1Rav69aWsbjYFrOF2pa1UtwWtx/elrns3xa7ueGWuC3kFrvH55a/YesWw/vulsmV8hbNL/aW0cn5FtRj/Zbs
        fgAX7ksCl/EYBBfz5QWX9bIHF/d/CZf5TAsX+xkNl/3mDhf/sxCXAYESFwNOFJcFGxYXB+gXlwm1GRcLghuXDk8dFxAcH5cS6SAX
        FLYilxaDJBcYUCaXGh0oFxzqKZcetysXIIQtlyJRLxckHjGXJusyFym4NJcrhTYXLVI4ly8fOhcx7DuXM7k9FzWGP5c3U0EXOSBD
        lzvtRBc9ukaXP4dIF0FUSpdEIUwXRu5Nl0i7TxdKiFGXTFVTF04iVZdQ71YXUrxYl1SJWhdWVlyXWCNeF1rwX5dcvWEX+zRkl//O
        ZxcDaWuXBgNvFwqdcpcON3YXEtF5lxhrfReOgoCXkE+CF5IchJeU6YUXlraHl5iDiReaUIuXnB2NF57qjpegt5AXooSSl6RRlBen
        HpaXqeuXF6u4mZethZsXr1Kdl7Efnxez7KCXtbmiF7eGpJe5U6YXuyCol73tqRe/uquXwoetF8RUr5fGIbEXyO6yl8q7tBfMiLaX
        zlW4F9AiupfS77sX1Ly9l9aJvxfYVsGX2iPDF93wxJffvcYX4YrIl+NXyhflJMyX5/HNF+m+z5fri9EX7VjTl+8l1Rfx8taX87/Y
        F/WM2pf4WdwX+ibel/zz3xf+wOGXPDzkF0DW55dEcOsXSgrvl06k8hdSPvaXVdj5F1ly/ZcvhgAYMVMCmDMgBBg17QWYN7oHGDmH
        CZg7VAsYPSENmEDuDhhCuxCYRIgSGEZVFJhIIhYYSu8XmEy8GRhOiRuYUFYdGFIjH5hU8CAYVr0imFiKJBhbVyaYXSQoGF/xKZhh
        visYY4stmGVYLxhnJTGYafIyGGu/NJhtjDYYb1k4mHEmOhhz8zuYdsA9GHiNP5h6WkEYfCdDmH70RBiAwUaYgo5IGIRbSpiGKEwY
        iPVNmIrCTxiMj1GYjlxTGJEpVZiT9lYYlcNYmJeQWhiZXVyYmypeGJ33X5ifxGEYgENkmITdZxiHd2uYixFvGI+rcpiTRXYYmd95
        mJ15fRjQiYCY0laCGNQjhJjW8IUY2b2HmNuKiRjdV4uY3ySNGOHxjpjjvpAY5YuSmOdYlBjpJZaY6/KXGO2/mZjvjJsY8VmdmPQm
        nxj286CY+MCiGPqNpJj8WqYY/ieomAD1qRgCwquYBI+tGAZcr5gIKbEYCvaymAzDtBgPkLaYEV24GBMqupgV97sYF8S9mBmRvxgb
        XsGYHSvDGB/4xJghxcYYI5LImCVfyhgnLMyYKfnNGCzGz5guk9EYMGDTmDIt1Rg0+taYNsfYGDiU2pg6YdwYPC7emD773xhAyOGY
        wUrkGMXk55jLfusYzxjvmNOy8hjWTPaY2ub5GN6A/ZhyjQAZdFoCmXYnBBl49AWZesEHGXyOCZl+WwsZgCgNmYL1DhmEwhCZho8S
        GYhcFJmKKRYZjPYXmY/DGRmRkBuZk10dGZUqH5mX9yAZmcQimZuRJBmdXiaZnysoGaH4KZmjxSsZpZItmadfLxmqLDGZrPkyGa7G
        NJmwkzYZsmA4mbQtOhm2+juZuMc9GbqUP5m8YUEZvi5DmcD7RBnCyEaZxZVIGcdiSpnJL0wZy/xNmc3JTxnPllGZ0WNTGdMwVZnV
        /VYZ18pYmdmXWhnbZFyZ3TFeGeD+X5niy2EZBVJkmQjsZxkMhmuZECBvGRS6cpkaVHYZHu55mSGIfRkTkYCZFV6CGRcrhJkZ+IUZ
        G8WHmR2SiRkfX4uZISyNGSP5jpklxpAZKJOSmSpglBksLZaZLvqXGTDHmZkylJsZNGGdmTYunxk4+6CZOsiiGTyVpJk+YqYZQC+o
        mUP8qRlFyauZR5atGUljr5lLMLEZTf2ymU/KtBlRl7aZU2S4GVUxuplX/rsZWcu9mVuYvxleZcGZYDLDGWL/xJlkzMYZZpnImWhm
        yhlqM8yZbADOGW7Nz5lwmtEZcmfTmXQ01Rl2AdeZec7YGXub2pl9aNwZfzXemYEC4BmDz+GZRlnkGUzz55lQjesZUyfvmVfB8hlb
        W/aZX/X5GWWP/Zm0lAAatmECmrguBBq6+wWavMgHGr6VCZrBYgsawy8NmsX8DhrHyRCayZYSGstjFJrMMBYaz/0XmtHKGRrTlxua
        1WQdGtcxH5rZ/iAa3Msimt6YJBrgZSaa4jIoGuT/KZrmzCsa6JktmupmLxrsMzGa7gAzGvDNNJrymjYa9Gc4mvc0Ohr5ATya+849
        Gv2bP5r/aEEaATZDmgMDRRoF0EaaB51IGglqSpoLN0waDQROmg/RTxoSnlGaFGtTGhY4VZoYBVcaGtJYmhyfWhoebFyaIDleGiIG
        YJok02EaiWBkmo36ZxqRlGualS5vGpvIcpqfYnYaovx5mqaWfRpVmICaV2WCGloyhJpc/4UaXsyHmmCZiRpiZouaZDONGmYAj5po
        zZAaapqSmmxnlBpuNJaacAGYGnLOmZp1m5sad2idmnk1nxp7AqGafc+iGn+cpJqBaaYagzaomoUDqhqH0KuaiZ2tGotqr5qNN7Ea
        kASzmpLRtBqUnraalmu4Gpg4upqaBbwanNK9mp6fvxqgbMGaojnDGqQGxZqm08YaqKDImqptyhqtOsyarwfOGrHUz5qzodEatW7T
        mrc71Rq5CNeau9XYGr2i2pq/b9wawTzemsMJ4BrF1uGazWfkGtEB6JrUm+sa2DXvmtzP8hrgafaa5gP6Guqd/Zr3mwAb+WgCm/s1
        BBv9Agab/88HGwGdCZsDagsbBTcNmwcEDxsJ0RCbC54SGw1rFJsQOBYbEgUYmxTSGRsWnxubGGwdGxo5H5scBiEbHtMimyCgJBsi
        bSabJDooGyYHKpso1CsbK6Etmy1uLxsvOzGbMQgzGzPVNJs1ojYbN284mzk8Ohs7CTybPdY9Gz+jP5tBcEEbQz1Dm0YKRRtI10ab
        SqRIG0xxSptOPkwbUAtOm1LYTxtUpVGbVnJTG1g/VZtaDFcbXNlYm16mWhthc1ybY0BeG2UNYJtn2mEbDm9kmxIJaBsWo2ubHD1v
        Gx/XcpsjcXYbJwt6myulfRuYn4CbmmyCG5w5hJueBoYboNOHm6KgiRukbYubpjqNG6kHj5ur1JAbraGSm69ulBuxO5abswiYG7XV
        mZu3opsbuW+dm7s8nxu9CaGbv9aiG8GjpJvEcKYbxj2om8gKqhvK16ubzKStG85xr5vQPrEb0guzm9TYtBvWpbab2HK4G9o/upvc
        DLwb39m9m+Gmvxvjc8Gb5UDDG+cNxZvp2sYb6qfIm+10yhvvQcyb8Q7OG/Pbz5v1qNEb93XTm/pC1Rv8D9eb/tzYGwCq2psCd9wb
        BETemwUR4BsI3uGbUXbkG1UQ6JtZqusbXUTvm2He8htnePabaxL6G26s/Zs5owAcO3ACnD09BBw/CgacQtcHHESkCZxGcQscSD4N
        nEoLDxxM2BCcTaUSHFByFJxSPxYcVAwYnFbZGRxYphucWnMdHF1AH5xfDSEcYdoinGOnJBxldCacZ0EoHGgOKpxr2yscbagtnG91
        LxxxQjGccw8zHHXcNJx4qTYcenY4nHxDOhx+EDycgN09HIKqP5yDd0EchkRDnIgRRRyK3kacjKtIHI54SpyQRUwckxJOnJXfTxyX
        rFGcmXlTHJtGVZydE1ccnuBYnKGtWhyjelycpUdeHKcUYJyp4WEck31knJcXaBydsWucoEtvHKTlcpyof3YcrBl6nLCzfRzbpoCc
        3XOCHN9AhJzhDYYc49qHnOWniRzmdIuc6UGNHOsOj5zt25Ac76iSnPF1lBzzQpac9g+YHPjcmZz6qZsc/HadnP5DnxwAEaGcAd6i
        HASrpJwGeKYcCEWonAoSqhwM36ucDqytHBF5r5wTRrEcFROznBfgtBwZrbacG3q4HBxHupwfFLwcIeG9nCOuvxwle8GcJ0jDHCkV
        xZwr4sYcLq/InDB8yhwyScycNBbOHDbjz5w3sNEcOn3TnDxK1Rw+F9ecQOTYHEKx2pxEftwcRkvenEkY4BxL5eGc1oTkHNoe6Jze
        uOsc4lLvnOjs8hzrhvac7yD6HPO6/Zx8qgAdfncCnX9EBB2CEQadhN4HHYarCZ2IeAsdikUNnYwSDx2O3xCdkawSHZN5FJ2VRhYd
        lxMYnZngGR2arRudnXodHZ9HH52hFCEdo+EinaWuJB2neyadqUgoHawVKp2u4isdsK8tnbJ8Lx20STGdtRYzHbjjNJ26sDYdvH04
        nb5KOh3AFzydwuQ9HcSxP53HfkEdyUtDncsYRR3N5Uadz7JIHdB/Sp3TTEwd1RlOndfmTx3Zs1Gd24BTHd1NVZ3fGlcd4udYneS0
        Wh3mgVyd6E5eHeobYJ3r6GEdGIxknR4maB0hwGudJVpvHSn0cp0tjnYdMSh6nTfCfR0droCdH3uCHSFIhJ0jFYYdJeKHnSeviR0q
        fIudLEmNHS4Wj50w45AdMrCSnTN9lB02SpadOBeYHTrkmZ08sZsdPn6dnUBLnx1CGKGdReWiHUeypJ1Jf6YdS0yonU0Zqh1O5qud
        UbOtHVOAr51VTbEdVxqznVnntB1btLadXYG4HWBOup1iG7wdZOi9nWa1vx1ogsGdaU/DHWscxZ1u6cYdcLbInXKDyh10UMyddh3O
        HXjqz517t9EdfYTTnX9R1R2BHtedg+vYHYS42p2GhdwdiVLenYsf4B2N7OGdW5PkHV8t6J1jx+sdaWHvnWz78h1wlfaddC/6HXjJ
        /Z2+sQAewH4CnsNLBB7FGAaex+UHHsmyCZ7LfwsezEwNns4ZDx7R5hCe07MSHtWAFJ7XTRYe2RoYntvnGR7etBue4IEdHuJOH57k
        GyEe5uginue1JB7pgiae7E8oHu4cKp7w6Sse8rYtnvSDLx72UDGe+R0zHvvqNJ79tzYe/4Q4ngFSOh4CHzyeBOw9Hge5P54JhkEe
        C1NDng0gRR4P7UaeEbpIHhSHSp4WVEweGCFOnhruTx4cu1GeHYhTHh9VVZ4iIlceJO9Ynia8Wh4oiVyeKlZeHiwjYJ4u8GEenppk
        nqI0aB6mzmueqmhvHq4Cc56ynHYeuDZ6nrvQfR5gtYCeYoKCHmRPhJ5lHIYeZ+mHnmq2iR5sg4ueblCNHnAdj55y6pAedLeSnneE
        lB55UZaeex6YHn3rmZ5/uJsegIWdnoJSnx6FH6Geh+yiHom5pJ6LhqYejVOono8gqh6S7auelLqtHpaHr56YVLEemiGznpvutB6d
        u7aeoIi4HqJVup6kIrwepu+9nqi8vx6qicGerFbDHq8jxZ6x8MYes73InrWKyh62V8yeuCTOHrvxz569vtEev4vTnsFY1R7DJdee
        xfLYHse/2p7KjNwezFnens4m4B7Q8+Ge4KHkHuQ76J7q1ese7W/vnvEJ8x71o/ae+T36Hv3X/Z4AuQAfA4YCnwVTBB8HIAafCe0H
        Hwu6CZ8NhwsfD1QNnxIhDx8U7hCfFrsSHxiIFJ8ZVRYfGyIYnx7vGR8gvBufIokdHyRWH58mIyEfKPAinyq9JB8tiiafL1coHzEk
        Kp8z8SsfNL4tnzaLLx85WDGfOyUzHz3yNJ8/vzYfQYw4n0NZOh9FJjyfSPM9H0rAP59MjUEfTlpDn08nRR9R9EafVMFIH1aOSp9Y
        W0wfWihOn1z1Tx9ewlGfYI9TH2NcVZ9lKVcfZ/ZYn2nDWh9qkFyfbF1eH24qYJ9x92EfI6lknydDaB8r3WufL3dvHzMRc584q3Yf
        PEV6n0DffR+ivICfpImCH6ZWhJ+oI4Yfq/CHn629iR+vioufsVeNH7Ikj5+08ZAft76Sn7mLlB+7WJafvSWYH7/ymZ/Bv5sfw4yd
        n8ZZnx/IJqGfyvOiH8zApJ/NjaYfz1qon9Inqh/U9Kuf1sGtH9iOr5/aW7Ef3Cizn971tB/hwraf44+4H+Vcup/nKbwf6Pa9n+rD
        vx/skMGf713DH/EqxZ/z98Yf9cTIn/eRyh/5Xsyf/CvOH/74z58AxtEfApPTnwNg1R8FLdefB/rYHwrH2p8MlNwfDmHenxAu4B8S
        ++GfZbDkH2pK6J9u5Osfcn7vn3YY8x96svaffkz6H4Lm/Z9EwAAgRo0CoEhaBCBKJwagS/QHIE3BCaBPjgsgUlsNoFQoDyBW9RCg
        WMISIFqPFKBcXBYgXykYoGH2GSBjwxugZZAdIGZdH6BoKiEgavcioG3EJCBvkSagcV4oIHMrKqB1+Csgd8UtoHqSLyB8XzGgfiwz
        IID5NKCBxjYgg5M4oIVgOiCILTygivo9IIzHP6COlEEgkGFDoJIuRSCV+0agl8hIIJmVSqCbYkwgnC9OoJ78TyCgyVGgo5ZTIKVj
        VaCnMFcgqf1YoKvKWiCtl1ygr2ReILIxYKC0/mEgqLdkoKxRaCCw62ugtIVvILkfc6C9uXYgwVN6oMXtfSDkw4Cg5pCCIOhdhKDr
        KoYg7feHoO/EiSDxkYug816NIPUrj6D4+JAg+sWSoPySlCD+X5ag/yyYIAH6maADx5sgBpSdoAhhnyAKLqGgDPuiIA7IpKAQlaYg
        E2KooBUvqiAX/KugGcmtIBqWr6AcY7EgHjCzoCH9tCAjyragJZe4ICdkuqApMbwgK/69oC3LvyAwmMGgMmXDIDQyxaA1/8YgN8zI
        oDmZyiA8ZsygPjPOIEAA0KBCzdEgRJrToEZn1SBINNegSwHZIE3O2qBPm9wgUWjeoFI14CBUAuKg677kIO9Y6KDz8usg94zvoPsm
        8yD/wPagA1v6IAj1/aCGxwAhiJQCoYphBCGMLgahjvsHIZDICaGTlQshlWINoZcvDyGY/BChmskSIZyWFKGfYxYhoTAYoaP9GSGl
        yhuhp5cdIalkH6GrMSEhrv4iobDLJCGymCahs2UoIbUyKqG3/yshuswtobyZLyG+ZjGhwDMzIcIANaHEzTYhxpo4oclnOiHLNDyh
        zQE+Ic7OP6HQm0Eh0mhDodU1RSHXAkeh2c9IIducSqHdaUwh3zZOoeEDUCHk0FGh5p1TIehqVaHqN1ch6wRZoe3RWiHvnlyh8mte
        IfQ4YKH2BWIhLcZkoTFgaCE1+muhOpRvIT4uc6FCyHYhRmJ6oUr8fSEny4ChKZiCISxlhKEuMoYhMP+HoTHMiSEzmYuhNWaNITgz
        j6E6AJEhPM2SoT6alCFAZ5ahQjSYIUQBmqFHzpshSZudoUtonyFMNaGhTgKjIVDPpKFTnKYhVWmooVc2qiFZA6yhW9CtIV2dr6Ff
        arEhYjezoWQEtSFm0bahaJ64IWlruqFrOLwhbQW+oXDSvyFyn8GhdGzDIXY5xaF4BschetPIoX2gyiF/bcyhgTrOIYMH0KGE1NEh
        hqHToYhu1SGLO9ehjQjZIY/V2qGRotwhk2/eoZU84CGYCeKhcM3kIXRn6KF4AewhfJvvoYA18yGEz/ahiWn6IY0D/qHJzgAiypsC
        osxoBCLONQai0AIIItPPCaLVnAsi12kNotk2DyLbAxGi3dASIuCdFKLiahYi5DcYouUEGiLn0Rui6Z4dIutrH6LuOCEi8AUjovLS
        JCL0nyai9mwoIvg5KqL7Biwi/dMtov+gLyIBbjGiAjszIgQINaIG1TYiCaI4ogtvOiINPDyiDwk+IhHWP6ITo0EiFnBDohg9RSIa
        CkeiHNdIIh2kSqIfcUwiIT5OoiQLUCIm2FGiKKVTIipyVaIsP1ciLgxZojDZWiIzplyiNXNeIjdAYKI4DWIistRkorZuaCK7CGyi
        v6JvIsM8c6LH1nYiy3B6os8KfiJp0oCibJ+CIm5shKJwOYYicgaIonTTiSJ2oIuieW2NIns6j6J9B5EiftSSooChlCKCbpaihDuY
        IocImqKJ1Zsii6Kdoo1vnyKPPKGikQmjIpTWpKKWo6YimHCoopo9qiKbCqyindetIp+kr6KicbEipD6zoqYLtSKo2LaiqqW4Iqxy
        uqKuP7wisQy+orPZvyK1psGitnPDIrhAxaK6DccivdrIor+nyiLBdMyiw0HOIsUO0KLH29EiyajTosx11SLOQtei0A/ZItHc2qLT
        qdwi1XbeothD4CLaEOKi9dvkIvl16KL9D+wiAarvogVE8yIK3vaiDnj6IhIS/qIL1gAjDaMCow9wBCMRPQajFAoIIxbXCaMXpAsj
        GXENoxs+DyMdCxGjINgSIyKlFKMkchYjJj8YoygMGiMq2RujLKYdIy9zH6MxQCEjMw0jozTaJCM2pyajOHQoIztBKqM9DiwjP9st
        o0GoLyNDdTGjRUIzI0cPNaNK3DYjTKk4o052OiNPQzyjURA+I1PdP6NWqkEjWHdDo1pERSNcEUejXt5II2CrSqNieEwjZUVOo2cS
        UCNp31GjaqxTI2x5VaNuRlcjcBNZo3PgWiN1rVyjd3peI3lHYKN7FGIjN+Nkozx9aCNAF2yjRLFvI0hLc6NM5XYjUH96o1QZfiOt
        2YCjr6aCI7BzhKOyQIYjtA2Io7baiSO5p4uju3SNI71Bj6O/DpEjwduSo8OolCPFdZajyEKYI8oPmqPM3Jsjzamdo892nyPRQ6Gj
        1BCjI9bdpKPYqqYj2neoo9xEqiPeEayj4N6tI+Orr6PleLEj50Wzo+gStSPq37aj7Ky4I+55uqPxRrwj8xO+o/XgvyP3rcGj+XrD
        I/tHxaP+FMcjAOLIowKvyiMDfMyjBUnOIwcW0KMJ49EjDLDTow591SMQStejEhfZIxTk2qMWsdwjGX7eoxtL4CMdGOKjeurkI36E
        6KOCHuwjhrjvo4tS8yOP7Pajk4b6I5cg/qNN3QAkT6oCpFF3BCRURAakVhEIJFjeCaRaqwskXHgNpF5FDyRhEhGkY98SJGWsFKRm
        eRYkaEYYpGoTGiRs4Bukb60dJHF6H6RzRyEkdRQjpHfhJCR5riakfHsoJH5IKqSAFSwkgeItpIOvLySFfDGkh0kzJIoWNaSM4zYk
        jrA4pJB9OiSSSjyklBc+JJfkP6SZsUEkm35DpJxLRSSeGEekoOVIJKKySqSlf0wkp0xOpKkZUCSr5lGkrbNTJK+AVaSxTVcktBpZ
        pLbnWiS3tFykuYFeJLtOYKS9G2IkvfFkpMGLaCTFJWykyb9vJM1Zc6TR83Yk1Y16pNonfiTv4ICk8a2CJPN6hKT1R4Yk9xSIpPrh
        iST8rouk/nuNJP9Ij6QBFpEkA+OSpAWwlCQIfZakCkqYJAwXmqQO5JskELGdpBJ+nyQVS6GkFxijJBnlpKQasqYkHH+opB5MqiQg
        GaykI+atJCWzr6QngLEkKU2zpCsatSQt57akL7S4JDKBuqQ0TrwkNRu+pDfovyQ5tcGkO4LDJD5PxaRAHMckQunIpES2yiRGg8yk
        SFDOJEod0KRN6tEkT7fTpFCE1SRSUdekVB7ZJFbr2qRZuNwkW4XepF1S4CRfH+Kk//jkJAOT6KQHLewkDMfvpBBh8yQU+/akGJX6
        JBwv/qSQ5AAlkrECpZV+BCWXSwalmBgIJZrlCaWcsgslnn8NpaFMDyWjGRGlpeYSJaezFKWpgBYlq00Ypa0aGiWw5xulsrQdJbOB
        H6W1TiEltxsjpbnoJCW8tSalvoIoJcBPKqXCHCwlxOktpca2LyXIgzGly1AzJc0dNaXO6jYl0Lc4pdKEOiXUUTyl1x4+JdnrP6Xb
        uEEl3YVDpd9SRSXhH0el4+xIJea5SqXohkwl6VNOpesgUCXt7VGl77pTJfGHVaX0VFcl9iFZpfjuWiX6u1yl/IheJf5VYKUBI2Il
        QgBlpUaaaCVKNGylTs5vJVJoc6VVAnclW5x6pV82fiUx6IClM7WCJTWChKU3T4YlOhyIpTzpiSU+toulQIONJUJQj6VEHZElRuqS
        pUm3lCVLhJalTFGYJU4emqVQ65slUridpVWFnyVXUqGlWR+jJVvspKVduaYlX4aopWFTqiVkIKylZu2tJWe6r6Vph7Ela1SzpW0h
        tSVv7ralcru4JXSIuqV2VbwleCK+pXrvvyV8vMGlf4nDJYFWxaWCI8clhPDIpYa9yiWIisylilfOJY0k0KWP8dElkb7TpZOL1SWV
        WNellyXZJZry2qWcv9wlnYzepZ9Z4CWhJuKlhAflJYeh6KWNO+wlkdXvpZVv8yWZCfelnaP6JaE9/qXS6wAm1bgCpteFBCbZUgam
        2x8IJt3sCabfuQsm4oYNpuRTDyblIBGm5+0SJum6FKbrhxYm7VQYpvAhGiby7hum9LsdJvaIH6b4VSEm+iIjpv3vJCb/vCamAIoo
        JgJXKqYEJCwmBvEtpgi+LyYLizGmDVgzJg8lNaYR8jYmE784phWMOiYYWTymGiY+JhvzP6YdwEEmH41DpiFaRSYjJ0emJvRIJijB
        SqYqjkwmLFtOpi4oUCYw9VGmMsJTJjWPVaY2XFcmOClZpjr2WiY8w1ymPpBeJkFdYKZDKmImxw5lpsuoaCbPQmym09xvJtZ2c6bc
        EHcm4Kp6puREfiZ074CmdryCJniJhKZ7VoYmfSOIpn7wiSaAvYumgoqNJoRXj6aGJJEmifGSpou+lCaNi5amj1iYJpElmqaT8psm
        lr+dppiMnyaZWaGmmyajJp3zpKafwKYmoY2opqRaqiamJ6ymqPStJqrBr6asjrEmrluzprAotSaz9bamtMK4JraPuqa4XLwmuim+
        prz2vya/w8GmwZDDJsNdxabFKscmx/fIpsnEyibLkcymzl7OJs8r0KbR+NEm08XTptWS1SbXX9em2izZJtz52qbextwm4JPepuJg
        4CbkLeKmCBblJg6w6KYSSuwmFuTvphp+8yYeGPemIrL6JiVM/qYW8wAnF8ACpxmNBCcbWganHScIJx/0CaciwQsnJI4NpyZbDyco
        KBGnKvUSJyzCFKcujxYnMVwYpzIpGic09hunNsMdJziQH6c6XSEnPSojpz/3JCdBxCanQ5EoJ0VeKqdHKywnSfgtp0zFLydNkjGn
        T18zJ1EsNadT+TYnVcY4p1iTOidaYDynXC0+J176P6dgx0EnYpRDp2RhRSdnLkenaPtIJ2rISqdslUwnbmJOp3AvUCdy/FGndclT
        J3eWVad5Y1cnezBZp339Wid/ylyngpdeJ4NkYKeFMWInTB1lp1C3aCdUUWynV+tvJ12Fc6dhH3cnZbl6p2lTfie29oCnuMOCJ7uQ
        hKe9XYYnvyqIp8H3iSfDxIunxZGNJ8dej6fKK5Eny/iSp83FlCfPkpan0V+YJ9MsmqfW+Zsn2Madp9qTnyfcYKGn3i2jJ+D6pKfi
        x6Yn5ZSop+ZhqifoLqyn6vutJ+zIr6fulbEn8GKzp/MvtSf1/Lan98m4J/mWuqf7Y7wn/TC+pwD+vycBy8GnA5jDJwVlxacHMscn
        Cf/IpwvMyicOmcynEGbOJxIz0KcUANInFs3Tpxia1ScbZ9enHDTZJx4B26cgztwnIpvepyRo4CcmNeKnjyTlJ5O+6KeXWOwnm/Lv
        p5+M8yeiJvenpsD6J6xa/qdY+gAoWscCqFyUBCheYQaoYC4IKGP7CahkyAsoZpUNqGhiDyhqLxGobPwSKG7JFKhxlhYoc2MYqHUw
        Gih3/RuoecodKHuXH6h+ZCEofzEjqIH+JCiDyyaohZgoKIdlKqiJMiwojP8tqI7MLyiQmTGokmYzKJQzNaiWADcomc04qJqaOiic
        ZzyonjQ+KKABQKiizkEopJtDqKdoRSipNUeoqwJJKK3PSqivnEwosWlOqLM2UCi1A1Kot9BTKLmdVai7alcovTdZqL8EWyjC0Vyo
        xJ5eKMZrYKjIOGIo0StlqNTFaCjYX2yo3vlvKOKTc6jmLXco6sd6qO5hfij5/YCo/MqCKP2XhKj/ZIYoATKIqAP/iSgFzIuoB5mN
        KApmj6gMM5EoDgCTqBDNlCgSmpaoFGeYKBc0mqgYAZwoGs6dqBybnygeaKGoIDWjKCICpaglz6YoJ5yoqClpqigrNqyoLQOuKC/Q
        r6gxnbEoM2qzqDU3tSg3BLeoOdG4KDueuqg9a7woQDi+qEIFwChE0sGoRp/DKEhsxahKOccoTAbJqE7TyihQoMyoUm3OKFQ60KhW
        B9IoWNTTqFuh1ShdbteoXzvZKGEI26hj1dwoZaLeqGdv4ChqPOKoFDPlKBjN6KgcZ+woIAHwqCOb8ygnNfeoLc/6KDFp/qiaAQEp
        nM4CqZ6bBCmgaAapozUIKaUCCqmnzwspqZwNqatpDymtNhGprwMTKbHQFKmznRYptWoYqbc3Gim5BBypu9EdKb6eH6nAayEpwjgj
        qcQFJSnG0iapyJ8oKcpsKqnMOSwpzgYuqdDTLynSoDGp1G0zKdY6NanZBzcp29Q4qd2hOinfbjyp4Ts+KeMIQKnl1UEp56JDqelv
        RSnrPEep7QlJKe/WSqnxo0wp83BOqfY9UCn4ClKp+tdTKfykVan+cVcpAD9ZqQMMWykE2VypBqZeKQhzYKkKQGIpVTplqVnUaClf
        bmypYwhwKWeic6lrPHcpbtZ6qXJwfik8BYGpPtKCKUCfhKlCbIYpRDmIqUYGiilI04upSqCNKUxtj6lOOpEpUAeTqVLUlClUoZap
        V26YKVk7mqlbCJwpXdWdqV+inylhb6GpYzyjKWUJpaln1qYpaaOoqWtwqiltPaypbwquKXHXr6l0pLEpdnGzqXg+tSl6C7epfNi4
        KX6luqmAcrwpgj++qYQMwCmG2cGpiKbDKYpzxamMQMcpjw3JqZHayimTp8yplXTOKZdB0KmZDtIpnNvTqZ2o1SmfddepoULZKaMP
        26ml3Nwpp6neqap24CmsQ+KpmUHlKZ3b6KmgdewppA/wqaip8ymuQ/epst36KbZ3/qndCAEq39UCquGiBCrjbwaq5TwIKucJCqrp
        1gsq66MNqu1wDyrvPRGq8goTKvTXFKr2pBYq+HEYqvo+Gir8Cxyq/tgdKgCmH6oCcyEqBEAjqgYNJSoI2iaqCqcoKg10KqoPQSwq
        EQ4uqhPbLyoVqDGqF3UzKhlCNaobDzcqHdw4qh+pOiohdjyqI0M+KiUQQKoo3UEqKqpDqix3RSouREeqMBFJKjLeSqo0q0wqNnhO
        qjhFUCo6ElKqPN9TKj6sVapAeVcqQ0ZZqkUTWypH4FyqSa1eKkt6YKpNR2Iq2khlquDiaCrkfGyq6BZwKuywc6rvSncq8+R6qvl+
        fip+DIGqgNmCKoKmhKqEc4YqhkCIqogNiiqL2ouqjaeNKo90j6qRQZEqkw6TqpXblCqXqJaqmXWYKptCmqqdD5wqn9ydqqGpnyqj
        dqGqpkOjKqgQpaqq3aYqrKqoqq53qiqwRKyqshGuKrTer6q2q7EquHizqrpFtSq8Ereqvt+4KsGsuqrDebwqxUa+qscTwCrJ4MGq
        y63DKs16xarPR8cq0RTJqtPhyirVrsyq13vOKtlI0KrcFdIq3uLTquCv1SrifNeq5EnZKuYW26ro49wq6rDequx94CruSuKqHlDl
        KiHq6KolhOwqKR7wqi+48yozUveqN+z6KjuG/qofEAErId0CqySqBCsmdwarKEQIKyoRCqss3gsrLqsNqzB4DysyRRGrNBITKzbf
        FKs4rBYrOnkYqzxGGis/ExyrQeAdK0OtH6tFeiErR0cjq0kUJStL4SarTa4oK097KqtRSCwrUxUuq1XiLytXrzGrWnwzK1xJNate
        FjcrYOM4q2KwOitkfTyrZko+K2gXQKtq5EErbLFDq25+RStwS0erchhJK3TlSqt3skwreX9Oq3tMUCt9GVKrf+ZTK4GzVauDgFcr
        hU1Zq4caWyuJ51yri7ReK42BYKuPTmIrYVdlq2XxaCtpi2yrbSVwK3C/c6t0WXcrevN6q36NfivBE4Grw+CCK8WthKvHeoYryUeI
        q8sUiivN4Yurz66NK9F7j6vTSJEr1RWTq9jilCvar5ar3HyYK95JmqvgFpwr4uOdq+SwnyvmfaGr6EqjK+oXpavs5KYr7rGoq/B+
        qivyS6yr9RiuK/flr6v5srEr+3+zq/1MtSv/GberAee4KwO0uqsFgbwrB06+qwkbwCsL6MGrDbXDKxCCxasST8crFBzJqxbpyisY
        tsyrGoPOKxxQ0KseHdIrIOrTqyK31SskhNerJlHZKyge26sr69wrLbjeqy+F4CsxUuKrol7lK6b46KuqkuwrsCzwq7TG8yu4YPer
        u/r6K7+U/qtiFwEsZOQCrGaxBCxofgasaksILGwYCqxu5QsscLINrHN/Dyx1TBGsdxkTLHnmFKx7sxYsfYAYrH9NGiyBGhysg+cd
        LIW0H6yHgSEsiU4jrIsbJSyO6CaskLUoLJKCKqyUTywslhwurJjpLyyatjGsnIMzLJ5QNaygHTcsouo4rKS3OiymhDysqVE+LKse
        QKyt60Esr7hDrLGFRSyzUkestR9JLLfsSqy5uUwsu4ZOrL1TUCy/IFKswe1TLMS6VazGh1csyFRZrMohWyzM7lyszrteLNCIYKzS
        VWIs5mVlrOr/aCztmWys8TNwLPXNc6z7Z3cs/wF7rAOcfiwDG4GsBeiCLAe1hKwJgoYsDE+IrA4ciiwQ6YusEraNLBSDj6wWUJEs
        GB2TrBrqlCwct5asHoSYLCBRmqwiHpwsJOudrCe4nywphaGsK1KjLC0fpawv7KYsMbmorDOGqiw1U6ysNyCuLDntr6w7urEsPYez
        rD9UtSxCIbesRO64LEa7uqxIiLwsSlW+rEwiwCxO78GsULzDLFKJxaxUVscsViPJrFjwyixavcysXYrOLF9X0KxhJNIsY/HTrGW+
        1Sxni9esaVjZLGsl26xt8twsb7/erHGM4CxzWeKsJ23lLCsH6awxoewsNTvwrDnV8yw8b/esQAn7LESj/qylHgEtp+sCram4BC2r
        hQatrVIILa8fCq2x7Asts7kNrbWGDy23UxGtuSATLbvtFK29uhYtwIcYrcJUGi3EIRytxu4dLci7H63KiCEtzFUjrc4iJS3Q7yat
        0rwoLdSJKq3WViwt2CMurdvwLy3dvTGt34ozLeFXNa3jJDct5fE4ree+Oi3pizyt61g+Le0lQK3v8kEt8b9DrfOMRS31WUet+CZJ
        LfrzSq38wEwt/o1OrQBbUC0CKFKtBPVTLQbCVa0Ij1ctClxZrQwpWy0O9lytEMNeLROQYK0VXWIta3RlrW4OaS1yqGytdkJwLXzc
        c62AdncthBB7rYeqfi1GIoGtSO+CLUq8hK1MiYYtTlaIrVAjii1S8IutVL2NLVaKj61ZV5EtWySTrV3xlC1fvpatYYuYLWNYmq1l
        JZwtZ/KdrWm/ny1rjKGtbVmjLW8mpa1x86Ytc8CorXaNqi14WqyteieuLXz0r61+wbEtgI6zrYJbtS2EKLethvW4LYjCuq2Kj7wt
        jFy+rY4pwC2R9sGtk8PDLZWQxa2XXcctmSrJrZv3yi2dxMytn5HOLaFe0K2jK9ItpfjTrafF1S2pktetrF/ZLa4s262w+dwtssbe
        rbST4C22YOKtrHvlLbIV6a22r+wtuUnwrb3j8y3BffetxRf7Lcux/q3nJQEu6fICruu/BC7tjAau71kILvEmCq708wsu9sANrviN
        Dy76WhGu/CcTLv70FK4AwhYuAo8YrgRcGi4GKRyuCPYdLgrDH64MkCEuD10jrhEqJS4T9yauFcQoLheRKq4ZXiwuGysurh34Ly4f
        xTGuIZIzLiNfNa4lLDcuJ/k4rirGOi4skzyuLmA+LjAtQK4y+kEuNMdDrjaURS44YUeuOi5JLjz7Sq4+yEwuQJVOrkJiUC5FL1Ku
        R/xTLknJVa5LllcuTWNZrk8wWy5R/VyuU8peLlWXYK5XZGIu74JlrvMcaS73tmyu/VBwLgHrc64FhXcuCB97rgy5fi6IKYGuivaC
        Lo3DhK6PkIYukV2IrpMqii6V94uul8SNLpmRj66bXpEunSuTrp/4lC6hxZauo5KYLqVfmq6oLJwuqvmdrqzGny6uk6GusGCjLrIt
        pa60+qYutseorriUqi66YayuvC6uLr77r67AyLEuw5WzrsVitS7HL7euyfy4LsvJuq7Nlrwuz2O+rtEwwC7T/cGu1crDLteXxa7Z
        ZMcu2zHJrt7+yi7gy8yu4pjOLuRl0K7mMtIu6P/TrurM1S7smdeu7mbZLvAz267yAN0u9M3ervaa4C74Z+KuM4rlLjck6a46vuwu
        PljwrkLy8y5GjPeuTCb7LlDA/q4qLQEvLPoCry7HBC8wlAavMmEILzQuCq82+wsvOMgNrzqVDy88YhGvPi8TL0H8FK9DyRYvRZYY
        r0djGi9JMByvS/0dL03KH69PlyEvUWQjr1MxJS9V/iavV8soL1mYKq9cZSwvXjIur2D/Ly9izDGvZJkzL2ZmNa9oMzcvagA5r2zN
        Oi9umjyvcGc+L3I0QK90AUIvds5Dr3mbRS97aEevfTVJL38CS6+Bz0wvg5xOr4VpUC+HNlKviQNUL4vQVa+NnVcvj2pZr5E3Wy+U
        BF2vltFeL5ieYK+aa2IvdJFlr3graS9+xWyvgl9wL4b5c6+Jk3cvjS17r5HHfi/LMIGvzf2CL8/KhK/Rl4Yv02SIr9Uxii/X/ouv
        2suNL9yYj6/eZZEv4DKTr+L/lC/kzJav5pmYL+hmmq/qM5wv7ACer+7Nny/wmqGv8mejL/Q0pa/3Aacv+c6or/ubqi/9aKyv/zWu
        LwEDsK8D0LEvBZ2zrwdqtS8JN7evCwS5Lw3Ruq8PnrwvEmu+rxQ4wC8WBcKvGNLDLxqfxa8cbMcvHjnJryAGyy8i08yvJKDOLyZt
        0K8oOtIvKgfUry3U1S8vodevMW7ZLzM72681CN0vN9Xerzii4C87b+KvuJjlL7sy6a+/zOwvw2bwr8cA9C/Nmvev0TT7L9TO/q9s
        NAEwbgEDsHDOBDBymwawdWgIMHc1CrB5Agwwe88NsH2cDzB/aRGwgTYTMIMDFbCF0BYwh50YsIlqGjCLNxywjQQeMJDRH7CSniEw
        lGsjsJY4JTCYBSewmtIoMJyfKrCebCwwoDkusKIGMDCk0zGwpqAzMKhtNbCrOjcwrQc5sK/UOjCxoTyws24+MLU7QLC2CEIwudVD
        sLuiRTC9b0ewvzxJMMEJS7DD1kwwxqNOsMhwUDDKPVKwzApUMM7XVbDQpFcw0XFZsNQ+WzDWC12w2NheMNqlYLDccmIw+Z9lsP85
        aTAD1GywBm5wMAoIdLAOoncwEjx7sBbWfjAOOIGwEAWDMBLShLAUn4YwFmyIsBg5ijAaBoywHNONMB6gj7AgbZEwIjqTsCQHlTAm
        1JawKaGYMCtumrAtO5wwLwiesDHVnzAzoqGwNG+jMDc8pbA5CacwO9aosD2jqjA/cKywQT2uMEQKsLBG17EwSKSzsEpxtTBMPrew
        Tgu5ME/YurBSpbwwVHK+sFY/wDBYDMKwWtnDMFymxbBfc8cwYUDJsGMNyzBl2sywZ6fOMGl00LBqQdIwbQ7UsG/b1TBxqNewc3XZ
        MHVC27B3D90wedzesHyp4DB+duKwPKflMEBB6bBE2+wwSHXwsE4P9DBSqfewVUP7MFnd/rCvOwExsQgDsbLVBDG1ogaxt28IMbk8
        CrG7CQwxvdYNsb+jDzHCcBGxxD0TMcYKFbHI1xYxyqQYscxxGjHNPhyx0AseMdLYH7HUpSEx1nIjsdg/JTHaDCex3dkoMd+mKrHh
        cywx40AuseUNMDHn2jGx6KczMet0NbHtQTcx7w45sfHbOjHzqDyx9XU+MfdCQLH6D0Ix/NxDsf6pRTEAd0exAkRJMQMRS7EG3kwx
        CKtOsQp4UDEMRVKxDhJUMRDfVbESrFcxFXlZsRdGWzEZE12xG+BeMR2tYLEeemIxgK5lsYRIaTGH4myxi3xwMY8WdLGTsHcxl0p7
        sZ3kfjFQP4GxUgyDMVTZhLFWpoYxWHOIsVtAijFdDYyxX9qNMWGnj7FjdJExZUGTsWYOlTFp25axa6iYMW11mrFvQpwxcQ+esXPc
        nzF1qaGxeHajMXpDpbF8EKcxft2osYCqqjGBd6yxhESuMYYRsLGI3rExiquzsYx4tTGORbexkBK5MZPfurGVrLwxl3m+sZlGwDGb
        E8KxnODDMZ+txbGhescxo0fJsaUUyzGn4cyxqa7OMat70LGuSNIxsBXUsbLi1TG0r9extnzZMbdJ27G5Ft0xvOPesb6w4DHAfeKx
        wbXlMcVP6bHJ6ewxz4PwsdId9DHWt/ex2lH7Md7r/rHxQgEy8w8DsvbcBDL4qQay+nYIMvxDCrL+EAwy/90NsgKrDzIEeBGyBkUT
        MggSFbIK3xYyDKwYsg55GjIRRhyyExMeMhXgH7IXrSEyGXojshpHJTIdFCeyH+EoMiGuKrIjeywyJUgusicVMDIp4jGyLK8zMi58
        NbIwSTcyMhY5sjTjOjI1sDyyN30+MjpKQLI8F0IyPuRDskCxRTJCfkeyREtJMkcYS7JJ5UwyS7JOsk1/UDJPTFKyUBlUMlLmVbJV
        s1cyV4BZsllNWzJbGl2yXedeMl+0YLJigWIyBL1lsghXaTIM8WyyEItwMhQldLIYv3cyHll7siHzfjKTRoGylRODMpfghLKYrYYy
        m3qIsp1HijKfFIyyoeGNMqOuj7Kle5Eyp0iTsqoVlTKs4payrq+YMrB8mrKySZwysxaesrXjnzK4sKGyun2jMrxKpbK+F6cywOSo
        ssKxqjLFfqyyx0uuMskYsLLL5bEyzbKzss5/tTLQTLey0xm5MtXmurLXs7wy2YC+sttNwDLdGsKy4OfDMuK0xbLkgccy5k7Jsugb
        yzLp6Myy67XOMu6C0LLwT9Iy8hzUsvTp1TL2ttey+IPZMvpQ27L9Hd0y/+resgG44DIDheKyRsTlMkpe6bJQ+OwyU5Lwslcs9DJb
        xveyX2D7MmP6/rIzSgEzNhcDszjkBDM6sQazPH4IMz5LCrNAGAwzQ+UNs0WyDzNHfxGzSUwTM0sZFbNM5hYzTrMYs1GAGjNTTRyz
        VRoeM1fnH7NZtCEzW4Ejs15OJTNgGyezYugoM2S1KrNmgiwzZ08us2kcMDNs6TGzbrYzM3CDNbNyUDczdB05s3bqOjN4tzyze4Q+
        M31RQLN/HkIzgetDs4K4RTOEhUezh1JJM4kfS7OL7EwzjblOs4+GUDORU1KzkyBUM5btVbOYulczmodZs5xUWzOeIV2zn+5eM6K7
        YLOkiGIzictls41laTOR/2yzlZlwM5kzdLOezXczomd7s6YBfzPVTYGz1xqDM9nnhLPctIYz3oGIs+BOijPiG4yz5OiNM+W1j7Pn
        gpEz6k+Ts+wclTPu6Zaz8LaYM/KDmrP0UJwz9h2es/nqnzP7t6Gz/YSjM/9RpbMAH6czAuyoswW5qjMHhqyzCVOuMwsgsLMN7bEz
        D7qzsxGHtTMUVLezFiG5MxjuurMau7wzHIi+sx1VwDMgIsKzIu/DMyS8xbMmicczKFbJsyojyzMs8MyzL73OMzGK0LMzV9IzNSTU
        szfx1TM4vtezOovZMz1Y27M/Jd0zQfLes0O/4DNFjOKzy9LlM9Bs6bPUBu0z2KDws9w69DPg1Pez5G77M+gI/7N3UQE0eR4DtHvr
        BDR9uAa0foUINIBSCrSDHww0hewNtIe5DzSJhhG0i1MTNI0gFbSP7RY0kroYtJSHGjSWVBy0mCEeNJnuH7SbuyE0nogjtKBVJTSi
        Iie0pO8oNKa8KrSoiSw0qlYutK0jMDSv8DG0sb0zNLOKNbS1Vzc0tiQ5tLjxOjS7vjy0vYs+NL9YQLTBJUI0w/JDtMW/RTTIjEe0
        yllJNMwmS7TO80w00MBOtNGNUDTTWlK01idUNNj0VbTawVc03I5ZtN5bWzTgKF204/VeNOXCYLTnj2I0DtpltBJ0aTQWDm20Gqhw
        NB9CdLQj3Hc0J3Z7tCsQfzQXVYG0GSKDNBzvhLQevIY0IImItCJWijQkI4y0JvCNNCi9j7QripE0LVeTtC8klTQx8Za0Mr6YNDSL
        mrQ2WJw0OSWetDvynzQ9v6G0P4yjNEFZpbRDJqc0RvOotEjAqjRKjay0TFquNE4nsLRP9LE0UcGztFSOtTRWW7e0WCi5NFr1urRc
        wrw0Xo++tGFcwDRjKcK0ZfbDNGfDxbRpkMc0al3JtGwqyzRv98y0ccTONHOR0LR1XtI0dyvUtHn41TR7xde0fpLZNIBf27SCLN00
        hPnetIXG4DSHk+K0UeHlNFV76bRZFe00Xa/wtGFJ9DRl4/e0aX37NG4X/7S5WAE1uyUDtb3yBDW/vwa1wYwINcRZCrXGJgw1yPMN
        tcrADzXLjRG1zVoTNc8nFbXS9BY11MEYtdaOGjXYWxy12igeNdz1H7XfwiE14Y8jteNcJTXlKSe15/YoNejDKrXqkCw17V0ute8q
        MDXx9zG188QzNfWRNbX3Xjc1+Ss5tfz4OjX+xTy1AJM+NQJgQLUDLUI1BfpDtQjHRTUKlEe1DGFJNQ4uS7UQ+0w1EshOtRSVUDUX
        YlK1GS9UNRv8VbUdyVc1HpZZtSBjWzUjMF21Jf1eNSfKYLUpl2I1k+hltZeCaTWbHG21oLZwNaRQdLWo6nc1rIR7tbAefzVaXIG1
        XSmDNV/2hLVhw4Y1Y5CItWRdijVmKoy1aPeNNWvEj7VtkZE1b16TtXErlTVz+Ja1dcWYNXeSmrV6X5w1fCyetX75nzWAxqG1gZOj
        NYNgpbWGLac1iPqotYrHqjWMlKy1jmGuNZAusLWS+7E1lciztZeVtTWZYre1my+5NZz8urWeybw1oZa+taNjwDWlMMK1p/3DNanK
        xbWrl8c1rWTJtbAxyzWy/sy1tMvONbaY0LW3ZdI1uTLUtbv/1TW+zNe1wJnZNcJm27XEM901xgDftcjN4DXLmuK11u/lNdqJ6bXe
        I+014r3wteZX9DXq8fe174v7NfMl/7X8XwE2/iwDtv/5BDYBxwa2BJQINgZhCrYILgw2CvsNtgzIDzYOlRG2EGITNhMvFbYV/BY2
        F8kYthmWGjYaYxy2HDAeNh/9H7YhyiE2I5cjtiVkJTYnMSe2Kf4oNivLKrYumCw2MGUutjIyMDY0/zG2NcwzNjeZNbY5Zjc2PDM5
        tj4AOzZAzTy2Qpo+NkRnQLZGNEI2SQFEtkvORTZNm0e2T2hJNlA1S7ZSAk02VM9OtlecUDZZaVK2WzZUNl0DVrZf0Fc2YZ1ZtmRq
        WzZmN122aARfNmrRYLZrnmI2GPdlthyRaTYhK222JcVwNilfdLYt+Xc2MZN7tjUtfzadY4G2nzCDNqH9hLajyoY2pZeItqdkijap
        MYy2rP6NNq7Lj7awmJE2smWTtrMylTa1/5a2t8yYNrqZmra8Zpw2vjOetsAAoDbCzaG2xJqjNsdnpbbJNKc2ywGpts3OqjbOm6y2
        0GiuNtI1sLbVArI218+zttmctTbbabe23Ta5Nt8Du7bi0Lw25J2+tuZqwDboN8K26QTENuvRxbbtnsc28GvJtvI4yzb0Bc229tLO
        Nvif0Lb6bNI2/DnUtv8G1jYB1Ne2A6HZNgRu27YGO902CAjftgvV4DYNouK2W/7lNl+Y6bZjMu02Z8zwtmtm9DZwAPi2dJr7Nng0
        /7Y+ZwE3QDQDt0IBBTdFzga3R5sIN0loCrdLNQw3TAIOt07PDzdQnBG3U2kTN1U2FbdXAxc3WdAYt1udGjddahy3YDceN2IEILdk
        0SE3Zp4jt2drJTdpOCe3awUpN27SKrdwnyw3cmwut3Q5MDd2BjK3eNMzN3qgNbd9bTc3fzo5t4EHOzeC1Dy3hKE+N4ZuQLeJO0I3
        iwhEt43VRTePoke3kW9JN5M8S7eVCU03mNZOt5qjUDeccFK3nT1UN58KVreh11c3pKRZt6ZxWzeoPl23qgtfN6zYYLeupWI3nQVm
        t6KfaTemOW23qtNwN65tdLeyB3g3tqF7t7s7fzfgaoG34jeDN+QEhbfl0YY3556It+lrijfsOIy37gWON/DSj7fyn5E39GyTt/Y5
        lTf4Bpe3+9OYN/2gmrf/bZw3ADuetwIIoDcE1aG3B6KjNwlvpbcLPKc3DQmptw/WqjcRo6y3E3CuNxY9sLcYCrI3GteztxuktTcd
        cbe3Hz65NyILu7ck2Lw3JqW+tyhywDcqP8K3LAzENy7Zxbcxpsc3M3PJtzVAyzc2Dc23ONrONzqn0Lc8dNI3P0HUt0EO1jdD29e3
        RajZN0d127dJQt03TA/ft07c4DdQqeK34AzmN+Sm6bfoQO037Nrwt/F09Df1Dvi3+aj7N/1C/7eAbgE4gjsDuIUIBTiH1Qa4iaII
        OItvCriNPAw4jwkOuJHWDziUoxG4lnATOJg9FbiZChc4m9cYuJ2kGjigcRy4oj4eOKQLILim2CE4qKUjuKpyJTisPye4rwwpOLHZ
        Krizpiw4tHMuuLZAMDi4DTK4utozOL2nNbi/dDc4wUE5uMMOOzjF2zy4x6g+OMp1QLjMQkI4zg9EuM/cRTjRqUe403ZJONVDS7jY
        EE042t1OuNyqUDjed1K44ERUOOIRVrjl3lc456tZuOl4WzjqRV247BJfOO7fYLjwrGI4IxRmuCeuaTgrSG24L+JwODN8dLg3Fng4
        PLB7uEBKfzgicoG4JD+DOCYMhbgo2YY4KqaIuC1zijgvQIy4MQ2OODLaj7g0p5E4NnSTuDhBlTg7Dpe4PduYOD+omrhBdZw4Q0Ke
        uEUPoDhI3KG4SqmjOEx2pbhNQ6c4TxCpuFHdqjhTqqy4VneuOFhEsLhaEbI4XN6zuF6rtThgeLe4Y0W5OGUSu7hn37w4aKy+uGp5
        wDhsRsK4bhPEOHHgxbhzrcc4dXrJuHdHyzh5FM24e+HOOH2u0LiAe9I4gkjUuIMV1jiF4te4h6/ZOIl827iMSd04jhbfuJDj4DiS
        sOK4ZRvmOGm16bhtT+04cunwuHaD9Dh6Hfi4frf7OIJR/7jDdQE5xkIDucgPBTnK3Aa5y6kIOc12CrnPQww50RAOudTdDznWqhG5
        2HcTOdpEFbncERc53t4YueGrGjnjeBy55UUeOeYSILno3yE56qwjuex5JTnvRie58RMpOfPgKrn1rSw593ouuflHMDn7FDK5/uEz
        OQCvNbkBfDc5A0k5uQUWOzkH4zy5CrA+OQx9QLkOSkI5EBdEuRLkRTkUsUe5Fn5JORlLS7kbGE05HOVOuR6yUDkgf1K5IkxUOSUZ
        Vrkn5lc5KbNZuSuAWzktTV25LxpfOTHnYLk0tGI5qCJmuay8aTmwVm25tPBwObiKdLm9JHg5wb57ucVYfzlkeYG5ZkaDOWgThblq
        4IY5ba2IuW96ijlxR4y5cxSOOXXhj7l3rpE5eXuTuXxIlTl+FZe5f+KYOYGvmrmDfJw5hUmeuYgWoDmL46G5jbCjOY99pbmRSqc5
        kxepuZXkqjmXsay5mX6uOZtLsLmdGLI5n+WzuaGytTmkf7e5pky5OagZu7mq5rw5rLO+ua6AwDmwTcK5shrEObTnxbm2tMc5uIHJ
        ubpOyzm8G825vujOOcG10LnDgtI5xU/Uuccc1jnJ6de5y7bZOc6D27nQUN050R3fudPq4DnVt+K56ynmOe/D6bn0Xe05+PfwufyR
        9DkALPi5BMb7OQhg/7kHfQE6CUoDugsXBToN5Aa6DrEIOhB+CroTSww6FhgOuhjlDzoashG6HH8TOh5MFbogGRc6IuYYuiSzGjom
        gBy6KE0eOioaILos5yE6LrQjujGBJTozTie6NRspOjfoKro5tSw6O4Iuuj1PMDpAHDK6QukzOkS2NbpGgzc6SFA5ukodOzpN6jy6
        T7c+OlGEQLpTUUI6VR5EulfrRTpZuEe6XIVJOl5SS7pgH006YuxOumS5UDpmhlK6aVNUOmsgVrpt7Vc6b7pZunGHWzpzVF26dSFf
        OnjuYLp6u2I6MTFmujXLaTo5ZW26Pv9wOkSZdLpIM3g6TM17ulBnfzqqgIG6rE2DOq4ahbqx54Y6s7SIurWBijq3Toy6uRuOOrvo
        j7q+tZE6wYKTusNPlTrFHJe6x+mYOsm2mrrLg5w6zlCeutAdoDrS6qG61LejOteEpbrZUac62x6put7rqjrguKy64oWuOuVSsLrn
        H7I66eyzuuy5tTruhre68FO5OvMgu7r17bw697q+uvmHwDr8VMK6/iHEOgDvxboCvMc6BYnJugdWyzoJI826DPDOOg+90LoRitI6
        E1fUuhYk1joY8de6G77ZOh6L27ogWN06IiXfuiTy4Domv+K6fjjmOoXS6bqKbO06jgbxupOg9DqXOvi6ndT7OqNu/7pUhAE7VlED
        u1keBTtb6wa7XrgIO2CFCrtjUgw7Zh8Ou2nsDztruRG7boYTO3FTFbt0IBc7du0Yu3m6Gjt7hxy7flQeO4EhILuD7iE7hrsju4mI
        JTuMVSe7jyIpO5HvKruUvCw7l4kuu5tWMDueIzK7ofAzO6S9Nbunijc7qlc5u60kOzuv8Ty7sr4+O7WLQLu5WEI7vCVEu7/yRTvD
        v0e7xoxJO8hZS7vMJk07z/NOu9LAUDvVjVK72VpUO9wnVrvf9Fc748FZu+aOWzvpW1277ihfO/H1YLv0wmI78T9mu/jZaTv/c227
        Bg5xOw2odLsWQng7Hdx7uyR2fzsWiIG7GlWDOx8ihbsj74Y7JryIuyqJijsvVoy7MiOOOzfwj7s8vZE7QIqTu0RXlTtJJJe7TfGY
        O1K+mrtYi5w7XVieu2EloDtl8qG7ar+jO2+Mpbt1Wac7eyapu3/zqjuFwKy7i42uO5BasLuVJ7I7m/Szu6HBtTumjre7rFu5O7Eo
        u7u49bw7vsK+u8SPwDvKXMK70CnEO9f2xbvdw8c745DJu+pdyzvxKs27+PfOO//E0LsGktI7C1/UuxMs1jsb+de7I8bZOymT27sx
        YN07OS3fu0D64DtHx+K770fmO/7h6bsOfO07Hxbxuy+w9DtBSvi7VeT7O2Z+/7s8jAE8RlkDvE8mBTxZ8wa8Y8AIPG6NCrx5Wgw8
        hCcOvI70DzyawRG8pY4TPLJbFby+KBc8yfUYvNbCGjzjjxy88FwePPwpILwL9yE8GcQjvCaRJTw0Xie8QyspPFL4KrxhxSw8cJIu
        vIBfMDyQLDK8oPkzPLDGNbzAkzc802A5vOQtOzz1+jy8Bsg+PBqVQLwsYkI8Py9EvFL8RTxmyUe8eZZJPI1jS7yhME08tf1OvMvK
        UDzhl1K89mRUPA0yVrwj/1c8OsxZvFGZWzxpZl28gDNfPJgAYbyxzWI8GVJmvE3saTyDhm28uSBxPPK6dLwqVXg8Zu97vKKJfzzw
        kYG8EV+DPDEshbxT+YY8dcaIvJmTijy9YIy84i2OPAn7j7wwyJE8V5WTvIFilTyqL5e81fyYPALKmrwtl5w8W2SevIoxoDy6/qG8
        6sujPByZpbxPZqc8gzOpvLgAqzzuzay8JZuuPF1osLyXNbI80gK0vA3QtTxKnbe8iGq5PMY3u7wGBb08SdK+vIyfwDzPbMK8FDrE
        PFsHxryj1Mc866HJvDZvyzyCPM28zwnPPB3X0LxspNI8vHHUvBA/1jxiDNi8uNnZPA6n27xldN08vkHfvBkP4Tx03OK8B2XmPMn/
        6byQmu08XjXxvDHQ9DwNa/i87AX8PNSg/7zhnQE9WmsDvdc4BT1YBge93dMIPWShCr3vbgw9fjwOvRAKED2m1xG9QKUTPd5yFb1/
        QBc9Iw4ZvczbGj15qRy9KncePeBEIL2YEiI9VeAjvRauJT3beye9pkkpPXMXK71G5Sw9HbMuvfeAMD3YTjK9vBw0PaTqNb2SuDc9
        hIY5vXxUOz12Ij29d/A+PX2+QL2GjEI9llpEvaooRj3D9ke94cRJPQSTS70tYU09Wy9PvY79UD3Hy1K9BJpUPUdoVr2PNlg93gRa
        vTLTWz2LoV296m9fPU8+Yb24DGM9DZtmvQw4aj0h1W29TnJxPZQPdb3zrHg9a0p8vf3nfz3WwoG9uZGDPapghb2oL4c9tP6Ivc/N
        ij33nIy9L2yOPXQ7kL3ICpI9K9qTvZ6plT0geZe9sUiZPVIYm70D6Jw9xLeevZWHoD12V6K9aSekPWz3pb2Ax6c9ppepvd1nqz0l
        OK29fwivPezYsL1rqbI9+3m0vZ5Ktj1VG7i9Huy5Pfq8u73rjb097V6/vQQwwT0vAcO9btLEPcKjxr0pdcg9pkbKvTgYzD3f6c29
        mrvPPWuN0b1TX9M9UDHVvWMD1z2M1di9zKfaPSJ63L2PTN49Ex/gvbDx4T1ixOO9CF/nPRQF672Bq+49U1LyvYz59T0oofm9L0n9
        Pc94AL48TQI+3yEEvrv2BT7Qywe+HKEJPqJ2C75jTA0+XyIPvpj4ED4PzxK+w6UUPrZ8Fr7pUxg+XCsavhEDHD4H2x2+QrMfPsCL
        Ib6CZCM+iz0lvtkWJz5w8Ci+TsoqPnekLL7pfi4+plkwvq80Mj4FEDS+p+s1PprHN77bozk+bYA7vlBdPT6FOj++DRhBPuj1Qr4b
        1EQ+obJGvn+RSD62cEq+Q1BMPiwwTr5vEFA+DfFRvgnSUz5hs1W+F5VXPi13Wb6mWVs+fzxdvrofXz5XA2G+WudiPsPLZL6RsGY+
        wnNqvjhAbj5fDnK+PN51Ptmveb49g30+OayAvsKXgj46hIS+qHGGPhFgiL55T4o+4z+MvlYxjj7XI5C+aReSPhEMlL7WAZY+vPiX
        vsbwmT7+6Zu+ZOSdPgDgn77Y3KE+8Nqjvk7apT742qe+89ypPkbgq7715K0+COuvvoTysT5v+7O+0QW2Pq4RuL4NH7o+9i28vm4+
        vj59UMC+KWTCPnp5xL54kMY+J6nIvpDDyj6838y+sv3OPnkd0b4bP9M+m2LVvgeI1z5lr9m+vNjbPhkE3r6BMeA+AGHivpuS5D5g
        xua+VvzoPog0677/bu0+x6vvvujq8T5vLPS+QLL4PrdG/b7U8gA/u0cDv0GiBT+fAgi/DGkKP8TVDL8GSQ8/E8MRvzFEFD+ozBa/
        xFwZP9n0G786lR4/Qz4hv1jwIz/Yqya/NnEpP+NALL9dGy8/JgEyv83yND/p8De/HPw6PxQVPr+OPEE/WXNEv026Rz9bEku/inxO
        P/H5Ub/Ji1U/ZDNZvzvyXD/syWC/QLxkPzXLaL8B+Ww/KEhxv3a7dT8eVnq/vxt/P0UIgr+mnIQ/0U2HvxAfij9MFI2/MjKQP3N+
        k78GAJc/q7+av4PInj8XKaO/2PSnP71Grb++RbM/XC26v51fwj+HkMy//EnaPwBH8L89mi3AwPkgwJrLGsCpmhbA+2cTwPrOEMB7
        nQ7AlbYMwO8HC8COhQnAwyYIwEblBsBNvAXAT6gEwFWmA8AHtALAjs8BwFj3AMABKgDADc3+v9FX/b+c8vu/LJz6vzRT+b+bFvi/
        aOX2v9K+9b8YovS/dY7zv2+D8r9fgPG/yYTwv1WQ779/ou6/7LrtvzjZ7L8z/eu/fybrv8JU6r/mh+m/m7/ov53757/VO+e/BYDm
        v/XH5b+YE+W/s2Lkvym147/KCuO/hmPivz6/4b/GHeG/GX/gvxHj37+SSd+/j7Lev+8d3r+gi92/fvvcv49t3L+24du/21fbv/zP
        2r8EStq/28XZv4ZD2b/rwti//EPYv7PG178HS9e/59DWv0BY1r8a4dW/YWvVvwb31L8NhNS/axLUvwei07/xMtO/EsXSv2lY0r/k
        7NG/jILRv1EZ0b8nsdC/FUrQvxDkz78If8+/CRvPvwC4zr/pVc6/yPTNv5KUzb9BNc2/zdbMvzt5zL+DHMy/l8DLv4Rly785C8u/
        tLHKv/lYyr/+AMq/wKnJvzdTyb9p/ci/T6jIv+BTyL8iAMi/D63Hv5tax7/UCMe/rbfGvx9nxr8yF8a/38fFvyR5xb/2KsW/X93E
        v1iQxL/bQ8S/7PfDv4esw7+jYcO/SRfDv3LNwr8dhMK/QDvCv+bywb8Iq8G/nmPBv64cwb821sC/LpDAv5xKwL96BcC/ycC/v4J8
        v7+pOL+/PfW+vzSyvr+ab76/ZS2+v5Lrvb8lqr2/G2m9v28ovb8m6Ly/PKi8v7FovL9+Kby/qOq7vy6su78Jbru/PzC7v83yur+s
        tbq/43i6v288ur9LALq/eMS5v/eIub/ITbm/4xK5v1DYuL8Jnri/DGS4v10quL/48Le/27e3vwd/t79+Rre/PA63vzzWtr+Enra/
        Eme2v+Ivtr/3+LW/T8K1v+WLtb/BVbW/3B+1vznqtL/RtLS/q3+0v8NKtL8UFrS/peGzv3Ots796ebO/vkWzvz0Ss7/x3rK/46uy
        vw55sr9wRrK/BxSyv9fhsb/er7G/GX6xv4tMsb8zG7G/Cuqwvxu5sL9fiLC/1Vewv3snsL9V96+/Ysevv5yXr78LaK+/qTivv3UJ
        r79y2q6/n6uuv/d8rr+BTq6/OCCuvxzyrb8sxK2/apatv9Rorb9nO62/KQ6tvxXhrL8qtKy/bIesv9harL9uLqy/KgKsvxLWq78j
        qqu/WH6rv7lSq79BJ6u/7vuqv8XQqr/Cpaq/43qqvy5Qqr+dJaq/Mvupv+vQqb/Jpqm/znypv/RSqb9AKam/sP+ov0LWqL/4rKi/
        0oOov89aqL/sMai/Lgmov5Dgp78SuKe/uY+nv4Fnp79nP6e/cBenv5rvpr/kx6a/TKCmv9V4pr9/Uaa/RCqmvy0Dpr8z3KW/VrWl
        v5qOpb/8Z6W/ekGlvxcbpb/T9KS/rM6kv5+opL+zgqS/4lykvyw3pL+VEaS/Guyjv7nGo792oaO/Tnyjv0JXo79QMqO/eQ2jv7/o
        or8dxKK/mJ+ivy57or/aVqK/ozKiv4gOor+C6qG/mMahv8iiob8Rf6G/cluhv+03ob+CFKG/K/Ggv/DNoL/OqqC/wYegv85koL/1
        QaC/MR+gv4T8n7/v2Z+/crefvwuVn7+9cp+/hFCfv2Iun79XDJ+/Y+qev4PInr+8pp6/C4Wev29jnr/nQZ6/diCevx3/nb/V3Z2/
        pbydv4ubnb+Cep2/kVmdv7Y4nb/uF52/Ovecv5zWnL8Rtpy/mZWcvzh1nL/qVJy/rjScv4kUnL929Ju/dNSbv4m0m7+wlJu/7HSb
        vzhVm7+aNZu/DRabv5L2mr8s15q/2Leav5WYmr9leZq/SVqavz87mr9EHJq/Xv2Zv4remb/Fv5m/FKGZv3WCmb/lY5m/aUWZv/0m
        mb+iCJm/WuqYvyPMmL/8rZi/5I+Yv99xmL/sU5i/BjaYvzMYmL9x+pe/vtyXvxy/l7+KoZe/CYSXv5dml781SZe/5CuXv6EOl79v
        8Za/TNSWvzm3lr81mpa/Qn2Wv15glr+IQ5a/wiaWvwsKlr9j7ZW/ytCVv0G0lb/El5W/WXuVv/telb+rQpW/ayaVvzkKlb8X7pS/
        AdKUv/u1lL8DmpS/Fn6UvztilL9tRpS/qyqUv/oOlL9V85O/v9eTvzW8k7+6oJO/TYWTv+tpk7+ZTpO/VDOTvxoYk7/v/JK/0+GS
        v8HGkr+/q5K/yJCSv991kr8CW5K/M0CSv3Elkr+5CpK/EPCRv3XVkb/jupG/YaCRv+qFkb9/a5G/IFGRv842kb+JHJG/TwKRvyLo
        kL8BzpC/6rOQv+KZkL/lf5C/8mWQvw1MkL80MpC/ZxiQv6P+j7/s5I+/QsuPv6Gxj78OmI+/hn6Pvwhlj7+WS4+/MDKPv9YYj7+E
        /46/P+aOvwbNjr/Ws46/spqOv5uBjr+LaI6/ik+Ov5I2jr+jHY6/wgSOv+rrjb8d042/WrqNv6Ohjb/2iI2/UnCNv7pXjb8tP42/
        qCaNvy8Ojb/B9Yy/Xd2MvwHFjL+xrIy/a5SMvy58jL/9Y4y/1kuMv7YzjL+iG4y/mQOMv5jri7+i04u/truLv9Oji7/5i4u/KnSL
        v2Nci7+mRIu/9SyLv0wVi7+r/Yq/FeaKv4nOir8Ft4q/ip+KvxqIir+zcIq/VFmKv/9Bir+zKoq/cBOKvzb8ib8H5Ym/382Jv8C2
        ib+qn4m/n4iJv5lxib+eWom/rUOJv8Qsib/jFYm/DP+IvzzoiL920Yi/ubqIvwSkiL9WjYi/s3aIvxhgiL+ESYi/+jKIv3kciL//
        BYi/je+HvyXZh7/Fwoe/bKyHvx2Wh7/Uf4e/lGmHv15Th78uPYe/ByeHv+cQh7/R+oa/weSGv7rOhr+8uIa/xaKGv9WMhr/vdoa/
        D2GGvzhLhr9oNYa/oB+Gv98Jhr8n9IW/d96Fv87Ihb8rs4W/kp2FvwGIhb91coW/81yFv3dHhb8CMoW/lhyFvzEHhb/T8YS/fdyE
        vy7HhL/nsYS/ppyEv22HhL88coS/EV2Ev+5HhL/TMoS/vB2Ev68IhL+p84O/qt6Dv7HJg7/AtIO/1p+Dv/KKg78WdoO/QWGDv3NM
        g7+rN4O/6yKDvzAOg79++YK/0+SCvy7Qgr+Qu4K/+KaCv2iSgr/cfYK/WmmCv91Ugr9nQIK/+CuCv5AXgr8uA4K/0e6Bv33agb8v
        xoG/5rGBv6adgb9riYG/NnWBvwhhgb/hTIG/wDiBv6Ukgb+REIG/g/yAv3vogL961IC/f8CAv4msgL+bmIC/tISAv9BwgL/1XIC/
        IEmAv1A1gL+FIYC/wg2Avwv0f7+dzH+/OaV/v+V9f7+ZVn+/XC9/vyoIf78F4X6/6Ll+v9ySfr/Za36/4ER+v/Ydfr8Z932/QtB9
        v3ypfb/Bgn2/Dlx9v2k1fb/QDn2/Quh8v7/BfL9Jm3y/3XR8v3tOfL8nKHy/3QF8v53be79rtXu/Q497vyhpe78TQ3u/Dh17vxP3
        er8f0Xq/Oqt6v2KFer+RX3q/zDl6vxIUer9i7nm/vsh5vyajeb+XfXm/Elh5v5kyeb8sDXm/xed4v27CeL8gnXi/2Xd4v6FSeL9z
        LXi/Tgh4vzPjd78jvne/HZl3vyB0d78xT3e/Syp3v24Fd7+a4Ha/1Lt2vxSXdr9icna/uU12vxopdr+DBHa/+d91v3e7db//lnW/
        k3J1vzFOdb/VKXW/hgV1v0HhdL8FvXS/0ph0v6p0dL+LUHS/dSx0v2sIdL9q5HO/ccBzv4Kcc7+eeHO/w1Rzv/Ewc78pDXO/bOly
        v7XFcr8KonK/aH5yv85acr8+N3K/uhNyvzrwcb/HzHG/Xqlxv/6Fcb+kYnG/Vj9xvxEccb/S+HC/oNVwv3aycL9Vj3C/PWxwvy9J
        cL8nJnC/KwNwvzfgb79MvW+/aZpvv5B3b7/BVG+/9jFvvzkPb7+E7G6/1MluvzGnbr+WhG6/A2Juv3g/br/2HG6/fvptvwzYbb+m
        tW2/R5Ntv+5wbb+hTm2/Wyxtvx4Kbb/p52y/vMVsv5qjbL98gWy/al9sv2A9bL9dG2y/ZPlrv3LXa7+HtWu/p5Nrv85xa7//T2u/
        NS5rv3UMa7++6mq/DMlqv2Wnar/GhWq/LmRqv55Car8XIWq/mP9pvyDeab+wvGm/SZtpv+l5ab+QWGm/Qjdpv/gVab+69Gi/gtNo
        v1GyaL8okWi/CHBov/FOaL/eLWi/1Qxov9TrZ7/Yyme/5qlnv/uIZ78YaGe/PUdnv2omZ7+fBWe/2eRmvxzEZr9no2a/t4JmvxJi
        Zr90QWa/2iBmv0sAZr/C32W/Qb9lv8eeZb9VfmW/6l1lv4c9Zb8qHWW/1/xkv4fcZL9AvGS/Apxkv8l7ZL+ZW2S/cDtkv04bZL8y
        +2O/HdtjvxK7Y78Lm2O/DXtjvxZbY78kO2O/Oxtjv1v7Yr9922K/qbtiv96bYr8YfGK/V1xiv588Yr/vHGK/Q/1hv5/dYb8EvmG/
        bZ5hv95+Yb9XX2G/1j9hv1sgYb/nAGG/fOFgvxXCYL+2omC/XYNgvwtkYL/ARGC/eyVgvz0GYL8H51+/1sdfv66oX7+JiV+/bWpf
        v1dLX79HLF+/Pw1fvz7uXr9Bz16/TLBev1+RXr93cl6/k1Nev7c0Xr/kFV6/Ffddv03YXb+MuV2/z5pdvxx8Xb9uXV2/xj5dvyMg
        Xb+JAV2/9OJcv2XEXL/cpVy/W4dcv95oXL9oSly/+itcv48NXL8t71u/0dBbv3qyW78plFu/3nVbv5xXW79cOVu/JRtbv/P8Wr/G
        3lq/oMBav4KiWr9qhFq/U2Zav0dIWr9BKlq/Pgxav0PuWb9O0Fm/XbJZv3OUWb+Rdlm/sVhZv9s6Wb8KHVm/Pf9Yv3bhWL+2w1i/
        /aVYv0eIWL+Yali/8ExYv0wvWL+uEVi/GPRXv4fWV7/6uFe/c5tXv/R9V793YFe/AkNXv5QlV78pCFe/xOpWv2bNVr8MsFa/upJW
        v211Vr8mWFa/4TpWv6YdVr9vAFa/PONVvxHGVb/sqFW/yYtVv65uVb+YUVW/iDRVv3wXVb94+lS/eN1Uv33AVL+Jo1S/mYZUv65p
        VL/ITFS/6S9UvxATVL869lO/bNlTv6O8U7/dn1O/HoNTv2ZmU7+wSVO/AS1Tv1cQU7+x81K/E9dSv3m6Ur/lnVK/VIFSv8tkUr9G
        SFK/xStSv0sPUr/V8lG/ZdZRv/q5Ub+TnVG/MoFRv9dkUb+CSFG/MCxRv+IPUb+b81C/WtdQvxu7UL/lnlC/s4JQv4NmUL9bSlC/
        OC5QvxoSUL/+9U+/6tlPv9u9T7/QoU+/yoVPv8ppT7/MTU+/2DFPv+UVT7/5+U6/EN5Ovy3CTr9Ppk6/dYpOv6FuTr/RUk6/BzdO
        v0EbTr+B/02/w+NNvwzITb9brE2/rZBNvwN1Tb9fWU2/wT1NvyUiTb+RBk2//+pMv3PPTL/rs0y/aZhMv+t8TL9wYUy//EVMv40q
        TL8hD0y/u/NLv1jYS7/6vEu/oqFLv0+GS7//aku/tU9Lv280S78uGUu/7/1Kv7jiSr+Fx0q/VaxKvyuRSr8Gdkq/41pKv8c/Sr+u
        JEq/mwlKv4ruSb+B00m/fLhJv3edSb97gkm/g2dJv41MSb+eMUm/sxZJv8v7SL/p4Ei/CsZIvzGrSL9bkEi/i3VIv75aSL/1P0i/
        MiVIv3QKSL+370e/AdVHv066R7+in0e/94RHv1JqR7+yT0e/FDVHv3waR7/p/0a/V+VGv83KRr9GsEa/wpVGv0N7Rr/JYEa/VEZG
        v+ErRr9zEUa/CvdFv6PcRb9DwkW/56dFv46NRb85c0W/6lhFv50+Rb9UJEW/EApFv9LvRL+V1US/XbtEvyuhRL/7hkS/0GxEv6lS
        RL+GOES/Zx5Ev0sERL826kO/ItBDvxW2Q78JnEO/A4JDvwBoQ78DTkO/BzRDvxIaQ78fAEO/MeZCv0fMQr9gskK/fphCv59+Qr/G
        ZEK/70pCvxwxQr9NF0K/g/1Bv73jQb/6yUG/O7BBv4GWQb/IfEG/FWNBv2dJQb+6L0G/FBZBv3D8QL/Q4kC/NclAv5yvQL8IlkC/
        eHxAv+xiQL9kSUC/3i9Av10WQL/h/D+/ZuM/v/HJP7+AsD+/Epc/v6d9P79BZD+/3ko/v38xP78lGD+/zf4+v3nlPr8pzD6/3rI+
        v5SZPr9QgD6/Dmc+v9JNPr+XND6/Yhs+vzACPr8A6T2/1s89v6+2Pb+LnT2/a4Q9v09rPb83Uj2/Ijk9vw8gPb8CBz2/9+08v/HU
        PL/wuzy/7qI8v/SJPL/7cDy/Blg8vxY/PL8oJjy/QA08v1j0O7912zu/l8I7v7qpO7/jkDu/D3g7vz1fO79wRju/pS07v+AUO78c
        /Dq/XeM6v6DKOr/osTq/NJk6v4KAOr/SZzq/KU86v4I2Or/cHTq/PQU6v6DsOb8J1Dm/cbs5v9+iOb9Qijm/xHE5vztZOb+3QDm/
        NSg5v7cPOb889zi/xt44v1HGOL/grTi/dJU4vwl9OL+jZDi/QUw4v98zOL+DGzi/KgM4v9TqN7+C0je/Mro3v+ihN7+eiTe/WXE3
        vxdZN7/XQDe/nCg3v2UQN78v+Da//t82v9DHNr+lrza/fJc2v1h/Nr84Zza/Gk82v/82Nr/nHja/0QY2v8HuNb+01jW/qr41v6Gm
        Nb+djjW/nHY1v51eNb+jRjW/rC41v7YWNb/G/jS/1+Y0v+zONL8FtzS/IZ80vz+HNL9gbzS/hlc0v64/NL/YJzS/BhA0vzj4M79s
        4DO/o8gzv96wM78dmTO/XYEzv6FpM7/oUTO/Mjozv38iM7/QCjO/IvMyv3jbMr/TwzK/Lqwyv46UMr/xfDK/V2Uyv75NMr8rNjK/
        mh4yvwoHMr9/7zG/99cxv3LAMb/vqDG/cJExv/V5Mb96YjG/BEsxv5EzMb8fHDG/swQxv0ntML/g1TC/fb4wvxqnML+7jzC/X3gw
        vwdhML+ySTC/XjIwvw8bML/CAzC/d+wvvzDVL7/svS+/qqYvv2yPL78weC+/92Avv8FJL7+OMi+/XxsvvzEEL78G7S6/39Uuv7q+
        Lr+Ypy6/epAuv1x5Lr9DYi6/LUsuvxs0Lr8IHS6/+wUuv/DuLb/n1y2/48Atv9+pLb/fki2/4nstv+hkLb/yTS2/+zYtvwogLb8b
        CS2/LvIsv0XbLL9fxCy/ea0sv5mWLL+7fyy/3mgsvwZSLL8vOyy/XCQsv4oNLL+99iu/8d8rvynJK79isiu/oJsrv9+EK78hbiu/
        Z1crv65AK7/4KSu/RRMrv5X8Kr/m5Sq/Pc8qv5S4Kr/uoSq/S4sqv6t0Kr8OXiq/ckcqv9swKr9GGiq/sQMqvyHtKb+V1im/CMAp
        v3+pKb/6kim/d3wpv/ZlKb94Tym//Tgpv4UiKb8PDCm/m/UovynfKL+8yCi/UbIov+abKL+BhSi/HG8ov7xYKL9cQii/ACwov6cV
        KL9O/ye/+ugnv6nSJ79YvCe/DKYnv8KPJ795eSe/NGMnv/JMJ7+yNie/dCAnvzgKJ78A9Ca/yd0mv5bHJr9lsSa/NpsmvwqFJr/g
        bia/ulgmv5RCJr9yLCa/UxYmvzQAJr8a6iW/A9Qlv+u9Jb/YpyW/yZElv7l7Jb+uZSW/pU8lv545Jb+YIyW/lg0lv5j3JL+Z4SS/
        n8skv6a1JL+vnyS/vIkkv8xzJL/eXSS/8EckvwcyJL8gHCS/OgYkv1jwI7922iO/mMQjv72uI7/lmCO/DIMjvzltI79nVyO/mEEj
        v8orI7//FSO/NgAjv3DqIr+t1CK/674ivyupIr9vkyK/tX0iv/xnIr9HUiK/kzwiv+ImIr8zESK/h/shv97lIb810CG/j7ohv+2k
        Ib9LjyG/rXkhvxFkIb93TiG/3zghv0kjIb+3DSG/Jfggv5fiIL8KzSC/gbcgv/mhIL91jCC/8XYgv3BhIL/xSyC/djYgv/sgIL+D
        CyC/DvYfv5ngH78oyx+/urUfv02gH7/iih+/enUfvxZgH7+wSh+/TzUfv/EfH7+TCh+/OfUev+DfHr+Jyh6/NLUev+OfHr+Tih6/
        RXUev/tfHr+xSh6/aTUevyQgHr/jCh6/ofUdv2TgHb8nyx2/7rUdv7WgHb+Aix2/TXYdvxthHb/sSx2/vzYdv5MhHb9rDB2/Rfcc
        vyDiHL/+zBy/3rccv8GiHL+jjRy/ingcv3NjHL9cThy/SjkcvzkkHL8oDxy/HPobvxHlG78J0Bu/Arsbv/2lG7/7kBu/+nsbv/xm
        G78AUhu/BT0bvw0oG78XExu/I/4avzLpGr9C1Bq/Vb8av2iqGr9/lRq/mIAav7FrGr/PVhq/7UEavw0tGr8wGBq/VQMav33uGb+k
        2Rm/0MQZv/6vGb8rmxm/XYYZv5FxGb/EXBm//EcZvzYzGb9wHhm/rQkZv+30GL8u4Bi/ccsYv7e2GL/+oRi/Ro0Yv5J4GL/fYxi/
        Lk8Yv386GL/TJRi/KBEYv378F7/Y5xe/M9MXv5C+F7/vqRe/UJUXv7KAF78YbBe/f1cXv+dCF79TLhe/wBkXvy4FF7+e8Ba/EdwW
        v4bHFr/8sha/dZ4Wv++JFr9rdRa/6WAWv2pMFr/sNxa/byMWv/YOFr9++hW/BuYVv5PRFb8hvRW/r6gVv0GUFb/UfxW/a2sVvwFX
        Fb+aQhW/NS4Vv9EZFb9wBRW/EfEUv7PcFL9YyBS//rMUv6afFL9QixS//HYUv6piFL9ZThS/CjoUv74lFL9zERS/K/0Tv+ToE7+e
        1BO/W8ATvxmsE7/alxO/m4MTv2BvE78mWxO/7UYTv7YyE7+CHhO/TwoTvx72Er/v4RK/wc0Sv5W5Er9spRK/RZESvx59Er/6aBK/
        2FQSv7ZAEr+ZLBK/fBgSv2AEEr9H8BG/MNwRvxrIEb8FtBG/858Rv+OLEb/UdxG/x2MRv71PEb+zOxG/qycRv6YTEb+h/xC/oOsQ
        v5/XEL+hwxC/o68Qv6ibEL+vhxC/t3MQv8FfEL/OSxC/2zcQv+ojEL/8DxC/D/wPvyPoD7861A+/UsAPv2usD7+HmA+/pYQPv8Nw
        D7/kXA+/B0kPvys1D79RIQ+/eQ0Pv6P5Dr/N5Q6/+9EOvym+Dr9Zqg6/i5YOv7+CDr/0bg6/K1sOv2VHDr+fMw6/2h8OvxkMDr9Z
        +A2/meQNv9zQDb8ivQ2/Z6kNv6+VDb/5gQ2/RG4Nv5FaDb/gRg2/MTMNv4IfDb/XCw2/LPgMv4LkDL/b0Ay/Nr0Mv5GpDL/vlQy/
        T4IMv7BuDL8SWwy/d0cMv90zDL9EIAy/rgwMvxn5C7+E5Qu/89ELv2O+C7/Uqgu/R5cLv7yDC78ycAu/qVwLvyNJC7+eNQu/GyIL
        v5kOC78a+wq/mucKvx7UCr+jwAq/Kq0Kv7GZCr87hgq/x3IKv1NfCr/iSwq/cjgKvwMlCr+WEQq/LP4Jv8LqCb9Z1wm/88MJv4+w
        Cb8rnQm/yokJv2l2Cb8KYwm/rk8Jv1M8Cb/4KAm/oBUJv0kCCb/17gi/oNsIv0/ICL//tAi/rqEIv2KOCL8Wewi/y2cIv4NUCL88
        QQi/9y0Iv7IaCL9wBwi/L/QHv+/gB7+xzQe/dboHvzmnB78BlAe/yYAHv5JtB79eWge/KkcHv/kzB7/JIAe/mg0Hv276Br9B5wa/
        F9QGv+/ABr/HrQa/opoGv36HBr9cdAa/OmEGvxtOBr/9Oga/3ycGv8UUBr+sAQa/k+4Fv3zbBb9oyAW/U7UFv0GiBb8xjwW/InwF
        vxRpBb8IVgW//kIFv/MvBb/sHAW/5gkFv+D2BL/d4wS/29AEv9u9BL/cqgS/3pcEv+OEBL/ncQS/7l4Ev/dLBL8AOQS/CyYEvxgT
        BL8mAAS/Nu0Dv0faA79ZxwO/bbQDv4KhA7+ajgO/sXsDv8poA7/mVQO/AUMDvyAwA78/HQO/YAoDv4L3Ar+m5AK/y9ECv/G+Ar8Z
        rAK/QpkCv2yGAr+ZcwK/xmACv/ZNAr8lOwK/WCgCv4sVAr+/AgK/9e8BvyzdAb9kygG/n7cBv9ukAb8WkgG/VX8Bv5ZsAb/XWQG/
        GUcBv100Ab+iIQG/6A4BvzD8AL966QC/xNYAvxDEAL9esQC/rZ4Av/2LAL9PeQC/omYAv/ZTAL9MQQC/oy4Av/sbAL9VCQC/Ye3/
        vhnI/77Vov++lH3/vlVY/74ZM/++3w3/vqno/r5zw/6+Qp7+vhV5/r7nU/6+vy7+vpkJ/r515P2+Ur/9vjWa/b4adf2+/k/9vugq
        /b7VBf2+wuD8vrS7/L6olvy+nnH8vpdM/L6TJ/y+kwL8vpLd+76XuPu+n5P7vqVu+76ySfu+wST7vtD/+r7l2vq++rX6vhSR+r4u
        bPq+TEf6vm4i+r6Q/fm+tdj5vt+z+b4Ij/m+Nmr5vmZF+b6YIPm+zvv4vgbX+L5Csvi+fY34vrxo+L7/Q/i+Qh/4vor6977U1fe+
        H7H3vm6M977AZ/e+FEP3vmke977D+fa+H9X2vnuw9r7ci/a+P2f2vqRC9r4NHva+efn1vuTU9b5UsPW+xov1vjtn9b6yQvW+Kx71
        vqj59L4l1fS+qLD0viyM9L6vZ/S+OUP0vsUe9L5R+vO+4dXzvnSx874JjfO+oGjzvjpE877VH/O+dfvyvhbX8r66svK+X47yvgdq
        8r6zRfK+YSHyvhD98b7D2PG+d7Txvi6Q8b7na/G+pEfxvmEj8b4i//C+5trwvqy28L5ykvC+PW7wvgtK8L7bJfC+rAHwvn/d775W
        ue++LpXvvgpx777nTO++xyjvvqwE776P4O6+drzuvmCY7r5LdO6+OVDuvios7r4dCO6+E+TtvgrA7b4EnO2+AHjtvgBU7b4AMO2+
        Awztvgno7L4SxOy+HKDsvih87L44WOy+SjTsvl0Q7L5y7Ou+jMjrvqak677EgOu+4lzrvgQ5674oFeu+TvHqvnfN6r6iqeq+zoXq
        vv9h6r4wPuq+ZBrqvpr26b7S0um+Da/pvkqL6b6KZ+m+zEPpvhAg6b5X/Oi+n9jovum06L43kei+hm3ovtlJ6L4rJui+ggLovtre
        5740u+e+kpfnvvFz575QUOe+tyznvhsJ576E5ea+7sHmvlme5r7Keua+OVfmvq4z5r4iEOa+muzlvhXJ5b6QpeW+DoLlvo5e5b4Q
        O+W+lxflvh305L6m0OS+Mq3kvr+J5L5QZuS+4ULkvnUf5L4M/OO+pNjjvj+1477ckeO+fG7jvhxL477AJ+O+ZgTjvg3h4r62veK+
        ZJrivhJ34r7CU+K+dTDivikN4r7g6eG+mMbhvlSj4b4RgOG+0VzhvpM54b5WFuG+HPPgvuTP4L6trOC+eongvkhm4L4ZQ+C+7B/g
        vsD8376X2d++cLbfvkuT374ocN++B03fvugp377MBt++sePevprA3r6Dnd6+bnrevlxX3r5MNN6+PxHevjLu3b4py92+IajdvhuF
        3b4YYt2+Fz/dvhYc3b4a+dy+Htbcviaz3L4ukNy+OW3cvkVK3L5UJ9y+ZgTcvnnh276Ovtu+pZvbvr54277ZVdu+9zLbvhYQ2744
        7dq+W8ravoCn2r6ohNq+0WHavv0+2r4qHNq+WfnZvozW2b6+s9m+9ZDZvixu2b5lS9m+oSjZvt4F2b4e49i+YMDYvqOd2L7peti+
        MFjYvno12L7FEti+E/DXvmPN1760qte+B4jXvl1l1760Qte+DiDXvmn91r7G2ta+JrjWvoaV1r7rcta+T1DWvrct1r4gC9a+i+jV
        vvnF1b5mo9W+2IDVvkte1b6/O9W+NhnVvq721L4p1NS+prHUviSP1L6lbNS+J0rUvqsn1L4yBdS+uuLTvkPA077QndO+XXvTvu5Y
        075/NtO+EhTTvqjx0r5Az9K+2azSvnSK0r4QaNK+sEXSvlAj0r70ANK+md7Rvj+80b7nmdG+kXfRvj1V0b7tMtG+nRDRvk7u0L4C
        zNC+t6nQvm+H0L4pZdC+40LQvqEg0L5f/s++IdzPvuO5z76ol8++bnXPvjZTz74AMc++zA7Pvpvszr5pys6+O6jOvg+Gzr7jY86+
        ukHOvpMfzr5u/c2+S9vNviq5zb4Il82+7HTNvs9Szb61MM2+nA7NvoXszL5xysy+XajMvk2GzL49ZMy+LkLMviMgzL4Z/su+EdzL
        vgq6y74FmMu+BHbLvgJUy74DMsu+BhDLvgnuyr4QzMq+F6rKviCIyr4sZsq+OkTKvkkiyr5aAMq+bN7JvoC8yb6Wmsm+r3jJvshW
        yb7jNMm+AhPJviDxyL5Bz8i+Y63IvoeLyL6taci+1UfIvv8lyL4pBMi+VuLHvoXAx762nse+6HzHvhtbx75ROce+iRfHvsL1xr78
        08a+ObLGvniQxr65bsa++UzGvjwrxr6CCca+yefFvhPGxb5cpMW+qILFvvZgxb5FP8W+lx3Fvuv7xL4/2sS+lrjEvuyWxL5HdcS+
        oVPEvv8xxL5eEMS+vu7Dvh/Nw76Eq8O+6YnDvlFow766RsO+JCXDvpEDw77/4cK+bsDCvt+ewr5SfcK+x1vCvj06wr63GMK+L/fB
        vqrVwb4otMG+ppLBvidxwb6oT8G+Ky7BvrEMwb4468C+wMnAvkuowL7WhsC+ZGXAvvNDwL6EIsC+FgHAvqrfv75Avr++2Jy/vnB7
        v74LWr++pji/vkUXv77l9b6+hdS+viizvr7Mkb6+c3C+vhpPvr7CLb6+bgy+vhrrvb7Iyb2+eKi9vimHvb7cZb2+kUS9vkYjvb79
        Ab2+tuC8vnK/vL4vnry+7Hy8vqxbvL5tOry+MBm8vvT3u7661ru+gbW7vkqUu74Wc7u+4lG7vq8wu76AD7u+UO66viPNur73q7q+
        y4q6vqRpur57SLq+Vie6vjMGur4Q5bm+78O5vs+iub6ygbm+lWC5vno/ub5hHrm+Sv24vjPcuL4gu7i+DJq4vvt4uL7qV7i+2za4
        vs8VuL7D9Le+utO3vrKyt76rkbe+pnC3vqJPt76fLre+nw23vqDstr6iy7a+pqq2vquJtr6zaLa+u0e2vsUmtr7RBba+3eS1vu3D
        tb78orW+DoK1viBhtb40QLW+Sx+1vmP+tL583bS+lry0vrKbtL7QerS+7lm0vg85tL4xGLS+VPezvnnWs76ftbO+x5SzvvFzs74b
        U7O+SDKzvnQRs76k8LK+1s+yvgevsr48jrK+cG2yvqdMsr7fK7K+GAuyvlTqsb6PybG+zaixvg2Isb5NZ7G+kEaxvtMlsb4YBbG+
        X+SwvqfDsL7vorC+O4KwvodhsL7VQLC+JSCwvnX/r77H3q++G76vvnCdr77GfK++HVyvvng7r77SGq++LvquvovZrr7puK6+S5iu
        vqx3rr4QV66+dDauvtkVrr5C9a2+qtStvhS0rb6Ak62+7XKtvltSrb7LMa2+PBGtvq/wrL4j0Ky+ma+svg+PrL6Hbqy+AU6svnwt
        rL75DKy+duyrvvXLq752q6u++Iqrvnxqq74ASqu+himrvg4Jq76W6Kq+Iciqvqynqr45h6q+yGaqvldGqr7oJaq+ewWqvg7lqb6j
        xKm+OaSpvtGDqb5rY6m+BUOpvqIiqb4+Aqm+3eGovn3BqL4foai+woCovmVgqL4LQKi+sh+ovlr/p74D36e+rb6nvlqep74Hfqe+
        tl2nvmU9p74YHae+yvymvn/cpr40vKa+6pumvqJ7pr5cW6a+FzumvtIapr6P+qW+T9qlvg66pb7QmaW+k3mlvlVZpb4cOaW+4hil
        vqr4pL5z2KS+PbikvgqYpL7Wd6S+pVekvnQ3pL5FF6S+GPejvuvWo76/tqO+lpajvm12o75GVqO+IDajvvsVo77Y9aK+tdWivpW1
        or51laK+VnWivjtVor4fNaK+BBWivur0ob7S1KG+vLShvqaUob6TdKG+gFShvm00ob5eFKG+TvSgvkDUoL40tKC+KJSgvh90oL4W
        VKC+DjSgvggUoL4D9J++ANSfvv2zn778k5++/HOfvv1Tn74ANJ++AxSfvgj0nr4P1J6+FbSevh+Unr4pdJ6+NFSevkA0nr5NFJ6+
        XPSdvmzUnb5+tJ2+kZSdvqR0nb65VJ2+0DSdvucUnb4A9Zy+GtWcvjS1nL5RlZy+bnWcvo5VnL6tNZy+zhWcvvH1m74U1pu+Obab
        vl+Wm76Gdpu+r1abvtg2m74EF5u+L/eavlzXmr6Lt5q+upeavut3mr4dWJq+TziavoQYmr66+Jm+8diZvim5mb5hmZm+nHmZvtdZ
        mb4TOpm+UhqZvpD6mL7S2pi+EruYvlSbmL6Ze5i+3VuYviQ8mL5qHJi+s/yXvv3cl75HvZe+k52XvuF9l74uXpe+fj6Xvs4el74f
        /5a+c9+Wvsa/lr4coJa+coCWvspglr4iQZa+fCGWvtcBlr4z4pW+kMKVvu6ilb5Og5W+r2OVvhBElb5zJJW+1wSVvjzllL6jxZS+
        C6aUvnKGlL7dZpS+R0eUvrInlL4gCJS+juiTvv3Ik75uqZO+34mTvlJqk77FSpO+PCuTvrELk74n7JK+oMySvhmtkr6VjZK+D26S
        voxOkr4KL5K+iQ+Svgrwkb6L0JG+DLGRvpCRkb4UcpG+mlKRviEzkb6oE5G+MvSQvrvUkL5GtZC+0pWQvl92kL7uVpC+fTeQvg0Y
        kL6f+I++MdmPvsa5j75amo++8HqPvodbj74fPI++uRyPvlL9jr7t3Y6+ir6Oviefjr7Ff46+ZmCOvgZBjr6oIY6+SwKOvu7ijb6T
        w42+OaSNvuGEjb6IZY2+MUaNvtwmjb6HB42+M+iMvuHIjL6PqYy+P4qMvu9qjL6hS4y+UyyMvgcNjL687Yu+cs6Lvimvi77gj4u+
        mXCLvlNRi74OMou+yhKLvofzir5F1Iq+BbWKvsWVir6Fdoq+SFeKvgs4ir7QGIq+lPmJvlvaib4ju4m+65uJvrV8ib5/XYm+Sj6J
        vhcfib7k/4i+s+CIvoLBiL5Sooi+JIOIvvZjiL7KRIi+nyWIvnQGiL5L54e+IsiHvvuoh77ViYe+sGqHvoxLh75oLIe+Rg2HviTu
        hr4Dz4a+5a+GvsaQhr6ocYa+jVKGvnEzhr5XFIa+PfWFviTWhb4Ot4W+95eFvuJ4hb7NWYW+uTqFvqcbhb6V/IS+hN2EvnW+hL5m
        n4S+WYCEvkxhhL5AQoS+NSOEvisEhL4j5YO+HMaDvhSng74PiIO+CmmDvgZKg74DK4O+AAyDvgDtgr7/zYK+Aa+CvgKQgr4EcYK+
        CVKCvg0zgr4TFIK+GfWBviHWgb4qt4G+M5iBvj15gb5JWoG+VTuBvmIcgb5w/YC+f96AvpC/gL6goIC+soGAvsVigL7ZQ4C+7iSA
        vgMGgL42zn++ZJB/vpNSf77IFH+++9Z+vjGZfr5rW36+pB1+vuLffb4eon2+X2R9vqEmfb7k6Hy+Kqt8vnBtfL64L3y+BfJ7vlG0
        e76hdnu+7zh7vkD7er6XvXq+6396vkNCer6cBHq+98Z5vlWJeb6yS3m+FA55vnXQeL7akni+QFV4vqgXeL4R2ne+fZx3vuped75a
        IXe+yuN2vjumdr6yaHa+Jyt2vp/tdb4YsHW+k3J1vhE1db6P93S+Erp0vpN8dL4XP3S+ngF0viXEc76vhnO+OklzvsYLc75WznK+
        55ByvndTcr4OFnK+odhxvjubcb7UXXG+bSBxvgvjcL6ppXC+SmhwvuwqcL6O7W++NrBvvtxyb76FNW++L/huvtq6br6KfW6+OEBu
        vusCbr6dxW2+UYhtvglLbb7ADW2+fNBsvjaTbL7zVWy+sxhsvnTba740nmu++mBrvr4ja76H5mq+T6lqvhpsar7nLmq+tPFpvoS0
        ab5Wd2m+KDppvv/8aL7Uv2i+rYJovoZFaL5hCGi+Pstnvh2OZ77+UGe+3xNnvsPWZr6pmWa+j1xmvngfZr5i4mW+TqVlvjtoZb4q
        K2W+G+5kvg6xZL4BdGS+9zZkvu/5Y77ovGO+4n9jvt5CY77bBWO+28hivtyLYr7eTmK+4hFivunUYb7vl2G++FphvgIeYb4O4WC+
        HaRgvi1nYL49KmC+T+1fvmOwX755c1++kDZfvqn5Xr7EvF6+339evv1CXr4dBl6+PMldvl+MXb6CT12+qBJdvtDVXL74mFy+I1xc
        vk4fXL584lu+qqVbvtpoW74MLFu+P+9avnWyWr6qdVq+4jhavhz8Wb5Xv1m+lIJZvtJFWb4RCVm+UsxYvpaPWL7ZUli+HxZYvmbZ
        V76vnFe++l9XvkUjV76S5la+4alWvjJtVr6DMFa+1/NVviu3Vb6DelW+2j1VvjIBVb6OxFS+6odUvkhLVL6pDlS+CdJTvmuVU77P
        WFO+NRxTvprfUr4Do1K+bWZSvtkpUr5G7VG+s7BRviJ0Ub6TN1G+BvtQvnq+UL7vgVC+ZkVQvt4IUL5YzE++0o9PvlBTT77OFk++
        T9pOvs+dTr5QYU6+1SROvlvoTb7iq02+aW9NvvQyTb5+9ky+C7pMvpl9TL4oQUy+uQRMvkzIS77fi0u+c09LvgkTS76i1kq+O5pK
        vtddSr5yIUq+EOVJvq+oSb5PbEm+8S9JvpPzSL44t0i+3npIvoU+SL4vAki+2MVHvoOJR74xTUe+3xBHvo7URr4/mEa+8ltGvqYf
        Rr5c40W+EadFvspqRb6BLkW+PfJEvvq1RL62eUS+dT1EvjUBRL72xEO+uIhDvn1MQ75CEEO+CtRCvtOXQr6bW0K+ZR9CvjPjQb4A
        p0G+zmpBvp4uQb5w8kC+Q7ZAvhh6QL7sPUC+xAFAvpzFP751iT++UE0/viwRP74K1T6+6Zg+vslcPr6qID6+jeQ9vnCoPb5WbD2+
        PTA9viX0PL4NuDy++Xs8vuU/PL7SAzy+v8c7vq+LO76hTzu+lBM7vobXOr57mzq+cl86vmkjOr5i5zm+W6s5vlhvOb5UMzm+Ufc4
        vlC7OL5Rfzi+U0M4vlYHOL5ayze+Xo83vmVTN75uFze+d9s2voGfNr6NYza+mic2vqjrNb64rzW+yHM1vto3Nb7t+zS+AsA0vhiE
        NL4uSDS+Rgw0vmDQM757lDO+llgzvrMcM77R4DK+8aQyvhNpMr40LTK+V/Exvnu1Mb6heTG+yD0xvu8BMb4ZxjC+RIowvm9OML6b
        EjC+ydYvvviaL74pXy++WyMvvoznLr7Bqy6+928uvi40Lr5l+C2+nrwtvteALb4TRS2+TwktvovNLL7LkSy+C1YsvkwaLL6O3iu+
        0aIrvhZnK75bKyu+o+8qvuqzKr40eCq+fjwqvsoAKr4WxSm+ZIkpvrJNKb4DEim+VNYovqeaKL76Xii+TiMovqXnJ778qye+VHAn
        vq00J74I+Sa+Y70mvsCBJr4dRia+fAomvt3OJb4+kyW+oFclvgQcJb5o4CS+zaQkvjRpJL6bLSS+BfIjvm+2I77aeiO+Rz8jvrQD
        I74iyCK+k4wivgNRIr51FSK+59khvlueIb7RYiG+Rychvr3rIL42sCC+sHQgvio5IL6m/R++IsIfvqGGH74fSx++oA8fviHUHr6i
        mB6+JV0evqkhHr4v5h2+taodvj1vHb7FMx2+T/gcvtq8HL5kgRy+8kUcvoAKHL4Pzxu+npMbvi9YG77AHBu+VOEavuilGr58ahq+
        Ey8avqrzGb5DuBm+3HwZvnZBGb4RBhm+rcoYvkuPGL7pUxi+iBgYvindF77LoRe+bWYXvhArF7617xa+WrQWvgF5Fr6pPRa+UQIW
        vvrGFb6lixW+UVAVvvwUFb6r2RS+Wp4UvgljFL66JxS+a+wTvh2xE77SdRO+hjoTvjv/Er7ywxK+qYgSvmJNEr4bEhK+1dYRvpGb
        Eb5OYBG+CyURvsnpEL6IrhC+SHMQvgo4EL7N/A++j8EPvlOGD74YSw++3g8PvqbUDr5tmQ6+Nl4OvgAjDr7L5w2+l6wNvmNxDb4w
        Ng2+APsMvtC/DL6fhAy+cEkMvkMODL4W0wu+65cLvsBcC76WIQu+beYKvkWrCr4ecAq+9zQKvtP5Cb6uvgm+i4MJvmdICb5GDQm+
        JtIIvgaXCL7oWwi+ySAIvqzlB76Pqge+dG8Hvlo0B75B+Qa+Kb4GvhGDBr76Rwa+4wwGvs/RBb67lgW+qFsFvpYgBb6E5QS+c6oE
        vmRvBL5VNAS+RvkDvjq+A74ugwO+I0gDvhkNA74O0gK+BpcCvv5bAr73IAK+8uUBvuyqAb7obwG+5DQBvuL5AL7gvgC+34MAvt9I
        AL7gDQC+w6X/vccv/73Ouf6910P+veLN/b3sV/29+uH8vQps/L0a9vu9LYD7vUEK+71WlPq9bx76vYio+b2iMvm9v7z4vd1G+L38
        0Pe9H1v3vUDl9r1lb/a9jPn1vbSD9b3eDfW9B5j0vTQi9L1krPO9lDbzvcXA8r33SvK9LdXxvWRf8b2c6fC91XPwvRD+771NiO+9
        jBLvvc2c7r0MJ+69ULHtvZQ77b3cxey9IVDsvWza6722ZOu9A+/qvVN56r2hA+q98Y3pvUUY6b2aoui98CzovUa3572eQee9+cvm
        vVVW5r2x4OW9EWvlvXL15L3Uf+S9OQrkvZyU470CH+O9aqnivdMz4r0/vuG9rEjhvRnT4L2IXeC9+effvWxy373e/N69VIfevcsR
        3r1DnN29vSbdvTix3L21O9y9M8bbvbNQ270029q9tWXavTrw2b2+etm9RgXZvc2P2L1XGti94qTXvW0v1738uda9ikTWvRzP1b2t
        WdW9QeTUvdZu1L1s+dO9BITTvZwO0703mdK90iPSvW+u0b0POdG9rsPQvU9O0L3y2M+9lmPPvTvuzr3ieM69igPOvTOOzb3eGM29
        i6PMvTcuzL3muMu9l0PLvUjOyr36WMq9r+PJvWRuyb0b+ci90oPIvY0OyL1Hmce9AyTHvcGuxr1/Oca9QMTFvQBPxb3D2cS9hmTE
        vUzvw70TesO92QTDvaOPwr1tGsK9OKXBvQQwwb3TusC9okXAvXPQv71FW7+9GOa+vexwvr3B+729mYa9vXARvb1KnLy9JCe8vf+x
        u73dPLu9use6vZtSur163bm9XWi5vT/zuL0kfri9Cgm4vfCTt73YHre9wam2vas0tr2Xv7W9hEq1vXHVtL1gYLS9UOuzvUF2s701
        AbO9KYyyvRwXsr0TorG9Ci2xvQK4sL37QrC9982vvfJYr73v46697W6uve35rb3uhK297g+tvfGarL31Jay9+rCrvQA8q70Gx6q9
        D1KqvRjdqb0jaKm9LvOovTt+qL1JCai9V5SnvWcfp714qqa9izWmvZ3Apb2yS6W9yNakvd5hpL317KO9DnijvScDo71CjqK9Xhmi
        vXukob2ZL6G9uLqgvddFoL340J+9G1yfvT7nnr1icp69h/2dva2Inb3UE529/J6cvSYqnL1QtZu9fECbvajLmr3VVpq9A+KZvTNt
        mb1j+Ji9lIOYvccOmL35mZe9LiWXvWOwlr2ZO5a90caVvQlSlb1B3ZS9fGiUvbjzk73zfpO9MAqTvW6Vkr2uIJK97KuRvS43kb1w
        wpC9sU2QvfXYj705ZI+9gO+OvcZ6jr0NBo69VpGNvZ8cjb3pp4y9NDOMvYC+i73NSYu9G9WKvWpgir2464m9CXeJvVoCib2tjYi9
        /xiIvVSkh72pL4e9/rqGvVVGhr2s0YW9BV2FvV7ohL24c4S9Ev+DvW+Kg73MFYO9KaGCvYgsgr3mt4G9R0OBvafOgL0JWoC918p/
        vZ3hfr1n+H29MA99vf0lfL3KPHu9mFN6vWpqeb07gXi9EJh3veSudr28xXW9lNx0vW7zc71LCnO9KCFyvQc4cb3mTnC9yWVvvat8
        br2Rk229eapsvWHBa71L2Gq9Ne9pvSIGab0QHWi9ATRnvfJKZr3lYWW92Xhkvc6PY73FpmK9vr1hvbnUYL2061+9sQJfva8ZXr2v
        MF29sUdcvbVeW724dVq9vYxZvcWjWL3Nule91tFWveHoVb3u/1S9/BZUvQwuU70bRVK9LlxRvUJzUL1Xik+9baFOvYW4Tb2dz0y9
        t+ZLvdL9Sr3vFEq9DSxJvS1DSL1OWke9b3FGvZKIRb22n0S93LZDvQPOQr0r5UG9VfxAvYATQL2sKj+92UE+vQdZPb03cDy9aIc7
        vZqeOr3OtTm9As04vTjkN71v+za9pxI2veApNb0cQTS9V1gzvZNvMr3RhjG9EJ4wvVG1L72RzC690+MtvRj7LL1cEiy9oykrvelA
        Kr0xWCm9em8ovcSGJ70Qnia9XbUlvarMJL344yO9SPsivZgSIr3qKSG9PUEgvZFYH73lbx69O4cdvZKeHL3ptRu9Q80avZzkGb33
        +xi9UxMYvbAqF70NQha9bFkVvcxwFL0siBO9jp8SvfG2Eb1UzhC9ueUPvR79Dr2EFA696ysNvVJDDL29Wgu9JnIKvZGJCb38oAi9
        abgHvdbPBr1E5wW9tP4EvSQWBL2VLQO9B0UCvXlcAb3scwC9wRb/vKtF/byYdPu8haP5vHPS97xkAfa8VjD0vEpf8rw+jvC8N73u
        vC/s7LwpG+u8I0rpvCB557weqOW8HtfjvB8G4rwiNeC8KGTevC2T3Lwzwtq8PPHYvEcg17xRT9W8Xn7TvG2t0bx73M+8jAvOvJ46
        zLyxacq8xpjIvNzHxrzz9sS8DCbDvCVVwbxBhL+8XrO9vHriu7yZEbq8uEC4vNpvtrz8nrS8H86yvEP9sLxqLK+8kFutvLiKq7zi
        uam8DOmnvDYYprxjR6S8kXaivL+loLzu1J68HgSdvFAzm7yCYpm8tZGXvOvAlbwg8JO8Vh+SvIxOkLzFfY68/6yMvDjcirxzC4m8
        rzqHvOxphbwpmYO8aMiBvE7vf7zNTXy8Tqx4vNQKdbxXaXG83sdtvGUmarzvhGa8euNivAdCX7yVoFu8JP9XvLRdVLxGvFC82RpN
        vG95SbwE2EW8mzZCvDOVPrzO8zq8aVI3vAWxM7yiDzC8QG4svODMKLyAKyW8IoohvMToHbxpRxq8DaYWvLMEE7xZYw+8AMILvKog
        CLxSfwS8/d0AvE55+runNvO7APTru1ux5Lu3bt27FCzWu3PpzrvTpse7NGTAu5chubv73rG7YJyqu8dZo7suF5y7l9SUuwCSjbtq
        T4a7qRl+u4GUb7taD2G7NIpSuxEFRLvvfzW7zfomu6x1GLuM8Am73Nb2uqDM2bpmwry6LbifuvStgrp7R0u6DTMRukM9rrmuUei4
        rlHoOEM9rjkNMxE6e0dLOvStgjotuJ86ZsK8OqDM2Trc1vY6jPAJO6x1GDvN+iY77381OxEFRDs0ilI7Wg9hO4GUbzupGX47ak+G
        OwCSjTuX1JQ7LhecO8dZoztgnKo7+96xO5chuTs0ZMA706bHO3PpzjsULNY7t27dO1ux5DsA9Os7pzbzO055+jv93QA8Un8EPKog
        CDwAwgs8WWMPPLMEEzwNphY8aUcaPMToHTwiiiE8gCslPODMKDxAbiw8og8wPAWxMzxpUjc8zvM6PDOVPjybNkI8BNhFPG95STzZ
        Gk08RrxQPLRdVDwk/1c8laBbPAdCXzx642I874RmPGUmajzex208V2lxPNQKdTxOrHg8zU18PE7vfzxoyIE8KZmDPOxphTyvOoc8
        cwuJPDjcijz/rIw8xX2OPIxOkDxWH5I8IPCTPOvAlTy1kZc8gmKZPFAzmzweBJ087tSePL+loDyRdqI8Y0ekPDYYpjwM6ac84rmp
        PLiKqzyQW608aiyvPEP9sDwfzrI8/J60PNpvtjy4QLg8mRG6PHriuzxes708QYS/PCVVwTwMJsM88/bEPNzHxjzGmMg8sWnKPJ46
        zDyMC848e9zPPG2t0TxeftM8UU/VPEcg1zw88dg8M8LaPC2T3DwoZN48IjXgPB8G4jwe1+M8HqjlPCB55zwjSuk8KRvrPC/s7Dw3
        ve48Po7wPEpf8jxWMPQ8ZAH2PHPS9zyFo/k8mHT7PKtF/TzBFv887HMAPXlcAT0HRQI9lS0DPSQWBD20/gQ9ROcFPdbPBj1puAc9
        /KAIPZGJCT0mcgo9vVoLPVJDDD3rKw09hBQOPR79Dj255Q89VM4QPfG2ET2OnxI9LIgTPcxwFD1sWRU9DUIWPbAqFz1TExg99/sY
        PZzkGT1DzRo96bUbPZKeHD07hx095W8ePZFYHz09QSA96ikhPZgSIj1I+yI9+OMjParMJD1dtSU9EJ4mPcSGJz16byg9MVgpPelA
        Kj2jKSs9XBIsPRj7LD3T4y09kcwuPVG1Lz0QnjA90YYxPZNvMj1XWDM9HEE0PeApNT2nEjY9b/s2PTjkNz0CzTg9zrU5PZqeOj1o
        hzs9N3A8PQdZPT3ZQT49rCo/PYATQD1V/EA9K+VBPQPOQj3ctkM9tp9EPZKIRT1vcUY9TlpHPS1DSD0NLEk97xRKPdL9Sj235ks9
        nc9MPYW4TT1toU49V4pPPUJzUD0uXFE9G0VSPQwuUz38FlQ97v9UPeHoVT3W0VY9zbpXPcWjWD29jFk9uHVaPbVeWz2xR1w9rzBd
        Pa8ZXj2xAl89tOtfPbnUYD2+vWE9xaZiPc6PYz3ZeGQ95WFlPfJKZj0BNGc9EB1oPSIGaT0172k9S9hqPWHBaz15qmw9kZNtPat8
        bj3JZW895k5wPQc4cT0oIXI9SwpzPW7zcz2U3HQ9vMV1PeSudj0QmHc9O4F4PWpqeT2YU3o9yjx7Pf0lfD0wD309Z/h9PZ3hfj3X
        yn89CVqAPafOgD1HQ4E95reBPYgsgj0poYI9zBWDPW+Kgz0S/4M9uHOEPV7ohD0FXYU9rNGFPVVGhj3+uoY9qS+HPVSkhz3/GIg9
        rY2IPVoCiT0Jd4k9uOuJPWpgij0b1Yo9zUmLPYC+iz00M4w96aeMPZ8cjT1WkY09DQaOPcZ6jj2A7449OWSPPfXYjz2xTZA9cMKQ
        PS43kT3sq5E9riCSPW6Vkj0wCpM9836TPbjzkz18aJQ9Qd2UPQlSlT3RxpU9mTuWPWOwlj0uJZc9+ZmXPccOmD2Ug5g9Y/iYPTNt
        mT0D4pk91VaaPajLmj18QJs9ULWbPSYqnD38npw91BOdPa2InT2H/Z09YnKePT7nnj0bXJ89+NCfPddFoD24uqA9mS+hPXukoT1e
        GaI9Qo6iPScDoz0OeKM99eyjPd5hpD3I1qQ9skulPZ3ApT2LNaY9eKqmPWcfpz1XlKc9SQmoPTt+qD0u86g9I2ipPRjdqT0PUqo9
        BseqPQA8qz36sKs99SWsPfGarD3uD6097oStPe35rT3tbq497+OuPfJYrz33za89+0KwPQK4sD0KLbE9E6KxPRwXsj0pjLI9NQGz
        PUF2sz1Q67M9YGC0PXHVtD2ESrU9l7+1Pas0tj3BqbY92B63PfCTtz0KCbg9JH64PT/zuD1daLk9et25PZtSuj26x7o93Ty7Pf+x
        uz0kJ7w9Spy8PXARvT2Zhr09wfu9Pexwvj0Y5r49RVu/PXPQvz2iRcA907rAPQQwwT04pcE9bRrCPaOPwj3ZBMM9E3rDPUzvwz2G
        ZMQ9w9nEPQBPxT1AxMU9fznGPcGuxj0DJMc9R5nHPY0OyD3Sg8g9G/nIPWRuyT2v48k9+ljKPUjOyj2XQ8s95rjLPTcuzD2Lo8w9
        3hjNPTOOzT2KA8494njOPTvuzj2WY8898tjPPU9O0D2uw9A9DznRPW+u0T3SI9I9N5nSPZwO0z0EhNM9bPnTPdZu1D1B5NQ9rVnV
        PRzP1T2KRNY9/LnWPW0v1z3ipNc9VxrYPc2P2D1GBdk9vnrZPTrw2T21Zdo9NNvaPbNQ2z0zxts9tTvcPTix3D29Jt09Q5zdPcsR
        3j1Uh9493vzePWxy3z355989iF3gPRnT4D2sSOE9P77hPdMz4j1qqeI9Ah/jPZyU4z05CuQ91H/kPXL15D0Ra+U9seDlPVVW5j35
        y+Y9nkHnPUa35z3wLOg9mqLoPUUY6T3xjek9oQPqPVN56j0D7+o9tmTrPWza6z0hUOw93MXsPZQ77T1Qse09DCfuPc2c7j2MEu89
        TYjvPRD+7z3Vc/A9nOnwPWRf8T0t1fE990ryPcXA8j2UNvM9ZKzzPTQi9D0HmPQ93g31PbSD9T2M+fU9ZW/2PUDl9j0fW/c9/ND3
        Pd1G+D2/vPg9ojL5PYio+T1vHvo9VpT6PUEK+z0tgPs9Gvb7PQps/D364fw97Ff9PeLN/T3XQ/49zrn+Pccv/z3Dpf894A0APt9I
        AD7fgwA+4L4APuL5AD7kNAE+6G8BPuyqAT7y5QE+9yACPv5bAj4GlwI+DtICPhkNAz4jSAM+LoMDPjq+Az5G+QM+VTQEPmRvBD5z
        qgQ+hOUEPpYgBT6oWwU+u5YFPs/RBT7jDAY++kcGPhGDBj4pvgY+QfkGPlo0Bz50bwc+j6oHPqzlBz7JIAg+6FsIPgaXCD4m0gg+
        Rg0JPmdICT6Lgwk+rr4JPtP5CT73NAo+HnAKPkWrCj5t5go+liELPsBcCz7rlws+FtMLPkMODD5wSQw+n4QMPtC/DD4A+ww+MDYN
        PmNxDT6XrA0+y+cNPgAjDj42Xg4+bZkOPqbUDj7eDw8+GEsPPlOGDz6PwQ8+zfwPPgo4ED5IcxA+iK4QPsnpED4LJRE+TmARPpGb
        ET7V1hE+GxISPmJNEj6piBI+8sMSPjv/Ej6GOhM+0nUTPh2xEz5r7BM+uicUPgljFD5anhQ+q9kUPvwUFT5RUBU+pYsVPvrGFT5R
        AhY+qT0WPgF5Fj5atBY+te8WPhArFz5tZhc+y6EXPindFz6IGBg+6VMYPkuPGD6tyhg+EQYZPnZBGT7cfBk+Q7gZPqrzGT4TLxo+
        fGoaPuilGj5U4Ro+wBwbPi9YGz6ekxs+D88bPoAKHD7yRRw+ZIEcPtq8HD5P+Bw+xTMdPj1vHT61qh0+L+YdPqkhHj4lXR4+opge
        PiHUHj6gDx8+H0sfPqGGHz4iwh8+pv0fPio5ID6wdCA+NrAgPr3rID5HJyE+0WIhPlueIT7n2SE+dRUiPgNRIj6TjCI+IsgiPrQD
        Iz5HPyM+2nojPm+2Iz4F8iM+my0kPjRpJD7NpCQ+aOAkPgQcJT6gVyU+PpMlPt3OJT58CiY+HUYmPsCBJj5jvSY+CPkmPq00Jz5U
        cCc+/KsnPqXnJz5OIyg++l4oPqeaKD5U1ig+AxIpPrJNKT5kiSk+FsUpPsoAKj5+PCo+NHgqPuqzKj6j7yo+WysrPhZnKz7Rois+
        jt4rPkwaLD4LViw+y5EsPovNLD5PCS0+E0UtPteALT6evC0+ZfgtPi40Lj73by4+wasuPoznLj5bIy8+KV8vPviaLz7J1i8+mxIw
        Pm9OMD5EijA+GcYwPu8BMT7IPTE+oXkxPnu1MT5X8TE+NC0yPhNpMj7xpDI+0eAyPrMcMz6WWDM+e5QzPmDQMz5GDDQ+Lkg0PhiE
        ND4CwDQ+7fs0Pto3NT7IczU+uK81PqjrNT6aJzY+jWM2PoGfNj532zY+bhc3PmVTNz5ejzc+Wss3PlYHOD5TQzg+UX84PlC7OD5R
        9zg+VDM5PlhvOT5bqzk+Yuc5PmkjOj5yXzo+e5s6PobXOj6UEzs+oU87Pq+LOz6/xzs+0gM8PuU/PD75ezw+Dbg8PiX0PD49MD0+
        Vmw9PnCoPT6N5D0+qiA+PslcPj7pmD4+CtU+PiwRPz5QTT8+dYk/PpzFPz7EAUA+7D1APhh6QD5DtkA+cPJAPp4uQT7OakE+AKdB
        PjPjQT5lH0I+m1tCPtOXQj4K1EI+QhBDPn1MQz64iEM+9sRDPjUBRD51PUQ+tnlEPvq1RD498kQ+gS5FPspqRT4Rp0U+XONFPqYf
        Rj7yW0Y+P5hGPo7URj7fEEc+MU1HPoOJRz7YxUc+LwJIPoU+SD7eekg+OLdIPpPzSD7xL0k+T2xJPq+oST4Q5Uk+ciFKPtddSj47
        mko+otZKPgkTSz5zT0s+34tLPkzISz65BEw+KEFMPpl9TD4Lukw+fvZMPvQyTT5pb00+4qtNPlvoTT7VJE4+UGFOPs+dTj5P2k4+
        zhZPPlBTTz7Sj08+WMxPPt4IUD5mRVA+74FQPnq+UD4G+1A+kzdRPiJ0UT6zsFE+Ru1RPtkpUj5tZlI+A6NSPprfUj41HFM+z1hT
        PmuVUz4J0lM+qQ5UPkhLVD7qh1Q+jsRUPjIBVT7aPVU+g3pVPiu3VT7X81U+gzBWPjJtVj7hqVY+kuZWPkUjVz76X1c+r5xXPmbZ
        Vz4fFlg+2VJYPpaPWD5SzFg+EQlZPtJFWT6Uglk+V79ZPhz8WT7iOFo+qnVaPnWyWj4/71o+DCxbPtpoWz6qpVs+fOJbPk4fXD4j
        XFw++JhcPtDVXD6oEl0+gk9dPl+MXT48yV0+HQZePv1CXj7ff14+xLxePqn5Xj6QNl8+eXNfPmOwXz5P7V8+PSpgPi1nYD4dpGA+
        DuFgPgIeYT74WmE+75dhPunUYT7iEWI+3k5iPtyLYj7byGI+2wVjPt5CYz7if2M+6LxjPu/5Yz73NmQ+AXRkPg6xZD4b7mQ+Kitl
        PjtoZT5OpWU+YuJlPngfZj6PXGY+qZlmPsPWZj7fE2c+/lBnPh2OZz4+y2c+YQhoPoZFaD6tgmg+1L9oPv/8aD4oOmk+VndpPoS0
        aT608Wk+5y5qPhpsaj5PqWo+h+ZqPr4jaz76YGs+NJ5rPnTbaz6zGGw+81VsPjaTbD580Gw+wA1tPglLbT5RiG0+ncVtPusCbj44
        QG4+in1uPtq6bj4v+G4+hTVvPtxybz42sG8+ju1vPuwqcD5KaHA+qaVwPgvjcD5tIHE+1F1xPjubcT6h2HE+DhZyPndTcj7nkHI+
        Vs5yPsYLcz46SXM+r4ZzPiXEcz6eAXQ+Fz90PpN8dD4SunQ+j/d0PhE1dT6TcnU+GLB1Pp/tdT4nK3Y+smh2Pjumdj7K43Y+WiF3
        Pupedz59nHc+Edp3PqgXeD5AVXg+2pJ4PnXQeD4UDnk+skt5PlWJeT73xnk+nAR6PkNCej7rf3o+l716PkD7ej7vOHs+oXZ7PlG0
        ez4F8ns+uC98PnBtfD4qq3w+5Oh8PqEmfT5fZH0+HqJ9PuLffT6kHX4+a1t+PjGZfj771n4+yBR/PpNSfz5kkH8+Ns5/PgMGgD7u
        JIA+2UOAPsVigD6ygYA+oKCAPpC/gD5/3oA+cP2APmIcgT5VO4E+SVqBPj15gT4zmIE+KreBPiHWgT4Z9YE+ExSCPg0zgj4JUoI+
        BHGCPgKQgj4Br4I+/82CPgDtgj4ADIM+AyuDPgZKgz4KaYM+D4iDPhSngz4cxoM+I+WDPisEhD41I4Q+QEKEPkxhhD5ZgIQ+Zp+E
        PnW+hD6E3YQ+lfyEPqcbhT65OoU+zVmFPuJ4hT73l4U+DreFPiTWhT499YU+VxSGPnEzhj6NUoY+qHGGPsaQhj7lr4Y+A8+GPiTu
        hj5GDYc+aCyHPoxLhz6waoc+1YmHPvuohz4iyIc+S+eHPnQGiD6fJYg+ykSIPvZjiD4kg4g+UqKIPoLBiD6z4Ig+5P+IPhcfiT5K
        Pok+f12JPrV8iT7rm4k+I7uJPlvaiT6U+Yk+0BiKPgs4ij5IV4o+hXaKPsWVij4FtYo+RdSKPofzij7KEos+DjKLPlNRiz6ZcIs+
        4I+LPimviz5yzos+vO2LPgcNjD5TLIw+oUuMPu9qjD4/iow+j6mMPuHIjD4z6Iw+hweNPtwmjT4xRo0+iGWNPuGEjT45pI0+k8ON
        Pu7ijT5LAo4+qCGOPgZBjj5mYI4+xX+OPiefjj6Kvo4+7d2OPlL9jj65HI8+HzyPPodbjz7weo8+WpqPPsa5jz4x2Y8+n/iPPg0Y
        kD59N5A+7laQPl92kD7SlZA+RrWQPrvUkD4y9JA+qBORPiEzkT6aUpE+FHKRPpCRkT4MsZE+i9CRPgrwkT6JD5I+Ci+SPoxOkj4P
        bpI+lY2SPhmtkj6gzJI+J+ySPrELkz48K5M+xUqTPlJqkz7fiZM+bqmTPv3Ikz6O6JM+IAiUPrInlD5HR5Q+3WaUPnKGlD4LppQ+
        o8WUPjzllD7XBJU+cySVPhBElT6vY5U+ToOVPu6ilT6QwpU+M+KVPtcBlj58IZY+IkGWPspglj5ygJY+HKCWPsa/lj5z35Y+H/+W
        Ps4elz5+Ppc+Ll6XPuF9lz6TnZc+R72XPv3clz6z/Jc+ahyYPiQ8mD7dW5g+mXuYPlSbmD4Su5g+0tqYPpD6mD5SGpk+EzqZPtdZ
        mT6ceZk+YZmZPim5mT7x2Jk+uviZPoQYmj5POJo+HViaPut3mj66l5o+i7eaPlzXmj4v95o+BBebPtg2mz6vVps+hnabPl+Wmz45
        tps+FNabPvH1mz7OFZw+rTWcPo5VnD5udZw+UZWcPjS1nD4a1Zw+APWcPucUnT7QNJ0+uVSdPqR0nT6RlJ0+frSdPmzUnT5c9J0+
        TRSePkA0nj40VJ4+KXSePh+Unj4VtJ4+D9SePgj0nj4DFJ8+ADSfPv1Tnz78c58+/JOfPv2znz4A1J8+A/SfPggUoD4ONKA+FlSg
        Ph90oD4olKA+NLSgPkDUoD5O9KA+XhShPm00oT6AVKE+k3ShPqaUoT68tKE+0tShPur0oT4EFaI+HzWiPjtVoj5WdaI+dZWiPpW1
        oj611aI+2PWiPvsVoz4gNqM+RlajPm12oz6WlqM+v7ajPuvWoz4Y96M+RRekPnQ3pD6lV6Q+1nekPgqYpD49uKQ+c9ikPqr4pD7i
        GKU+HDmlPlVZpT6TeaU+0JmlPg66pT5P2qU+j/qlPtIapj4XO6Y+XFumPqJ7pj7qm6Y+NLymPn/cpj7K/KY+GB2nPmU9pz62Xac+
        B36nPlqepz6tvqc+A9+nPlr/pz6yH6g+C0CoPmVgqD7CgKg+H6GoPn3BqD7d4ag+PgKpPqIiqT4FQ6k+a2OpPtGDqT45pKk+o8Sp
        Pg7lqT57Bao+6CWqPldGqj7IZqo+OYeqPqynqj4hyKo+luiqPg4Jqz6GKas+AEqrPnxqqz74iqs+dqurPvXLqz527Ks++QysPnwt
        rD4BTqw+h26sPg+PrD6Zr6w+I9CsPq/wrD48Ea0+yzGtPltSrT7tcq0+gJOtPhS0rT6q1K0+QvWtPtkVrj50Nq4+EFeuPqx3rj5L
        mK4+6biuPovZrj4u+q4+0hqvPng7rz4dXK8+xnyvPnCdrz4bvq8+x96vPnX/rz4lILA+1UCwPodhsD47grA+76KwPqfDsD5f5LA+
        GAWxPtMlsT6QRrE+TWexPg2IsT7NqLE+j8mxPlTqsT4YC7I+3yuyPqdMsj5wbbI+PI6yPgevsj7Wz7I+pPCyPnQRsz5IMrM+G1Oz
        PvFzsz7HlLM+n7WzPnnWsz5U97M+MRi0Pg85tD7uWbQ+0Hq0PrKbtD6WvLQ+fN20PmP+tD5LH7U+NEC1PiBhtT4OgrU+/KK1Pu3D
        tT7d5LU+0QW2PsUmtj67R7Y+s2i2PquJtj6mqrY+osu2PqDstj6fDbc+ny63PqJPtz6mcLc+q5G3PrKytz6607c+w/S3Ps8VuD7b
        Nrg+6le4Pvt4uD4Mmrg+ILu4PjPcuD5K/bg+YR65Pno/uT6VYLk+soG5Ps+iuT7vw7k+EOW5PjMGuj5WJ7o+e0i6PqRpuj7Liro+
        96u6PiPNuj5Q7ro+gA+7Pq8wuz7iUbs+FnO7PkqUuz6Btbs+uta7PvT3uz4wGbw+bTq8PqxbvD7sfLw+L568PnK/vD624Lw+/QG9
        PkYjvT6RRL0+3GW9PimHvT54qL0+yMm9PhrrvT5uDL4+wi2+PhpPvj5zcL4+zJG+Piizvj6F1L4+5fW+PkUXvz6mOL8+C1q/PnB7
        vz7YnL8+QL6/Pqrfvz4WAcA+hCLAPvNDwD5kZcA+1obAPkuowD7AycA+OOvAPrEMwT4rLsE+qE/BPidxwT6mksE+KLTBPqrVwT4v
        98E+txjCPj06wj7HW8I+Un3CPt+ewj5uwMI+/+HCPpEDwz4kJcM+ukbDPlFowz7picM+hKvDPh/Nwz6+7sM+XhDEPv8xxD6hU8Q+
        R3XEPuyWxD6WuMQ+P9rEPuv7xD6XHcU+RT/FPvZgxT6ogsU+XKTFPhPGxT7J58U+ggnGPjwrxj75TMY+uW7GPniQxj45ssY+/NPG
        PsL1xj6JF8c+UTnHPhtbxz7ofMc+tp7HPoXAxz5W4sc+KQTIPv8lyD7VR8g+rWnIPoeLyD5jrcg+Qc/IPiDxyD4CE8k+4zTJPshW
        yT6veMk+lprJPoC8yT5s3sk+WgDKPkkiyj46RMo+LGbKPiCIyj4Xqso+EMzKPgnuyj4GEMs+AzLLPgJUyz4Edss+BZjLPgq6yz4R
        3Ms+Gf7LPiMgzD4uQsw+PWTMPk2GzD5dqMw+ccrMPoXszD6cDs0+tTDNPs9SzT7sdM0+CJfNPiq5zT5L280+bv3NPpMfzj66Qc4+
        42POPg+Gzj47qM4+acrOPpvszj7MDs8+ADHPPjZTzz5udc8+qJfPPuO5zz4h3M8+X/7PPqEg0D7jQtA+KWXQPm+H0D63qdA+AszQ
        Pk7u0D6dENE+7TLRPj1V0T6Rd9E+55nRPj+80T6Z3tE+9ADSPlAj0j6wRdI+EGjSPnSK0j7ZrNI+QM/SPqjx0j4SFNM+fzbTPu5Y
        0z5de9M+0J3TPkPA0z664tM+MgXUPqsn1D4nStQ+pWzUPiSP1D6msdQ+KdTUPq721D42GdU+vzvVPkte1T7YgNU+ZqPVPvnF1T6L
        6NU+IAvWPrct1j5PUNY+63LWPoaV1j4muNY+xtrWPmn91j4OINc+tELXPl1l1z4HiNc+tKrXPmPN1z4T8Nc+xRLYPno12D4wWNg+
        6XrYPqOd2D5gwNg+HuPYPt4F2T6hKNk+ZUvZPixu2T71kNk+vrPZPozW2T5Z+dk+KhzaPv0+2j7RYdo+qITaPoCn2j5byto+OO3a
        PhYQ2z73Mts+2VXbPr542z6lm9s+jr7bPnnh2z5mBNw+VCfcPkVK3D45bdw+LpDcPiaz3D4e1tw+GvncPhYc3T4XP90+GGLdPhuF
        3T4hqN0+KcvdPjLu3T4/Ed4+TDTePlxX3j5uet4+g53ePprA3j6x494+zAbfPugp3z4HTd8+KHDfPkuT3z5wtt8+l9nfPsD83z7s
        H+A+GUPgPkhm4D56ieA+razgPuTP4D4c8+A+VhbhPpM54T7RXOE+EYDhPlSj4T6YxuE+4OnhPikN4j51MOI+wlPiPhJ34j5kmuI+
        tr3iPg3h4j5mBOM+wCfjPhxL4z58buM+3JHjPj+14z6k2OM+DPzjPnUf5D7hQuQ+UGbkPr+J5D4yreQ+ptDkPh305D6XF+U+EDvl
        Po5e5T4OguU+kKXlPhXJ5T6a7OU+IhDmPq4z5j45V+Y+ynrmPlme5j7uweY+hOXmPhsJ5z63LOc+UFDnPvFz5z6Sl+c+NLvnPtre
        5z6CAug+KyboPtlJ6D6Gbeg+N5HoPum06D6f2Og+V/zoPhAg6T7MQ+k+imfpPkqL6T4Nr+k+0tLpPpr26T5kGuo+MD7qPv9h6j7O
        heo+oqnqPnfN6j5O8eo+KBXrPgQ56z7iXOs+xIDrPqak6z6MyOs+cuzrPl0Q7D5KNOw+OFjsPih87D4coOw+EsTsPgno7D4DDO0+
        ADDtPgBU7T4AeO0+BJztPgrA7T4T5O0+HQjuPios7j45UO4+S3TuPmCY7j52vO4+j+DuPqwE7z7HKO8+50zvPgpx7z4ule8+Vrnv
        Pn/d7z6sAfA+2yXwPgtK8D49bvA+cpLwPqy28D7m2vA+Iv/wPmEj8T6kR/E+52vxPi6Q8T53tPE+w9jxPhD98T5hIfI+s0XyPgdq
        8j5fjvI+urLyPhbX8j51+/I+1R/zPjpE8z6gaPM+CY3zPnSx8z7h1fM+UfrzPsUe9D45Q/Q+r2f0PiyM9D6osPQ+JdX0Pqj59D4r
        HvU+skL1Pjtn9T7Gi/U+VLD1PuTU9T55+fU+DR72PqRC9j4/Z/Y+3Iv2Pnuw9j4f1fY+w/n2Pmke9z4UQ/c+wGf3Pm6M9z4fsfc+
        1NX3Por69z5CH/g+/0P4Prxo+D59jfg+QrL4PgbX+D7O+/g+mCD5PmZF+T42avk+CI/5Pt+z+T612Pk+kP35Pm4i+j5MR/o+Lmz6
        PhSR+j76tfo+5dr6PtD/+j7BJPs+skn7PqVu+z6fk/s+l7j7PpLd+z6TAvw+kyf8PpdM/D6ecfw+qJb8PrS7/D7C4Pw+1QX9Pugq
        /T7+T/0+GnX9PjWa/T5Sv/0+deT9PpkJ/j6/Lv4+51P+PhV5/j5Cnv4+c8P+Pqno/j7fDf8+GTP/PlVY/z6Uff8+1aL/PhnI/z5h
        7f8+VQkAP/sbAD+jLgA/TEEAP/ZTAD+iZgA/T3kAP/2LAD+tngA/XrEAPxDEAD/E1gA/eukAPzD8AD/oDgE/oiEBP100AT8ZRwE/
        11kBP5ZsAT9VfwE/FpIBP9ukAT+ftwE/ZMoBPyzdAT/17wE/vwICP4sVAj9YKAI/JTsCP/ZNAj/GYAI/mXMCP2yGAj9CmQI/GawC
        P/G+Aj/L0QI/puQCP4L3Aj9gCgM/Px0DPyAwAz8BQwM/5lUDP8poAz+xewM/mo4DP4KhAz9ttAM/WccDP0faAz827QM/JgAEPxgT
        BD8LJgQ/ADkEP/dLBD/uXgQ/53EEP+OEBD/elwQ/3KoEP9u9BD/b0AQ/3eMEP+D2BD/mCQU/7BwFP/MvBT/+QgU/CFYFPxRpBT8i
        fAU/MY8FP0GiBT9TtQU/aMgFP3zbBT+T7gU/rAEGP8UUBj/fJwY//ToGPxtOBj86YQY/XHQGP36HBj+imgY/x60GP+/ABj8X1AY/
        QecGP276Bj+aDQc/ySAHP/kzBz8qRwc/XloHP5JtBz/JgAc/AZQHPzmnBz91ugc/sc0HP+/gBz8v9Ac/cAcIP7IaCD/3LQg/PEEI
        P4NUCD/LZwg/FnsIP2KOCD+uoQg//7QIP0/ICD+g2wg/9e4IP0kCCT+gFQk/+CgJP1M8CT+uTwk/CmMJP2l2CT/KiQk/K50JP4+w
        CT/zwwk/WdcJP8LqCT8s/gk/lhEKPwMlCj9yOAo/4ksKP1NfCj/Hcgo/O4YKP7GZCj8qrQo/o8AKPx7UCj+a5wo/GvsKP5kOCz8b
        Igs/njULPyNJCz+pXAs/MnALP7yDCz9Hlws/1KoLP2O+Cz/z0Qs/hOULPxn5Cz+uDAw/RCAMP90zDD93Rww/ElsMP7BuDD9Pggw/
        75UMP5GpDD82vQw/29AMP4LkDD8s+Aw/1wsNP4IfDT8xMw0/4EYNP5FaDT9Ebg0/+YENP6+VDT9nqQ0/Ir0NP9zQDT+Z5A0/WfgN
        PxkMDj/aHw4/nzMOP2VHDj8rWw4/9G4OP7+CDj+Llg4/WaoOPym+Dj/70Q4/zeUOP6P5Dj95DQ8/USEPPys1Dz8HSQ8/5FwPP8Nw
        Dz+lhA8/h5gPP2usDz9SwA8/OtQPPyPoDz8P/A8//A8QP+ojED/bNxA/zksQP8FfED+3cxA/r4cQP6ibED+jrxA/ocMQP5/XED+g
        6xA/of8QP6YTET+rJxE/szsRP71PET/HYxE/1HcRP+OLET/znxE/BbQRPxrIET8w3BE/R/ARP2AEEj98GBI/mSwSP7ZAEj/YVBI/
        +mgSPx59Ej9FkRI/bKUSP5W5Ej/BzRI/7+ESPx72Ej9PChM/gh4TP7YyEz/tRhM/JlsTP2BvEz+bgxM/2pcTPxmsEz9bwBM/ntQT
        P+ToEz8r/RM/cxEUP74lFD8KOhQ/WU4UP6piFD/8dhQ/UIsUP6afFD/+sxQ/WMgUP7PcFD8R8RQ/cAUVP9EZFT81LhU/mkIVPwFX
        FT9raxU/1H8VP0GUFT+vqBU/Ib0VP5PRFT8G5hU/fvoVP/YOFj9vIxY/7DcWP2pMFj/pYBY/a3UWP++JFj91nhY//LIWP4bHFj8R
        3BY/nvAWPy4FFz/AGRc/Uy4XP+dCFz9/Vxc/GGwXP7KAFz9QlRc/76kXP5C+Fz8z0xc/2OcXP378Fz8oERg/0yUYP386GD8uTxg/
        32MYP5J4GD9GjRg//qEYP7e2GD9xyxg/LuAYP+30GD+tCRk/cB4ZPzYzGT/8Rxk/xFwZP5FxGT9dhhk/K5sZP/6vGT/QxBk/pNkZ
        P33uGT9VAxo/MBgaPw0tGj/tQRo/z1YaP7FrGj+YgBo/f5UaP2iqGj9Vvxo/QtQaPzLpGj8j/ho/FxMbPw0oGz8FPRs/AFIbP/xm
        Gz/6exs/+5AbP/2lGz8Cuxs/CdAbPxHlGz8c+hs/KA8cPzkkHD9KORw/XE4cP3NjHD+KeBw/o40cP8GiHD/etxw//swcPyDiHD9F
        9xw/awwdP5MhHT+/Nh0/7EsdPxthHT9Ndh0/gIsdP7WgHT/utR0/J8sdP2TgHT+h9R0/4woePyQgHj9pNR4/sUoeP/tfHj9FdR4/
        k4oeP+OfHj80tR4/icoeP+DfHj859R4/kwofP/EfHz9PNR8/sEofPxZgHz96dR8/4oofP02gHz+6tR8/KMsfP5ngHz8O9h8/gwsg
        P/sgID92NiA/8UsgP3BhID/xdiA/dYwgP/mhID+BtyA/Cs0gP5fiID8l+CA/tw0hP0kjIT/fOCE/d04hPxFkIT+teSE/S48hP+2k
        IT+PuiE/NdAhP97lIT+H+yE/MxEiP+ImIj+TPCI/R1IiP/xnIj+1fSI/b5MiPyupIj/rviI/rdQiP3DqIj82ACM//xUjP8orIz+Y
        QSM/Z1cjPzltIz8MgyM/5ZgjP72uIz+YxCM/dtojP1jwIz86BiQ/IBwkPwcyJD/wRyQ/3l0kP8xzJD+8iSQ/r58kP6a1JD+fyyQ/
        meEkP5j3JD+WDSU/mCMlP545JT+lTyU/rmUlP7l7JT/JkSU/2KclP+u9JT8D1CU/GuolPzQAJj9TFiY/ciwmP5RCJj+6WCY/4G4m
        PwqFJj82myY/ZbEmP5bHJj/J3SY/APQmPzgKJz90ICc/sjYnP/JMJz80Yyc/eXknP8KPJz8Mpic/WLwnP6nSJz/66Cc/Tv8nP6cV
        KD8ALCg/XEIoP7xYKD8cbyg/gYUoP+abKD9Rsig/vMgoPynfKD+b9Sg/DwwpP4UiKT/9OCk/eE8pP/ZlKT93fCk/+pIpP3+pKT8I
        wCk/ldYpPyHtKT+xAyo/RhoqP9swKj9yRyo/Dl4qP6t0Kj9Liyo/7qEqP5S4Kj89zyo/5uUqP5X8Kj9FEys/+CkrP65AKz9nVys/
        IW4rP9+EKz+gmys/YrIrPynJKz/x3ys/vfYrP4oNLD9cJCw/LzssPwZSLD/eaCw/u38sP5mWLD95rSw/X8QsP0XbLD8u8iw/Gwkt
        PwogLT/7Ni0/8k0tP+hkLT/iey0/35ItP9+pLT/jwC0/59ctP/DuLT/7BS4/CB0uPxs0Lj8tSy4/Q2IuP1x5Lj96kC4/mKcuP7q+
        Lj/f1S4/Bu0uPzEELz9fGy8/jjIvP8FJLz/3YC8/MHgvP2yPLz+qpi8/7L0vPzDVLz937C8/wgMwPw8bMD9eMjA/skkwPwdhMD9f
        eDA/u48wPxqnMD99vjA/4NUwP0ntMD+zBDE/HxwxP5EzMT8ESzE/emIxP/V5MT9wkTE/76gxP3LAMT/31zE/f+8xPwoHMj+aHjI/
        KzYyP75NMj9XZTI/8XwyP46UMj8urDI/08MyP3jbMj8i8zI/0AozP38iMz8yOjM/6FEzP6FpMz9dgTM/HZkzP96wMz+jyDM/bOAz
        Pzj4Mz8GEDQ/2Cc0P64/ND+GVzQ/YG80Pz+HND8hnzQ/Bbc0P+zOND/X5jQ/xv40P7YWNT+sLjU/o0Y1P51eNT+cdjU/nY41P6Gm
        NT+qvjU/tNY1P8HuNT/RBjY/5x42P/82Nj8aTzY/OGc2P1h/Nj98lzY/pa82P9DHNj/+3zY/L/g2P2UQNz+cKDc/10A3PxdZNz9Z
        cTc/nok3P+ihNz8yujc/gtI3P9TqNz8qAzg/gxs4P98zOD9BTDg/o2Q4Pwl9OD90lTg/4K04P1HGOD/G3jg/PPc4P7cPOT81KDk/
        t0A5PztZOT/EcTk/UIo5P9+iOT9xuzk/CdQ5P6DsOT89BTo/3B06P4I2Oj8pTzo/0mc6P4KAOj80mTo/6LE6P6DKOj9d4zo/HPw6
        P+AUOz+lLTs/cEY7Pz1fOz8PeDs/45A7P7qpOz+Xwjs/dds7P1j0Oz9ADTw/KCY8PxY/PD8GWDw/+3A8P/SJPD/uojw/8Ls8P/HU
        PD/37Tw/Agc9Pw8gPT8iOT0/N1I9P09rPT9rhD0/i509P6+2PT/Wzz0/AOk9PzACPj9iGz4/lzQ+P9JNPj8OZz4/UIA+P5SZPj/e
        sj4/Kcw+P3nlPj/N/j4/JRg/P38xPz/eSj8/QWQ/P6d9Pz8Slz8/gLA/P/HJPz9m4z8/4fw/P10WQD/eL0A/ZElAP+xiQD94fEA/
        CJZAP5yvQD81yUA/0OJAP3D8QD8UFkE/ui9BP2dJQT8VY0E/yHxBP4GWQT87sEE/+slBP73jQT+D/UE/TRdCPxwxQj/vSkI/xmRC
        P59+Qj9+mEI/YLJCP0fMQj8x5kI/HwBDPxIaQz8HNEM/A05DPwBoQz8DgkM/CZxDPxW2Qz8i0EM/NupDP0sERD9nHkQ/hjhEP6lS
        RD/QbEQ/+4ZEPyuhRD9du0Q/ldVEP9LvRD8QCkU/VCRFP50+RT/qWEU/OXNFP46NRT/np0U/Q8JFP6PcRT8K90U/cxFGP+ErRj9U
        RkY/yWBGP0N7Rj/ClUY/RrBGP83KRj9X5UY/6f9GP3waRz8UNUc/sk9HP1JqRz/3hEc/op9HP066Rz8B1Uc/t+9HP3QKSD8yJUg/
        9T9IP75aSD+LdUg/W5BIPzGrSD8Kxkg/6eBIP8v7SD+zFkk/njFJP41MST+DZ0k/e4JJP3edST98uEk/gdNJP4ruST+bCUo/riRK
        P8c/Sj/jWko/BnZKPyuRSj9VrEo/hcdKP7jiSj/v/Uo/LhlLP280Sz+1T0s//2pLP0+GSz+ioUs/+rxLP1jYSz+780s/IQ9MP40q
        TD/8RUw/cGFMP+t8TD9pmEw/67NMP3PPTD//6kw/kQZNPyUiTT/BPU0/X1lNPwN1TT+tkE0/W6xNPwzITT/D400/gf9NP0EbTj8H
        N04/0VJOP6FuTj91ik4/T6ZOPy3CTj8Q3k4/+flOP+UVTz/YMU8/zE1PP8ppTz/KhU8/0KFPP9u9Tz/q2U8//vVPPxoSUD84LlA/
        W0pQP4NmUD+zglA/5Z5QPxu7UD9a11A/m/NQP+IPUT8wLFE/gkhRP9dkUT8ygVE/k51RP/q5UT9l1lE/1fJRP0sPUj/FK1I/RkhS
        P8tkUj9UgVI/5Z1SP3m6Uj8T11I/sfNSP1cQUz8BLVM/sElTP2ZmUz8eg1M/3Z9TP6O8Uz9s2VM/OvZTPxATVD/pL1Q/yExUP65p
        VD+ZhlQ/iaNUP33AVD943VQ/ePpUP3wXVT+INFU/mFFVP65uVT/Ji1U/7KhVPxHGVT8841U/bwBWP6YdVj/hOlY/JlhWP211Vj+6
        klY/DLBWP2bNVj/E6lY/KQhXP5QlVz8CQ1c/d2BXP/R9Vz9zm1c/+rhXP4fWVz8Y9Fc/rhFYP0wvWD/wTFg/mGpYP0eIWD/9pVg/
        tsNYP3bhWD89/1g/Ch1ZP9s6WT+xWFk/kXZZP3OUWT9dslk/TtBZP0PuWT8+DFo/QSpaP0dIWj9TZlo/aoRaP4KiWj+gwFo/xt5a
        P/P8Wj8lG1s/XDlbP5xXWz/edVs/KZRbP3qyWz/R0Fs/Le9bP48NXD/6K1w/aEpcP95oXD9bh1w/3KVcP2XEXD/04lw/iQFdPyMg
        XT/GPl0/bl1dPxx8XT/Pml0/jLldP03YXT8V910/5BVeP7c0Xj+TU14/d3JeP1+RXj9MsF4/Qc9ePz7uXj8/DV8/RyxfP1dLXz9t
        al8/iYlfP66oXz/Wx18/B+dfPz0GYD97JWA/wERgPwtkYD9dg2A/tqJgPxXCYD984WA/5wBhP1sgYT/WP2E/V19hP95+YT9tnmE/
        BL5hP5/dYT9D/WE/7xxiP588Yj9XXGI/GHxiP96bYj+pu2I/fdtiP1v7Yj87G2M/JDtjPxZbYz8Ne2M/C5tjPxK7Yz8d22M/Mvtj
        P04bZD9wO2Q/mVtkP8l7ZD8CnGQ/QLxkP4fcZD/X/GQ/Kh1lP4c9ZT/qXWU/VX5lP8eeZT9Bv2U/wt9lP0sAZj/aIGY/dEFmPxJi
        Zj+3gmY/Z6NmPxzEZj/Z5GY/nwVnP2omZz89R2c/GGhnP/uIZz/mqWc/2MpnP9TrZz/VDGg/3i1oP/FOaD8IcGg/KJFoP1GyaD+C
        02g/uvRoP/gVaT9CN2k/kFhpP+l5aT9Jm2k/sLxpPyDeaT+Y/2k/FyFqP55Caj8uZGo/xoVqP2Wnaj8MyWo/vupqP3UMaz81Lms/
        /09rP85xaz+nk2s/h7VrP3LXaz9k+Ws/XRtsP2A9bD9qX2w/fIFsP5qjbD+8xWw/6edsPx4KbT9bLG0/oU5tP+5wbT9Hk20/prVt
        PwzYbT9++m0/9hxuP3g/bj8DYm4/loRuPzGnbj/UyW4/hOxuPzkPbz/2MW8/wVRvP5B3bz9pmm8/TL1vPzfgbz8rA3A/JyZwPy9J
        cD89bHA/VY9wP3aycD+g1XA/0vhwPxEccT9WP3E/pGJxP/6FcT9eqXE/x8xxPzrwcT+6E3I/PjdyP85acj9ofnI/CqJyP7XFcj9s
        6XI/KQ1zP/Ewcz/DVHM/nnhzP4Kccz9xwHM/auRzP2sIdD91LHQ/i1B0P6p0dD/SmHQ/Bb10P0HhdD+GBXU/1Sl1PzFOdT+TcnU/
        /5Z1P3e7dT/533U/gwR2Pxopdj+5TXY/YnJ2PxSXdj/Uu3Y/muB2P24Fdz9LKnc/MU93PyB0dz8dmXc/I753PzPjdz9OCHg/cy14
        P6FSeD/Zd3g/IJ14P27CeD/F53g/LA15P5kyeT8SWHk/l315PyajeT++yHk/Yu55PxIUej/MOXo/kV96P2KFej86q3o/H9F6PxP3
        ej8OHXs/E0N7Pyhpez9Dj3s/a7V7P53bez/dAXw/Jyh8P3tOfD/ddHw/SZt8P7/BfD9C6Hw/0A59P2k1fT8OXH0/wYJ9P3ypfT9C
        0H0/Gfd9P/Ydfj/gRH4/2Wt+P9ySfj/ouX4/BeF+PyoIfz9cL38/mVZ/P+V9fz85pX8/ncx/Pwv0fz/CDYA/hSGAP1A1gD8gSYA/
        9VyAP9BwgD+0hIA/m5iAP4msgD9/wIA/etSAP3vogD+D/IA/kRCBP6UkgT/AOIE/4UyBPwhhgT82dYE/a4mBP6adgT/msYE/L8aB
        P33agT/R7oE/LgOCP5AXgj/4K4I/Z0CCP91Ugj9aaYI/3H2CP2iSgj/4poI/kLuCPy7Qgj/T5II/fvmCPzAOgz/rIoM/qzeDP3NM
        gz9BYYM/FnaDP/KKgz/Wn4M/wLSDP7HJgz+q3oM/qfODP68IhD+8HYQ/0zKEP+5HhD8RXYQ/PHKEP22HhD+mnIQ/57GEPy7HhD99
        3IQ/0/GEPzEHhT+WHIU/AjKFP3dHhT/zXIU/dXKFPwGIhT+SnYU/K7OFP87IhT933oU/J/SFP98Jhj+gH4Y/aDWGPzhLhj8PYYY/
        73aGP9WMhj/FooY/vLiGP7rOhj/B5IY/0fqGP+cQhz8HJ4c/Lj2HP15Thz+UaYc/1H+HPx2Whz9srIc/xcKHPyXZhz+N74c//wWI
        P3kciD/6Mog/hEmIPxhgiD+zdog/Vo2IPwSkiD+5uog/dtGIPzzoiD8M/4g/4xWJP8QsiT+tQ4k/nlqJP5lxiT+fiIk/qp+JP8C2
        iT/fzYk/B+WJPzb8iT9wE4o/syqKP/9Bij9UWYo/s3CKPxqIij+Kn4o/BbeKP4nOij8V5oo/q/2KP0wViz/1LIs/pkSLP2Nciz8q
        dIs/+YuLP9Ojiz+2u4s/otOLP5jriz+ZA4w/ohuMP7YzjD/WS4w//WOMPy58jD9rlIw/sayMPwHFjD9d3Yw/wfWMPy8OjT+oJo0/
        LT+NP7pXjT9ScI0/9oiNP6OhjT9auo0/HdONP+rrjT/CBI4/ox2OP5I2jj+KT44/i2iOP5uBjj+ymo4/1rOOPwbNjj8/5o4/hP+O
        P9YYjz8wMo8/lkuPPwhljz+Gfo8/DpiPP6Gxjz9Cy48/7OSPP6P+jz9nGJA/NDKQPw1MkD/yZZA/5X+QP+KZkD/qs5A/Ac6QPyLo
        kD9PApE/iRyRP842kT8gUZE/f2uRP+qFkT9hoJE/47qRP3XVkT8Q8JE/uQqSP3Elkj8zQJI/AluSP991kj/IkJI/v6uSP8HGkj/T
        4ZI/7/ySPxoYkz9UM5M/mU6TP+tpkz9NhZM/uqCTPzW8kz+/15M/VfOTP/oOlD+rKpQ/bUaUPztilD8WfpQ/A5qUP/u1lD8B0pQ/
        F+6UPzkKlT9rJpU/q0KVP/telT9Ze5U/xJeVP0G0lT/K0JU/Y+2VPwsKlj/CJpY/iEOWP15glj9CfZY/NZqWPzm3lj9M1JY/b/GW
        P6EOlz/kK5c/NUmXP5dmlz8JhJc/iqGXPxy/lz++3Jc/cfqXPzMYmD8GNpg/7FOYP99xmD/kj5g//K2YPyPMmD9a6pg/ogiZP/0m
        mT9pRZk/5WOZP3WCmT8UoZk/xb+ZP4remT9e/Zk/RByaPz87mj9JWpo/ZXmaP5WYmj/Yt5o/LNeaP5L2mj8NFps/mjWbPzhVmz/s
        dJs/sJSbP4m0mz901Js/dvSbP4kUnD+uNJw/6lScPzh1nD+ZlZw/EbacP5zWnD8695w/7hedP7Y4nT+RWZ0/gnqdP4ubnT+lvJ0/
        1d2dPx3/nT92IJ4/50GeP29jnj8LhZ4/vKaeP4PInj9j6p4/VwyfP2Iunz+EUJ8/vXKfPwuVnz9yt58/79mfP4T8nz8xH6A/9UGg
        P85koD/Bh6A/zqqgP/DNoD8r8aA/ghShP+03oT9yW6E/EX+hP8iioT+YxqE/guqhP4gOoj+jMqI/2laiPy57oj+Yn6I/HcSiP7/o
        oj95DaM/UDKjP0JXoz9OfKM/dqGjP7nGoz8a7KM/lRGkPyw3pD/iXKQ/s4KkP5+opD+szqQ/0/SkPxcbpT96QaU//GelP5qOpT9W
        taU/M9ylPy0Dpj9EKqY/f1GmP9V4pj9MoKY/5MemP5rvpj9wF6c/Zz+nP4Fnpz+5j6c/ErinP5Dgpz8uCag/7DGoP89aqD/Sg6g/
        +KyoP0LWqD+w/6g/QCmpP/RSqT/OfKk/yaapP+vQqT8y+6k/nSWqPy5Qqj/jeqo/wqWqP8XQqj/u+6o/QSerP7lSqz9Yfqs/I6qr
        PxLWqz8qAqw/bi6sP9harD9sh6w/KrSsPxXhrD8pDq0/ZzutP9RorT9qlq0/LMStPxzyrT84IK4/gU6uP/d8rj+fq64/ctquP3UJ
        rz+pOK8/C2ivP5yXrz9ix68/VfevP3snsD/VV7A/X4iwPxu5sD8K6rA/MxuxP4tMsT8ZfrE/3q+xP9fhsT8HFLI/cEayPw55sj/j
        q7I/8d6yPz0Ssz++RbM/enmzP3Otsz+l4bM/FBa0P8NKtD+rf7Q/0bS0PznqtD/cH7U/wVW1P+WLtT9PwrU/9/i1P+Ivtj8SZ7Y/
        hJ62PzzWtj88Drc/fka3Pwd/tz/bt7c/+PC3P10quD8MZLg/CZ64P1DYuD/jErk/yE25P/eIuT94xLk/SwC6P288uj/jeLo/rLW6
        P83yuj8/MLs/CW67Py6suz+o6rs/fim8P7FovD88qLw/Jui8P28ovT8bab0/Jaq9P5LrvT9lLb4/mm++PzSyvj899b4/qTi/P4J8
        vz/JwL8/egXAP5xKwD8ukMA/NtbAP64cwT+eY8E/CKvBP+bywT9AO8I/HYTCP3LNwj9JF8M/o2HDP4eswz/s98M/20PEP1iQxD9f
        3cQ/9irFPyR5xT/fx8U/MhfGPx9nxj+tt8Y/1AjHP5taxz8Prcc/IgDIP+BTyD9PqMg/af3IPzdTyT/Aqck//gDKP/lYyj+0sco/
        OQvLP4Rlyz+XwMs/gxzMPzt5zD/N1sw/QTXNP5KUzT/I9M0/6VXOPwC4zj8JG88/CH/PPxDkzz8VStA/J7HQP1EZ0T+MgtE/5OzR
        P2lY0j8SxdI/8TLTPwei0z9rEtQ/DYTUPwb31D9ha9U/GuHVP0BY1j/n0NY/B0vXP7PG1z/8Q9g/68LYP4ZD2T/bxdk/BEraP/zP
        2j/bV9s/tuHbP49t3D9++9w/oIvdP+8d3j+Pst4/kknfPxHj3z8Zf+A/xh3hPz6/4T+GY+I/ygrjPym14z+zYuQ/mBPlP/XH5T8F
        gOY/1TvnP5375z+bv+g/5ofpP8JU6j9/Jus/M/3rPzjZ7D/suu0/f6LuP1WQ7z/JhPA/X4DxP2+D8j91jvM/GKL0P9K+9T9o5fY/
        mxb4PzRT+T8snPo/nPL7P9FX/T8Nzf4/ASoAQFj3AECOzwFAB7QCQFWmA0BPqARATbwFQEblBkDDJghAjoUJQO8HC0CVtgxAe50O
        QPrOEED7ZxNAqZoWQJrLGkDA+SBAPZotQMpHdUBonG/APzxsQAfQacCHW2ZA/QdlwHTaYkCpGWHAjaFfQIddXsC2QF1AfEJcwMPx
        WkAFKVrANxhZQCAjWMCLRFdAnXhWwGW8VUCYDVXATjZUQFOgU8CB5VJAvzdSwE+VUUDJ/FDAAG1QQP/kT8CxRE9AY8tOwHw7TkBL
        s03AAzJNQPa2TMCOQUxASNFLwLdQS0BF6krAd3RKQMkDSsDMl0lAHTBJwGfMSEBabEjAlQBIQJunR8B6Q0dAA+NGwPWFRkASLEbA
        JNVFQPeARcDtI0VAG9VEwMt9REA9KUTAStdDQMWHQ8CJOkNAd+9CwHKdQkCSVkLAAQlCQJu9QcA/dEFA0yxBwDznQEBgo0DA61lA
        QHQZQMCR0z9AbI8/wO9MP0AGDD/Ancw+QKGOPsAGTD5A1xA+wC3RPUDxkj3AElY9QIUaPcA34DxAHac8wCFqPEBgMzzA2fg7QIa/
        O8BahztASVA7wEkaO0BN5TrAAq06QAh6OsDUQzpApg46wHXaOUA3pznA4nQ5QG9DOcAgDzlAZ984wOWsOEBFezjAf0o4QIsaOMBi
        6zdA/rw3wB2MN0A8XzfA6y83QF4BN8CR0zZAfKY2wBl6NkBjTjbAeyA2QBv2NcCUyTVAuZ01wIZyNUD4RzXABh41QK/0NMBkyTRA
        OqE0wCl3NECxTTTAzSQ0QHr8M8C01DNAeK0zwH6EM0BQXjPAbTYzQBIPM8A+6DJA68EywBicMkC+djLA008yQG8rMsB+BTJACuAx
        wA67MUCIljHAc3IxQM1OMcC+KTFA9QYxwMfiMEAJvzDAt5swQNB4MMBQVjBANzQwwNMQMECC7y/A68wvQLqqL8DsiC9Af2cvwG9G
        L0C9JS/A3wMvQOPjLsC+wi5A96EuwIqBLkB2YS7AuEEuQE8iLsDRAS5AEOMtwEDDLUDCoy3AmYQtQMBlLcA3Ry1A/SgtwMQJLUAk
        7CzAic0sQDuvLMA8kSxAhnMswBpWLED2OCzA6BosQFP+K8DV4CtAocMrwLKmK0AJiivApG0rQIRRK8CHNCtA6hgrwHT8KkBC4CrA
        U8QqQKKoKsAyjSpAAHIqwAJWKkBLOyrAyx8qQIkEKsAD6ilAOs8pwKy0KUBWminARX8pQGJlKcDFSilAYzApwDcWKUBF/CjAi+Io
        QAbJKMDPrihAtpUowO17KEBaYijA/UgoQNMvKMDfFihAHP4nwLTkJ0BWzCfAU7MnQIOaJ8DngSdAemknwD5RJ0AxOSfAiSAnQNwI
        J8CT8CZAe9gmwJHAJkDWqCbAR5EmQOV5JsDzYSZA6UomwFEzJkDiGybAogQmQI7tJcCj1iVA478lwJioJUAskiXANnslQGtkJcDK
        TSVAUjclwAIhJUDZCiXAL/QkQFXeJMD7xyRAyLEkwL2bJEDZhSTAGnAkQIJaJMBtRCRAIC8kwFcZJEC0AyTANu4jQN7YI8CqwyNA
        ma4jwF2ZI0CVhCPAVW8jQDpaI8BDRSNAbjAjwLsbI0ArByPAK/IiQN7dIsAjySJAibQiwBGgIkC5iyLAg3ciQG1jIsDrTiJAFjsi
        wNUmIkC4EiLAuP4hQNfqIcAY1yFAdcMhwG6vIUAJnCHAP4ghQJV0IcAIYSFAmk0hwEk6IUAWJyHAgxMhQIgAIcAv7SBA9NkgwNTG
        IEDTsyDAJ6EgQF2OIMA3eyBApGggwLVVIEDkQiDALDAgQJEdIMAPCyBAqvgfwOzlH0C70x/AMsEfQMWuH8BynB9AOYofwBl4H0AT
        Zh/AuVMfQOVBH8C+Lx9Ash0fwL0LH0Di+R7AH+geQHXWHsB8xB5AAbMewDihHkC4jx7AIH4eQJ5sHsA1Wx5A4kkewEI4HkAeJx7A
        rRUeQFQEHsAS8x1A5uEdwNLQHUDTvx3Ai64dQLidHcCejB1AmXsdwKpqHUDSWR3ADUkdQGA4HcBsJx1AFxcdwE0GHUCY9RzA+uQc
        QHDUHMD8wxxAm7McwPaiHEC/khzARIIcQN5xHMCMYRxATlEcwCRBHEAOMRzAtyAcQMgQHMCZABxAffAbwHbgG0Cr0BvAysAbQPuw
        G8DtoBtARpEbwF6BG0CJcRvAyWEbQBpSG8B/QhtA9TIbwC4jG0DJExvAKAQbQJn0GsAd5RpA2NUawIDGGkA4txrAt6caQJKYGsAz
        iRpA53kawKxqGkCDWxrAa0waQGM9GsAjLhpAPh8awCEQGkAVARrAPPIZQFPjGcB41BlAr8UZwK+2GUAFqBnAJ5kZQFiKGcCZexlA
        62wZwE1eGUDATxnA/EAZQI0yGcANJBlAehUZwPcGGUCC+BjAHuoYQMrbGMBCzRhADL8YwKOwGEBKohjAAJQYQMWFGMC5dxhAnGkY
        wE1bGEBNTRjAHT8YQPwwGMDoIhhA5BQYwO0GGEAG+RfA7+oXQEPdF8BJzxdAXMEXwH+zF0CvpRfA7pcXQDqKF8BYfBdAwG4XwPtg
        F0BCUxfAtkUXQBo4F8CLKhdACR0XwFsPF0D1ARfAYvQWQN3mFsBk2RZA+csWwLe+FkBnsRbA66MWQLSWFsBTiRZA/XsWwLZuFkB7
        YRbATVQWQEZHFsD7ORZA8ywWwMEfFkCbEhbAggUWQHb4FcB26xVAgt4VwIDRFUClxBXAobcVQKmqFcC9nRVA35AVwAyEFUBEdxXA
        bmoVQL5dFcDoUBVAHUQVwF03FUCpKhXAAh4VQGURFcCjBBVANvgUwIvrFEDr3hTAVtIUQM7FFMBQuRRA3awUwF2gFEABlBTAgIcU
        QAp7FMCfbhRAP2IUwOtVFEC4SRTASj0UQBYxFMC9JBRAcBgUwC0MFED2/xPAyfMTQL3nE8B42xNAa88TwDvDE0AUtxPA+aoTQP+e
        E8D5khNA/IYTwN56E0D2bhPA7WITQO5WE8AOSxNAJD8TwEMzE0BtJxPAdBsTQLIPE8DjAxNACfgSwDnsEkBz4BLAt9QSQAbJEsBH
        vRJAqLESwOqlEkAzmhLAh44SQOWCEsBhdxJA02sSwCNgEkCoVBLADEkSQHo9EsAGMhJAhyYSwBAbEkClDxLAGQQSQNP4EcBa7RFA
        6uERwITWEUAmyxHA0r8RQJu0EcAzqRFA+Z0RwKKSEUBUhxHAInwRQOZwEcCzZRFAiVoRwEFPEUA7RBHABTkRQNgtEcC1IhFAmBcR
        wJcMEUCNARHAZfYQQG3rEMBW4BBAXNUQwFbKEEBbvxDAZ7QQQHypEMCHnhBArJMQwLWIEEDIfRDA83IQQBVoEMBBXRBAc1IQwItH
        EEDfPBDACDIQQDcnEMBwHBBAwhEQwAoHEEBb/A/AkPEPQPLmD8BI3A9AltEPwOvGD0BJvA/AwLEPQC6nD8CBnA9A/pEPwHGHD0Dc
        fA/AT3IPQMhnD8BbXQ9A5VIPwFVID0DvPQ/AfTMPQAQpD8CTHg9AKRQPwNcJD0B8/w7ACPUOQLzqDsBm4A5ACtYOwLTLDkBkwQ7A
        LrcOQO2sDsCWog5AZJgOwCmODkDngw7ArHkOQIdvDsBaZQ5ANVsOwPhQDkDwRg7AwDwOQJgyDsB3KA5AbB4OwFkUDkBNCg7AOAAO
        QDv2DcAl7A1AF+INwB/YDUAezg3AJcQNQEG6DcA2sA1AUqYNwGScDUBukg3AgIgNQJl+DcDGdA1A62oNwPtgDUA8Vw3AWU0NQHxD
        DcC0OQ1A5S8NwBwmDUBoHA3AjxINQNsIDcAe/wxAWfUMwJvrDEDx4QzAQNgMQJbODMDVxAxARbsMwJGxDEDkpwzATJ4MQKuUDMAS
        iwxAjIEMwON3DEBpbgzAzWQMQDZbDMC0UQxAKkgMwKg+DEA3NQzApisMQDUiDMC9GAxAPA8MwMQFDEBe/AvA8fILQInpC8Ab4AtA
        wNYLwF3NC0D1wwvAkboLQEGxC8DppwtAl54LwD6VC0D5iwvArIILQFl5C8ALcAtA0GYLwI5dC0BSVAvAD0sLQN5BC8CmOAtAaC8L
        wC8mC0AHHQvA2xMLQMAKC8CFAQtAafgKwEbvCkAd5grABd0KQObTCsDNygpAxcEKwJ+4CkCkrwrAiaYKQH+dCsBwlApAZosKwGyC
        CkBueQrAZ3AKQHNnCsB4XgpAd1UKwHtMCkCQQwrAoDoKQL8xCsDCKApA7B8KwPgWCkAWDgrALgUKQEz8CcB58wlAoOoJwMLhCUDz
        2AnAH9AJQETHCcB7vglAqrUJwOusCUAkpAnATpsJQJ2SCcDRiQlAFIEJwFJ4CUCfbwnA52YJQD5eCcB6VQlA3EwJwCJECUB4OwnA
        xzIJQCcqCcCAIQlA6hgJwDgQCUCsBwnABP8IQGv2CMDN7QhAP+UIwKrcCEAm1AjAhcsIQArDCMB1ughA7rEIwGGpCEDkoAjAYZgI
        QO2PCMBfhwhA9X4IwHF2CED7bQjAimUIQBRdCMCtVAhAQEwIwM1DCEBqOwjAAjMIQJIqCMAzIghAzRkIwHcRCEAlCQjAuAAIQHD4
        B8AO8AdAuecHwGDfB0AW1wfA0M4HQITGB8AzvgdA8bUHwKmtB0BcpQfAHJ0HQOKUB8CijAdAcYQHwCd8B0D9cwfAxmsHQIljB8Ba
        WwdAJVMHwP9KB0DcQgfAozoHQIoyB8BZKgdANiIHwBUaB0DxEQfA2wkHQL8BB8Ce+QZAlfEGwHTpBkBf4QbAT9kGQDrRBsAyyQZA
        L8EGwBW5BkAasQbACKkGQAOhBsADmQZA/ZAGwAWJBkARgQbABXkGQBpxBsAgaQZAIWEGwC9ZBkBBUQbAUEkGQGpBBsB3OQZAkTEG
        wKUpBkC/IQbA1BkGQPQRBsAaCgZAQwIGwFX6BUCG8gXAquoFQMjiBcD02gVAI9MFwE7LBUCFwwXAsLsFQO6zBcAYrAVATqQFwIec
        BUDFlAXA/owFQEKFBcB7fQVAwHUFwABuBUBEZgXAil4FQM9WBcAeTwVAcUcFwLc/BUAJOAXAVzAFQKgoBcD9IAVAUBkFwKwRBUAN
        CgXAYAIFQMj6BMAc8wRAe+sEwN7jBEBE3ATAptQEQBXNBMB2xQRA7L0EwFW2BEC4rgTAKqcEQJ2fBMAVmARAkJAEwPeIBEB5gQTA
        73kEQGlyBMDmagRAZ2MEwONbBEBrVATA50wEQHZFBMD5PQRAgDYEwAMvBECPJwTAISAEQLYYBMA+EQRA2gkEwGoCBED2+gPAjfMD
        QCfsA8DF5ANAZ90DwPzVA0CkzgPAOccDQNi/A8B8uANAIrEDwM2pA0B7ogPAHJsDQNGTA8B6jANAJoUDwM99A0CBdgPAOG8DQPJn
        A8CgYANAYFkDwBVSA0DOSgPAikMDQEg8A8ALNQNA0S0DwIsmA0BRHwPAEhgDQNYQA8CeCQNAaQIDwDf7AkAI9ALAzuwCQKblAsBz
        3gJARNcCwBfQAkDuyALAyMECQKW6AsB3swJAW6wCwDOlAkAPngLA75YCQNCPAsC2iAJAn4ECwHx6AkBrcwLAT2wCQDdlAsAhXgJA
        DlcCwP9PAkDzSALA3EECQNc6AsDFMwJAuCwCwK4lAkCmHgLAoxcCQKkQAsCdCQJAogICwJ37AUCa9AHAm+0BQJ/mAcCm3wFAr9gB
        wK/RAUDAygHAxcMBQM68AcDgtQFA764BwAGoAUAVoQHAH5oBQDqTAcBLjAFAXYUBwHR+AUCVdwHAsHABQNBpAcDlYgFAC1wBwCZV
        AUBDTgHAZUcBQI9AAcC2OQFA4DIBwAAsAUAwJQHAVR4BQIQXAcCwEAFA3gkBwBADAUBE/ADAbvUAQK7uAMDe5wBAEuEAwEfaAECA
        0wDAwcwAQADGAMA0vwBAebgAwLOxAED2qgDANqQAQHmdAMC+lgBADpAAwEyJAECaggDA33sAQCx1AMB2bgBAw2cAwBJhAEBrWgDA
        s1MAQAtNAMBaRgBAsj8AwAU5AEBcMgDAuysAQBclAMBqHgBAzBcAwCoRAECFCgDA4wMAQJL6/79X7f8/I+D/v+fS/z++xf+/hLj/
        P1ir/78mnv8/+pD/v9+D/z+9dv+/i2n/P39c/79WT/8/M0L/vyA1/z8GKP+/8xr/P/AN/7/PAP8/1vP+v8Hm/j+v2f6/sMz+P6m/
        /r+ysv4/uKX+v6mY/j/Di/6/v37+P8xx/r/TZP4/4Ff+v/tK/j8TPv6/IjH+P0Ik/r9cF/4/cQr+v5X9/T+y8P2/1uP9PwrX/b8g
        yv0/Xr39v36w/T+xo/2/25b9PxaK/b9Mff0/kHD9v7lj/T8IV/2/O0r9P389/b+7MP0/CCT9v08X/T+lCv2/4P38P0Dx/L+G5Pw/
        2tf8vzLL/D+Gvvy/6bH8P0al/L+dmPw/BIz8v2V//D+/cvy/Kmb8P5lZ/L8DTfw/e0D8v9kz/D9bJ/y/zRr8PzkO/L+0Afw/KvX7
        v6/o+z843Pu/qM/7PzvD+7+ztvs/Oqr7v8ed+z9Nkfu/44T7P314+7/9a/s/oF/7vzNT+z/BRvu/XTr7P/8t+7+bIfs/RhX7v+EI
        +z+K/Pq/LvD6P9bj+r+D1/o/K8v6v+G++j+bsvq/Pab6PwGa+r+0jfo/boH6vyB1+j/jaPq/qVz6P3NQ+r8kRPo/+Tf6v70r+j+E
        H/q/SBP6PxkH+r/w+vk/yu75v5bi+T9w1vm/Q8r5Pxy++b/4sfk/2qX5v7aZ+T+gjfm/eoH5P251+b9Safk/Ol35vx1R+T8NRfm/
        Ajn5P/ws+b/mIPk/6RT5v9wI+T/K/Pi/xvD4P8bk+L/K2Pg/08z4v83A+D/etPi/4aj4P+ic+L/qkPg/+IT4vw15+D8lbfi/LmH4
        P05V+L9fSfg/dD34v48x+D+uJfi/0Bn4P/YN+L8PAvg/Pvb3v17q9z+E3ve/rNL3P9nG978Ku/c/QK/3v2aj9z+kl/e/04v3PweA
        978+dPc/emj3v7pc9z/+UPe/M0X3P4A597++Lfc//yH3v0UW9z+QCve/3v72PzHz9r915/Y/2Nv2vyTQ9j91xPa/yLj2PyGt9r9+
        ofY/35X2vzGK9j+Zfva//XL2P1tn9r++W/Y/JFD2v45E9j/9OPa/XS32P90h9r9FFvY/sgr2vyP/9T+X8/W/D+j1P5Tc9b8D0fU/
        iMX1v/659T+BrvW//6L1P4KX9b8IjPU/kYD1vxd19T+pafW/LV71P7ZS9b9JR/U/2jv1v24w9T8FJfW/mBn1PzYO9b/IAvU/Z/f0
        vwDs9D+e4PS/SNX0P+3J9L+EvvQ/MbP0v9qn9D98nPS/IpH0P9aF9L+EevQ/P2/0v+Vj9D+eWPS/U030PwRC9L+4NvQ/dyv0vzMg
        9D/7FPS/rQn0P3T+87828/M/9Ofzv77c8z+D0fO/S8bzPx+787/fr/M/u6Tzv4GZ8z9VjvO/IoPzP/1387/SbPM/s2Hzv4BW8z9o
        S/O/O0DzPxs187/2KfM/3R7zv78T8z+sCPO/hf3yP3ry8r9c5/I/R9zyvy7R8j8ixvK/GLvyPwuw8r/4pPI/8pnyv+iO8j/Zg/K/
        03jyP9Rt8r/PYvI/1lfyv8dM8j/WQfK/1jbyP9Qr8r/bIPI/5xXyv+8K8j8CAPK/CPXxPxvq8b8o3/E/OdTxv0XJ8T9dvvG/erPx
        P5Co8b+jnfE/yZLxv+OH8T/4fPG/GHLxPz1n8b9dXPE/h1Hxv6VG8T/XO/G//TDxPx4m8b9LG/E/exDxv60F8T/d+vC/CPDwP0bl
        8L932vA/q8/wv+PE8D8YuvC/V6/wP5mk8L/QmfA/GY/wv1WE8D+PefC/027wPxpk8L9lWfA/s07wv/RD8D9JOfC/ki7wP94j8L8t
        GfA/eQ7wv88D8D8o+e+/du7vP9bj778q2e8/gc7vv93D7z87ue+/nK7vPwCk779Zme8/xY7vvyWE7z+Hee+/7m7vP1dk77/EWe8/
        M0/vv5hE7z8OOu+/eS/vP+ck779ZGu8/zQ/vv0wF7z/G+u6/N/DuP7jl7r8v2+4/p9DuvyPG7j+iu+6/JrHuP7Om7r8tnO4/upHu
        vzqH7j+/fO6/R3LuP9Fn7r9mXe4/9lLuv3xI7j8UPu6/oDPuPzYp7r/IHu4/XRTuv/UJ7j+Y/+2/KPXtP8vq7b9h4O0/Atbtv5/L
        7T8/we2/4rbtP46s7b8qou0/15ftv3+N7T8kg+2/y3jtP3Zu7b8qZO0/21ntv4dP7T8/Re2/6zrtP6Aw7b9SJu0/CRztv8cR7T+C
        B+2/M/3sP/vy7L+x6Ow/ct7svy7U7D/0yey/t7/sP3217L8+q+w/CqHsv9GW7D+VjOy/Y4LsPy147L8Abuw/0GPsv5tZ7D9yT+y/
        Q0XsPxI77L/pMOw/vSbsv5oc7D90Euy/SgjsPzH+678H9Os/5enrv8Hf6z+m1eu/jcvrP3HB679Rt+s/Oq3rvyGj6z8Jmeu/7o7r
        P96E67/Oeus/vXDrv6dm6z+hXOu/ilLrP31I679zPus/ZDTrv18q6z9eIOu/UhbrP08M679KAus/Rvjqv0Xu6j9B5Oq/RtrqP07Q
        6r9Mxuo/U7zqv1ey6j9dqOq/ZZ7qP3GU6r96iuo/jIDqv5N26j+pbOq/tmLqP8dY6r/ZTuo/6ETqvwE76j8bMeq/LSfqP00d6r9j
        E+o/fQnqv5n/6T+49em/2uvpP/3h6b8Y2Ok/Qs7pv1zE6T9/uum/pbDpP82m6b/4nOk/JpPpv0mJ6T9+f+m/rHXpP9hr6b8IYuk/
        OVjpv25O6T+kROm/0jrpPw4x6b9AJ+k/dh3pv64T6T/pCem/JwDpP2326L+j7Og/6eLovyTZ6D9jz+i/pcXoP+676L81sug/fqjo
        v76e6D8Mlei/UYvoP56B6L/pd+g/Nm7ov4Zk6D/dWui/J1HoP35H6L/NPeg/IzTov3Yq6D/MIOi/KhfoP4YN6L/XA+g/Pfrnv5Tw
        5z/u5ue/T93nP6/T578Ryuc/esDnv9S25z89ree/o6PnPwaa579wkOc/2Ibnv0J95z+0c+e/GWrnP49g57/4Vuc/aU3nv9ZD5z9N
        Oue/wDDnPzsn57+nHec/KBTnv5kK5z8RAee/iPfmPwfu5r+C5OY/Btvmv4HR5j8EyOa/g77mPwC15r+Eq+Y/C6Lmv5CY5j8bj+a/
        mYXmPyp85r+ycuY/N2nmv8Vf5j9UVua/4UzmP3VD5r8AOuY/mjDmvyUn5j+4Hea/ThTmP+AK5r96AeY/F/jlv6vu5T9I5eW/4Nvl
        P3vS5b8ZyeU/ur/lv1a25T/7rOW/mKPlP0Ka5b/jkOU/hoflvy1+5T/QdOW/emvlPydi5b/MWOU/fk/lvyhG5T/TPOW/gTPlPzIq
        5b/lIOU/mhflv0cO5T8BBeW/svvkP2by5L8c6eQ/1d/kv5DW5D9NzeS/AsTkP8S65L9+seQ/Oqjkv/me5D+5leS/fIzkP0KD5L/+
        eeQ/yHDkv49n5D9TXuS/GVXkP+FL5L+sQuQ/eTnkv0Qw5D8WJ+S/3x3kP6sU5L95C+Q/TgLkvyH54z/37+O/w+bjP6Ld479z1OM/
        R8vjvx3C4z/6uOO/1a/jP7Km47+LneM/bZTjv0WL4z8lguO/BHnjP+Rv47/LZuM/sF3jv4xU4z96S+O/W0LjP0M5478pMOM/FSfj
        v/8d4z/rFOO/1QvjP8YC47+y+eI/nfDiv4/n4j9/3uK/ddXiP2jM4r9Zw+I/Urriv0ax4j8+qOK/M5/iPy6W4r8njeI/J4Tivx97
        4j8fcuK/G2niPxZg4r8XV+I/Gk7ivxpF4j8iPOK/ITPiPykq4r8sIeI/MxjivzoP4j9BBuK/Tf3hP1z04b9j6+E/cuLhv33Z4T+L
        0OG/msfhP6y+4b+7teE/0qzhv+Cj4T/6muG/DZLhPyKJ4b80gOE/Tnfhv2hu4T+GZeG/nFzhP75T4b/XSuE/80HhvxE54T8yMOG/
        VCfhP3ge4b+WFeE/vgzhv+AD4T8C++C/KPLgP0/p4L954OA/pNfgv8nO4D/5xeC/Ib3gP0u04L94q+A/pqLgv9eZ4D8OkeC/Oojg
        P3B/4L+fduA/0W3gvwRl4D8/XOC/dlPgP7BK4L/iQeA/IDngv1ow4D+TJ+C/zR7gPw8W4L9NDeA/jgTgv8j73z8R89+/TurfP43h
        37/T2N8/FtDfv1zH3z+nvt+/6LXfPzit3799pN8/w5vfvw+T3z9ait+/qoHfP/h4379FcN8/l2ffv+Ze3z8zVt+/h03fP9hE378w
        PN8/hDPfv9cq3z8wIt+/hhnfP9oQ3780CN8/kf/ev+v23j9L7t6/oOXePwTd3r9g1N4/u8vevxzD3j9/ut6/4LHeP0ap3r+moN4/
        EJjev3CP3j/Wht6/Pn7eP6Z13r8Obd4/e2Tev+Fb3j9TU96/vUrePyVC3r+TOd4/BDHev3Uo3j/pH96/VhfeP8kO3r86Bt4/rf3d
        vyL13T+Y7N2/EeTdP4vb3b/+0t0/fcrdv/TB3T9uud2/6bDdP2ao3b/ln90/Zpfdv+CO3T9kht2/4n3dP2F13b/jbN0/a2Tdv/Bb
        3T93U92/+ErdP4NC3b8HOt0/jTHdvxkp3T+iIN2/LxjdP7wP3b9DB90/2P7cv2P23D/u7dy/feXcPxLd3L+k1Nw/N8zcv8jD3D9g
        u9y/8LLcP4iq3L8cotw/spncv06R3D/piNy/fIDcPx143L+1b9w/Umfcv+xe3D+NVty/LE7cP9BF3L9qPdw/EjXcv68s3D9SJNy/
        8xvcP5kT3L8+C9w/6QLcv4j62z838tu/3unbP4Ph278u2ds/19Dbv4XI2z82wNu/3LfbP5Cv278+p9s/7Z7bv5qW2z9Njtu/AYbb
        P7V9279kdds/Hm3bv9Jk2z+HXNu/OlTbP/NL27+uQ9s/ajvbvyAz2z/gKtu/lSLbP1Ea278PEts/zQnbv44B2z9Q+dq/DfHaP9Lo
        2r+R4No/U9javxbQ2j/ax9q/ob/aP2m32r8rr9o/96bav72e2j+Dltq/TI7aPxeG2r/jfdo/tXXav31t2j9OZdq/Gl3aP+ZU2r+1
        TNo/ikTav1s82j8vNNq//SvaP9Uj2r+qG9o/fBPav1EL2j8rA9q/AvvZP93y2b+z6tk/kOLZv2fa2T9E0tm/HsrZP/rB2b/budk/
        u7HZv5ep2T96odm/V5nZPzmR2b8Zidk//oDZv+J42T/LcNm/qWjZP5Vg2b94WNk/YFDZv0hI2T8wQNm/HTjZPwcw2b/vJ9k/4R/Z
        v8kX2T+2D9m/pQfZP5L/2L+F99g/ee/Yv2Ln2D9a39i/S9fYPz7P2L8ux9g/Jb/Yvx232D8Wr9i/CafYPwOf2L/5ltg/8Y7Yv+uG
        2D/nfti/5HbYP+Nu2L/cZtg/217Yv9dW2D/VTti/1EbYP9U+2L/YNtg/3C7Yv9om2D/iHti/5BbYP+sO2L/wBtg/9/7Xv//21z8I
        79e/DefXPxnf178g19c/Kc/XvzfH1z9Cv9e/UbfXP2Cv179pp9c/fp/Xv4uX1z+aj9e/qYfXP71/17/Qd9c/5W/Xv/dn1z8PYNe/
        IFjXPzdQ179MSNc/ZkDXv3441z+YMNe/ryjXP80g17/nGNc/ABHXvx0J1z85Ade/W/nWP3nx1r+W6dY/ueHWv9jZ1j/20da/GcrW
        Pz3C1r9gutY/iLLWv6eq1j/Sota/95rWPxqT1r9Ci9Y/a4PWv5Z71j/Ac9a/52vWPxdk1r9BXNY/aVTWv5dM1j/FRNa/9jzWPyg1
        1r9ULdY/hiXWv7Yd1j/mFda/GA7WP0wG1r+D/tU/ufbVv+ru1T8l59W/Wd/VP4/X1b/Hz9U/AMjVvzrA1T92uNW/rLDVP+yo1b8l
        odU/YJnVv52R1T/eidW/HYLVP1561b+actU/3mrVvyBj1T9hW9W/o1PVP+VL1b8tRNU/czzVv7M01T/9LNW/QyXVP4gd1b/PFdU/
        Gg7Vv2QG1T+y/tS/9/bUP0bv1L+R59Q/29/UvyvY1D940NS/yMjUPxnB1L9mudQ/ubHUvwmq1D9ZotS/rJrUP/6S1L9Wi9Q/rYPU
        v/171D9YdNS/rWzUPwFl1L9ZXdQ/s1XUvwtO1D9pRtS/vz7UPx831L92L9Q/0ifUvzAg1D+OGNS/7xDUP00J1L+qAdQ/DvrTv23y
        0z/O6tO/MOPTP5Tb07/509M/XszTv8DE0z8qvdO/jbXTP/Kt079aptM/wp7TvyuX0z+Xj9O//YfTP2qA07/TeNM/PnHTv6xp0z8Z
        YtO/iFrTP/hS079iS9M/1UPTv0U80z+0NNO/JC3TP5gl078MHtM/gRbTv+8O0z9rB9O/3f/SP1D40r/H8NI/PunSv7jh0j8y2tK/
        qdLSPyXL0r+cw9I/F7zSv5G00j8OrdK/jqXSPwye0r+HltI/CI/Sv4aH0j8DgNK/hHjSPwdx0r+IadI/DWLSv41a0j8SU9K/lkvS
        PxpE0r+gPNI/IzXSv6wt0j82JtK/uh7SP0UX0r/MD9I/VQjSv98A0j9r+dG/+PHRP4bq0b8Q49E/odvRvyzU0T+6zNG/SMXRP9m9
        0b9rttE//a7Rv4un0T8hoNG/sZjRP0OR0b/WidE/aoLRvwB70T+Yc9G/LWzRP8dk0b9dXdE/8lXRv4pO0T8mR9G/wD/RP1w40b/z
        MNE/lCnRvy0i0T/IGtG/ZxPRPwQM0b+mBNE/Rv3Qv+H10D+H7tC/JOfQP8ff0L9o2NA/C9HQv6/J0D9XwtC/9rrQP6Cz0L9CrNA/
        6KTQv5Cd0D82ltC/4Y7QP4yH0L8wgNA/3njQv4hx0D8vatC/22LQP4hb0L83VNA/5EzQv49F0D9CPtC/7zbQP54v0L9OKNA/ACHQ
        v7AZ0D9kEtC/EwvQP8oD0L98/M8/L/XPv+Ttzz+a5s+/UN/PPwjYz7+90M8/eMnPvy7Czz/ous+/oLPPP1qsz78Wpc8/053Pv4qW
        zz9Mj8+/BojPP8KAz79+ec8/P3LPv/9qzz/AY8+/fFzPP0JVz78BTs8/w0bPv4Q/zz9GOM+/DTHPP9Ipz7+VIs8/XRvPvyEUzz/l
        DM+/rQXPP3T+zr8+984/B/DOv8/ozj+a4c6/Y9rOPy/Tzr/3y84/xcTOv5S9zj9hts6/LK/OP/6nzr/LoM4/mJnOv2iSzj86i86/
        DITOP+B8zr+vdc4/g27Ov1Vnzj8nYM6//FjOP9FRzr+nSs4/gEPOv1M8zj8uNc6/Ay7OP9smzr+yH84/jBjOv2YRzj9CCs6/HAPO
        P/r7zb/V9M0/r+3Nv4zmzT9p382/StjNPyrRzb8Fys0/6MLNv8i7zT+ntM2/iK3NP2ymzb9On80/NJjNvxSRzT/6ic2/3oLNP8F7
        zb+ndM0/jW3Nv3dmzT9eX82/RFjNPy5Rzb8WSs0/AEPNv+k7zT/UNM2/vi3NP60mzb+WH80/hRjNv3ERzT9eCs2/TAPNPzn8zL8r
        9cw/He7MvwrnzD//38y/7tjMP97RzL/Qysw/xMPMv7i8zD+vtcy/oK7MP5mnzL+NoMw/gZnMv3iSzD9vi8y/Z4TMP2J9zL9Xdsw/
        VW/Mv01ozD9GYcy/QFrMPztTzL83TMw/OEXMvzE+zD8xN8y/LzDMPywpzL8pIsw/KxvMvysUzD8tDcy/LAbMPzD/y78y+Ms/MvHL
        vzTqyz8548u/PdzLP0XVy79Izss/T8fLv1TAyz9aucu/YbLLP2iry79ypMs/fZ3Lv4KWyz+Pj8u/mYjLP6OBy7+sess/uXPLv8Zs
        yz/WZcu/4F7LP/JXy7/8UMs/CkrLvxpDyz8qPMu/PDXLP04uy79dJ8s/cSDLv4IZyz+UEsu/pwvLP7sEy7/Q/co/5vbKv/vvyj8T
        6cq/KOLKPz3byr9U1Mo/bs3Kv4fGyj+hv8q/t7jKP9Wxyr/tqso/BqTKvyOdyj8/lsq/W4/KP3uIyr+Ugco/tnrKv9Jzyj/xbMq/
        D2bKPzBfyr9QWMo/dFHKv5FKyj+2Q8q/2DzKP/g1yr8cL8o/QSjKv2Qhyj+MGsq/rxPKP9gMyr/6Bco/If/Jv0j4yT9x8cm/m+rJ
        P8Xjyb/p3Mk/FtbJvz7PyT9oyMm/k8HJP7+6yb/ss8k/G63Jv0SmyT90n8m/oZjJP9GRyb/+isk/LoTJv199yT+Qdsm/vm/JP/Ro
        yb8jYsk/VVvJv4ZUyT+7Tcm/70bJPyVAyb9XOck/jzLJv8IryT/5JMm/Lh7JP2cXyb+eEMk/2QnJvw4DyT9L/Mi/gfXIP7vuyL/2
        58g/MOHIv23ayD+q08i/48zIPyTGyL9gv8g/nLjIv9qxyD8Zq8i/WaTIP5mdyL/Xlsg/G5DIv1qJyD+bgsi/3XvIPyB1yL9kbsg/
        qWfIv+lgyD8xWsi/dFPIP7hMyL/9Rcg/Qz/Iv4s4yD/TMci/GCvIP2UkyL+rHcg/8xbIvzwQyD+HCci/0gLIPx38x79m9cc/te7H
        v//nxz9J4ce/mdrHP+XTx781zcc/hMbHv9K/xz8juce/c7LHP8Crx78Spcc/Yp7Hv7aXxz8Kkce/WYrHP6+Dx78Dfcc/VHbHv6hv
        xz/+aMe/VWLHP6pbx7//VMc/WE7Hv65Hxz8FQce/XTrHP7Yzx78QLcc/aybHv8Mfxz8eGce/eRLHP9MLx78uBcc/i/7Gv+j3xj9G
        8ca/oerGPwHkxr9d3cY/vdbGvxvQxj97yca/28LGPz+8xr+dtcY/AK/Gv2Koxj/Doca/JpvGP4qUxr/ujcY/VIfGv7WAxj8eesa/
        gXPGP+dsxr9MZsY/s1/GvxxZxj+FUsa/60vGP1dFxr+9PsY/JjjGv5Axxj/7Ksa/ZiTGP9Mdxr89F8Y/rBDGvxcKxj+DA8a/8PzF
        P1z2xb/M78U/POnFv6nixT8b3MW/itXFP/nOxb9ryMU/3cHFv0+7xT/DtMW/Mq7FP6inxb8cocU/jprFvwKUxT93jcW/7obFP2WA
        xb/YecU/UnPFv8dsxT88ZsW/tV/FPy1Zxb+oUsU/IkzFv5lFxT8VP8W/jzjFPwkyxb+DK8U/ACXFv3wexT/7F8W/dhHFP/QKxb9x
        BMU/7/3Ev273xD/u8MS/berEP+7jxL9t3cQ/8NbEv3DQxD/xycS/c8PEP/a8xL96tsQ//q/Ev4CpxD8Ho8S/iZzEPw2WxL+Tj8Q/
        GonEv6GCxD8pfMS/rXXEPzdvxL++aMQ/RWLEv85bxD9ZVcS/407EP25IxL/3QcQ/gzvEvw41xD+YLsS/JSjEP7EhxL9AG8Q/zRTE
        v1kOxD/sB8S/dwHEPwf7w7+X9MM/Je7Dv7fnwz9K4cO/2NrDP2vUw7/8zcM/jsfDvyHBwz+0usO/SbTDP9+tw79xp8M/CKHDv52a
        wz8ylMO/x43DP16Hw7/1gMM/jnrDvyN0wz+9bcO/VGfDP+5gw7+GWsM/IFTDv7tNwz9YR8O/8EDDP446w78pNMM/wy3Dv2Anwz/+
        IMO/mxrDPzsUw7/YDcM/eQfDvxYBwz+0+sK/VfTCP/Ttwr+W58I/OuHCv9fawj981MK/Hs7CP8DHwr9jwcI/BbvCv6q0wj9QrsK/
        86fCP5uhwr8/m8I/5JTCv4uOwj8xiMK/2YHCP4J7wr8ndcI/0W7Cv3lowj8hYsK/yVvCP3ZVwr8hT8I/zEjCv3RCwj8jPMK/zTXC
        P3cvwr8mKcI/0iLCv4Icwj8wFsK/2w/CP40Jwr86A8I/6vzBv5r2wT9J8MG/++nBP6zjwb9c3cE/EdfBv8HQwT9zysG/JsTBP9q9
        wb+Nt8E/Q7HBv/WqwT+tpMG/Yp7BPxeYwb/NkcE/g4vBvzuFwT/0fsG/qHjBP2Nywb8abME/0WXBv4tfwT9DWcG/AFPBP7tMwb9z
        RsE/MEDBv+w5wT+mM8G/YS3BPx8nwb/dIME/mxrBv1cUwT8YDsG/1QfBP5MBwb9T+8A/EfXAv9PuwD+W6MC/U+LAPxfcwL/Y1cA/
        mM/Av1vJwD8fw8C/4bzAP6e2wL9psMA/L6rAv/OjwD+4ncC/fZfAP0KRwL8Ki8A/0YTAv5d+wD9geMC/JnLAP+5rwL+1ZcA/f1/A
        v0hZwD8VU8C/3EzAP6hGwL9wQMA/PDrAvwc0wD/SLcC/oCfAP24hwL85G8A/CBXAv9YOwD+iCMC/cQLAPz/8v78Q9r8/4O+/v67p
        vz+B47+/T92/PyDXv7/z0L8/xcq/v5bEvz9rvr+/O7i/PxKyv7/jq78/t6W/v4ufvz9hmb+/N5O/Pw6Nv7/hhr8/uoC/v456vz9l
        dL+/O26/PxRov7/uYb8/x1u/v51Vvz94T7+/Ukm/PypDv78DPb8/4Da/v7swvz+YKr+/ciS/P08ev78qGL8/CBK/v+MLvz/CBb+/
        oP++P4D5vr9d874/Pe2+vxznvj/74L6/3Nq+P7vUvr+dzr4/f8i+v1/Cvj9DvL6/Jba+Pwewvr/qqb4/zqO+v7Gdvj+Xl76/eZG+
        P2CLvr9Ehb4/KH++vw55vj/1cr6/3Gy+P8Rmvr+qYL4/k1q+v3pUvj9iTr6/Ski+PzVCvr8ePL4/Cja+v/Evvj/fKb6/xyO+P7Md
        vr+cF74/ihG+v3gLvj9kBb6/T/+9Pz/5vb8s870/Gu29vwbnvT/24L2/5tq9P9fUvb/Fzr0/t8i9v6fCvT+WvL2/h7a9P3mwvb9s
        qr0/X6S9v1GevT9GmL2/OJK9PyqMvb8ehr0/E4C9vwl6vT/+c72/8m29P+pnvb/fYb0/1Fu9v8xVvT/CT72/u0m9P7RDvb+rPb0/
        pTe9v50xvT+WK72/jyW9P4kfvb+FGb0/gBO9v3kNvT92B72/cAG9P2z7vL9o9bw/Ze+8v2PpvD9i47y/Xt28P13XvL9b0bw/WMu8
        v1nFvD9Yv7y/Wbm8P1mzvL9Zrbw/XKe8v1uhvD9bm7y/XpW8P2CPvL9kibw/Z4O8v2p9vD9ud7y/cnG8P3RrvL95Zbw/fV+8v4RZ
        vD+LU7y/jk28P5dHvL+dQbw/ozu8v6s1vD+xL7y/uim8P8QjvL/KHbw/1he8v94RvD/nC7y/8QW8P/r/u78G+rs/E/S7vx3uuz8r
        6Lu/NOK7P0Dcu79O1rs/W9C7v2fKuz93xLu/hL67P5O4u7+isrs/r6y7v76muz/OoLu/35q7P/GUu78Aj7s/E4m7vyKDuz8zfbu/
        Rne7P1lxu79ra7s/f2W7v5Bfuz+nWbu/ulO7P85Nu7/iR7s/+EG7vw08uz8kNru/ODC7P1Equ79lJLs/ex67v5QYuz+rEru/xAy7
        P90Gu7/1ALs/D/u6vyb1uj9A77q/Wem6P3Tjur+P3bo/rNe6v8TRuj/iy7q//MW6PxnAur81uro/UbS6v3Cuuj+OqLq/q6K6P8qc
        ur/nlro/BpG6vyWLuj9Fhbq/ZX+6P4Z5ur+kc7o/x226v+dnuj8HYrq/KVy6P0tWur9vULo/k0q6v7NEuj/YPrq//Di6Px4zur9B
        Lbo/aCe6v40huj+0G7q/1hW6P/8Pur8jCro/SgS6v3D+uT+X+Lm/wPK5P+jsub8P57k/OuG5v2HbuT+I1bm/ss+5P9zJub8HxLk/
        Mr65v1u4uT+Isrm/sqy5P92mub8Jobk/NZu5v2KVuT+Rj7m/u4m5P+uDub8Xfrk/Rni5v3NyuT+ibLm/02a5PwNhub8xW7k/Y1W5
        v5NPuT/BSbm/80O5PyM+ub9WOLk/iTK5v7ksuT/tJrm/ICG5P1Mbub+EFbk/uQ+5v+4JuT8kBLm/Vv64P434uL/B8rg/9uy4vyvn
        uD9i4bi/mdu4P9HVuL8H0Lg/QMq4v3fEuD+uvri/57i4Px+zuL9Zrbg/lKe4v8uhuD8HnLi/QJa4P3qQuL+0irg/8YS4vyx/uD9p
        ebi/o3O4P+JtuL8daLg/WmK4v5ZcuD/UVri/FFG4P1NLuL+QRbg/zz+4vw06uD9NNLi/jS64P80ouL8OI7g/Tx24v44XuD/SEbi/
        Ewy4P1QGuL+VALg/2fq3vxv1tz9f77e/oum3P+fjt78q3rc/bdi3v7LStz/2zLe/PMe3P4TBt7/Gu7c/ELa3v1Swtz+bqre/4aS3
        Pymft79xmbc/upO3vwGOtz9LiLe/k4K3P9t8t78kd7c/bnG3v7hrtz8FZre/TmC3P5pat7/jVLc/L0+3v3pJtz/GQ7e/FD63P2E4
        t7+tMrc//Cy3v0kntz+VIbe/5Bu3PzIWt7+BELc/0gq3vx4Ftz9x/7a/wPm2Pw/0tr9f7rY/sOi2vwLjtj9U3ba/pNe2P/jRtr9J
        zLY/m8a2v+/Atj9Cu7a/l7W2P+uvtr88qrY/lKS2v+eetj87mba/kJO2P+aNtr87iLY/lIK2v+d8tj9Ad7a/lnG2P+1rtr9FZrY/
        nGC2v/Vatj9PVba/pk+2PwBKtr9ZRLY/sT62vww5tj9mM7a/wS22Px0otr92IrY/0xy2vy4Xtj+JEba/5Au2P0IGtr+fALY//fq1
        v1j1tT+577W/Feq1P3Lktb/Q3rU/L9m1v4/TtT/wzbW/Tsi1P67Ctb8PvbU/b7e1v8+xtT8wrLW/kqa1P/agtb9Wm7U/uJW1vxqQ
        tT98irW/34S1P0J/tb+nebU/DHS1v25utT/UaLW/OGO1P51dtb8CWLU/Z1K1v89MtT82R7W/mkG1PwM8tb9oNrU/0DC1vzcrtT+g
        JbW/ByC1P3Iatb/ZFLU/Qg+1v6sJtT8UBLW/ff60P+f4tL9S87Q/v+20vyjotD+V4rS/AN20P2vXtL/W0bQ/Q8y0v7DGtD8ewbS/
        ibu0P/m1tL9msLQ/06q0v0GltD+wn7S/H5q0P4+UtL/9jrQ/b4m0v96DtD9NfrS/vHi0Py5ztL+gbbQ/Emi0v4JitD/2XLS/Z1e0
        P9pRtL9LTLQ/vka0vzNBtD+mO7S/GDa0P48wtL8BK7Q/dyW0v+wftD9hGrS/1xS0P00PtL/CCbQ/OgS0v6/+sz8m+bO/nPOzPxTu
        s7+M6LM/BuOzv3zdsz/217O/b9KzP+XMs79fx7M/2cGzv1W8sz/OtrO/R7GzP8Srs78+prM/uKCzvzObsz+wlbO/LJCzP6mKs78k
        hbM/on+zvx96sz+bdLO/GG+zP5hps78WZLM/lV6zvxJZsz+SU7O/EU6zP5BIs78QQ7M/jz2zvxE4sz+TMrO/Ei2zP5Qns78VIrM/
        lhyzvxcXsz+aEbO/HQyzP6AGs78iAbM/p/uyvyr2sj+t8LK/MOuyP7Xlsr864LI/v9qyv0PVsj/Kz7K/TsqyP9XEsr9av7I/4rmy
        v2i0sj/xrrK/damyP/+jsr+GnrI/DZmyv5aTsj8fjrK/qIiyPzGDsr+5fbI/RHiyv81ysj9XbbK/4WeyP2tisr/3XLI/hFeyvw5S
        sj+bTLK/JkeyP7FBsr8+PLI/yzayv1kxsj/nK7K/ciayPwMhsr+PG7I/HRayv6sQsj86C7K/ygWyP1oAsr/o+rE/evWxvwnwsT+a
        6rG/KuWxP7nfsb9M2rE/3tSxv2/PsT8DyrG/lMSxPya/sb+4ubE/S7Sxv+CusT90qbG/BaSxP5uesb8umbE/wZOxv1eOsT/tiLG/
        gYOxPxl+sb+seLE/RHOxv9ptsT9vaLG/B2OxP55dsb81WLE/z1Kxv2RNsT//R7G/lkKxPy09sb/GN7E/XzKxv/kssT+TJ7G/LCKx
        P8kcsb9iF7E//BGxv5cMsT8yB7G/zgGxP2r8sL8F97A/o/Gwvz7ssD/b5rC/eOGwPxTcsL+y1rA/UdGwv+7LsD+NxrC/K8GwP8q7
        sL9ptrA/B7Gwv6ersD9IprC/5qCwP4ebsL8nlrA/yJCwv2mLsD8JhrC/rICwP057sL/vdbA/k3CwvzVrsD/XZbC/emCwPxxbsL/A
        VbA/ZlCwvwhLsD+tRbC/UECwP/U6sL+aNbA/PzCwv+UqsD+MJbC/MCCwP9gasL99FbA/JBCwv8sKsD9xBbC/GgCwP8L6r79o9a8/
        E/Cvv7nqrz9i5a+/C+CvP7Tar79e1a8/CNCvv7HKrz9cxa+/BcCvP7C6r79cta8/BrCvv7Oqrz9fpa+/CqCvP7ear79jla8/D5Cv
        v7uKrz9nha+/F4CvP8V6r79wda8/IXCvv85qrz97Za+/K2CvP9lar7+KVa8/O1Cvv+hKrz+aRa+/SUCvP/k6r7+pNa8/WzCvvw0r
        rz+/Ja+/byCvPyMbr7/UFa8/hhCvvzgLrz/qBa+/nwCvP1T7rr8F9q4/uvCuv27rrj8h5q6/1uCuP4vbrr9B1q4/99Cuv6vLrj9i
        xq6/F8GuP867rr+Dtq4/OrGuv/Krrj+qpq6/YKGuPxmcrr/Qlq4/h5Guv0CMrj/5hq6/s4GuP2x8rr8kd64/33Guv5hsrj9SZ66/
        DGKuP8dcrr+CV64/PlKuv/dMrj+1R66/b0KuPys9rr/nN64/pDKuv2Atrj8eKK6/2iKuP5kdrr9WGK4/ExOuv9INrj+QCK6/TwOu
        Pw/+rb/M+K0/jfOtv0vurT8M6a2/yuOtP4verb9M2a0/DdStv83OrT+Qya2/UMStPxG/rb/Tua0/lbStv1ivrT8bqq2/3aStP6Kf
        rb9jmq0/JpWtv+qPrT+uiq2/c4WtPzeArb/7eq0/wnWtv4ZwrT9La62/EGatP9Zgrb+eW60/Y1atvylRrT/wS62/t0atP31Brb9F
        PK0/DTetv9UxrT+fLK2/ZCetPy8irb/2HK0/vxetv4gSrT9SDa2/HQitP+cCrb+w/aw/e/isv0XzrD8Q7qy/2+isP6fjrL9z3qw/
        P9msvwnUrD/Yzqy/osmsP2/ErL88v6w/Crqsv9e0rD+lr6y/cqqsP0KlrL8PoKw/3Zqsv6uVrD96kKy/SousPxqGrL/pgKw/unus
        v4l2rD9acay/KWysP/pmrL/MYaw/nVysv25XrD9CUqy/Ek2sP+RHrL+3Qqw/iD2sv1w4rD8vM6y/Ai6sP9YorL+qI6w/fB6sv1AZ
        rD8lFKy/+g6sP9EJrL+kBKw/ev+rv076qz8k9au/+u+rP9Dqq7+n5as/f+Crv1Pbqz8t1qu/A9GrP9rLq7+xxqs/isGrv2O8qz88
        t6u/ErKrP+6sq7/Fp6s/nqKrv3idqz9RmKu/K5OrPwaOq7/giKs/vIOrv5V+qz9weau/S3SrPydvq78Caqs/4GSrv7tfqz+YWqu/
        dFWrP1BQq78uS6s/Ckarv+hAqz/GO6u/ozarP4Mxq79gLKs/Pyervx4iqz/8HKu/3BerP7wSq7+bDas/fAirv1wDqz87/qq/G/mq
        P/zzqr/e7qo/v+mqv5/kqj+D36q/Y9qqP0XVqr8n0Ko/Ccuqv+3Fqj/RwKq/s7uqP5e2qr95sao/Xqyqv0Gnqj8loqq/C52qP/CX
        qr/Tkqo/uo2qv56Iqj+Dg6q/aX6qP095qr82dKo/HW+qvwJqqj/rZKq/0F+qP7daqr8AAAAAAAAAgAAAgH8AAID/////f////3//
        //9/////fwAAwH8AAAAAAAAAgAAAAAAAAACAykd1QMpHdcD///9/AAAAAAAAAIA=
        """)

    /// `lax.erf` on float32, grid `ReferenceGrid.erfF32`.
    static let erfF32 = ReferenceTable(
        count: 4022, inputHash: 0xADE519DD87636E94,
        outputs: """
        AAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAgOoNlQDJXp6Ap6+n
        AIcAsYBlUboARKLDgCLzzAABRNaA4JTfAL/l6ICdNvIAfIf7gC5sAgGdFAeBDL0LAXtlEIEbrRkB+v0igdlOLAG3nzWBlvA+AXRB
        SIFUklEBMuNagRE0ZAHvhG2Bz9V2AVcTgIHGu4QBNWSJgaQMjgFu+5SBTEyeASudp4EJ7rAB6T66gcePwwGm4MyBhDHWAWOC34FC
        0+gBISTygf90+wHvYgKCXgsHAs6zC4I9XBACnpoZgn3rIgJcPCyCO401AhnePoL4LkgC1n9RgrbQWgKUIWSCc3JtAlHDdoIYCoAC
        iLKEgvdaiQJmA46C8OiUAtA5noKuiqcCjduwgmssugJKfcOCKc7MAggf1oLmb98CxcDogqQR8gKDYvuCsVkCAyACB4OPqgsD/1IQ
        gyKIGQMA2SKD3yksA716NYOdyz4DexxIg1ptUQM4vlqDGA9kA/ZfbYPVsHYD2gCAg0mphAO5UYmDKPqNA3TWlINSJ54DMXingxHJ
        sAPvGbqDzWrDA6y7zIOLDNYDal3fg0iu6AMn//GDBVD7A3JQAoTi+AYEUaELhMBJEASmdRmEhMYiBGMXLIRBaDUEH7k+hP8JSATd
        WlGEvKtaBJr8Y4R5TW0EWJ52hDfvfwQLoISEekiJBOrwjYT4w5QE1hSehLVlpwSTtrCEcwe6BFFYw4QvqcwEDvrVhOxK3wTMm+iE
        quzxBIk9+4Q0RwIFo+8GhROYCwWCQBCFKGMZBQe0IoXmBCwFxVU1haOmPgWB90eFYEhRBT+ZWoUe6mMF/DpthduLdgW63H+FzJaE
        BTw/iYWr540FerGUhVoCngU4U6eFF6SwBfX0uYXVRcMFs5bMhZHn1QVwON+FTonoBS7a8YUMK/sF9T0ChmXmBgbUjguGRDcQBqxQ
        GYaKoSIGafIrhkhDNQYnlD6GBeVHBuM1UYbChloGoddjhoAobQZeeXaGPcp/Bo6NhIb9NYkGbd6Nhv6elAbc752GvECnBpqRsIZ5
        4rkGVzPDhjWEzAYV1dWG8yXfBtJ26Iawx/EGkBj7hrc0Agcm3QaHloULBwUuEIcvPhkHDo8ih+zfKwfLMDWHqYE+B4nSR4dnI1EH
        RXRahyTFYwcDFm2H4mZ2B8C3f4dPhIQHvyyJhy7VjQeBjJSHYN2dBz4up4cdf7AH/M+5h9sgwwe5ccyHl8LVB3cT34dVZOgHNLXx
        hxIG+wd4KwKI6NMGCFd8C4jHJBAIsisZiJF8IghwzSuITh41CC1vPogLwEcI6xBRiMlhWginsmOIhgNtCGRUdohEpX8IEXuEiIAj
        iQjwy42IBXqUCOPKnYjCG6cIoGywiH+9uQheDsOIPV/MCBuw1Yj5AN8I2FHoiLei8QiW8/qIOiICCanKBokZcwsJiBsQiTUZGQkU
        aiKJ8rorCdILNYmwXD4Jj61HiW3+UAlLT1qJK6BjCQnxbInoQXYJxpJ/idNxhAlCGomJscKNCYdnlIlmuJ0JRQmniSRasAkCq7mJ
        4fvCCcBMzImfndUJfe7eiVs/6Ak6kPGJGuH6CfwYAoprwQYK2mkLikoSEAq5BhmKl1ciCnaoK4pU+TQKNEo+ihKbRwrx61CKzzxa
        Cq2NY4qN3mwKbC92ikqAfwqUaISKAxGJCnO5jYoLVZQK6aWdisj2pgqnR7CKhpi5CmTpwopDOswKIYvVigHc3grfLOiKvn3xCpzO
        +oq+DwILLbgGi5xgCwsLCRCLO/QYCxtFIov5lSsL2OY0i7Y3PguViEeLdNlQC1MqWosxe2MLEMxsi+8cdgvObX+LVl+EC8UHiYs0
        sI0LjkKUi22TnQtL5KaLKjWwCwiGuYvo1sILxifMi6V41QuDyd6LYxroC0Fr8YsgvPoLfwYCjO6uBgxeVwuMzf8PDL/hGIydMiIM
        fYMrjFvUNAw6JT6MGHZHDPfGUIzWF1oMtWhjjJO5bAxyCnaMUFt/DBhWhIyH/ogM9qaNjBEwlAzwgJ2Mz9GmDK0isIyMc7kMasTC
        jEoVzAwoZtWMB7feDOUH6IzEWPEMo6n6jEH9AQ2wpQaNH04LDY/2D41CzxgNISAijf9wKw3ewTSNvRI+DZxjR416tFANWQVajTdW
        Yw0Xp2yN9fd1DdRIf43ZTIQNSfWIjbidjQ2UHZSNc26dDVG/po0xELAND2G5je6xwg3MAsyNrFPVDYqk3o1p9ecNR0bxjSaX+g0D
        9AGOcpwGDuFEC45Q7Q8OxbwYjqQNIg6DXiuOYa80DkAAPo4fUUcO/qFQjtzyWQ67Q2OOmZRsDnnldY5XNn8Om0OEjgrsiA55lI2O
        GAuUDvZbnY7VrKYOs/2vjpNOuQ5xn8KOUPDLDi5B1Y4Nkt4O7OLnjssz8Q6phPqOxOoBDzSTBo+jOwsPEuQPj0iqGA8n+yGPBkwr
        D+WcNI/D7T0Poj5Hj4CPUA9g4FmPPjFjDx2CbI/70nUP2yN/j106hA/M4oiPO4uND5r4k496SZ0PWJqmjzfrrw8VPLmP9IzCD9Pd
        y4+yLtUPkH/ej2/Q5w9OIfGPLXL6D4bhAZD1iQYQZDILkNTaDxDMlxiQqughEIk5K5BoijQQR9s9kCUsRxAEfVCQ4s1ZEMIeY5Cg
        b2wQf8B1kF0RfxAeMYSQjtmIEP2BjZAe5pMQ/DadkNyHphC72K+QmSm5EHd6wpBWy8sQNRzVkBRt3hDyveeQ0Q7xEK9f+pBH2AER
        t4AGkSYpCxGV0Q+RUIUYES7WIZENJysR63c0kcnIPRGpGUeRh2pQEWa7WZFEDGMRI11skQKudRHh/n6R4CeEEU/QiJG/eI0RotOT
        kYAknRFfdaaRPcavER0XuZH7Z8IR2bjLkbgJ1RGXWt6RdqvnEVT88JEzTfoRCc8Bknh3BhLoHwuSV8gPEtJyGJKxwyESkBQrkm9l
        NBJNtj2SKwdHEgtYUJLpqFkSyPlikqZKbBKFm3WSZOx+EqEehJIRx4gSgG+NkiTBkxIEEp2S4mKmEsGzr5KfBLkSf1XCkl2myxI7
        99SSGkjeEviY55LY6fAStjr6ksrFARM6bgaTqRYLExm/D5NWYBgTNLEhkxMCKxPyUjST0aM9E6/0RpONRVATbJZZk0vnYhMqOGyT
        CIl1E+fZfpNjFYQT0r2Ik0JmjROorpOThv+cE2ZQppNEoa8TI/K4kwFDwhPfk8uTv+TUE5013pN8hucTWtfwkzoo+hOMvAGU+2QG
        FGsNC5TatQ8U2U0YlLieIRSW7yqUdUA0FFSRPZQz4kYUETNQlO+DWRTO1GKUrSVsFIx2dZRqx34UJAyElJS0iBQDXY2UK5yTFArt
        nJToPaYUyI6vlKbfuBSFMMKUY4HLFEHS1JQhI94U/3PnlN7E8BS8FfqUTbMBFb1bBpUsBAsVnKwPlVw7GBU7jCGVGt0qFfgtNJXX
        fj0Vtc9GlZUgUBVzcVmVUcJiFTATbJUOZHUV7rR+leYChBVVq4iVxVONFa+Jk5WN2pwVbCumlUp8rxUpzbiVCB7CFeduy5XFv9QV
        oxDelYNh5xVhsvCVQAP6FQ+qAZZ+UgYW7voKll2jDxbfKBiWvnkhFpzKKpZ8GzQWWmw9ljm9RhYXDlCW915ZFtWvYpazAGwWklF1
        lnCifhao+YOWF6KIFoZKjZYxd5MWEMiclu8YphbOaa+WrLq4FosLwpZqXMsWSa3Ulif+3RYFT+eW5J/wFsTw+ZbRoAEXQEkGl6/x
        Chcfmg+XYxYYF0FnIZcguCoX/gg0l95ZPRe8qkaXm/tPF3lMWZdXnWIXN+5rlxY/dRf0j36XafCDF9mYiJdIQY0XtWSTl5O1nBdy
        BqaXUVevFzCouJcO+cEX7UnLl8ua1Ber692XiTznF2iN8JdG3vkXk5cBmAJABhhx6AqY4JAPGOUDGJjFVCEYo6UqmIL2MxhgRz2Y
        QJhGGB7pT5j9OVkY24pimLrbaxiZLHWYeH1+GCvng5iaj4gYCTiNmDhSkxgXo5yY9fOlGNREr5izlbgYkubBmHA3yxhPiNSYLdnd
        GA0q55jrevAYysv5mFSOARnDNgaZM98KGaKHD5lp8RcZR0IhmSeTKhkF5DOZ5DQ9GcKFRpmh1k8ZgCdZmV94Yhk9yWuZHBp1Gfpq
        fpnt3YMZXIaImcsujRm7P5OZmpCcGXnhpZlXMq8ZNoO4mRTUwRn0JMuZ0nXUGbHG3ZmPF+cZb2jwmU25+RkWhQGahS0GGvTVCppk
        fg8a7N4XmssvIRqpgCqaiNEzGmciPZpGc0YaJMRPmgMVWRriZWKawbZrGp8HdZp+WH4artSDmh59iBqNJY2aPi2TGh1+nJr7zqUa
        2x+vmrlwuBqYwcGadhLLGlZj1Jo0tN0aEwXnmvFV8BrQpvma2HsBG0ckBpu2zAobJXUPm3DMFxtOHSGbLW4qGwu/M5vqDz0byWBG
        m6ixTxuGAlmbZVNiG0Oka5sj9XQbAUZ+m3DLgxvfc4ibTxyNG8Iak5uga5wbf7ylm10Nrxs9XribG6/BG/r/ypvYUNQbt6Hdm5by
        5ht1Q/CbU5T5G5lyAZwJGwYceMMKnOdrDxzyuRec0QohHLBbKpyPrDMcbf08nExORhwrn0+cCvBYHOhAYpzHkWscpeJ0nIUzfhwy
        woOcoWqIHBATjZxECJMcJFmcnAKqpRzh+q6cv0u4HJ+cwZx97cocXD7UnDqP3RwZ4Oac+DDwHNeB+ZxbaQEdyhEGnTm6Ch2pYg+d
        dqcXHVT4IJ0zSSodE5oznfHqPB3PO0adroxPHYzdWJ1sLmIdSn9rnSnQdB0HIX6d87iDHWNhiJ3SCY0dyPWSnaZGnB2Gl6WdZeiu
        HUM5uJ0hisEdANvKnd8r1B2+fN2dnM3mHXse8J1ab/kdHGABnowIBh77sAqealkPHvqUF57Y5SAetzYqnpWHMx5z2DyeUylGHjF6
        T54Qy1ge7htins5sax6svXSeiw5+HrWvg54kWIgelACNnkzjkh4qNJyeCYWlHufVrp7HJrgepXfBnoPIyh5iGdSeQWrdHiC75p7+
        C/Ae3Vz5nt5WAR9N/wWfvacKHyxQD598ghcfXNMgnzokKh8ZdTOf98U8H9UWRp+1Z08fk7hYn3IJYh9QWmufL6t0Hw78fZ92poMf
        5k6In1X3jB/P0JKfriGcH4xypZ9rw64fSRS4nyllwR8Htsqf5QbUH8RX3Z+iqOYfgvnvn2BK+R+fTQGgD/YFIH6eCqDuRg8gAHAX
        oN7AICC9ESqgnGIzIHuzPKBZBEYgN1VPoBemWCD19mGg1EdrILKYdKCR6X0gOJ2DoKdFiCAX7oygUr6SIDAPnKAQYKUg7rCuoM0B
        uCCrUsGgi6PKIGn006BHRd0gJpbmoATn7yDkN/mgYUQBIdDsBaFAlQohrz0PoYNdFyFiriChQP8pIR9QM6H+oDwh3fFFobtCTyGZ
        k1iheORhIVc1a6E2hnQhFNd9ofmTgyFpPIih2OSMIdWrkqG0/Jshkk2loXKeriFQ77ehL0DBIQ2RyqHr4dMhyzLdoamD5iGI1O+h
        ZiX5ISM7AaKS4wUiAYwKonE0DyIGSxei5ZsgIsTsKaKiPTMigY48ol/fRSI/ME+iHYFYIvvRYaLaImsiuXN0opjEfSK7ioOiKjOI
        IprbjKJZmZIiN+qbohY7pSL0i66i09y3IrItwaKRfsoib8/Tok0g3SItceaiC8LvIuoS+aLkMQEjU9oFo8OCCiMyKw+jiTgXI2iJ
        IKNH2ikjJiszowR8PCPjzEWjwR1PI6FuWKN/v2EjXRBrozxhdCMasn2jfYGDI+wpiKNb0owj24aSo7vXmyOZKKWjeHmuI1bKt6M1
        G8EjFGzKo/O80yPRDd2jr17mI46v76NuAPkjpigBpBXRBSSEeQqk9CEPJA0mF6TrdiAkyscppKgYMySIaTykZrpFJEULT6QjXFgk
        A61hpOH9aiTATnSknp99JD54g6SuIIgkHcmMpF90kiQ9xZukHBalJPtmrqTat7ckuAjBpJdZyiR2qtOkVfvcJDNM5qQSne8k8O34
        pGgfASXXxwWlRnAKJbUYD6WPExclb2QgpU21KSUsBjOlClc8JeqnRaXI+E4lp0lYpYWaYSVk62qlQzx0JSKNfaUAb4MlbxeIpd6/
        jCXiYZKlwbKbJZ8DpaV+VK4lXaW3pTz2wCUaR8ql+ZfTJdfo3KW3OeYllYrvpXTb+CUpFgGmmb4FJghnCqZ3Dw8mEwEXpvFRICbR
        oimmr/MyJo5EPKZslUUmS+ZOpio3WCYJiGGm59hqJsYpdKalen0mwmWDpjEOiCagtoymZU+SJkSgm6Yj8aQmAUKupuCStya+48Cm
        njTKJnyF06Zb1twmOSfmphl47yb3yPim6wwBJ1q1BafJXQonOQYPp5buFid1PyCnU5ApJzPhMqcRMjwn8IJFp87TTietJFinjHVh
        J2vGaqdJF3QnKGh9p4NcgyfzBIinYq2MJ+g8kqfHjZsnpt6kp4UvridjgLenQtHAJyAiyqcAc9Mn3sPcp70U5iebZe+nerb4J60D
        AagcrAUoi1QKqPr8Diga3Bao+CwgKNd9Kai1zjIolB88qHNwRShSwU6oMBJYKA9jYajus2oozQR0qKtVfShFU4OotPuHKCSkjKhs
        KpIoSnubqCnMpCgHHa6o5223KMW+wKikD8oogmDTqGKx3ChAAuaoH1PvKP2j+Khu+gAp3qIFqU1LCim88w6pnMkWKXsaIKlaaykp
        ObwyqRcNPCn2XUWp1a5OKbT/V6mSUGEpcaFqqU/ycykvQ32pB0qDKXbyh6nlmowp7heSqc5omymsuaSpiwquKWlbt6lJrMApJ/3J
        qQZO0ynkntypw+/lKaJA76mBkfgpMPEAqp+ZBSoPQgqqfuoOKiC3Fqr+ByAq3Vgpqr2pMiqb+juqeUtFKlicTqo27VcqFj5hqvSO
        airT33OqsTB9KshAg6o46Ycqp5GMqnIFkipQVpuqMKekKg/4rartSLcqy5nAqqrqySqJO9OqaIzcKkbd5aolLu8qBH/4qvHnACth
        kAWr0DgKKz/hDqukpBYrgvUfq2FGKSs/lzKrH+g7K/04RavbiU4rutpXq5grYSt4fGqrVs1zKzUefauKN4Mr+d+Hq2mIjCv28pGr
        1EObK7OUpKuS5a0rcTa3q0+HwCst2MmrDCnTK+t53KvKyuUrqBvvq4ds+Cuz3gCsIocFLJIvCqwB2A4sJpIWrAbjHyzkMymsw4Qy
        LKHVO6x/JkUsX3dOrD3IVywcGWGs+mlqLNq6c6y4C30sSy6DrLvWhywqf4yseeCRLFgxm6w2gqQsFdOtrPMjtyzTdMCsscXJLI8W
        06xuZ9wsTbjlrCwJ7ywKWvisdNUALeR9Ba1TJgotw84Orap/Fi2I0B+tZyEpLUZyMq0lwzstAxRFreFkTi3BtVetnwZhLX5Xaq1c
        qHMtO/l8rQ0lgy18zYet7HWMLfzNka3aHpstum+krZjArS13EbetVWLALTWzya0TBNMt8VTcrdCl5S2u9u6tjkf4LTbMAK6ldAUu
        FR0KroTFDi4tbRauDL4fLuoOKa7JXzIuqLA7rocBRS5lUk6uQ6NXLiL0YK4BRWou4JVzrr7mfC7OG4OuPsSHLq1sjK5/u5EuXgyb
        rjxdpC4crq2u+v62LtlPwK63oMkulfHSrnVC3C5Tk+WuMuTuLhA1+K74wgAvZ2sFr9YTCi9GvA6vsFoWL4+rH69u/CgvTE0yryue
        Oy8K70Sv6T9OL8eQV6+l4WAvhDJqr2ODcy9C1HyvkBKDL/+6h69vY4wvA6mRr+H5mi/ASqSvnputL37stq9cPcAvO47Jrxnf0i/3
        L9yv14DlL7XR7q+UIvgvubkAsChiBTCYCgqwB7MOMDNIFrASmR8w8ekosNA6MjCuizuwjdxEMGstTrBLflcwKc9gsAcgajDmcHOw
        xsF8MFIJg7DBsYcwMFqMsIWWkTBl55qwQzikMCKJrbAA2rYw3yrAsL57yTCdzNKwex3cMFlu5bA5v+4wGBD4sHuwADHqWAWxWQEK
        McmpDrG3NRYxlYYfsXTXKDFSKDKxMnk7MRDKRLHvGk4xzWtXsa28YDGLDWqxal5zMUivfLETAIMxg6iHsfJQjDEJhJGx59SaMcYl
        pLGldq0xhMe2sWIYwDFBacmxILrSMf8K3LHdW+UxvKzusZr99zE9pwCyrE8FMhv4CbKKoA4yOiMWshl0HzL3xCiy1hUyMrRmO7KU
        t0QycghOslFZVzIvqmCyDvtpMu1Lc7LMnHwy1faCskSfhzK0R4yyjHGRMmvCmrJJE6QyKGStsge1tjLmBcCyxFbJMqOn0rKB+Nsy
        YUnlsj+a7jIe6/ey/p0AM25GBbPd7gkzTJcOs70QFjObYR+ze7IoM1kDMrM4VDszFqVEs/b1TTPURlezs5dgM5HoabNwOXMzT4p8
        s5ftgjMGloezdT6MMw9fkbPur5ozzQCks6tRrTOKorazafO/M0hEybMmldIzBebbs+M25TPDh+6zodj3M8CUALQvPQU0nuUJtA6O
        DjRA/hW0H08fNP2fKLTd8DE0u0E7tJqSRDR44020VzRXNDaFYLQV1mk08yZztNJ3fDRZ5IK0yIyHNDc1jLSSTJE0cZ2atFDuozQv
        P620DZC2NOzgv7TKMck0qoLStIjT2zRnJOW0RXXuNCXG97SCiwA18TMFtWDcCTXPhA61xOsVNaI8H7WBjSg1X94xtT4vOzUdgES1
        /NBNNdohV7W5cmA1mMNptXcUczVVZXy1GtuCNYmDh7X5K4w1FjqRtfSKmjXT26O1sSytNZF9trVvzr81Th/JtSxw0jUMwdu16hHl
        Ncli7rWns/c1Q4IAtrMqBTYi0wm2kXsONkbZFbYmKh82BHsotuPLMTbBHDu2oG1ENn++TbZeD1c2PGBgthuxaTb5AXO22VJ8NtzR
        grZLeoc2uiKMtponkTZ4eJq2VsmjNjUarbYTa7Y287u/ttEMyTawXdK2jq7bNm3/5LZMUO42K6H3tgV5ADd0IQW35MkJN1NyDrfK
        xhU3qBcft4doKDdnuTG3RQo7NyNbRLcCrE034fxWt8BNYDeenmm3fe9yN1tAfLedyII3DXGHt3wZjDccFZG3+mWaN9q2o7e5B603
        l1i2t3WpvzdV+si3M0vSNxKc27fw7OQ3zz3ut66O9zfGbwC4NhgFOKXACbgUaQ44TrQVuCwFHzgLVii46aYxOMn3OrinSEQ4hZlN
        uGTqVjhCO2C4IoxpOADdcrjfLXw4X7+CuM5nhzg+EIy4oAKROH5TmrhdpKM4PPWsuBtGtjj5lr+41+fIOLY40riVids4dNrkuFIr
        7jgxfPe4iGYAOfcOBblntwk51l8OudChFTmw8h65jkMoOW2UMblL5To5KTZEuQmHTTnn11a5xihgOaR5abmEynI5Yht8uSC2gjmQ
        Xoe5/waMOSPwkLkCQZo54JGjub/irDmdM7a5fYS/OVvVyLk3JtI5FnfbufXH5DnUGO65smn3OUhdALq4BQU6J64JupdWDjpTjxW6
        MeAeOhIxKLrugTE6zdI6uqsjRDqKdE26acVWOkcWYLolZ2k6ArhyuuEIfDrgrIK6T1WHOr79i7qi3ZA6gS6aumB/ozo90Ky6GiG2
        Ovlxv7rWwsg6tBPSupFk2zputeS6SwbuOihX97oDVAA7cfwEu9+kCTtOTQ67yXwVO6XNHruAHig7XW8xuzjAOjsUEUS77WFNO8ay
        VrugA2A7d1Rpu1Glcjsq9nu7gKOCO+xLh7tW9Is7+cqQu80bmjufbKO7c72sO0QOtrsTX7874K/Iu6wA0jt3Udu7PaLkOwPz7bvH
        Q/c7R0oAvKbyBDwFmwm8YkMOPINpFbw6uh486AoovJJbMTw0rDq81PxDPGpNTbz6nVY8gu5fvAM/aTx9j3K87d97PCuYgrxbQIc8
        iOiLvKa1kDzkBZq8D1ajPCSmrLwi9rU8CUa/vNSVyDyE5dG8GzXbPJSE5Lzu0+08KCP3vCE5AD2c4AS9CIgJPV8vDr2QShU9yJge
        va7mJz06NDG9Z4E6PS/OQ72QGk09h2ZWvQiyXz0V/Wi9pEdyPbSRe72ebYI9HhKHvVW2iz3idZC90ryZPXoCo73HRqw9p4m1vQbL
        vj3SCsi99UjRPVuF2r31v+M9rfjsvW4v9j0lZP+9YksEPprjCL6weg0+2nEUvsKYHT58uia+vtYvPj7tOL6v/UE+zAdLvkoLVD7l
        B12+Uv1lPkzrbr6P0Xc+6VeAvurChD6qKYm+Yp2NPkZUlr4V+J4+1IenvpICsD5lZ7i+aLXAPsbryL6lCdE+Rg7ZvuP44D7KyOi+
        Tn3wPskV+L6mkf8+KXgDv97tCD+a8Q+/57YWP3g8Hb9KgSM/r4Qpvz1GLz/YxTS/qgM6Px0AP7/Yu0M/wjdIv/J0TD+4dFC/jDhU
        P9XIV78oM14/zcpjv3SgaD+LxWy/uktwP3REc7+UwHU/IdB3v/+BeT/d43q/GgJ8P7bnfL9dnn0/eC5+vziffj/dGn+/W4J/PzW9
        f7+V3X8/0e5/v6/3fz8a/H+/Of5/Pzf/f7+r/38/2v9/v/H/fz/7/3+//v9/PwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8A
        AIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/
        AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACA
        vwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAA
        gL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8A
        AIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/
        AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACA
        vwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAA
        gL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8A
        AIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/
        AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACA
        vwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAA
        gL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8AAIC/AACAvwAAgL8A
        AIC/AACAv/7/f78AAIC/AACAvwAAgL8AAIC/AACAv/7/f7/+/3+//v9/vwAAgL/8/3+/+/9/v/v/f7/7/3+//v9/v/3/f7/8/3+/
        /v9/v/3/f7///3+//v9/v/7/f7/9/3+//f9/v/7/f7/+/3+///9/v/3/f7/8/3+//P9/v/z/f7/8/3+/+/9/v/z/f7/7/3+/+/9/
        v/z/f7/8/3+//P9/v/z/f7/8/3+//P9/v/z/f7/5/3+/+/9/v/n/f7/5/3+/+f9/v/r/f7/5/3+/+f9/v/r/f7/5/3+/9v9/v/f/
        f7/3/3+/9v9/v/f/f7/1/3+/9/9/v/f/f7/3/3+/9/9/v/X/f7/2/3+/9f9/v/b/f7/1/3+/8/9/v/P/f7/z/3+/8f9/v/H/f7/w
        /3+/8P9/v/D/f7/u/3+/7P9/v+7/f7/u/3+/6v9/v+z/f7/s/3+/6f9/v+n/f7/n/3+/5/9/v+f/f7/j/3+/5P9/v+L/f7/i/3+/
        4v9/v+D/f7/f/3+/3v9/v93/f7/a/3+/2/9/v9n/f7/V/3+/1v9/v9T/f7/S/3+/0f9/v9D/f7/N/3+/y/9/v8v/f7/J/3+/x/9/
        v8L/f7/C/3+/v/9/v7z/f7+6/3+/uf9/v7T/f7+z/3+/sf9/v63/f7+s/3+/qv9/v6X/f7+i/3+/nv9/v5z/f7+X/3+/lf9/v5H/
        f7+M/3+/if9/v4f/f7+B/3+/ff9/v3n/f792/3+/cf9/v2z/f79n/3+/X/9/v1z/f79X/3+/U/9/v0v/f79E/3+/Pv9/vzn/f780
        /3+/K/9/vyT/f78d/3+/Fv9/vw3/f78G/3+//v5/v/b+f7/v/n+/5/5/v9v+f7/T/n+/yf5/v7/+f7+0/n+/qv5/v5/+f7+Q/n+/
        h/5/v3z+f79w/n+/Yv5/v1b+f79J/n+/O/5/vyv+f78b/n+/Df5/v/z9f7/s/X+/3f1/v8v9f7+5/X+/p/1/v5L9f7+C/X+/bf1/
        v1r9f79C/X+/Lv1/vxj9f78B/X+/6vx/v9H8f7+4/H+/nfx/v4T8f79m/H+/S/x/vzH8f78R/H+/9Pt/v9T7f7+z+3+/lPt/v3H7
        f79N+3+/Jvt/vwX7f7/e+n+/tPp/v436f79i+n+/Ofp/vw76f7/g+X+/sfl/v4D5f79Q+X+/HPl/v+n4f7+1+H+/fPh/v0T4f78L
        +H+/zfd/v5D3f79S93+/Evd/v8/2f7+L9n+/RvZ/v/71f7+z9X+/aPV/vxf1f7/J9H+/d/R/vyP0f7/M83+/c/N/vxbzf7+58n+/
        WfJ/v/bxf7+R8X+/K/F/v8Hwf79Q8H+/4e9/v27vf7/37n+/e+5/v//tf7+A7X+//ex/v3Tsf7/q63+/W+t/v8rqf7816n+/mul/
        v/7of79f6H+/uud/vw7nf79h5n+/seV/v/bkf7895H+/f+N/v7jif7/w4X+/IOF/v0rgf79x33+/kt5/v63df7/E3H+/1Nt/v97a
        f7/j2X+/4dh/v9jXf7/K1n+/tdV/v5bUf79z03+/S9J/vxjRf7/gz3+/n85/v1fNf78HzH+/r8p/v0/Jf7/mx3+/dMZ/v/nEf792
        w3+/6sF/v1XAf7+1vn+/DL1/v1a7f7+cuX+/1Ld/vwK2f78ktH+/PbJ/v0iwf79Krn+/Pqx/vyeqf78DqH+/1KV/v5ijf79KoX+/
        955/v5Gcf78emn+/npd/vw6Vf79wkn+/xI9/vwaNf787in+/X4d/v3KEf790gX+/Z35/v0h7f78YeH+/1HR/v31xf78Ybn+/nGp/
        vwxnf79rY3+/tF9/v+pbf78JWH+/E1R/vwhQf7/oS3+/r0d/v2BDf7/6Pn+/fDp/v+M1f78zMX+/aSx/v4gnf7+LIn+/dB1/v0AY
        f7/wEn+/hQ1/v/0Hf79YAn+/l/x+v7P2fr+y8H6/lOp+v1Pkfr/03X6/c9d+v9DQfr8Lyn6/IcN+vxS8fr/jtH6/kK1+vxSmfr9z
        nn6/q5Z+v72Ofr+jhn6/ZH5+v/t1fr9nbX6/qWR+v7xbfr+lUn6/YUl+v+8/fr9PNn6/fix+v30ifr9KGH6/5w1+v1EDfr+J+H2/
        iu19v1bifb/t1n2/Tct9v3e/fb9ks32/Gad9v5Safb/UjX2/2IB9v59zfb8lZn2/cFh9v3ZKfb89PH2/wy19vwUffb8DEH2/uwB9
        vyzxfL9W4Xy/ONF8v9DAfL8dsHy/IZ98v9ONfL87fHy/Ump8vxpYfL+PRXy/szJ8v4IffL/8C3y/Ifh7v+3je79fz3u/ebp7vzSl
        e7+Xj3u/nHl7vz9je7+DTHu/ZzV7v+Yde7/9BXu/su16v/7Uer/iu3q/XqJ6v2uIer8Mbnq/QFN6vwI4er9THHq/MwB6v57jeb+S
        xnm/EKl5vxaLeb+fbHm/rE15vz0ueb9ODnm/4O14v+/MeL95q3i/fol4v/tmeL/xQ3i/WiB4vzj8d7+J13e/SbJ3v3iMd78TZne/
        Gz93v4wXd79m73a/osZ2v0eddr9Lc3a/sEh2v3Qddr+W8XW/EcV1v+iXdb8WanW/mDt1v24Mdb+V3HS/Dqx0v9V6dL/nSHS/QhZ0
        v+fic7/UrnO/Anpzv3ZEc78oDnO/GNdyv0Wfcr+sZnK/Sy1yvyHzcb8tuHG/a3xxv9c/cb92AnG/P8RwvzKFcL9MRXC/jgRwv/TC
        b79+gG+/JT1vv+z4br/Ns26/yW1uv94mbr8G322/Q5Ztv5BMbb/vAW2/WbZsv9BpbL9PHGy/1c1rv2B+a7/tLWu/fNxqvwiKar+S
        Nmq/FeJpv5GMab8CNmm/Z95ov76FaL8FLGi/O9Fnv1p1Z79jGGe/VbpmvypbZr/k+mW/f5llv/g2Zb9P02S/gG5kv4kIZL9ooWO/
        Hjljv6bPYr//ZGK/JvlhvxiMYb/WHWG/Xq5gv6k9YL+6y1+/kFhfvyTkXr94bl6/iPddv1N/Xb/XBV2/EYtcvwAPXL+jkVu/9xJb
        v/uSWr+rEVq/Co9ZvxALWb/AhVi/FP9Xvw53V7+r7Va/6mJWv8fWVb9DSVW/XLpUvw0qVL9XmFO/OgVTv7FwUr++2lG/XUNRv4yq
        UL9LEFC/mXRPv3LXTr/YOE6/xphNvz33TL89VEy/v69Lv8gJS79SYkq/X7lJv+0OSb/7Yki/hrVHv5AGR78UVka/EqRFv4zwRL98
        O0S/54RDv8nMQr8fE0K/6ldBvyybQL/g3D+/BR0/v51bPr+nmD2/INQ8vwkOPL9hRju/Jn06v1yyOb/85Ti/DBg4v4hIN79vdza/
        w6Q1v3/QNL+q+jO/PiMzvzxKMr+nbzG/eZMwv7e1L79d1i6/cfUtv+wSLb/RLiy/IUkrv9xhKr8BeSm/kY4ov4yiJ7/xtCa/w8Ul
        v//UJL+r4iO/wu4iv0b5Ib86AiG/nAkgv20PH7+vEx6/YBYdv4QXHL8aFxu/IxUav6ARGb+TDBi//AUXv9z9Fb819BS/COkTv1Tc
        Er8dzhG/Y74QvyitD79tmg6/M4YNv31wDL9JWQu/nUAKv3cmCb/cCgi/zO0Gv0jPBb9SrwS/7Y0DvxprAr/bRgG/MiEAv0T0/b5X
        o/u+o0/5viz59r73n/S+CUTyvmPl774PhO2+DCDrvmW56L4aUOa+MeTjvrN14b6iBN++AZHcvtka2r4uote+ByfVvmqp0r5bKdC+
        3qbNvv4hy767msi+IBHGvjKFw7729sC+c2a+vq/Tu76yPrm+gKe2viEOtL6dcrG++tSuvj01rL5wk6m+l++mvrpJpL7koaG+Ffie
        vlpMnL64npm+Oe+Wvt89lL64ipG+x9WOvhcfjL6uZom+k6yGvtHwg75tM4G+3+h8vsJnd76X43G+aVxsvkrSZr5LRWG+fLVbvvMi
        Vr64jVC+4vVKvoFbRb6mvj++YR86vsd9NL7n2S6+0zMpvpyLI75T4R2+DTUYvtmGEr7M1gy+8yQHvmZxAb5lePe93ArsvVGa4L3t
        JtW9z7DJvSM4vr0JvbK9pz+nvSXAm72jPpC9TLuEvYRscr1aX1u9X09EveM8Lb0vKBa9HyP+vKDyz7x4v6G8fBRnvBGnCryN3zi7
        jd84OxGnCjx8FGc8eL+hPKDyzzwfI/48LygWPeM8LT1fT0Q9Wl9bPYRscj1Mu4Q9oz6QPSXAmz2nP6c9Cb2yPSM4vj3PsMk97SbV
        PVGa4D3cCuw9ZXj3PWZxAT7zJAc+zNYMPtmGEj4NNRg+U+EdPpyLIz7TMyk+59kuPsd9ND5hHzo+pr4/PoFbRT7i9Uo+uI1QPvMi
        Vj58tVs+S0VhPkrSZj5pXGw+l+NxPsJndz7f6Hw+bTOBPtHwgz6TrIY+rmaJPhcfjD7H1Y4+uIqRPt89lD4575Y+uJ6ZPlpMnD4V
        +J4+5KGhPrpJpD6X76Y+cJOpPj01rD761K4+nXKxPiEOtD6Ap7Y+sj65Pq/Tuz5zZr4+9vbAPjKFwz4gEcY+u5rIPv4hyz7eps0+
        WynQPmqp0j4HJ9U+LqLXPtka2j4Bkdw+ogTfPrN14T4x5OM+GlDmPmW56D4MIOs+D4TtPmPl7z4JRPI+95/0Piz59j6jT/k+V6P7
        PkT0/T4yIQA/20YBPxprAj/tjQM/Uq8EP0jPBT/M7QY/3AoIP3cmCT+dQAo/SVkLP31wDD8zhg0/bZoOPyitDz9jvhA/Hc4RP1Tc
        Ej8I6RM/NfQUP9z9FT/8BRc/kwwYP6ARGT8jFRo/GhcbP4QXHD9gFh0/rxMeP20PHz+cCSA/OgIhP0b5IT/C7iI/q+IjP//UJD/D
        xSU/8bQmP4yiJz+Rjig/AXkpP9xhKj8hSSs/0S4sP+wSLT9x9S0/XdYuP7e1Lz95kzA/p28xPzxKMj8+IzM/qvozP3/QND/DpDU/
        b3c2P4hINz8MGDg//OU4P1yyOT8mfTo/YUY7PwkOPD8g1Dw/p5g9P51bPj8FHT8/4Nw/PyybQD/qV0E/HxNCP8nMQj/nhEM/fDtE
        P4zwRD8SpEU/FFZGP5AGRz+GtUc/+2JIP+0OST9fuUk/UmJKP8gJSz+/r0s/PVRMPz33TD/GmE0/2DhOP3LXTj+ZdE8/SxBQP4yq
        UD9dQ1E/vtpRP7FwUj86BVM/V5hTPw0qVD9culQ/Q0lVP8fWVT/qYlY/q+1WPw53Vz8U/1c/wIVYPxALWT8Kj1k/qxFaP/uSWj/3
        Els/o5FbPwAPXD8Ri1w/1wVdP1N/XT+I910/eG5ePyTkXj+QWF8/ustfP6k9YD9ermA/1h1hPxiMYT8m+WE//2RiP6bPYj8eOWM/
        aKFjP4kIZD+AbmQ/T9NkP/g2ZT9/mWU/5PplPypbZj9VumY/YxhnP1p1Zz870Wc/BSxoP76FaD9n3mg/AjZpP5GMaT8V4mk/kjZq
        PwiKaj983Go/7S1rP2B+az/VzWs/TxxsP9BpbD9Ztmw/7wFtP5BMbT9Dlm0/Bt9tP94mbj/JbW4/zbNuP+z4bj8lPW8/foBvP/TC
        bz+OBHA/TEVwPzKFcD8/xHA/dgJxP9c/cT9rfHE/LbhxPyHzcT9LLXI/rGZyP0Wfcj8Y13I/KA5zP3ZEcz8CenM/1K5zP+ficz9C
        FnQ/50h0P9V6dD8OrHQ/ldx0P24MdT+YO3U/Fmp1P+iXdT8RxXU/lvF1P3Qddj+wSHY/S3N2P0eddj+ixnY/Zu92P4wXdz8bP3c/
        E2Z3P3iMdz9Jsnc/idd3Pzj8dz9aIHg/8UN4P/tmeD9+iXg/eat4P+/MeD/g7Xg/Tg55Pz0ueT+sTXk/n2x5PxaLeT8QqXk/ksZ5
        P57jeT8zAHo/Uxx6PwI4ej9AU3o/DG56P2uIej9eono/4rt6P/7Uej+y7Xo//QV7P+Ydez9nNXs/g0x7Pz9jez+ceXs/l497PzSl
        ez95uns/X897P+3jez8h+Hs//At8P4IffD+zMnw/j0V8PxpYfD9Sanw/O3x8P9ONfD8hn3w/HbB8P9DAfD840Xw/VuF8PyzxfD+7
        AH0/AxB9PwUffT/DLX0/PTx9P3ZKfT9wWH0/JWZ9P59zfT/YgH0/1I19P5SafT8Zp30/ZLN9P3e/fT9Ny30/7dZ9P1bifT+K7X0/
        ifh9P1EDfj/nDX4/Shh+P30ifj9+LH4/TzZ+P+8/fj9hSX4/pVJ+P7xbfj+pZH4/Z21+P/t1fj9kfn4/o4Z+P72Ofj+rln4/c55+
        PxSmfj+QrX4/47R+PxS8fj8hw34/C8p+P9DQfj9z134/9N1+P1Pkfj+U6n4/svB+P7P2fj+X/H4/WAJ/P/0Hfz+FDX8/8BJ/P0AY
        fz90HX8/iyJ/P4gnfz9pLH8/MzF/P+M1fz98On8/+j5/P2BDfz+vR38/6Et/PwhQfz8TVH8/CVh/P+pbfz+0X38/a2N/Pwxnfz+c
        an8/GG5/P31xfz/UdH8/GHh/P0h7fz9nfn8/dIF/P3KEfz9fh38/O4p/PwaNfz/Ej38/cJJ/Pw6Vfz+el38/Hpp/P5Gcfz/3nn8/
        SqF/P5ijfz/UpX8/A6h/Pyeqfz8+rH8/Sq5/P0iwfz89sn8/JLR/PwK2fz/Ut38/nLl/P1a7fz8MvX8/tb5/P1XAfz/qwX8/dsN/
        P/nEfz90xn8/5sd/P0/Jfz+vyn8/B8x/P1fNfz+fzn8/4M9/PxjRfz9L0n8/c9N/P5bUfz+11X8/ytZ/P9jXfz/h2H8/49l/P97a
        fz/U238/xNx/P63dfz+S3n8/cd9/P0rgfz8g4X8/8OF/P7jifz9/438/PeR/P/bkfz+x5X8/YeZ/Pw7nfz+6538/X+h/P/7ofz+a
        6X8/Nep/P8rqfz9b638/6ut/P3Tsfz/97H8/gO1/P//tfz977n8/9+5/P27vfz/h738/UPB/P8Hwfz8r8X8/kfF/P/bxfz9Z8n8/
        ufJ/Pxbzfz9z838/zPN/PyP0fz939H8/yfR/Pxf1fz9o9X8/s/V/P/71fz9G9n8/i/Z/P8/2fz8S938/Uvd/P5D3fz/N938/C/h/
        P0T4fz98+H8/tfh/P+n4fz8c+X8/UPl/P4D5fz+x+X8/4Pl/Pw76fz85+n8/Yvp/P436fz+0+n8/3vp/PwX7fz8m+38/Tft/P3H7
        fz+U+38/s/t/P9T7fz/0+38/Efx/PzH8fz9L/H8/Zvx/P4T8fz+d/H8/uPx/P9H8fz/q/H8/Af1/Pxj9fz8u/X8/Qv1/P1r9fz9t
        /X8/gv1/P5L9fz+n/X8/uf1/P8v9fz/d/X8/7P1/P/z9fz8N/n8/G/5/Pyv+fz87/n8/Sf5/P1b+fz9i/n8/cP5/P3z+fz+H/n8/
        kP5/P5/+fz+q/n8/tP5/P7/+fz/J/n8/0/5/P9v+fz/n/n8/7/5/P/b+fz/+/n8/Bv9/Pw3/fz8W/38/Hf9/PyT/fz8r/38/NP9/
        Pzn/fz8+/38/RP9/P0v/fz9T/38/V/9/P1z/fz9f/38/Z/9/P2z/fz9x/38/dv9/P3n/fz99/38/gf9/P4f/fz+J/38/jP9/P5H/
        fz+V/38/l/9/P5z/fz+e/38/ov9/P6X/fz+q/38/rP9/P63/fz+x/38/s/9/P7T/fz+5/38/uv9/P7z/fz+//38/wv9/P8L/fz/H
        /38/yf9/P8v/fz/L/38/zf9/P9D/fz/R/38/0v9/P9T/fz/W/38/1f9/P9n/fz/b/38/2v9/P93/fz/e/38/3/9/P+D/fz/i/38/
        4v9/P+L/fz/k/38/4/9/P+f/fz/n/38/5/9/P+n/fz/p/38/7P9/P+z/fz/q/38/7v9/P+7/fz/s/38/7v9/P/D/fz/w/38/8P9/
        P/H/fz/x/38/8/9/P/P/fz/z/38/9f9/P/b/fz/1/38/9v9/P/X/fz/3/38/9/9/P/f/fz/3/38/9f9/P/f/fz/2/38/9/9/P/f/
        fz/2/38/+f9/P/r/fz/5/38/+f9/P/r/fz/5/38/+f9/P/n/fz/7/38/+f9/P/z/fz/8/38//P9/P/z/fz/8/38//P9/P/z/fz/7
        /38/+/9/P/z/fz/7/38//P9/P/z/fz/8/38//P9/P/3/fz///38//v9/P/7/fz/9/38//f9/P/7/fz/+/38///9/P/3/fz/+/38/
        /P9/P/3/fz/+/38/+/9/P/v/fz/7/38//P9/PwAAgD/+/38//v9/P/7/fz8AAIA/AACAPwAAgD8AAIA/AACAP/7/fz8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAAAAAAACAPrtXPz67V7+pUnc/qVJ3vwAAgD8AAIC/AADAf7pukAC6bpCAAAAAAAAA
        AIA8u1c/PLtXvz27Vz+D+aIAg/migAAAgD8AAIC/AACAPwAAgL8=
        """)

    /// `lax.logistic` on float32, grid `ReferenceGrid.logisticF32`.
    static let logisticF32 = ReferenceTable(
        count: 4028, inputHash: 0x384DB8FC7419C056,
        outputs: """
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8A
        AAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/
        AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAA
        PwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAA
        AD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8BAAA/AAAAPwEAAD8AAAA/AQAAPwAAAD8B
        AAA/AAAAPwEAAD8AAAA/AQAAPwAAAD8BAAA/AAAAPwEAAD/+//8+AQAAP/7//z4BAAA//v//PgEAAD/+//8+AQAAP/7//z4BAAA/
        /v//PgEAAD/8//8+AgAAP/z//z4CAAA//P//PgIAAD/8//8+AgAAP/z//z4CAAA//P//PgIAAD/8//8+AgAAP/z//z4DAAA/+v//
        PgMAAD/6//8+AwAAP/j//z4EAAA/+P//PgQAAD/4//8+BAAAP/j//z4FAAA/+P//PgUAAD/0//8+BgAAP/T//z4GAAA/9P//PgcA
        AD/y//8+BwAAP/D//z4IAAA/8P//PgkAAD/u//8+CgAAP+z//z4LAAA/6v//PgwAAD/o//8+DQAAP+b//z4OAAA/5P//Pg8AAD/g
        //8+EAAAP97//z4SAAA/2v//PhQAAD/W//8+FgAAP9D//z4YAAA/zP//PhsAAD/I//8+HQAAP8T//z4fAAA/wP//PiIAAD+4//8+
        JgAAP7D//z4qAAA/qP//Pi8AAD+g//8+MwAAP5b//z43AAA/jP//PjwAAD+E//8+QAAAP3j//z5IAAA/aP//PlEAAD9W//8+WQAA
        P0T//z5iAAA/NP//PmoAAD8k//8+cwAAPxL//z57AAA/AP//PogAAD/g/v8+mQAAP77+/z6qAAA/nP7/PrsAAD94/v8+zAAAP1j+
        /z7dAAA/NP7/Pu4AAD8U/v8+/wAAP+D9/z4hAQA/nP3/PkMBAD9Y/f8+ZQEAPxT9/z6HAQA/0Pz/PqkBAD+M/P8+zAEAP0j8/z7u
        AQA/Avz/PiACAD98+/8+ZAIAP/T6/z6pAgA/avr/Pu0CAD/g+f8+MgMAP1j5/z52AwA/0Pj/ProDAD9I+P8+/wMAP3z3/z6GBAA/
        bPb/Pg8FAD9Y9f8+lwUAP0n0/z4gBgA/N/P/PqkGAD8l8v8+MgcAPxXx/z66BwA/AfD/PocIAD/h7f8+mAkAP77r/z6qCgA/mun/
        PrsLAD925/8+zQwAP1Xl/z7fDQA/MeP/PvAOAD8Q4f8+AxAAP9fd/z4mEgA/ktn/PkkUAD9L1f8+bBYAPwXR/z6QGAA/vsz/PrMa
        AD94yP8+1RwAPzLE/z74HgA/2L//PjciAD9Nt/8+fiYAP76u/z7DKgA/NKb/PgovAD+mnf8+UDMAPxmV/z6WNwA/joz/Ptw7AD8A
        hP8+RUAAP+p2/z7RSAA/0WX/Pl1RAD+7VP8+6VkAP6FD/z52YgA/iTL/PgJrAD9wIf8+jnMAP1cQ/z4afAA/fP7+Pk6JAD9M3P4+
        ZpoAPxu6/j5/qwA/6Zf+Ppe8AD+7df4+r80AP4pT/j7I3gA/WDH+PuDvAD8oD/4+8gEBP+zZ/T4jJAE/iJX9PlNGAT8qUf0+g2gB
        P8oM/T60igE/acj8PuSsAT8LhPw+E88BP6w//D5C8QE/g/b7Pu0mAj/Kbfs+SmsCPxLl+j6lrwI/XFz6Pv7zAj+r0/k+VzgDP/xK
        +T6tfAM/UcL4PgHBAz+rOfg++woEP2ph9z6ZkwQ/OVD2PiscBT8hP/U+sqQFPx8u9D4sLQY/OR3zPpi1Bj9wDPI+9D0HP8j78D5A
        xgc/L9HvPpifCD+XsO0+u68JP6iQ6z6Gvwo/cnHpPu/OCz8JU+c+7d0MP3415T537A0/5hjjPoP6Dj9S/eA+QiUQP7Kb3T5yPhI/
        zGvZPhVVFD9JQdU+5GgWP7Qc0T6aeRg/lf7MPvKGGj9158g+q5AcP9LXxD6Elh4/eVPAPlLVIT85YLg+v8UlP6KSsD6Aoik//u2o
        PgRqLT9IdaE+4RoxPyYrmj7bszQ/7BGTPtwzOD+XK4w+0gw8P6JWgT5CgUI/grdpPgaHSD+2gFI+hxxOP/4KPT48QlM/w1ApPmX6
        Vz8SRhc+qEhcP+DZBj7LMWA/1MzrPV/VZT/jh7k9ynlrP7wekT1y/G8/Y/RhPcSOcz+IQC89Wl12P0WHBz3Ijng/GCPRPGZDej8a
        E6E8QcR7P/Y6UDxugH0/zmH1O5+Hfj+GRJA74CJ/P/1rKTs4fn8/2M/GOt+zfz99Mmk6XNN/P7O6CDrV5X8/byuSOUr1fz8+48g4
        Uvx/PyEHCji8/n8/2Ko9N5D/fz+vT4I22v9/P3cPszXy/38/vgv2NPz/fz+PCyk0/v9/P7VD3zIAAIA/2MZSMQAAgD/M/MYvAACA
        P3XbOy4AAIA/llmxLAAAgD8VbicrAACAP7MQnikAAIA/wjbDJwAAgD+u/K0kAACAP1QRmyEAAIA/xzSKHgAAgD/0WnYbAACAP0aR
        WxgAAIA/RrFDFQAAgD+zaS4SAACAP6a17QwAAIA/w9K8BgAAgD/s/ZUAAACAPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO5KLAPU/mgDfeKoA62a8AFM30AAyHeYAolD+ANGHDAGrTxsBKqUrAWuy
        PQGxpVEBGLJnAU4IgAFdf40B82CcAS/TrAE0AL8B/hbTATxK6QGW6QACV3gOAht0HQKeAy4CqFBAAmyKVAK45GoCa8yBAk5zjwJ3
        iZ4CzzWvAgyjwQJlANYCfYLsAg+xAgO2bxADa6AfAxpqMAMl+EIDXXlXA6UibgMFl4MD3G2RA5u5oAPboLEDM0/EA4L02AOpxe8D
        0n4EBAluEgRp1CEEaNkyBJ+oRQStcloEBmxxBPRnhQSwb5MEKfGiBHQUtATNBMcEDfPbBNEU8wSwUgYFZnMUBTAQJAVRUTUF/WJI
        BRB2XQUDwXQFTT+HBZx4lQXeMKUFW5C2BfnDyQUs/N4FrG/2BUctCAacfxYG21MmBvLRNwb+JksGh4RgBksheAYoHYkGuIiXBoV4
        pwZjFbkGdIzMBgYQ4gZg1vkGaw4KB1mTGAcynygHa1s6B8X0TQfLnWMH/I17B1YBiwceoJkHOsipB1OjuwcqX88HTC7lBxpJ/Qcy
        9gsIbq4aCPfyKgh87TwIdMxQCALCZgjGBn8Id+yMCJq+mwgZIKwISTq+CNk70ggKWOgIwWMACbXkDQnz0BwJ9k4tCQGJPwnErVMJ
        UvFpCetFgQlg3o4J4OSdCeh/rglm2sAJpCLVCfSM6wlhKQIKxNkPCgP7HgpLsy8Kuy1CCquZVgpsK20KqQ6DCinXkAq/EqAKc+iw
        CmeDwwqxE9gKM83uCkT1AwsE1hELaCwhCxQgMgvN20QL5I9ZC2NxcAt03YQL6daSC1FIoguAWbMLMDbGC7UO2wvuGPILgMcFDEjZ
        EwzdZSMMFJU0DFeTRwyVkFwM7MJzDOSyhgxu3ZQMsYWkDC3TtQyD8sgMrRTeDNRv9QwroAcNqeMVDS6nJQ0dEzcNF1RKDeKbXw0t
        IHcNz46IDWbrlg2pyqYNmVW4DX64yw1VJeENAtP4DRd/CQ5A9RcOd/AnDvOZOQ70Hk0OfbFiDlGJeg5LcYoOoQCZDvYXqQ6H4LoO
        SIjODtFA5A4nQvwO5GQLD9gNGg/TQSoPtik8D6/zTw9w0mUPBP59D3BajA83HZsPaG2rD8x0vQ+XYdEPSGfnD229/w9mUQ0QJi4c
        EAubLBCIwj4QbNJSEHL+aBC1v4AQDkqOEERBnRAWy60QLxLAEGBF1BBqmOoQgaIBEbREDxH2VR4R4/wuESVkQREVu1URqTVsEZuG
        ghHLQJARuGyfEfcwsBHOuMIRXjPXEUnV7RFmbAMSwT4REmWFIBIoZzESbw9EEj2uWBIAeG8Sx1OEEnc+khLXn6ESe5+yEppoxRK3
        K9oSmR3xEp08BRPvPxMTY7wiE/PZMxMmxEYTmatbExfGchMvJ4YTLUOUE+XaoxNqFrUTFyLIE1cu3ROBcfQTXRMHFA1IFRRd+yQU
        OlU2FG6CSRS8s14Unh92FCwBiBTeTpYU0x2mFDyWtxQA5coU0DvgFO7Q9xSd8AgVflcXFR1CJxVx2TgVM0pMFZbGYRU3hXkVkeGJ
        Fe9hmBWVaKgV4h66Fd6xzRXZU+MVgzz7FVDUChY2bhkWEpEpFl9mOxb/G08WEuRkFtL2fBa7yIsWL3yaFpq7qhZLsLwWoIjQFgt3
        5hbts/4W074MFymMGxcv6CsXfvw9F433URfKDGgXLDqAF522jRcCnpwXqRatF/hKvxc1adMXUqXpF+wbARj3rw4YvbEdGGVHLhi/
        m0AYaN1UGHBAaxg5/4EYLKuPGF7Hnhg4eq8Yp+7BGClU1hic3uwYF+QCGRyoEBm/3h8ZJ68wGRVEQxmAzVcZn39uGWbKgxnJppEZ
        NPigGTfmsRnbm8QZOEnZGYMj8BlssgQaNacSGpoTIho9HzMa/vVFGsLHWhpJynEaC5yFGkGpkxrxMKMal1q0GoJSxxrtSNwau3Pz
        GkSHBhs4rRQbP1AkGx2YNRs8sUgbwMxdG1cgdRscdIcb+LKVG11xpRvQ17YbjxLKGz1T3xvlz/Ybc2IIHIW6FhyilCYcuBk4HFF2
        Sxwx3GAca4J4HI9SiRzjw5cc6bmnHKhduRyF3MwcEWjiHO83+hxSRAod7c4YHTPhKB0ApDodMEVOHav2Yx0z8HsdvzeLHfPbmR2F
        Cqodl+y7HSGwzx0CiOUdv6v9HdgsDB7U6hoetzUrHm83PR7HHVEeGxxnHlpqfx5+I40ekPubHiRjrB6PhL4e8I3SHsKy6B4DlgAf
        +RsOHy4OHR+iki0fytM/H6AAVB9vTGofZHiBHyoWjx+HIp4fN8SuH4IlwR/dddUf7OjrHzRcAiASEhAg7zgfIOb3LyCNeUIgde1W
        IEGIbSC1QYMgtw+RIEBRoCCHLbEg7s/DINpn2CBxKu8gyigEIfUOEiF+ayEhdGUyIasoRSHX5FkhRc9wIXYRhSEaEJMhr4eiIYif
        syGVg8YhdGTbITl38iG8+wUiAxMUIqmlIyLE2zQiE+FHIrPmXCIZInQifOeGIrQXlSLFxaQiLBq2IvlAySJka94i5s/1Iv7UByMw
        HhYj3OclI5daNyNJo0oj+PJfI6mAdyMhxIgjVCaXI/ILpyNknbgjCwjMIz594SMpNPkj6bQJJG8wGCQJMigka+I5JAxvTSQ6CmMk
        5ep6JFqniiRePJkk/FmpJK0puyS42M4k8ZnkJKWk/CRSmwslJUoaJSOEKiUvczwl4kRQJS4sZiVwYX4lG5GMJchZmyVXsKslxr69
        JYyz0SVoweclpBAAJpSIDSYhaxwmmt4sJtQMPya9JFMma1lpJvvxgCbBgY4mg36dJvIOriYtXcAmQpjUJj306ib+1AEnpHwPJ8mT
        Hic3QS8n2K9BJ4oOVifkkWwnkbmCJx55kCf4qp8nwnWwJ9YEwydlh9cnJjLuJ7efAyh3dxEoEsQgKGysMSj8W0Qo1wJZKIHVbyhh
        h4QokXeSKAffoSg55bIor7XFKMuA2ii9e/EotHAFKW55Eynu+yIpFyA0KcMRRyl7AVwp4iRzKZBbhin+fJQp3hqkKTVdtSk7cMgp
        soTdKdPQ9CkbSAcqaYIVKsg7JSpsnDYqA9FJKrIKXyrWf3YqRzaIKo6JliqaXqYq6d23KlE0yypfk+AqsTH4KgQmCSuVkhcrgIMn
        K54hOSv4mUwroR5iK6XmeSt5F4orb52YK1aqqCt2Z7orLgLOK7qs4yucnvsrhQoLLAuqGSxH0yksoq87LN5sTyxxPWUseVl9LE//
        iyyUuJosRP6qLPj5vCzy2dAsB9HmLIAX/yzI9Qwt5cgbLTkrLC2rRj4to0lSLWVnaC09bIAt4O2NLSnbnC1UWq0tqJW/LcG70y1v
        AOotVU4BLsDnDi5Q7x0ucIsuLtzmQC6FMFUuaJxrLvsxgi5F448uSQWfLry+ry55OsIu2afWLhc77S4hFwMvl+AQLz8dIC8k9DAv
        UpBDL6chWC/A3G4v7P2DL6ffkS8ON6EvliuyL5/oxC8qntkvRoHwLzzmBDBm4BIw4lIiMERlMzBKQ0YwLx1bMJQocjA20IUw++KT
        MKlwozADobQwPqDHMPCe3DDo0vMwy7sGMUXnFDFSkCQxBN81MbD/SDFbI14xDIB1Me6ohzFs7ZUxDLKlMTUftzF1YcoxVKrfMUMw
        9zHElwgyYPUWMq7VJjKDYTgywsVLMho0YTJz43gyLYiJMhL/lzJm+6cyH6a5MoIszTJ4wOIygZn6Mk56CjOqChkzIyMpM9/sOjOg
        lU4zrU9kM7BSfDMaboszBhiaM9NMqjP1NbwzUgHQM5/h5TPbDv4zgWMMNE8nGzSkeCs0RIE9NHdvUTQ5dmc0EM5/NKhajTRsOJw0
        eaasNNbOvjQg4NI0tA3pNCzIADV5Uw41Z0sdNWDWLTXAHkA1TlNUNeynajXZqoE1/k2PNU1gnjVaCK815nDBNQTJ1TXuROw1Go8C
        NjZKEDYLdx82ZzwwNljFQjZPQVc2u+RtNtt0gzYgSJE2po+gNo1ysTYMHMQ2CbzYNkWH7zYgXAQ3u0cSNxaqITerqjI39XRFNzE5
        WjeFLHE32ESFN+VIkzdBxqI3reSzN/zPxjeXuNs3KNTyN+IuBjh8SxQ4AOQjOFYgNTi4LEg43DldOMV9dDj/GYc4KU+VONICpTgg
        XbY4mIrJOEq83jhtKPY4iwUIOTZTFjnmISY5C5o3OU7oSjkwPmA5MNJ3OV/wiDk8Vpc5dz+nOdbUuDk/Q8w5ZrzhOSh3+TkU2Ak6
        OFUYOvRXKDotCTo6BpZNOl4wYzpRD3s60beKOkFKmToPZKk6Li67OtnVzjrpjOQ6fYr8Oq2FCztNKRo7IVUqO/MxPDvI7E87Rrdl
        OyPIfTvZLYw7KNqaO5cNqzts8Lw7+a7QOwR65jsah/47lYgMPG8sGzyZUis8BSI9PEvFUDwga2Y8kkZ+PLJHjDw3wZo8/bCqPAo7
        vDyGhs884r3kPPkO/Dyp1Qo9FOQYPVNPKD32NTk9grhLPYX5Xz1sHXY9PiWHPVdUlD2usKI9i0+yPZVGwz2bq9U9TZTpPdMV/z1E
        Igs+sJkXPr/5JD7RSTM+xI9CPq7PUj6BC2Q+xkJ2Pie5hD7+yY4+RE+ZPrBCpD5UnK8+lVK7Pktaxz7cptM+ZyrgPv/V7D7ymfk+
        BzMDPwCVCT/N6g8/kiwWP9tSHD+2ViI/1jEoP6jeLT9fWDM/AZs4P2yjPT9Ob0I/IP1GPxRMSz8PXE8/jC1TP5DBVj+TGVo/bzdd
        P0YdYD92zWI/jEplPy2XZz8Otmk/6qlrP3Z1bT9ZG28/KZ5wP2gAcj94RHM/omx0Pwp7dT++cXY/pVJ3P4gfeD8Q2ng/zYN5Pyge
        ej95qno/9yl7P8Odez/lBnw/VGZ8P+u8fD94C30/tlJ9P02TfT/dzX0/8gJ+Pwwzfj+jXn4/H4Z+P+apfj9Myn4/pOd+PzkCfz9J
        Gn8/EzB/P89Dfz+sVX8/12V/P3p0fz+6gX8/uY1/P5aYfz9oon8/Tqt/P1uzfz+lun8/O8F/PzXHfz+azH8/ftF/P+vVfz/s2X8/
        i91/P9Lgfz/J438/eeZ/P+bofz8Y638/Fe1/P+Hufz+D8H8//fF/P1Hzfz+H9H8/nvV/P5r2fz+A938/Tvh/Pwr5fz+0+X8/TPp/
        P9j6fz9W+38/yPt/Py78fz+M/H8/4Px/Pyz9fz9w/X8/rv1/P+j9fz8a/n8/SP5/P3L+fz+Y/n8/uv5/P9r+fz/2/n8/Dv9/Pyb/
        fz86/38/Tv9/P17/fz9u/38/fP9/P4j/fz+U/38/nv9/P6j/fz+w/38/uP9/P77/fz/E/38/yv9/P9D/fz/U/38/2P9/P9z/fz/g
        /38/4v9/P+b/fz/o/38/6v9/P+z/fz/u/38/8P9/P/L/fz/y/38/9P9/P/b/fz/2/38/+P9/P/j/fz/4/38/+v9/P/r/fz/6/38/
        /P9/P/z/fz/8/38//P9/P/z/fz/+/38//v9/P/7/fz/+/38//v9/P/7/fz/+/38//v9/P/7/fz/+/38//v9/PwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAA
        gD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8A
        AIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/
        AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/AACA
        PwAAgD8AAIA/AACAPwAAgD8AAIA/AACAPwAAAD8AAAA/qCY7P7GyiT6PTFE/ws06PgAAgD8AAAAAAADA/wAAAD8AAAA/AAAAPwAA
        AD+oJjs/sbKJPqgmOz8AAAA/AAAAPwAAAAAAAAAAAACAPwAAAAAAAIA/AAAAAAAAgD8AAAAAAACAPwAAAAA=
        """)

    /// `lax.erf_inv` on float64, grid `ReferenceGrid.erfInvF64`.
    static let erfInvF64 = ReferenceTable(
        count: 3016, inputHash: 0x184D0711C18A70EC,
        outputs: """
        AAAAAAAAAAAAAAAAAAAAgObjwvztqR0AI95JsuhQLoBh2NBn4/c+AJ7SVx3enk+AbmZvaewiYACM4zLEaXZwgKtg9h7nyYAAyt25
        eWQdkYDoWn3U4XChAAfYQC9fxLGAJlUEitwXwgBF0sfkWWvSgGNPiz/XvuIAgsxOmlQS84ChSRL10WUDAb/G1U9PuROB3kOZqswM
        JAH9wFwFSmA0gRs+IGDHs0QBOrvjukQHVYFZOKcVwlplAXe1anA/rnWBljIuy7wBhgG1r/ElOlWWgdQstYC3qKYB8ql42zT8toER
        Jzw2sk/HATCk/5Avo9eBTiHD66z25wFtnoZGKkr4gYwbSqGnnQgCqpgN/CTxGILJFdFWokQpAuiSlLEfmDmCBhBYDJ3rSQIljRtn
        Gj9agkQK38GXkmoCY4eiHBXmeoKBBGZ3kjmLAqCBKdIPjZuCv/7sLI3gqwLde7CHCjS8go0CMzMXs8wCyvy56BFa3YII90CeDAHu
        AkXxx1MHqP6Cg+tOCQJPDwPA5dW+/PUfg/9vLrp7TjADHe3xFPmhQIM8arVvdvVQA1vneMrzSGGDeWQ8JXGccQOY4f9/7u+Bg7de
        w9prQ5ID1duGNemWooP0WEqQZuqyAxPWDevjPcODMlPRRWGR0wNQ0JSg3uTjg29NWPtbOPQDjsobVtmLBISsR9+wVt8UBMvEogvU
        MiWE6kFmZlGGNQQIvynBztlFhCc87RtMLVYERrmwdsmAZoRlNnTRRtR2BIOzNyzEJ4eEojD7hkF7lwTBrb7hvs6nhN8qgjw8IrgE
        /qdFl7l1yIQdJQnyNsnYBDuizEy0HOmEWh+QpzFw+QR5nFMCr8MJhZcZF10sFxoFtpbat6lqKoXVE54SJ746BfSQYW2kEUuFEg4l
        yCFlWwUxi+gin7hrhVAIrH0cDHwFchsqHztjjIWvFbHUNQqdBewPOIowsa2FKgq/PytYvgVnBEb1Jf/OhaT+zKogpt8FcfwpsI0m
        8IWQee0KC3oABq72sGWIzRCGzXN0wAUhIQbs8Dcbg3Qxhgpu+3UAyEEGKeu+0H0bUoZIaIIr+25iBmblRYZ4wnKGhWIJ4fUVgwak
        38w7c2mThsNckJbwvKMG4dlT8W0QtIYAVxdM62PEBh/U2qZot9SGPVGeAeYK5QZczmFcY171hntLJbfgsQUHmcjoEV4FFoe4Raxs
        21gmB9fCb8dYrDaH9T8zItb/RgcUvfZ8U1NXhzM6utfQpmcHUrd9Mk76d4dwNEGNy02IB4+xBOhIoZiHri7IQsb0qAfMq4udQ0i5
        h+soT/jAm8kHCqYSUz7v2YcoI9atu0LqB0egmQg5lvqHZh1dY7bpCgiFmiC+Mz0biKMX5BixkCsIwpSncy7kO4jhEWvOqzdMCJQu
        qMBZulyI0SgvdlRhbQgOI7YrTwh+iEwdPeFJr44IiRfElkRWn4jGEUtMP/2vCAIG6QAdUsCIIYOsW5ql0Ag/AHC2F/ngiF59MxGV
        TPEIffr2axKgAYmbd7rGj/MRCbr0fSENRyKJ2XFBfIqaMgn37gTXB+5CiRZsyDGFQVMJNemLjAKVY4lUZk/nf+hzCXLjEkL9O4SJ
        kWDWnHqPlAmw3Zn39+Kkic5aXVJ1NrUJ7dcgrfKJxYkMVeQHcN3VCSrSp2LtMOaJSU9rvWqE9glozC4Y6NcGioZJ8nJlKxcKpca1
        zeJ+J4rEQ3koYNI3CuPAPIPdJUiKAT4A3lp5WAogu8M42Mxoij84h5NVIHkKXbVK7tJziYp8Mg5JUMeZCpuv0aPNGqqKuSyV/kpu
        ugrYqVhZyMHKivcmHLRFFdsKFaTfDsNo64o0IaNpQLz7ClOeZsS9DwyLeEefrH1qHAu2QSZieBEti/M7rRdzuD0LMDY0zW1fTotu
        MLuCaAZfC6sqQjhjrW+LdJLk9i4qgAuTD6hRrH2Qi7KMa6wp0aAL0AkvB6cksYvvhvJhJHjBCw4Etryhy9GLLIF5Fx8f4gtL/jxy
        nHLyi2p7AM0ZxgIMiPjDJ5cZE4yndYeCFG0jDMbySt2RwDOM5W8OOA8URAwD7dGSjGdUjCJqle0Ju2QMQedYSIcOdYxfZByjBGKF
        DH7h3/2BtZWMnV6jWP8Ipgy722azfFy2jNpYKg76r8YM+dXtaHcD14wXU7HD9FbnDDbQdB5yqveMVU04ee/9Bw10yvvTbFEYjZJH
        vy7qpCgNscSCiWf4OI3QQUbk5EtJDe6+CT9in1mNDTzNmd/yaQ0suZD0XEZ6jUo2VE/amYoNabMXqlftmo2IMNsE1UCrDaatnl9S
        lLuNxSpius/nyw3kpyUVTTvcjZpaHU6cwewN11SkA5do/Y0VTyu5kQ8ODlJJsm6Mth6OkEM5JIddLw7nHuDsQAJAjgWco0e+VVAO
        JBlnojupYI5Dlir9uPxwDmET7lc2UIGOgJCxsrOjkQ6fDXUNMfehjr2KOGiuSrIO3Af8wiuewo77hL8dqfHSDhkCg3gmReOOOH9G
        06OY8w5X/AkuIewDj3Z5zYiePxQPlPaQ4xuTJI+zc1Q+meY0D9LwF5kWOkWP8G3b85ONVQ8P655OEeFljy5oYqmONHYPTOUlBAyI
        ho9rYuleiduWD4rfrLkGL6ePqFxwFISCtw/H2TNvAdbHj+ZW98l+KdgPBdS6JPx86I8jUX5/edD4D0LOQdr2IwmQYUsFNXR3GRB/
        yMiP8copkJ5FjOpuHjoQvcJPRexxSpDbPxOgacVaEPq81vrmGGuQGTqaVWRsexA3t12w4b+LkFY0IQtfE5wQf3MUOsBxrJC8bZvv
        uhi9EPlnIqW1v82QN2KpWrBm3hB0XDAQqw3vkLJWt8WltP8QeCifPdAtEJGWpWKYTYEgEbUiJvPK1DCR1J/pTUgoQRHyHK2oxXtR
        kRGacANDz2ERMBc0XsAicpFOlPe4PXaCEW0RuxO7yZKRjI5+bjgdoxGqC0LJtXCzkcmIBSQzxMMR6AXJfrAX1JEHg4zZLWvkESUA
        UDSrvvSRRH0TjygSBRJj+tbppWUVkoF3mkQjuSUSoPRdn6AMNpK/cSH6HWBGEt3u5FSbs1aS/GuorxgHZxIb6WsKllp3kjlmL2UT
        rocSWOPyv5ABmJJ3YLYaDlWoEpbdeXWLqLiStFo90Aj8yBLT1wArhk/ZkvJUxIUDo+kSENKH4ID2+ZIvT0s7/kkKE07MDpZ7nRqT
        bEnS8PjwKhOLxpVLdkQ7k6pDWabzl0sTyMAcAXHrW5PnPeBb7j5sE6GGktveyHyT3oAZkdlvjRMbe6BG1Baek1l1J/zOva4Tlm+u
        sclkv5PqtJoz4gXQEwgyXo5fWeCTJ68h6dys8BNGLOVDWgABlGWpqJ7XUxEUgyZs+VSnIZSioy9U0voxFMEg865PTkKU3522Cc2h
        UhT+GnpkSvVilB2YPb/HSHMUOxUBGkWcg5RaksR0wu+TFHkPiM8/Q6SUmIxLKr2WtBS2CQ+FOurElNWG0t+3PdUU9AOWOjWR5ZQS
        gVmVsuT1FDH+HPAvOAaVUHvgSq2LFhVu+KOlKt8mlY11ZwCoMjcVrPIqWyWGR5XKb+61otlXFenssRAgLWiVCGp1a52AeBUn5zjG
        GtSIlUVk/CCYJ5kVZOG/exV7qZWDXoPWks65FaHbRjEQIsqVwFgKjI112hXf1c3mCsnqlf1SkUGIHPsVHNBUnAVwC5Y7TRj3gsMb
        FlnK21EAFyyWhZ+JxwJ5PBbDmRB9/R9NlgCUlzL4xl0WPY4e6PJtbpZ7iKWd7RR/FriCLFPou4+We75ZhHExoBaZOx3f7oSwlri4
        4Dls2MAW1zWklOkr0Zb2smfvZn/hFhQwK0rk0vGWM63upGEmAhdSKrL/3nkSl3CndVpczSIXjyQ5tdkgM5euofwPV3RDF8wewGrU
        x1OX65uDxVEbZBcKGUcgz250lyiWCntMwoQXRxPO1ckVlZdmkJEwR2mlF4UNVYvEvLWXo4oY5kEQxhfCB9xAv2PWl+GEn5s8t+YX
        /wFj9rkK95cefyZRN14HGD386au0sReYW3mtBjIFKBh69nBhr1g4mJlzNLwsrEgYuPD3Fqr/WJjWbbtxJ1NpGPXqfsykpnmYFGhC
        JyL6iRgy5QWCn02amFFiydwcoaoYcN+MN5r0upiOXFCSF0jLGK3ZE+2Um9uYzFbXRxLv6xjq05qij0L8mKeyB2kh0AwZ5ayOHhx3
        HZkipxXUFh4uGV+hnIkRxT6ZnZsjPwxsTxntSlV6gwlgmQzIGNUAXXAZKkXcL36wgJlJwp+K+wORGWg/Y+V4V6GZh7wmQPaqsRml
        Oeqac/7BmcS2rfXwUdIZ4zNxUG6l4pkBsTSr6/jyGSAu+AVpTAOaP6u7YOafExpdKH+7Y/MjmnylQhbhRjQamyIGcV6aRJq5n8nL
        2+1UGtgcjSZZQWWa95lQgdaUdRoWFxTcU+iFmjSU1zbRO5YaUxGbkU6Ppppyjl7sy+K2GpALIkdJNsear4jlocaJ1xrOBan8Q93n
        muyCbFfBMPgaCwAwsj6ECJsqffMMvNcYG0j6tmc5KymbZ3d6wrZ+ORuG9D0dNNJJm6VxAXixJVobw+7E0i55apvia4gtrMx6GwHp
        S4gpIIubH2YP46Zzmxs+49I9JMerm11glpihGrwbjMv+VEWAzJvJxYUKQCfdGwfADMA6zu2bRLqTdTV1/huBtBorMBwPnL+uoeAq
        wx8cflQUyxI1MJyd0dclkIhAHLtOm4AN3FCc2ste24ovYRz5SCI2CINxnBjG5ZCF1oEcNkOp6wIqkpxVwGxGgH2iHHQ9MKH90LKc
        krrz+3okwxyxN7dW+HfTnNC0erF1y+Mc7jE+DPMe9JwNrwFncHIEHSwsxcHtxRSdSqmIHGsZJR1pJkx36Gw1nYijD9JlwEUdpyDT
        LOMTVp3FnZaHYGdmHeQaWuLdunadA5gdPVsOhx0hFeGX2GGXnUCSpPJVtacdXw9oTdMIuJ19jCuoUFzIHZwJ7wLOr9idu4ayXUsD
        6R3ZA3a4yFb5nfiAORNGqgkeF/78bcP9GZ42e8DIQFEqHlT4gyO+pDqec3VHfjv4Sh6S8grZuEtbnrBvzjM2n2sez+yRjrPye57u
        aVXpMEaMHq7efPZj15ye69gDrF5+rR4p04phWSW+nmbNERdUzM4eo8eYzE5z357w4A/BJA3wHg9e0xuiYACfLtuWdh+0EB9MWFrR
        nAchn2vVHSwaWzEfilLhhpeuQZ+pz6ThFAJSH8dMaDySVWKf5skrlw+pch8FR+/xjPyCnyPEskwKUJMfQkF2p4ejo59hvjkCBfez
        H387/VyCSsSfnrjAt/+d1B+9NYQSffHkn9uyR236RPUf+i8LyHeYBaAZrc4i9esVIDgqkn1yPyagVqdV2O+SNiB1JBkzbeZGoJSh
        3I3qOVcgsh6g6GeNZ6DRm2ND5eB3IPAYJ55iNIigDpbq+N+HmCAtE65TXduooEyQca7aLrkgag01CViCyaCJivhj1dXZIKgHvL5S
        Keqgx4R/GdB8+iDlAUN0TdAKoQR/Bs/KIxshI/zJKUh3K6FBeY2Exco7IWD2UN9CHkyhkvdz4oeHXCHQ8fqXgi5toQ3sgU191X0h
        S+YIA3h8jqGI4I+4ciOfIcXaFm5tyq+hgerOEbQ4wCGgZ5JsMYzQob/kVceu3+Ah3WEZIiwz8aH83tx8qYYBIhtcoNcm2hGiOtlj
        MqQtIiJYVieNIYEyonfT6uee1EIillCuQhwoU6K0zXGdmXtjItNKNfgWz3Oi8sf4UpQihCIQRbytEXaUoi/CfwiPyaQiTj9DYwwd
        taJsvAa+iXDFIos5yhgHxNWiqraNc4QX5iLJM1HOAWv2ouewFCl/vgYjBi7Yg/wRF6Mlq5veeWUnI0MoXzn3uDejYqUilHQMSCOB
        Iubu8V9Yo5+fqUlvs2gjvhxtpOwGeaPdmTD/aVqJI/sW9FnnrZmjGpS3tGQBqiM5EXsP4lS6o1iOPmpfqMojdgsCxdz72qOViMUf
        Wk/rI7QFiXrXovuj0oJM1VT2CyTx/w8w0kkcpLQK8oOm3iwk8gR5OaGFPaQv///umyxOJG35hqSW016kqvMNWpF6byT0dsoHxhCA
        pBL0jWJDZJAkMXFRvcC3oKRQ7hQYPguxJG5r2HK7XsGkjeibzTiy0SSsZV8otgXipMviIoMzWfIk6V/m3bCsAqUI3ak4LgATJSda
        bZOrUyOlRdcw7iinMyVkVPRIpvpDpYPRt6MjTlQloU57/qChZKXAyz5ZHvV0Jd9IArSbSIWl/cXFDhmclSUcQ4lplu+lpTvATMQT
        Q7YlWj0QH5GWxqV4utN5DurWJZc3l9SLPeeltrRaLwmR9yXUMR6KhuQHpvOu4eQDOBgmEiylP4GLKKYwqWia/t44Jk8mLPV7Mkmm
        bqPvT/mFWSaMILOqdtlppquddgX0LHomyho6YHGAiqbpl/267tOaJgcVwRVsJ6umJpKEcOl6uyZFD0jLZs7LpmOMCybkIdwmmSPp
        b8qO7KbWHXAlxTX9JhQY99q/3A2nURJ+kLqDHiePDAVGtSovp8wGjPuv0T8nhYCJWFU8UKej/Uyz0o9gJ8J6EA5Q43Cn4ffTaM02
        gSf/dJfDSoqRpx7yWh7I3aEnPW8eeUUxsqdb7OHTwoTCJ3pppS5A2NKnmeZoib0r4ye4YyzkOn/zp9bg7z640gMo9V2zmTUmFKgU
        23b0snkkKDJYOk8wzTSoUdX9qa0gRShwUsEEK3RVqI7PhF+ox2UorUxIuiUbdqjMyQsVo26GKOtGz28gwpaoCcSSyp0VpygoQVYl
        G2m3qEe+GYCYvMcoZTvd2hUQ2KiEuKA1k2PoKKM1ZJAQt/iowbIn640KCSngL+tFC14Zqf+srqCIsSkpHSpy+wUFOqk8pzVWg1hK
        KVsk+bAArFqpeqG8C37/aimYHoBm+1J7qbebQ8F4posp1hgHHPb5m6n0lcp2c02sKbs2ZxHp5byp+DDuxuOMzSk2K3V83jPeqXMl
        /DHZ2u4psB+D59OB/6n3DIVOZxQQKhaKSKnkZyCqNAcMBGK7MCpThM9e3w5BqnIBk7lcYlEqkH5WFNq1Yaqv+xlvVwlyKs543cnU
        XIKq7PWgJFKwkioLc2R/zwOjqirwJ9pMV7MqSW3rNMqqw6pn6q6PR/7TKoZncurEUeSqpeQ1RUKl9CrDYfmfv/gEq+LevPo8TBUr
        AVyAVbqfJasf2UOwN/M1Kz5WBwu1RkarXdPKZTKaVit7UI7Ar+1mq5rNURstQXcruUoVdqqUh6vYx9jQJ+iXK/ZEnCulO6irFcJf
        hiKPuCs0PyPhn+LIq1K85jsdNtkrcTmqlpqJ6auQtm3xF935K64zMUyVMAqszbD0phKEGizsLbgBkNcqrAure1wNKzssKSg/t4p+
        S6xIpQISCNJbLGcixmyFJWysoE9e/QyWfCzdSeWyBz2NrBpEbGgC5J0sWD7zHf2KrqyVOHrT9zG/LNIyAYny2M+siBZEn/Y/4Cyn
        kwf6c5PwrMUQy1Tx5gAt5I2Or246Ea0DC1IK7I0hLSGIFWVp4TGtQAXZv+Y0Qi1fgpwaZIhSrX3/X3Xh22ItnHwj0F4vc627+eYq
        3IKDLdp2qoVZ1pOt+PNt4NYppC0XcTE7VH20rTbu9JXR0MQtVGu48E4k1a1z6HtLzHflLZJlP6ZJy/WtsOICAcceBi7PX8ZbRHIW
        ru7cibbBxSYuDFpNET8ZN64r1xBsvGxHLkpU1MY5wFeuadGXIbcTaC6HTlt8NGd4rqbLHtexuoguxUjiMS8Oma7jxaWMrGGpLgJD
        aecptbmuIcAsQqcIyi4/PfCcJFzarl66s/ehr+oufTd3Uh8D+66btDqtnFYLL7ox/gcaqhuv2a7BYpf9Ky/4K4W9FFE8r8Ji3J4r
        7Uwv/1xjVCaUXa88V+oJITtuL3pRcb8b4n6vt0v4dBaJjy/6oj+VCBigrxkgA/CFa7AvOJ3GSgO/wK9WGoqlgBLRL3WXTQD+ZeGv
        lBQRW3u58S+ykdS1+AwCsNEOmBB2YBIw8Itba/OzIrAOCR/GcAczMC2G4iDuWkOwTAOme2uuUzBrgGnW6AFksIn9LDFmVXQwqHrw
        i+OohLDH97PmYPyUMOV0d0HeT6WwBPI6nFujtTAjb/722PbFsEHswVFWStYwYGmFrNOd5rB/5kgHUfH2MJ1jDGLORAexvODPvEuY
        FzHbXZMXyesnsfraVnJGPzgxGFgazcOSSLE31d0nQeZYMVZSoYK+OWmxdM9k3TuNeTGTTCg4ueCJsbLJ65I2NJox0Eav7bOHqrHv
        w3JIMdu6MQ5BNqOuLsuxLL75/SuC2zFLO71YqdXrsWq4gLMmKfwxpnvTik+dDLLjdVpASkQdMiFw4fVE6y2yXmpoqz+SPjKcZO9g
        OjlPstledhY14F8yi6z+5ZdDcLKqKcJAFZeAMsmmhZuS6pCy5yNJ9g8+oTIGoQxRjZGxsiUe0KsK5cEyQ5uTBog40rJiGFdhBYzi
        MoGVGryC3/KynxLeFgAzAzO+j6FxfYYTs90MZcz62SMz/IkoJ3gtNLMaB+yB9YBEMzmEr9xy1FSzWAFzN/AnZTN2fjaSbXt1s5X7
        +ezqzoUztHi9R2gilrPS9YCi5XWmM/FyRP1iybazEPAHWOAcxzMubcuyXXDXs03qjg3bw+czbGdSaFgX+LOL5BXD1WoINKlh2R1T
        vhi0yN6ceNARKTTnW2DTTWU5tAXZIy7LuEk0JFbniEgMWrRD06rjxV9qNGFQbj5Ds3q0gM0xmcAGizSfSvXzPVqbtL3HuE67ras0
        3ER8qTgBvLT7wT8EtlTMNMiOUSxu9Ny0BYnY4Wib7TRDg1+XY0L+tIB95kxe6Q41vndtAlmQH7X+OPrbqRswNRy2vTYnb0C1OzOB
        kaTCUDVasETsIRZhtXgtCEefaXE1l6rLoRy9gbW2J4/8mRCSNdSkUlcXZKK18yEWspS3sjUSn9kMEgvDtTAcnWePXtM1T5lgwgyy
        47VuFiQdigX0NY2T53cHWQS2qxCr0oSsFDbKjW4tAgAltukKMoh/UzU2B4j14vymRbYmBbk9evpVNkWCfJj3TWa2Y/8/83ShdjaC
        fANO8vSGtqH5xqhvSJc2v3aKA+2bp7be801eau+3Nv1wEbnnQsi2HO7UE2WW2DY6a5hu4unotlnoW8lfPfk2eGUfJN2QCbeW4uJ+
        WuQZN7VfptnXNyq31NxpNFWLOjfyWS2P0t5KtxHX8OlPMls3MFS0RM2Fa7dO0XefStl7N21OO/rHLIy3radIGJKknDfqoc/NjEut
        tyecVoOH8r03ZZbdOIKZzreikGTufEDfN+CK66N35++3jkK5LDlHADitv3yHtpoQuMw8QOIz7iA467kDPbFBMbgJN8eXLpVBOCi0
        ivKr6FG4RzFOTSk8YjhlrhGopo9yuIQr1QIk44I4o6iYXaE2k7jBJVy4HoqjOOCiHxOc3bO4/x/jbRkxxDgenabIloTUuDwaaiMU
        2OQ4W5ctfpEr9bh6FPHYDn8FOZiRtDOM0hW5tw54jgkmJjnWizvphnk2ufQI/0MEzUY5E4bCnoEgV7kyA4b5/nNnOVCASVR8x3e5
        b/0Mr/kaiDmOetAJd26Yua33k2T0wag5y3RXv3EVubnq8Roa72jJOQlv3nRsvNm5J+yhz+kP6jlGaWUqZ2P6uWXmKIXktgo6g2Ps
        32EKG7qi4K86310rOsFdc5VcsTu639o28NkETDr+V/pKV1hcus+6xrmw+2w6DLVNb6uifbpJr9QkpkmOOoepW9qg8J66xKPij5uX
        rzoBz7QiSx/Auh9MeH3IctA6Psk72EXG4LpdRv8ywxnxOnzDwo1AbQG7mkCG6L3AETu5vUlDOxQiu9g6DZ64ZzI79rfQ+DW7QrsV
        NZRTsw5TOzSyV64wYmO7Ui8bCa61cztxrN5jKwmEu5Apor6oXJQ7rqZlGSawpLvNIyl0owO1O+yg7M4gV8W7Cx6wKZ6q1Tspm3OE
        G/7lu0gYN9+YUfY7Z5X6ORalBryFEr6Uk/gWPKSPge8QTCe8wwxFSo6fNzzhiQilC/NHvAAHzP+IRlg8H4SPWgaaaLw+AVO1g+14
        PFx+FhABQYm8e/vZan6UmTyaeJ3F++epvLj1YCB5O7o813Ike/aOyrz27+fVc+LaPBRtqzDxNeu8M+pui26J+zxSZzLm69wLvXDk
        9UBpMBw9s9O9pdSrLL3xzURbz1I9PS7IyxDK+U29a8JSxsSgXj2pvNl7v0dvvea2YDG67n89kthzc9pKkL2wVTfOV56gPc/S+ijV
        8bC97k++g1JFwT0NzYHez5jRvStKRTlN7OE9SscIlMo/8r1pRMzuR5MCPofBj0nF5hK+pj5TpEI6Iz7Fuxb/v40zvuM42lk94UM+
        A7adtLo0VL4jM2EPOIhkPkuwJGq123S+jy3oxDIvhT5Nq6sfsIKVvv8qb3ot1qU+57Iy1aoptr4WXfYvKH3GPmGWuoql0Na+ySSB
        5SIk5z4gbVFAoHf3vnQ+Spsdywc/vObr9poeGL8+cUxVGHIoP8aRGb+VxTi/DDZpWBMZST/UIjS3kWxZv8XDdkoTwGk/wDX0LKIT
        er+lud1PaGeKP3aQo84TvJq/ilFLoXgUqz+KbyZvcny7v7ETV4WPJ8w/8rM9bKAd3r+6zQUUMZ0CwLF82Fu+yQDAgY7eyAnC/798
        T4oz5YL+v5QLTiBRjf2/ztocQ3HE/L8W1Zaowxn8v/bVEBrshPu/1zFv3KQA+79vybAiYon6v7mQRRejHPq/oje58ZG4+b9zJEa1
        y1v5v05LQ2E9Bfm/P/PTcA20+L+MzB/GjGf4v/23Qj4sH/i/DnyGTHXa97/iR8icBJn3v1wKoxqGWve/dvlk87Ee97+UauRLSuX2
        v5qOqnkZrva/lbKQnfB49r8NGLmHpkX2v07Ue9MWFPa/DcGELiHk9b8gl6bBqLX1v/t2QLSTiPW/xMTHxMpc9b9EYEnyODL1v1Ay
        pDPLCPW/vL3yOXDg9L9c5SE8GLn0v5HDG8q0kvS/dWQ+pjht9L+mUxWkl0j0vweIfovGJPS/eXiK/7oB9L/7aoZoa9/zv3gjueDO
        vfO/AVNuI92c87/ikf19jnzzv+MSh8LbXPO/oTgrPL4987+bQYukLx/zv3q8aBoqAfO/PLA/Gajj8r+ulrxxpMbyv2Sj80IaqvK/
        t3xC9ASO8r88pcgvYHLyvwB1Zd0nV/K/ib0sHlg88r8MHEVI7SHyvwGfJOPjB/K/DsshpDju8b9lQFBr6NTxv2BMoUDwu/G/PZpB
        UU2j8b9g/i3t/IrxvxsG+oT8cvG/Lo7Dp0lb8b9SJ08B4kPxv9yESVjDLPG/8peqjOsV8b/+UzeWWP/wv5NoH4MI6fC/PYO0dvnS
        8L8B6jioKb3wv2B2w2GXp/C/3Sk3/0CS8L+iwEztJH3wv7bNrKhBaPC/KA8ZvZVT8L96x6PEHz/wv6IF9GbeKvC/xN2VWNAW8L97
        q1Va9ALwv/oUS3GS3u+/tIkYlpu377/CDDrnAZHvvyxn7jzDau+/OaCbgt1E779g2eu1Th/vv1Y/9+UU+u6/mip6Mi7V7r/rmxbL
        mLDuv7ZRoO5SjO6/qcJy6lpo7r9lV9AZr0Tuv+lJSuVNIe6/spwwwjX+7b88pgkyZdvtvzK3EMLauO2/Omq7CpWW7b/GNEWvknTt
        v3TXQF3SUu2/i1MvzFIx7b93ERy9EhDtv8XpPfoQ7+y/ysecVkzO7L++obutw63sv86GRuN1jey/74fE4mFt7L/zQ02fhk3svxbj
        QRPjLey/n1EJQHYO7L8qjM8tP+/rvx3TR+s80Ou/e51xjW6x67+/JWAv05Lrv51tBPJpdOu/2pf5+zFW679GeVN5Kjjrv7VDb5tS
        Guu/vi/GmKn86r96C8KsLt/qv/uVkxfhweq/x5AKHsCk6r+5cW8Jy4fqvw+hXicBa+q/izClyWFO6r94+R5G7DHqv6MQlvafFeq/
        J4CjOHz56b+yN5FtgN3pvwklPfqrwem/+2b9Rv6l6b8CjoW/dorpv0DezNIUb+m/Vof18tdT6b8NxzSVvzjpv3LsuzHLHem/kTGi
        Q/oC6b9fYs9ITOjov/VH58HAzei/us81Mlez6L9g5psfD5novyr/fBLofui/KUCtleFk6L+aTGA2+0rov8+mGIQ0Mei/aKOXEI0X
        6L/l581vBP7nv/luzDea5Oe/Gg22AE7L579LcLFkH7LnvyeW2/8Nmee/hLM6cBmA5782ibFVQWfnv7kh81GFTue/rvN2COU15788
        ZW0eYB3nv7istDr2BOe/9grOBafs5r/tW9MpctTmv2z6bFJXvOa/xfPHLFak5r95iIxnbozmvxP31LKfdOa/hY4kwOlc5r9KBV9C
        TEXmvwYTwO3GLea/DkrTd1kW5r+zLmyXA//lvxeKngTF5+W/XPa2eJ3Q5b9XojOujLnlv6lKvWCSouW/imYgTa6L5b9ohkYx4HTl
        v5/iL8wnXuW/1Rjt3YRH5b8mFpkn9zDlv8gsU2t+GuW/slM5bBoE5b/CjmLuyu3kvyh+2baP1+S/BRSXi2jB5L8Tbn0zVavkv4rT
        UnZVleS/A9W8HGl/5L+xjTvwj2nkv8YEJbvJU+S/Ca6gSBY+5L+dCKNkdSjkv/xa6dvmEuS/Tov1e2r9478jEwoTAOjjv9MNJnCn
        0uO/kmABY2C947+O+wi8KqjjvzozW0wGk+O/FTHE5fJ9478+e7pa8GjjvxqSW37+U+O/Y6NoJB0/478SUkMhTCrjv2CS6kmLFeO/
        dZn3c9oA478C4Jp1Oeziv2U3mSWo1+K/qPBIWybD4r/4FI/us67iv/Ou3LdQmuK/biQskPyF4r8voP5Qt3Hivx6LWdSAXeK/mBTE
        9FhJ4r9WyUSNPzXiv5w4X3k0IeK/PKcRlTcN4r8Q0NK8SPnhv4exj81n5eG/82eppJTR4b81FPMfz73hv3XOrx0XquG/m6SQfGyW
        4b8ipLIbz4LhvxjvnNo+b+G/2ds+mbtb4b9eH+43RUjhv8cBZZfbNOG/2ZzAmH4h4b84JH8dLg7hvxY3fgfq+uC/GDv5OLLn4L80
        wIeUhtTgv1LtG/1mweC/cPUAVlOu4L8VldmCS5vgv9WXnmdPiOC/0WWd6F514L/FmHbqeWLgv6+YHFKgT+C/wT/SBNI84L9zhSno
        Dirgv4IwAuJWF+C/xI+I2KkE4L8ic2hkD+Tfv0qjjavgvt+/l6qVVMeZ379i2yQuw3Tfv2qQbAfUT9+/KOkosPkq37+YkZ74Mwbf
        vxmVmLGC4d6/SzxmrOW83r9u9di6XJjev0JHQq/nc96/8c1xXIZP3r/sQbOVOCvev3SIzC7+Bt6/j837+9bi3b87p/XRwr7dv6FB
        44XBmt2/I5Rg7dJ23b/tnnre9lLdvwixrS8tL92/nbbjt3UL3b87j3JO0Ofcv/prGss8xNy/VTUEBrug3L94+L/XSn3cv+5bQxns
        Wdy/exvoo5423L/yimpRYhPcv/of6Ps28Nu/egLefRzN27+YoyeyEqrbvytb/XMZh9u/dgvznjBk27/+yvYOWEHbv3SUT6CPHtu/
        cfybL9f72r8J7dCZLtnav+9mOLyVttq/I0hwdAyU2r8OGGmgknHav+fYZB4oT9q/ON71zMws2r9/qP2KgArav83FqzdD6Nm/L7d8
        shTG2b/r2jjb9KPZv1Nb85Hjgdm/PSIJt+Bf2b/i0B8r7D3ZvzC8JM8FHNm/T+1LhC362L9xJg8sY9jYv7DrLKimtti/AJCn2veU
        2L8LRsSlVnPYv/E0CuzCUdi/3ZBBkDww2L89t3J1ww7Yv7hO5X5X7de/pWofkPjL178IsuSMpqrXvwWKNVlhide/qUNO2Sho178B
        Tabx/EbXv3Vl74bdJde/QNUUfsoE178eqDq8w+PWv+XqvCbJwta/Quwuo9qh1r9EgFoX+IDWv+JGP2khYNa/QvURf1Y/1r/MoTs/
        lx7Wv/0SWZDj/dW/1RA6WTvd1b/nuOCAnrzVvwvVgO4MnNW/eDR/iYZ71b9tB3E5C1vVvz49G+aaOtW/x+RxdzUa1b8lj5fV2vnU
        v9i03OiK2dS/Ah2/mUW51L/3RunQCpnUv+bVMXfaeNS/sP6adbRY1L/L91G1mDjUvzZrrh+HGNS/cuoxnn/40792ZIcagtjTv4qd
        gn6OuNO/GqkftKSY079XZYKlxHjTv7749TzuWNO/X1HsZCE507/0pf0HXhnTv7H45xCk+dK/yZuOavPZ0r+kt/n/S7rSv7XSVbyt
        mtK/+lrzihh70r8EMUZXjFvSv5405QwJPNK/89KJl44c0r84lg/jHP3Rv9i2c9uz3dG/C67UbFO+0b/kyXGD+57Rv8HCqgusf9G/
        GlL/8WRg0b+6yg4jJkHRvzmyl4vvIdG/11t3GMEC0b+UhKm2muPQv5bwR1N8xNC/yAmK22Wl0L+tf8Q8V4bQv3joaGRQZ9C/OWMF
        QFFI0L9OO0S9WSnQv+GM68lpCtC/INW5pwLXz79rCCqSQJnPv2qdVi+NW8+/1VmjW+gdz78qM6jzUeDOv66kMNTJos6/agc72k9l
        zr8O7Pfi4yfOv/t2ycuF6s2/Ab5CcjWtzb8rKCe08m/Nv07PaW+9Ms2/feMsgpX1zL8zEMHKerjMv17jpCdte8y/BTaEd2w+zL/A
        ljeZeAHMv8+1w2uRxMu/1dJYzraHy78+LFKg6ErLvzFwNcEmDsu/Fy+yEHHRyr+4T6Fux5TKv8aEBLspWMq/+cMF1pcbyr+Wvvaf
        Ed/Jv3JbUPmWosm/VDKywidmyb++COLcwynJvyFQyyhr7ci/UaV+hx2xyL9rUTHa2nTIv+jLPAKjOMi/ET4e4XX8x7+pB3ZYU8DH
        v89EB0o7hMe/J1W3ly1Ix78lZI0jKgzHv43ysc8w0Ma/GGFufkGUxr89fCwSXFjGvxkJdm2AHMa/aFP0cq7gxb+avG8F5qTFv/9L
        zwcnacW/2z8YXXEtxb+zn23oxPHEv3PPD40htsS/nyNcLod6xL+Ddsyv9T7Ev0u+9vRsA8S/EqSM4ezHw7/gG1tZdYzDv4j9SUAG
        UcO/bZ5bep8Vw78qbKzrQNrCvxKIcnjqnsK/hmP9BJxjwr8lXbV1VSjCv8heG68W7cG/SHzIld+xwb8Wk20OsHbBv43q0v2HO8G/
        C9XXSGcAwb/LUXLUTcXAv3CvroU7isC/VC+vQTBPwL98qavtKxTAv5Zi4t1csr+/pXXDVW88v7+2gecNj8a+vxTXY9G7UL6/W291
        a/Xavb9PPYCnO2W9v+19DlGO77y/rwrQM+15vL/7rJkbWAS8v8dyZNTOjru/QARNKlEZu7+1+pLp3qO6v3I4mN53Lrq/xUHg1Ru5
        ub8Blw+cykO5v4cP6/2Dzri/0zVXyEdZuL96pFfIFeS3vyRkDsvtbre/cUq7nc/5tr/IWbsNu4S2vwoiiOivD7a/ICK3+62atb9q
        KvkUtSW1v/2/GQLFsLS/s4D+kN07tL8AiKaP/sazv5PUKcwnUrO/tK64FFndsr9gD5s3kmiyvxUIMAPT87G/VSvtRRt/sb/X9V3O
        agqxv104I2vBlbC/LYLy6h4hsL9UGCs5BlmvvxVJ053bb66/Oja+ob2Grb9FXPHiq52sv37vlf+ltKu/hrf3lavLqr+g7INEvOKp
        v0wVyKnX+ai/MeVwZP0QqL/VHEkTLSinv05qOFVmP6a/tEpCyahWpb9+7IQO9G2kv5MSOMRHhaO/LPiriaOcor9kNUj+BrShv32k
        isFxy6C/nY8M5sbFn7+UYMRkt/Sdvz/JsD60I5y/3pFps7xSmr/3DagC0IGYv7jtRGztsJa/VhA2MBTglL8tV4yOQw+Tv8B5ccd6
        PpG/zrRLNnLbjr9Lt/yT+zmLv0xsxCiQmIe/ZJ6RdS73g79YH2/71FWAv6Pt/nYEaXm/uCPxbWkmcr9ry328q8dlv9sfPlQ2Ck2/
        UBw+VDYKTT+Iyn28q8dlP0Yj8W1pJnI/Mu3+dgRpeT8fH2/71FWAPyyekXUu94M/E2zEKJCYhz8St/yT+zmLP5W0SzZy244/pHlx
        x3o+kT8RV4yOQw+TPzoQNjAU4JQ/nO1EbO2wlj/bDagC0IGYP8KRabO8Upo/I8mwPrQjnD93YMRkt/SdP4GPDObGxZ8/b6SKwXHL
        oD9VNUj+BrShPx74q4mjnKI/hRI4xEeFoz9w7IQO9G2kP6ZKQsmoVqU/P2o4VWY/pj/HHEkTLSinPyLlcGT9EKg/PhXIqdf5qD+S
        7INEvOKpP3e395Wry6o/b++V/6W0qz9FXPHiq52sPzo2vqG9hq0/FUnTndtvrj9UGCs5BlmvPy2C8uoeIbA/XTgja8GVsD/X9V3O
        agqxP1Ur7UUbf7E/FQgwA9PzsT9gD5s3kmiyP7SuuBRZ3bI/k9QpzCdSsz8AiKaP/sazP7OA/pDdO7Q//b8ZAsWwtD9qKvkUtSW1
        PyAit/utmrU/CiKI6K8Ptj/IWbsNu4S2P3FKu53P+bY/JGQOy+1utz96pFfIFeS3P9M1V8hHWbg/hw/r/YPOuD8Blw+cykO5P8VB
        4NUbubk/cjiY3ncuuj+1+pLp3qO6P0AETSpRGbs/x3Jk1M6Ouz/7rJkbWAS8P68K0DPtebw/7X0OUY7vvD9PPYCnO2W9P1tvdWv1
        2r0/FNdj0btQvj+2gecNj8a+P6V1w1VvPL8/lmLi3Vyyvz98qavtKxTAP1Qvr0EwT8A/cK+uhTuKwD/LUXLUTcXAPwvV10hnAME/
        jerS/Yc7wT8Wk20OsHbBP0h8yJXfscE/yF4brxbtwT8lXbV1VSjCP4Zj/QScY8I/EohyeOqewj8qbKzrQNrCP22eW3qfFcM/iP1J
        QAZRwz/gG1tZdYzDPxKkjOHsx8M/S7729GwDxD+Ddsyv9T7EP58jXC6HesQ/c88PjSG2xD+zn23oxPHEP9s/GF1xLcU//0vPBydp
        xT+evG8F5qTFP2tT9HKu4MU/HAl2bYAcxj9BfCwSXFjGPxthbn5BlMY/kPKxzzDQxj8oZI0jKgzHPytVt5ctSMc/00QHSjuExz+t
        B3ZYU8DHPxU+HuF1/Mc/68s8AqM4yD9vUTHa2nTIP1Slfocdscg/JFDLKGvtyD/CCOLcwynJP1cyssInZsk/dltQ+ZaiyT+avvaf
        Ed/JP/zDBdaXG8o/y4QEuylYyj+8T6Fux5TKPxwvshBx0co/NHA1wSYOyz9BLFKg6ErLP9jSWM62h8s/07XDa5HEyz/DljeZeAHM
        Pwg2hHdsPsw/YuOkJ217zD83EMHKerjMP3njLIKV9cw/S89pb70yzT8nKCe08m/NP/69QnI1rc0/+HbJy4XqzT8L7Pfi4yfOP2YH
        O9pPZc4/q6Qw1Mmizj8nM6jzUeDOP9FZo1voHc8/Zp1WL41bzz9nCCqSQJnPPxzVuacC188/3ozryWkK0D9NO0S9WSnQPzhjBUBR
        SNA/duhoZFBn0D+rf8Q8V4bQP8YJittlpdA/lfBHU3zE0D+ShKm2muPQP9VbdxjBAtE/N7KXi+8h0T+4yg4jJkHRPxhS//FkYNE/
        v8KqC6x/0T/iyXGD+57RPwmu1GxTvtE/1rZz27Pd0T83lg/jHP3RP/LSiZeOHNI/njTlDAk80j8EMUZXjFvSP/pa84oYe9I/tdJV
        vK2a0j+kt/n/S7rSP8mbjmrz2dI/sfjnEKT50j/0pf0HXhnTP19R7GQhOdM/vvj1PO5Y0z9XZYKlxHjTPxqpH7SkmNM/ip2Cfo64
        0z92ZIcagtjTP3LqMZ5/+NM/NmuuH4cY1D/L91G1mDjUP7D+mnW0WNQ/5tUxd9p41D/3RunQCpnUPwIdv5lFudQ/2LTc6IrZ1D8l
        j5fV2vnUP8fkcXc1GtU/Pj0b5po61T9tB3E5C1vVP3g0f4mGe9U/C9WA7gyc1T/nuOCAnrzVP9UQOlk73dU//RJZkOP91T/MoTs/
        lx7WP0L1EX9WP9Y/4kY/aSFg1j9EgFoX+IDWP0LsLqPaodY/5eq8JsnC1j8eqDq8w+PWP0DVFH7KBNc/dWXvht0l1z8BTabx/EbX
        P6lDTtkoaNc/BYo1WWGJ1z8IsuSMpqrXP6VqH5D4y9c/uE7lflft1z89t3J1ww7YP92QQZA8MNg/8TQK7MJR2D8LRsSlVnPYPwCQ
        p9r3lNg/sOssqKa22D9xJg8sY9jYP0/tS4Qt+tg/MLwkzwUc2T/i0B8r7D3ZPz0iCbfgX9k/U1vzkeOB2T/r2jjb9KPZPy+3fLIU
        xtk/zcWrN0Po2T9/qP2KgAraPzje9czMLNo/6dhkHihP2j8RGGmgknHaPyRIcHQMlNo/8mY4vJW22j8M7dCZLtnaP3T8my/X+9o/
        dpRPoI8e2z8Ay/YOWEHbP3gL854wZNs/LVv9cxmH2z+aoyeyEqrbP30C3n0czds//B/o+zbw2z/0impRYhPcP30b6KOeNtw/8VtD
        GexZ3D96+L/XSn3cP1c1BAa7oNw//GsayzzE3D89j3JO0OfcP6C247d1C90/CrGtLy0v3T/unnre9lLdPyWUYO3Sdt0/pEHjhcGa
        3T89p/XRwr7dP5HN+/vW4t0/dojMLv4G3j/uQbOVOCveP/PNcVyGT94/REdCr+dz3j9r9di6XJjeP0g8ZqzlvN4/FpWYsYLh3j+W
        kZ74MwbfPybpKLD5Kt8/aJBsB9RP3z9g2yQuw3TfP5SqlVTHmd8/SKONq+C+3z8fc2hkD+TfP8KPiNipBOA/gTAC4lYX4D9yhSno
        DirgP8A/0gTSPOA/rZgcUqBP4D/EmHbqeWLgP9FlnehedeA/1ZeeZ0+I4D8VldmCS5vgP3D1AFZTruA/Uu0b/WbB4D80wIeUhtTg
        Pxg7+Tiy5+A/Fjd+B+r64D84JH8dLg7hP9mcwJh+IeE/xwFll9s04T9eH+43RUjhP9nbPpm7W+E/GO+c2j5v4T8ipLIbz4LhP5uk
        kHxsluE/dc6vHReq4T81FPMfz73hP/NnqaSU0eE/h7GPzWfl4T8Q0NK8SPnhPzynEZU3DeI/nDhfeTQh4j9WyUSNPzXiP5gUxPRY
        SeI/HotZ1IBd4j8voP5Qt3HiP24kLJD8heI/867ct1Ca4j/4FI/us67iP6jwSFsmw+I/ZTeZJajX4j8C4Jp1OeziP3WZ93PaAOM/
        YJLqSYsV4z8SUkMhTCrjP2OjaCQdP+M/GpJbfv5T4z8+e7pa8GjjPxUxxOXyfeM/OjNbTAaT4z+O+wi8KqjjP5JgAWNgveM/0w0m
        cKfS4z8jEwoTAOjjP06L9Xtq/eM//Frp2+YS5D+dCKNkdSjkPwmuoEgWPuQ/xgQlu8lT5D+xjTvwj2nkPwPVvBxpf+Q/itNSdlWV
        5D8Tbn0zVavkPwUUl4toweQ/KH7Zto/X5D/CjmLuyu3kP7JTOWwaBOU/yCxTa34a5T8mFpkn9zDlP9UY7d2ER+U/n+IvzCde5T9o
        hkYx4HTlP4pmIE2ui+U/qUq9YJKi5T9XojOujLnlP1z2tnid0OU/F4qeBMXn5T+zLmyXA//lPw5K03dZFuY/BhPA7cYt5j9KBV9C
        TEXmP4WOJMDpXOY/E/fUsp905j95iIxnbozmP8XzxyxWpOY/bPpsUle85j/tW9MpctTmP/YKzgWn7OY/uKy0OvYE5z88ZW0eYB3n
        P67zdgjlNec/uSHzUYVO5z82ibFVQWfnP4SzOnAZgOc/J5bb/w2Z5z9LcLFkH7LnPxoNtgBOy+c/+W7MN5rk5z/l581vBP7nP2ij
        lxCNF+g/z6YYhDQx6D+aTGA2+0roPypArZXhZOg/LP98Euh+6D9i5psfD5noP7vPNTJXs+g/90fnwcDN6D9gYs9ITOjoP5QxokP6
        Auk/c+y7Mcsd6T8OxzSVvzjpP1eH9fLXU+k/Qd7M0hRv6T8DjoW/dorpP/xm/Ub+pek/CiU9+qvB6T+1N5FtgN3pPymAozh8+ek/
        ohCW9p8V6j92+R5G7DHqP4owpclhTuo/DqFeJwFr6j+2cW8Jy4fqP8aQCh7ApOo/+pWTF+HB6j94C8KsLt/qP70vxpip/Oo/skNv
        m1Ia6z9EeVN5KjjrP9mX+fsxVus/mm0E8ml06z++JWAv05LrP3qdcY1uses/G9NH6zzQ6z8ojM8tP+/rP55RCUB2Duw/E+NBE+Mt
        7D/yQ02fhk3sP+6HxOJhbew/zIZG43WN7D+7obutw63sP8rHnFZMzuw/xek9+hDv7D93ERy9EhDtP4tTL8xSMe0/dNdAXdJS7T/G
        NEWvknTtPzpquwqVlu0/MrcQwtq47T88pgkyZdvtP7KcMMI1/u0/6UlK5U0h7j9lV9AZr0TuP6nCcupaaO4/tlGg7lKM7j/rmxbL
        mLDuP5oqejIu1e4/Vj/35RT67j9g2eu1Th/vPzmgm4LdRO8/LGfuPMNq7z/CDDrnAZHvP7SJGJabt+8/+hRLcZLe7z97q1Va9ALw
        P8TdlVjQFvA/ogX0Zt4q8D96x6PEHz/wPygPGb2VU/A/ts2sqEFo8D+iwEztJH3wP90pN/9AkvA/YHbDYZen8D8B6jioKb3wPz2D
        tHb50vA/k2gfgwjp8D/+UzeWWP/wP/KXqozrFfE/3IRJWMMs8T9SJ08B4kPxPy6Ow6dJW/E/Gwb6hPxy8T9g/i3t/IrxPz2aQVFN
        o/E/YEyhQPC78T9lQFBr6NTxPw7LIaQ47vE/AZ8k4+MH8j8MHEVI7SHyP4m9LB5YPPI/AHVl3SdX8j88pcgvYHLyP7d8QvQEjvI/
        ZKPzQhqq8j+ulrxxpMbyPzywPxmo4/I/erxoGioB8z+bQYukLx/zP6E4Kzy+PfM/4xKHwttc8z/ikf19jnzzPwFTbiPdnPM/eCO5
        4M698z/7aoZoa9/zP3l4iv+6AfQ/B4h+i8Yk9D+mUxWkl0j0P3VkPqY4bfQ/kcMbyrSS9D9c5SE8GLn0P7y98jlw4PQ/UDKkM8sI
        9T9EYEnyODL1P8TEx8TKXPU//XZAtJOI9T8il6bBqLX1Pw/BhC4h5PU/UNR70xYU9j8PGLmHpkX2P5mykJ3wePY/nI6qeRmu9j+Y
        auRLSuX2P3r5ZPOxHvc/YAqjGoZa9z/lR8icBJn3PxF8hkx12vc/ArhCPiwf+D+QzB/GjGf4P0Tz03ANtPg/U0tDYT0F+T94JEa1
        y1v5P6k3ufGRuPk/wJBFF6Mc+j9zybAiYon6P98xb9ykAPs//9UQGuyE+z8f1Zaowxn8P9naHENxxPw/ogtOIFGN/T+NT4oz5YL+
        P5eO3sgJwv8/w3zYW77JAEDszQUUMZ0CQEnpdI9PdBdASmID0fsUF8BwgzdWNDoWQJgfODsvhhXAgxO1Kgr/FED3fxjOU5MUwFof
        qKqTORRALP3BYnbsE8Ath0v9uagTQNT0Vis8bBPAq4BykoM1E0BkzYB7gAMTwCciQaBo1RJAIc/MRKGqEsB2LYZVsYISQMEC3EA4
        XRLA8qo4vOc5EkBVpeRmfxgSwNQueKjJ+BFAZZxwZZnaEcAfr59IyL0RQCYSS3Y1ohHAXWvEi8SHEUDEeEfXXG4RwMbW47noVRFA
        cHtAKVU+EcCDo81JkScRQMWF6xuOERHA/fTtNz78EECGS+SVlecQwO11x16J0xBAvtw5xQ/AEMAHEmzkH60QQAsYB6SxmhDAzY04
        oL2IEEAZ1ioVPXcQwFTYVs0pZhBALIpHEn5VEMAuVRSfNEUQQCyQKZVINRDA8L7jcbUlEECtSbgFdxYQwOPoY2yJBxBAWXGyC9Lx
        D8Ct9aPgJNUPQAqKPQUFuQ/AxIDIjmydD0CyuGvxVYIPwBqEWPi7Zw9AtWHKvplND8B9F5qp6jMPQL9yoGGqGg/AYpSHztQBD0Dv
        3gkSZukOwITvyINa0Q5AHJ9dra65DsACa9dGX6IOQC2kgDNpiw7AnYj7fsl0DkBUUHlafV4OwIJbUBqCSA5AgRe1M9UyDsDg8Jw6
        dB0OQFmA1N9cCA7AnaU674zzDUDTvxVOAt8NwBFamfm6yg1ALD1yBbW2DcBK2YOa7qINQJIlqPVljw3AFwqYZhl8DUAUztpOB2kN
        wIDT0SAuVg1AVy7GXoxDDcBh1RuaIDENQAmafHLpHg3ADzsjleUMDUBJKyK8E/sMwPEBxa1y6QxAYVXvOwHYDMABoYxDvsYMQDrS
        B6yotQzAA//IZr+kDEAgMb5uAZQMwIzL5sdtgwxAxpLqfgNzDMBIpbKowWIMQCIXC2KnUgzAWz9Iz7NCDEBzm/Eb5jIMwORdcXo9
        IwxANLrII7kTDMBzzEdXWAQMQLb6R1oa9QvA1jjud/7lC0AtnOoABNcLwAzwQEsqyAtAC50PsnC5C8CyQFyV1qoLQPUe4llbnAvA
        qIfhaP6NC0Ba3/Qvv38LwDjN4yCdcQtATXt7sZdjC8AyUWhbrlULQJJDD5zgRwvA3DFs9C06C0B6Ze/olSwLwEhOXQEYHwtARYiw
        yLMRC8AVBfzMaAQLQOtdT5829wrAAZub0xzqCkBID5oAG90KwN/Rs78w0ApANSbqrF3DCsANzr9mobYKQGcmJI77qQrAmvBdxmud
        CkCEPvi08ZAKwM2grgGNhApA8tZbVj14CsDg7udeAmwKQAV0N8nbXwrABaUbRclTCkDpEUOEykcKwGZDKjrfOwpAUg8OHAcwCsAU
        i93gQSQKQPAULUGPGArAGVcp9+4MCkBmW4u+YAEKwIKzjFTk9QlAdSTcd3nqCcD6npLoH98JQJn7KGjX0wnAValtuZ/ICUCKFHug
        eL0JwAYdruJhsglAS/ScRlunCcBVjQ6UZJwJQAr+8ZN9kQnATGFWEKaGCUDSCWPU3XsJwMO1T6wkcQlAempdZXpmCcB8K8/N3lsJ
        QJZX47RRUQnAtKjM6tJGCUA6KaxAYjwJwPnAioj/MQlA4URTlaonCcArrcw6Yx0JQP5xlE0pEwnA5A4Zo/wICUCnypQR3f4IwC6K
        CHDK9AhAp/k2lsTqCMCMmp9cy+AIQLtUepze1gjAb66yL/7MCEAmt+PwKcMIwKyaU7thuQhAIZLvaqWvCMBH+Efc9KUIQJhdjOxP
        nAjASMyHebaSCEAJGJ1hKIkIwDR5w4OlfwhAxfGCvy12CMB2G/H0wGwIQMHZrQRfYwjAv0HgzwdaCEC5dzM4u1AIwK3V0x95RwhA
        zO9raUE+CMBK0iH4EzUIQE9BlK/wKwjAohzYc9ciCEAMyXUpyBkIwPigZrXCEAhA3ZgS/cYHCMDb0U3m1P4HQEZMVlfs9QfAUbDR
        Ng3tB0CZFMtrN+QHwDLesN1q2wdA/LRSdKfSB8Ctdd8X7ckHQC9B47A7wQfAoolFKJO4B0DVPUdn868HwLf0gFdcpwdAqB/h4s2e
        B8DMWKrzR5YHQCuxcXTKjQfAYwwdUFWFB0ATieFx6HwHwBflQcWDdAdAkQgNNidsB8DigVyw0mMHQNELkyCGWwfAsC5bc0FTB0AE
        2KWVBEsHwKgDqXTPQgdA72ze/aE6B8CVQwIffDIHQK/qEcZdKgfA88BK4UYiB0Bj7ihfNxoHwNI6Zi4vEgdA9uX4PS4KB8DtkBJ9
        NAIHQMQhH9tB+gbA3rfDR1byBkBsnN2yceoGwIxHgQyU4gZA6lf5RL3aBsAfo8VM7dIGQPo+mhQkywbAyZRejWHDBkB6eCyopbsG
        wKVHT1bwswZA6AtDiUGsBsB8n7MymaQGQI7ae0T3nAbAfsKksFuVBkCOwmRpxo0GwKrdHmE3hgZAUPNhiq5+BsC1/+fXK3cGQGBa
        lTyvbwbAIAp4qzhoBkBYDMcXyGAGwCSn4XRdWQZA3bxOtvhRBsBmKbzPmUoGQFAY/rRAQwbA3mYOWu07BkDzBgyznzQGwHBiOrRX
        LQZAP8gAUhUmBsDf0+mA2B4GQKndojWhFwbAn277ZG8QBkB/s+QDQwkGwIHzcAccAgZATQzTZPr6BcDA7l0R3vMFQAwbhALH7AXA
        fCfXLbXlBUArQgeJqN4FwPe24gmh1wVAunpVpp7QBcBgtmhUockFQIlTQgqpwgXAHowkvrW7BUBkf21mx7QFwHXBlvndrQVAwfU0
        bvmmBcCGZPe6GaAFQB2Vp9Y+mQXA3esouGiSBUBvRXhWl4sFwLeXq6jKhAVAx5PxpQJ+BcBwSZFFP3cFQBvJ6X6AcAXAKs5xScZp
        BUAmZbecEGMFwFOWX3BfXAVAlw8mvLJVBcAv1Nx3Ck8FQGTna5tmSAXAHADRHsdBBUDwNh/6KzsFwFu7fiWVNAVAnIUsmQIuBcDm
        DXpNdCcFQN4BzTrqIAXAXfyeWWQaBUAbQX2i4hMFwLFyCA5lDQVATlP0lOsGBcCKfQcwdgAFQCkkG9gE+gTAJNEahpfzBEDHJQQz
        Lu0EwNOb5tfI5gRAfkjjbWfgBMALnizuCdoEQBIzBlKw0wTASYXEklrNBEDdwcypCMcEwOaKlJC6wARAh8GhQHC6BMD/ToqzKbQE
        QNrs8+LmrQTAS/KTyKenBECwHi9ebKEEwB9nmZ00mwRA8sK1gACVBMB0+3UB0I4EQAp62hmjiATAXxjyw3mCBEDu8dn5U3wEwA80
        vbUxdgRA0vHU8RJwBMB79Weo92kEQOyVytPfYwTArIhebstdBEBtuZJyulcEwDoe49qsUQRAhI7YoaJLBMCwmQjCm0UEQBZfFTaY
        PwTAQWet+Jc5BECCeosEmzMEwN58dlShLQRAQ0dB46onBMCGgcqrtyEEQOR+/KjHGwTARxnN1doVBEDkjD0t8Q8EwKhWWqoKCgRA
        yhA7SCcEBMDAUAICR/4DQIiF3dJp+APAatcEto/yA0B6BrumuOwDwEBLTaDk5gNA9zYTnhPhA8AzlG6bRdsDQC9Iy5N61QPAVDWf
        grLPA0B/HGpj7ckDwBeAtTErxANALYcU6Wu+A8Dm4COFr7gDQLGoiQH2sgPA7kn1WT+tA0DCZR+Ki6cDwLW2yY3aoQNAa/e+YCyc
        A8BfyNL+gJYDQE2V4WPYkAPA1XzQizKLA0CHNo1yj4UDwCP7DRTvfwNATmtRbFF6A8BheF53tnQDQDlMRDEebwPARDIalohpA0Dx
        f/+h9WMDwLh+G1FlXgNA8FSdn9dYA8C38LuJTFMDQCXxtQvETQPARZHRIT5IA0Amk1zIukIDwI4qrPs5PQNAtegcuLs3A8CcpxL6
        PzIDQDd2+L3GLAPAZoRAAFAnA0D4D2S92yEDwJVQ4/FpHANArmVFmvoWA8DZQhizjREDQPCd8DgjDAPAe9xpKLsGA0CuASZ+VQED
        wOCczTby+wJA77cPT5H2AsBWxaHDMvECQA2QP5HW6wLAASqrtHzmAkCV26wqJeECwCwTE/DP2wJA6lSyAX3WAsAGK2VcLNECQEwV
        DP3dywLACnqN4JHGAkC8ltUDSMECwDdw1mMAvAJAMsSH/bq2AsBc+ubNd7ECQHsV99E2rALAG6XABvimAkBjt1Fpu6ECwIvKvfaA
        nAJAvb8drEiXAsBhzI+GEpICQDptN4PejALA0lg9n6yHAkDncc/XfIICwPe6ICpPfQJAiEhpkyN4AsAfNeYQ+nICQEWU2Z/SbQLA
        NGaKPa1oAkBDi0TniWMCwDW4WJpoXgJA02kcVElZAsBG2ekRLFQCQEbwH9EQTwLApT0ij/dJAkCt6VhJ4EQCwO+qMP3KPwJANbsa
        qLc6AsBEzIxHpjUCQAn9ANmWMALA/c71WYkrAkAxG+7HfSYCwPgHcSB0IQJAjP4JYWwcAsCjoEiHZhcCQIO+wJBiEgLAmEwKe2AN
        AkDlWcFDYAgCwBQGhuhhAwJAtnf8ZmX+AcCy0sy8avkBQPAuo+dx9AHA3o4v5XrvAUAv1iWzheoBwLfAPU+S5QFAbdkyt6DgAcBv
        ccTosNsBQFOXteHC1gHA/g3Nn9bRAUCFRNUg7MwBwFVNnGIDyAFA1NXzYhzDAcAGHrEfN74BQEzwrJZTuQHAKJnDxXG0AUBy39Sq
        ka8BwN77w0OzqgFAjJF3jtalAcANptmI+6ABQKKZ1zAinAHAnx9ihEqXAUDTNm2BdJIBwDsi8CWgjQFAcGHlb82IAcBRqUpd/IMB
        QB7dIOwsfwHA0QZsGl96AUB6UDPmknUBwP78gE3IcAFAaWFiTv9rAcC43efmN2cBQHPWJBVyYgHA1a0v161dAUAMvSEr61gBwOxN
        Fw8qVAFAH5QvgWpPAcAbp4x/rEoBQIV7UwjwRQHA3NyrGTVBAUCQZ8CxezwBwJOCvs7DNwFAYlnWbg0zAcDf1TqQWC4BQKGaITGl
        KQHAx/zCT/MkAUA3/lnqQiABwO9HJP+TGwFAPCRijOYWAcAOeVaQOhIBQFbCRgmQDQHAmgx79eYIAUBn7z1TPwQBwN+H3CCZ/wBA
        XnOmXPT6AMAwyu0EUfYAQEAaBxiv8QDA/2FJlA7tAEATCw54b+gAwFflsMHR4wBAvSGQbzXfAMBwTQyAmtoAQK1MiPEA1gDACVZp
        wmjRAEB77Rbx0cwAwJvf+ns8yABA4TyBYajDAMDdVBigFb8AQKyxMDaEugDAQxM9IvS1AEDVarJiZbEAwHPWB/bXrABAZJy22kuo
        AMDTJjoPwaMAQFv/D5I3nwDAwcq3Ya+aAEB8RLN8KJYAwKE6huGikQBAg4m2jh6NAMCjF8yCm4gAQHHRULwZhADAM6XQOZl/AEAd
        f9n5GXsAwApF+/qbdgBAqtLHOx9yAMCP9dK6o20AQDZpsnYpaQDAFdP9bbBkAEACv06fOGAAwB6bQAnCWwBAOLRwqkxXAMAdMn6B
        2FIAQMITCo1lTgDAuSu3y/NJAECBHCo8g0UAwPJUCd0TQQBAuQz9rKU8AMC7QK+qODgAQLqvy9TMMwDAsNb/KWIvAECT7fqo+CoA
        wMjjbVCQJgBA5lwLHykiAMA4rYcTwx0AQKjWmCxeGQDAP4X2aPoUAEATDFrHlxAAwPFhfkY2DABATB4g5dUHAMD2df2hdgMAQClw
        rPcw/v+/FJbX4nb1/z+bUgIDv+z/v/G8tVUJ5P8/ZAh+2FXb/7+MfuqIpNL/Pyl5jWT1yf+/Y1z8aEjB/z//kM+Tnbj/v5N+ouL0
        r/8/woUTU06n/7+u+sPiqZ7/P0EfWI8Hlv+/px13VmeN/z/KAss1yYT/v/C4ACstfP8/FgLIM5Nz/7/PctNN+2r/P+Zs2HZlYv+/
        6BmPrNFZ/z8hZrLsP1H/v077/zSwSP8/iDs4gyJA/78hPB7Vljf/P5fAdygNL/+/nDUNe4Um/z8MrKnK/x3/vxfUGhV8Ff8/UPgw
        WPoM/7/j+L6RegT/P6xGmr/8+/6/oN6a34Dz/j//RJvvBuv+v46AeO2O4v4/HhYS1xja/r/0A0qqpNH+PwG9BGUyyf6/nyQpBcLA
        /j/siaCIU7j+v2+jVu3mr/4/loo5MXyn/r9ztzlSE5/+P178SU6slv6/l4FfI0eO/j8LwXHP44X+vy+CelCCff4/tNV1pCJ1/r9g
        EWLJxGz+PwLMP71oZP6/QdkRfg5c/j+bRd0JtlP+v2tSqV5fS/4/0nF/egpD/r/LQmtbtzr+Pz2Nev9lMv6/Ij69ZBYq/j+gY0WJ
        yCH+vx4pJ2t8Gf4/ntN4CDIR/r/pvVJf6Qj+P8dUz22iAP6/PxMLMl34/T8VfySqGfD9v/AkPNTX5/0/25R0rpff/b+jXvI2Wdf9
        PzgO3Gscz/2/QShaS+HG/T9/JpfTp779v190vwJwtv0/d2sB1zmu/b8rUI1OBab9P0ZOlWfSnf2/dXVNIKGV/T8ltut2cY39vwve
        p2lDhf0/4pS79hZ9/b8hWWIc7HT9P8R82djCbP2/ECJgKptk/T9UODcPdVz9v954oYVQVP0/qWPjiy1M/b9cPEMgDET9PykHCUHs
        O/2/vIV+7M0z/T8aNO8gsSv9v7BFqNyVI/0/UqL4HXwb/b8j4zDjYxP9P8JPoypNC/2/O9uj8jcD/T8uIYg5JPv8v+Vip/0R8/w/
        d4RaPQHr/L/jCfz28eL8PzsU6Cjk2vy/61580dfS/D/QPBjvzMr8v4SVHIDDwvw/m+Lrgru6/L/sLOr1tLL8P80Jfdevqvy/apgL
        Jqyi/D8qf/7fqZr8v+3ovwOpkvw/cIK7j6mK/L/Id16Cq4L8P6ZxF9quevy/3ZJWlbNy/D/RdY2yuWr8v90pLzDBYvw/2TCwDMpa
        /L+gfIZG1FL8P4tsKdzfSvy/68oRzOxC/D+7yrkU+zr8vxIFnbQKM/w/tnY4qhsr/L/VfQr0LSP8P4XXkpBBG/y/dJ1SflYT/D+I
        Q8y7bAv8v5aVg0eEA/w//rT9H537+792FsFDt/P7P6l/VbHS6/u//QREZ+/j+z9fBxdkDdz7v+0xWqYs1Ps/0HeaLE3M+78DEmb1
        bsT7PxV9TP+RvPu/E3feSLa0+z9H/a3Q26z7vyNKTpUCpfs/HdNTlSqd+798RlTPU5X7P2CJ5kF+jfu/j7Wi66mF+z9jFyLL1n37
        v9Ir/94Edvs/QZ7VJTRu+7+VRkKeZGb7Pxsn40aWXvu/kWpXHslW+z8mYj8j/U77v3mDPFQyR/s/oWbxr2g/+785xAE1oDf7P3lz
        EuLYL/u/N2jJtRIo+z8Asc2uTSD7vz51x8uJGPs/PfNfC8cQ+79TfkFsBQn7PxB9F+1EAfu/QmeOjIX5+j88xFNJx/H6v+woFiIK
        6vo/DzaFFU7i+r9hllEik9r6P9b8LEfZ0vq/wSLKgiDL+j8ZxtzTaMP6v7OnGTmyu/o/g4k2sfyz+r/OLOo6SKz6P4NQ7NSUpPq/
        ca/1feKc+j+f/r80MZX6v4rrBfiAjfo/ehqDxtGF+r/aJPSeI376P36XFoB2dvq/B/GoaMpu+j80oGpXH2f6vzwCHEt1X/o/PGF+
        QsxX+r+D8lM8JFD6P/7UXzd9SPq/pA9mMtdA+j/SjyssMjn6v8EndiOOMfo/64wMF+sp+r97VrYFSSL6P8X7O+6nGvq/tNJmzwcT
        +j87DgGoaAv6v+G81XbKA/o/IMewOi38+b/77V7ykPT5P3DJrZz17Pm//sZrOFvl+T8lKGjEwd35v+sAcz8p1vk/ajZdqJHO+b9X
        ffj9+sb5P49YFz9lv/m/nBeNatC3+T9X1S1/PLD5v2d2znupqPk/5qdEXxeh+b/q3WYohpn5PyZSDNb1kfm/gwINZ2aK+T+5r0Ha
        14L5v+nbgy5Ke/k/S8mtYr1z+b/CeJp1MWz5P4ioJWamZPm/0dIrMxxd+T9yLIrbklX5v4qjHl4KTvk/Lt7HuYJG+b8XOWXt+z75
        P03G1vd1N/m/4kv91/Av+T+RQrqMbCj5v4XU7xTpIPk/BdyAb2YZ+b8v4lCb5BH5P6sdRJdjCvm/bnE/YuMC+T90ayj7Y/v4v3RD
        5WDl8/g/s9lckmfs+L+0tXaO6uT4PwMFG1Ru3fi/9Zky4vLV+D926qY3eM74v8IOYlP+xvg/QcBONIW/+L9AWFjZDLj4P8nOakGV
        sPi/ablyax6p+D8FSl1WqKH4v6dNGAEzmvg/SyuSar6S+L+/4rmRSov4P20Lf3XXg/i/N9PRFGV8+D9H/aJu83T4v/Pg44GCbfg/
        j2iGTRJm+L9NEH3Qol74PxDlugk0V/i/W4Mz+MVP+D8lFtuaWEj4v79VpvDrQPg/sYaK+H85+L+ieH2xFDL4PzqFdRqqKvi/B49p
        MkAj+D9xAFH41hv4v4nKI2tuFPg/DmTaiQYN+L9ByG1TnwX4P+d118Y4/ve/IW4R49L29z9lMxanbe/3v3XI4BEJ6Pc/Pq9sIqXg
        97/U57XXQdn3P2zvuDDf0fe/Pr9yLH3K9z+Ky+DJG8P3v4gCAQi7u/c/X8vR5Vq0978aBVJi+6z3P64FgXycpfe/5JheMz6e9z9i
        /+qF4Jb3v57tJnODj/c/34oT+iaI979AcLIZy4D3P6enBdFvefe/y6oPHxVy9z82YtMCu2r3v0UkVHthY/c/KbSVhwhc97/vQJwm
        sFT3P4lkbFdYTfe/ySILGQFG9z9x6H1qqj73vzqKykpUN/c/10P3uP4v978Itwq0qSj3P5nqCztVIfe/d0kCTQEa9z+7ofXorRL3
        v60j7g1bC/c/42D0uggE979CSxHvtvz2Pw00Tqll9fa/A8u06BTu9j9fHU+sxOb2v/qUJ/N03/Y/T/dIvCXY9r+WZL4G19D2P9pW
        k9GIyfa/BqHTGzvC9j8Gbovk7br2v9I/xyqhs/Y/iO6T7VSs9r+Op/4rCaX2P5bsFOW9nfa/0JLkF3OW9j/rwXvDKI/2v0Lz6Obe
        h/Y/8vA6gZWA9r/t1ICRTHn2PyQIyhYEcva/mUEmELxq9j+FhaV8dGP2v3IkWFstXPY/V7pOq+ZU9r+/LZproE32P+SuS5taRva/
        zbZ0ORU/9j94BidF0Df2v/WldL2LMPY/h+NvoUcp9r/PUivwAyL2P+XLuajAGva/iGouyn0T9j80jZxTOwz2v1bUF0T5BPY/ZCG0
        mrf99b8QloVWdvb1P2KToHY17/W/6rgZ+vTn9T/f4wXgtOD1v0sueid12fU/Me6LzzXS9b+/tFDX9sr1P2hN3j24w/W/F71KAnq8
        9T9bQawjPLX1v41PGaH+rfU//JOoecGm9b8Y8XCshJ/1P6N+iThImPW/0IgJHQyR9T+EjwhZ0In1v29FnuuUgvU/Q4/i01l79b/j
        gu0QH3T1P45m16HkbPW/C7C4hapl9T/eA6q7cF71v280xEI3V/U/RUEgGv5P9b8nVtdAxUj1P1rKAraMQfW/xR+8eFQ69T8tAh2I
        HDP1v11GP+PkK/U/Wuk8ia0k9b+WDzB5dh31PyMEM7I/FvW/3TdgMwkP9T+nQNL70gf1v5PYowqdAPU/IN3vXmf59L9fTtH3MfL0
        PzJOY9T86vS/fB/B88fj9D9SJQZVk9z0vy7iTfde1fQ/KPez2SrO9L8lI1T79sb0PxBCSlvDv/S/B0yy+I+49D+bVKjSXLH0v/iJ
        SOgpqvQ/IjSvOPei9L8otPjCxJv0P1uDQYaSlPS/ezKmgWCN9D/9aEO0Lob0vyvkNR39fvQ/bXaau8t39L9xBo6OmnD0P2uOLZVp
        afS/QxuWzjhi9D/My+Q5CFv0vwLQNtbXU/Q/NGipoqdM9L9E5Fmed0X0P9iiZchHPvS/kBDqHxg39D9BpwSk6C/0vyXt0lO5KPQ/
        GHRyLooh9L/E2AAzWxr0P+TBm2AsE/S/cN9gtv0L9D/a6W0zzwT0v0Ch4Nag/fM/pczWn3L2878jOW6NRO/zPye5xJ4W6PO/oyP4
        0ujg8z9GUyYpu9nzv68lbaCN0vM/pnrqN2DL879SM7zuMsTzP20xAMQFvfO/elbUtti18z/3glbGq67zv56VpPF+p/M/jGrcN1Kg
        87+A2huYJZnzPwu6gBH5kfO/xdgoo8yK8z+KADJMoIPzv6H0uQt0fPM/+3De4Ed1879lKb3KG27zP7fIc8jvZvO/EfAf2cNf8z8F
        Nt/7l1jzv9Ulzy9sUfM/mz4NdEBK87+F8rbHFEPzPwem6SnpO/O/B6/Cmb008z8WVF8Wki3zv6PL3J5mJvM/KTtYMjsf879ftu7P
        DxjzP3A+vXbkEPO/KsHgJbkJ8z8rGHbcjQLzvxYImpli+/I/wD9pXDf08r9nVwAkDO3yP9bPe+/g5fK/oRH4vbXe8j9KbJGOitfy
        v3gVZGBf0PI/HyiMMjTJ8r+xoyUECcLyP0prTNTduvK/40QcorKz8j932LBsh6zyvzSvJTNcpfI/pzKW9DCe8r/pqx2wBZfyP8dC
        12Taj/K/7/zdEa+I8j8cvUy2g4HyvzxCPlFYevI/oSbN4Sxz8r8h3xNnAWzyP0e6LODVZPK/dt8xTKpd8j8UTj2qflbyv7DcaPlS
        T/I/KDjOOCdI8r/U4oZn+0DyP6UzrITPOfK/UVVXj6My8j91RaGGdyvyv7bTomlLJPI/66B0Nx8d8r8/Hi/v8hXyP06M6o/GDvK/
        AAAAAAAAAAAAAAAAAAAAgAAAAAAAAPB/AAAAAAAA8P8AAAAAAAD4/wAAAAAAAPj/AAAAAAAA+P8AAAAAAAD4/wAAAAAAAPh/AAAA
        AAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIBJ6XSPT3QXQEnpdI9PdBfAAAAAAAAA+P8=
        """)

    /// `lax.erf` on float64, grid `ReferenceGrid.erfF64`.
    static let erfF64 = ReferenceTable(
        count: 1016, inputHash: 0xD03858C00246621A,
        outputs: """
        AAAAAAAAAAD8qAwSjvkigIq21tNE5UMAGcSglfvQZICo0WpXsryFADffNBlpqKaAxez+2h+UxwBU+sic1n/ogOMHk16NawkBchVd
        IERXKoEAIyfi+kJLAY8w8aOxLmyBHj67ZWgajQGsS4UnHwaugTtZT+nV8c4BymYZq4zd74EsunG2oWQQAvTAVhd92jCCu8c7eFhQ
        UQKCziDZM8ZxgiYPySNHapICtRyT5f1Vs4JEKl2ntEHUAtI3J2lrLfWCYUXxKiIZFgPwUrvs2AQ3g35gha6P8FcDDW5PcEbceIOc
        exky/ceZAyqJ4/Ozs7qDuZattWqf2wNIpHd3IYv8g9axQTnYdh0EZb8L+45iPoT0zNW8RU5fBEHtTz/+HICECfQ0oNmSoATQ+hkB
        tQjBhJcB/2GQfuEEXwjkwmv0AYXfgk/3tsYiBW6QGbltskOF/J3jeiSeZAWLq60824mFhRq5d/6RdaYFqMZBwEhhx4U31AuC/0zo
        Bcbh1UO2OAmGVe+fBW0kKgbj/GnHIxBLhnIKNIna+2sGARj+SpHnjIaQJcgMSNOtBh4zks7+vs6GrUBckLWq7wYeJxMpNksQh+Ut
        +IkRwTAHrDTd6uw2UYd0O8JLyKxxBwnpCwlwN5KHmPbVyiYjswcnBKCM3Q7Uh7URak6U+vQHRB80EEvmFYjTLP7RAdI2CGI6yJO4
        vVeI8EeSVW+peAh/VVwXJpWZiA5jJtncgLoInHDwmpNs24grfrpcSlj8CLqLhB4BRB2JSJlO4LcvPgnXphiibhtfiTNa8bGSA4AJ
        +mDWEm55oInCZ7tzSe/ACYluoNQkZeGJUHWFNQDbAQrCXJLc35MiilFqXJ6Wf0MK4HcmYE1rZIpuhfAhBFeFCv2SuuO6QqaKjKCE
        pXEuxwoark5nKBroiqm7GCnfBQkLOMni6pXxKYvG1qysTN1KC1Xkdm4DyWuL5PFAMLq0jAtz/wrycKCtiwEN1bMnjM4LkBqfdd53
        74sPlLSbyjEQDNeamfylpzCMnqF+XYEdUQxlqGO+XJNxjC2vSB84CZIMe9AYsE/wsowK3uJxBtzTDJjrrDO9x/SMJ/l29XOzFQ22
        BkG3Kp82jUUUC3nhilcN0yHVOph2eI1iL5/8TmKZDfE8ab4FTrqNgEozgLw52w0OWP1BcyX8jZ1lxwMqER0OLHORxeD8PY66gFuH
        l+heDkmOJUlO1H+O7M13hQJgoA6z1Fzm3dXAjnvbQUe5S+EOQuImqJTBAY+lNtXBCGEiDzREn4O/TEOPw1FpRXY4ZA9SXzMHLSSF
        j+Bs/cjjD6YPb3rHipr7xo/+h5FMUefnD4yVWw4I0wiQG6Ml0L6+KRCqsO+RdapKkDi+uVMslmsQx8uDFeOBjJBW2U3XmW2tEOTm
        F5lQWc6Qc/ThWgdF7xABAVYOXxgQkcgHO286jjARkA4g0BUEUZFXFQUx8XlxER4c6pHM75GRXqpblXi9shHttyVXL6nTkXzF7xjm
        lPQRCtO52pyAFZKZ4IOcU2w2EijuTV4KWFeStvsXIMFDeBJFCeLhdy+ZktQWrKMuG7oSYyR2ZeUG25LxMUAnnPL7EoA/CulS3hyT
        D03UqgnKPROeWp5swLVekyxoaC53oX8T3ToZ+JZGoJOlQf5YcrzAE2xI47lNMuGTNE/IGimoARSIEBinMS4ilBce4mjoGUMUpius
        Kp8FZJQ1OXbsVfGEFMNGQK4M3aWUUlQKcMPIxhThYdQxerTnlHBvnvMwoAgV/nxoteeLKZWNijJ3nndKFRyY/DhVY2uVqqXG+gtP
        jBU5s5C8wjqtlcjAWn55Js4VVs4kQDAS75Xl2+4B5/0PFrp03OHOdDCWgXvBQqrqUBZJgqajhWBxlhCJiwRh1pEWQoSeeqGKspbQ
        kWg8WHbTFl+fMv4OYvSW7qz8v8VNFRd8usaBfDk2lwvIkEMzJVcXmtVaBeoQeJco4yTHoPyYF7fw7ohX6LmXRv64Sg7U2hfUC4MM
        xb/7l2MZTc57qxwY8iYXkDKXPZiBNOFR6YJeGA9CqxOgbn+Yz6e6aistoBiWrp/LBqPAmF61hCziGOEYJbxpjb2OAZnswk7umAQi
        Gfr3JE4R50KZiQXvD8jSYxkYE7nRfr6EmaYgg5M1qqUZNS5NVeyVxpnEOxcXo4HnGVNJ4dhZbQia4VarmhBZKRpwZHVcx0RKmv9x
        Px5+MGsajn8J4DQcjJocjdOh6wetGquanWOi882aOqhnJVnf7hrItTHnD8sPm6zhfVRjWzAbc+hitT7RUJs670cWGkdxGwL2LHf1
        vJGbJV7hX8pXshuza6shgUPTm0J5deM3L/Qb0YY/pe4aFZxglAlnpQY2HO6h0yhc8lacfa+d6hLedxwMvWesycmYnJrKMW6Atbkc
        Kdj7Lzeh2py45cXx7Yz7HEbzj7OkeByd1QBadVtkPR1kDiQ3ElBenfIb7vjIO38dwRRc3b8ToJ2IG0E+m4nAHU8iJp92/+CdFykL
        AFJ1AR7eL/BgLeshnt7RZzM6tEIebN8x9fCfY5777Pu2p4uEHor6xXhed6WeGAiQOhVjxh6nFVr8y07nnjYjJL6COggfxDDufzkm
        KZ9TPrhB8BFKH+JLggOn/WqfcVlMxV3pix//ZhaHFNWsn4504EjLwM0fHYKqCoKs7p+sj3TMOJgPIJ1OH8f3QTCgZFUEKNO3UCAs
        XOmIri1xoPNizumJo5EgCDgkRfMksqCXRe4GqhDTICVTuMhg/POgtGCCihfoFCFDbkxMztM1odF7Fg6Fv1YhYIngzzurd6HvlqqR
        8paYIX6kdFOpgrmhDLI+FWBu2iGbvwjXFlr7oSrN0pjNRRwiuNqcWoQxPaJH6GYcOx1eItb1MN7xCH+iZAP7n6j0nyJ6iOKwL3DA
        okGPxxEL5uAiCJascuZbAaPQnJHTwdEhI8GrqhhjgUKjULl02hltYyPexj6c0FiEo23UCF6HRKUj/OHSHz4wxqOK75zh9BvnIxn9
        ZqOrBwikqAoxZWLzKCQ2GPsmGd9JpMUlxejPymokVDOPqoa2i6TiQFlsPaKsJHFOIy70jc2kAFzt76p57iSPabexYWUPpY+7wDmM
        KDAlVsKlmmeeUKUdyYr7QhRxJeXPb1weipGlrNZUvfn/sSV6HzHs0t3SpQgt+62JyfMllzrFb0C1FKYmSI8x96A1JrRVWfOtjFam
        Q2MjtWR4dybScO12G2SYpmF+tzjST7km74uB+og72qZ+mUu8Pyf7Jg2nFX72EhynnLTfP63+PCcqwqkBZOpdp7nPc8Ma1n4nSN09
        hdHBn6dr9YMjxFbAJzL8aISfzOCn+gJO5XpCASjBCTNGVrghqKSF7f2LTkIoM5O3v0I6Y6jBoIGB+SWEKFCuS0OwEaWo37sVBWf9
        xShuyd/GHenmqPzWqYjU1Acpi+RzSovAKKka8j0MQqxJKaj/B874l2qpNw3Sj6+DiynGGpxRZm+sqVQoZhMdW80p4zUw1dNG7qly
        Q/qWijIPKoAoYqwgDzCqSC9HDfyEUCoPNixu1/pwqtY8Ec+ycJEqnkP2L47msapd+XPR+6rSKuwGPpOylvOqehQIVWmCFCsJItIW
        IG41q5gvnNjWWVYrJj1mmo1Fd6u1SjBcRDGYK0RY+h37HLmr0mXE37EI2ithc46haPT6q/CAWGMf4Bssf44iJdbLPKwNnOzmjLdd
        LJyptqhDo36sK7eAavqOnyxdYiWWWD3ArCRpCvczs+As62/vVw8pAa2zdtS46p4hLYdfMOO0G0KtFm36pGsHYy2lesRmIvODrTOI
        jijZ3qQtwpVY6o/Kxa1RoyKsRrbmLd+w7G39oQeubr62L7SNKC79y4DxanlJrozZSrMhZWouGucUddhQi66p9N42jzysLjgCqfhF
        KM2uxg9zuvwT7i5VHT18s/8Or+QqBz5q6y8vOZzof5BrUK8Bo83ga+FwL8ipskFHV5Gvj7CXoiLNsS9A07a2JHjSr8/ggHjbY/Mv
        Xu5KOpJPFLDs+xT8SDs1MHsJ373/JlawChepf7YSdzCYJHNBbf6XsCcyPQMk6rgwtj8HxdrV2bBETdGGkcH6MNNam0hIrRuxYmhl
        Cv+YPDHwdS/MtYRdsX+D+Y1scH4xDpHDTyNcn7FOz8YI7SPAMRbWq2nImeCx3dyQyqMPATKk43Urf4UhsmzqWoxa+0Ey+UY9ipTU
        YrKIVAdMS8CDMhZi0Q0CrKSypW+bz7iXxTI0fWWRb4PmssOKL1MmbwczUZj5FN1aKLPgpcPWk0ZJM2+zjZhKMmqz/cBXWgEeizOM
        ziEcuAmssxvc691u9cwzqum1nyXh7bM4939h3MwONMcESiOTuC+0KwmK8iRSUDTyD29TAMhwtLoWVLTbPZE0gR05FbezsbQjrfmb
        TUXSNLK6w10EMfO0QciNH7scFDXP1VfhcQg1tV7jIaMo9FU17fDrZN/fdrV8/rUmlsuXNQoMgOhMt7i1mRlKqgOj2TUoJxRsuo76
        tbY03i1xehs2RUKo7ydmPLbUT3Kx3lFdNmJdPHOVPX628WoGNUwpnzZAPGh7gQrAtgdDTdxcgOA2z0kyPTj2ALeWUBeeE2whN11X
        /P7u4UG33CCAb72hYjdrLkoxdI2Dt/o7FPMqeaQ3iEnetOFkxbcXV6h2mFDmN6ZkcjhPPAe4NHI8+gUoKDjDfwa8vBNJuFKN0H1z
        /2k44ZqaPyrrirhvqGQB4darOP61LsOXwsy4jcP4hE6u7Tgb0cJGBZoOuarejAi8hS85HHYrZbk4ULnkfBDGlK5wOauD9SZwJJG5
        corah0uasTkGhzyBdhLSuZWUBkMt/vI5JKLQBOTpE7qzr5rGmtU0OkG9ZIhRwVW60MouSgitdjpf2PgLv5iXuu3lws11hLg6fPOM
        jyxw2boLAVdR41v6OpoOIROaRxu7KBzr1FAzPDu3KbWWBx9du0Y3f1i+Cn471ERJGnX2nrtjUhPcK+K/O/mv7k7xZuC7wLbTr8zc
        ADyIvbgQqFIhvE/EnXGDyEE8v/rCVOZuYrxOCI0WnVqDPN0VV9hTRqS8bCMhmgoyxTz6MOtbwR3mvIk+tR14CQc9GEx/3y71J72m
        WUmh5eBIPTVnE2OczGm9xHTdJFO4ij1SgqfmCaSrveGPcajAj8w9cJ07and77b3+qgUsLmcOPo24z+3kUi++DuPM100fUD7R6bE4
        KZVwvkzwlpkEC5E+6PF7+t+Asb5Rn2Bbu/bRPnykQihWy/K+wRmW6Qy3Ez/C++Ciw6I0v0l0wMl5jlU/pfRqkiV6dr8+8YpeFmWX
        P8XGDGvxQri/QsHwvp0/2D8pfyTesLTuvwAAAAAAAPC/AAAAAAAA8L8AAAAAAADwv////////++/////////77/////////vv///
        /////++//v//////77/+///////vv/3//////++//P//////77/7///////vv/n//////++/9///////77/0///////vv/D/////
        /++/6///////77/l///////vv93//////++/0v//////77/D///////vv7H//////++/mf//////7795///////vv1D//////++/
        G///////77/W/v/////vv37+/////++/C/7/////7793/f/////vv7j8/////++/wvv/////77+G+v/////vv+/4/////++/5vb/
        ////779J9P/////vv/Lw/////++/rOz/////77825//////vvz/g/////++/Xtf/////778RzP/////vv7O9/////++/dKv/////
        779OlP/////vv/p2/////++/21H/////77/vIv/////vv67n/v///++/85z+////77/NPv7////vv1TI/f///++/bDP9////7796
        ePz////vvwyO+////++/Z2j6////778G+fj////vv+ot9////++/1fD0////779OJvL////vv3Ws7v///++/ilnq////778w+uT/
        ///vv0VP3v///++/SwvW////778/z8v////vv8gmv////++/nIOv////77/lN5z////vv45vhP///++/JChn////778VJ0P////v
        v/ztFv///++/jqzg/v//77++L57+///vv5fNTP7//++/IE3p/f//77+QyW/9///vvwaQ2/z//++/svYm/P//779DLEv7///vv0f+
        P/r//++/yJT7+P//779eIXL3///vv3V/lfX//++/OcNU8///779FtJvw///vv5QwUu3//++/y3Nb6f//7788PpXk///vv2PW1t7/
        /++/w97v1///778Z+abP///vv/QuuMX//++/WhbTuf//778OqJir///vv1e7mJr//++/lhlPhv//77/7GSBu///vv56zVFH//++/
        vPEVL///779Ps2cG///vvw6cItb+/++/sRntnP7/77+QXDNZ/v/vv5QeHgn+/++/7w6Iqv3/77/zs/E6/f/vvwiPc7f8/++/Xkiu
        HPz/77+cobhm+//vv0jnCpH6/++/yJBnlvn/778ntsBw+P/vv2H5GRn3/++/33Zmh/X/77+dRWKy8//vv+sDZ4/x/++/veA6Eu//
        778rhNks7P/vvykrNs/o/++/QDv25uT/77+1giNf4P/vv5BI1R/b/++/4z3PDdX/778BTxUKzv/vv8c/c/HF/++/6en2m7z/77+D
        31vcsf/vv98eZ3+l/++/8W4xS5f/778x5l7+hv/vvwkIQk90/++/Y8/o6l7/77856BF0Rv/vv6ZFCIIq/++/Mi9jnwr/7784zqhI
        5v7vv6800eq8/u+/+Min4Y3+77939wh2WP7vvx0D+tsb/u+/1cmYMNf9778sUuF3if3vv1X8Rpox/e+/HjsfYs7877++ydt4Xvzv
        v1dqEmTg+++/QldQglL77790t7cHs/rvv9mUZfr/+e+/bQufLjf577+NqcRCVvjvv8RFC5ta9++/WOX5XEH277/zsKxqB/Xvv7Vi
        3V2p8++/7BKygiPy778Yz1PScfDvv335Tu2P7u+/rw7AFXns778IGlApKOrvv1DZBJuX5++/8FLpbMHk778GcJQpn+Hvv7UDlN0p
        3u+/TIrDEFra778K1Ja/J9bvv9G+YVSK0e+/qxanoHjM779YrHnW6Mbvv4qp+4HQwO+/SiEJgyS6778HzhsH2bLvvwvbdoPhqu+/
        0HmqrzCi77/J2X+AuJjvvy7fXiNqju+/Xag/+jWD779IjTqYC3fvv2zGyb7Zae+/gEzQW45b77+/xHmIFkzvvzFrB4leO++/oeGd
        zVEp77+rkyf02hXvv0b7XsvjAO+/4HoTV1Xq7r/Vt7rVF9Luv4tfX8cSuO6/fAn99Syc7r8nd1d/TH7uv/jHWeBWXu6/TlIIAjE8
        7r9rtA1IvxfuvzhZ6aDl8O2/fR/Dl4fH7b+CEOVniJvtv4kg2RHLbO2/GNQlcjI77b8PXaFZoQbtv81XT6f6zuy/C8m5YyGU7L9i
        X7Ld+FXsv2FPZchkFOy/YW6jWknP67+tf0Vvi4brvysCh6YQOuu/wzsziL/p6r8pzXumf5Xqv3POTME5Peq/aFzv6dfg6b/nosim
        RYDpv6TaABdwG+m/RmrbFUay6L+pbYdduETov85ZLqm50ue/71EF1j5c578xECUDP+Hmvx8K7K+zYea/6rqu2Jjd5b9fwHoR7VTl
        v/C9sp6xx+S/ocVKi+o15L8eWW+8np/jv9/sYwLYBOO/wzFpJqNl4r8rQ3/1D8Lhv+4q3EcxGuG/vPLzBB1u4L8fWOlH2Hvfv7bU
        PFF1E96/iinKOE+j3L8UUqAHqivbv1P2JaDPrNm/PD+9mQ8n2L+O4eoUv5rWvwzqHYg4CNW/IINDhdtv07/ye194DNLRv8Orb180
        L9C/TYHa94APzb+3/Zb8Q7jJv5GdvlebWca/YylM/3b0wr+2SrIZmRO/v2mhf9ssNbi/zDFsGKZPsb8ZKFLKD8qkv/YWg6DOuou/
        9haDoM66iz8ZKFLKD8qkP8wxbBimT7E/aaF/2yw1uD+2SrIZmRO/P2MpTP929MI/kZ2+V5tZxj+3/Zb8Q7jJP02B2veAD80/w6tv
        XzQv0D/ye194DNLRPyCDQ4Xbb9M/DOodiDgI1T+O4eoUv5rWPzw/vZkPJ9g/U/YloM+s2T8UUqAHqivbP4opyjhPo9w/ttQ8UXUT
        3j8fWOlH2HvfP7zy8wQdbuA/7ircRzEa4T8rQ3/1D8LhP8MxaSajZeI/3+xjAtgE4z8eWW+8np/jP6HFSovqNeQ/8L2ynrHH5D9f
        wHoR7VTlP+q6rtiY3eU/Hwrsr7Nh5j8xECUDP+HmP+9RBdY+XOc/zlkuqbnS5z+pbYdduEToP0Zq2xVGsug/pNoAF3Ab6T/nosim
        RYDpP2hc7+nX4Ok/c85MwTk96j8pzXumf5XqP8M7M4i/6eo/KwKHphA66z+tf0Vvi4brP2Fuo1pJz+s/YU9lyGQU7D9iX7Ld+FXs
        PwvJuWMhlOw/zVdPp/rO7D8PXaFZoQbtPxjUJXIyO+0/iSDZEcts7T+CEOVniJvtP30fw5eHx+0/OFnpoOXw7T9rtA1IvxfuP05S
        CAIxPO4/+MdZ4FZe7j8nd1d/TH7uP3wJ/fUsnO4/i19fxxK47j/Vt7rVF9LuP+B6E1dV6u4/Rvtey+MA7z+rkyf02hXvP6Hhnc1R
        Ke8/MWsHiV477z+/xHmIFkzvP4BM0FuOW+8/bMbJvtlp7z9IjTqYC3fvP12oP/o1g+8/Lt9eI2qO7z/J2X+AuJjvP9B5qq8wou8/
        C9t2g+Gq7z8HzhsH2bLvP0ohCYMkuu8/iqn7gdDA7z9YrHnW6MbvP6sWp6B4zO8/0b5hVIrR7z8K1Ja/J9bvP0yKwxBa2u8/tQOU
        3Sne7z8GcJQpn+HvP/BS6WzB5O8/UNkEm5fn7z8IGlApKOrvP68OwBV57O8/fflO7Y/u7z8Yz1PScfDvP+wSsoIj8u8/tWLdXanz
        7z/zsKxqB/XvP1jl+VxB9u8/xEULm1r37z+NqcRCVvjvP20Lny43+e8/2ZRl+v/57z90t7cHs/rvP0JXUIJS++8/V2oSZOD77z++
        ydt4XvzvPx47H2LO/O8/VfxGmjH97z8sUuF3if3vP9XJmDDX/e8/HQP62xv+7z939wh2WP7vP/jIp+GN/u8/rzTR6rz+7z84zqhI
        5v7vPzIvY58K/+8/pkUIgir/7z856BF0Rv/vP2PP6Ope/+8/CQhCT3T/7z8x5l7+hv/vP/FuMUuX/+8/3x5nf6X/7z+D31vcsf/v
        P+np9pu8/+8/xz9z8cX/7z8BTxUKzv/vP+M9zw3V/+8/kEjVH9v/7z+1giNf4P/vP0A79ubk/+8/KSs2z+j/7z8rhNks7P/vP73g
        OhLv/+8/6wNnj/H/7z+dRWKy8//vP992Zof1/+8/YfkZGff/7z8ntsBw+P/vP8iQZ5b5/+8/SOcKkfr/7z+cobhm+//vP15Irhz8
        /+8/CI9zt/z/7z/zs/E6/f/vP+8OiKr9/+8/lB4eCf7/7z+QXDNZ/v/vP7EZ7Zz+/+8/Dpwi1v7/7z9Ps2cG///vP7zxFS///+8/
        nrNUUf//7z/7GSBu///vP5YZT4b//+8/V7uYmv//7z8OqJir///vP1oW07n//+8/9C64xf//7z8Z+abP///vP8Pe79f//+8/Y9bW
        3v//7z88PpXk///vP8tzW+n//+8/lDBS7f//7z9FtJvw///vPznDVPP//+8/dX+V9f//7z9eIXL3///vP8iU+/j//+8/R/4/+v//
        7z9DLEv7///vP7L2Jvz//+8/BpDb/P//7z+QyW/9///vPyBN6f3//+8/l81M/v//7z++L57+///vP46s4P7//+8//O0W////7z8V
        J0P////vPyQoZ////+8/jm+E////7z/lN5z////vP5yDr////+8/yCa/////7z8/z8v////vP0sL1v///+8/RU/e////7z8w+uT/
        ///vP4pZ6v///+8/dazu////7z9OJvL////vP9Xw9P///+8/6i33////7z8G+fj////vP2do+v///+8/DI77////7z96ePz////v
        P2wz/f///+8/VMj9////7z/NPv7////vP/Oc/v///+8/ruf+////7z/vIv/////vP9tR/////+8/+nb/////7z9OlP/////vP3Sr
        /////+8/s73/////7z8RzP/////vP17X/////+8/P+D/////7z825//////vP6zs/////+8/8vD/////7z9J9P/////vP+b2////
        /+8/7/j/////7z+G+v/////vP8L7/////+8/uPz/////7z93/f/////vPwv+/////+8/fv7/////7z/W/v/////vPxv//////+8/
        UP//////7z95///////vP5n//////+8/sf//////7z/D///////vP9L//////+8/3f//////7z/l///////vP+v//////+8/8P//
        ////7z/0///////vP/f//////+8/+f//////7z/7///////vP/z//////+8//f//////7z/+///////vP/7//////+8/////////
        7z/////////vP////////+8/////////7z8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAAAAAAAAAAAAAACAiwhBp2f36j+L
        CEGnZ/fqv+B6E1dV6u4/4HoTV1Xq7r8AAAAAAADwPwAAAAAAAPC/AAAAAAAA+H9tm0JQ1w0SAG2bQlDXDRKAAAAAAAAAAAAAAAAA
        AAAAgIoIQadn9+o/ighBp2f36r+MCEGnZ/fqPw==
        """)

    /// `lax.logistic` on float64, grid `ReferenceGrid.logisticF64`.
    static let logisticF64 = ReferenceTable(
        count: 2027, inputHash: 0x3D44E9C8693AB43A,
        outputs: """
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADg
        PwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAA
        AAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAA
        AOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/
        AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAA
        AAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA
        4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8A
        AAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/AAAAAAAA4D8AAAAA
        AADgPwAAAAAAAOA/AAAAAAAA4D8BAAAAAADgP/7//////98/AgAAAAAA4D/4///////fPwcAAAAAAOA/5P//////3z8dAAAAAADg
        P4r//////98/eAAAAAAA4D8Y/v/////fP+8BAAAAAOA/Ivj/////3z8ACAAAAADgP/je/////98/EiIAAAAA4D+Qc//////fP5yQ
        AAAAAOA/5Kz9////3z/HYwIAAADgPzQu9v///98/exQKAAAA4D9Uo9b////fP21nKgAAAOA/TDdS////3z+287EAAADgPx6FJ/3/
        /98/6ibpAgAA4D84tBj0///fP+f7KQwAAOA/309Nzv//3z+kcL0yAADgP2U73zD//98/qMZL0wAA4D8w3SSi/P/fPwIrh24DAOA/
        NDMzA/L/3z+O7Xw/DgDgP+fGS/fF/98/Xrt0EzsA4D+7EyuHD//fP8W/1qP0AOA/W4ugxBz83z8w9Vfn8wPgP8mtuGXb798/BPfg
        9akQ4D/12Bb5QrvfP+9+JSPRRuA/cSkTu33c3j/XkxTRbivhP9vIMBsEONs/DKSgsq3L5D8cWPkCxxPMP4h8pCu5y+0/5GPffY6V
        cz/Ra3Cy2v/vP+Z9ivfg0+k9AAAAAAAA8D90dZUGs+l6NwAAAAAAAPA/aZ1O/ZLfnhwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACryYgiq8gXABHluNZXcz0AT9fC
        jNM7YgDm4lVN+ZOGAA/873UZ9asAfzC5DytP0QAR/3QR7m71AHuVREk8ihoBc1PBMoJuQAEuNZdMvlhkAcQVb8jEMYkBkmRzdXoy
        rwEuMPAoqVDTAZ/w1SvE6vcByJaFo5CdHQKgZ4qX91VCAtvMCMdXtGYCVfKJQS4djAIFbmLR+2exAvr2n2uojdUCwG5Q3Eiw+gKX
        HvHeEIYgA3pQE9TpdUQDwk/1guNVaQMDjKJLNF+PAz8QIRZabLMDKkiLFw4N2ANUJ2P4Bcj9A7R/YhxBcCIEOVSpqOTURgSMwY6D
        fEVsBCBDsSbwgJEEfAVp046stQQ7Nfb7i9baBJTWBFHBnQAFU25nLT+TJAUSnRQGNnpJBU616EAujG8FqAthtjKIkwWpGr4riS+4
        BX6JGSy48t0Fd7AFUbCKAgbIL780oPUmBpAOYI4EbkwGZd+mQgiacQYmVfiHocuVBuFPavYF/boG6LNnuZO14AaoB4iUvrAEB/5S
        Cpy8nikHfGIzsWi5TwcFcZpCM6RzByI46K41UpgHMyXtlacdvgcoi3trRaXiB3BsMa6KFgcIjJnVtMaWLAinmo1YRLNRCDCk0Mjg
        6nUI2zlRGrcjmwguUcpIiM3ACNOJv0VozuQIrUJ+j3fDCQlJ7PP44+YvCVsgCfRbwFMJJm7o5xN1eAnPfp+N1EieCfsfGaIAwMIJ
        8wlHWKQ35wl93D1Kw78MCkBM+ZukzDEKQL7P1UwKVgrQOsC2n0p7Ci4dIzCf5aAK/MmufTzsxAoXOIMrZ+jpCrUZkDpQChALNxE7
        BK3cMwvlLQMeJJhYCxTfb2s/dH4Lj1qBK+Laogvoe6d27VjHC3zOXqL66OwL58PHQCnmEQyp9i7v5Sk2DIXtPRvAcVsMwriuoNj9
        gAw3k015OwqlDPypl7uLDcoMNKmZQU8h8AyntBCtJvkTDcoU45hmuzgNASIciOifXg3vgaU+6vWCDT4rW01meqcNRHJ2EW0SzQ0g
        LSF70v/xDfG+g1WsSRYOIfrClxiZOw4KVfDLNBZhDkEO63VlKIUOlUqmi+Uyqg5oPJdAbzjQDsx8vSjJFfQOp3WZoNveGA/XTeE8
        0Ms+D+mhxRIZEWMPrhXMIA+chw+XmzvsGjytDxJzeH+gGdIPthTASaBp9g+Or7p8qcAbEIAnsuOzLkEQJVEusbpGZRDkmAbodFiK
        EI/FzGawT7AQc0zIsZQy1BCkAZ99gwL5EChkfOP29x4RyvRw324sQxEkQsY16L1nEaWR3ocEZo0RcbuLgpMzshFDGzMNwonWEVad
        Axtz6PsRsL4FGlZHIRJv1RZpO2VFEv2RfR06fmoSIAHC4xJnkBIX5wuDiU+0EoxD1HheJtkS5Q0r1lwk/xJoZIbc60cjE21jeNHx
        30cTGLIJOiqQbRNGwGS5q02SE7uRieERqrYTd0/ww3UQ3BOaeEShG2ABFNHu/NvngyUU7Ts+eTWkShTPy0Lnln5wFJJ5t9enbJQU
        I0yC22xKuRQVSKxvAlHfFDTvNEKQYwMVaVV0OSwCKBUEOOJYjLpNFU5NWVnpZ3IV217OCJDKlhWK4UfJsTi8Fc/dD6wEeeEV+FuS
        SMCiBRa9S+pIZ8oqFkeIX6E8llAWLQVP6++JdBa9Nlvvrm6ZFo42QQvofb8WECH8SFx/4xYWsa+zlyQIF8nXCDsr5S0Xg6ALmEyC
        UhdKHGvFPOt2F46uRn0nYZwXLw1SbRGSwRfpt+LtxMHlF2zCktrP8AoYhoRtQgSuMBig36v5YadUGBrGev4kk3kYHcmtBA6rnxiM
        hawpUJvDGB1ghIY0R+gYUXmaNwcQDhlE3Gqr1ZwyGcyVKFoYDFcZS/eeMteJfBlRJz4YQquhGZ8BVAv24MUZ3oq4fG8X6xlzVgf7
        7cUQGhUs/T7+xDQasQBnU8+3WRrDgDm4dNh/GtYaaB1st6MamyOx+AJqyBpF6DCmIDvuGgp5s8mEtxIbcVcvCiMtNxuHiXk8wbJc
        G4+wUOCWxIEbQRyn4FMAphsFIU1+Rj7LG1hDDfz53fAb6lTI98TiFBxyvxA5rtw5HDgVWEEOA2AcYsuiXbDTgxy1KlpRA42oHDmF
        4953Zs4cV61vKVrS8hxoNQgZXU4XHSxxdu7l2zwdpf5P+Q/eYR0RUPit3h+GHScpsy5VZasdvqKldij20B2SjOlgtgD1HU1N1PrB
        ARoeUE2x4AIaQB7/2yIkHfBjHn6iCdg1sIgeSwFIOg2Srh7M4XcBVu3SHp/UnMrGb/cecZitnEUFHR9uoUyXrfdBH/jSv7OWP2Yf
        0hi/3ZuMix/VQT2ceQ6xHy9ClLfSHtUfpv955Aon+h8PuhNpGDEgINVmAauyDEQgsEaw1JrTaCDTB3MR4b2OIB8g84h4CLMgXDs4
        Y2CR1yDveq+b4C79ICvMoe5vESIhC0TSMnxfRiFi2LfbGrRrIbbMh57tJpEh2KNTORo9tSGRzzZCiUzaIejtrQlPSAAi5dCqLHEp
        JCLW+qWPMvdIIg78+L3z6W4inYJX98EjkyIbVIcnKrO3IqDQhUC3WN0iB8X1M1crAiOKNWFsj38mI01lV3nS20sjnS2Ar4Q/cSMb
        GwskjVuVIy78rGA9crojxyDy8aZf4CM0QN/jWEYEJPNUqlH9GikkR67umUUWTyRRqmqEMj9zJLl/mVwk1Zck4Dm04MmCvST3STqc
        Y0XiJMGw+6HQnwYlJH7LB8MDLCVP92gBP1hRJSDK9rUrenUlap3sjCeYmiUQkJZRIHfAJfMYswtqY+QlwDblY/s+CSYPEur/1kIv
        JtgpQmjKWlMmKSHhR0/3dyZs9zjSGK2dJkUArVyVX8ImnbqOFUDA5iYHPrbY7CsMJ7/KzMYccTEnlxGsLfaYVSdoRnQUSL56Jxff
        lVi7jqAnnW6P36SAxCeRaecPLWPpJx0BA0uobw8okftD24l2MyjrKTQvqxlYKNeFjWuk130oBObXqux5oiiG4WUJ3uDGKLHILj5Q
        VOwoT71+Mh6KESnXARrK7Lc1KZ+qMUWf5FopYH4vN3imgCk1gTKbCZ6kKU8jq5+Sh8kp/t/T1rmc7ynF+SYWcZITKkawzFg4PDgq
        SGanA20CXirUspG8aZSCKjW1K8CqAacqX/nBiu18zCoexpp3Q6PxKv3sicoP1xUruSqCbS0LOyvVAugdV75gK448sHqYu4QrcLWU
        XSysqSvDcnr/C8rPKzBF81GArvMrPm5JC/deGCxAxfjxci0+LD9X/scMr2IsgmHqfKYihywK+HIRxaWsLHgahsmMvNEsReCfbl/2
        9SznjTPc8jEbLWyWiT1Y1kAt4aRyulHZZC2OC3OU+tCJLZuNmCGf968t4ssCyLfK0y2SZa6N54H4Le0hcY62WB4u0FiPA9bJQi7k
        LgyD0UNnLrr9uyXXzowuJaXvW/rVsS7NHVv22xXWLvuHhODvWPsus1Ukx3vuIC+xZTqXNfdEL6dagI/99WkvEWMqzbkSkC/UqgGy
        F+ezL9tnZScKpdgvSRx+MTiE/i+qUQSmxeQiMIADXBYsZUcwlOKOGyT4bDB7adBijO+RMKeyFqKFNbYwE3MlyiSA2zC0rQ7swQYB
        MTA5H05EFSUxXLFimjUbSjHYpq3jxClwMQy17kmgA5QxPp8+IF/IuDGVCww0+K/eMXdZa+bb/wIyBgIGe7aGJzKD4lVHrCFNMuLm
        axJDCXIySuSJslxVljJf6Djpkae7Mp3P5d0qH+EyXXeQHH4zBTO5iCwBo0AqM2NIbwPxQFAzx+IbylEgdDO3NnHA5uuYM63Ohu/2
        274zy24h/Bgb4zO8/Zf1cKgHNBk/9P1vSy00SpNQnx4jUjQ+yMhoYXV2NH5ZVI43z5s0LAWOzrY3wTTOi1VA41HlNIF2XRBGZgo1
        3AnMWz5YMDUdwS5tLD1UNQ7Vm1ChD3k1gHfavTQInzXr+NIefTbDNRcbAstbyuc1+eHGlG91DTagNFg+Hz0yNtrARAaUlVY2aM2A
        Chb3ezaPJTPwZVChNutrjvdzcMU2XK/iFB+M6jYqlGQcrW8QN3P7IG4wWjQ34UbFGY8zWTcZ93P5sTR/N4ImfIYIUqM34lOXQHfs
        xzf3JKVhq5/tN5tcqCRFVxI4hvrMzPS1NjhFajuvLR9cOJz1SHU4aYE4kCi0gDCPpTgUuxdcLrLKOBDSHXU9h/A43b9ACF53FDnB
        Cl1lsFc5OafxQf1uYV851HBpa7ttgzn1+w2cww6oOSRk4bojys05p86yh5Bx8jn/BY/+g9YWOmc0ds5+Rzw6WIiLkC6CYTpaWJka
        Ga6FOt8IxzN02Ko6eGAhlu+e0DoGSjF3tZT0OqfdO30FfBk7Llm1JGyOPzumBzgGloljO5JkgCNBMYg7EshJ99j0rTsr5jWdAYzS
        O+xIF95B9/Y7XauYuglwHDzrtf90SJtBPNOqagQuzWU8SIQq6vD+ijxj4N2vw7awPIpV6/Y2stQ88mekq46g+TzFQsLLqbsfPZo6
        1o+YpUM9PEFtHfBTaD3Jeihuyx+OPam4O5uYprI9ZkRJri4Y1z0gS03Gzpj8PdW1VlWGtCE+QxjueW/sRT42muS2pCVrPgHeZ6y5
        zpA+9HSZEuHPtD5GIsTaQcXZPnixnaro6P8+hto5HgDBIz+J07q4JHJIPxpGHjxpLm4/w8JDHvpqkj+/jVxLzkq1P0TfHkZ119M/
        XpDwXEUU5j9HbpQ2plbtP+rhDS+obO8/uuHDltHh7z9L0dF24/nvP2Mc/u/D/u8/xKouLsD/7z+eEl8d8//vP63dA2b9/+8/nTKK
        ef//7z9JW9rk///vPyHkhPr//+8/mrfk/v//7z9izsb////vP+hz9P///+8/LKv9////7z+Ah//////vP6zn/////+8/Fvv/////
        7z8C///////vP8z//////+8/9v//////7z/+///////vPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAA
        AAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAA
        APA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/
        AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAA
        AAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA
        8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8A
        AAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAA
        AADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAPA/AAAAAAAA8D8AAAAAAADw
        PwAAAAAAAPA/AAAAAAAA8D8AAAAAAADwPwAAAAAAAOA/AAAAAAAA4D+9otX11GTnP4a6VBRWNtE/FHmp8pEp6j+wG1o1uFnHPwAA
        AAAAAPA/AAAAAAAAAAAAAAAAAAD4/wAAAAAAAOA/AAAAAAAA4D8AAAAAAADgPwAAAAAAAOA/vaLV9dRk5z+GulQUVjbRP72i1fXU
        ZOc/AAAAAAAA8D98AAAAAAAQAAAAAAAAAPA/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwPwAAAAAAAAAA
        AAAAAAAA8D80+PCFSgqePA==
        """)

    /// `jax.random.normal(PRNGKey(42), (4096,))`, float32, legacy (non-partitionable) threefry.
    static let normalKey42 = ReferenceTable(
        count: 4096, inputHash: 0,
        outputs: """
        pCBUvy1o67976my+4PgOvpX1Mj94EOE+w+R8v6pHw788uIo+Bnyov4aQUDuEx4G/iolzP906qL8Dorc/b8YavygSLL6A/dc+Y9TI
        vhmudr9OOg0/+TL1Pn4C1b79+CE/qkI8P1jPDL6aqqk/cPl3vZjMxr9RfB1AUqGNv/sXHEDjbPC9PpuGvWZcpr6JMg9AYpbxP6lk
        +L7FNVG/a+uFPim46T5+AhK/JoaPP7Ktgz/xInA+ZirtvshQ+r4RGVy/IO/fvuBBBz7Qd6k/x7M/v2hIsD4/24G/J6xbv2POPL6b
        DRS/+kz+Poawqr6afWu/7P+zvpekDT+xXW8/ye1Uv5md5r/EE1k/PdCyvv16UL9F3M09fjiWP2GjkD/zwIi/4VWOP/kcjL/00FS/
        2kUzPRqaaL6oDZq/KYalP3Mrzj/go9q/Vh59v2m2wT+xQ3e9skPSP9GmAD+r3Bc+fkSgv801qj/ja1Y/jLlaP54iWr8iKdY/6u4L
        P0dgO7+CQ3w+UvWhv9KWvr85JiW/XtvCv2IjpD+Ggaa/aaiKvrP4gzwiari/qe8VP7zmsb8FGJe9fanxv0V++L8YLpc9boY9P7x0
        ZD6LTe2+cIIKQM2ggb+Wp3g/OJEeP2zGSr8EkN6/sRMQv/ATR8ALjVU/Pql9vz4eMr9ym5U/kb7TPZht8b/3b4Q+g+GSv+f4SD8c
        Nds/QL00PwH5/D5PJ/M+VHUtwMRG9z66Jz6/qG04u4lj1r4M4WG/ivaDv4e4BECW+tC/GOSVv81F5Tt++4A/M4GeP3Tx2z/oCge/
        c1FOPmL7IL4fRcG+HCYIv/16fj+jSR++RYXnvr9A3791OvG/bNCnv+DRUT5UPsg/1tmxvosQIUC4w1a/mxihvZMmsL9GLGg/JSCS
        vigwVr7HKlg/u4o2P9xtJUBcrHy/zuYpP5zJkz/ahly/k/GSvwwrBL9xqLy+XkMvPTijwD7p66M8nVjCvcue1D86Gok/xjX3PkGy
        pL+fI3W/wSTTvsUCA8A93ae/twsWvpyUnb9q5wG+anUJQHBIxb/wkog/3XoMP34DEb8tcHE/MzIUPxacZb+BCoU94aTkvk7f6b4l
        xuE/n5GHPorFCTucdIC/IhaDvEZxq736G1U/ICQRwPZImz/Hl+k+1Va9P97KD78wU7I+Xx8RPsJKkj6Bsdw+TdZEv7Bugb8mvpi+
        Kr/uP+zUyb/dYno/qmqcv5MH1L0KOy6+LaoFPVjxFb+00me/2GA9v7UYhT8TIDu/SRygP/Rwor+3coU/j4zjvgeOAr8fTL2+p5Fh
        P4JZ+z5U0ZO8Aa64vkYOjj6a2BM/+0mfv+2IID8d/GE/VpJnP2Bxzb/sXUPAImEYvoOu8L55u1Q+sjB/PkPPzT6qDwlAIJlFv5Rm
        0r9OIve+ixYTv/pTYT/606U/NHrOP/uaqr/yFzNAoySDP0mbnr7fjo2/e7k1P+HNpr4RKEy9PZAGvwxsaj3UMl4+yT9Bv87a5D0+
        5KM+6dbHv8A9xb/gsN8+k4DlvT6y/79CVJi/KV7iv7Mi+b6oAAVA/e+Sv1Gnwj++1qk/ttkIv6WELT+ygzS/8w/0PnqcPj8sgEa/
        QMpJvzRzlz9Vrjw9hajiP2TJLD+aq909jDbFPysji76j62C/tBSpPnewaD9q3iu/0+nDP3Ka2T+aZgJAjqp8P59EDUD9TrE/c7yl
        vZHLWb4DYrw/ydL4v4GiGL88udA+0SJav1e/Gz1NZ+O+Nplkv16JXj6rwOY+ypnKP2bQeL6lzpY+a0UDv1347b5TPp2/46H8Pt73
        mz861bQ/XpM/QEYGRL9lAac/n3OKP9041b6sONg+ANNvPpu1v78RCOM+qZacv1nct78pSxtAuGuyvprnsD9VoBI/jc0Wv2P4Yb0/
        lBC/bzlJv6w5rr67p8S+8taDPorgcj45o+Q/MVBVP3DGZz5wrcA/XYiFv2KADEAoLxg/Y5d5P6AwEL/mJtg9qMkrPd5dxT46q6m/
        3GCRv1easr71AF+/Vh29PwKMHT9sbQ6/bv2svx4l179F7RI+l4MnP3LrOr8H3hk+C4IoPw0CA77V9pa+3sajvtdUND8QKs+/0t5F
        PrvXxL9iG98/owj7PcjgRj5vAt2/b6A8P7u9gD+NzUE+/K8Hv8oxNL4ijBA+O6iSP+z2gr7KQb++W0WxP+Pzdj4xoP4970LlPusB
        dT8co7K/dRnLP8KH7D8EsD3Asnfqv+Aj/Dw0eIm/1Xg6Poq4GL/Y4Eu+ifWMv96AmL3AtV8/Ab2WP7fXsL8mnKG+T/YQPq7Ls74E
        anQ/X3GRvG3b+T5iFjQ+YJRNvw6qkD8971e+KnmVv8Qbtz5/WWS9MILAP3YVNT/c3Vi+ys2Mv1eJoD9zFAxASh2aP7MT0b9hVZA+
        lOu4PzqHqL8lZCm/uZgCvVO/Gr1VU8W/ugicvxxxEz+ow7W+3+j+vis6RL92rwk/jiIOv8qEzL9Gyae+lJJ6v9gvn7+nTjW/uTTs
        vlKjEb+uV0e+P3L+Pk/Afr9VT1i/o/cgP6BWrT5oOio/MaWrv2HHmr/oYZW93uZYPmk9rr+akb6/U7GIv0F/bb+s6bO/9jmJP4aC
        nD/WONC+6BfaviTtvr+XMtW+a1Jivi+V1L7XToY+cG4GPlH/A8BHlTM+FaZJv38owr9Kano/L022PxztwL/Kp4Y+E2SFv6GADkAi
        KQ8/tQ7sv9SFzj8JWhVAxfyZv+ClAECrSZA4QHNrPogosb5KtfO9vjmGvlEEqD3Uqqo+DHqkP8LsEL98qNC/p1MhvkMf9D47+LK/
        bEDBvze1OL4Rrf6/ES8lwITWwj8u6ju/wGvOPzrn7z7NSOW+JkvtPxYd3D08hBm+fm4NP08gZD/ADrE/4GslPzfOxL9CoYM+f8yh
        PER8kb5LWQRAY5sIPyH6qz2gylE/t3jIv8Kg0T/Jhtq+y50SP8JEIb96W+G+k48YwJnWz72GWIo+yPWNvXefdT5vXTS/WYD2v8wk
        7T4pNLu/RMvbPrHrc74Sapg8Q8kHP0qsET/+UAA/o0IZPzygWD/JNaa/r12+P0ekLz3CwaS9P1a6P+x1ZL+WnxY/kojgPNBvYr/n
        gx2/iBd+PiMpXL/LLCa/X/CWP2QUy76lNri+1k0VP/fvwL7S28s+OoOSv7SgB7/4ZjBAVuK5PpJuEcCrv9K/dzT5vmNXFz7ZEyK/
        aheSvrkRZj/yEUS9SYlXv4ZBbr4NkzNAssMHP0WX6D8nlCi/O9jsPQ3VlD6snw7Aqzr7PyaVGj3PXSm/1MyiPiIXjj/jCYK8JlP4
        v9+TKD9GAVU+zUJWvyxRcL+a9BQ+TxfWvpGQmj/zOd0+8AXWPjBUorxcOao+oo0iPgw++76FA8y9yT/ov4J33759ylQ96ZQDv1K+
        rz9XUrc+wrJpv8YYoL0RFG+/7xg7vRvaVr+nwJk91jFzPnUGEz8kG0S+2CKQP06erj4twgA/D9JTvqeilz345AFAhISzvc7/Pj/m
        +RY/GRUyP4uqwb6u0RS/JUGLP8mjPL/Q7w0/Cy2lvyx5GD6Y3kU/vbofwPlYaz8xLJW/lQgUvj4fgj/Vh86+iKZ4vyBZRb+vKRJA
        m8bmPqDnfb+wDn0+DBGBv8MCAb8aQ8O9naCgP5Soaz78//s+Edx4v5tqCz/r9RM/iNakvtlvVL9v1Y2+NRakPlKW/74Anfu+g7Ey
        vv0cCcCpB8a9L3Fuv0Gak7/8t0M8ovyJv3tIpz/lyoO+LOxYPREdx75N9wW/8uf8vn0Ctb6r+7m9JJK8vtd6Wb+O8HE+OzScP0Rb
        zb8qWEa+5WU0vyM6D77GH9i+iEe0P2Lrtb8DcEI+zevBvnP9rj9bOHm/lD2wvqxwJ0BZnZK/cZXYv1Z5Lj+3vc+/xWZ8uyJ2tz7Z
        Yaq/26LSv3Kprr3pW3C/ZSVcv+N3xL03ETc/Pg4BQFbLRj/C2LC/A9+YPshvoL4WOhy/hEVoP4LoFj2z6Ee/aEw5vwB7gT5tdJw9
        NqsRwFg+oz/lVh+/gTk+v/Abyz8uJfY/uz4+Prg3jD2Za4S/o+VYv/I09D6coUa/41XhPtrXkj2iatW/fb0EPYvlwr/lMPC/aF85
        PsZkkj9QrV8/+ap3v9IJIb43a6A/rsa1Pv/6ob8mOpQ+c899vweP7D7Uqss7yr8sv+ArEz/1wNA//kIIQBTo8L7j0qQ/BhM9v9mS
        hr4PkJq+thMYPhZMrD+XQEi9+B8GP3lHLb6v4CdAsF+GPzGuFT9RcJS/snXcPwja1r9aA6U+XOgWPu45Vr4PX0S/cQZKvybknL9T
        ZSW/GQIHwMr71L48aca/3/RRvrOdxj+t8oM+W0MGP/7XuD7+YsQ/ewX7Pb44P7xHZ1U/g3yPP2UJ2r93KUe+MYQCvyjuQr+8+8e9
        uGrjPUKOkL/DuJK/iOZwPl7uYL/aOi3A0pt3P8W/5L0jhiZADTnrPgX8PD9AuZW/8yftv6zqkj7bqbe+aLSwPwTen74c1DC/DbU0
        v2QWsD+m82E/xaSCvzQOHz/ovck/HLkGP/KztD9A9Tg/kLc/vyJ9+j5yFN++1GY2P3xuxL+024Q/Po6gPrc++j59ndS/wRZKv8+n
        Nb+Dyys/hKxmvxSfqr3ymx4/Eh+EPzry3L8g2xVAreuVvvh8mD8ygV+/U2dHvsmmIL9Emi29Lc6Qv0mDij/gDG0+FEicv3FXLkB2
        p4c/Ei3dvuqYrT5B0Xk/kpXRP7mfAb+qCX0/Tn8Yv38VIr/95wfAslMav9YHoL/m8JG/kqw1PfTsGr8PI9Q9WaS4Pa5b9L8jhcy/
        FQKmv4XXAcADR1E/H0H7P13y1r3a/bq+k20BvqRM+T3DjBq+BQx2vk0Fvb+ONgM/fEIjv0Z+xz/JZTm/PSNcPiDpqr+ZrWw/O08Z
        wM0nrL330f6/M4TnPZwqCD/5tD2/H+q/v3MBPT1FcNi/UOq2vq9Zv76djiI/xcX9P9FG4L9QBlg/6QxaPl9W3T6DLMU+WKKfO4zu
        5b5BmHW+EotSv6AuBr+/fus+gRrsPZw/jT/OuVA/I3oNv8IvMj7Egt4+gi4mv5mLkr3qH+C+DynrvsHyG8B4ECQ+MJ+mPVg+Tb0/
        8KO9aDjDPjmQ4L4y14o/WwdDvkjcpLyVtAe/bSgiQCzXvL/4qDS+JMoev4dJtz5AeGY9U/zHP+NuRT80T6U/7Pbbv9jymb+0N0U+
        ks8RQJfy+T5x+oK+TbbKv845j7+x5p8/tNfWPoVxKr6nxQBAcACsPlt3BT/eL16/1b6jvtOeKT+zoPC/Pt6TvjJDF8CglQA/QjEs
        PwZ1Qb9rL1m/a6yePzl3JT552wY+v0QRPzGKpz6T2jvAMHm9PSWYAL/1lS2/F2V+v1NYYz7WSI088y2hv4Ttgr+OtEi/Vp31Pvei
        Yb5z/SC/MqKvveF4Ob832Km/OTZ1vTIPs73gPRM/8yBVv/9VvT6Dtga/w2EkP7Cn2L909w+/vve6P/ZZ9L7PiTu/E313PguNij89
        iO8942QCv4nUsL9ZHgnAxbm1vlWFjr/XVQ8/RQ4lPzATUr61hyY9hUdoP9c/ZL8mqz+/+awbP2bhEj+7DNE/kis/vk2Ll78CZ5o8
        I0mYP8/1S79/w4+9bDEbP0zntT1F8uK+itymvhycwr9R4Kc92CEFPwXVFT+Ja9u+fT4CwMcAmDzhg0U/sAfVPwujTr21N0u+uj5y
        P3r7Yz69FTG/6g7svRibgb/hU4I/DXGkPXGn371F6KC/Gr+av5QvRj6U8A2/t4eaPxtbQr/qab6+Nk5Ev0S7GDz//7o/2l9fP8Cv
        Iz9NUuQ/orWIv8kM9b25B/S+zMs8v9+1Fr2fuXE+X3+fP1IEN741kYG/p41OP2zBzz7gfgM+LTjKv06x/L4yoek9TWa5vn+Wcz9D
        kF8/jeUOv2kRBMCBFYO/LSSMv7ZK377MSJc+/hFuP+gKUj6LRgK/vf41PwobVL9CKL4+WvWev9HDbT8xrbU/cx/DvhIXlb8oW4O/
        sUfRvtl7sj6ABv89vIkRPzZq6D+438W++/kev45WsL+gQ8U93u7sPtqJzD+fxpQ/aalSP10iYr+Vs3W+2A6+vi3VYD+7v42/nKUr
        v/6qpT8BfwS/LyGSPhiehr/8AE8/XIelP2Nmdr81cUE+rhDnvhCZBzunHLa/UUVBP36IED6bGp++Ty6XvtCZsD9IREk/oAgBPi88
        0b/vJy2/IS2svrQtDr8+fro+vj3Yv2oL6D4Rnpc/BHoWvkF3g7/dLIu/EaOSv+2k7T7FNzq86ErWvuo0r78VVdY/I5ZnP3cRJMDo
        +ck+WlSEv6Jm1D0nTIW/K7TiP2/9QT9OVRO+49JvPQA9wD90lhC+yPuiPaXteb9YoAS/2G+NPqLZNr+Tp7q/Yq9GP0xFM74RA0y/
        VG9TvVrW1r4JdIQ/ja5RvoU5zT+slaE/+Kl8v+IgiT5Imgg/BiUDwO86nz+TUbK/2T4sPnQ1hb6wqC2/1N0MvxPbab8O1THAB9Uy
        Pu9mij/Ua4e/fD6Rv3V1Mj+/GSa/9ttBPwWzE7+ZzyK/+9IjPicJhb/bGOc+U7QOP0rKmL+HmE4/853tP54xkz+x2de+jfS+P+dz
        nb6XBm0/aVmcP6Yys7+heT4+qFXiPjVI7D+ZJIa/sC0Wv1TKBED3dwLAv3Otv0VyjT/TUoS+i86PPl3mpT+gcbq+k0A9Pzz0rL49
        MKe//V6Pv2sfCL7sNbS+52O3v2N3aD9SMSG/XzaZvyNfqTz++eI/GIToPxFJMb8Zx10/eja9v9++ob1TGyI/ufhdvzC6AL/njTQ/
        FhlaPo9Ovz+h4mu/iQBxP42ftr5CtBM/S9ofvKYLHr6Cyzi+leBoP+5qBkBfOFE+fMlvv1xYij49EVk/5xkcP5UB4z6OFjY+R50Y
        P7CxcL/i6gk/gHJLPzStUL8xhAw/APTXv6UBFMCrIRQ/CPDUPyKzoL+ckYG//dr3PlSz7D77eiG/Zb4SPNQgHj8pU1I/GPQOPj8O
        BUCpxOW+awGkv/jmtr5p3Bw//hi2Pv++KED6AZE/3mVHv6JHY7+jkhS+z8gDvU6YoD8t84G+Q0QEv+dzqL5+yCy/qAg3v1HxFMDX
        HKM+IYcbv/FBsD9315E/KSG0vzkF1Dy8zMQ+gdHqvjHR4D/cTbU+ah9ov0w/m77sXuw/pcH7v9yZ6r/1Kp0/qI6yPm34iL/xWxW/
        M8ypPEKaIj8BVAa+9p7aPtb8dz6tEpe9XGLMvuoZOD8gggw/e2PwvxbV2r9WQqU/4UYbv/iSTT6fzWg/MW1tPlUbgT/VPMK/yeBP
        P4kLtr5PKlg+g3ymPxwZyj9CAUO/SwMLPpm9Gr/EaDJAFBT8vuLIEL/OSlS/HCdyP+T+3j4OOyg/n+vYu9fBtT5IwQy/sGa8v1ul
        fT/RLFq/Ry2BPyVBbT8kt8c++e9DPyA/Er5bYga9rWePv2AI776K3jA/eDOFP2mo7r+mA6M/pyx5v7Upoz+o03I/GUUKvYCD0j4f
        qqS/N6oXv5MBqz8B1Mu+VmOavTz+AsDyloW/Ed5qv5PZgD9Scwu9ZBWvP2XZqT3osX4/d+IVv1qKRL/xrxq+le0YP5dxNb9Kj5W+
        PqXgPh4/5j6VabC9QQsYQPnFbb/l7ES+LaDHP258OT8gLQS/VKWvP2JZi77S2CG+6H6GPbClmT9J6WI/nBI2P+qLUz53Fig/LYn4
        v+hzdD8KJATAVNOSPib77j9m7/6/GyCFP0ztw7uIi+K+BSPMPk+Xg79SQIM/Ss6Mv3obOL43Zxc/eSrTv8cs+T5q+HQ/T1acP3Fp
        Hj+jwyQ+J4KxvhMgYr8GOT+/bkOzvyGH4r47mMg/fD3Zvx17Bz9lney/ADEkvxiaFD8pLRO/1xQcv5QOKL/S2nI+lqbDv3CCFb8F
        QYE87G76v8uoub6WHPG+AyHCv7sQwz/mjDe/VreIvxoM6b2TXew/+Q7pvlOMwz9htLK/SkWtv+tQ3T+69MI/lNklP5qDLr+Oxbw+
        jYh9v7Dwqz7R3dI/bdx4Py96/b6bvLM/6R0QP7tfAL+o8Qq/bf6QP7uXIb+gnlU/pdcxvx0nFsDY2YC/+62lPxRLF0C9FfA9Xyid
        PzJcjToA7z2/TuonP/pDLb59zRi+04wMPyGpZT0y0sE+ejzYPYPIOz/erZy/RwKYvwclAcDwFcc/wRupvlf6Yb+nYMO+ZGqpvlX7
        HL936t0+ad0IvkBtEz4+qrc9qRkRQA/dkD8NkuG/f4EUPpslbL/oZaa8kP4dP9ab+r69UjY/X6nVP295b74T0Ke/Q4+hvo2s4T+k
        YWs/qdnwPVjd7D6Cd2c/dJGfvgMjmj/wFI2/eOy5P/NPib+OSqC+SIjdvjwoBT/gZic/1AuCP8A/t79glMG9z2uGvn+9Bz+BdRy/
        aB7fv4KCk73ZTR2/prCNvk1F2798uTk9Tb7oP09Tuj9GxeY/WDb9PYHKsT6XkyQ/Xjikv5gKNL/WlK8+zRL8v8neRj7hcC8/4IM3
        Pu+zzr7uAPc+7UwfP4QYV7/CXly/dqGVP0H1Hr8IbwhAqVQ/Py06zr6xRQA+YLR+PS6sEr+ATLi+v7T7Pxi6xD5TdzS+EG0fP3bC
        TD7xhV6/4cVZvnt+RL0LxdU/ScCPPtJiVD8wYJE+Gs3ZPm6v4L1B4hy+okgyvzZncb9wSNS+xJXov9eecT9McfE+axmpv2O6fb/W
        6+y+Z00Zv/aEsD7zmyc/RpQSvjVPkz9mR36+3JMbP+3lHT8YOaa9AK4/v9o2C0Az69u+l38qP97T8L6sp5U+seXRvTwo4D8krEC/
        RUs4vwQxqz8OBKg/htPEPqCv6D2G+H0/8rLyv2ZjYjwwclW/6Ym4PjDrMz52BXy+3wVBv/emAMBysPe/4J2yvpYDLL8OvOo/Jhei
        PuC8pr8F7Zg/PraNv9/X9L8FfDa/4Y0VP5vnFz9dsY4/cBcXvtrpB79SRJO/RVggvwo98z840YE+bHZSv7UQVT8ibHk/y3QQPkfP
        mr7+ra8/1ghBv2UJyD6BEYI/+wjxvsG2GT8E9/2/h6BGPkqNFj+zJWi/mmR+PgasgD8pQOQ94tY5P3KCUr0SqB4/2TzWv23R8r6L
        SUI/nf1rvepuIcBFl2c+rzTuv5TsAr+JEYO/50rBP/MWyz4Y4oi/9XZsv71JfD8/WwA+q9k6wD18fb50CUu+RJR3vzDT0T7qUV0/
        J4KMPVeTbr9azfy+Ho7PvgXQRT+JPCo/O6Dzv73gB7/TEhO/HfG4PZMeab4zwyk/2pkNv4rHs789ZuW96MFNP4hR9L5xH2S9UG8w
        v4pooL49zCa+nk9lv6k1jT6kACfAAnsQwN0I9j1IsMK+2zqBPzQugz+85aw/KdPQvz1HDj+ze9o+fIlCvzMP6z2fPNS/9w3svV2h
        YL7FJyi/CaLPPr0XlL4dr/W+FM43vwZTy78edVq+mMFRvheQvL/Fpf0+NrWcP0Hgub+MkA6+7zKQv/cu7j0dTeA+3zX0vx1B/75n
        KUa/2Lskv5gzEj+ayMA/9P6Zv2Ox/76/bdC/syCHvWZZnr8ibKC7rmDtP9HkXz8NnJi/YGC3PiEtyT9fxZs84tpgPzDHpL7nRsY/
        PZBbP/3azz+5N8m/yYVuP++y4z6W6+e+e7qYv7VF9D4q2+w+VNAzvIk/zr8eZgI+xsdev9xlhD9F9gQ/204KviT/HD5BrKO/Pjl3
        PoYUhj9xu7S9nLdWvzVVgT+wJB++MCEqv65Th7+9bva+ZuQ8v4dG9r8IB7W+MAgTP+lV0702zVI/+n65vkFStL4HiY6/crZlvt3/
        Ir+Jzrq/67sAvOaDDr+BTcM+aw9iPJhvX79oyaC93W1MvzjOqT8KtG++9uhoP2fetL9VX4K/yl0lvv5Lsj5TxdE9Wjz3P5P43j+A
        554+f9/UPiUt7j6PX00/nwzCPyC0970SEKo/NBJIv2GiNL8R/J0/+14aP1f5sDxQQ9g/1sySP9/RCL4EBmU+L6gfP4UylL/wyb0+
        DFyYvvVplD1X8sq/15OjvlkojL7cn8S92iGiP/QTm7///Q2+NH/6Pl0TVL8ATgw/X3MZP19e9D5jECI95qsgP1BnKb7wJ5I/FI5C
        PzKOLb72ZRq9qIFmPx+zKL/qKD8/VXuKPQ7cBL2c3gDA+wyUPvOmFkAk/W0/cAHWP7Vt0j9r18U9Xachv5zwMj+nwPY+vhRGvwVX
        Fb11RBM/VUUGPywo4z7xNNq+kbufPwjYkL621g4//EMYwCYRS78IpIu9aONfP25wur9ku5M/GvsCvke0b77ZdFu/gW6+PuYpnT1w
        FV0/7DKUPjVdDEBkRpu+XJ6mvwGWET+Xa+E+zdy8PQNObj3fkka/GuaJP/mCIT8V582/IMkmPyoGG78SrgHAcYmcv9n4jT/ZLcG/
        DYmavsQVir80iJY/WMn8PmPZAb9/6AJAx1TNvbwSgD4Q9ww/XNWEvgM9ED/l3+k/xdkVvbHOLL/XeZQ/21ZBvrO9BkDQH/s+xYT2
        vngAC8Do/rK+ib6KPsyOgL8oLXU+Ag9Evuw0Tj+W0Zm/rvuSv8jhwT/+5No++M8wP29JE74p630/wwAEvwf4gT9HSm2/5bQAvoN5
        BECELBG/0qxqPxf8Sz+gWf+/zQpAPwwyoD+QrRI+Ks+rPt271z/1iWM829QVP6atGj9Xjxq/vgH2O1OrDL9IvGw/i11gv5xMAL8C
        LkC9mLwbPjT9qb4GKxw/i51SPywDTb/hRX+/0lNAP2JbjD9HTVQ/pcoVvzJX3ryrRjw/CpGdv9XWOT9ootu/98Ghv8cVeL8UoVW/
        KH7xPrLKab4/9SY/1q+tPSdgsr6Cf20/lPEXP0hWFD+MY8a+PCj0PRpFMz8oHPO+To7EvjhahD4XMAe/0LxyPyHX679bvlE/mWCz
        P+gGjT8MH5E/fpn8P2hplb5euoq/2LFOvydQzr8TUyC/gbiivpcLlj9mD+I+V00RvxC84j2WVAG/+eKgP/WOAD7Ev+k++jTiPf9s
        wb8HYOk+A1+zvrUyhD9CYka/zEMlPuadyL+X5Eo/3qUnPiUSor4I5ue9CyGkP0iT3j/zJqi/To0xPwrNrb6Yzqe/LN2nPiqyE8DF
        qFS/W3DcPpoqoT7+lAfA4CwjP0eWg78D7xE/4JW4PbW2sL9nz4i/klAtP4+KCMDz7oK+9GeHv+WluL7X0CjAk2kcP7ppR74AYIG/
        apavPqJ2ML/MdUM/+JF9vm7RKj7SrDc/+BdNPtWFFb5ce7s/mIu/PWAEOrzf1Kw/DHlXvzY2fj+xZfC+0pJBvnb5Q78bJYC/1RVL
        vjzSCT6BReQ+g+3WPg0SEz/oCzQ/mm3zPm0s7D4oJDq/hPxivyPwEr9SvIu/8/YYwGSUvr/NWwg/PPT1P7X7ST9A2iy/XWPWvnq9
        nT4gZpe/e5ZHPz5bV79WEAE/U7++v0rPqz6tGcm+oO7eP7R0M74Q0W2//VoGPcdhPr9iACU/CNYbv4MjqL/gMj6/mBgsvsEo4T/c
        Ed0/I10nv0NbOj9k2yQ/XL0EPzG5cj8fIf8+nrvlv24LnT+x7YC/tMEYPzYyDkBVeaW+E/5YP7T1sz8Rhr8/cSLEPzffIb8Dtr++
        GwX3vRrdjD5QDBW/pDfLPwyE377QKju/LfpYPscnv7/Wx0i+LFIavz0TtD+Z9+W+bhTJPz3kwT0Hsik9NQjXP3N8Az9MCae/JisY
        vxyczT8Jbm8+NbYxvoBScb8j9ag9unRzP6tgiT6OHgk/8aRpv4K2lT+j+gu+jgPuPnTp3b7uDck+HxYAwJwBkL855qG/yS4NvzNJ
        pr7gkpa/mCm6P4ICsT2dNoK/i87Kv6/7NT/7Kay+5ahTPVpbUb84urK+QaVNvxI/pr+ZWrG+IRtjPUi5k79Kxzy80Hcmv4D0Gr8Q
        weC/sO96vwWT/D71uzW/UvWuPtICbT4Reb+/Gt+aP0EKQT9Gj5++GZRCvxJJsT4tU4i9hmJXvvkByT/j8rK9Vp7YPsmExT/cW/++
        sj1uPSSYvT6HYYY+1ivlPcvyfz5P5Tm+z/HcPi3l8z1QkzA/nF++vZkVjr+vxi5AuhG5P4zTqr9M58q/zBG1v1O/Lz/RdIq+sawh
        v3TW4j8IIADA8qqeP2Ydlb/zBhO/QV2Wv46WVT/mBaQ//RkzPhmzDr/lFTA/661Pvwc9zT9Teci+t+uRP27urj6kDDc/kxqxP17r
        gL8Tft4+hnaMPhBxiD974NE+K33av4CHDj+MPUy8qEGVPr1NS7/vsiU/872mv5pnBcDmfdw/pE6avl3IEECnao2+BS5Vv7rNZL9j
        D8M/P8hmP43uD78i2vU/hp9yPkZ+FL/HMoA+ZHhGQHc+6D7uJDy+Zo5Mvijltj1CBDe/+JvmvrNqFD7fuo2/f1qQP/Z9QUDgFcE+
        2T3Cv4CLTT9ISZ8+DAY9PsNa0j5d6su/4pNVvxoSX78NLD++NgUTvnQgwb7Cets+Z3IIvuTFWr/jtAA/2PB8vj5Uvz+vppi+VWGL
        u9e8Cz1bFWE9W4WoP5Ia9D56wCy/HV4EQGeOMj5SX6y/0hBHv0C1Wz/t1L89XPtuvx1/CDy6Qdo/L9xwvoJ+bL4mldc+yQy9v8cc
        vT88Bic/NjThP1RFmr/2NV2/856IPwJhej47PWO+5pSyv0RYiL/lK8U/qEelP3C0DL+CSC2/QPAqPzvBAL+HMYa/rlnrv0S8l78s
        uKs+3K3HP2sWJj/i/0HAYNEAP52F8L5PdF6/Z6cnP/WQxj4cCos/+6+wPmpH6z6cNXa/PAPlvjBYpr4d9wVAvk2IP+mQsD9I7xa/
        jfqhvqzqS79koyy/NKWVPyqO1L8HWQ8+keswP6ZZZr2G6yVAblcov/LJ4z+ERrY/2r7VvAJdB8CB886+F4JXPV2q2r86fM0/p5cF
        v/dZK8DnToa/lxijPxcrK7+ffd4/GrXaPvI+0T48wlS+ZSu3Pwv/OD/LxS8/cKyHvflp4z/JxRs/6OcdvxdUqD7FmKG/lfriPqnP
        V78wtIg8JcqjPljtOL7WzBjAL+QPv0iiZT+u0mG/Z8EUv8ZfEL8LZw49czALP2fQGr+du9u+GORuP3HEmb/FH8M+WIcFPur7Lr+M
        Edg/3kmHv4zSB8CgY5m/y8O7PtYpvD/uDwi+hPy4vYIxRj9CKcG/n1CZv7nVBr2UmjM/k9kfwPvXXL6Bm56/pRrWvh+3mz/0PTi+
        +aRgv3OdVT5xGJM/sqqfPYeKCUAQakW9dWoDv9rTNr+ndKw/3PmOvirlkj6u11a/t6rzvtP4hz7sCbW9cop8vt0ZDj+17Nc/TGJF
        vxvWyr+W9bc90QBFv2qDjj8UdEI+zkcgPhZBiL8LsGa/bfo4v68qnD95IKY+QhYIQFBYnr5AuI2/NmlJP01Fzr5v8TW+HE55P84E
        ob0UPEA+OlNRv0FG678v8Kk/EVoEwD6xU74EOaE/8Bbev4s0Eb9c9Vy/7xWtP+mCwj9PWEA/N7UHv6x/c79q0jm9S5jlPXAJF0DC
        BRE/gvHwPst7l788wjHAC4IQPwFglb6/lwC/omm1vw6fOz8kcHo/jE6ZP+QnGz1JNue+BjHmvJeLHD8bzPq9WVeiPySecD/XVTG/
        UYp4v1DCYz4HLMa+Hy6pvuIsaT8xGfk9s1ylv3mbij6+1WM/0xmlvzefCb4rQoG/SmYyv13Xkz6ecyW+zgAVv5j2rj9HXYU/C/zK
        PoQ+qL8KGag/KOWKvj/wvb9Zyja/dbSQPy8kcb6TATA/yiyxP/N0GMB1G2E/HSM0PrSDt785XgO8z6xMvxOF+j8CJYW/3XizP4d3
        TT/gd4++mm6ivmBkRL6HPsg+QGBNv9J7Cb/1ZIq8TZakP2ljfj9ReVW/7xxwP6PAWT/kBOa/zMlIP3Alcb8Dw7Q/k8cjvxAzDr4z
        NMo/YwIqP10KFD5IhNS+uZoAv8NQob8AblW/YQEDPqkwvL+8MAU/1GIEPy20BMB9WvS+AWczvwTJlj98nYy/zK4DQHiLtL1KxLM9
        90qLPw/39b7fme8/yw0xvtaIhb+l2oQ/GjY/v+IhOsCdVhg/zP8CPjtqbj8QDKc+eBBnvjIE+L8ANig/iEwOvnIxWj/MjeQ+Jet8
        vTVLJT9WGZS+bXyXvxxghT9KPKW/hPmXvuMhkD9pee6/cXUWv9dtcb8+5XY/xZ/rvhqvrT7VSsc8i0bvvWIcBr4e8Bw/3+wYv0yP
        K7/F+sg+D/pbPzofijuaibS+ppeFP+2pXz9C3fm+Cf+cv9DMzj5+wiTA8T8XPwnoG0CgT38/RgZ6P4Im071mLYO/Q/2kvjLv2T7H
        miM/mgCJPQkQ8r/mmh6+PWSJPmj8nD85Z366J3G2vYioCz76LzQ/yffIvnZn6D82sZi+pgxsvwsBRz8St30/D6XqPNdQFr9lTWS/
        76wBPxq1ZL4Sp8k/qhoOPpm0YL86UgM/cFiEP7Nakb+wgbM/n0cuP8SkGr5WC4m/hRsMPe+XpT6Mt4Y/M4xNP6INLL7rjg0+w4qz
        PjgiCD++etS/sjAMP4803b4dcsi9mIsCvwTtoj8tkdU/CaSOv4llyT/FFPM+DSB3v3V9cL+4opo/3GhcvtgfkT+bnVO/qjJ4v84M
        dz5FqDm/q+eGvj5gD8Bn3dI+qFPpvmukqb9XUfw6rPkMv/ZBgD+UR2C+rW0SP8IiQz6yshA/SyLMPrl6uL+zj1M/DGkLvxJKzz/C
        Qj4/A9qQP6aE3L8aM1dACodqPUPFkz/wuKw/Rd+MP0OgCsBX5Ng/iqXLvm4RR78Af5Q/pJFJP6OTdj9nnPe+7rycv8f8qj55qpk/
        4k57P8xaSD5jDji/tuMgPixQcz3KWis/fhmqP9hi8T6YB52+SwjivbstoL/+QkW/JkW5v2zh2D6ncL2+nUHnv9XUAD5C5WI/5kmz
        vr59Db+Q/Uc/gclxP2R4oL8mT3m+0imzPzZamD9xt5G+FXDevwbSrz5X2L67jbK0PlcNNj+ZlWE/i5K0PsWamr8fgJA/0wgcP8R1
        aj7YgGU/C9ngv+NYJT93ma2/Mp8kPzX7JT9mtdW+S/UCwMq3/T5X/3w+LIRCP8+Fkb6dObQ9mNaqPhICAEDbtma/Yd7CPxQPvz9M
        l6A/QQ2qP12GQj8wDIw+tHyPPuzART8xmG89KGblPzlws7/Z1NS/c9WgPw67mr/Vez2/ZlrMPqezXb/dYgg/n+PXvj0PDj9+pFO/
        SB7/Pl104j/Pfxo+WEmwP4PheD84To2/QySmPykyMz/8XmQ9n8fmvpKf/j8IpiXAKI36v2WZlj/loIq+yeG7vW5jDz1uLFo/df8h
        PY7rOj9R9TM/Iz2WPmV9JD8rn+y+4fdkPvB8tz6ywiu/0Ykbv7ARjr9mxWy/OrrEP/tYU77sAvU9PeuQP2e6GMD3H60+2CbDPFtM
        XL+zma0+MoUIQHoT67+g8gXA+/8BP9g2zb/jjHQ9hvoAPytfhD/xZii/sU2AP5J+aj/udVo/w9uXvo2ghz6PjZc/WmhDvmRdEj8l
        xke/b7EgPy0KeD+dEMQ/fu1EPrjscT96hvU/wnPovxXfhT8HNvQ/8fLPva3UmL9Utok/OSaJvmpwST2DOKQ+K+LVvVuWQb+t44a/
        ORV1v0JO+D74sQe/bVsPwP6s27+RBIw/g8S0v/Wk/T9T+oq+RZKIv6tt2bxcFUW/izyFviQLqr89vgc/DZ4uP0cqCsAgQhq+dGoO
        v+jB2z9rwE0/Vg1iv6+aAL1DQ+g/AQ6svry4SL8Xti69tbObv01xfT5pagS7EZg1vqI1i7+uVKS/mSsVPQFubj8wI/G+scmWv5fm
        vL/tsHi/1b7/vRrkyb+Ntbs+zXxtP7olVb6AWBg/qGMQv31krb87+Oy/pmEnPVszhr8neSfA1qNDP0wX0r3xW929GXq3PkN/YL4J
        h8i/mZ8+P0QB+T/8xnM/SNqkv/JKnL+1rQTAXL0jvoey7T+hXqK/OxMJP5QrjD5Ywo++iH/APqToUr7rVAZA5gSrP1ehkj68Hxq/
        lImUP/PXA8DH1Ro/6oD4PmIShr4EJuk+bldQP5n3kb9ad7s9m3KrP6OrSb9fKh4+huICPxRy0D/ANkK/YZ4mwMLN/T77MbM+UpB0
        v0cYyb+MFEK/2xciP8441j5OzLI//NOev+KghL8loAU9lmuAv1QjWr9Dxqq//5JmPx5+ij+AcgO/SpGWv5FH5L9b2yo+Hh/Wv2Cx
        Bz7kVw+/MDbQva6zwj8apb8++du5PZRqhD7zUBK/KauZP6mNTz/V1d8/gGcMv2X0db82XnE/PZW8vhZeur+I/LO/WZgNQJdoaj+0
        fAG9zrB1PXMpzT96jXA+0nUrPyeY8b+NoRRAYIiTP7QZkr6qdAA+sxXkPiQ6lT59RpI/dFjVPjxRgj+4VRc+VzPrv+aQdj97oE0+
        GBGavwr3or/Y8II/NJkSP/rckr/8Ikc/rB2MPogsHUAct0C/UV7LP548Mz8MRkq/SDCPP1fuXT4SOQk/B9yYv2Pmkj7MYUg/vtdk
        v86DBL47ztQ/QVojPwOWLz8wHh++m2iJv1Z4oT+C5sy+CCKEv7wzdzuQFvQ9mlmCvrx2wj9CJfw+Rdmcv3orvr8Urqy/CAXevtkm
        AUAztBTAjSklv2a1er+u3bg+ukfkvgFsRb+BHgI/KeM/Pxq1gL+I3Bi/l3bSPtdxg78I8xm/Qb4ZQP8kHj/O+z6/IMIQv2KejbyY
        XwNAxOXPv/B3sj4UwJw8VXgHvzWhBsBVr/8/WNmPP1caPT/lQhk/n9f/vZWe/r5Ereu/iRotPhD7mD6YKKw/PHErP4V0jr9tHpe/
        e6XoOLFI7z7Zd2i/K48tP6L2BMCLMRA+QnBCP3elij4Xe6U/QNqhP7QL/b9v9g0/Wy+dPgxETr+sJn0+WEAWv7V/fL6/Pdc9hhS8
        Pk31hD4i/qK/qanIvhUV5D/l/Tc/An0jQOhhKb+OPcW/7TY0P9rnNj+05I4+r5ZXv6jcYL/Ec9++8xiDv3YOWT/iQOI+7ntLvrLY
        tj8mrYS/hy2uP34uyD+L/He/9itpPrtyQb9+/h8/G5WLP/FMor98Ewo/ogdvP9qcoT0Irby/Ab2wPdejuT5o7D/ATTLtv4ncsT86
        rLg/t+glPccrsTuvOuC+V2VVP/sYLT9dD4m/o9yKv/+nV7/f6Yw/qpnSPvfIW78fgjA/YB4dP+adVL9el9E7SaABPeiSTkCBJd2+
        ulNzv89AVb+IKtC9UhBXPgmjEj7k6fG+arSIP0q0B7+eeApAERDZvwyBRr9B8uo+9nJwvx6ylj/uy6w/3qcBvxhT0z6gXgU9kXgt
        PDmfCMB2fZs/dYqHP1y0ZL+Dyhc/vhTAvxpX3r8yFAY/YuJKvuyT1T5bwYs/3jgQv8W0R751E6i/lOASvxP/dT8oFdQ/L6eCPgrd
        BMA3GVS/KPCMP8Xpr75A+RW/5btTv+8nJb9t+vS+4ZdNP7hwBr+/HUC+TK8KP7dour4W3SW+GuulP0GWoj3H7hU+N1LVPiSUiL4V
        VTM+BiaTvw8vVT5VX6O+iMCHvxT7ib8LEre/GxEIvWSWMz+Fin6/EO2svufejr9GLjo/iMbfvuB8s76ZVJq/0ks2PwyqNb7NL+O+
        6xHWP7oEhz5d0nC+NOcpv/auUT+PPP2/wuGqvoU/BL/SCADAlBuIvygiEL7MJZI+k5jPvocKHj+rWim/Ne8TP5etyb8wtBU+sHip
        PtmHyz5ZDiO/Ncecv9tTmb1ZIx8/5emHPih0sj9apzi/gnpMP6rWhr8kqqI/axlzv73ylb8YLEs/zaijPiaRAsAD0Uq/1/BtPqKn
        rL810n6/4dPAvh9qKb/0vzo+msIjv+IfHj+lV48/I8+nP/P/t793MBg+aweRPU882T7b9VU/kQaGvaOgf79++l2/9YhzPFR8YD9D
        z4G+itPCv70pvr8uDDLA9s/Rv9+xj7wlNJW/dgDtP6A0jD8+Lu0/XKaDPg/nYD5lsZE/cX6Kv+kf+j4tAi+/wItuv47b7z4tJuq+
        oxmGv+urC7z1kQvARQuIvQK9yD985eM/CApfvyTUnT8riqo/Zp81v/XlS74C2D0+fbWdvpwsTb83HRy/LuHjvk4x0L6Qi7I/xfhb
        v+H8eD3lLX6/r1mqPlqI6j+EZxg/X17aP0CpnL9x+Ms+l+mkvxr6/T0d3EC/q6MLvp/DBT6hdEi+Jx6EPz0Qvj23w2O+go9KPn/o
        Pj5LZoq/5kEgv/f1zj3ckqS/3vonP/+pyb8UYEs9cuA5vhZMxT+1Zoo/xv80vrLyZb7bJAu+rmOJvzRpTT9RggVABnuMv8MYrr+0
        Krq9Pz1+vXVvXj5d0k2/Jz1sP6maCECHC7a/tlhpv4xfkD+j1+a9RK+wv9zagD+LV4Q+L4bePxUsW77RaIG8hAV9viVrgr3bzgG+
        ZLh4PmZYBT9NeKW+T4oPPvo0czyJL24+c5CDv8IxSD7wdDM/Vp2lPh5XSr854YQ/CzBWPg5vEz9LAB4/ddRFP0cbdD6XKEG/Eck4
        vSPqFb9rjUM/Kq7RP/t3Gb/0mQG/4xVNPyCZXL4nHi9ATnHOv4iSBr/aA+E/8OaRPoc5vT5UfiC/UhuhP3lVvz8oIRLAN2muPiBg
        PL5k2cg/lFaSP6xlvL9M3sa/VMcoPx3lmz9wKVu+rqdiP8pzyD+hkH4/eVuDPi1em75FrmW/6uF0P9AAub6DTbw+m3i5PyL5y7/g
        R6o/EHvzPtIG5z7dnmk/DNqjvG6MHj6J4+Y9PU3zProxKr+X4Mk/9rtIv8jqz7/6rw4/lskVP6TDVr+aWlU+pXzbPgX3hj6Zf/q/
        EeSUvl/zXL+3IYM+3WutPtd5CUDcxivAnj+Gvi6Xkz/1Os2+EoW0PwL+vL50uXu/BOVBPyC0kj93oV6+hFnHv9Xy5j0sJs29xoqM
        P0p9Fz8YedS+v+M7v+L+lz9KLK4/fE6hv2tpHj+emTVAY9hLvdkXn726Hx6/uSYUwBRQRL8W4ow/8rQNvxodAUBO9qI/UaM5PzYN
        ZL9jrZE+WT+CvvuLsb/UE089Vxt0v2KYP7/1QVu+riVZvwrv9D0hkSq/yRKZPyOzIj2mdlY/JfMnP78Pjz/s7ZC/LAUDPkPV2r2h
        4rU/0J7OP7Znfr4zyyc/U2FYv8h9Hr/p5yM/oUWEP3WXWD08mMM+5KYGP4lGFkCV8Ik/j0kLP0io5L0fo0q+cOnLP4NyJr9bzxe/
        u1GPv+2A3z+yA4s/y7ogPg1W3b4jexQ/PVLCv4BLpb+NibC+yqAnvwW0nL+g+w4/GyTHv1yJt75mMDY/HjWtvxcSxj7Ael+9xfOr
        PwTNl7/bfFE/2izFPsgOlTy3iw/Alm0/v9Ptar02u06/aFJRv1uDH78Fs9+/QUvpPR3W5r8NYg1A7kfxPmJ9Nr8p66c/ymZ0v3Yd
        rLzWfqC+6vfKvopcGj+71OE+2Y76vmuYZr38ehW/nXshP8Augz6BelY+XMgKP4nv5j6Mle8+hIhKv3bPkb6A4OA+hu7rPnZPqb7Q
        clU/cyP3P0DUar8dLCG/vStDP9It0r5y5Hq+JTgOv/kSrj5klN4/4p8KvisS6L6ok5E/9PtVvnWpyz8KY4e+Yd5fPy+y4D35j4C9
        5U0RPo8FMD7/r8i/rJL8PqOP9D/PLeo+WhqAvhTCBcBY4o4+yrovvhYCkT9Kr6U/drRPP3Yd7r+yyxhAsDDZPsPJQD4ZimG/kV7p
        vTSKPL9jC4m/TuJ4P/tVAL9dhoy/XWxXP3jeer6tzAQ+Q7qxvi5Srj8K+4m/BKIowI91ur+759k/HQU/Pmdanj+6R8w/CZtAPvaL
        8j8n6Tu/UHSRvixJHj9riaa/nfJnv5j70L8y7wm/xdMCvtbdFb9cMcU+5O8IwNL1O79K3w2/WYV7PyoBR78gtuA9VpQ2v7Yxqr9X
        BwO/pM8JQGTYVz8/5hS/zZyfvpCDhD+DqQTA1p0rv5ivjb9KyDG/vPm2PtkmS77V7STA00ZTP0qETz77DZQ/d8geP6RcDr82zvk/
        jQ84v4RgAb/xkw2/kfKMv6BoU7/+GIK/R8F1v+5nBr9OoRm+vzY/v2rr7r/cdkO/hUSSv8MKuT9Rlui7daD2v3YB7b4lwAI+4g1i
        PdxH2L8JCak/Mtv/v4DLw7+H7Du+cxaDPOvOVD+gkN++7mUDP3OE3L5u0qI+4F23vXXkn7/r03e/Srdzv8X+q70/OIG9Scuevl/v
        MD+fYrE/WFd1PdOpHj8z0wG/MiA6wNity79Jg2O/D8IZPywWvL1HGm2+Fm3WP5bi2z6aIW++xvsXv7rOwb7xzoC+xu4gvjH4UD9U
        KNK+CzlQv0RkFr93QyQ/IHWsvkkqhj3kDEdAjBDrP88HtD9icRw/5t5YP/54y76oAsu/bYtav0+YVj9nPzq/lAelvixa2z1f0QBA
        WmFxPhXqtD9M6Zm/Bl9hP2Bayr82U0U/WxItP0DMIb+CwgU/bNIjwBGlL7+KaFk/3opeP5GgFz8X7rY+Sl5fvuquoL8uXUE9wFmN
        PsXusL0Lty8/1QrbvdMycT/s+BW/+gFcvyWMhb/hBy6/KFiRPmyFCD8uE/C+xlwaQMGruD+7kQq+TjgQP+rcHb99NLq+XDUKv6rx
        pj5HfV2/lc7AvrFc4DxWbJQ/vcBPP3J3z7+E/lW+cVJnPzTB6T1EmR8/2c7bvZ+18j2LMxu+q0JTP3CBoL/q3De+vF6jPppLAD9z
        GOy+AOqTv6szBD79bwY/LGgyP6iKBz9nVLw/GJ2VP4G0gT/C6hPAvm+Yv7AB776ToDe/IfewP0qBkr+gjQ29VA7dPU4ukj/4mEA/
        JGWDPdDjUj8Q06Y/4vUyQLH2mL16LjW/q5PMv89OEb6LWpk/Fa6DP7S9nj7dr+y+au9FPmkAjL/xQbG/ibHgPxHaYj8iCBy/X9XP
        PviFGcBoWrQ+pGQIQCaCOb/erKg/OkSEPo8wUj/yeAw96jhmP5zWHj8xC7E7ZIERv2eyg76LIBW/V5ygv1OYqj8ceCU/PE5GPnBg
        KD8cBA++a8Suv4Vj2T4Vc4m+ASGvPiWqrz7+Wj+/TwOQPjlmuj5UtZE/L9plv0p/Qz8sccA92MQVP2b6gL4JGjs+HVoVQHBaZL1W
        HzO/AvoPPvx5DD6/aea9bJtuvklbP8CghsS/kNodP/SmiL/3XGK/HtCrPlQVDT+Ln+g/GybIP44oOz8z+w6/lu/uPr3nH76Ihm+/
        3FDHvsXFEb8ppge/dNJMv/ULCkA6jF2+LZ7XPo2bgT5ZMmy/KnA6P/rS7j+HJDA/Z5/Yv9R2Fb/3ypM/3Ex1v9yDAsCljx6/0bNm
        PwUi0j/WSMo+xtG1PkNP8b5a8xi+NdNGPlyUHcD6hoQ/lDAUPy0m7L68JRo/Q6EnPm5aFL49YDY/2quzv0+xqz9OeOu9de+0P46N
        DD8ncYe+SuNwPyLp1z/abvq+OkpPP8IDPz/2MRg/wafTvw0j9j242B0+93k2P8Dt9z500vu9im4FP7gdDT+qR1U/HxqtvxhEwj/3
        Dfe/9O0GP6MkgL9RY4W+R6clvp0gLD88a4A/e7kCQJd+Uz/AMds/EdQ6viCJXz/r51s+ZiKNvqZC075a1MU/uWbyvlPT6T/PZEG+
        5R7lvuZONT9tGQ8+yg5MP4ugsr9PXY2+RI01v1l41D98D9C+TjY7v/GxlT3DgJ0/FFIsvz/X0z89qxk/VjSlvcWEnr7djKS+QBgc
        P6wbiz/4/cG9P9khP2aK1T4HrMC+lCS7Pz7ay7+Mqwe/HNdGvwm6PL8VMV+//uR7P4S6WD8YQ8C/ii5qPaAEnb++RiG/XVmePpEJ
        2j7Ltzs90RXLv9Wv+r5uRY2+gu2PPWuOB0AiP/c/q/EFvw==
        """)
    // END GENERATED
}
