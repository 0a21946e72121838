/// The element type of a ``Tensor``.
///
/// The six dtypes JAX users meet on CPU with x64 off, plus the 64-bit ones
/// when asked for explicitly. Promotion follows JAX's type lattice
/// (see ``DType/promote(_:_:)``), including weak types for literals.
///
/// ```swift
/// let x = Tensor([1, 2, 3])              // int32
/// let y = try x.astype(.float64)         // float64
/// DType.float32.name                     // "float32"
/// ```
public enum DType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case bool
    case int32
    case int64
    case uint32
    case float32
    case float64

    /// JAX's name, e.g. `float32`.
    ///
    /// ```swift
    /// DType.int64.name   // "int64"
    /// ```
    public var name: String { rawValue }
    public var description: String { rawValue }

    /// The short name used in jaxprs: `f32`, `i32`, `u32`, `bool`, …
    ///
    /// ```swift
    /// DType.float32.shortName   // "f32"
    /// ```
    public var shortName: String {
        switch self {
        case .bool: return "bool"
        case .int32: return "i32"
        case .int64: return "i64"
        case .uint32: return "u32"
        case .float32: return "f32"
        case .float64: return "f64"
        }
    }

    /// Bytes per element.
    ///
    /// ```swift
    /// DType.float64.itemSize   // 8
    /// ```
    public var itemSize: Int {
        switch self {
        case .bool: return 1
        case .int32, .uint32, .float32: return 4
        case .int64, .float64: return 8
        }
    }

    /// Whether the dtype is float32 or float64.
    ///
    /// ```swift
    /// DType.float64.isFloatingPoint   // true
    /// ```
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    /// Whether the dtype is a signed or unsigned integer type.
    ///
    /// ```swift
    /// DType.uint32.isInteger   // true
    /// ```
    public var isInteger: Bool { self == .int32 || self == .int64 || self == .uint32 }
    /// Whether the dtype is a signed integer type.
    ///
    /// ```swift
    /// DType.uint32.isSignedInteger   // false
    /// ```
    public var isSignedInteger: Bool { self == .int32 || self == .int64 }

    /// numpy's dtype name for `.npy` headers (`<f4`, `<i8`, `|b1`, …).
    var numpyDescr: String {
        switch self {
        case .bool: return "|b1"
        case .int32: return "<i4"
        case .int64: return "<i8"
        case .uint32: return "<u4"
        case .float32: return "<f4"
        case .float64: return "<f8"
        }
    }

    /// The kind's rank in the promotion lattice: bool < integer < floating.
    fileprivate var kindRank: Int { self == .bool ? 0 : (isFloatingPoint ? 2 : 1) }
}

extension DType {
    /// JAX's result type for a binary operation, with weak types (x64 off
    /// for defaults, 64-bit kept when asked for).
    ///
    /// Weakly typed operands (Swift literals) adopt the other operand's type
    /// unless they are of a higher kind: `int32 + 1.5` is a weak `float32`,
    /// `float32 + 2` is `float32`, `uint32 + int32` is `int64`.
    ///
    /// ```swift
    /// DType.promote((.int32, false), (.float32, true))   // (.float32, true)
    /// ```
    public static func promote(_ a: (DType, Bool), _ b: (DType, Bool)) -> (DType, Bool) {
        let (da, wa) = a
        let (db, wb) = b
        if da == db { return (da, wa && wb) }
        switch (wa, wb) {
        case (true, true):
            return da.kindRank >= db.kindRank ? (da, true) : (db, true)
        case (true, false):
            return da.kindRank <= db.kindRank ? (db, false) : (da, true)
        case (false, true):
            return db.kindRank <= da.kindRank ? (da, false) : (db, true)
        case (false, false):
            return (strongJoin(da, db), false)
        }
    }

    private static func strongJoin(_ a: DType, _ b: DType) -> DType {
        if a == .bool { return b }
        if b == .bool { return a }
        if a.isFloatingPoint || b.isFloatingPoint {
            if a == .float64 || b == .float64 { return .float64 }
            return .float32
        }
        // Two different integer types: int32/int64/uint32 all join to int64.
        return .int64
    }
}
