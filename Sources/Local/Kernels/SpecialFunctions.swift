// Scalar special functions that reproduce, bit for bit, what JAX 0.10 on CPU
// (XLA:CPU) returns for `lax.erf_inv`, `lax.erf` and `lax.logistic`.
//
// How these were derived: not from the StableHLO/XLA sources alone but from
// what XLA:CPU actually runs. With `XLA_FLAGS=--xla_dump_to=DIR` XLA writes
// the LLVM IR of every kernel before and after optimisation plus the object
// file; each function below mirrors that IR operation by operation, and the
// object code (`objdump -d`) tells which multiply-adds the LLVM backend fused.
// XLA:CPU compiles for the host CPU and lets LLVM contract, so on an FMA
// machine (every x86-64 since Haswell/Zen, every AArch64) an `fmul` whose only
// use is an `fadd` becomes one `vfmadd` (an `fmul` with several uses stays a
// separate, rounded multiply). Where XLA fused we call `fused(_:_:_:)`
// (a true fused multiply-add on any target), where it did not we write a plain
// `*` and `+` (Swift never contracts those). On a host without FMA, XLA would
// round those products separately and differ from these functions by an ulp
// or so; JAX's results are host-dependent there, ours are not.
//
// Where the kernels come from:
//   erf_inv  chlo.erf_inv, expanded by the StableHLO CHLO legalisation into
//            M. Giles' "Approximating the erfinv function" polynomials with
//            w = -log1p(-x*x); log1p is XLA's `xla.log1p` intrinsic (Cephes
//            rational for |t| < sqrt(2)-1, otherwise log(1+t)); the f32 log is
//            XLA's Cephes/Eigen `log_f32` polynomial, the f64 log is libm's.
//   erf      f32: XLA's `xla.erf` intrinsic (odd rational, explicit FMAs);
//            f64: a call to libm `erf`.
//   logistic XLA's LogisticExpander: 1 / (1 + exp(-x)); exp is XLA's own
//            Cephes-style polynomial for f32 and its `xla.exp.f64` for f64.
// Where XLA calls libm (f64 `log`, f64 `erf`) we call Glibc's, which is the
// same library jaxlib resolves at JIT time on Linux.
//
// Denormals: XLA:CPU runs its kernels with the x86 FTZ and DAZ bits set, so
// a subnormal input reads as a (signed) zero and a result that is tiny is
// stored as zero (e.g. `logistic(-87.4)` is 0 in JAX, not 1.1e-38). x86
// decides "tiny" before rounding: erf_inv(1.3264034e-38) is 0 in JAX although
// the product rounds up to the smallest normal. Every public function here
// flushes its argument, and its last operation (the only one whose result can
// be tiny) applies the same before-rounding rule; inside the kernels no
// subnormal intermediate changes a result (checked exhaustively for float32).

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `lax.erf_inv`, `lax.erf` and `lax.logistic` as XLA:CPU computes them.
enum SpecialFunctions {
    // MARK: - erf_inv

    /// The inverse error function, bit-identical to `jax.lax.erf_inv` on
    /// float32 (XLA's ErfInv32).
    ///
    /// Giles' single-precision approximation: with `w = -log1p(-x*x)`,
    ///
    ///     w < 5:  z = w - 2.5,        p = P_central(z)   (9 coefficients)
    ///     else:   z = sqrt(w) - 3,    p = P_tail(z)
    ///     erfinv(x) = p * x
    ///
    /// evaluated by Horner's rule with fused multiply-adds. `erfInv(±1) = ±inf`;
    /// `|x| > 1` and NaN give NaN (through `log1p` of a number below -1).
    ///
    /// `jax.random.normal` (float32) is `Float(2).squareRoot() * erfInv(u)`
    /// for `u` uniform in `(-1, 1)`.
    static func erfInv(_ x: Float) -> Float {
        let x = flushed(x)
        // XLA writes x * (-x), which is -(x*x) bit for bit.
        let w = -log1p(x * -x)
        // Both branches' coefficients interleaved: XLA selects each pair
        // with the same predicate, so one loop serves both.
        let central = w < 5
        let z = central ? w - 2.5 : w.squareRoot() - 3
        let c = central ? ErfInvF32.central : ErfInvF32.tail
        var p = Float(bitPattern: c.0)
        p = fused(p, z, Float(bitPattern: c.1))
        p = fused(p, z, Float(bitPattern: c.2))
        p = fused(p, z, Float(bitPattern: c.3))
        p = fused(p, z, Float(bitPattern: c.4))
        p = fused(p, z, Float(bitPattern: c.5))
        p = fused(p, z, Float(bitPattern: c.6))
        p = fused(p, z, Float(bitPattern: c.7))
        p = fused(p, z, Float(bitPattern: c.8))
        // The polynomial is indeterminate at |x| = 1 (w = inf), hence the
        // explicit edge case; XLA multiplies x by inf to get the sign.
        return productFlushed(x, x.magnitude == 1 ? .infinity : p)
    }

    /// The inverse error function, bit-identical to `jax.lax.erf_inv` on
    /// float64 (XLA's ErfInv64: Giles' double-precision approximation).
    ///
    /// With `w = -log1p(-x*x)` there are three regions, each a polynomial in a
    /// shifted variable, sharing one Horner loop as XLA emits it:
    ///
    ///     w < 6.25:        z = w - 3.125,        23 coefficients
    ///     6.25 <= w < 16:  z = sqrt(w) - 3.25,   19 coefficients
    ///     w >= 16:         z = sqrt(w) - 5,      17 coefficients
    ///
    /// `erfInv(±1) = ±inf`; `|x| > 1` and NaN give NaN.
    static func erfInv(_ x: Double) -> Double {
        let x = flushed(x)
        let w = -log1p(x * -x)
        let lt625 = w < 6.25
        let lt16 = w < 16
        let z = lt625 ? w - 3.125 : w.squareRoot() - (lt16 ? 3.25 : 5)
        let table = lt625 ? ErfInvF64.below6_25 : (lt16 ? ErfInvF64.below16 : ErfInvF64.above16)
        return table.withUnsafeBufferPointer { c in
            var p = Double(bitPattern: c[0])
            for i in 1..<c.count { p = fused(p, z, Double(bitPattern: c[i])) }
            return productFlushed(x, x.magnitude == 1 ? .infinity : p)
        }
    }

    // MARK: - erf

    /// The error function, bit-identical to `jax.lax.erf` on float32 (XLA's
    /// `xla.erf` intrinsic).
    ///
    /// An odd rational approximation `x * P(x²) / Q(x²)` (degrees 4 and 6 in
    /// `x²`), evaluated with explicit FMAs, clamped to `±1` for
    /// `|x| >= 3.8325066` where it has saturated.
    static func erf(_ x: Float) -> Float {
        let x = flushed(x)
        if x.magnitude >= Float(bitPattern: 0x4075_47CB) {  // 3.8325066
            return Float(signOf: x, magnitudeOf: 1)
        }
        let x2 = x * x
        var n = fused(x2, Float(bitPattern: 0x3970_2D51), Float(bitPattern: 0x3B5F_5DA2))
        n = fused(x2, n, Float(bitPattern: 0x3D50_B6EB))
        n = fused(x2, n, Float(bitPattern: 0x3E3D_A740))
        n = fused(x2, n, Float(bitPattern: 0x3F90_6EBA))
        var d = fused(x2, Float(bitPattern: 0xB3FD_3906), Float(bitPattern: 0x37C5_88DF))
        d = fused(x2, d, Float(bitPattern: 0x3A85_6D28))
        d = fused(x2, d, Float(bitPattern: 0x3C66_87D4))
        d = fused(x2, d, Float(bitPattern: 0x3DE3_4C21))
        d = fused(x2, d, Float(bitPattern: 0x3EFE_B44A))
        d = fused(x2, d, 1)
        // |x·n| > |x| and |d| >= 1 here, so the quotient of a normal x is
        // never tiny; only the DAZ on the argument matters.
        return (x * n) / d
    }

    /// The error function on float64, as `jax.lax.erf` computes it: XLA:CPU
    /// emits a call to the C library's `erf`, so this is libm's `erf`.
    static func erf(_ x: Double) -> Double {
        // libm's erf is never subnormal for a normal argument; only the
        // argument needs flushing (under DAZ libm would see a zero).
        libmErf(flushed(x))
    }

    // MARK: - logistic

    /// The logistic sigmoid `1 / (1 + exp(-x))`, bit-identical to
    /// `jax.nn.sigmoid` / `jax.lax.logistic` on float32.
    ///
    /// XLA expands `logistic` to exactly that formula (no `exp(x)/(1+exp(x))`
    /// branch for negative `x`), so results below the smallest normal
    /// (`x < -87.34`) are flushed to 0 and `exp` overflows to give 0 below
    /// `x = -88.72`, as in JAX.
    static func logistic(_ x: Float) -> Float {
        let x = flushed(x)
        if x.isNaN { return x }
        return reciprocalFlushed(expF32(-x, plusOne: true))
    }

    /// The logistic sigmoid `1 / (1 + exp(-x))`, bit-identical to
    /// `jax.nn.sigmoid` / `jax.lax.logistic` on float64.
    static func logistic(_ x: Double) -> Double {
        let x = flushed(x)
        if x.isNaN { return x }
        // XLA's exp returns exactly 0 below its range and +inf above it; the
        // division then gives exactly 1 or 0, and XLA selects those directly.
        if x > Double(bitPattern: 0x4086_232B_DD7A_BCD2) { return 1 }  // -x < -708.396…
        if x < Double(bitPattern: 0xC086_2E42_FEFA_39EF) { return 0 }  // -x > 709.782…
        return reciprocalFlushed(expF64(-x, plusOne: true))
    }
}

// MARK: - Building blocks (XLA's intrinsics, mirrored)

extension SpecialFunctions {
    /// `x`, or a zero of the same sign if `x` is subnormal: what XLA:CPU's
    /// flush-to-zero / denormals-are-zero mode does to inputs and results.
    @inline(__always)
    static func flushed(_ x: Float) -> Float { x.isSubnormal ? Float(signOf: x, magnitudeOf: 0) : x }

    /// `x`, or a zero of the same sign if `x` is subnormal (see the `Float` overload).
    @inline(__always)
    static func flushed(_ x: Double) -> Double { x.isSubnormal ? Double(signOf: x, magnitudeOf: 0) : x }

    /// `a * b` as x86 computes it under FTZ: zero (with the product's sign)
    /// when the exact product is below the smallest normal, even if it would
    /// round up to it.
    @inline(__always)
    static func productFlushed(_ a: Float, _ b: Float) -> Float {
        let r = a * b
        // A 24-bit by 24-bit product is exact in Double.
        if (Double(a) * Double(b)).magnitude < Double(Float.leastNormalMagnitude) {
            return Float(signOf: r, magnitudeOf: 0)
        }
        return r
    }

    /// `a * b` under x86 FTZ (see the `Float` overload); `a` and `b` normal or zero.
    @inline(__always)
    static func productFlushed(_ a: Double, _ b: Double) -> Double {
        let r = a * b
        let least = Double.leastNormalMagnitude
        if !(r.magnitude <= least) { return r }  // normal, infinite or NaN
        if r.magnitude < least { return Double(signOf: r, magnitudeOf: 0) }
        // r rounded to exactly ±least: redo the product scaled out of the
        // subnormal range; the FMA residual then says on which side of
        // `least` the exact product lies.
        let sa = a.magnitude * 0x1p64, mb = b.magnitude
        let rs = sa * mb
        let residual = fused(sa, mb, -rs)
        let limit = least * 0x1p64
        let tiny = rs < limit || (rs == limit && residual < 0)
        return tiny ? Double(signOf: r, magnitudeOf: 0) : r
    }

    /// `1 / d` for `d >= 1` under x86 FTZ: zero once the exact quotient is
    /// below the smallest normal, i.e. once `d > 2^126`.
    @inline(__always)
    static func reciprocalFlushed(_ d: Float) -> Float { d > 0x1p126 ? 0 : 1 / d }

    /// `1 / d` for `d >= 1` under x86 FTZ: zero once `d > 2^1022`.
    @inline(__always)
    static func reciprocalFlushed(_ d: Double) -> Double { d > 0x1p1022 ? 0 : 1 / d }

    /// `a * b + c` with one rounding. XLA's kernels fuse exactly these
    /// operations (see the file header), so the grouping is part of the
    /// result. `addingProduct` lowers to `llvm.fma`: a `vfmadd` when the
    /// target has FMA, otherwise libm's correctly rounded `fma`.
    @inline(__always)
    static func fused(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }

    /// `a * b + c` with one rounding (see the `Float` overload).
    @inline(__always)
    static func fused(_ a: Double, _ b: Double, _ c: Double) -> Double { c.addingProduct(a, b) }

    /// XLA's `xla.log1p.f32`: a Cephes rational approximation for
    /// `|t| < sqrt(2) - 1`, otherwise `log_f32(1 + t)`.
    static func log1p(_ t: Float) -> Float {
        guard t.magnitude < Float(bitPattern: 0x3ED4_13CD) else {  // sqrt(2) - 1
            // 1 + t is one rounded add, as in XLA (no compensation).
            return logF32(t + 1)
        }
        // XLA seeds Horner's rule with `0 * t + c`, which is `c` for the
        // finite t that reach this branch; the remaining steps are fused.
        var n = Float(bitPattern: 0x383D_E04B)  // 4.527e-05
        n = fused(n, t, Float(bitPattern: 0x3EFF_40C5))
        n = fused(n, t, Float(bitPattern: 0x40D2_84FA))
        n = fused(n, t, Float(bitPattern: 0x41EF_4B9C))
        n = fused(n, t, Float(bitPattern: 0x4273_CC76))
        n = fused(n, t, Float(bitPattern: 0x4264_73AD))
        n = fused(n, t, Float(bitPattern: 0x41A0_5101))
        var d: Float = 1
        d = fused(d, t, Float(bitPattern: 0x4171_01AD))
        d = fused(d, t, Float(bitPattern: 0x42A6_185B))
        d = fused(d, t, Float(bitPattern: 0x435D_C32D))
        d = fused(d, t, Float(bitPattern: 0x439A_8CA3))
        d = fused(d, t, Float(bitPattern: 0x4358_6D8A))
        d = fused(d, t, Float(bitPattern: 0x4270_7982))
        let t2 = t * t
        // log1p(t) ≈ t - t²/2 + t³·N(t)/D(t)
        let r = (t * t2) * (n / d)
        return t + fused(-0.5, t2, r)
    }

    /// XLA's `xla.log1p.f64`: the same Cephes rational in double precision for
    /// `|t| < sqrt(2) - 1`, otherwise libm `log(1 + t)`.
    static func log1p(_ t: Double) -> Double {
        guard t.magnitude < Double(bitPattern: 0x3FDA_8279_99FC_EF32) else {
            return libmLog(t + 1)
        }
        var n = Double(bitPattern: 0x3F07_BC09_62B3_95CA)  // 4.527e-05
        n = fused(n, t, Double(bitPattern: 0x3FDF_E818_A0FE_1A83))
        n = fused(n, t, Double(bitPattern: 0x401A_509F_46F4_FA53))
        n = fused(n, t, Double(bitPattern: 0x403D_E973_8B8C_B9C9))
        n = fused(n, t, Double(bitPattern: 0x404E_798E_B86C_3351))
        n = fused(n, t, Double(bitPattern: 0x404C_8E75_9747_9A10))
        n = fused(n, t, Double(bitPattern: 0x4034_0A20_2D99_830A))
        var d: Double = 1
        d = fused(d, t, Double(bitPattern: 0x402E_2035_9E90_3E37))
        d = fused(d, t, Double(bitPattern: 0x4054_C30B_5221_3498))
        d = fused(d, t, Double(bitPattern: 0x406B_B865_90FC_FB56))
        d = fused(d, t, Double(bitPattern: 0x4073_5194_5DC9_08A5))
        d = fused(d, t, Double(bitPattern: 0x406B_0DB1_3E48_E066))
        d = fused(d, t, Double(bitPattern: 0x404E_0F30_4466_448E))
        let t2 = t * t
        let r = (t * t2) * (n / d)
        return t + fused(-0.5, t2, r)
    }

    /// XLA's `log_f32` (Cephes `logf` as vectorised in Eigen's `plog_float`):
    /// split `v = m · 2^e` with `m` in `[sqrt(1/2), sqrt(2))`, approximate
    /// `log(m)` with a degree-9 polynomial in `m - 1`, add `e·ln 2` in two parts.
    static func logF32(_ v: Float) -> Float {
        // Special values first; XLA patches them in with bit masks afterwards.
        if v.isNaN || v < 0 { return .nan }
        if v == 0 { return -.infinity }
        if v == .infinity { return .infinity }
        // Subnormals are treated as the smallest normal (XLA clamps to it).
        let bits = max(v, .leastNormalMagnitude).bitPattern
        // Exponent such that the mantissa lands in [0.5, 1).
        var e = Float(Int32(bitPattern: bits >> 23) - 127) + 1
        let m = Float(bitPattern: (bits & 0x807F_FFFF) | 0x3F00_0000)
        // Below sqrt(1/2), use 2m - 1 and one less in the exponent.
        let low = m < Float(bitPattern: 0x3F35_04F3)
        let x = (m - 1) + (low ? m : 0)
        if low { e -= 1 }
        let x2 = x * x
        let x3 = x2 * x
        // Three interleaved Horner chains, as Eigen writes them.
        var y = fused(x, Float(bitPattern: 0x3D90_21BB), Float(bitPattern: 0xBDEB_D1B8))
        var y1 = fused(x, Float(bitPattern: 0xBDFE_5D4F), Float(bitPattern: 0x3E11_E9BF))
        var y2 = fused(x, Float(bitPattern: 0x3E4C_CEAC), Float(bitPattern: 0xBE7F_FFFC))
        y = fused(y, x, Float(bitPattern: 0x3DEF_251A))
        y1 = fused(y1, x, Float(bitPattern: 0xBE2A_AE50))
        y2 = fused(y2, x, Float(bitPattern: 0x3EAA_AAAA))
        y = fused(y, x3, y1)
        y = fused(y, x3, y2)
        // e·ln2 = e·(0.693359375 - 2.12194440e-4): the small part goes in
        // with the polynomial, the exact large part last.
        y = fused(y, x3, e * Float(bitPattern: 0xB95E_8083))
        let s = fused(-0.5, x2, x) + y
        return fused(e, Float(bitPattern: 0x3F31_8000), s)
    }

    /// XLA's f32 `exp` (Cephes `expf` polynomial), returning `exp(v) + 1` when
    /// `plusOne` — the logistic kernel folds that `+ 1` into the final scaling
    /// multiply as one FMA, so it is computed here rather than by the caller.
    /// `v` must not be NaN.
    static func expF32(_ v: Float, plusOne: Bool) -> Float {
        // Clamp to where the reduction below is valid (88.8 still overflows
        // to inf, -87.8 to a tiny number), then v = n·ln2 + r, |r| <= ln2/2.
        let v = min(max(v, -87.8), 88.8)
        let n = min(max(fused(v, Float(bitPattern: 0x3FB8_AA3B), 0.5).rounded(.down), -127), 127)
        var r = fused(n, -Float(bitPattern: 0x3F31_8000), v)  // ln2 high part, 0.693359375
        r = fused(n, -Float(bitPattern: 0xB95E_8083), r)  // ln2 low part, -2.12194440e-4
        var y = fused(r, Float(bitPattern: 0x3950_6967), Float(bitPattern: 0x3AB7_43CE))
        y = fused(y, r, Float(bitPattern: 0x3C08_8908))
        y = fused(y, r, Float(bitPattern: 0x3D2A_A9C1))
        y = fused(y, r, Float(bitPattern: 0x3E2A_AAAA))
        y = fused(y, r, 0.5)
        let er = fused(y, r * r, r) + 1
        // 2^n by building the exponent field; n = -127 gives +0 (XLA does the same).
        let scale = Float(bitPattern: UInt32(bitPattern: Int32(n) + 127) << 23)
        return plusOne ? fused(er, scale, 1) : er * scale
    }

    /// XLA's `xla.exp.f64` (Cephes `exp` as a Padé form
    /// `1 + 2·g·P(g²) / (Q(g²) - g·P(g²))`, then scaled by 2^n in pieces),
    /// returning `exp(v) + 1` when `plusOne` (fused into the last scaling, as
    /// in XLA's logistic kernel). `v` must not be NaN.
    static func expF64(_ v: Double, plusOne: Bool) -> Double {
        let v = max(min(v, Double(bitPattern: 0x4086_2E42_FEFA_39EF)), Double(bitPattern: 0xC086_232B_DD7A_BCD2))
        let n = fused(v, Double(bitPattern: 0x3FF7_1547_652B_82FE), 0.5).rounded(.down)  // log2(e)
        var g = fused(n, -Double(bitPattern: 0x3FE6_2E40_0000_0000), v)  // ln2 high part
        g = fused(n, -Double(bitPattern: 0x3EB7_F7D1_CF79_ABCA), g)  // ln2 low part
        let g2 = g * g
        var p = fused(Double(bitPattern: 0x3F20_89CD_D5E4_4BE8), g2, Double(bitPattern: 0x3F9F_06D1_0CCA_2C7E))
        p = fused(p, g2, 1)
        let pg = p * g
        var q = fused(Double(bitPattern: 0x3EC9_2EB6_BC36_5FA0), g2, Double(bitPattern: 0x3F64_AE39_B508_B6C0))
        q = fused(q, g2, Double(bitPattern: 0x3FCD_1709_9887_E074))
        q = fused(q, g2, 2)
        let eg = fused(pg / (q - pg), 2, 1)
        // 2^n as 2^b · 2^b · 2^b · 2^(n-3b), b = n >> 2, so that every factor
        // is a normal number even when 2^n alone is not representable.
        let ni = Int64(min(max(Int32(n), -2099), 2099))
        let b = ni >> 2
        let one: Int64 = 0x3FF0_0000_0000_0000
        let s1 = Double(bitPattern: UInt64(bitPattern: (b << 52) &+ one))
        let s2 = Double(bitPattern: UInt64(bitPattern: ((ni - 3 * b) << 52) &+ one))
        let e = eg * s1 * s1 * s1
        return plusOne ? fused(e, s2, 1) : e * s2
    }

    /// libm `log` (XLA:CPU calls the C library's `log` for f64).
    @inline(__always)
    static func libmLog(_ x: Double) -> Double {
        // Module-qualified: the library also declares `log` for tensors.
        #if canImport(Glibc)
        Glibc.log(x)
        #elseif canImport(Musl)
        Musl.log(x)
        #else
        Darwin.log(x)
        #endif
    }

    /// libm `erf` (XLA:CPU calls the C library's `erf` for f64).
    @inline(__always)
    static func libmErf(_ x: Double) -> Double {
        #if canImport(Glibc)
        Glibc.erf(x)
        #elseif canImport(Musl)
        Musl.erf(x)
        #else
        Darwin.erf(x)
        #endif
    }
}

// MARK: - Coefficient tables (bit patterns copied from XLA's emitted IR)

/// Giles' single-precision erfinv coefficients, highest degree first.
private enum ErfInvF32 {
    /// For `w < 5`, polynomial in `w - 2.5`.
    static let central: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x32F1_6588,  //  2.81022636e-08
        0x34B8_4B36,  //  3.43273939e-07
        0xB66C_7357,  // -3.5233877e-06
        0xB693_5AC1,  // -4.39150654e-06
        0x3965_32DB,  //  0.00021858087
        0xBAA4_5408,  // -0.00125372503
        0xBB88_E4EF,  // -0.00417768164
        0x3E7C_8F63,  //  0.246640727
        0x3FC0_2E2F  //  1.50140941
    )
    /// For `w >= 5`, polynomial in `sqrt(w) - 3`.
    static let tail: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0xB951_F09B,  // -0.000200214257
        0x38D3_B56B,  //  0.000100950558
        0x3AB0_DC72,  //  0.00134934322
        0xBB70_BDE7,  // -0.00367342844
        0x3BBC_127B,  //  0.00573950773
        0xBBF9_C5D7,  // -0.0076224613
        0x3C1A_A57E,  //  0.00943887047
        0x3F80_36DB,  //  1.00167406
        0x4035_4F7E  //  2.83297682
    )
}

/// Giles' double-precision erfinv coefficients, highest degree first.
private enum ErfInvF64 {
    /// For `w < 6.25`, polynomial in `w - 3.125` (23 terms).
    static let below6_25: [UInt64] = [
        0xBBB1_35D2_E746_E627, 0xBC08_DDF9_3324_D327, 0x3C37_B83E_EF0B_7C9F, 0x3C69_BA72_CD58_9B91,
        0xBCA3_3689_090A_6B96, 0x3C78_2E11_8981_32E0, 0x3CFD_E4AC_FD9E_26BA, 0xBD26_D33E_ED66_C487,
        0xBD36_F216_7040_D8E2, 0x3D87_2A22_C2D7_7E20, 0xBDAC_8859_C4E5_C0AF, 0xBDCD_C583_D118_A561,
        0x3E12_0F47_CCF4_6B3C, 0xBE31_A9E3_8DC8_4D60, 0xBE5F_36CD_6D3D_46A9, 0x3E9C_6B4F_5D03_B787,
        0xBEB6_E8A5_434A_E8A2, 0xBEED_1D1F_7B87_36F6, 0x3F28_79C2_A212_F024, 0xBF48_4576_9484_FCA8,
        0xBF78_B6C3_3114_F909, 0x3FCE_BD80_D9B1_3E28, 0x3FFA_755E_7C99_AE86,
    ]
    /// For `6.25 <= w < 16`, polynomial in `sqrt(w) - 3.25` (19 terms).
    static let below16: [UInt64] = [
        0x3E23_040F_87DB_D932, 0x3E78_5CBE_5287_8635, 0xBE92_7774_53DD_3955, 0x3E53_95AB_CD55_4C6C,
        0x3EB9_3638_8A37_90AD, 0xBED0_D5DB_812B_5083, 0x3EC8_860C_D5D6_52F6, 0x3EEA_29A0_CACD_FB23,
        0xBF08_CEF1_F802_81F2, 0x3F11_E684_D0B9_188A, 0x3EF9_32CD_54C8_A222, 0xBF37_448A_89EF_8AA3,
        0x3F4F_3CC5_5AD4_0C25, 0xBF5B_A924_132F_38B1, 0x3F64_68EE_CA53_3CF8, 0xBF6E_BADA_BB89_1BBD,
        0x3F75_FFCF_E5B7_6AFC, 0x3FF0_158A_6D64_1D39, 0x4008_ABCC_380D_5A48,
    ]
    /// For `w >= 16`, polynomial in `sqrt(w) - 5` (17 terms).
    static let above16: [UInt64] = [
        0xBDBD_CEC3_A778_5389, 0xBDF1_8FEE_C0E3_8727, 0x3E19_E6BF_2DDA_45E3, 0xBE30_468F_B24E_2F5F,
        0x3E40_5AC6_A8FB_A182, 0xBE50_102E_495F_B9C0, 0x3E5F_4C20_E133_4AF8, 0xBE72_2D22_0FDF_9C3E,
        0x3E8E_BC8B_B824_CB54, 0xBEB0_A8D4_0EA3_72CC, 0x3ED2_FBD2_9D09_3D2B, 0xBEF4_A349_7E1E_0FAC,
        0x3F13_EBF4_EB00_938F, 0xBF2C_2F36_A8FC_5D53, 0xBF22_2EA5_DF04_047C, 0x3FF0_2A30_D1FB_A0DC,
        0x4013_664D_DD1A_D7FB,
    ]
}
