import CMPI
import Local

// Collective and point-to-point operations on tensors and Swift arrays.
// Tensors carry their shape and dtype: operations whose receivers cannot
// know them (broadcast, receive) send a small header first.

func mpiCount(_ n: Int, _ what: String) throws -> Int32 {
    guard let c = Int32(exactly: n) else {
        throw MPIError(operation: what, message: "\(what): \(n) elements exceed MPI's count limit of 2^31-1 per call")
    }
    return c
}

extension Communicator {
    // MARK: Headers (shape and dtype)

    static func header(_ t: Tensor) -> [Int64] {
        [Int64(DType.allCases.firstIndex(of: t.dtype)!), Int64(t.ndim)] + t.shape.map(Int64.init)
    }

    static func aval(fromHeader h: [Int64]) throws -> ShapedArray {
        guard h.count >= 2, let k = Int(exactly: h[0]), k >= 0, k < DType.allCases.count, h.count == 2 + Int(h[1]) else {
            throw MPIError(operation: "receive", message: "received a malformed tensor header")
        }
        return ShapedArray(shape: h.dropFirst(2).map { Int($0) }, dtype: DType.allCases[k])
    }

    static let headerCapacity = 34   // dtype, ndim and up to 32 dimensions

    // MARK: Tensors

    /// Combines `x` elementwise across all ranks; every rank gets the result.
    ///
    /// ```swift
    /// let total = try world.allReduce(partialSums, op: .sum)
    /// ```
    public func allReduce(_ x: Tensor, op: ReductionOp) throws -> Tensor {
        let n = try mpiCount(x.size, "MPI_Allreduce")
        return try transfer(x, into: x.shape) { src, dst in
            try environment.call("MPI_Allreduce") {
                MPI_Allreduce(src, dst, n, x.dtype.mpiDatatype, op.mpiOp(isBool: x.dtype == .bool), handle.raw)
            }
        }
    }

    /// Combines `x` across ranks onto `root`; other ranks get nil.
    ///
    /// ```swift
    /// if let total = try world.reduce(Tensor([Float(world.rank)]), op: .sum, root: 0) { print(total) }   // rank 0 only
    /// ```
    public func reduce(_ x: Tensor, op: ReductionOp, root: Int) throws -> Tensor? {
        try checkRank(root, "root")
        let n = try mpiCount(x.size, "MPI_Reduce")
        let out = try transfer(x, into: x.shape) { src, dst in
            try environment.call("MPI_Reduce") {
                MPI_Reduce(src, dst, n, x.dtype.mpiDatatype, op.mpiOp(isBool: x.dtype == .bool), Int32(root), handle.raw)
            }
        }
        return rank == root ? out : nil
    }

    /// `root`'s tensor on every rank (shape and dtype travel with it; other
    /// ranks' `x` is ignored).
    ///
    /// ```swift
    /// let params = try world.broadcast(world.rank == 0 ? loaded : Tensor(0), root: 0)
    /// ```
    public func broadcast(_ x: Tensor, root: Int) throws -> Tensor {
        try checkRank(root, "root")
        var header = [Int64](repeating: 0, count: Communicator.headerCapacity)
        if rank == root {
            let h = Communicator.header(x)
            guard h.count <= header.count else { throw MPIError(operation: "MPI_Bcast", message: "tensors of more than 32 dimensions cannot be broadcast") }
            for (i, v) in h.enumerated() { header[i] = v }
        }
        try environment.call("MPI_Bcast") { MPI_Bcast(&header, Int32(header.count), cmpi_int64_t(), Int32(root), handle.raw) }
        let aval = try Communicator.aval(fromHeader: Array(header.prefix(2 + Int(header[1]))))
        let n = try mpiCount(aval.size, "MPI_Bcast")
        return try Tensor(shape: aval.shape, dtype: aval.dtype) { dst in
            if rank == root { try x.withUnsafeBytes { dst.copyMemory(from: $0) } }
            try environment.call("MPI_Bcast") { MPI_Bcast(dst.baseAddress, n, aval.dtype.mpiDatatype, Int32(root), handle.raw) }
        }
    }

    /// Every rank's `x` (same shapes) stacked along a new axis 0 on `root`; nil elsewhere.
    ///
    /// ```swift
    /// let rows = try world.gather(Tensor([Int32(world.rank)]), root: 0)   // shape (size, 1) on rank 0, nil elsewhere
    /// ```
    public func gather(_ x: Tensor, root: Int) throws -> Tensor? {
        try checkRank(root, "root")
        let n = try mpiCount(x.size, "MPI_Gather")
        let out = try transfer(x, into: [rank == root ? size : 0] + x.shape) { src, dst in
            try environment.call("MPI_Gather") {
                MPI_Gather(src, n, x.dtype.mpiDatatype, dst, n, x.dtype.mpiDatatype, Int32(root), handle.raw)
            }
        }
        return rank == root ? out : nil
    }

    /// Every rank's `x` concatenated along axis 0 on `root` (leading sizes
    /// may differ; other dimensions must agree); nil elsewhere.
    ///
    /// ```swift
    /// let all = try world.gatherv(myRows, root: 0)   // every rank's rows in rank order on rank 0
    /// ```
    public func gatherv(_ x: Tensor, root: Int) throws -> Tensor? {
        try checkRank(root, "root")
        let (counts, rowShape) = try leadingCounts(x)
        let total = counts.reduce(0, +)
        let rowSize = try Shape.checkedCount(rowShape)
        let elemCounts = try counts.map { try mpiCount($0 * rowSize, "MPI_Gatherv") }
        let displs = try displacements(counts.map { $0 * rowSize })
        let n = try mpiCount(x.size, "MPI_Gatherv")
        let out = try transfer(x, into: [rank == root ? total : 0] + rowShape) { src, dst in
            try environment.call("MPI_Gatherv") {
                MPI_Gatherv(src, n, x.dtype.mpiDatatype, dst, elemCounts, displs, x.dtype.mpiDatatype, Int32(root), handle.raw)
            }
        }
        return rank == root ? out : nil
    }

    /// Every rank's `x` (same shapes) stacked along a new axis 0, on every rank.
    ///
    /// ```swift
    /// let ranks = try world.allGather(Tensor(Int32(world.rank)))   // [0, 1, …, size - 1]
    /// ```
    public func allGather(_ x: Tensor) throws -> Tensor {
        let n = try mpiCount(x.size, "MPI_Allgather")
        return try transfer(x, into: [size] + x.shape) { src, dst in
            try environment.call("MPI_Allgather") {
                MPI_Allgather(src, n, x.dtype.mpiDatatype, dst, n, x.dtype.mpiDatatype, handle.raw)
            }
        }
    }

    /// Every rank's `x` concatenated along axis 0 (leading sizes may differ), on every rank.
    ///
    /// ```swift
    /// let all = try world.allGatherv(myRows)   // rows of rank 0, then rank 1, …
    /// ```
    public func allGatherv(_ x: Tensor) throws -> Tensor {
        let (counts, rowShape) = try leadingCounts(x)
        return try allGatherv(x, counts: counts, rowShape: rowShape)
    }

    /// `allGatherv` when every rank already knows the leading sizes.
    func allGatherv(_ x: Tensor, counts: [Int], rowShape: [Int]) throws -> Tensor {
        let rowSize = try Shape.checkedCount(rowShape)
        let elemCounts = try counts.map { try mpiCount($0 * rowSize, "MPI_Allgatherv") }
        let displs = try displacements(counts.map { $0 * rowSize })
        let n = try mpiCount(x.size, "MPI_Allgatherv")
        return try transfer(x, into: [counts.reduce(0, +)] + rowShape) { src, dst in
            try environment.call("MPI_Allgatherv") {
                MPI_Allgatherv(src, n, x.dtype.mpiDatatype, dst, elemCounts, displs, x.dtype.mpiDatatype, handle.raw)
            }
        }
    }

    /// Row r of `root`'s `x` (leading axis of length `size`) to rank r.
    ///
    /// ```swift
    /// let mine = try world.scatter(Tensor.arange(Double(world.size)), root: 0)   // rank r gets r (only root's x is read)
    /// ```
    public func scatter(_ x: Tensor, root: Int) throws -> Tensor {
        try checkRank(root, "root")
        let meta = try broadcast(Tensor(Communicator.header(x)), root: root).toArray(Int64.self)
        let aval = try Communicator.aval(fromHeader: meta)
        guard aval.shape.first == size else {
            throw MPIError(operation: "MPI_Scatter", message: "scatter needs a leading axis of length \(size) (one row per rank), got shape \(aval.shape)")
        }
        let rowShape = Array(aval.shape.dropFirst())
        let n = try mpiCount(try Shape.checkedCount(rowShape), "MPI_Scatter")
        return try transfer(rank == root ? x : nil, into: rowShape, dtype: aval.dtype) { src, dst in
            try environment.call("MPI_Scatter") {
                MPI_Scatter(src, n, aval.dtype.mpiDatatype, dst, n, aval.dtype.mpiDatatype, Int32(root), handle.raw)
            }
        }
    }

    /// `counts[r]` consecutive rows of `root`'s `x` to rank r.
    ///
    /// ```swift
    /// let rows = try world.scatterv(data, counts: [3, 2], root: 0)   // rank 0: rows 0..<3, rank 1: rows 3..<5
    /// ```
    public func scatterv(_ x: Tensor, counts: [Int], root: Int) throws -> Tensor {
        try checkRank(root, "root")
        guard counts.count == size, counts.allSatisfy({ $0 >= 0 }) else {
            throw MPIError(operation: "MPI_Scatterv", message: "scatterv needs one non-negative count per rank (\(size)), got \(counts)")
        }
        let meta = try broadcast(Tensor(Communicator.header(x)), root: root).toArray(Int64.self)
        let aval = try Communicator.aval(fromHeader: meta)
        guard let rows = aval.shape.first, rows == counts.reduce(0, +) else {
            throw MPIError(operation: "MPI_Scatterv", message: "scatterv counts sum to \(counts.reduce(0, +)) but the tensor has shape \(aval.shape)")
        }
        let rowShape = Array(aval.shape.dropFirst())
        let rowSize = try Shape.checkedCount(rowShape)
        let elemCounts = try counts.map { try mpiCount($0 * rowSize, "MPI_Scatterv") }
        let displs = try displacements(counts.map { $0 * rowSize })
        let n = try mpiCount(counts[rank] * rowSize, "MPI_Scatterv")
        return try transfer(rank == root ? x : nil, into: [counts[rank]] + rowShape, dtype: aval.dtype) { src, dst in
            try environment.call("MPI_Scatterv") {
                MPI_Scatterv(src, elemCounts, displs, aval.dtype.mpiDatatype, dst, n, aval.dtype.mpiDatatype, Int32(root), handle.raw)
            }
        }
    }

    /// Row r of `x` (leading axis `size`) goes to rank r; row s of the result came from rank s.
    ///
    /// ```swift
    /// let received = try world.allToAll(Tensor.zeros([world.size, 4]))   // row s came from rank s
    /// ```
    public func allToAll(_ x: Tensor) throws -> Tensor {
        guard x.shape.first == size else {
            throw MPIError(operation: "MPI_Alltoall", message: "allToAll needs a leading axis of length \(size) (one row per rank), got shape \(x.shape)")
        }
        let n = try mpiCount(x.size / max(size, 1), "MPI_Alltoall")
        return try transfer(x, into: x.shape) { src, dst in
            try environment.call("MPI_Alltoall") {
                MPI_Alltoall(src, n, x.dtype.mpiDatatype, dst, n, x.dtype.mpiDatatype, handle.raw)
            }
        }
    }

    /// Sends `sendCounts[r]` consecutive rows of `x` to rank r; the result
    /// holds the rows received from each rank in rank order.
    ///
    /// ```swift
    /// let received = try world.allToAllv(rows, sendCounts: [2, 1])   // 2 rows to rank 0, 1 row to rank 1
    /// ```
    public func allToAllv(_ x: Tensor, sendCounts: [Int]) throws -> Tensor {
        guard sendCounts.count == size, sendCounts.reduce(0, +) == x.shape.first ?? -1 else {
            throw MPIError(operation: "MPI_Alltoallv", message: "allToAllv send counts must have one entry per rank and sum to the leading axis, got \(sendCounts) for shape \(x.shape)")
        }
        let recvCounts = try allToAll(Tensor(sendCounts.map(Int64.init), shape: [size, 1])).toArray(Int64.self).map(Int.init)
        let rowShape = Array(x.shape.dropFirst())
        let rowSize = try Shape.checkedCount(rowShape)
        let sc = try sendCounts.map { try mpiCount($0 * rowSize, "MPI_Alltoallv") }
        let rc = try recvCounts.map { try mpiCount($0 * rowSize, "MPI_Alltoallv") }
        let sd = try displacements(sendCounts.map { $0 * rowSize }), rd = try displacements(recvCounts.map { $0 * rowSize })
        return try transfer(x, into: [recvCounts.reduce(0, +)] + rowShape) { src, dst in
            try environment.call("MPI_Alltoallv") {
                MPI_Alltoallv(src, sc, sd, x.dtype.mpiDatatype, dst, rc, rd, x.dtype.mpiDatatype, handle.raw)
            }
        }
    }

    // MARK: Point to point

    /// Sends `x` (with its shape and dtype) to rank `dest`.
    ///
    /// ```swift
    /// if world.rank == 0 { try world.send(x, to: 1, tag: 7) }
    /// if world.rank == 1 { let y = try world.receive(from: 0, tag: 7) }
    /// ```
    public func send(_ x: Tensor, to dest: Int, tag: Int = 0) throws {
        try checkRank(dest, "destination")
        var header = Communicator.header(x)
        try environment.call("MPI_Send") { MPI_Send(&header, Int32(header.count), cmpi_int64_t(), Int32(dest), Int32(tag), handle.raw) }
        let n = try mpiCount(x.size, "MPI_Send")
        try x.withUnsafeBytes { src in
            try environment.call("MPI_Send") { MPI_Send(src.baseAddress, n, x.dtype.mpiDatatype, Int32(dest), Int32(tag), handle.raw) }
        }
    }

    /// Receives a tensor sent with ``send(_:to:tag:)`` from rank `source`.
    ///
    /// ```swift
    /// let y = try world.receive(from: 0, tag: 7)   // matches world.send(x, to: 1, tag: 7)
    /// ```
    public func receive(from source: Int, tag: Int = 0) throws -> Tensor {
        try checkRank(source, "source")
        var header = [Int64](repeating: 0, count: Communicator.headerCapacity)
        var status = MPI_Status()
        try environment.call("MPI_Recv") { MPI_Recv(&header, Int32(header.count), cmpi_int64_t(), Int32(source), Int32(tag), handle.raw, &status) }
        let aval = try Communicator.aval(fromHeader: Array(header.prefix(2 + Int(header[1]))))
        let n = try mpiCount(aval.size, "MPI_Recv")
        return try transfer(nil, into: aval.shape, dtype: aval.dtype) { _, dst in
            try environment.call("MPI_Recv") { MPI_Recv(dst, n, aval.dtype.mpiDatatype, Int32(source), Int32(tag), handle.raw, cmpi_status_ignore()) }
        }
    }

    /// Sends `x` to `dest` and receives a tensor from `source` in one
    /// deadlock-free exchange (`MPI_Sendrecv`), e.g. a ring shift.
    ///
    /// ```swift
    /// let fromLeft = try world.sendReceive(x, to: (r + 1) % p, from: (r + p - 1) % p)
    /// ```
    public func sendReceive(_ x: Tensor, to dest: Int, from source: Int, tag: Int = 0) throws -> Tensor {
        try checkRank(dest, "destination")
        try checkRank(source, "source")
        var sendHeader = Communicator.header(x) + Array(repeating: 0, count: Communicator.headerCapacity - Communicator.header(x).count)
        var recvHeader = [Int64](repeating: 0, count: Communicator.headerCapacity)
        try environment.call("MPI_Sendrecv") {
            MPI_Sendrecv(&sendHeader, Int32(sendHeader.count), cmpi_int64_t(), Int32(dest), Int32(tag),
                         &recvHeader, Int32(recvHeader.count), cmpi_int64_t(), Int32(source), Int32(tag), handle.raw, cmpi_status_ignore())
        }
        let aval = try Communicator.aval(fromHeader: Array(recvHeader.prefix(2 + Int(recvHeader[1]))))
        let ns = try mpiCount(x.size, "MPI_Sendrecv"), nr = try mpiCount(aval.size, "MPI_Sendrecv")
        return try transfer(x, into: aval.shape, dtype: aval.dtype) { src, dst in
            try environment.call("MPI_Sendrecv") {
                MPI_Sendrecv(src, ns, x.dtype.mpiDatatype, Int32(dest), Int32(tag),
                             dst, nr, aval.dtype.mpiDatatype, Int32(source), Int32(tag), handle.raw, cmpi_status_ignore())
            }
        }
    }

    // MARK: Arrays

    /// Elementwise combination of Swift arrays across ranks.
    ///
    /// ```swift
    /// let counts = try world.allReduce([localHits, localMisses], op: .sum)
    /// ```
    public func allReduce<T: MPIScalar>(_ values: [T], op: ReductionOp) throws -> [T] {
        var out = values
        let n = try mpiCount(values.count, "MPI_Allreduce")
        try values.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                try environment.call("MPI_Allreduce") {
                    MPI_Allreduce(src.baseAddress, dst.baseAddress, n, T.mpiDatatype, op.mpiOp(isBool: T.self == Bool.self), handle.raw)
                }
            }
        }
        return out
    }

    /// `root`'s array on every rank (its length travels with it).
    ///
    /// ```swift
    /// let seeds = try world.broadcast(world.rank == 0 ? [Int32(42), 7] : [], root: 0)   // [42, 7] on every rank
    /// ```
    public func broadcast<T: MPIScalar>(_ values: [T], root: Int) throws -> [T] {
        try checkRank(root, "root")
        var count = Int64(values.count)
        try environment.call("MPI_Bcast") { MPI_Bcast(&count, 1, cmpi_int64_t(), Int32(root), handle.raw) }
        var out: [T] = rank == root ? values : Array(unsafeUninitializedCapacity: Int(count)) { _, n in n = Int(count) }
        let n = try mpiCount(Int(count), "MPI_Bcast")
        try out.withUnsafeMutableBufferPointer { p in
            try environment.call("MPI_Bcast") { MPI_Bcast(p.baseAddress, n, T.mpiDatatype, Int32(root), handle.raw) }
        }
        return out
    }

    /// Every rank's array concatenated in rank order, on every rank (lengths may differ).
    ///
    /// ```swift
    /// let all = try world.allGather([Int32(world.rank)])   // [0, 1, …]
    /// ```
    public func allGather<T: MPIScalar>(_ values: [T]) throws -> [T] {
        let counts = try allGatherCounts(values.count)
        var out: [T] = Array(unsafeUninitializedCapacity: counts.reduce(0, +)) { _, n in n = counts.reduce(0, +) }
        let c = try counts.map { try mpiCount($0, "MPI_Allgatherv") }
        let d = try displacements(counts)
        let n = try mpiCount(values.count, "MPI_Allgatherv")
        try values.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                try environment.call("MPI_Allgatherv") {
                    MPI_Allgatherv(src.baseAddress, n, T.mpiDatatype, dst.baseAddress, c, d, T.mpiDatatype, handle.raw)
                }
            }
        }
        return out
    }

    /// Every rank's array concatenated in rank order on `root`; nil elsewhere.
    ///
    /// ```swift
    /// let all = try world.gather([Double(localLoss)], root: 0)   // every rank's loss on rank 0
    /// ```
    public func gather<T: MPIScalar>(_ values: [T], root: Int) throws -> [T]? {
        try checkRank(root, "root")
        let counts = try allGatherCounts(values.count)
        let total = rank == root ? counts.reduce(0, +) : 0
        var out: [T] = Array(unsafeUninitializedCapacity: total) { _, n in n = total }
        let c = try counts.map { try mpiCount($0, "MPI_Gatherv") }
        let d = try displacements(counts)
        let n = try mpiCount(values.count, "MPI_Gatherv")
        try values.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                try environment.call("MPI_Gatherv") {
                    MPI_Gatherv(src.baseAddress, n, T.mpiDatatype, dst.baseAddress, c, d, T.mpiDatatype, Int32(root), handle.raw)
                }
            }
        }
        return rank == root ? out : nil
    }

    /// Sends a Swift array to `dest`.
    ///
    /// ```swift
    /// try world.send([Int32(1), 2, 3], to: 1, tag: 0)
    /// ```
    public func send<T: MPIScalar>(_ values: [T], to dest: Int, tag: Int = 0) throws {
        try checkRank(dest, "destination")
        let n = try mpiCount(values.count, "MPI_Send")
        try values.withUnsafeBufferPointer { p in
            try environment.call("MPI_Send") { MPI_Send(p.baseAddress, n, T.mpiDatatype, Int32(dest), Int32(tag), handle.raw) }
        }
    }

    /// Receives a Swift array from `source` (its length is probed first).
    ///
    /// ```swift
    /// let v = try world.receive(Int32.self, from: 0, tag: 0)   // [1, 2, 3]
    /// ```
    public func receive<T: MPIScalar>(_ type: T.Type, from source: Int, tag: Int = 0) throws -> [T] {
        try checkRank(source, "source")
        var status = MPI_Status()
        try environment.call("MPI_Probe") { MPI_Probe(Int32(source), Int32(tag), handle.raw, &status) }
        var count: Int32 = 0
        try environment.call("MPI_Get_count") { MPI_Get_count(&status, T.mpiDatatype, &count) }
        var out: [T] = Array(unsafeUninitializedCapacity: Int(count)) { _, n in n = Int(count) }
        try out.withUnsafeMutableBufferPointer { p in
            try environment.call("MPI_Recv") { MPI_Recv(p.baseAddress, count, T.mpiDatatype, Int32(source), Int32(tag), handle.raw, cmpi_status_ignore()) }
        }
        return out
    }

    // MARK: Helpers

    func allGatherCounts(_ n: Int) throws -> [Int] {
        var mine = Int64(n)
        var all = [Int64](repeating: 0, count: size)
        try environment.call("MPI_Allgather") { MPI_Allgather(&mine, 1, cmpi_int64_t(), &all, 1, cmpi_int64_t(), handle.raw) }
        return all.map(Int.init)
    }

    /// Leading sizes of every rank's `x`, after checking the other dimensions agree.
    func leadingCounts(_ x: Tensor) throws -> ([Int], [Int]) {
        guard x.ndim >= 1 else { throw MPIError(operation: "gatherv", message: "gatherv needs tensors with a leading axis, got a 0-d tensor") }
        let rowShape = Array(x.shape.dropFirst())
        let counts = try allGatherCounts(x.shape[0])
        let rowSizes = try allGatherCounts(try Shape.checkedCount(rowShape))
        guard rowSizes.allSatisfy({ $0 == rowSizes[0] }) else {
            throw MPIError(operation: "gatherv", message: "ranks' tensors differ beyond the leading axis (row sizes \(rowSizes))")
        }
        return (counts, rowShape)
    }

    func displacements(_ counts: [Int]) throws -> [Int32] {
        var out: [Int32] = [], acc = 0
        for c in counts {
            out.append(try mpiCount(acc, "displacement"))
            acc += c
        }
        return out
    }
}

/// Runs `body` with `x`'s bytes (nil when `x` is nil) and the bytes of a
/// new tensor of `shape` (dtype: `dtype` or `x`'s), which `body` fills.
func transfer(_ x: Tensor?, into shape: [Int], dtype: DType? = nil,
              _ body: (UnsafeRawPointer?, UnsafeMutableRawPointer?) throws -> Void) throws -> Tensor {
    try Tensor(shape: shape, dtype: dtype ?? x!.dtype) { dst in
        if let x {
            try x.withUnsafeBytes { src in try body(src.baseAddress, dst.baseAddress) }
        } else {
            try body(nil, dst.baseAddress)
        }
    }
}
