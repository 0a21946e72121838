import Local

/// A tensor whose mapped axis is split over the ranks of a communicator:
/// each rank holds one contiguous block (`local`) of the global tensor.
///
/// `pmapSharded` returns these so large results need not be copied to every
/// rank; ``gathered()`` assembles the global tensor on every rank,
/// ``gathered(root:)`` on one.
///
/// ```swift
/// let y = try pmapSharded({ x in try x * 2 }, axisName: "i")(xs)
/// let mine = y.local                      // this rank's rows
/// if let all = try y.gathered(root: 0) { print(all) }
/// ```
public struct ShardedTensor: @unchecked Sendable {
    /// This rank's block (the whole tensor when replicated).
    ///
    /// ```swift
    /// let y = try pmapSharded({ x in try x * 2 }, axisName: "i")(Tensor.arange(10))
    /// y.local.shape   // [5] on each of 2 ranks
    /// ```
    public let local: Tensor
    /// The sharded axis, or nil when every rank holds the whole tensor.
    ///
    /// ```swift
    /// y.axis   // 0: rows are split across ranks
    /// ```
    public let axis: Int?
    /// Rows of the sharded axis held by each rank.
    ///
    /// ```swift
    /// y.counts   // [5, 5] with 2 ranks
    /// ```
    public let counts: [Int]
    let communicator: Communicator

    init(local: Tensor, axis: Int, counts: [Int], communicator: Communicator) {
        self.local = local
        self.axis = axis
        self.counts = counts
        self.communicator = communicator
    }

    init(replicated: Tensor, communicator: Communicator) {
        self.local = replicated
        self.axis = nil
        self.counts = []
        self.communicator = communicator
    }

    /// The global shape.
    ///
    /// ```swift
    /// y.globalShape   // [10] whatever the rank count
    /// ```
    public var globalShape: [Int] {
        guard let axis else { return local.shape }
        var s = local.shape
        s[axis] = counts.reduce(0, +)
        return s
    }

    /// Global index of this rank's first row along the sharded axis.
    ///
    /// ```swift
    /// y.offset   // 0 on rank 0, 5 on rank 1 (2 ranks)
    /// ```
    public var offset: Int { axis == nil ? 0 : counts[..<communicator.rank].reduce(0, +) }

    /// The global tensor, on every rank (a collective: every rank must call it).
    ///
    /// ```swift
    /// let all = try y.gathered()   // the [10] tensor on every rank
    /// ```
    public func gathered() throws -> Tensor {
        guard let axis else { return local }
        let front = try local.movedAxis(from: axis, to: 0)
        let all = try communicator.allGatherv(front, counts: counts, rowShape: Array(front.shape.dropFirst()))
        return try all.movedAxis(from: 0, to: axis)
    }

    /// The global tensor on `root`, nil on other ranks (a collective).
    ///
    /// ```swift
    /// if let all = try y.gathered(root: 0) { print(all) }   // rank 0 only
    /// ```
    public func gathered(root: Int) throws -> Tensor? {
        guard let axis else { return communicator.rank == root ? local : nil }
        let front = try local.movedAxis(from: axis, to: 0)
        guard let all = try communicator.gatherv(front, root: root) else { return nil }
        return try all.movedAxis(from: 0, to: axis)
    }
}
