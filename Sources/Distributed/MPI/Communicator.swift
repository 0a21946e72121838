import CMPI
import Local

#if canImport(Glibc)
import Glibc
#endif

/// A group of ranks that communicate (`MPI_Comm`), with typed point-to-point
/// and collective operations on ``Tensor``s and Swift arrays.
///
/// Every call is checked and throws ``MPIError`` with MPI's error string.
/// Calls from any thread are serialised behind one lock (MPI thread level
/// serialized), unless the process asked for `multiple`.
///
/// ```swift
/// let world = try Communicator.world
/// let total = try world.allReduce(Tensor([Float(world.rank)]), op: .sum)
/// let everyone = try world.allGather(Tensor([Int32(world.rank)]))   // shape (size, 1)
/// ```
public final class Communicator: @unchecked Sendable {
    let handle: MPIHandle<MPI_Comm>
    let environment: MPIEnvironment
    private let owned: Bool
    /// This process's rank in the communicator.
    ///
    /// ```swift
    /// let world = try Communicator.world
    /// if world.rank == 0 { print("coordinator") }
    /// ```
    public let rank: Int
    /// Number of ranks.
    ///
    /// ```swift
    /// let world = try Communicator.world
    /// let rowsPerRank = totalRows / world.size
    /// ```
    public let size: Int

    init(_ comm: MPI_Comm, environment: MPIEnvironment, owned: Bool) throws(MPIError) {
        self.handle = MPIHandle(comm)
        self.environment = environment
        self.owned = owned
        var r: Int32 = 0, s: Int32 = 0
        try environment.call("MPI_Comm_rank") { MPI_Comm_rank(comm, &r) }
        try environment.call("MPI_Comm_size") { MPI_Comm_size(comm, &s) }
        rank = Int(r)
        size = Int(s)
        if owned { try environment.call("MPI_Comm_set_errhandler") { MPI_Comm_set_errhandler(comm, cmpi_errors_return()) } }
    }

    deinit {
        guard owned, !MPIEnvironment.isFinalized else { return }
        var c: MPI_Comm? = handle.raw
        environment.withLock { _ = MPI_Comm_free(&c) }
    }

    private static let worldCache = WorldCache()

    /// All ranks of the job (`MPI_COMM_WORLD`). Initialises MPI on first use;
    /// without mpirun this is a world of one rank.
    ///
    /// ```swift
    /// let world = try Communicator.world
    /// print(world.rank, world.size)   // 0 1 without mpirun
    /// ```
    public static var world: Communicator {
        get throws { try worldCache.get { env in try Communicator(cmpi_comm_world(), environment: env, owned: false) } }
    }

    private static let selfCache = WorldCache()

    /// Just this rank (`MPI_COMM_SELF`).
    ///
    /// ```swift
    /// let me = try Communicator.selfOnly   // size 1
    /// ```
    public static var selfOnly: Communicator {
        get throws { try selfCache.get { env in try Communicator(cmpi_comm_self(), environment: env, owned: false) } }
    }

    /// A new communicator with the same ranks and its own message space (`MPI_Comm_dup`).
    ///
    /// ```swift
    /// let library = try Communicator.world.dup()   // traffic never mixes with the world's
    /// ```
    public func dup() throws -> Communicator {
        var out: MPI_Comm? = nil
        try environment.call("MPI_Comm_dup") { MPI_Comm_dup(handle.raw, &out) }
        return try Communicator(out!, environment: environment, owned: true)
    }

    /// Splits into communicators of the ranks sharing `color`, ordered by
    /// `key` (`MPI_Comm_split`). A negative color leaves this rank out (nil).
    ///
    /// ```swift
    /// let evens = try world.split(color: world.rank % 2, key: world.rank)
    /// ```
    public func split(color: Int, key: Int) throws -> Communicator? {
        var out: MPI_Comm? = nil
        let c = color < 0 ? cmpi_undefined() : Int32(color)
        try environment.call("MPI_Comm_split") { MPI_Comm_split(handle.raw, c, Int32(key), &out) }
        guard color >= 0, let out else { return nil }
        return try Communicator(out, environment: environment, owned: true)
    }

    /// Blocks until every rank has called it.
    ///
    /// ```swift
    /// try world.barrier()   // all ranks reach this line before any continues
    /// ```
    public func barrier() throws {
        try environment.call("MPI_Barrier") { MPI_Barrier(handle.raw) }
    }

    func checkRank(_ r: Int, _ what: String) throws {
        guard r >= 0 && r < size else {
            throw MPIError(operation: what, message: "\(what) \(r) is not a rank of this communicator of size \(size)")
        }
    }
}

/// Lazily creates a process-wide communicator once.
final class WorldCache: @unchecked Sendable {
    private var value: Communicator?
    private var lock = pthread_mutex_t()
    init() { pthread_mutex_init(&lock, nil) }
    func get(_ make: (MPIEnvironment) throws -> Communicator) throws -> Communicator {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let value { return value }
        let c = try make(try MPIEnvironment.shared)
        value = c
        return c
    }
}
