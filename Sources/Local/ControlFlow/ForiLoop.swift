/// Runs `body(i, carry)` for `i` in `lower..<upper` (JAX's `lax.fori_loop`).
///
/// `foriLoop : Int -> Int -> (Int -> c -> c) -> c -> c`, equivalent to
/// ```swift
/// var c = initial
/// for i in lower..<upper { c = try body(Tensor(i), c) }
/// return c
/// ```
/// With static bounds it lowers to `scan` (carry `(i, c)`), so it batches
/// and stages with a known trip count.
///
/// ```swift
/// let a = Tensor.arange(500)
/// let total = try foriLoop(0, 500, initial: Tensor(0)) { i, c in try c + a[i] }   // 124750
/// ```
public func foriLoop<C: TensorTree>(_ lower: Int, _ upper: Int, initial: C, body: (Tensor, C) throws -> C) throws -> C {
    guard let lo = Int32(exactly: lower), let hi = Int32(exactly: upper) else {
        throw TensorError("foriLoop bounds must fit in int32 (JAX's default, x64 disabled): got lower=\(lower), upper=\(upper)")
    }
    let start = Tensor(integerLiteral: lower)
    let n = Swift.max(Int(hi) - Int(lo), 0)
    let (carry, _) = try scan({ (c: TreePair<Tensor, C>) -> (TreePair<Tensor, C>, [Tensor]) in
        let next = try c.first + 1
        return (TreePair(next, try body(c.first, c.second)), [])
    }, initial: TreePair(start, initial), length: n)
    return carry.second
}

/// `foriLoop` with bounds that may be traced values: concrete bounds lower
/// to `scan`; traced ones to `whileLoop` with carry `(i, upper, c)`.
///
/// ```swift
/// let f = jit { (n: Tensor) in try foriLoop(Tensor(0), n, initial: Tensor(0)) { i, c in try c + i } }
/// ```
public func foriLoop<C: TensorTree>(_ lower: Tensor, _ upper: Tensor, initial: C, body: (Tensor, C) throws -> C) throws -> C {
    guard lower.dtype.isInteger, upper.dtype.isInteger, lower.ndim == 0, upper.ndim == 0 else {
        throw TensorError("fori_loop bounds must be integer scalars, got \(lower.aval.longDescription) and \(upper.aval.longDescription)")
    }
    if lower.isConcrete && upper.isConcrete {
        return try foriLoop(lower.scalarAsInt(), upper.scalarAsInt(), initial: initial, body: body)
    }
    let state = TreePair(TreePair(lower, upper), initial)
    let out = try whileLoop(initial: state, while: { s in try s.first.first .< s.first.second }, body: { s in
        let i = s.first.first
        return TreePair(TreePair(try i + 1, s.first.second), try body(i, s.second))
    })
    return out.second
}
