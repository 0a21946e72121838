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
public struct DotGeneral: Primitive, PlansKernel {
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

    /// Everything about a product that depends only on the operands'
    /// shapes: sizes as (B, M, K)·(B, K, N), and which operand layouts need a
    /// copy. Made once per equation when a jaxpr is planned (``PlansKernel``),
    /// or per call eagerly.
    struct Plan: WritesInto {
        let primitive: DotGeneral
        var batch = 1, m = 1, n = 1, k = 1
        var outAval: ShapedArray
        /// The dtype both operands are converted to first, if it differs.
        var convert: DType? = nil
        /// GEMM (true) or the small-product loop.
        var blas = false
        /// Transposes to apply to the operands first (nil: layout already usable).
        var lhsPerm: [Int]? = nil, rhsPerm: [Int]? = nil
        /// GEMM only: operands BLAS reads transposed.
        var transA = false, transB = false

        func run(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
            var (a, b) = (inputs[0], inputs[1])
            if let c = convert { a = try a.astype(c); b = try b.astype(c) }
            if a.dtype == .bool {
                let r = try DotGeneral(contracting: primitive.contracting, batch: primitive.batch, preferredElementType: .int32)
                    .evaluate([a.astype(.int32), b.astype(.int32)], outputs: [outAval.with(dtype: .int32)])[0]
                return [try r.astype(.bool)]
            }
            let out = try Tensor.uninitialized(outAval)
            if out.size == 0 { return [out] }
            if let p = lhsPerm { a = try Local.evaluate(Transpose(permutation: p), [a])[0] }
            if let p = rhsPerm { b = try Local.evaluate(Transpose(permutation: p), [b])[0] }
            withExtendedLifetime((a, b)) { multiply(a.storage.pointer, b.storage.pointer, into: out.storage.pointer) }
            return [out]
        }

        /// Whether ``run(_:into:)`` applies: operands already in a usable
        /// layout and dtype.
        var writesInto: Bool { convert == nil && lhsPerm == nil && rhsPerm == nil && outAval.dtype != .bool }

        func run(_ operands: [UnsafeMutableRawPointer], into out: UnsafeMutableRawPointer) {
            multiply(operands[0], operands[1], into: out)
        }

        /// The product of operands in the planned layouts.
        private func multiply(_ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer, into out: UnsafeMutableRawPointer) {
            if outAval.size == 0 { return }
            switch outAval.dtype {
            case .float32 where blas: gemm(a, b, out, Float.self)
            case .float64 where blas: gemm(a, b, out, Double.self)
            case .float32: small(a, b, out, FloatDot<Float>())
            case .float64: small(a, b, out, FloatDot<Double>())
            case .int32: small(a, b, out, IntDot<Int32>())
            case .int64: small(a, b, out, IntDot<Int64>())
            case .uint32: small(a, b, out, IntDot<UInt32>())
            case .bool: break
            }
        }

        /// Per example, one GEMM.
        private func gemm<T: KernelFloat>(_ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer, _ out: UnsafeMutableRawPointer, _: T.Type) {
            let pa = UnsafePointer(a.assumingMemoryBound(to: T.self)), pb = UnsafePointer(b.assumingMemoryBound(to: T.self))
            let pc = out.assumingMemoryBound(to: T.self)
            let (m, n, k, transA, transB) = (m, n, k, transA, transB)
            if batch == 1 {
                BLAS.setThreads(ThreadPool.threadCount)
                DotGeneral.call(transA, transB, m, n, k, pa, pb, pc)
            } else {
                BLAS.setThreads(1)
                ThreadPool.parallelFor(batch, costPerElement: m * n * k) { r in
                    for i in r { DotGeneral.call(transA, transB, m, n, k, pa + i * m * k, pb + i * k * n, pc + i * m * n) }
                }
            }
        }

        /// Small products: lhs as (B,M,K) and rhs as (B,N,K), each output one
        /// dot of two contiguous rows (eight accumulators, a fixed order per K).
        private func small<D: RowDot>(_ lhs: UnsafeMutableRawPointer, _ rhs: UnsafeMutableRawPointer, _ out: UnsafeMutableRawPointer, _ dot: D) {
            let pa = lhs.assumingMemoryBound(to: D.T.self), pb = rhs.assumingMemoryBound(to: D.T.self), pc = out.assumingMemoryBound(to: D.T.self)
            let (m, n, k) = (m, n, k)
            ThreadPool.parallelFor(batch * m, costPerElement: n * k) { r in
                for row in r {
                    let x = pa + row * k
                    let ys = pb + (row / m) * n * k
                    let o = pc + row * n
                    for j in 0..<n { o[j] = dot(x, ys + j * k, k) }
                }
            }
        }
    }

    /// The plan for operands of these avals.
    func plan(_ a: ShapedArray, _ b: ShapedArray, output: ShapedArray) -> Plan {
        var p = Plan(primitive: self, outAval: ShapedArray(shape: output.shape, dtype: output.dtype))
        let lf = (0..<a.ndim).filter { !contracting.0.contains($0) && !batch.0.contains($0) }
        let rf = (0..<b.ndim).filter { !contracting.1.contains($0) && !batch.1.contains($0) }
        p.batch = Shape.count(batch.0.map { a.shape[$0] })
        p.m = Shape.count(lf.map { a.shape[$0] })
        p.n = Shape.count(rf.map { b.shape[$0] })
        p.k = Shape.count(contracting.0.map { a.shape[$0] })
        if a.dtype != output.dtype { p.convert = output.dtype }
        let dtype = output.dtype
        let lhsPerm = batch.0 + lf + contracting.0          // (B, M, K)
        let rhsPerm = batch.1 + contracting.1 + rf          // (B, K, N)
        let lhsId = Array(0..<a.ndim), rhsId = Array(0..<b.ndim)
        p.blas = (dtype == .float32 || dtype == .float64) && p.m * p.n * p.k >= DotGeneral.blasThreshold
        if p.blas {
            // BLAS transposes for free: copy only layouts it cannot read.
            if lhsPerm != lhsId {
                if batch.0 + contracting.0 + lf == lhsId { p.transA = true } else { p.lhsPerm = lhsPerm }
            }
            if rhsPerm != rhsId {
                if batch.1 + rf + contracting.1 == rhsId { p.transB = true } else { p.rhsPerm = rhsPerm }
            }
        } else {
            let rhsRows = batch.1 + rf + contracting.1      // (B, N, K)
            if lhsPerm != lhsId { p.lhsPerm = lhsPerm }
            if rhsRows != rhsId { p.rhsPerm = rhsRows }
        }
        return p
    }

    func kernel(for inputs: [ShapedArray], outputs: [ShapedArray]) -> any PlannedKernel {
        plan(inputs[0], inputs[1], output: outputs[0])
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        try plan(inputs[0].aval, inputs[1].aval, output: outputs[0]).run(inputs, outputs: outputs)
    }

    /// Below this many multiply-adds per example, our own loop beats a BLAS call.
    static let blasThreshold = 32 * 32 * 32

    @inline(__always)
    static func call<T>(_ ta: Bool, _ tb: Bool, _ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>) {
        if T.self == Float.self {
            BLAS.gemm(ta, tb, m, n, k, UnsafeRawPointer(a).assumingMemoryBound(to: Float.self),
                      UnsafeRawPointer(b).assumingMemoryBound(to: Float.self), UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self))
        } else {
            BLAS.gemm(ta, tb, m, n, k, UnsafeRawPointer(a).assumingMemoryBound(to: Double.self),
                      UnsafeRawPointer(b).assumingMemoryBound(to: Double.self), UnsafeMutableRawPointer(c).assumingMemoryBound(to: Double.self))
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

struct FloatDot<T: KernelFloat & SIMDScalar>: RowDot {
    /// Eight accumulators, lane j summing the products at j mod 8, then
    /// combined in a fixed tree: the order never depends on threads or on
    /// where the rows live. One SIMD8 multiply and add per 8 elements.
    @inline(__always)
    func callAsFunction(_ x: UnsafePointer<T>, _ y: UnsafePointer<T>, _ k: Int) -> T {
        var acc = SIMD8<T>()
        var i = 0
        while i + 8 <= k {
            let a = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
            let b = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD8<T>.self)
            acc = acc + a * b
            i += 8
        }
        var s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]))
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
