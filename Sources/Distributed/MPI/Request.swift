import CMPI
import Local

#if canImport(Glibc)
import Glibc
#endif

/// A nonblocking operation in flight (`MPI_Request`). Its buffers stay
/// alive until it completes; ``wait()`` returns the received tensor, if any.
///
/// Waiting polls `MPI_Test` and releases the process-wide MPI lock between
/// polls, so other threads can keep communicating meanwhile.
///
/// ```swift
/// let pending = try world.iallReduce(gradients, op: .sum)
/// try computeSomethingElse()
/// let total = try pending.wait()!
/// ```
public final class Request: @unchecked Sendable {
    private var handle: MPI_Request?
    private let communicator: Communicator
    private let keepAlive: [Tensor]
    private let result: Tensor?
    private var done = false

    init(_ handle: MPI_Request?, communicator: Communicator, keepAlive: [Tensor], result: Tensor?) {
        self.handle = handle
        self.communicator = communicator
        self.keepAlive = keepAlive
        self.result = result
    }

    /// Whether the operation has completed (`MPI_Test`); never blocks.
    ///
    /// ```swift
    /// while try !pending.test() { try doOtherWork() }
    /// ```
    public func test() throws -> Bool {
        if done { return true }
        var flag: Int32 = 0
        try communicator.environment.call("MPI_Test") { MPI_Test(&handle, &flag, cmpi_status_ignore()) }
        done = flag != 0
        return done
    }

    /// Blocks until the operation completes; returns the received tensor
    /// (nil for sends).
    ///
    /// ```swift
    /// let total = try world.iallReduce(x, op: .sum).wait()!
    /// ```
    @discardableResult
    public func wait() throws -> Tensor? {
        while try !test() { sched_yield() }
        return result
    }

    deinit {
        // An abandoned request must not leave MPI writing into freed memory.
        if !done && !MPIEnvironment.isFinalized { _ = try? wait() }
    }
}

extension Communicator {
    /// Starts an all-reduce (`MPI_Iallreduce`); `wait()` returns the result.
    ///
    /// ```swift
    /// let pending = try world.iallReduce(Tensor([Float(world.rank)]), op: .max)
    /// ```
    public func iallReduce(_ x: Tensor, op: ReductionOp) throws -> Request {
        let n = try mpiCount(x.size, "MPI_Iallreduce")
        var request: MPI_Request? = nil
        let source = try x.astype(x.dtype)   // own the buffer for the operation's lifetime
        let out = try transfer(source, into: x.shape) { src, dst in
            try environment.call("MPI_Iallreduce") {
                MPI_Iallreduce(src, dst, n, x.dtype.mpiDatatype, op.mpiOp(isBool: x.dtype == .bool), handle.raw, &request)
            }
        }
        return Request(request, communicator: self, keepAlive: [source, out], result: out)
    }

    /// Starts sending `x`'s elements to `dest` (`MPI_Isend`); the receiver
    /// must know the shape and dtype (see ``ireceive(shape:dtype:from:tag:)``).
    ///
    /// ```swift
    /// let sent = try world.isend(Tensor.zeros([4]), to: 1, tag: 3)
    /// _ = try sent.wait()   // nil: a send
    /// ```
    public func isend(_ x: Tensor, to dest: Int, tag: Int = 0) throws -> Request {
        try checkRank(dest, "destination")
        let n = try mpiCount(x.size, "MPI_Isend")
        var request: MPI_Request? = nil
        try x.withUnsafeBytes { src in
            try environment.call("MPI_Isend") { MPI_Isend(src.baseAddress, n, x.dtype.mpiDatatype, Int32(dest), Int32(tag), handle.raw, &request) }
        }
        return Request(request, communicator: self, keepAlive: [x], result: nil)
    }

    /// Starts receiving a tensor of `shape` and `dtype` from `source` (`MPI_Irecv`).
    ///
    /// ```swift
    /// let r = try world.ireceive(shape: [4], dtype: .float32, from: 0, tag: 3)
    /// let x = try r.wait()!
    /// ```
    public func ireceive(shape: [Int], dtype: DType, from source: Int, tag: Int = 0) throws -> Request {
        try checkRank(source, "source")
        var request: MPI_Request? = nil
        let count = Shape.count(shape)
        let n = try mpiCount(count, "MPI_Irecv")
        let out = try transfer(nil, into: shape, dtype: dtype) { _, dst in
            try environment.call("MPI_Irecv") { MPI_Irecv(dst, n, dtype.mpiDatatype, Int32(source), Int32(tag), handle.raw, &request) }
        }
        return Request(request, communicator: self, keepAlive: [out], result: out)
    }
}
