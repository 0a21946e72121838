import Local

/// The part of a collective that crosses processes: `group`'s all-reduce of
/// a concrete tensor (a primitive, so a staged loop body inside `pmap`
/// performs it on every iteration).
struct ProcessAllReduce: Primitive {
    let op: CrossProcessReduction
    let group: MPIAxisGroup

    static func == (a: Self, b: Self) -> Bool { a.op == b.op && a.group === b.group }
    func hash(into h: inout Hasher) { h.combine(op); h.combine(ObjectIdentifier(group)) }

    var name: String { "all_reduce_processes" }
    var parameters: [(name: String, value: String)] { [("op", op.rawValue), ("processes", String(group.counts.count))] }

    func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] { inputs }

    func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        [try group.allReduce(inputs[0], op)]
    }

    /// Elementwise across processes, so a batch is reduced lane by lane in one call.
    func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        (try bind(self, inputs), dims)
    }
}

/// Concatenates every process's block along axis 0 (`group`'s all-gather), as a primitive.
struct ProcessAllGather: Primitive {
    let group: MPIAxisGroup

    static func == (a: Self, b: Self) -> Bool { a.group === b.group }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(group)) }

    var name: String { "all_gather_processes" }
    var parameters: [(name: String, value: String)] { [("processes", String(group.counts.count))] }

    func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] {
        guard let x = inputs.first, x.ndim >= 1 else { throw TensorError("all_gather_processes needs a leading axis") }
        return [x.with(shape: [group.globalSize] + Array(x.shape.dropFirst()))]
    }

    func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        [try group.allGather(inputs[0])]
    }

    /// Gathers along axis 0 with the batch kept at dimension 1.
    func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        guard let d = dims[0] else { return (try bind(self, inputs), [nil]) }
        let x = try Batching.moveAxis(inputs[0], from: d, to: 1)
        return ([try bind1(self, [x])], [1])
    }
}

/// A mapped axis spread over the ranks of a communicator, one contiguous
/// block of examples per rank.
final class MPIAxisGroup: AxisGroup, @unchecked Sendable {
    let communicator: Communicator
    let counts: [Int]
    let offsets: [Int]

    init(communicator: Communicator, counts: [Int]) {
        self.communicator = communicator
        self.counts = counts
        var acc = 0
        offsets = counts.map { c in defer { acc += c }; return acc }
    }

    var globalSize: Int { counts.reduce(0, +) }
    var localOffset: Int { offsets[communicator.rank] }

    func allReduce(_ x: Tensor, _ op: CrossProcessReduction) throws -> Tensor {
        let r: ReductionOp = op == .sum ? .sum : (op == .max ? .max : .min)
        return try communicator.allReduce(x, op: r)
    }

    func allGather(_ x: Tensor) throws -> Tensor {
        if x.ndim >= 1 && x.shape[0] == counts[communicator.rank] {
            return try communicator.allGatherv(x, counts: counts, rowShape: Array(x.shape.dropFirst()))
        }
        return try communicator.allGatherv(x)
    }

    /// Balanced contiguous shards: the first `n % p` ranks get one more.
    static func balancedCounts(_ n: Int, over p: Int) -> [Int] {
        (0..<p).map { n / p + ($0 < n % p ? 1 : 0) }
    }
}

/// The whole batch along a named axis, on every example: locally the
/// batched value itself, across processes the concatenation of every
/// process's block.
func gatherAlongAxis(_ x: Tensor, _ d: Int, _ axis: BatchAxis) throws -> Tensor {
    let front = try Batching.moveAxis(x, from: d, to: 0)
    guard let group = axis.group as? MPIAxisGroup else { return front }
    return try bind1(ProcessAllGather(group: group), [front])
}
