/// The staging interpreter behind `makeJaxpr` and `jit`: primitives applied
/// to its tracers are recorded as equations instead of run.
///
/// Concrete operands become literals (0-d) or constants (constvars, one per
/// distinct buffer); operations on concrete values alone never reach this
/// trace, so they are folded at trace time.
final class JaxprTrace: Trace, @unchecked Sendable {
    private(set) var equations: [Equation] = []
    private var constvars: [Var] = []
    private var consts: [Tensor] = []
    private var constIndex: [ObjectIdentifier: Var] = [:]
    private var serial = 0
    /// Why tracing happens, for error messages ("jit", "makeJaxpr").
    let purpose: String

    init(purpose: String) {
        self.purpose = purpose
        super.init()
    }

    override var kindName: String { "DynamicJaxprTrace" }

    func newVar(_ aval: ShapedArray) -> Var {
        serial += 1
        return Var(aval: aval, serial: serial)
    }

    /// A fresh input variable and the tracer standing for it.
    func newArgument(_ aval: ShapedArray) -> (Var, Tensor) {
        let v = newVar(aval)
        return (v, Tensor(tracer: JaxprTracer(trace: self, variable: v)))
    }

    override func lift(_ value: Tensor) throws -> Tensor { value }

    /// The atom an operand becomes in an equation.
    func atom(_ x: Tensor) -> Atom {
        if let t = x.tracer as? JaxprTracer, t.trace === self { return .variable(t.variable) }
        if x.isConcrete && x.ndim == 0 { return .literal(x) }
        // Non-scalar constants and values of outer transformations become constvars.
        let key: ObjectIdentifier = x.tracer.map { ObjectIdentifier($0) } ?? ObjectIdentifier(x.storage)
        if let v = constIndex[key], v.aval == x.aval { return .variable(v) }
        let v = newVar(x.aval)
        constIndex[key] = v
        constvars.append(v)
        consts.append(x)
        return .variable(v)
    }

    override func process(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
        let atoms = inputs.map(atom)
        let outAvals = try primitive.abstractEval(inputs.map(\.aval))
        let outVars = outAvals.map(newVar)
        equations.append(Equation(primitive: primitive, inputs: atoms, outputs: outVars))
        return outVars.map { Tensor(tracer: JaxprTracer(trace: self, variable: $0)) }
    }

    /// Closes the trace into a jaxpr with these inputs and outputs.
    func makeJaxpr(invars: [Var], outputs: [Tensor]) -> Jaxpr {
        let outs = outputs.map(atom)
        return Jaxpr(constvars: constvars, consts: consts, invars: invars, equations: equations, outvars: outs)
    }

    override func concretizationError(_ what: String, aval: ShapedArray) -> ConcretizationError {
        ConcretizationError(
            "Abstract tracer value encountered where a concrete value is expected: \(what) of a traced array with shape \(aval.longDescription).\n"
            + "The value depends on an argument of a function being traced by \(purpose), so only its shape and dtype are known while tracing.\n"
            + "Use cond or whileLoop for control flow on traced values, select (jnp.where) to choose elementwise, "
            + "or mark the argument static.")
    }
}

/// A tensor inside `jit`/`makeJaxpr`: a variable of the jaxpr being built.
final class JaxprTracer: Tracer, @unchecked Sendable {
    let variable: Var
    init(trace: JaxprTrace, variable: Var) {
        self.variable = variable
        super.init(trace: trace, aval: variable.aval)
    }
}

/// Traces `f` on abstract inputs into a jaxpr.
func traceToJaxpr(_ avals: [ShapedArray], purpose: String, _ f: ([Tensor]) throws -> [Tensor]) throws -> Jaxpr {
    let trace = JaxprTrace(purpose: purpose)
    defer { trace.finish() }
    var invars: [Var] = [], args: [Tensor] = []
    for a in avals {
        let (v, t) = trace.newArgument(a)
        invars.append(v)
        args.append(t)
    }
    let outs = try f(args)
    return trace.makeJaxpr(invars: invars, outputs: outs)
}
