#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shape arithmetic shared by the shape rules and kernels.
///
/// Shapes are `[Int]` in row-major order, as in numpy. Every function here
/// that sees a user-supplied shape or axis validates it and throws
/// ``TensorError`` instead of trapping.
///
/// ```swift
/// Shape.describe([5, 100])   // "(5, 100)"
/// ```
public enum Shape {
    /// The smallest element count a tensor may not have: its byte size must fit
    /// comfortably in memory arithmetic. Such requests throw before allocating.
    static let maxElements: Int = 1 << 40

    /// Python's tuple spelling of a shape: `()`, `(3,)`, `(5, 100)`.
    ///
    /// ```swift
    /// Shape.describe([5, 100])   // "(5, 100)"
    /// ```
    public static func describe(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Python's tuple spelling of any list of integers.
    static func tuple(_ values: [Int]) -> String { describe(values) }

    /// Number of elements, checking for negative dimensions and overflow.
    package static func checkedCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            guard d >= 0 else {
                throw TensorError("negative dimensions are not allowed, got shape \(describe(shape))")
            }
            let (m, overflow) = n.multipliedReportingOverflow(by: d)
            guard !overflow, m < maxElements || shape.contains(0) else {
                throw TensorError("shape \(describe(shape)) has too many elements to allocate (2**40 or more)")
            }
            n = m
        }
        return shape.contains(0) ? 0 : n
    }

    /// The product of `values` (dimension sizes, possibly with zeros), or a
    /// ``TensorError`` naming `what` when it does not fit in `Int`.
    package static func checkedProduct(_ values: [Int], _ what: @autoclosure () -> String) throws -> Int {
        var n = 1
        for v in values {
            let (m, overflow) = n.multipliedReportingOverflow(by: v)
            guard !overflow else { throw TensorError("\(what()): the product of \(tuple(values)) does not fit in a 64-bit integer") }
            n = m
        }
        return n
    }

    /// The sum of `values`, or a ``TensorError`` naming `what` when it does not fit in `Int`.
    package static func checkedSum(_ values: [Int], _ what: @autoclosure () -> String) throws -> Int {
        var n = 0
        for v in values {
            let (m, overflow) = n.addingReportingOverflow(v)
            guard !overflow else { throw TensorError("\(what()): the sum of \(tuple(values)) does not fit in a 64-bit integer") }
            n = m
        }
        return n
    }

    /// Throws JAX's RESOURCE_EXHAUSTED error when `bytes × times` cannot be
    /// allocated on this machine (more than its physical memory), before any
    /// allocation is tried: Swift aborts the process when an array's
    /// allocation fails, so the check must come first.
    package static func checkAllocation(bytes: Int, times: Int = 1) throws {
        let (n, overflow) = bytes.multipliedReportingOverflow(by: times)
        guard !overflow, n <= physicalMemory else {
            throw TensorError("RESOURCE_EXHAUSTED: Out of memory while trying to allocate \(overflow ? "more than \(Int.max)" : String(n)) bytes.")
        }
    }

    /// This machine's physical memory in bytes, or the process's
    /// address-space limit (`ulimit -v`) when that is lower.
    static let physicalMemory: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        var n = Int.max
        if pages > 0, size > 0 {
            let (m, overflow) = pages.multipliedReportingOverflow(by: size)
            if !overflow { n = m }
        }
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur < UInt64(Int.max) {
            n = Swift.min(n, Int(limit.rlim_cur))
        }
        return n
    }()

    /// Element count of a shape already validated.
    @inline(__always)
    package static func count(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape { n &*= d }
        return n
    }

    /// Row-major strides, in elements.
    static func strides(_ shape: [Int]) -> [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            s[i] = acc
            acc &*= shape[i]
        }
        return s
    }

    /// Normalises a possibly negative axis against `ndim`, throwing numpy's message.
    static func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
        guard axis >= -ndim && axis < ndim else {
            throw TensorError("axis \(axis) is out of bounds for array of dimension \(ndim)")
        }
        return axis < 0 ? axis + ndim : axis
    }

    /// Normalises a list of axes, rejecting duplicates.
    static func normalizeAxes(_ axes: [Int], ndim: Int) throws -> [Int] {
        var out: [Int] = []
        for a in axes {
            let n = try normalizeAxis(a, ndim: ndim)
            guard !out.contains(n) else { throw TensorError("duplicate value in 'axis': \(tuple(axes))") }
            out.append(n)
        }
        return out
    }

    /// numpy broadcasting of several shapes (ranks aligned on the right).
    static func broadcast(_ shapes: [[Int]], opName: String) throws -> [Int] {
        let rank = shapes.map(\.count).max() ?? 0
        var out = [Int](repeating: 1, count: rank)
        for s in shapes {
            let offset = rank - s.count
            for (i, d) in s.enumerated() {
                let j = i + offset
                if out[j] == 1 { out[j] = d } else if d != 1 && d != out[j] {
                    throw TensorError("\(opName) got incompatible shapes for broadcasting: "
                                      + shapes.map(describe).joined(separator: ", ") + ".")
                }
            }
        }
        return out
    }

    /// Strides (in elements) that read an array of `shape` as if broadcast to
    /// `target` (right-aligned): broadcast dimensions get stride 0.
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        var out = [Int](repeating: 0, count: target.count)
        for i in 0..<shape.count where shape[i] != 1 || target[i + offset] == 1 {
            out[i + offset] = shape[i] == 1 ? 0 : own[i]
        }
        return out
    }
}
