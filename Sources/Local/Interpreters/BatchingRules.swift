/// Helpers batching rules share (JAX's `moveaxis`, `bdim_at_front`,
/// `matchaxis`). They bind primitives, so they work at any trace level.
public enum Batching {
    /// `shape` with the batch dimension `d` removed (unchanged when nil).
    public static func unbatchedShape(_ shape: [Int], _ d: Int?) -> [Int] {
        guard let d else { return shape }
        var s = shape
        s.remove(at: d)
        return s
    }

    /// Moves dimension `from` of `x` to position `to` (a `transpose`, or
    /// nothing when they agree).
    public static func moveAxis(_ x: Tensor, from: Int, to: Int) throws -> Tensor {
        if from == to { return x }
        var perm = Array(0..<x.ndim)
        perm.remove(at: from)
        perm.insert(from, at: to)
        return try x.transposed(perm)
    }

    /// `x` with its batch dimension first; an unbatched `x` gets a new
    /// leading dimension of `size` (1 lets the primitive broadcast).
    public static func bdimAtFront(_ x: Tensor, _ d: Int?, size: Int) throws -> Tensor {
        if let d { return try moveAxis(x, from: d, to: 0) }
        return try x.broadcastInDim(shape: [size] + x.shape, broadcastDimensions: Array(1..<(x.ndim + 1)))
    }

    /// `x` with batch dimension `from` (or none: broadcast to `size`) moved to `to`.
    public static func matchAxis(_ x: Tensor, from: Int?, to: Int, size: Int) throws -> Tensor {
        let front = try bdimAtFront(x, from, size: size)
        return try moveAxis(front, from: 0, to: to)
    }

    /// Brings every operand's batch dimension to the front, broadcasting
    /// unbatched ones to `size` (for primitives that need all operands batched alike).
    public static func allAtFront(_ inputs: [Tensor], _ dims: [Int?], size: Int) throws -> [Tensor] {
        try zip(inputs, dims).map { try bdimAtFront($0, $1, size: size) }
    }
}
