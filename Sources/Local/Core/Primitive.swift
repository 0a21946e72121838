/// An operation on tensors, with every rule the system needs in one place.
///
/// A primitive is a `Hashable` value whose stored properties are its
/// parameters (so equal primitives are interchangeable in a jit cache key).
/// Conforming types declare, next to each other:
/// - ``name``: the name JAX prints (`dot_general`, `reduce_sum`),
/// - ``abstractEval(_:)``: the shape/dtype rule,
/// - ``evaluate(_:outputs:)``: the CPU kernel,
/// - ``batch(_:dims:axis:)``: the batching rule used by `vmap` (and `pmap`),
/// - ``parameters``: how its parameters print in a jaxpr.
///
/// Shared behaviour comes from refined protocols with default
/// implementations (``UnaryElementwise``, ``BinaryElementwise``, reductions),
/// so most primitives state only what is specific to them. The protocol is
/// public: other modules (PMap's collectives) add primitives of their own.
///
/// ```swift
/// struct Square: UnaryElementwise {
///     var name: String { "square" }
///     func apply<T: KernelFloat>(float x: T) -> T { x * x }
/// }
/// ```
public protocol Primitive: Hashable, Sendable {
    /// The name JAX prints for this primitive.
    var name: String { get }

    /// The shape and dtype rule: output abstract values for input ones.
    /// Throws ``TensorError`` with JAX's wording on bad input.
    func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray]

    /// The kernel: computes outputs (whose avals `outputs` gives, from the
    /// shape rule) from concrete inputs.
    func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor]

    /// The batching rule: inputs carry a batch dimension at `dims[i]` (or
    /// none); returns outputs and where their batch dimension is.
    func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?])

    /// Parameters as printed in a jaxpr, in order: `[("axes", "(0,)")]`.
    var parameters: [(name: String, value: String)] { get }

    /// Jaxprs nested in this primitive (control flow), for printing and
    /// for the executor. Empty for first-order primitives.
    var subJaxprs: [(name: String, jaxpr: Jaxpr)] { get }

    /// Whether the primitive must run even when its outputs are unused
    /// (printing, I/O); dead-code elimination keeps it.
    var hasSideEffects: Bool { get }
}

extension Primitive {
    public var parameters: [(name: String, value: String)] { [] }
    public var subJaxprs: [(name: String, jaxpr: Jaxpr)] { [] }
    public var hasSideEffects: Bool { false }

    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        throw NotImplementedError("Batching rule for '\(name)' not implemented")
    }
}

/// The mapped axis a batching rule works under: its size and, for
/// collectives, its name (`vmap(f, axisName: "i")`).
public struct BatchAxis: Hashable, Sendable {
    /// Length of the mapped axis.
    public var size: Int
    /// The name collectives refer to, if any.
    public var name: String?

    /// Creates a batch axis description.
    public init(size: Int, name: String? = nil) {
        self.size = size
        self.name = name
    }
}

/// Formatting helpers for primitive parameters, in JAX's spelling.
public enum ParameterFormat {
    /// A Python tuple of integers: `(1, 0)`, `(0,)`, `()`.
    public static func tuple(_ values: [Int]) -> String { Shape.tuple(values) }
    /// A Python list of integers: `[1]`, `[]`.
    public static func list(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ", ") + "]"
    }
    /// A Python bool: `True`/`False`.
    public static func bool(_ value: Bool) -> String { value ? "True" : "False" }
}
