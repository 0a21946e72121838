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
///
/// ```swift
/// let axis = BatchAxis(size: 8, name: "i")
/// let (ys, dims) = try ReduceSum(axes: [1]).batch([xs], dims: [0], axis: axis)
/// ```
public struct BatchAxis: Hashable, Sendable {
    /// Length of the mapped axis in this process.
    ///
    /// ```swift
    /// BatchAxis(size: 8).size   // 8
    /// ```
    public var size: Int
    /// The name collectives refer to, if any.
    ///
    /// ```swift
    /// BatchAxis(size: 8, name: "i").name   // "i"
    /// ```
    public var name: String?
    /// When the axis is spread over several processes (`pmap`), how to
    /// combine across them; nil for an axis entirely in this process.
    ///
    /// ```swift
    /// BatchAxis(size: 4).group == nil   // true: all examples are local
    /// ```
    public var group: (any AxisGroup)?

    /// Creates a batch axis description.
    ///
    /// ```swift
    /// let axis = BatchAxis(size: 4, name: "batch")
    /// ```
    public init(size: Int, name: String? = nil, group: (any AxisGroup)? = nil) {
        self.size = size
        self.name = name
        self.group = group
    }

    /// The axis's full length: ``size`` here, or the sum over all processes.
    ///
    /// ```swift
    /// BatchAxis(size: 4).globalSize   // 4 (no group)
    /// ```
    public var globalSize: Int { group?.globalSize ?? size }
    /// Global index of this process's first example.
    ///
    /// ```swift
    /// BatchAxis(size: 4).globalOffset   // 0 (no group)
    /// ```
    public var globalOffset: Int { group?.localOffset ?? 0 }

    public static func == (a: BatchAxis, b: BatchAxis) -> Bool {
        a.size == b.size && a.name == b.name && a.group === b.group
    }
    public func hash(into h: inout Hasher) {
        h.combine(size)
        h.combine(name)
    }
}

/// A mapped axis whose examples are spread over several processes (one
/// block per process). The PMap module implements it over MPI; collectives'
/// batching rules use it to combine their per-process partial results.
///
/// ```swift
/// if let g = axis.group { total = try g.allReduce(partial, .sum) }
/// ```
public protocol AxisGroup: AnyObject, Sendable {
    /// Examples along the axis over all processes.
    var globalSize: Int { get }
    /// Global index of this process's first example.
    var localOffset: Int { get }
    /// Examples held by each process, in process order.
    var counts: [Int] { get }
    /// Combines a concrete tensor elementwise across processes.
    func allReduce(_ x: Tensor, _ op: CrossProcessReduction) throws -> Tensor
    /// Concatenates every process's block along axis 0, in process order.
    func allGather(_ x: Tensor) throws -> Tensor
}

/// The elementwise combinations collectives need across processes.
///
/// ```swift
/// let total = try group.allReduce(partial, CrossProcessReduction.max)
/// ```
public enum CrossProcessReduction: String, Hashable, Sendable {
    case sum, max, min
}

/// Formatting helpers for primitive parameters, in JAX's spelling.
///
/// ```swift
/// ParameterFormat.tuple([1, 0])   // "(1, 0)"
/// ```
public enum ParameterFormat {
    /// A Python tuple of integers: `(1, 0)`, `(0,)`, `()`.
    ///
    /// ```swift
    /// ParameterFormat.tuple([0])   // "(0,)"
    /// ```
    public static func tuple(_ values: [Int]) -> String { Shape.tuple(values) }
    /// A Python list of integers: `[1]`, `[]`.
    ///
    /// ```swift
    /// ParameterFormat.list([1])   // "[1]"
    /// ```
    public static func list(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ", ") + "]"
    }
    /// A Python list of strings: `['i', 'j']`.
    ///
    /// ```swift
    /// ParameterFormat.stringList(["i", "j"])   // "['i', 'j']"
    /// ```
    public static func stringList(_ values: [String]) -> String {
        "[" + values.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
    /// A Python bool: `True`/`False`.
    ///
    /// ```swift
    /// ParameterFormat.bool(true)   // "True"
    /// ```
    public static func bool(_ value: Bool) -> String { value ? "True" : "False" }
}

/// A primitive whose kernel does shape-dependent planning (layouts, sizes,
/// which algorithm) that a staged jaxpr can do once per equation instead of
/// once per call: `ExecutionPlan` asks for the kernel when it is built and
/// calls it directly; `evaluate` plans and runs in one go.
///
/// ```swift
/// let k = DotGeneral(contracting: ([1], [0])).kernel(for: [a.aval, b.aval], outputs: outAvals)
/// let c = try k.run([a, b], outputs: outAvals)
/// ```
protocol PlansKernel: Primitive {
    /// The kernel for operands of `inputs`' avals.
    func kernel(for inputs: [ShapedArray], outputs: [ShapedArray]) -> any PlannedKernel
}

/// A kernel planned for fixed operand avals (see ``PlansKernel``).
protocol PlannedKernel {
    /// Runs on operands of the avals it was planned for.
    func run(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor]
}

/// A planned kernel that can write its one result straight into a buffer,
/// reading its operands from buffers: loop bodies whose buffers are planned
/// once call it without wrapping anything in tensors.
protocol WritesInto: PlannedKernel {
    /// Whether this instance can (an operand may first need a copy or a conversion).
    var writesInto: Bool { get }
    /// Writes the result at `out`, reading contiguous operands at `operands`.
    func run(_ operands: [UnsafeMutableRawPointer], into out: UnsafeMutableRawPointer)
}
