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
///
/// ```swift
/// let j = try makeJaxpr { (x: Tensor) in try sin(x) * 2 }(Tensor([1.0, 2.0]))
/// let v: Var = j.invars[0]   // a:f32[2]
/// ```
public final class Var: Hashable, @unchecked Sendable, CustomStringConvertible {
    /// What is known about the value.
    ///
    /// ```swift
    /// j.invars[0].aval   // f32[2]
    /// ```
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
///
/// ```swift
/// if case .literal(let t) = j.equations[1].inputs[1] { print(t) }   // the literal 2
/// ```
public enum Atom: @unchecked Sendable {
    /// A variable bound earlier (an input, constant or equation output).
    case variable(Var)
    /// A concrete scalar inlined in the program.
    case literal(Tensor)

    /// The operand's abstract value.
    ///
    /// ```swift
    /// j.equations[0].inputs[0].aval   // f32[2]
    /// ```
    public var aval: ShapedArray {
        switch self {
        case .variable(let v): return v.aval
        case .literal(let t): return t.aval
        }
    }
}

/// One step of a jaxpr: `outputs = primitive[params] inputs`.
///
/// ```swift
/// let j = try makeJaxpr { (x: Tensor) in try sin(x) * 2 }(Tensor([1.0, 2.0]))
/// j.equations.map(\.primitive.name)   // ["sin", "mul"]
/// ```
public struct Equation: @unchecked Sendable {
    /// The primitive applied, with its parameters.
    ///
    /// ```swift
    /// j.equations[0].primitive.name   // "sin"
    /// ```
    public let primitive: any Primitive
    /// Its operands.
    ///
    /// ```swift
    /// j.equations[1].inputs.count   // 2: b and the literal 2.0
    /// ```
    public let inputs: [Atom]
    /// The variables it binds (`_` when unused is decided at print time).
    ///
    /// ```swift
    /// j.equations[0].outputs[0].aval   // f32[2]
    /// ```
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
    ///
    /// ```swift
    /// let w = Tensor([1.0, 2.0])
    /// try makeJaxpr { (x: Tensor) in try x * w }(w).constvars.count   // 1: w is captured
    /// ```
    public let constvars: [Var]
    /// The constants' values, one per constvar.
    ///
    /// ```swift
    /// try makeJaxpr { (x: Tensor) in try x * w }(w).consts[0]   // w's value
    /// ```
    public let consts: [Tensor]
    /// Inputs.
    ///
    /// ```swift
    /// j.invars.map(\.aval)   // [f32[2]]
    /// ```
    public let invars: [Var]
    /// The program, in order.
    ///
    /// ```swift
    /// j.equations.count   // 2: sin, mul
    /// ```
    public let equations: [Equation]
    /// Results.
    ///
    /// ```swift
    /// j.outvars[0].aval   // f32[2]
    /// ```
    public let outvars: [Atom]

    init(constvars: [Var], consts: [Tensor], invars: [Var], equations: [Equation], outvars: [Atom]) {
        self.constvars = constvars
        self.consts = consts
        self.invars = invars
        self.equations = equations
        self.outvars = outvars
    }

    /// Abstract values of the inputs.
    ///
    /// ```swift
    /// j.inAvals   // [f32[2]]
    /// ```
    public var inAvals: [ShapedArray] { invars.map(\.aval) }
    /// Abstract values of the results.
    ///
    /// ```swift
    /// j.outAvals   // [f32[2]]
    /// ```
    public var outAvals: [ShapedArray] { outvars.map(\.aval) }
}
