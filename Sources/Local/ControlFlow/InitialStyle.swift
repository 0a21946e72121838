// Shared machinery for the control-flow primitives: tracing a body into a
// jaxpr whose captured values become explicit leading inputs (JAX's
// "initial-style" jaxprs), running a jaxpr with a cached plan, and batching
// a jaxpr (used by the scan/while/cond batching rules).

/// A traced body: its jaxpr takes `consts ++ args`; `consts` are the values
/// it captured (concrete arrays or tracers of enclosing transformations).
struct ClosedBody {
    let jaxpr: Jaxpr
    let consts: [Tensor]
}

/// Traces `f` on `avals` and hoists every captured constant into a leading input.
func traceBody(_ avals: [ShapedArray], purpose: String, _ f: ([Tensor]) throws -> [Tensor]) throws -> ClosedBody {
    let j = try traceToJaxpr(avals, purpose: purpose, f)
    let hoisted = Jaxpr(constvars: [], consts: [], invars: j.constvars + j.invars, equations: j.equations, outvars: j.outvars)
    return ClosedBody(jaxpr: hoisted, consts: j.consts)
}

/// A jaxpr's executor plan, built on first use and kept exactly as long as
/// the primitive holding the jaxpr (loop bodies run it every iteration; a
/// process-wide table would keep every traced body alive forever).
final class PlanBox: @unchecked Sendable {
    private let cached = Mutex<ExecutionPlan?>(nil)
    private let associative = Mutex<AssociativeScan??>(nil)
    private let planned = Mutex<PlannedScan?>(nil)
    private let scalarLoop = Mutex<ScalarLoopProgram??>(nil)

    /// The value in `slot`, made by `make` on first use.
    private func once<T>(_ slot: Mutex<T?>, _ make: () -> T) -> T {
        slot.withLock { value in
            if let v = value { return v }
            let v = make()
            value = v
            return v
        }
    }

    /// The jaxpr's executor plan, made once.
    func plan(for j: Jaxpr) -> ExecutionPlan { once(cached) { ExecutionPlan(j) } }

    /// A while loop's register program (kept with its body), made once.
    func scalarLoop(_ make: () -> ScalarLoopProgram?) -> ScalarLoopProgram? { once(scalarLoop, make) }

    /// A scan body's loop plan, made once.
    func plannedScan(_ make: () -> PlannedScan) -> PlannedScan { once(planned, make) }

    /// A scan body's associative-scan analysis, made once.
    func associativeScan(_ analyse: () -> AssociativeScan?) -> AssociativeScan? { once(associative, analyse) }
}

/// Runs a jaxpr on concrete values with its cached plan, or through `bind`
/// when any value is a tracer.
func runJaxpr(_ j: Jaxpr, _ args: [Tensor]) throws -> [Tensor] {
    if args.allSatisfy(\.isConcrete) { return try ExecutionPlan(j).run(args) }
    return try evalJaxpr(j, args)
}

/// The batched version of `jaxpr`: inputs marked in `inBatched` get a
/// leading batch dimension of `axis.size`; outputs come back batched at 0
/// when they depend on batched inputs or `forceOut` says so. Constants the
/// batched body needs are hoisted (the result's jaxpr takes them first).
func batchJaxpr(_ jaxpr: Jaxpr, axis: BatchAxis, inBatched: [Bool], forceOut: [Bool]) throws -> (ClosedBody, outBatched: [Bool]) {
    let avals = zip(jaxpr.invars, inBatched).map { v, b in b ? v.aval.with(shape: [axis.size] + v.aval.shape) : v.aval }
    var outBatched: [Bool] = []
    let body = try traceBody(avals, purpose: "vmap of a control-flow body") { args in
        let trace = BatchTrace(axis: axis)
        defer { trace.finish() }
        let boxed = zip(args, inBatched).map { x, b in b ? trace.box(x, 0) : x }
        let outs = try evalJaxpr(jaxpr, boxed)
        outBatched = []
        return try zip(outs, forceOut).map { y, force in
            let (v, d) = trace.unbox(y)
            if d == nil && !force { outBatched.append(false); return v }
            outBatched.append(true)
            return try Batching.matchAxis(v, from: d, to: 0, size: axis.size)
        }
    }
    return (body, outBatched)
}

/// Moves every batched value to batch dimension `to`, broadcasting the
/// unbatched ones marked in `force`.
func alignBatch(_ xs: [Tensor], _ dims: [Int?], force: [Bool], to: Int, size: Int) throws -> [Tensor] {
    try zip(xs, zip(dims, force)).map { x, df in
        let (d, f) = df
        if d == nil && !f { return x }
        return try Batching.matchAxis(x, from: d, to: to, size: size)
    }
}

/// The carry-type check of scan and while: shapes and dtypes must agree
/// (weak types may differ), with JAX's message.
func checkCarryTypes(_ name: String, _ inAvals: [ShapedArray], _ outAvals: [ShapedArray]) throws {
    guard inAvals.count == outAvals.count else {
        throw TensorError("\(name) function carry input and carry output must have the same pytree structure, but they differ: the input carry has \(inAvals.count) leaves and the output carry \(outAvals.count).")
    }
    // JAX's wording: one mismatch is a sentence, several are a bulleted list.
    var diffs: [String] = []
    for (i, (a, b)) in zip(inAvals, outAvals).enumerated() where a.shape != b.shape || a.dtype != b.dtype {
        let what = a.shape != b.shape && a.dtype != b.dtype ? "the dtypes do not match, and the shapes do not match" : (a.shape != b.shape ? "the shapes do not match" : "the dtypes do not match")
        let component = inAvals.count == 1 ? "c" : "component c[\(i)]"
        diffs.append("input carry \(component) has type \(a.longDescription) but the corresponding output carry component has type \(b.longDescription), so \(what)")
    }
    if !diffs.isEmpty {
        let body = diffs.count == 1 ? "The " + diffs[0] + "." : diffs.map { "  * the " + $0 }.joined(separator: ";\n") + "."
        throw TensorError("\(name) function carry input and carry output must have equal types, but they differ:\n\n" + body
                          + "\n\nRevise the function so that all output types match the corresponding input types.")
    }
}

/// Identity-based equality for primitives holding jaxprs.
struct JaxprRef: Hashable, @unchecked Sendable {
    let jaxpr: Jaxpr
    private let box = PlanBox()
    init(jaxpr: Jaxpr) { self.jaxpr = jaxpr }
    /// The plan that runs `jaxpr` (shared by copies of the primitive).
    var plan: ExecutionPlan { box.plan(for: jaxpr) }
    /// The loop plan of a scan body, or of a while loop's cond or body
    /// (shared by copies of the primitive; one primitive asks one way).
    func plannedScan(numConsts: Int, numCarry: Int, registerProgram: Bool = true) -> PlannedScan {
        box.plannedScan { PlannedScan.plan(jaxpr, numConsts: numConsts, numCarry: numCarry, registerProgram: registerProgram) }
    }

    /// The associative-scan analysis of a scan body (shared by copies of the primitive).
    func associativeScan(numConsts: Int, numCarry: Int) -> AssociativeScan? {
        box.associativeScan { AssociativeScan.analyse(jaxpr, numConsts: numConsts, numCarry: numCarry) }
    }
    /// The register program of a while loop with this body and `cond`, if
    /// every value is a scalar (kept with the body).
    func scalarLoop(cond: Jaxpr, condConsts: Int, bodyConsts: Int) -> ScalarLoopProgram? {
        box.scalarLoop { ScalarLoopProgram.compile(cond: cond, body: jaxpr, condConsts: condConsts, bodyConsts: bodyConsts) }
    }
    static func == (a: JaxprRef, b: JaxprRef) -> Bool { a.jaxpr === b.jaxpr }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(jaxpr)) }
}
