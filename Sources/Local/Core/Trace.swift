/// A level of interpretation on the trace stack (autodidax's `MainTrace` and
/// `Trace` in one): batching for `vmap`, staging for `jit` and `makeJaxpr`.
///
/// Concrete tensors are evaluated directly (the eval interpreter is level 0
/// and needs no object). A primitive applied to tracers goes to the
/// highest-level trace among its inputs, which lifts the other inputs and
/// processes the primitive with its own rule.
open class Trace: @unchecked Sendable {
    /// Position on the trace stack: higher levels see lower ones' tracers as values.
    ///
    /// ```swift
    /// let t = MyTrace(); defer { t.finish() }
    /// t.level   // one above the caller's current top trace
    /// ```
    public let level: Int
    /// False once the transformation that pushed this trace has returned.
    ///
    /// ```swift
    /// t.finish(); t.isActive   // false
    /// ```
    public internal(set) var isActive = true

    /// Creates a trace one level above the calling thread's current top.
    ///
    /// ```swift
    /// final class MyTrace: Trace { /* override lift and process */ }
    /// let t = MyTrace()   // pushed; call finish() to pop
    /// ```
    public init() {
        let state = ThreadState.current
        state.traceDepth += 1
        level = state.traceDepth
    }

    /// Pops this trace: its tracers may no longer be used.
    open func finish() {
        guard isActive else { return }
        isActive = false
        ThreadState.current.traceDepth -= 1
    }

    /// JAX's class name for messages (`BatchTrace`, `DynamicJaxprTrace`).
    open var kindName: String { "Trace" }

    /// Wraps a value from a lower level as a tracer of this trace.
    open func lift(_ value: Tensor) throws -> Tensor {
        fatalError("subclass must override lift")
    }

    /// Applies `primitive` to `inputs`, at least one of which is a tracer of this trace.
    open func process(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
        fatalError("subclass must override process")
    }

    /// The error thrown when traced code asks for a concrete value.
    open func concretizationError(_ what: String, aval: ShapedArray) -> ConcretizationError {
        ConcretizationError(
            "Abstract tracer value encountered where a concrete value is expected: \(what) of a traced array with shape \(aval.longDescription).\n"
            + "The value depends on an argument of a transformed function, so it is only known when the function runs.\n"
            + "Use cond, whileLoop or `where` (select) instead of Swift control flow on traced values.")
    }
}

/// A tensor standing for values a trace will see. Subclassed by each trace.
open class Tracer: @unchecked Sendable {
    /// The trace this tracer belongs to.
    ///
    /// ```swift
    /// tracer.trace.level   // the level that created it
    /// ```
    public let trace: Trace
    /// What is known about its value.
    ///
    /// ```swift
    /// tracer.aval   // e.g. f32[3]
    /// ```
    public let aval: ShapedArray

    /// Creates a tracer of `trace` with abstract value `aval`.
    ///
    /// ```swift
    /// let tr = MyTracer(trace: self, aval: ShapedArray(shape: [3], dtype: .float32))
    /// ```
    public init(trace: Trace, aval: ShapedArray) {
        self.trace = trace
        self.aval = aval
    }
}

/// Applies a primitive to its inputs under whatever transformations are
/// active: the single entry point every operation goes through.
///
/// With concrete inputs the primitive's shape rule runs, then its kernel.
/// With tracers, the top trace among them handles it (batching rule,
/// staging…).
///
/// ```swift
/// let y = try bind(Add(), [x, x])[0]
/// ```
/// - Throws: ``TensorError`` from the shape rule; ``NotImplementedError``
///   when a transformation lacks a rule for the primitive; errors about
///   tracers used after their transformation returned.
@inlinable
public func bind<P: Primitive>(_ primitive: P, _ inputs: [Tensor]) throws -> [Tensor] {
    var top: Trace? = nil
    for x in inputs {
        if let t = x.tracer?.trace, top == nil || t.level > top!.level { top = t }
    }
    guard let top else { return try evaluate(primitive, inputs) }
    guard top.isActive else {
        throw TensorError("Encountered an unexpected tracer: a value traced by a transformation (\(top.kindName)) was used after that transformation returned, e.g. stored in a variable outside the function. Return it from the function instead.")
    }
    return try top.process(primitive, inputs)
}

/// ``bind(_:_:)`` for a primitive with exactly one output.
///
/// ```swift
/// let y = try bind1(Reshape(newSizes: [2, 3]), [Tensor.arange(6)])
/// ```
@inlinable
public func bind1<P: Primitive>(_ primitive: P, _ inputs: [Tensor]) throws -> Tensor {
    try bind(primitive, inputs)[0]
}

/// The eval interpreter: shape rule, then kernel, on concrete inputs.
///
/// ```swift
/// let y = try evaluate(Add(), [Tensor([1.0]), Tensor([2.0])])[0]   // [3]
/// ```
@inlinable
public func evaluate<P: Primitive>(_ primitive: P, _ inputs: [Tensor]) throws -> [Tensor] {
    var avals: [ShapedArray] = []
    avals.reserveCapacity(inputs.count)
    for x in inputs { avals.append(x.aval) }
    let outs = try primitive.abstractEval(avals)
    return try primitive.evaluate(inputs, outputs: outs)
}
