// Reductions over any set of axes: reduce_sum, reduce_prod, reduce_max,
// reduce_min, reduce_and, reduce_or, argmax, argmin.
//
// Kernel plan: bring the reduced axes to the end (one strided copy unless
// they already are), then reduce each contiguous run. The order of
// accumulation depends only on the run length, never on threads.

/// A reduction over `axes` whose result keeps the operand's dtype (JAX's `defreducer`).
///
/// ```swift
/// let r: any Reduction = ReduceSum(axes: [0])
/// r.axes   // [0]
/// ```
public protocol Reduction: Primitive {
    /// The reduced axes (non-negative, distinct).
    var axes: [Int] { get }
    /// The same reduction over other axes (used by the batching rule).
    func with(axes: [Int]) -> Self
    /// Dtype kinds accepted.
    var accepts: DTypeKinds { get }
    /// Reduces `count` contiguous floats.
    func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T
    /// Reduces `count` contiguous integers.
    func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T
    /// Reduces `count` contiguous bools.
    func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool
}

extension Reduction {
    public var accepts: DTypeKinds { .numeric }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple(axes))] }
    public func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T { 0 }
    public func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool { false }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        try checkDType(name, inputs[0].dtype, accepts)
        let x = inputs[0]
        for a in axes where a < 0 || a >= x.ndim {
            throw TensorError("axis \(a) is out of bounds for array of dimension \(x.ndim)")
        }
        guard Set(axes).count == axes.count else { throw TensorError("duplicate value in 'axis': \(ParameterFormat.tuple(axes))") }
        return [ShapedArray(shape: x.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element), dtype: x.dtype, weakType: x.weakType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let (runs, outer) = try reductionLayout(inputs[0], axes)
        let out = try Tensor.uninitialized(outputs[0])
        let src = runs.storage, dst = out.storage
        let k = outer == 0 ? 0 : runs.size / outer
        func run<T>(_ s: UnsafeMutablePointer<T>, _ d: UnsafeMutablePointer<T>, _ f: (UnsafePointer<T>, Int) -> T) {
            ThreadPool.parallelFor(outer, costPerElement: max(k, 1)) { r in
                for i in r { d[i] = f(s + i * k, k) }
            }
        }
        switch runs.dtype {
        case .float32: run(src.typed(Float.self), dst.typed(Float.self)) { reduce(float: $0, count: $1) }
        case .float64: run(src.typed(Double.self), dst.typed(Double.self)) { reduce(float: $0, count: $1) }
        case .int32: run(src.typed(Int32.self), dst.typed(Int32.self)) { reduce(integer: $0, count: $1) }
        case .int64: run(src.typed(Int64.self), dst.typed(Int64.self)) { reduce(integer: $0, count: $1) }
        case .uint32: run(src.typed(UInt32.self), dst.typed(UInt32.self)) { reduce(integer: $0, count: $1) }
        case .bool: run(src.typed(Bool.self), dst.typed(Bool.self)) { reduce(bool: $0, count: $1) }
        }
        return [out]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        let moved = axes.map { $0 < d ? $0 : $0 + 1 }
        let outDim = d - axes.filter { $0 < d }.count
        return ([try bind1(with(axes: moved), inputs)], [outDim])
    }
}

/// The operand with the reduced axes moved last (a copy only when needed),
/// and the number of output elements.
func reductionLayout(_ x: Tensor, _ axes: [Int]) throws -> (Tensor, Int) {
    let kept = (0..<x.ndim).filter { !axes.contains($0) }
    let perm = kept + axes.sorted()
    let outer = Shape.count(kept.map { x.shape[$0] })
    if perm == Array(0..<x.ndim) { return (x, outer) }
    return (try evaluate(Transpose(permutation: perm), [x])[0], outer)
}

/// Sums with eight independent accumulators (vectorisable, and a fixed
/// order for a given length).
@inline(__always)
func sumRun<T: AdditiveArithmetic>(_ p: UnsafePointer<T>, _ n: Int, _ add: (T, T) -> T) -> T {
    var acc = (T.zero, T.zero, T.zero, T.zero, T.zero, T.zero, T.zero, T.zero)
    var i = 0
    while i + 8 <= n {
        acc.0 = add(acc.0, p[i]); acc.1 = add(acc.1, p[i + 1]); acc.2 = add(acc.2, p[i + 2]); acc.3 = add(acc.3, p[i + 3])
        acc.4 = add(acc.4, p[i + 4]); acc.5 = add(acc.5, p[i + 5]); acc.6 = add(acc.6, p[i + 6]); acc.7 = add(acc.7, p[i + 7])
        i += 8
    }
    var s = add(add(add(acc.0, acc.4), add(acc.1, acc.5)), add(add(acc.2, acc.6), add(acc.3, acc.7)))
    while i < n { s = add(s, p[i]); i += 1 }
    return s
}

/// `reduce_sum[axes=…]`.
///
/// ```swift
/// try bind1(ReduceSum(axes: [1]), [Tensor(rows: [[1, 2], [3, 4]])])   // [3, 7]
/// ```
public struct ReduceSum: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceSum(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_sum` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceSum(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceSum { ReduceSum(axes: axes) }
    public var name: String { "reduce_sum" }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple(axes)), ("out_sharding", "None")] }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T { sumRun(p, count, +) }
    public func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T { sumRun(p, count, &+) }
}

/// `reduce_prod[axes=…]`.
///
/// ```swift
/// try bind1(ReduceProd(axes: [0]), [Tensor(rows: [[1, 2], [3, 4]])])   // [3, 8]
/// ```
public struct ReduceProd: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceProd(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_prod` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceProd(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceProd { ReduceProd(axes: axes) }
    public var name: String { "reduce_prod" }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple(axes)), ("out_sharding", "None")] }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T {
        var s: T = 1
        for i in 0..<count { s *= p[i] }
        return s
    }
    public func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T {
        var s: T = 1
        for i in 0..<count { s = s &* p[i] }
        return s
    }
}

/// `reduce_max[axes=…]`: NaN propagates; the empty maximum is −inf (or the dtype's minimum).
///
/// ```swift
/// try bind1(ReduceMax(axes: [0, 1]), [Tensor(rows: [[1, 2], [3, 4]])])   // 4
/// ```
public struct ReduceMax: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceMax(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_max` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceMax(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceMax { ReduceMax(axes: axes) }
    public var name: String { "reduce_max" }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple(axes)), ("out_sharding", "None")] }
    public var accepts: DTypeKinds { .all }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T {
        var m = -T.infinity
        for i in 0..<count { let v = p[i]; m = (v > m || v.isNaN || (v == m && m.sign == .minus)) ? v : m; if m.isNaN { return m } }
        return m
    }
    public func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T {
        var m = T.min
        for i in 0..<count where p[i] > m { m = p[i] }
        return m
    }
    public func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool { (0..<count).contains { p[$0] } }
}

/// `reduce_min[axes=…]`: NaN propagates; the empty minimum is +inf (or the dtype's maximum).
///
/// ```swift
/// try bind1(ReduceMin(axes: [1]), [Tensor(rows: [[1, 2], [3, 4]])])   // [1, 3]
/// ```
public struct ReduceMin: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceMin(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_min` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceMin(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceMin { ReduceMin(axes: axes) }
    public var name: String { "reduce_min" }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple(axes)), ("out_sharding", "None")] }
    public var accepts: DTypeKinds { .all }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T {
        var m = T.infinity
        for i in 0..<count { let v = p[i]; m = (v < m || v.isNaN || (v == m && v.sign == .minus)) ? v : m; if m.isNaN { return m } }
        return m
    }
    public func reduce<T: KernelInteger>(integer p: UnsafePointer<T>, count: Int) -> T {
        var m = T.max
        for i in 0..<count where p[i] < m { m = p[i] }
        return m
    }
    public func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool { !(0..<count).contains { !p[$0] } }
}

/// `reduce_and[axes=…]`: all, on bools.
///
/// ```swift
/// try bind1(ReduceAnd(axes: [0]), [Tensor([true, false])])   // False
/// ```
public struct ReduceAnd: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceAnd(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_and` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceAnd(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceAnd { ReduceAnd(axes: axes) }
    public var name: String { "reduce_and" }
    public var accepts: DTypeKinds { .boolean }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T { 0 }
    public func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool { !(0..<count).contains { !p[$0] } }
}

/// `reduce_or[axes=…]`: any, on bools.
///
/// ```swift
/// try bind1(ReduceOr(axes: [0]), [Tensor([true, false])])   // True
/// ```
public struct ReduceOr: Reduction {
    /// The reduced axes.
    ///
    /// ```swift
    /// ReduceOr(axes: [0, 1]).axes   // [0, 1]
    /// ```
    public let axes: [Int]
    /// Creates `reduce_or` over `axes` (non-negative, distinct).
    ///
    /// ```swift
    /// let p = ReduceOr(axes: [0])
    /// ```
    public init(axes: [Int]) { self.axes = axes }
    public func with(axes: [Int]) -> ReduceOr { ReduceOr(axes: axes) }
    public var name: String { "reduce_or" }
    public var accepts: DTypeKinds { .boolean }
    public func reduce<T: KernelFloat>(float p: UnsafePointer<T>, count: Int) -> T { 0 }
    public func reduce(bool p: UnsafePointer<Bool>, count: Int) -> Bool { (0..<count).contains { p[$0] } }
}

/// `argmax[axes=(k,) index_dtype=int32]` and `argmin`: the first index of
/// the extreme value along one axis (the first NaN wins, as in JAX).
///
/// ```swift
/// try bind1(ArgExtremum(isMax: true, axis: 0), [Tensor([1.0, 5.0, 3.0])])   // 1
/// ```
public struct ArgExtremum: Primitive {
    /// Whether this is argmax (else argmin).
    ///
    /// ```swift
    /// ArgExtremum(isMax: false, axis: 0).isMax   // false (argmin)
    /// ```
    public let isMax: Bool
    /// The single reduced axis.
    ///
    /// ```swift
    /// ArgExtremum(isMax: true, axis: 1).axis   // 1
    /// ```
    public let axis: Int
    /// Dtype of the result.
    ///
    /// ```swift
    /// ArgExtremum(isMax: true, axis: 0).indexDType   // .int32
    /// ```
    public let indexDType: DType
    /// Creates `argmax` (`isMax`) or `argmin` along `axis`, returning `indexDType` indices.
    ///
    /// ```swift
    /// let argmin = ArgExtremum(isMax: false, axis: 0)
    /// ```
    public init(isMax: Bool, axis: Int, indexDType: DType = .int32) {
        self.isMax = isMax
        self.axis = axis
        self.indexDType = indexDType
    }
    public var name: String { isMax ? "argmax" : "argmin" }
    public var parameters: [(name: String, value: String)] { [("axes", ParameterFormat.tuple([axis])), ("index_dtype", indexDType.name)] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        guard axis >= 0 && axis < x.ndim else { throw TensorError("axis \(axis) is out of bounds for array of dimension \(x.ndim)") }
        guard x.shape[axis] > 0 else {
            throw TensorError("attempt to get \(name) of an empty sequence")
        }
        var shape = x.shape
        shape.remove(at: axis)
        return [ShapedArray(shape: shape, dtype: indexDType)]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let (runs, outer) = try reductionLayout(inputs[0], [axis])
        let k = inputs[0].shape[axis]
        var result = [Int](repeating: 0, count: outer)
        func scan<T: Comparable>(_ p: UnsafeMutablePointer<T>, isNaN: (T) -> Bool) {
            for o in 0..<outer {
                let base = p + o * k
                var best = 0
                if isNaN(base[0]) { result[o] = 0; continue }
                for i in 1..<k {
                    let v = base[i]
                    if isNaN(v) { best = i; break }
                    if isMax ? v > base[best] : v < base[best] { best = i }
                }
                result[o] = best
            }
        }
        let s = runs.storage
        switch runs.dtype {
        case .float32: scan(s.typed(Float.self)) { $0.isNaN }
        case .float64: scan(s.typed(Double.self)) { $0.isNaN }
        case .int32: scan(s.typed(Int32.self)) { _ in false }
        case .int64: scan(s.typed(Int64.self)) { _ in false }
        case .uint32: scan(s.typed(UInt32.self)) { _ in false }
        case .bool: scan(s.typed(UInt8.self)) { _ in false }
        }
        return [try Tensor(result.map(Int64.init), shape: outputs[0].shape).astype(indexDType)]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        let a = self.axis < d ? self.axis : self.axis + 1
        return ([try bind1(ArgExtremum(isMax: isMax, axis: a, indexDType: indexDType), inputs)], [self.axis < d ? d - 1 : d])
    }
}

/// `cumsum`, `cumprod`, `cummax`, `cummin` `[axis=… reverse=…]`: running
/// combination along one axis.
///
/// ```swift
/// try bind1(Cumulative(.sum, axis: 0), [Tensor([1.0, 2.0, 3.0])])   // [1, 3, 6]
/// ```
public struct Cumulative: Primitive {
    /// The combining operation.
    ///
    /// ```swift
    /// Cumulative.Op.prod.rawValue   // "cumprod"
    /// ```
    public enum Op: String, Hashable, Sendable { case sum = "cumsum", prod = "cumprod", max = "cummax", min = "cummin" }
    /// The combining operation.
    ///
    /// ```swift
    /// Cumulative(.max, axis: 0).op   // .max
    /// ```
    public let op: Op
    /// The axis to run along.
    ///
    /// ```swift
    /// Cumulative(.sum, axis: 1).axis   // 1
    /// ```
    public let axis: Int
    /// Whether to run from the end of the axis backwards.
    ///
    /// ```swift
    /// Cumulative(.sum, axis: 0, reverse: true).reverse   // true
    /// ```
    public let reverse: Bool
    /// Creates the cumulative primitive `op` along `axis` (forward unless `reverse`).
    ///
    /// ```swift
    /// let cumsum = Cumulative(.sum, axis: 0)
    /// ```
    public init(_ op: Op, axis: Int, reverse: Bool = false) {
        self.op = op
        self.axis = axis
        self.reverse = reverse
    }
    public var name: String { op.rawValue }
    public var parameters: [(name: String, value: String)] { [("axis", String(axis)), ("reverse", ParameterFormat.bool(reverse))] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        try checkArity(name, inputs, 1)
        let x = inputs[0]
        guard axis >= 0 && axis < x.ndim else { throw TensorError("axis \(axis) is out of bounds for array of dimension \(x.ndim)") }
        try checkDType(name, x.dtype, (op == .max || op == .min) ? .all : .numeric)
        return [x]
    }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let x = inputs[0]
        let out = try Tensor.uninitialized(outputs[0])
        let len = x.shape[axis]
        let inner = Shape.count(Array(x.shape[(axis + 1)...]))
        let outer = Shape.count(Array(x.shape[..<axis]))
        let s = x.storage.pointer, d = out.storage.pointer
        let run = CumulativeLoop(len: len, inner: inner, outer: outer, reverse: reverse)
        switch (x.dtype, op) {
        case (.float32, _): run.floats(s.assumingMemoryBound(to: Float.self), d.assumingMemoryBound(to: Float.self), op)
        case (.float64, _): run.floats(s.assumingMemoryBound(to: Double.self), d.assumingMemoryBound(to: Double.self), op)
        case (.int32, _): run.integers(s.assumingMemoryBound(to: Int32.self), d.assumingMemoryBound(to: Int32.self), op)
        case (.int64, _): run.integers(s.assumingMemoryBound(to: Int64.self), d.assumingMemoryBound(to: Int64.self), op)
        case (.uint32, _): run.integers(s.assumingMemoryBound(to: UInt32.self), d.assumingMemoryBound(to: UInt32.self), op)
        case (.bool, .max), (.bool, .sum): run(s.assumingMemoryBound(to: Bool.self), d.assumingMemoryBound(to: Bool.self), BoolOr())
        case (.bool, _): run(s.assumingMemoryBound(to: Bool.self), d.assumingMemoryBound(to: Bool.self), BoolAnd())
        }
        return [out]
    }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        let d = dims[0]!
        return ([try bind1(Cumulative(op, axis: self.axis < d ? self.axis : self.axis + 1, reverse: reverse), inputs)], [d])
    }
}

extension Cumulative {
    /// The loop `acc = initial; for t in ts { acc = op(acc, t) }` along the
    /// leading axis of `ts` (from the last row back when `reverse`), with the
    /// running values too when `running` is set: what an accumulator carry of
    /// a scan computes, without materialising `[initial] ++ ts`.
    ///
    /// ```swift
    /// let (last, all) = try Cumulative.fold(.sum, Tensor([1, 2, 3]), from: Tensor(10), reverse: false, running: true)
    /// // last: 16, all: [11, 13, 16]
    /// ```
    static func fold(_ op: Op, _ ts: Tensor, from initial: Tensor, reverse: Bool, running: Bool) throws -> (final: Tensor, running: Tensor?) {
        let final = try Tensor.uninitialized(initial.aval)
        let all = running ? try Tensor.uninitialized(ts.aval) : nil
        let run = CumulativeLoop(len: ts.shape[0], inner: initial.size, outer: 1, reverse: reverse)
        let s = ts.storage.pointer, i = initial.storage.pointer, f = final.storage.pointer, d = all?.storage.pointer
        func go<F: ScalarFunction2>(_ t: F.A.Type, _ fn: F) where F.B == F.A, F.R == F.A {
            run.fold(s.assumingMemoryBound(to: t), initial: i.assumingMemoryBound(to: t), final: f.assumingMemoryBound(to: t),
                     running: d?.assumingMemoryBound(to: t), fn)
        }
        withExtendedLifetime((ts, initial)) {
            switch (ts.dtype, op) {
            case (.float32, .sum): go(Float.self, SumFn<Float>())
            case (.float32, .prod): go(Float.self, ProdFn<Float>())
            case (.float32, .max): go(Float.self, MaxFn<Float>())
            case (.float32, .min): go(Float.self, MinFn<Float>())
            case (.float64, .sum): go(Double.self, SumFn<Double>())
            case (.float64, .prod): go(Double.self, ProdFn<Double>())
            case (.float64, .max): go(Double.self, MaxFn<Double>())
            case (.float64, .min): go(Double.self, MinFn<Double>())
            case (.int32, _): run.foldIntegers(s, i, f, d, Int32.self, op)
            case (.int64, _): run.foldIntegers(s, i, f, d, Int64.self, op)
            case (.uint32, _): run.foldIntegers(s, i, f, d, UInt32.self, op)
            case (.bool, .max), (.bool, .sum): go(Bool.self, BoolOr())
            case (.bool, _): go(Bool.self, BoolAnd())
            }
        }
        return (final, all)
    }
}

/// The running-combination loop of the cumulative primitives: sequential
/// along the axis, vectorised across the inner dimensions.
struct CumulativeLoop {
    let len: Int, inner: Int, outer: Int, reverse: Bool

    func callAsFunction<F: ScalarFunction2>(_ s: UnsafeMutablePointer<F.A>, _ d: UnsafeMutablePointer<F.A>, _ f: F) where F.B == F.A, F.R == F.A {
        guard len > 0 && inner > 0 else { return }
        if inner == 1 {
            // A running value in a register: no store-to-load dependency per step.
            ThreadPool.parallelFor(outer, costPerElement: len) { r in
                for o in r {
                    let base = o * len
                    if reverse {
                        var acc = s[base + len - 1]
                        d[base + len - 1] = acc
                        var i = len - 2
                        while i >= 0 { acc = f(acc, s[base + i]); d[base + i] = acc; i -= 1 }
                    } else {
                        var acc = s[base]
                        d[base] = acc
                        for i in 1..<len { acc = f(acc, s[base + i]); d[base + i] = acc }
                    }
                }
            }
            return
        }
        ThreadPool.parallelFor(outer, costPerElement: len * inner) { r in
            for o in r {
                let base = o * len * inner
                for step in 0..<len {
                    let i = reverse ? len - 1 - step : step
                    let row = base + i * inner
                    if step == 0 {
                        for j in 0..<inner { d[row + j] = s[row + j] }
                    } else {
                        let prev = base + (reverse ? i + 1 : i - 1) * inner
                        for j in 0..<inner { d[row + j] = f(d[prev + j], s[row + j]) }
                    }
                }
            }
        }
    }

    func floats<T: KernelFloat>(_ s: UnsafeMutablePointer<T>, _ d: UnsafeMutablePointer<T>, _ op: Cumulative.Op) {
        switch op {
        case .sum: self(s, d, SumFn<T>())
        case .prod: self(s, d, ProdFn<T>())
        case .max: self(s, d, MaxFn<T>())
        case .min: self(s, d, MinFn<T>())
        }
    }

    /// `acc = initial; acc = f(acc, s[i])` along the axis (outer must be 1),
    /// the last value to `final` and, if given, every value to `running`.
    func fold<F: ScalarFunction2>(_ s: UnsafeMutablePointer<F.A>, initial: UnsafeMutablePointer<F.A>, final: UnsafeMutablePointer<F.A>,
                                  running d: UnsafeMutablePointer<F.A>?, _ f: F) where F.B == F.A, F.R == F.A {
        if inner == 1 {
            // The running value in a register.
            var acc = initial[0]
            if d == nil, F.isAssociativeAndCommutative, len >= 16 {
                // Only the final value, and the order cannot matter (wrapping
                // integer sums and products, max, min): eight independent
                // accumulators, then one combination.
                var a0 = s[0], a1 = s[1], a2 = s[2], a3 = s[3], a4 = s[4], a5 = s[5], a6 = s[6], a7 = s[7]
                var i = 8
                while i + 8 <= len {
                    a0 = f(a0, s[i]); a1 = f(a1, s[i + 1]); a2 = f(a2, s[i + 2]); a3 = f(a3, s[i + 3])
                    a4 = f(a4, s[i + 4]); a5 = f(a5, s[i + 5]); a6 = f(a6, s[i + 6]); a7 = f(a7, s[i + 7])
                    i += 8
                }
                while i < len { a0 = f(a0, s[i]); i += 1 }
                final[0] = f(acc, f(f(f(a0, a4), f(a1, a5)), f(f(a2, a6), f(a3, a7))))
                return
            }
            if let d {
                for step in 0..<len { let i = reverse ? len - 1 - step : step; acc = f(acc, s[i]); d[i] = acc }
            } else {
                for step in 0..<len { acc = f(acc, s[reverse ? len - 1 - step : step]) }
            }
            final[0] = acc
            return
        }
        final.update(from: initial, count: inner)
        for step in 0..<len {
            let row = (reverse ? len - 1 - step : step) * inner
            for j in 0..<inner { final[j] = f(final[j], s[row + j]) }
            d?.advanced(by: row).update(from: final, count: inner)
        }
    }

    func foldIntegers<T: KernelInteger>(_ s: UnsafeMutableRawPointer, _ i: UnsafeMutableRawPointer, _ f: UnsafeMutableRawPointer,
                                        _ d: UnsafeMutableRawPointer?, _: T.Type, _ op: Cumulative.Op) {
        let (s, i, f, d) = (s.assumingMemoryBound(to: T.self), i.assumingMemoryBound(to: T.self), f.assumingMemoryBound(to: T.self), d?.assumingMemoryBound(to: T.self))
        switch op {
        case .sum: fold(s, initial: i, final: f, running: d, WrappingSumFn<T>())
        case .prod: fold(s, initial: i, final: f, running: d, WrappingProdFn<T>())
        case .max: fold(s, initial: i, final: f, running: d, IntMaxFn<T>())
        case .min: fold(s, initial: i, final: f, running: d, IntMinFn<T>())
        }
    }

    func integers<T: KernelInteger>(_ s: UnsafeMutablePointer<T>, _ d: UnsafeMutablePointer<T>, _ op: Cumulative.Op) {
        switch op {
        case .sum: self(s, d, WrappingSumFn<T>())
        case .prod: self(s, d, WrappingProdFn<T>())
        case .max: self(s, d, IntMaxFn<T>())
        case .min: self(s, d, IntMinFn<T>())
        }
    }
}

struct SumFn<T: KernelFloat>: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a + b } }
struct ProdFn<T: KernelFloat>: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a * b } }
/// `max` with the primitive's rules (NaN wins; +0 over −0), as JAX's cummax.
struct MaxFn<T: KernelFloat>: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Max().apply(float: a, b) } }
/// `min` with the primitive's rules (NaN wins; −0 under +0), as JAX's cummin.
struct MinFn<T: KernelFloat>: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Min().apply(float: a, b) } }
struct WrappingSumFn<T: KernelInteger>: ScalarFunction2 {
    static var isAssociativeAndCommutative: Bool { true }
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a &+ b }
}
struct WrappingProdFn<T: KernelInteger>: ScalarFunction2 {
    static var isAssociativeAndCommutative: Bool { true }
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { a &* b }
}
struct IntMaxFn<T: KernelInteger>: ScalarFunction2 {
    static var isAssociativeAndCommutative: Bool { true }
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Swift.max(a, b) }
}
struct IntMinFn<T: KernelInteger>: ScalarFunction2 {
    static var isAssociativeAndCommutative: Bool { true }
    @inline(__always) func callAsFunction(_ a: T, _ b: T) -> T { Swift.min(a, b) }
}
struct BoolOr: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { a || b } }
struct BoolAnd: ScalarFunction2 { @inline(__always) func callAsFunction(_ a: Bool, _ b: Bool) -> Bool { a && b } }
