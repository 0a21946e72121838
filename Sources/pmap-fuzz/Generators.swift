// Random values for the fuzzer, biased towards the inputs that break
// arithmetic: zero and empty dimensions, negative axes, and the extremes of
// Int (Int.max, Int.min, 2^62, 2^40, 2^31, ...).

import Local

/// SplitMix64: small, fast, and the same sequence on every machine.
struct FuzzRandom {
    var state: UInt64

    init(seed: UInt64, case index: Int) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(index) &* 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (no overflow for any bounds).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        let r = width == UInt64.max ? next() : next() % (width + 1)
        return range.lowerBound &+ Int(truncatingIfNeeded: r)
    }

    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let extremes: [Int] = [
        .max, .min, .max - 1, .min + 1, 1 << 62, -(1 << 62), 1 << 40, -(1 << 40), 1 << 32,
        1 << 31, -(1 << 31), Int(Int32.max), Int(Int32.min), Int(Int32.max) + 1, 1 << 39,
    ]

    /// An integer argument: usually small (negative included), sometimes extreme.
    mutating func anyInt() -> Int { chance(0.6) ? int(-5...6) : pick(Self.extremes) }

    /// An axis for a tensor of `ndim` dimensions: mostly valid, sometimes not.
    mutating func axis(_ ndim: Int) -> Int {
        chance(0.75) ? int((-Swift.max(ndim, 1))...Swift.max(ndim - 1, 0)) : anyInt()
    }

    /// A dimension: small or zero; rarely huge (then usually beside a zero).
    mutating func dim() -> Int { chance(0.93) ? pick([0, 1, 1, 2, 2, 3, 3, 4, 5]) : pick(Self.extremes + [-1, -2]) }

    /// A shape argument, possibly invalid (negative, huge, overflowing).
    mutating func shapeArgument(maxRank: Int = 4) -> [Int] { (0..<int(0...maxRank)).map { _ in dim() } }

    /// A small valid shape for a real tensor (at most 120 elements).
    mutating func smallShape(maxRank: Int = 3) -> [Int] {
        (0..<int(0...maxRank)).map { _ in pick([0, 1, 2, 3, 4, 5]) }
    }

    mutating func dtype() -> DType { pick(DType.allCases) }

    /// A double, with NaN, infinities and values far outside Int's range.
    mutating func double() -> Double {
        chance(0.7) ? Double(int(-8...8)) / 2 : pick([.nan, .infinity, -.infinity, 1e300, -1e300, 9.3e18, -9.3e18, 4.5e15, 0.1, -0.0])
    }

    /// A concrete tensor of `shape` and `dtype` with small values (NaN and
    /// infinities among floats).
    mutating func tensor(_ shape: [Int], _ dtype: DType) -> Tensor {
        let n = Shape.count(shape)
        let values = (0..<n).map { _ in chance(0.9) ? Double(int(-4...4)) : pick([.nan, .infinity, -.infinity, 0.5]) }
        let clean = dtype.isFloatingPoint ? values : values.map { $0.isFinite ? Swift.abs($0) : 1 }
        return (try? Tensor(clean, shape: shape, dtype: dtype)) ?? Tensor(Float(0))
    }

    mutating func tensor() -> Tensor { tensor(smallShape(), dtype()) }
}

/// Python-style text for a shape and an integer list, for reproducers.
func text(_ values: [Int]) -> String { "[" + values.map(text).joined(separator: ", ") + "]" }

func text(_ value: Int) -> String {
    switch value {
    case .max: return "Int.max"
    case .min: return "Int.min"
    case .max - 1: return "Int.max - 1"
    case .min + 1: return "Int.min + 1"
    default: return "\(value)"
    }
}

func text(_ t: Tensor) -> String { "\(t.dtype.name)\(text(t.shape))" }
