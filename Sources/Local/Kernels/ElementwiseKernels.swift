/// A scalar function of one argument, as a type: kernels are generic over
/// it, so each (primitive, dtype) pair compiles to its own loop with the
/// function inlined (a closure value would cost an indirect call per element).
public protocol ScalarFunction1 {
    associatedtype A
    associatedtype R
    func callAsFunction(_ a: A) -> R
}

/// A scalar function of two arguments, as a type (see ``ScalarFunction1``).
public protocol ScalarFunction2 {
    associatedtype A
    associatedtype B
    associatedtype R
    func callAsFunction(_ a: A, _ b: B) -> R
    /// Whether combining values in any order and grouping gives the same
    /// bits (wrapping integer sums and products, integer max and min): folds
    /// then need not run sequentially. False unless a conformer says so.
    ///
    /// ```swift
    /// struct WrappingSum: ScalarFunction2 {
    ///     static var isAssociativeAndCommutative: Bool { true }
    ///     func callAsFunction(_ a: Int32, _ b: Int32) -> Int32 { a &+ b }
    /// }
    /// ```
    static var isAssociativeAndCommutative: Bool { get }
}

extension ScalarFunction2 {
    public static var isAssociativeAndCommutative: Bool { false }
}

/// Loops shared by the elementwise primitives: contiguous maps and
/// broadcasting zips over strided operands, split across the pool for
/// large outputs.
enum ElementwiseKernels {
    /// `out[i] = f(a[i])` over contiguous buffers.
    @inline(__always)
    static func map<F: ScalarFunction1>(_ a: UnsafePointer<F.A>, _ out: UnsafeMutablePointer<F.R>, count: Int, _ f: F) {
        if count < ThreadPool.grainSize {
            for i in 0..<count { out[i] = f(a[i]) }
            return
        }
        ThreadPool.parallelFor(count) { r in
            for i in r { out[i] = f(a[i]) }
        }
    }

    /// `out[idx] = f(a[idx·sa], b[idx·sb])` over `shape`, where `sa`/`sb`
    /// are element strides (0 on broadcast dimensions) and `out` is contiguous.
    @inline(__always)
    static func zip<F: ScalarFunction2>(_ a: UnsafePointer<F.A>, _ sa: [Int], _ b: UnsafePointer<F.B>, _ sb: [Int],
                                        _ out: UnsafeMutablePointer<F.R>, shape: [Int], _ f: F) {
        let count = Shape.count(shape)
        if count == 0 { return }
        // The common cases first, without collapsing shapes.
        if sa.allSatisfy({ $0 == 0 }) || sb.allSatisfy({ $0 == 0 }) || (sa == sb && sa == Shape.strides(shape)) {
            let ia = sa.allSatisfy { $0 == 0 } ? 0 : 1, ib = sb.allSatisfy { $0 == 0 } ? 0 : 1
            if count < ThreadPool.grainSize {
                row(a, ia, b, ib, out, 0..<count, f)
            } else {
                ThreadPool.parallelFor(count) { r in row(a, ia, b, ib, out, r, f) }
            }
            return
        }
        let dims = collapse(shape, [sa, sb])
        guard let inner = dims.last else {
            out[0] = f(a[0], b[0])
            return
        }
        let n = inner.size
        let ia = inner.strides[0], ib = inner.strides[1]
        let outer = Array(dims.dropLast())
        let rows = count / n
        ThreadPool.parallelFor(rows, costPerElement: n) { r in
            for rowIndex in r {
                var rem = rowIndex, oa = 0, ob = 0
                for d in stride(from: outer.count - 1, through: 0, by: -1) {
                    let q = rem / outer[d].size
                    let i = rem - q * outer[d].size
                    rem = q
                    oa &+= i &* outer[d].strides[0]
                    ob &+= i &* outer[d].strides[1]
                }
                row(a + oa, ia, b + ob, ib, out + rowIndex &* n, 0..<n, f)
            }
        }
    }

    /// One row of a zip with element strides `ia`, `ib` (0, 1 or other).
    @inline(__always)
    static func row<F: ScalarFunction2>(_ pa: UnsafePointer<F.A>, _ ia: Int, _ pb: UnsafePointer<F.B>, _ ib: Int,
                                        _ po: UnsafeMutablePointer<F.R>, _ range: Range<Int>, _ f: F) {
        switch (ia, ib) {
        case (1, 1): for i in range { po[i] = f(pa[i], pb[i]) }
        case (1, 0): let y = pb[0]; for i in range { po[i] = f(pa[i], y) }
        case (0, 1): let x = pa[0]; for i in range { po[i] = f(x, pb[i]) }
        case (0, 0): let x = pa[0], y = pb[0]; for i in range { po[i] = f(x, y) }
        default: for i in range { po[i] = f(pa[i &* ia], pb[i &* ib]) }
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
        if outer.count == 1, outer[0].strides[0] == 1, s > 1, n >= 16, rows >= 16 {
            // A 2-D transpose (columns read with a large stride): copy in
            // tiles so both sides stay in cache.
            let rs = outer[0].strides[0]
            let tile = 32
            let tilesR = (rows + tile - 1) / tile
            ThreadPool.parallelFor(tilesR, costPerElement: tile * n) { tr in
                for t in tr {
                    let r0 = t * tile, r1 = Swift.min(r0 + tile, rows)
                    var c0 = 0
                    while c0 < n {
                        let c1 = Swift.min(c0 + tile, n)
                        for r in r0..<r1 {
                            let po = out + r &* n, p = src + offset + r &* rs
                            for c in c0..<c1 { po[c] = p[c &* s] }
                        }
                        c0 = c1
                    }
                }
            }
            return
        }
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

// MARK: - Function objects for the elementwise protocols

struct UnaryFloatFn<P: UnaryElementwise, T: KernelFloat>: ScalarFunction1 {
    let p: P
    @inline(__always) func callAsFunction(_ a: T) -> T { p.apply(float: a) }
}
struct UnaryIntFn<P: UnaryElementwise, T: KernelInteger>: ScalarFunction1 {
    let p: P
    @inline(__always) func callAsFunction(_ a: T) -> T { p.apply(integer: a) }
}
struct UnaryBoolFn<P: UnaryElementwise>: ScalarFunction1 {
    let p: P
    @inline(__always) func callAsFunction(_ a: Bool) -> Bool { p.apply(bool: a) }
}
struct BinaryFloatFn<P: BinaryElementwise, T: KernelFloat>: ScalarFunction2 {
    let p: P
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { p.apply(float: a, b) }
}
struct BinaryIntFn<P: BinaryElementwise, T: KernelInteger>: ScalarFunction2 {
    let p: P
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { p.apply(integer: a, b) }
}
struct BinaryBoolFn<P: BinaryElementwise>: ScalarFunction2 {
    let p: P
    @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { p.apply(bool: a, b) }
}
struct CompareFn<P: Comparison, T: Comparable>: ScalarFunction2 {
    let p: P
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> Bool { p.compare(a, b) }
}
