/// `dot_general[dimension_numbers=(([lc], [rc]), ([lb], [rb])) preferred_element_type=…]`:
/// the one contraction primitive behind `dot`, `matmul`, `tensordot`,
/// `einsum` and every batched product `vmap` makes.
///
/// Output dimensions: batch dimensions, then the lhs's free dimensions, then
/// the rhs's. GEMM-shaped work goes to OpenBLAS; small products (where a
/// BLAS call costs more than the arithmetic) and integer products use our
/// own loops. The kernel is chosen from the per-example sizes (M, N, K)
/// only, never from the batch size or thread count, so a result does not
/// depend on how a batch was sharded.
public struct DotGeneral: Primitive {
    /// Contracting dimensions of (lhs, rhs).
    public let contracting: ([Int], [Int])
    /// Batch dimensions of (lhs, rhs).
    public let batch: ([Int], [Int])
    /// The result dtype (nil: the operands').
    public let preferredElementType: DType?

    public init(contracting: ([Int], [Int]), batch: ([Int], [Int]) = ([], []), preferredElementType: DType? = nil) {
        self.contracting = contracting
        self.batch = batch
        self.preferredElementType = preferredElementType
    }

    public static func == (a: DotGeneral, b: DotGeneral) -> Bool {
        a.contracting == b.contracting && a.batch == b.batch && a.preferredElementType == b.preferredElementType
    }
    public func hash(into h: inout Hasher) {
        h.combine(contracting.0); h.combine(contracting.1); h.combine(batch.0); h.combine(batch.1); h.combine(preferredElementType)
    }

    public var name: String { "dot_general" }
    public var parameters: [(name: String, value: String)] {
        let l = ParameterFormat.list
        return [("dimension_numbers", "((\(l(contracting.0)), \(l(contracting.1))), (\(l(batch.0)), \(l(batch.1))))"),
                ("preferred_element_type", preferredElementType?.name ?? "None")]
    }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 2)
        let (a, b) = (inputs[0], inputs[1])
        guard a.dtype == b.dtype else {
            throw TensorError("dot_general requires operands of the same dtype, got \(a.dtype.name) and \(b.dtype.name).")
        }
        func check(_ dims: [Int], _ x: ShapedArray, _ what: String) throws {
            guard dims.allSatisfy({ $0 >= 0 && $0 < x.ndim }), Set(dims).count == dims.count else {
                throw TensorError("dot_general requires \(what) dimensions to be distinct and within the operand rank, got \(ParameterFormat.tuple(dims)) for shape \(Shape.describe(x.shape)).")
            }
        }
        try check(contracting.0, a, "lhs contracting"); try check(contracting.1, b, "rhs contracting")
        try check(batch.0, a, "lhs batch"); try check(batch.1, b, "rhs batch")
        for (side, bd, cd) in [("lhs", batch.0, contracting.0), ("rhs", batch.1, contracting.1)] where !Set(bd).isDisjoint(with: cd) {
            throw TensorError("dot_general requires \(side) batch dimensions to be disjoint from contracting dimensions, got \(side)_batch \(ParameterFormat.tuple(bd)) and \(side)_contracting \(ParameterFormat.tuple(cd)).")
        }
        guard contracting.0.count == contracting.1.count else {
            throw TensorError("dot_general requires equal numbers of lhs and rhs contracting dimensions, got lhs_contracting_dimensions \(ParameterFormat.tuple(contracting.0)) and rhs_contracting_dimensions \(ParameterFormat.tuple(contracting.1)).")
        }
        guard batch.0.count == batch.1.count else {
            throw TensorError("dot_general requires equal numbers of lhs and rhs batch dimensions, got lhs_batch \(ParameterFormat.tuple(batch.0)) and rhs_batch \(ParameterFormat.tuple(batch.1)).")
        }
        let lb = batch.0.map { a.shape[$0] }, rb = batch.1.map { b.shape[$0] }
        guard lb == rb else {
            throw TensorError("dot_general requires lhs batch dimensions and rhs batch dimensions to have the same shape, got \(Shape.describe(lb)) and \(Shape.describe(rb)).")
        }
        let lc = contracting.0.map { a.shape[$0] }, rc = contracting.1.map { b.shape[$0] }
        guard lc == rc else {
            throw TensorError("dot_general requires contracting dimensions to have the same shape, got \(Shape.describe(lc)) and \(Shape.describe(rc)).")
        }
        let lf = (0..<a.ndim).filter { !contracting.0.contains($0) && !batch.0.contains($0) }.map { a.shape[$0] }
        let rf = (0..<b.ndim).filter { !contracting.1.contains($0) && !batch.1.contains($0) }.map { b.shape[$0] }
        let shape = lb + lf + rf
        _ = try Shape.checkedCount(shape)
        return [ShapedArray(shape: shape, dtype: preferredElementType ?? a.dtype, weakType: false)]
    }

    /// Per-example sizes and layouts of a call.
    struct Plan {
        var batch = 1, m = 1, n = 1, k = 1
        var lhsPerm: [Int] = [], rhsPerm: [Int] = []
    }

    func plan(_ a: [Int], _ b: [Int]) -> Plan {
        var p = Plan()
        let lf = (0..<a.count).filter { !contracting.0.contains($0) && !batch.0.contains($0) }
        let rf = (0..<b.count).filter { !contracting.1.contains($0) && !batch.1.contains($0) }
        p.batch = Shape.count(batch.0.map { a[$0] })
        p.m = Shape.count(lf.map { a[$0] })
        p.n = Shape.count(rf.map { b[$0] })
        p.k = Shape.count(contracting.0.map { a[$0] })
        p.lhsPerm = batch.0 + lf + contracting.0          // (B, M, K)
        p.rhsPerm = batch.1 + contracting.1 + rf          // (B, K, N)
        return p
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        var (a, b) = (inputs[0], inputs[1])
        let outAval = outputs[0]
        if a.dtype != outAval.dtype {
            a = try a.astype(outAval.dtype)
            b = try b.astype(outAval.dtype)
        }
        let p = plan(a.shape, b.shape)
        let out = try Tensor.uninitialized(ShapedArray(shape: outAval.shape, dtype: outAval.dtype))
        if out.size == 0 { return [out] }
        let flops = p.m * p.n * p.k
        switch a.dtype {
        case .float32 where flops >= DotGeneral.blasThreshold:
            try gemm(a, b, p, out, Float.self)
        case .float64 where flops >= DotGeneral.blasThreshold:
            try gemm(a, b, p, out, Double.self)
        case .float32: try small(a, b, p, out, FloatDot<Float>())
        case .float64: try small(a, b, p, out, FloatDot<Double>())
        case .int32: try small(a, b, p, out, IntDot<Int32>())
        case .int64: try small(a, b, p, out, IntDot<Int64>())
        case .uint32: try small(a, b, p, out, IntDot<UInt32>())
        case .bool:
            let r = try DotGeneral(contracting: contracting, batch: batch, preferredElementType: .int32)
                .evaluate([a.astype(.int32), b.astype(.int32)], outputs: [outAval.with(dtype: .int32)])[0]
            return [try r.astype(.bool)]
        }
        return [out]
    }

    /// Below this many multiply-adds per example, our own loop beats a BLAS call.
    static let blasThreshold = 32 * 32 * 32

    /// Per example, one GEMM: operands laid out as (B,M,K) or (B,K,M) and
    /// (B,K,N) or (B,N,K), whichever needs no copy (BLAS transposes for free).
    private func gemm<T: KernelFloat>(_ a: Tensor, _ b: Tensor, _ p: Plan, _ out: Tensor, _: T.Type) throws {
        let lf = Array(p.lhsPerm[batch.0.count..<(p.lhsPerm.count - contracting.0.count)])
        let rf = Array(p.rhsPerm[(batch.1.count + contracting.1.count)...])
        var transA = false, transB = false
        var lhs = a, rhs = b
        if p.lhsPerm != Array(0..<a.ndim) {
            let alt = batch.0 + contracting.0 + lf
            if alt == Array(0..<a.ndim) { transA = true } else { lhs = try Local.evaluate(Transpose(permutation: p.lhsPerm), [a])[0] }
        }
        if p.rhsPerm != Array(0..<b.ndim) {
            let alt = batch.1 + rf + contracting.1
            if alt == Array(0..<b.ndim) { transB = true } else { rhs = try Local.evaluate(Transpose(permutation: p.rhsPerm), [b])[0] }
        }
        let pa = UnsafePointer(lhs.storage.typed(T.self)), pb = UnsafePointer(rhs.storage.typed(T.self))
        let pc = out.storage.typed(T.self)
        let (m, n, k) = (p.m, p.n, p.k)
        if p.batch == 1 {
            BLAS.setThreads(ThreadPool.threadCount)
            call(transA, transB, m, n, k, pa, pb, pc)
        } else {
            BLAS.setThreads(1)
            ThreadPool.parallelFor(p.batch, costPerElement: m * n * k) { r in
                for i in r { call(transA, transB, m, n, k, pa + i * m * k, pb + i * k * n, pc + i * m * n) }
            }
        }
    }

    @inline(__always)
    private func call<T>(_ ta: Bool, _ tb: Bool, _ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>) {
        if T.self == Float.self {
            BLAS.gemm(ta, tb, m, n, k, UnsafeRawPointer(a).assumingMemoryBound(to: Float.self),
                      UnsafeRawPointer(b).assumingMemoryBound(to: Float.self), UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self))
        } else {
            BLAS.gemm(ta, tb, m, n, k, UnsafeRawPointer(a).assumingMemoryBound(to: Double.self),
                      UnsafeRawPointer(b).assumingMemoryBound(to: Double.self), UnsafeMutableRawPointer(c).assumingMemoryBound(to: Double.self))
        }
    }

    /// Small products: lhs as (B,M,K) and rhs as (B,N,K), each output one
    /// dot of two contiguous rows (eight accumulators, a fixed order per K).
    private func small<D: RowDot>(_ a: Tensor, _ b: Tensor, _ p: Plan, _ out: Tensor, _ dot: D) throws {
        let rf = Array(p.rhsPerm[(batch.1.count + contracting.1.count)...])
        let rhsRows = batch.1 + rf + contracting.1
        let lhs = p.lhsPerm == Array(0..<a.ndim) ? a : try Local.evaluate(Transpose(permutation: p.lhsPerm), [a])[0]
        let rhs = rhsRows == Array(0..<b.ndim) ? b : try Local.evaluate(Transpose(permutation: rhsRows), [b])[0]
        let pa = lhs.storage.typed(D.T.self), pb = rhs.storage.typed(D.T.self), pc = out.storage.typed(D.T.self)
        let (m, n, k) = (p.m, p.n, p.k)
        withExtendedLifetime((lhs, rhs)) {
            ThreadPool.parallelFor(p.batch * m, costPerElement: n * k) { r in
                for row in r {
                    let x = pa + row * k
                    let ys = pb + (row / m) * n * k
                    let o = pc + row * n
                    for j in 0..<n { o[j] = dot(x, ys + j * k, k) }
                }
            }
        }
    }

    /// JAX's `_dot_general_batch_rule`: a dimension batched in both operands
    /// becomes a new leading batch dimension; batched in one operand only,
    /// it is a free dimension of that operand.
    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        var (a, b) = (inputs[0], inputs[1])
        var (lc, rc) = contracting, (lb, rb) = batch
        let bump = { (xs: [Int], d: Int) in xs.map { $0 >= d ? $0 + 1 : $0 } }
        switch (dims[0], dims[1]) {
        case (let da?, let db?):
            a = try Batching.moveAxis(a, from: da, to: 0)
            b = try Batching.moveAxis(b, from: db, to: 0)
            lc = bump(lc, 0); rc = bump(rc, 0)
            lb = [0] + bump(lb, 0); rb = [0] + bump(rb, 0)
            let p = DotGeneral(contracting: (lc, rc), batch: (lb, rb), preferredElementType: preferredElementType)
            return ([try bind1(p, [a, b])], [0])
        case (let da?, nil):
            lc = bump(lc, da); lb = bump(lb, da)
            let p = DotGeneral(contracting: (lc, rc), batch: (lb, rb), preferredElementType: preferredElementType)
            // The batch dim is a free lhs dim: after the batch dims, in order among lhs free dims.
            let freeBefore = (0..<da).filter { !lc.contains($0) && !lb.contains($0) }.count
            return ([try bind1(p, [a, b])], [lb.count + freeBefore])
        case (nil, let db?):
            rc = bump(rc, db); rb = bump(rb, db)
            let p = DotGeneral(contracting: (lc, rc), batch: (lb, rb), preferredElementType: preferredElementType)
            let lhsFree = a.ndim - lc.count - lb.count
            let freeBefore = (0..<db).filter { !rc.contains($0) && !rb.contains($0) }.count
            return ([try bind1(p, [a, b])], [lb.count + lhsFree + freeBefore])
        case (nil, nil):
            return (try bind(self, inputs), [nil])
        }
    }
}

/// The inner product of two contiguous rows, as a type (kernels specialise on it).
protocol RowDot {
    associatedtype T
    func callAsFunction(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, _ k: Int) -> T
}

struct FloatDot<T: KernelFloat>: RowDot {
    @inline(__always)
    func callAsFunction(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, _ k: Int) -> T {
        var a0: T = 0, a1: T = 0, a2: T = 0, a3: T = 0, a4: T = 0, a5: T = 0, a6: T = 0, a7: T = 0
        var i = 0
        while i + 8 <= k {
            a0 += x[i] * y[i]; a1 += x[i + 1] * y[i + 1]; a2 += x[i + 2] * y[i + 2]; a3 += x[i + 3] * y[i + 3]
            a4 += x[i + 4] * y[i + 4]; a5 += x[i + 5] * y[i + 5]; a6 += x[i + 6] * y[i + 6]; a7 += x[i + 7] * y[i + 7]
            i += 8
        }
        var s = ((a0 + a4) + (a1 + a5)) + ((a2 + a6) + (a3 + a7))
        while i < k { s += x[i] * y[i]; i += 1 }
        return s
    }
}

struct IntDot<T: KernelInteger>: RowDot {
    @inline(__always)
    func callAsFunction(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, _ k: Int) -> T {
        var s: T = 0
        for i in 0..<k { s = s &+ x[i] &* y[i] }
        return s
    }
}
