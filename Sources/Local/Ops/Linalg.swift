// Products built on dot_general: dot, vdot, matmul, tensordot, einsum.

/// `jnp.dot`: 1-d·1-d is the inner product; otherwise contracts the last
/// axis of `a` with the second-to-last (or only) axis of `b`; a 0-d operand
/// multiplies.
///
/// ```swift
/// try dot(x, y)                 // Array(89.16818, dtype=float32) for the seed notebook's x
/// try vmap(dot)(batchX, batchY) // one dot_general with batch dimensions
/// ```
/// - Throws: `Incompatible shapes for dot: got (5, 100) and (5, 100).`
public func dot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.ndim == 0 || b.ndim == 0 { return try a * b }
    let bc = b.ndim == 1 ? 0 : b.ndim - 2
    guard a.shape[a.ndim - 1] == b.shape[bc] else {
        throw TensorError("Incompatible shapes for dot: got \(Shape.describe(a.shape)) and \(Shape.describe(b.shape)).")
    }
    let (dtype, weak) = DType.promote((a.dtype, a.weakType), (b.dtype, b.weakType))
    let x = try a.convert(to: dtype, weak: weak), y = try b.convert(to: dtype, weak: weak)
    let p = DotGeneral(contracting: ([x.ndim - 1], [bc]), preferredElementType: dtype)
    return try bind1(p, [x, y])
}

/// `jnp.vdot`: the inner product of the flattened operands.
///
/// ```swift
/// try vdot(Tensor(rows: [[1, 2], [3, 4]]), Tensor(rows: [[1, 1], [1, 1]]))   // 10
/// ```
public func vdot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try dot(a.flattened(), b.flattened())
}

/// `jnp.matmul` (`@`): matrix product with numpy's rules for 1-d operands and
/// broadcast batch dimensions.
///
/// ```swift
/// try matmul(W, x) + b     // W @ x + b
/// ```
/// - Throws: `dot_general requires contracting dimensions to have the same shape, got (20,) and (3,).`
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.ndim >= 1 && b.ndim >= 1 else {
        throw TensorError("matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    let (dtype, _) = DType.promote((a.dtype, a.weakType), (b.dtype, b.weakType))
    var x = try a.convert(to: dtype, weak: false), y = try b.convert(to: dtype, weak: false)
    if x.ndim <= 2 && y.ndim <= 2 {
        let p = DotGeneral(contracting: ([x.ndim - 1], [0]), preferredElementType: dtype)
        return try bind1(p, [x, y])
    }
    // Batched: broadcast the leading dimensions to a common shape.
    let aVec = x.ndim == 1, bVec = y.ndim == 1
    if aVec { x = try x.reshaped([1] + x.shape) }
    if bVec { y = try y.reshaped(y.shape + [1]) }
    let ab = Array(x.shape.dropLast(2)), bb = Array(y.shape.dropLast(2))
    let batch = try Shape.broadcast([ab, bb], opName: "matmul")
    if ab != batch { x = try x.broadcast(to: batch + Array(x.shape.suffix(2))) }
    if bb != batch { y = try y.broadcast(to: batch + Array(y.shape.suffix(2))) }
    let nb = batch.count
    let p = DotGeneral(contracting: ([nb + 1], [nb]), batch: (Array(0..<nb), Array(0..<nb)), preferredElementType: dtype)
    var r = try bind1(p, [x, y])
    if aVec { r = try r.squeezed(axes: [nb]) }
    if bVec { r = try r.squeezed(axes: [r.ndim - 1]) }
    return r
}

/// `jnp.tensordot` with explicit axis lists.
///
/// ```swift
/// try tensordot(a, b, axes: ([1], [0]))
/// ```
public func tensordot(_ a: Tensor, _ b: Tensor, axes: ([Int], [Int])) throws -> Tensor {
    let la = try axes.0.map { try Shape.normalizeAxis($0, ndim: a.ndim) }
    let lb = try axes.1.map { try Shape.normalizeAxis($0, ndim: b.ndim) }
    let (dtype, _) = DType.promote((a.dtype, a.weakType), (b.dtype, b.weakType))
    let p = DotGeneral(contracting: (la, lb), preferredElementType: dtype)
    return try bind1(p, [a.convert(to: dtype, weak: false), b.convert(to: dtype, weak: false)])
}

/// `jnp.tensordot` contracting the last `axes` dimensions of `a` with the first of `b`.
///
/// ```swift
/// try tensordot(Tensor.zeros([2, 3, 4]), Tensor.zeros([3, 4, 5])).shape   // [2, 5]
/// ```
public func tensordot(_ a: Tensor, _ b: Tensor, axes: Int = 2) throws -> Tensor {
    guard axes >= 0, axes <= a.ndim, axes <= b.ndim else {
        throw TensorError("Number of tensordot axes (axes=\(axes)) exceeds input ranks (\(a.ndim) and \(b.ndim))")
    }
    return try tensordot(a, b, axes: (Array((a.ndim - axes)..<a.ndim), Array(0..<axes)))
}

/// `jnp.einsum` for one or two operands with single-letter subscripts and an
/// explicit or implicit output (no ellipsis, no repeated letter within one
/// operand): each letter is a batch, contracted or free dimension of one
/// `dot_general`.
///
/// ```swift
/// try einsum("ij,jk->ik", a, b)
/// try einsum("bi,bi->b", x, y)
/// ```
public func einsum(_ spec: String, _ operands: Tensor...) throws -> Tensor {
    let parts = String(spec.filter { $0 != " " }).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    let inputs = parts[0].split(separator: ",", omittingEmptySubsequences: false).map { Array($0) }
    guard inputs.count == operands.count else {
        throw TensorError("Number of einsum subscripts, \(inputs.count), must be equal to the number of operands, \(operands.count).")
    }
    guard (1...2).contains(operands.count) else {
        throw TensorError("einsum: \(operands.count) operands given; one or two are supported (contract them pairwise)")
    }
    var labelSizes: [Character: Int] = [:]
    for (k, (s, x)) in zip(inputs, operands).enumerated() {
        guard s.count == x.ndim, Set(s).count == s.count, s.allSatisfy({ $0.isLetter }) else {
            throw TensorError("einsum: subscripts '\(String(s))' do not match operand of shape \(Shape.describe(x.shape)) (one distinct letter per dimension is supported)")
        }
        for (c, size) in zip(s, x.shape) {
            if let previous = labelSizes[c], previous != size {
                throw TensorError("Size of label '\(c)' for operand \(k) (\(size)) does not match previous terms (\(previous)).")
            }
            labelSizes[c] = size
        }
    }
    var output: [Character]
    if parts.count == 2 {
        guard parts[1].first == ">" else { throw TensorError("einsum: malformed subscripts '\(spec)'") }
        output = Array(parts[1].dropFirst())
    } else {
        let all = inputs.flatMap { $0 }
        output = Set(all).filter { c in all.filter { $0 == c }.count == 1 }.sorted()
    }
    let inAny = Set(inputs.flatMap { $0 })
    guard output.allSatisfy({ inAny.contains($0) }), Set(output).count == output.count else {
        throw TensorError("einsum: output subscripts '\(String(output))' must be distinct letters that appear in the inputs")
    }
    // Sum out letters that appear in only one operand and not in the output.
    var xs = operands, subs = inputs
    for i in xs.indices {
        let others = Set(subs.enumerated().filter { $0.offset != i }.flatMap { $0.element })
        let drop = subs[i].enumerated().filter { !output.contains($0.element) && !others.contains($0.element) }.map { $0.offset }
        if !drop.isEmpty {
            xs[i] = try sum(xs[i], axes: drop)
            subs[i] = subs[i].enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
        }
    }
    var result: Tensor, resultSubs: [Character]
    if xs.count == 1 {
        result = xs[0]; resultSubs = subs[0]
    } else {
        let (a, b) = (subs[0], subs[1])
        let shared = a.filter { b.contains($0) }
        let batchLetters = shared.filter { output.contains($0) }
        let contractLetters = shared.filter { !output.contains($0) }
        let (dtype, _) = DType.promote((xs[0].dtype, xs[0].weakType), (xs[1].dtype, xs[1].weakType))
        let p = DotGeneral(contracting: (contractLetters.map { a.firstIndex(of: $0)! }, contractLetters.map { b.firstIndex(of: $0)! }),
                           batch: (batchLetters.map { a.firstIndex(of: $0)! }, batchLetters.map { b.firstIndex(of: $0)! }),
                           preferredElementType: dtype)
        result = try bind1(p, [xs[0].convert(to: dtype, weak: false), xs[1].convert(to: dtype, weak: false)])
        resultSubs = batchLetters + a.filter { !shared.contains($0) } + b.filter { !shared.contains($0) }
    }
    return try result.transposed(output.map { resultSubs.firstIndex(of: $0)! })
}

