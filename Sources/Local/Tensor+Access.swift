// Reading elements back into Swift.

extension Tensor {
    /// The elements, row-major, converted to `T`'s dtype if needed.
    ///
    /// ```swift
    /// try Tensor([1.5, 2.5]).toArray(Float.self)   // [1.5, 2.5]
    /// ```
    /// - Throws: ``ConcretizationError`` on a traced tensor (inside `jit`,
    ///   `vmap` or `makeJaxpr` the values do not exist yet).
    public func toArray<T: TensorScalar>(_ type: T.Type = T.self) throws -> [T] {
        _ = try concreteStorage("toArray()")
        let t = dtype == T.dtype ? self : try astype(T.dtype)
        return Array(UnsafeBufferPointer(start: t.storage.typed(T.self), count: t.size))
    }

    /// The single element of a size-1 tensor.
    ///
    /// ```swift
    /// let s: Float = try sum(x).item()
    /// ```
    /// - Throws: ``ConcretizationError`` on a traced tensor; ``TensorError``
    ///   when the tensor has more than one element.
    public func item<T: TensorScalar>(_ type: T.Type = T.self) throws -> T {
        _ = try concreteStorage("item()")
        guard size == 1 else {
            throw TensorError("can only convert an array of size 1 to a Swift scalar, got shape \(Shape.describe(shape))")
        }
        return try toArray(T.self)[0]
    }
}

extension Bool {
    /// The truth value of a size-1 tensor (`bool(x)` in Python).
    ///
    /// ```swift
    /// if try Bool(x .> 0) { … }
    /// ```
    /// - Throws: ``ConcretizationError`` under a transformation — use `cond`,
    ///   `whileLoop` or `select` on traced values instead.
    public init(_ tensor: Tensor) throws {
        if let t = tensor.tracer {
            throw ConcretizationError(
                "Attempted boolean conversion of traced array with shape \(tensor.aval.description).\n"
                + "The value of this array depends on an argument of a function transformed by \(t.trace.kindName), so it is not known while tracing.\n"
                + "Use cond(…) or whileLoop(…) for control flow on traced values, or select(…) (jnp.where) to choose elementwise.")
        }
        guard tensor.size == 1 else {
            throw TensorError("The truth value of an array with more than one element is ambiguous. Use any() or all().")
        }
        self = try tensor.item(Bool.self)
    }
}

extension Float {
    /// The value of a size-1 tensor. Throws ``ConcretizationError`` under a transformation.
    ///
    /// ```swift
    /// try Float(Tensor([2.5]))   // 2.5
    /// ```
    public init(_ tensor: Tensor) throws { self = try tensor.item(Float.self) }
}

extension Double {
    /// The value of a size-1 tensor. Throws ``ConcretizationError`` under a transformation.
    ///
    /// ```swift
    /// try Double(Tensor(Float(0.5)))   // 0.5
    /// ```
    public init(_ tensor: Tensor) throws { self = try tensor.item(Double.self) }
}

extension Int {
    /// The value of a size-1 integer tensor. Throws ``ConcretizationError`` under a transformation.
    ///
    /// ```swift
    /// try Int(sum(Tensor([1, 2, 3])))   // 6
    /// ```
    public init(_ tensor: Tensor) throws {
        if tensor.dtype.isFloatingPoint {
            let v = try tensor.item(Double.self)
            try Tensor.checkConvertibleToInteger(v)
            guard let i = Int(exactly: v.rounded(.towardZero)) else {
                throw TensorError("Python int too large to convert: \(v) does not fit in Int")
            }
            self = i
            return
        }
        self = Int(try tensor.item(Int64.self))
    }
}
