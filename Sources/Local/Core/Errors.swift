/// An error in the shapes, dtypes, axes or values handed to an operation.
///
/// Messages follow JAX's wording where JAX has one, e.g.
/// `add got incompatible shapes for broadcasting: (3,), (4,).`
///
/// ```swift
/// do { _ = try Tensor([1, 2, 3]) + Tensor([1, 2, 3, 4]) }
/// catch let e as TensorError { print(e) }
/// ```
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The human-readable explanation.
    ///
    /// ```swift
    /// TensorError("bad axis").message   // "bad axis"
    /// ```
    public let message: String
    /// Creates an error with `message`.
    ///
    /// ```swift
    /// throw TensorError("reshape: sizes do not match")
    /// ```
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Thrown when traced code needs a concrete value (a Swift `Bool`, `Int`,
/// array…) that only exists when the function runs: under `jit`, `vmap`
/// or `makeJaxpr` the value is abstract.
///
/// The message says which value and what to use instead (`cond`,
/// `whileLoop`, `where`), as JAX's `ConcretizationTypeError` does.
///
/// ```swift
/// do { _ = try jit { (x: Tensor) in try Bool(x .> 0) ? x : x }(Tensor(Float(1))) }
/// catch let e as ConcretizationError { print(e.message) }
/// ```
public struct ConcretizationError: Error, CustomStringConvertible, Sendable {
    /// The human-readable explanation.
    ///
    /// ```swift
    /// ConcretizationError("needs a concrete value").message
    /// ```
    public let message: String
    /// Creates an error with `message`.
    ///
    /// ```swift
    /// throw ConcretizationError("Abstract tracer value encountered …")
    /// ```
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Thrown when a transformation reaches a primitive that has no rule for it,
/// e.g. `Batching rule for 'sort' not implemented`.
///
/// ```swift
/// do { _ = try vmap(f)(xs) }   // f uses a primitive without a batching rule
/// catch let e as NotImplementedError { print(e.message) }
/// ```
public struct NotImplementedError: Error, CustomStringConvertible, Sendable {
    /// The human-readable explanation.
    ///
    /// ```swift
    /// NotImplementedError("Batching rule for 'sort' not implemented").message
    /// ```
    public let message: String
    /// Creates an error with `message`.
    ///
    /// ```swift
    /// throw NotImplementedError("Batching rule for 'my_prim' not implemented")
    /// ```
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
