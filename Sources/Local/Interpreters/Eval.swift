/// Runs a jaxpr by binding each equation's primitive: concrete inputs run
/// kernels; tracer inputs (a jitted function called inside `vmap`) are
/// handled by their trace, so a staged function composes with every
/// transformation.
///
/// ```swift
/// let j = try makeJaxpr { (x: Tensor) in try sin(x) * 2 }(Tensor([0.0]))
/// try evalJaxpr(j, [Tensor([1.0])])   // [2 * sin(1)], for inputs of the traced shapes
/// ```
public func evalJaxpr(_ jaxpr: Jaxpr, _ args: [Tensor]) throws -> [Tensor] {
    guard args.count == jaxpr.invars.count else {
        throw TensorError("jaxpr takes \(jaxpr.invars.count) arguments, got \(args.count)")
    }
    var env = JaxprEnvironment(jaxpr)
    for (v, c) in zip(jaxpr.constvars, jaxpr.consts) { env[v] = c }
    for (v, a) in zip(jaxpr.invars, args) { env[v] = a }
    for eqn in jaxpr.equations {
        let ins = eqn.inputs.map { env.read($0) }
        let outs = try bindAny(eqn.primitive, ins)
        for (v, o) in zip(eqn.outputs, outs) { env[v] = o }
    }
    return jaxpr.outvars.map { env.read($0) }
}

/// `bind` for a primitive known only as `any Primitive` (opens the existential).
///
/// ```swift
/// let p: any Primitive = Add()
/// try bindAny(p, [Tensor([1.0]), Tensor([2.0])])   // [[3]]
/// ```
public func bindAny(_ primitive: any Primitive, _ inputs: [Tensor]) throws -> [Tensor] {
    try bind(primitive, inputs)
}

/// Values of a jaxpr's variables while it runs, indexed by variable serial.
struct JaxprEnvironment {
    private var slots: [Tensor?]

    init(_ jaxpr: Jaxpr) {
        var maxSerial = 0
        for v in jaxpr.constvars + jaxpr.invars { maxSerial = max(maxSerial, v.serial) }
        for e in jaxpr.equations { for v in e.outputs { maxSerial = max(maxSerial, v.serial) } }
        slots = Array(repeating: nil, count: maxSerial + 1)
    }

    subscript(v: Var) -> Tensor? {
        get { slots[v.serial] }
        set { slots[v.serial] = newValue }
    }

    func read(_ a: Atom) -> Tensor {
        switch a {
        case .literal(let t): return t
        case .variable(let v): return slots[v.serial]!
        }
    }

    /// Drops a value no later equation needs (frees its buffer early).
    mutating func release(_ v: Var) { slots[v.serial] = nil }
}
