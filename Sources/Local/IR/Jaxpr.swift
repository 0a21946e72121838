// The jaxpr: the staged program that `makeJaxpr` prints and `jit` runs.
//
// Grammar (as JAX's):
//
//   Jaxpr    ::= { lambda ConstVar* ; InVar* . let Equation* in ( Atom* ) }
//   Equation ::= Var+ = primitive[param=value ...] Atom*
//   Atom     ::= Var | Literal              -- a literal is a concrete scalar: 1.0:f32[]
//   Var      ::= a name with an abstract value: a:f32[5,100]
//
// Constants (concrete non-scalar tensors a traced function captured) are
// bound to constvars; `consts` holds their values in the same order.

/// A variable in a jaxpr: identity plus abstract value.
public final class Var: Hashable, @unchecked Sendable, CustomStringConvertible {
    /// What is known about the value.
    public let aval: ShapedArray
    /// Creation order, which makes printing and hashing deterministic.
    let serial: Int

    init(aval: ShapedArray, serial: Int) {
        self.aval = aval
        self.serial = serial
    }

    public static func == (a: Var, b: Var) -> Bool { a === b }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
    public var description: String { "Var#\(serial):\(aval)" }
}

/// An operand of an equation: a variable or a literal scalar.
public enum Atom: @unchecked Sendable {
    /// A variable bound earlier (an input, constant or equation output).
    case variable(Var)
    /// A concrete scalar inlined in the program.
    case literal(Tensor)

    /// The operand's abstract value.
    public var aval: ShapedArray {
        switch self {
        case .variable(let v): return v.aval
        case .literal(let t): return t.aval
        }
    }
}

/// One step of a jaxpr: `outputs = primitive[params] inputs`.
public struct Equation: @unchecked Sendable {
    /// The primitive applied, with its parameters.
    public let primitive: any Primitive
    /// Its operands.
    public let inputs: [Atom]
    /// The variables it binds (`_` when unused is decided at print time).
    public let outputs: [Var]
}

/// A staged program (JAX's `ClosedJaxpr`: the jaxpr with its constants).
///
/// ```swift
/// let j = try makeJaxpr(vmap(dot))(x, y)
/// print(j)   // { lambda ; a:f32[5,100] b:f32[5,100]. let c:f32[5] = dot_general[...] a b in (c,) }
/// ```
public final class Jaxpr: @unchecked Sendable {
    /// Variables bound to captured constants.
    public let constvars: [Var]
    /// The constants' values, one per constvar.
    public let consts: [Tensor]
    /// Inputs.
    public let invars: [Var]
    /// The program, in order.
    public let equations: [Equation]
    /// Results.
    public let outvars: [Atom]

    init(constvars: [Var], consts: [Tensor], invars: [Var], equations: [Equation], outvars: [Atom]) {
        self.constvars = constvars
        self.consts = consts
        self.invars = invars
        self.equations = equations
        self.outvars = outvars
    }

    /// Abstract values of the inputs.
    public var inAvals: [ShapedArray] { invars.map(\.aval) }
    /// Abstract values of the results.
    public var outAvals: [ShapedArray] { outvars.map(\.aval) }
}
