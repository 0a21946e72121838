/// Loops `f` over the leading axis of `xs`, threading a carry (JAX's `lax.scan`).
///
/// `scan : (c -> a -> (c, b)) -> c -> [a] -> (c, [b])`, equivalent to
/// ```swift
/// var carry = initial, ys: [Y] = []
/// for x in xs { let (c, y) = try f(carry, x); carry = c; ys.append(y) }
/// return (carry, stack(ys))
/// ```
/// but traced once into a `scan` primitive: it runs at compiled speed, and
/// batches (`vmap`) and stages (`jit`) like any primitive.
///
/// ```swift
/// let (total, running) = try scan({ c, x in let s = try c + x; return (s, s) },
///                                 initial: Tensor(0), over: Tensor.arange(500))
/// // total: 124750, running: the cumulative sums
/// ```
/// - Parameters:
///   - initial: the initial carry (any ``TensorTree``).
///   - xs: the values to loop over, sliced along their leading axis.
///   - length: the number of iterations (checked against `xs`).
///   - reverse: loop from the last slice to the first (ys keep their positions).
///   - unroll: accepted for JAX compatibility; the loop is not unrolled.
/// - Throws: JAX's carry-type error when the body changes the carry's shape
///   or dtype; `scan got values with different leading axis sizes: 3, 4.`
public func scan<C: TensorTree, X: TensorTree, Y: TensorTree>(
    _ f: (C, X) throws -> (C, Y), initial: C, over xs: X, length: Int? = nil, reverse: Bool = false, unroll: Int = 1
) throws -> (C, Y) {
    let xLeaves = xs.leaves
    for x in xLeaves where x.ndim == 0 {
        throw TensorError("scan got value with no leading axis to scan over: \(x.aval.longDescription).")
    }
    let sizes = xLeaves.map { $0.shape[0] }
    if let first = sizes.first, sizes.contains(where: { $0 != first }) {
        throw TensorError("scan got values with different leading axis sizes: " + sizes.map(String.init).joined(separator: ", ") + ".")
    }
    let n: Int
    switch (length, sizes.first) {
    case (let l?, let s?) where l != s:
        throw TensorError("scan got `length` argument of \(l) which disagrees with leading axis sizes \(s).")
    case (let l?, _): n = l
    case (nil, let s?): n = s
    case (nil, nil): throw TensorError("scan got no values to scan over and `length` not provided.")
    }
    guard n >= 0 else { throw TensorError("scan length must be non-negative, got \(n)") }
    let xAvals = xLeaves.map { $0.aval.with(shape: Array($0.shape.dropFirst())) }
    return try scanLeaves(initial: initial, xs: xs, xLeaves: xLeaves, xAvals: xAvals, length: n, reverse: reverse, unroll: unroll, f)
}

/// `scan` without inputs: `length` iterations of `f(carry) -> (carry, y)`.
///
/// ```swift
/// let (c, ys) = try scan({ c in (try c * 2, c) }, initial: Tensor(1), length: 5)   // ys = [1, 2, 4, 8, 16]
/// ```
public func scan<C: TensorTree, Y: TensorTree>(
    _ f: (C) throws -> (C, Y), initial: C, length: Int, reverse: Bool = false, unroll: Int = 1
) throws -> (C, Y) {
    guard length >= 0 else { throw TensorError("scan length must be non-negative, got \(length)") }
    let none: [Tensor] = []
    return try scanLeaves(initial: initial, xs: none, xLeaves: [], xAvals: [], length: length, reverse: reverse, unroll: unroll) { c, _ in try f(c) }
}

private func scanLeaves<C: TensorTree, X: TensorTree, Y: TensorTree>(
    initial: C, xs: X, xLeaves: [Tensor], xAvals: [ShapedArray], length: Int, reverse: Bool, unroll: Int,
    _ f: (C, X) throws -> (C, Y)
) throws -> (C, Y) {
    var initLeaves = initial.leaves
    var yTemplate: Y? = nil
    var body: ClosedBody
    var attempts = 0
    while true {
        let carryAvals = initLeaves.map(\.aval)
        body = try traceBody(carryAvals + xAvals, purpose: "scan") { args in
            let c = try initial.replacingLeaves(Array(args[..<carryAvals.count]))
            let x = try xs.replacingLeaves(Array(args[carryAvals.count...]))
            let (c2, y) = try f(c, x)
            yTemplate = y
            return c2.leaves + y.leaves
        }
        let outCarry = Array(body.jaxpr.outAvals.prefix(initLeaves.count))
        // A weakly typed initial carry (a literal) adopts the body's dtype, as in JAX.
        var promoted = false
        for (i, (a, b)) in zip(carryAvals, outCarry).enumerated() where a.weakType && a.shape == b.shape && a.dtype != b.dtype && attempts == 0 {
            initLeaves[i] = try initLeaves[i].astype(DType.promote((a.dtype, true), (b.dtype, b.weakType)).0)
            promoted = true
        }
        if promoted { attempts += 1; continue }
        try checkCarryTypes("scan body", carryAvals, outCarry)
        break
    }
    let p = Scan(body: body.jaxpr, length: length, reverse: reverse, numConsts: body.consts.count,
                 numCarry: initLeaves.count, unroll: unroll)
    let outs = try bind(p, body.consts + initLeaves + xLeaves)
    let carry = try initial.replacingLeaves(Array(outs[..<initLeaves.count]))
    let ys = try yTemplate!.replacingLeaves(Array(outs[initLeaves.count...]))
    return (carry, ys)
}

/// `scan[jaxpr=… length=… num_carry=… num_consts=… reverse=… unroll=…]`:
/// operands are consts, initial carry and xs; results are the final carry
/// and the stacked ys.
///
/// ```swift
/// let body = try makeJaxpr { (c: Tensor, x: Tensor) throws -> (Tensor, Tensor) in let s = try c + x; return (s, s) }(Tensor(Float(0)), Tensor(Float(0)))
/// let p = Scan(body: body, length: 3, reverse: false, numConsts: 0, numCarry: 1)
/// try bind(p, [Tensor(Float(0)), Tensor([1.0, 2.0, 3.0])])   // [6], [[1, 3, 6]]
/// ```
public struct Scan: Primitive {
    let bodyRef: JaxprRef
    /// The loop body: (consts, carry, x) -> (carry, y).
    ///
    /// ```swift
    /// p.body.invars.count   // numConsts + numCarry + number of xs
    /// ```
    public var body: Jaxpr { bodyRef.jaxpr }
    /// The number of iterations.
    ///
    /// ```swift
    /// Scan(body: body, length: 3, reverse: false, numConsts: 0, numCarry: 1).length   // 3
    /// ```
    public let length: Int
    /// Whether the loop runs from the last slice to the first.
    ///
    /// ```swift
    /// Scan(body: body, length: 3, reverse: true, numConsts: 0, numCarry: 1).reverse   // true
    /// ```
    public let reverse: Bool
    /// How many leading operands are loop-invariant constants.
    ///
    /// ```swift
    /// Scan(body: body, length: 3, reverse: false, numConsts: 0, numCarry: 1).numConsts   // 0
    /// ```
    public let numConsts: Int
    /// How many operands (after the constants) form the carry.
    ///
    /// ```swift
    /// Scan(body: body, length: 3, reverse: false, numConsts: 0, numCarry: 1).numCarry   // 1
    /// ```
    public let numCarry: Int
    /// Accepted for JAX compatibility; the loop is not unrolled.
    ///
    /// ```swift
    /// Scan(body: body, length: 3, reverse: false, numConsts: 0, numCarry: 1).unroll   // 1
    /// ```
    public let unroll: Int

    /// Creates `scan` over a traced `body` (see ``scan(_:initial:over:length:reverse:unroll:)``, which builds it).
    ///
    /// ```swift
    /// let p = Scan(body: body, length: 10, reverse: false, numConsts: 0, numCarry: 1)
    /// ```
    public init(body: Jaxpr, length: Int, reverse: Bool, numConsts: Int, numCarry: Int, unroll: Int = 1) {
        self.bodyRef = JaxprRef(jaxpr: body)
        self.length = length
        self.reverse = reverse
        self.numConsts = numConsts
        self.numCarry = numCarry
        self.unroll = unroll
    }

    public var name: String { "scan" }
    public var parameters: [(name: String, value: String)] {
        [("length", String(length)), ("num_carry", String(numCarry)), ("num_consts", String(numConsts)),
         ("reverse", ParameterFormat.bool(reverse)), ("unroll", String(unroll))]
    }
    public var subJaxprs: [(name: String, jaxpr: Jaxpr)] { [("jaxpr", body)] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard inputs.count == body.invars.count else {
            throw TensorError("scan takes \(body.invars.count) operands, got \(inputs.count)")
        }
        let outs = body.outAvals
        let carry = Array(outs.prefix(numCarry))
        let ys = outs.dropFirst(numCarry).map { $0.with(shape: [length] + $0.shape) }
        return carry + ys
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        if length > 0, let fast = bodyRef.associativeScan(numConsts: numConsts, numCarry: numCarry) {
            return try fast.run(inputs, length: length, reverse: reverse, outputs: outputs)
        }
        return try bodyRef.plannedScan(numConsts: numConsts, numCarry: numCarry)
            .run(inputs, length: length, reverse: reverse, numConsts: numConsts, numCarry: numCarry, outputs: outputs)
    }

    /// Iterates to a fixpoint on which carries are batched, then scans the
    /// batched body: batched consts and carries at dimension 0, batched xs
    /// (and ys) at dimension 1.
    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let nc = numConsts, ncar = numCarry
        let constB = dims[..<nc].map { $0 != nil }
        var carryB = dims[nc..<(nc + ncar)].map { $0 != nil }
        let xsB = dims[(nc + ncar)...].map { $0 != nil }
        let numYs = body.outvars.count - ncar
        var batched: (ClosedBody, outBatched: [Bool])
        while true {
            batched = try batchJaxpr(body, axis: axis, inBatched: constB + carryB + xsB,
                                     forceOut: carryB + Array(repeating: false, count: numYs))
            let next = zip(carryB, batched.outBatched.prefix(ncar)).map { $0 || $1 }
            if next == carryB { break }
            carryB = next
        }
        let consts = try alignBatch(Array(inputs[..<nc]), Array(dims[..<nc]), force: constB, to: 0, size: axis.size)
        let carry = try alignBatch(Array(inputs[nc..<(nc + ncar)]), Array(dims[nc..<(nc + ncar)]), force: carryB, to: 0, size: axis.size)
        let xs = try alignBatch(Array(inputs[(nc + ncar)...]), Array(dims[(nc + ncar)...]), force: xsB, to: 1, size: axis.size)
        let (closed, outB) = batched
        let p = Scan(body: closed.jaxpr, length: length, reverse: reverse, numConsts: closed.consts.count + nc,
                     numCarry: ncar, unroll: unroll)
        let outs = try bind(p, closed.consts + consts + carry + xs)
        let outDims: [Int?] = carryB.map { $0 ? 0 : nil } + outB.dropFirst(ncar).map { $0 ? 1 : nil }
        return (outs, outDims)
    }
}

