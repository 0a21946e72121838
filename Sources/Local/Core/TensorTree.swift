/// A value made of tensors that transformations can see through, like a
/// JAX pytree: `Tensor`, arrays of trees, and your own structs.
///
/// Conform a struct by mapping each of its tensor-valued fields:
///
/// ```swift
/// struct Layer: TensorTree {
///     var w: Tensor
///     var b: Tensor
///     func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> Layer {
///         Layer(w: try f(w), b: try f(b))
///     }
/// }
/// let y = try vmap { (l: Layer, x: Tensor) in try matmul(l.w, x) + l.b }(layers, xs)
/// ```
public protocol TensorTree: SendableMetatype {
    /// The same structure with every tensor leaf replaced by `f(leaf)`, in
    /// a fixed order (the flattening order).
    func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> Self

    /// A description of the structure (not the leaves) used in `jit`'s cache
    /// key. The default, the type's name, suffices for fixed-shape structs.
    var treeStructure: String { get }
}

extension TensorTree {
    public var treeStructure: String { String(describing: Self.self) }

    /// The tensor leaves in flattening order.
    ///
    /// ```swift
    /// [Tensor([1.0]), Tensor([2.0])].leaves.count   // 2
    /// ```
    public var leaves: [Tensor] {
        var out: [Tensor] = []
        _ = mapTensors { out.append($0); return $0 }
        return out
    }

    /// The same structure with the given leaves (as many as ``leaves`` has).
    ///
    /// ```swift
    /// let doubled = try tree.replacingLeaves(tree.leaves.map { try $0 * 2 })
    /// ```
    public func replacingLeaves(_ leaves: [Tensor]) throws -> Self {
        var i = 0
        return try mapTensors { _ in
            guard i < leaves.count else { throw TensorError("tree structure mismatch: expected more leaves than \(leaves.count)") }
            defer { i += 1 }
            return leaves[i]
        }
    }
}

extension Tensor: TensorTree {
    public func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> Tensor { try f(self) }
    public var treeStructure: String { "*" }
}

extension Array: TensorTree where Element: TensorTree {
    public func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> [Element] {
        try map { try $0.mapTensors(f) }
    }
    public var treeStructure: String { "[" + map(\.treeStructure).joined(separator: ",") + "]" }
}

/// Two trees as one (tuples cannot conform to protocols in Swift).
///
/// ```swift
/// let pair = TreePair(Tensor([1.0]), [Tensor([2.0]), Tensor([3.0])])
/// pair.leaves.count   // 3
/// ```
public struct TreePair<A: TensorTree, B: TensorTree>: TensorTree {
    /// The first tree.
    ///
    /// ```swift
    /// TreePair(Tensor([1.0]), Tensor([2.0])).first   // Tensor([1.0])
    /// ```
    public var first: A
    /// The second tree.
    ///
    /// ```swift
    /// TreePair(Tensor([1.0]), Tensor([2.0])).second   // Tensor([2.0])
    /// ```
    public var second: B
    /// Pairs `first` and `second`.
    ///
    /// ```swift
    /// let p = TreePair(weights, bias)
    /// ```
    public init(_ first: A, _ second: B) {
        self.first = first
        self.second = second
    }
    public func mapTensors(_ f: (Tensor) throws -> Tensor) rethrows -> TreePair {
        TreePair(try first.mapTensors(f), try second.mapTensors(f))
    }
    public var treeStructure: String { "(" + first.treeStructure + "," + second.treeStructure + ")" }
}
