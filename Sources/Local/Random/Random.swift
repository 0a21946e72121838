import RealModule

// JAX's PRNG on Threefry-2x32, bit-compatible with JAX in both of its modes.
//
// Keys are uint32[2] tensors (JAX's raw keys). Every function here is
// composed from primitives (threefry2x32, iota, shifts, bitcasts, erf_inv),
// so `vmap` over a batch of keys gives per-example randomness and `jit`
// stages the draws.

/// Which of JAX's two Threefry layouts to reproduce.
///
/// ```swift
/// try Random.withImplementation(.legacy) { try Random.uniform(Random.key(0), shape: [3]) }
/// ```
public enum PRNGImplementation: String, Sendable, Hashable {
    /// `jax_threefry_partitionable=True`, JAX's default since 0.5.
    case partitionable
    /// `jax_threefry_partitionable=False`: JAX before 0.5; reproduces
    /// notebooks written then.
    case legacy
}

/// Random numbers from explicit keys, as `jax.random`.
///
/// ```swift
/// let key = Random.key(0)
/// let (k1, k2) = try Random.split(key)
/// let x = try Random.normal(k1, shape: [100])
/// let u = try Random.uniform(k2, shape: [3], minval: -1, maxval: 1)
/// ```
public enum Random {
    /// The implementation in force on this thread (partitionable unless a
    /// ``withImplementation(_:_:)`` scope says otherwise).
    ///
    /// ```swift
    /// Random.implementation   // default: partitionable (JAX 0.5+)
    /// ```
    public static var implementation: PRNGImplementation { ThreadState.current.prngImplementation }

    /// Runs `body` with `implementation` in force on this thread, then
    /// restores the previous one. The mode is part of `jit`'s cache key.
    ///
    /// ```swift
    /// let x = try Random.withImplementation(.legacy) {
    ///     try Random.normal(Random.key(0), shape: [100])   // the seed notebook's numbers
    /// }
    /// ```
    public static func withImplementation<R>(_ implementation: PRNGImplementation, _ body: () throws -> R) rethrows -> R {
        let state = ThreadState.current
        let saved = state.prngImplementation
        state.prngImplementation = implementation
        defer { state.prngImplementation = saved }
        return try body()
    }

    /// A key from an integer seed: `uint32[2]`, as `jax.random.PRNGKey(seed)`.
    ///
    /// ```swift
    /// Random.key(42)   // Array([ 0, 42], dtype=uint32)
    /// ```
    public static func key(_ seed: Int) -> Tensor {
        let hi: UInt32, lo: UInt32
        if let s = Int32(exactly: seed) {
            // JAX with x64 off: a 32-bit seed's high word is 0, even for negative seeds.
            (hi, lo) = (0, UInt32(bitPattern: s))
        } else {
            (hi, lo) = (UInt32(truncatingIfNeeded: UInt64(bitPattern: Int64(seed)) >> 32), UInt32(truncatingIfNeeded: seed))
        }
        return Tensor([hi, lo])
    }

    /// Splits a key into two new keys.
    ///
    /// ```swift
    /// let (k1, k2) = try Random.split(Random.key(0))
    /// ```
    public static func split(_ key: Tensor) throws -> (Tensor, Tensor) {
        let keys = try split(key, count: 2)
        return (try keys[0], try keys[1])
    }

    /// Splits a key into `count` new keys: `uint32[count, 2]`.
    ///
    /// ```swift
    /// let keys = try Random.split(Random.key(0), count: 4)   // uint32[4, 2]
    /// ```
    public static func split(_ key: Tensor, count: Int) throws -> Tensor {
        try checkKey(key, "split")
        guard count >= 0 else { throw TensorError("split count must be non-negative, got \(count)") }
        _ = try Shape.checkedCount([count, 2])
        let (k1, k2) = try halves(key)
        switch implementation {
        case .legacy:
            let counts = try bind1(Iota(dtype: .uint32, shape: [count * 2]), [])
            return try threefryFlat(k1, k2, counts).reshaped([count, 2])
        case .partitionable:
            let (c1, c2) = try iota2x32([count])
            let out = try bind(Threefry2x32(), [k1, k2, c1, c2])
            return try stack([out[0], out[1]], axis: 1)
        }
    }

    /// A new key from `key` and an integer (e.g. an example index), as `jax.random.fold_in`.
    ///
    /// ```swift
    /// let k = try Random.foldIn(key, 7)
    /// let perExample = try vmap { i in try Random.foldIn(key, i) }(indices)
    /// ```
    public static func foldIn(_ key: Tensor, _ data: Int) throws -> Tensor {
        try foldIn(key, Tensor(UInt32(truncatingIfNeeded: data)))
    }

    /// ``foldIn(_:_:)`` with the data as a (possibly traced) integer scalar.
    ///
    /// ```swift
    /// let k = try Random.foldIn(Random.key(0), Tensor(Int32(7)))   // same as foldIn(key, 7)
    /// ```
    public static func foldIn(_ key: Tensor, _ data: Tensor) throws -> Tensor {
        try checkKey(key, "fold_in")
        guard data.dtype.isInteger, data.ndim == 0 else {
            throw TensorError("fold_in data must be an integer scalar, got \(data.aval.longDescription)")
        }
        let (k1, k2) = try halves(key)
        let counts = try concatenate([Tensor([UInt32(0)]), data.astype(.uint32).reshaped([1])])
        return try threefryFlat(k1, k2, counts)
    }

    /// Raw random bits: uint32 values of `shape`, as `jax.random.bits`.
    ///
    /// ```swift
    /// try Random.bits(Random.key(0), shape: [4])   // uint32[4]
    /// ```
    public static func bits(_ key: Tensor, shape: [Int]) throws -> Tensor {
        try checkKey(key, "bits")
        return try randomBits(key, width: 32, shape: shape)
    }

    /// Uniform values in `[minval, maxval)`, float32 unless asked otherwise.
    ///
    /// ```swift
    /// try Random.uniform(key, shape: [8])
    /// ```
    public static func uniform(_ key: Tensor, shape: [Int], dtype: DType = .float32,
                               minval: Double = 0, maxval: Double = 1) throws -> Tensor {
        try uniform(key, shape: shape, dtype: dtype, minval: Tensor(minval, dtype: dtype), maxval: Tensor(maxval, dtype: dtype))
    }

    static func uniform(_ key: Tensor, shape: [Int], dtype: DType, minval: Tensor, maxval: Tensor) throws -> Tensor {
        try checkKey(key, "uniform")
        guard dtype.isFloatingPoint else { throw TensorError("dtype argument to `uniform` must be a float dtype, got \(dtype.name)") }
        _ = try Shape.checkedCount(shape)
        let floats: Tensor
        if dtype == .float32 {
            let b = try randomBits(key, width: 32, shape: shape)
            let mant = try shiftRightLogical(b, Tensor(UInt32(9))) | Tensor(UInt32(0x3F80_0000))
            floats = try bind1(BitcastConvertType(newDType: .float32), [mant]) - Tensor(Float(1))
        } else {
            let b = try randomBits(key, width: 64, shape: shape)
            let mant = try bind1(ShiftRightLogical(), [b, Tensor(Int64(12))]) | Tensor(Int64(0x3FF0_0000_0000_0000))
            floats = try bind1(BitcastConvertType(newDType: .float64), [mant]) - Tensor(1, dtype: .float64)
        }
        let lo = try minval.astype(dtype), hi = try maxval.astype(dtype)
        // XLA on CPU fuses `floats * (hi - lo) + lo` into one FMA (one rounding).
        // For float32 the float64 product is exact, so rounding the float64 sum
        // once reproduces it. A power-of-two span (uniform's [0, 1), normal's
        // (-1, 1)) makes the product exact anyway: keep the float32 ops.
        if dtype == .float32 && !spanIsPowerOfTwo(lo, hi) {
            let wide = try floats.astype(.float64) * (hi - lo).astype(.float64) + lo.astype(.float64)
            return try maximum(lo, wide.astype(.float32))
        }
        return try maximum(lo, floats * (hi - lo) + lo)
    }

    /// Standard normal values, float32 unless asked otherwise: √2·erfinv(u)
    /// for u uniform in (−1, 1), as JAX.
    ///
    /// ```swift
    /// let x = try Random.normal(Random.key(0), shape: [100])
    /// ```
    public static func normal(_ key: Tensor, shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try checkKey(key, "normal")
        guard dtype.isFloatingPoint else { throw TensorError("dtype argument to `normal` must be a float dtype, got \(dtype.name)") }
        let lo: Tensor = dtype == .float32 ? Tensor((-1 as Float).nextUp) : try Tensor((-1.0).nextUp, dtype: .float64)
        let u = try uniform(key, shape: shape, dtype: dtype, minval: lo, maxval: Tensor(1, dtype: dtype))
        let sqrt2: Tensor = dtype == .float32 ? Tensor(Float(2).squareRoot()) : try Tensor(2.0.squareRoot(), dtype: .float64)
        return try sqrt2 * erfinv(u)
    }

    /// True with probability `p`, as `jax.random.bernoulli`.
    ///
    /// ```swift
    /// let mask = try Random.bernoulli(Random.key(0), p: 0.9, shape: [128])   // bool[128]
    /// ```
    public static func bernoulli(_ key: Tensor, p: Double = 0.5, shape: [Int]) throws -> Tensor {
        try checkKey(key, "bernoulli")
        return try uniform(key, shape: shape) .< Tensor(Float(p))
    }

    /// Integers uniform in `[minval, maxval)`, as `jax.random.randint`.
    ///
    /// ```swift
    /// try Random.randint(key, shape: [5], minval: 0, maxval: 10)
    /// ```
    public static func randint(_ key: Tensor, shape: [Int], minval: Int, maxval: Int, dtype: DType = .int32) throws -> Tensor {
        try checkKey(key, "randint")
        guard dtype == .int32 || dtype == .uint32 else {
            throw TensorError("randint supports int32 and uint32, got \(dtype.name)")
        }
        let (kHigh, kLow) = try split(key)
        let higher = try randomBits(kHigh, width: 32, shape: shape)
        let lower = try randomBits(kLow, width: 32, shape: shape)
        let lo = Swift.max(minval, dtype == .int32 ? Int(Int32.min) : 0)
        let hiMax = dtype == .int32 ? Int(Int32.max) : Int(UInt32.max)
        let maxOutOfRange = maxval > hiMax
        let hi = Swift.min(maxval, hiMax)
        var span: UInt32 = hi <= lo ? 1 : UInt32(truncatingIfNeeded: hi - lo)
        if maxOutOfRange && hi > lo { span &+= 1 }
        let spanT = Tensor(span)
        // 2^32 mod span without overflow: ((2^16 mod span)^2) mod span. A span
        // of the whole uint32 range wraps to 0; XLA's remainder by 0 is the
        // dividend, and so is ours, so the result is then uniform over the range.
        func rem(_ a: UInt32, _ b: UInt32) -> UInt32 { b == 0 ? a : a % b }
        var multiplier = rem(UInt32(1) << 16, span)
        multiplier = rem(multiplier &* multiplier, span)
        let offset = try ((higher % spanT) * Tensor(multiplier) + lower % spanT) % spanT
        return try (offset.astype(dtype) + Tensor(Double(lo), dtype: dtype))
    }

    /// A random permutation of `0..<n`, as `jax.random.permutation(key, n)`.
    ///
    /// ```swift
    /// try Random.permutation(Random.key(0), 5)   // 0..<5 shuffled, int32
    /// ```
    public static func permutation(_ key: Tensor, _ n: Int) throws -> Tensor {
        try checkKey(key, "permutation")
        guard n >= 0 else { throw TensorError("permutation length must be non-negative, got \(n)") }
        return try shuffle(key, Tensor.arange(Double(n)))
    }

    /// `x` with its elements along `axis` randomly permuted, as `jax.random.permutation(key, x)`.
    ///
    /// ```swift
    /// let shuffled = try Random.permutation(Random.key(1), Tensor.arange(10).reshaped([5, 2]))   // rows shuffled
    /// ```
    public static func permutation(_ key: Tensor, _ x: Tensor, axis: Int = 0) throws -> Tensor {
        try checkKey(key, "permutation")
        let a = try Shape.normalizeAxis(axis, ndim: x.ndim)
        let order = try shuffle(key, Tensor.arange(Double(x.shape[a])))
        return try take(x, order, axis: a)
    }

    // MARK: Internals

    /// Whether `hi - lo` is a concrete float32 power of two (so `floats * (hi - lo)` is exact).
    static func spanIsPowerOfTwo(_ lo: Tensor, _ hi: Tensor) -> Bool {
        guard lo.isConcrete, hi.isConcrete, lo.size == 1, hi.size == 1,
              let l = try? lo.item(Float.self), let h = try? hi.item(Float.self) else { return false }
        let span = h - l
        return span.isFinite && span > 0 && span.significandBitPattern == 0
    }

    static func checkKey(_ key: Tensor, _ what: String) throws {
        guard key.dtype == .uint32, key.shape == [2] else {
            throw TensorError("\(what) requires a PRNG key: a uint32 array of shape (2,) from Random.key(seed), got \(key.aval.longDescription)")
        }
    }

    /// The two words of a key.
    static func halves(_ key: Tensor) throws -> (Tensor, Tensor) {
        (try key[0], try key[1])
    }

    /// JAX's `threefry_2x32(keypair, count)`: hashes the flattened counts as
    /// (first half, second half) pairs, padding an odd count with a zero.
    static func threefryFlat(_ k1: Tensor, _ k2: Tensor, _ count: Tensor) throws -> Tensor {
        let flat = try count.flattened()
        let n = flat.size
        let odd = n % 2 == 1
        let padded = odd ? try concatenate([flat, Tensor([UInt32(0)])]) : flat
        let halves = try Local.split(padded, sections: 2)
        let out = try bind(Threefry2x32(), [k1, k2, halves[0], halves[1]])
        var joined = try concatenate([out[0], out[1]])
        if odd { joined = try joined[0..<n] }
        return try joined.reshaped(count.shape)
    }

    /// The flat index of every element of `shape` as a 64-bit number split
    /// into (high, low) uint32 words (JAX's `iota_2x32_shape`).
    static func iota2x32(_ shape: [Int]) throws -> (Tensor, Tensor) {
        let n = try Shape.checkedCount(shape)
        if n <= Int(UInt32.max) {
            let lo = try bind1(Iota(dtype: .uint32, shape: [n]), []).reshaped(shape)
            return (try Tensor.zeros(shape, dtype: .uint32), lo)
        }
        let idx = try bind1(Iota(dtype: .int64, shape: [n]), [])
        let hi = try bind1(ShiftRightLogical(), [idx, Tensor(Int64(32))]).astype(.uint32)
        let lo = try idx.astype(.uint32)
        return (try hi.reshaped(shape), try lo.reshaped(shape))
    }

    /// JAX's `_random_bits` for 32- and 64-bit widths (64-bit as int64 bit patterns).
    static func randomBits(_ key: Tensor, width: Int, shape: [Int]) throws -> Tensor {
        let (k1, k2) = try halves(key)
        let size = try Shape.checkedCount(shape)
        switch implementation {
        case .legacy:
            let words = width == 64 ? 2 * size : size
            guard words <= Int(UInt32.max) else {
                throw TensorError("random bits: \(words) words exceed the legacy Threefry counter range; use the partitionable implementation")
            }
            let bits = try threefryFlat(k1, k2, bind1(Iota(dtype: .uint32, shape: [words]), []))
            if width == 32 { return try bits.reshaped(shape) }
            let parts = try Local.split(bits, sections: 2)
            let hi = try parts[0].astype(.int64), lo = try parts[1].astype(.int64)
            return try (shiftLeft(hi, Tensor(Int64(32))) | lo).reshaped(shape)
        case .partitionable:
            let (c1, c2) = try iota2x32(shape)
            let out = try bind(Threefry2x32(), [k1, k2, c1, c2])
            if width == 32 { return try out[0] ^ out[1] }
            return try shiftLeft(out[0].astype(.int64), Tensor(Int64(32))) | out[1].astype(.int64)
        }
    }

    /// JAX's `_shuffle`: a few rounds of sorting by random keys.
    static func shuffle(_ key: Tensor, _ x: Tensor) throws -> Tensor {
        let rounds = Int((3 * Double.log(Double(Swift.max(1, x.size))) / Double.log(Double(UInt32.max))).rounded(.up))
        var key = key, x = x
        for _ in 0..<rounds {
            let (k, sub) = try split(key)
            key = k
            let sortKeys = try randomBits(sub, width: 32, shape: x.shape)
            x = try bind(Sort(dimension: 0, numKeys: 1), [sortKeys, x])[1]
        }
        return x
    }
}

/// `jax.random.PRNGKey(seed)`: a raw `uint32[2]` key.
///
/// ```swift
/// let key = PRNGKey(0)
/// ```
public func PRNGKey(_ seed: Int) -> Tensor { Random.key(seed) }
