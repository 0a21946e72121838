/// Loops shared by the elementwise primitives: contiguous maps and
/// broadcasting zips over strided operands, split across the pool for
/// large outputs. The per-element function is a generic closure parameter,
/// so each (primitive, dtype) pair is specialised into its own tight loop.
enum ElementwiseKernels {
    /// `out[i] = f(a[i])` over contiguous buffers.
    @inline(__always)
    static func map<A, R>(_ a: UnsafePointer<A>, _ out: UnsafeMutablePointer<R>, count: Int, _ f: (A) -> R) {
        ThreadPool.parallelFor(count) { r in
            for i in r { out[i] = f(a[i]) }
        }
    }

    /// `out[idx] = f(a[idx·sa], b[idx·sb])` over `shape`, where `sa`/`sb`
    /// are element strides (0 on broadcast dimensions) and `out` is contiguous.
    @inline(__always)
    static func zip<A, B, R>(_ a: UnsafePointer<A>, _ sa: [Int], _ b: UnsafePointer<B>, _ sb: [Int],
                             _ out: UnsafeMutablePointer<R>, shape: [Int], _ f: (A, B) -> R) {
        let dims = collapse(shape, [sa, sb])
        let count = Shape.count(shape)
        if count == 0 { return }
        guard let inner = dims.last else {
            out[0] = f(a[0], b[0])
            return
        }
        let n = inner.size
        let ia = inner.strides[0], ib = inner.strides[1]
        let outer = Array(dims.dropLast())
        let rows = count / n

        @inline(__always)
        func row(_ pa: UnsafePointer<A>, _ pb: UnsafePointer<B>, _ po: UnsafeMutablePointer<R>, _ range: Range<Int>) {
            switch (ia, ib) {
            case (1, 1): for i in range { po[i] = f(pa[i], pb[i]) }
            case (1, 0): let y = pb[0]; for i in range { po[i] = f(pa[i], y) }
            case (0, 1): let x = pa[0]; for i in range { po[i] = f(x, pb[i]) }
            default: for i in range { po[i] = f(pa[i &* ia], pb[i &* ib]) }
            }
        }

        if rows == 1 {
            ThreadPool.parallelFor(n) { r in row(a, b, out, r) }
            return
        }
        ThreadPool.parallelFor(rows, costPerElement: n) { r in
            for rowIndex in r {
                // Decompose the row index over the outer dimensions.
                var rem = rowIndex, oa = 0, ob = 0
                for d in stride(from: outer.count - 1, through: 0, by: -1) {
                    let q = rem / outer[d].size
                    let i = rem - q * outer[d].size
                    rem = q
                    oa &+= i &* outer[d].strides[0]
                    ob &+= i &* outer[d].strides[1]
                }
                row(a + oa, b + ob, out + rowIndex &* n, 0..<n)
            }
        }
    }

    /// One dimension of a collapsed iteration space.
    struct Dim {
        var size: Int
        var strides: [Int]
    }

    /// Drops size-1 dimensions and merges neighbours that are contiguous for
    /// every operand (and the contiguous output), so most broadcasts become
    /// one or two dimensions.
    static func collapse(_ shape: [Int], _ operandStrides: [[Int]]) -> [Dim] {
        var dims: [Dim] = []
        for (i, size) in shape.enumerated() where size != 1 {
            let s = operandStrides.map { $0[i] }
            if var last = dims.last {
                // Mergeable if, for each operand, stride(prev) == stride(this) * size(this).
                let ok = Swift.zip(last.strides, s).allSatisfy { $0 == $1 &* size }
                if ok {
                    last.size &*= size
                    last.strides = s
                    dims[dims.count - 1] = last
                    continue
                }
            }
            dims.append(Dim(size: size, strides: s))
        }
        return dims
    }

    /// Copies the elements of a strided view (`offset`, `strides` in
    /// elements, may be 0 or negative) into contiguous `out` of `shape`:
    /// the one loop behind transpose, broadcast_in_dim, slice and friends.
    static func stridedCopy<T>(_ src: UnsafePointer<T>, offset: Int, strides: [Int],
                               _ out: UnsafeMutablePointer<T>, shape: [Int]) {
        let count = Shape.count(shape)
        if count == 0 { return }
        let dims = collapse(shape, [strides])
        guard let inner = dims.last else {
            out[0] = src[offset]
            return
        }
        let n = inner.size, s = inner.strides[0]
        let outer = Array(dims.dropLast())
        let rows = count / n
        ThreadPool.parallelFor(rows, costPerElement: n) { r in
            for rowIndex in r {
                var rem = rowIndex, o = offset
                for d in stride(from: outer.count - 1, through: 0, by: -1) {
                    let q = rem / outer[d].size
                    o &+= (rem - q * outer[d].size) &* outer[d].strides[0]
                    rem = q
                }
                let p = src + o, po = out + rowIndex &* n
                if s == 1 {
                    po.update(from: p, count: n)
                } else if s == 0 {
                    po.update(repeating: p[0], count: n)
                } else {
                    for i in 0..<n { po[i] = p[i &* s] }
                }
            }
        }
    }
}
