// Creating tensors from Swift values and from shapes.

extension Tensor {
    /// A tensor of `aval` with uninitialised elements (kernels fill it).
    static func uninitialized(_ aval: ShapedArray) throws -> Tensor {
        let n = try Shape.checkedCount(aval.shape)
        return Tensor(aval: aval, storage: try Storage.allocate(byteCount: n * aval.dtype.itemSize))
    }

    /// Builds a tensor of `dtype` from a buffer of Swift values of the storage type.
    static func fromBuffer<T: TensorScalar>(_ values: [T], shape: [Int], weak: Bool = false) throws -> Tensor {
        let n = try Shape.checkedCount(shape)
        guard n == values.count else {
            throw TensorError("cannot reshape array of size \(values.count) into shape \(Shape.describe(shape))")
        }
        let t = try uninitialized(ShapedArray(shape: shape, dtype: T.dtype, weakType: weak))
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { t.storage.typed(T.self).update(from: base, count: n) }
        }
        return t
    }

    /// The fill value gathers use for out-of-range reads in `.fill` mode.
    static func fillValue(for dtype: DType) throws -> Tensor {
        switch dtype {
        case .float32: return Tensor(Float.nan)
        case .float64: return try fromBuffer([Double.nan], shape: [])
        case .int32: return Tensor(Int32.min)
        case .int64: return Tensor(Int64.min)
        case .uint32: return Tensor(UInt32.max)
        case .bool: return Tensor(true)
        }
    }

    // MARK: Scalars

    /// A 0-d float32 tensor (Swift `Double` values give float32, as JAX with x64 off).
    ///
    /// A literal argument (`Tensor(2.5)`) is literal coercion and gives a weakly
    /// typed scalar; pass a typed value to get a strong float32.
    ///
    /// ```swift
    /// let d: Double = 2.5
    /// Tensor(d)                          // Array(2.5, dtype=float32)
    /// Tensor(2.5)                        // Array(2.5, dtype=float32, weak_type=True)
    /// ```
    public init(_ value: Double) { self = try! Tensor.fromBuffer([Float(value)], shape: []) }
    /// A 0-d float32 tensor.
    ///
    /// ```swift
    /// Tensor(Float(2.5))                 // Array(2.5, dtype=float32)
    /// ```
    public init(_ value: Float) { self = try! Tensor.fromBuffer([value], shape: []) }
    /// A 0-d int32 tensor (Swift `Int` gives int32; values outside int32's range give int64).
    ///
    /// ```swift
    /// let n = 3
    /// Tensor(n)                          // Array(3, dtype=int32)
    /// ```
    public init(_ value: Int) {
        if let v = Int32(exactly: value) { self = try! Tensor.fromBuffer([v], shape: []) }
        else { self = try! Tensor.fromBuffer([Int64(value)], shape: []) }
    }
    /// A 0-d int32 tensor.
    ///
    /// ```swift
    /// Tensor(Int32(3))                   // Array(3, dtype=int32)
    /// ```
    public init(_ value: Int32) { self = try! Tensor.fromBuffer([value], shape: []) }
    /// A 0-d int64 tensor.
    ///
    /// ```swift
    /// Tensor(Int64(3))                   // Array(3, dtype=int64)
    /// ```
    public init(_ value: Int64) { self = try! Tensor.fromBuffer([value], shape: []) }
    /// A 0-d uint32 tensor.
    ///
    /// ```swift
    /// Tensor(UInt32(7))                  // Array(7, dtype=uint32)
    /// ```
    public init(_ value: UInt32) { self = try! Tensor.fromBuffer([value], shape: []) }
    /// A 0-d bool tensor.
    ///
    /// ```swift
    /// let flag = true
    /// Tensor(flag)                       // Array(True, dtype=bool)
    /// ```
    public init(_ value: Bool) { self = try! Tensor.fromBuffer([value], shape: []) }

    /// A 0-d tensor of any dtype from a `Double`.
    ///
    /// ```swift
    /// try Tensor(3, dtype: .int64)
    /// ```
    public init(_ value: Double, dtype: DType) throws {
        if dtype.isInteger { try Tensor.checkConvertibleToInteger(value) }
        self = try Tensor.fromBuffer([value], shape: []).astype(dtype)
    }

    /// Python's errors for `int(nan)` and `int(inf)`, which JAX raises too
    /// (`jnp.array(nan, dtype=jnp.int32)`).
    static func checkConvertibleToInteger(_ value: Double) throws {
        if value.isNaN { throw TensorError("cannot convert float NaN to integer") }
        if value.isInfinite { throw TensorError("cannot convert float infinity to integer") }
    }

    // MARK: Arrays

    /// A tensor from float values (float32 unless `dtype` says otherwise).
    ///
    /// ```swift
    /// let x = Tensor([1.0, 2.0, 3.0])                              // shape (3,)
    /// let m = try Tensor([1.0, 2, 3, 4], shape: [2, 2])            // shape (2, 2)
    /// ```
    public init(_ values: [Double]) { self = try! Tensor.fromBuffer(values.map(Float.init), shape: [values.count]) }
    /// A float32 tensor.
    ///
    /// ```swift
    /// Tensor([Float(1), 2, 3])           // shape (3,), float32
    /// ```
    public init(_ values: [Float]) { self = try! Tensor.fromBuffer(values, shape: [values.count]) }
    /// An int32 tensor from Swift `Int`s (int64 if a value needs it).
    ///
    /// ```swift
    /// Tensor([1, 2, 3])                  // Array([1, 2, 3], dtype=int32)
    /// ```
    public init(_ values: [Int]) {
        if values.allSatisfy({ Int32(exactly: $0) != nil }) {
            self = try! Tensor.fromBuffer(values.map { Int32($0) }, shape: [values.count])
        } else {
            self = try! Tensor.fromBuffer(values.map { Int64($0) }, shape: [values.count])
        }
    }
    /// An int32 tensor.
    ///
    /// ```swift
    /// Tensor([Int32(1), 2, 3])
    /// ```
    public init(_ values: [Int32]) { self = try! Tensor.fromBuffer(values, shape: [values.count]) }
    /// An int64 tensor.
    ///
    /// ```swift
    /// Tensor([Int64(1), 2, 3])
    /// ```
    public init(_ values: [Int64]) { self = try! Tensor.fromBuffer(values, shape: [values.count]) }
    /// A uint32 tensor.
    ///
    /// ```swift
    /// Tensor([UInt32(1), 2, 3])
    /// ```
    public init(_ values: [UInt32]) { self = try! Tensor.fromBuffer(values, shape: [values.count]) }
    /// A bool tensor.
    ///
    /// ```swift
    /// Tensor([true, false, true])        // dtype=bool
    /// ```
    public init(_ values: [Bool]) { self = try! Tensor.fromBuffer(values, shape: [values.count]) }

    /// A tensor of `shape` from row-major values.
    /// - Throws: ``TensorError`` when the count does not match the shape.
    ///
    /// ```swift
    /// try Tensor([1.0, 2, 3, 4, 5, 6], shape: [2, 3], dtype: .float64)
    /// ```
    public init(_ values: [Double], shape: [Int], dtype: DType = .float32) throws {
        self = try Tensor.fromBuffer(values, shape: shape).astype(dtype)
    }
    /// A float32 tensor of `shape`.
    ///
    /// ```swift
    /// try Tensor([Float(1), 2, 3, 4], shape: [2, 2])
    /// ```
    public init(_ values: [Float], shape: [Int]) throws { self = try Tensor.fromBuffer(values, shape: shape) }
    /// An int32 tensor of `shape` (int64 if a value needs it).
    ///
    /// ```swift
    /// try Tensor([1, 2, 3, 4], shape: [2, 2])   // int32
    /// ```
    public init(_ values: [Int], shape: [Int]) throws { self = try Tensor(values).reshaped(shape) }
    /// An int32 tensor of `shape`.
    ///
    /// ```swift
    /// try Tensor([Int32(1), 2, 3, 4], shape: [2, 2])
    /// ```
    public init(_ values: [Int32], shape: [Int]) throws { self = try Tensor.fromBuffer(values, shape: shape) }
    /// An int64 tensor of `shape`.
    ///
    /// ```swift
    /// try Tensor([Int64(1), 2, 3, 4], shape: [2, 2])
    /// ```
    public init(_ values: [Int64], shape: [Int]) throws { self = try Tensor.fromBuffer(values, shape: shape) }
    /// A uint32 tensor of `shape`.
    ///
    /// ```swift
    /// try Tensor([UInt32(1), 2, 3, 4], shape: [2, 2])
    /// ```
    public init(_ values: [UInt32], shape: [Int]) throws { self = try Tensor.fromBuffer(values, shape: shape) }
    /// A bool tensor of `shape`.
    ///
    /// ```swift
    /// try Tensor([true, false, false, true], shape: [2, 2])
    /// ```
    public init(_ values: [Bool], shape: [Int]) throws { self = try Tensor.fromBuffer(values, shape: shape) }

    /// A 2-d float32 tensor from rows.
    /// - Throws: ``TensorError`` when rows have different lengths.
    ///
    /// ```swift
    /// let m = try Tensor(rows: [[1, 2], [3, 4]])
    /// ```
    public init(rows: [[Double]], dtype: DType = .float32) throws {
        let width = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == width }) else {
            throw TensorError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.")
        }
        self = try Tensor(rows.flatMap { $0 }, shape: [rows.count, width], dtype: dtype)
    }

    // MARK: From shapes

    /// A tensor of `shape` filled with `value`.
    ///
    /// ```swift
    /// let x = try Tensor.full([2, 3], 7, dtype: .int32)
    /// ```
    public static func full(_ shape: [Int], _ value: Double, dtype: DType = .float32) throws -> Tensor {
        _ = try Shape.checkedCount(shape)
        return try Tensor(value, dtype: dtype).broadcastInDim(shape: shape, broadcastDimensions: [])
    }

    /// A tensor of zeros.
    ///
    /// ```swift
    /// try Tensor.zeros([2, 3])          // float32
    /// ```
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        let n = try Shape.checkedCount(shape)
        return Tensor(aval: ShapedArray(shape: shape, dtype: dtype), storage: try Storage.allocate(zeroedByteCount: n * dtype.itemSize))
    }

    /// A tensor of ones.
    ///
    /// ```swift
    /// try Tensor.ones([2, 3], dtype: .int32)
    /// ```
    public static func ones(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try full(shape, 1, dtype: dtype)
    }

    /// Evenly spaced values in `[start, stop)` (int32 for whole-number
    /// arguments unless `dtype` is given), as `jnp.arange`.
    ///
    /// ```swift
    /// try Tensor.arange(5)                  // Array([0, 1, 2, 3, 4], dtype=int32)
    /// try Tensor.arange(0, 1, step: 0.25)   // float32
    /// ```
    public static func arange(_ start: Double, _ stop: Double? = nil, step: Double = 1, dtype: DType? = nil) throws -> Tensor {
        let (lo, hi) = stop.map { (start, $0) } ?? (0, start)
        guard step != 0 else { throw TensorError("arange: step cannot be zero") }
        guard lo.isFinite && hi.isFinite && step.isFinite else { throw TensorError("arange: arguments must be finite, got start=\(lo), stop=\(hi), step=\(step)") }
        let whole = lo.rounded() == lo && hi.rounded() == hi && step.rounded() == step
        let dt = dtype ?? (whole ? .int32 : .float32)
        // Int(Double) traps beyond Int's range: bound the count as a Double first.
        let steps = ((hi - lo) / step).rounded(.up)
        guard steps < Double(Shape.maxElements) else {
            throw TensorError("arange(\(lo), \(hi), step: \(step)) has too many elements to allocate (2**40 or more)")
        }
        let count = steps > 0 ? Int(steps) : 0
        let base = try bind1(Iota(dtype: dt.isFloatingPoint ? dt : .int64, shape: [count], dimension: 0), [])
        if dt.isFloatingPoint {
            return try (base * Tensor(step, dtype: dt) + Tensor(lo, dtype: dt))
        }
        let ints = try base * Tensor(step, dtype: .int64) + Tensor(lo, dtype: .int64)
        return try ints.astype(dt)
    }

    /// `num` evenly spaced values from `start` to `stop` (inclusive by default), as `jnp.linspace`.
    ///
    /// ```swift
    /// try Tensor.linspace(0, 1, count: 5)   // [0, 0.25, 0.5, 0.75, 1]
    /// ```
    public static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true, dtype: DType = .float32) throws -> Tensor {
        guard count >= 0 else { throw TensorError("Number of samples, \(count), must be non-negative.") }
        _ = try Shape.checkedCount([count])
        try Shape.checkAllocation(bytes: count, times: MemoryLayout<Double>.size)
        let div = Double(endpoint ? max(count - 1, 1) : max(count, 1))
        let step = (stop - start) / div
        // Written straight into tensor storage: its allocation throws when
        // memory runs out (a Swift array's would abort the process).
        let values = try Tensor(shape: [count], dtype: .float64, initializingBytesWith: { raw in
            let p = raw.bindMemory(to: Double.self)
            for i in 0..<count { p[i] = start + Double(i) * step }
            if endpoint && count > 1 { p[count - 1] = stop }
        })
        return try values.astype(dtype)
    }

    /// The identity matrix (or `n`×`m` with ones on diagonal `k`).
    ///
    /// ```swift
    /// try Tensor.eye(3)
    /// ```
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float32) throws -> Tensor {
        let cols = m ?? n
        let rows = try bind1(Iota(dtype: .int32, shape: [n, cols], dimension: 0), [])
        let colsIota = try bind1(Iota(dtype: .int32, shape: [n, cols], dimension: 1), [])
        return try (rows + Tensor(Int32(clamping: k)) .== colsIota).astype(dtype)
    }
}

// MARK: - Literals

extension Tensor: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// A weakly typed int32 scalar: `x * 2` keeps `x`'s dtype.
    ///
    /// ```swift
    /// let two: Tensor = 2                // Array(2, dtype=int32, weak_type=True)
    /// ```
    public init(integerLiteral value: Int) {
        self = Tensor(value).withWeakType(true)
    }
    /// A weakly typed float32 scalar: `x + 1.5` keeps a float `x`'s dtype.
    ///
    /// ```swift
    /// let half: Tensor = 0.5             // Array(0.5, dtype=float32, weak_type=True)
    /// ```
    public init(floatLiteral value: Double) {
        self = Tensor(value).withWeakType(true)
    }
    /// A bool scalar.
    ///
    /// ```swift
    /// let yes: Tensor = true             // Array(True, dtype=bool)
    /// ```
    public init(booleanLiteral value: Bool) {
        self = Tensor(value)
    }
}
