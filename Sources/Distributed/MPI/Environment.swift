import CMPI
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Thread levels

/// The thread support level of an MPI process (`MPI_THREAD_*`), in increasing
/// order of what it allows.
///
/// `PMap` asks for ``serialized`` by default and then routes every MPI call
/// through one process-wide lock, so any thread (a test, a pool thread) may
/// call MPI, one at a time. ``multiple`` lets threads call MPI concurrently
/// and drops the lock; ask for it with `PMAP_MPI_THREAD_MULTIPLE=1` or
/// ``MPIEnvironment/requestThreadLevel(_:)`` before the first MPI use.
///
/// ```swift
/// let env = try MPIEnvironment.shared
/// if env.threadLevel >= .serialized { /* any thread may call MPI */ }
/// ```
public enum MPIThreadLevel: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    /// `MPI_THREAD_SINGLE`: the process has one thread.
    ///
    /// ```swift
    /// MPIThreadLevel.single.description   // "single"
    /// ```
    case single
    /// `MPI_THREAD_FUNNELED`: only the thread that initialised MPI calls it.
    ///
    /// ```swift
    /// MPIThreadLevel.funneled < .serialized   // true
    /// ```
    case funneled
    /// `MPI_THREAD_SERIALIZED`: any thread may call MPI, never two at once.
    /// This is `PMap`'s default.
    ///
    /// ```swift
    /// try MPIEnvironment.requestThreadLevel(.serialized)
    /// ```
    case serialized
    /// `MPI_THREAD_MULTIPLE`: threads may call MPI concurrently.
    ///
    /// ```swift
    /// try MPIEnvironment.requestThreadLevel(.multiple)   // before the first MPI use
    /// ```
    case multiple

    /// The `MPI_THREAD_*` value for this level in the linked MPI library.
    var mpiValue: Int32 {
        switch self {
        case .single: cmpi_thread_single()
        case .funneled: cmpi_thread_funneled()
        case .serialized: cmpi_thread_serialized()
        case .multiple: cmpi_thread_multiple()
        }
    }

    /// The level for an `MPI_THREAD_*` value returned by MPI.
    init(mpiValue: Int32) {
        self = Self.allCases.first { $0.mpiValue == mpiValue } ?? .single
    }

    /// Orders levels by what they allow: `single < funneled < serialized < multiple`.
    ///
    /// ```swift
    /// MPIThreadLevel.multiple > .serialized   // true
    /// ```
    public static func < (lhs: MPIThreadLevel, rhs: MPIThreadLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The level's name in lower case, as in `"serialized"`.
    ///
    /// ```swift
    /// print(MPIThreadLevel.multiple)   // "multiple"
    /// ```
    public var description: String {
        switch self {
        case .single: "single"
        case .funneled: "funneled"
        case .serialized: "serialized"
        case .multiple: "multiple"
        }
    }
}

// MARK: - Environment

/// The MPI runtime of this process: initialised on first use, finalised at
/// exit, with the job's shape (rank, size, ranks on this node) and the lock
/// that serialises MPI calls.
///
/// The first access to ``shared`` calls `MPI_Init_thread` (thread level
/// ``MPIThreadLevel/serialized`` unless `PMAP_MPI_THREAD_MULTIPLE=1` is set or
/// ``requestThreadLevel(_:)`` asked for more), sets `MPI_ERRORS_RETURN` on
/// `MPI_COMM_WORLD` so failures are thrown as ``MPIError`` instead of killing
/// the job, and registers `MPI_Finalize` to run at process exit. A program
/// started without `mpirun` is a world of one rank (MPI's singleton start;
/// for it `PMap` defaults `OMPI_MCA_pml=ob1` and
/// `OMPI_MCA_ess_singleton_isolated=1`, which cut `MPI_Init` from ~380 ms to
/// ~80 ms here, unless those variables are set or
/// `PMAP_MPI_SINGLETON_DEFAULTS=0`).
///
/// ```swift
/// import PMap
///
/// let env = try MPIEnvironment.shared
/// print("rank \(env.rank)/\(env.size), \(env.localRank)/\(env.localSize) on \(env.processorName)")
/// try env.barrier()
/// if env.rank == 0 { print("all ranks arrived") }
/// ```
///
/// Under ``MPIThreadLevel/serialized`` every MPI call this package makes holds
/// one process-wide (recursive) lock; code that calls the C API itself should
/// do the same with ``withLock(_:)``.
public final class MPIEnvironment: Sendable {
    /// This process's rank in `MPI_COMM_WORLD`, in `0..<size`.
    ///
    /// ```swift
    /// if try MPIEnvironment.shared.rank == 0 { print("I write the results") }
    /// ```
    public let rank: Int

    /// The number of ranks in `MPI_COMM_WORLD` (1 when started without `mpirun`).
    ///
    /// ```swift
    /// let shards = try MPIEnvironment.shared.size
    /// ```
    public let size: Int

    /// This process's rank among the ranks on the same node, in `0..<localSize`.
    ///
    /// Read from `OMPI_COMM_WORLD_LOCAL_RANK` when OpenMPI's launcher set it,
    /// else computed with `MPI_Comm_split_type(MPI_COMM_TYPE_SHARED)` during
    /// initialisation (a collective step every rank takes at the same point).
    ///
    /// ```swift
    /// let gpuLikeSlot = try MPIEnvironment.shared.localRank
    /// ```
    public let localRank: Int

    /// The number of ranks on this node (`OMPI_COMM_WORLD_LOCAL_SIZE`, or the
    /// size of the shared-memory communicator).
    ///
    /// ```swift
    /// let env = try MPIEnvironment.shared
    /// let threads = max(1, cpuCount / env.localSize)
    /// ```
    public let localSize: Int

    /// The node's name as MPI reports it (`MPI_Get_processor_name`).
    ///
    /// ```swift
    /// print("running on \(try MPIEnvironment.shared.processorName)")
    /// ```
    public let processorName: String

    /// The thread level MPI provided (it may be lower than requested).
    ///
    /// ```swift
    /// let concurrent = try MPIEnvironment.shared.threadLevel == .multiple
    /// ```
    public let threadLevel: MPIThreadLevel

    /// The MPI library's version string (`MPI_Get_library_version`), for logs.
    ///
    /// ```swift
    /// print(try MPIEnvironment.shared.libraryVersion)   // "Open MPI v4.1.4, package: Debian OpenMPI, …"
    /// ```
    public let libraryVersion: String

    /// Whether this package called `MPI_Init_thread` (and so finalises MPI at
    /// exit); `false` when the host program had initialised MPI already.
    ///
    /// ```swift
    /// if !(try MPIEnvironment.shared.ownsInitialization) { print("MPI was started by the host program") }
    /// ```
    public let ownsInitialization: Bool

    /// `MPI_COMM_WORLD`, wrapped so it can cross threads.
    let world: MPIHandle<MPI_Comm>

    /// Serialises MPI calls below ``MPIThreadLevel/multiple``; recursive so a
    /// checked call may build its ``MPIError`` while holding it.
    private let callLock: RecursiveLock?

    private init(
        rank: Int, size: Int, localRank: Int, localSize: Int, processorName: String,
        threadLevel: MPIThreadLevel, libraryVersion: String, ownsInitialization: Bool,
        world: MPIHandle<MPI_Comm>
    ) {
        self.rank = rank
        self.size = size
        self.localRank = localRank
        self.localSize = localSize
        self.processorName = processorName
        self.threadLevel = threadLevel
        self.libraryVersion = libraryVersion
        self.ownsInitialization = ownsInitialization
        self.world = world
        self.callLock = threadLevel == .multiple ? nil : RecursiveLock()
    }

    // MARK: Lifecycle

    private enum Lifecycle {
        case uninitialized(requested: MPIThreadLevel?)
        case ready(MPIEnvironment)
        case failed(MPIError)
    }

    private static let lifecycle = Mutex<Lifecycle>(.uninitialized(requested: nil))

    /// The process's MPI environment, initialising MPI on first access.
    ///
    /// Safe to read from any thread; the first reader initialises MPI and the
    /// others wait for it. Initialisation failures are remembered and thrown
    /// again on every later access.
    ///
    /// - Throws: ``MPIError`` if `MPI_Init_thread` or the set-up calls fail,
    ///   or if MPI was already finalised.
    ///
    /// ```swift
    /// let env = try MPIEnvironment.shared
    /// print(env.rank, env.size)
    /// ```
    public static var shared: MPIEnvironment {
        get throws(MPIError) {
            try lifecycle.withLock { state throws(MPIError) -> MPIEnvironment in
                switch state {
                case .ready(let environment):
                    return environment
                case .failed(let error):
                    throw error
                case .uninitialized(let requested):
                    do throws(MPIError) {
                        let environment = try initialize(requested: requested ?? defaultThreadLevel())
                        state = .ready(environment)
                        return environment
                    } catch {
                        state = .failed(error)
                        throw error
                    }
                }
            }
        }
    }

    /// Asks for an MPI thread level before MPI is initialised.
    ///
    /// Call it before anything touches MPI (the first ``shared`` access, a
    /// communicator, `pmap`). After initialisation it only checks: it
    /// succeeds when the provided level is at least `level`.
    ///
    /// - Parameter level: The level to pass to `MPI_Init_thread`.
    /// - Throws: ``MPIError`` if MPI is already running at a lower level.
    ///
    /// ```swift
    /// try MPIEnvironment.requestThreadLevel(.multiple)
    /// let env = try MPIEnvironment.shared   // MPI_Init_thread(MPI_THREAD_MULTIPLE)
    /// ```
    public static func requestThreadLevel(_ level: MPIThreadLevel) throws(MPIError) {
        try lifecycle.withLock { state throws(MPIError) in
            switch state {
            case .uninitialized:
                state = .uninitialized(requested: level)
            case .ready(let environment):
                guard environment.threadLevel >= level else {
                    throw MPIError(
                        operation: "MPIEnvironment.requestThreadLevel(.\(level))",
                        message: "MPI is already initialised at thread level \(environment.threadLevel); "
                            + "request .\(level) before the first MPI use, or set PMAP_MPI_THREAD_MULTIPLE=1")
                }
            case .failed(let error):
                throw error
            }
        }
    }

    /// Whether MPI has been initialised in this process, by this package or
    /// by anyone else (`MPI_Initialized`). Does not initialise MPI.
    ///
    /// ```swift
    /// print(MPIEnvironment.isInitialized)   // false until the first MPI use
    /// ```
    public static var isInitialized: Bool {
        var flag: Int32 = 0
        return MPI_Initialized(&flag) == cmpi_success() && flag != 0
    }

    /// Whether MPI has been finalised in this process (`MPI_Finalized`).
    ///
    /// ```swift
    /// assert(!MPIEnvironment.isFinalized)
    /// ```
    public static var isFinalized: Bool {
        var flag: Int32 = 0
        return MPI_Finalized(&flag) == cmpi_success() && flag != 0
    }

    /// `PMAP_MPI_THREAD_MULTIPLE=1` (or `true`/`yes`) selects multiple; else serialized.
    private static func defaultThreadLevel() -> MPIThreadLevel {
        switch environmentValue("PMAP_MPI_THREAD_MULTIPLE")?.lowercased() {
        case "1", "true", "yes", "on": .multiple
        default: .serialized
        }
    }

    /// Runs with the lifecycle lock held: the only place that calls
    /// `MPI_Init_thread`.
    private static func initialize(requested: MPIThreadLevel) throws(MPIError) -> MPIEnvironment {
        if isFinalized {
            throw MPIError(
                operation: "MPIEnvironment.shared",
                message: "MPI has already been finalized in this process and cannot be restarted")
        }
        let world = MPIHandle(cmpi_comm_world())
        var providedRaw: Int32 = 0
        let owns: Bool
        if isInitialized {
            // The host program (or a C library) started MPI: adopt it and
            // leave finalisation to whoever initialised it.
            try check(MPI_Query_thread(&providedRaw), "MPI_Query_thread")
            owns = false
        } else {
            applySingletonDefaults()
            try check(MPI_Init_thread(nil, nil, requested.mpiValue, &providedRaw), "MPI_Init_thread")
            owns = true
            #if canImport(Glibc)
            // on_exit, not atexit: it passes the exit status (see finalizeAtExit).
            on_exit({ status, _ in MPIEnvironment.finalizeAtExit(status: status) }, nil)
            #else
            atexit { MPIEnvironment.finalizeAtExit(status: 0) }
            #endif
        }
        // Errors come back as codes from here on, so they can be thrown.
        try check(MPI_Comm_set_errhandler(world.raw, cmpi_errors_return()), "MPI_Comm_set_errhandler")
        try check(MPI_Comm_set_errhandler(cmpi_comm_self(), cmpi_errors_return()), "MPI_Comm_set_errhandler")

        var rank: Int32 = 0
        var size: Int32 = 0
        try check(MPI_Comm_rank(world.raw, &rank), "MPI_Comm_rank")
        try check(MPI_Comm_size(world.raw, &size), "MPI_Comm_size")
        let (localRank, localSize) = try nodeLocalPosition(world: world.raw)

        return MPIEnvironment(
            rank: Int(rank), size: Int(size), localRank: localRank, localSize: localSize,
            processorName: try processorName(), threadLevel: MPIThreadLevel(mpiValue: providedRaw),
            libraryVersion: try libraryVersion(), ownsInitialization: owns, world: world)
    }

    /// Makes Open MPI's singleton start (a program run without a launcher)
    /// fast: 83 ms instead of 376 ms to `MPI_Init` here. With one rank there is
    /// nothing to connect to, so UCX (`pml ucx`) and the helper daemon Open MPI
    /// forks for `MPI_Comm_spawn` (never used here) only cost time. Variables
    /// the user set win; `PMAP_MPI_SINGLETON_DEFAULTS=0` turns this off.
    private static func applySingletonDefaults() {
        let launcherVariables = ["OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE", "OMPI_MCA_orte_hnp_uri"]
        guard launcherVariables.allSatisfy({ environmentValue($0) == nil }),
              environmentValue("PMAP_MPI_SINGLETON_DEFAULTS") != "0"
        else { return }
        setenv("OMPI_MCA_pml", "ob1", 0)
        setenv("OMPI_MCA_ess_singleton_isolated", "1", 0)
    }

    /// OpenMPI's launcher exports the node-local rank and size; other launchers
    /// (and singletons) get them from a shared-memory split of the world.
    private static func nodeLocalPosition(world: MPI_Comm) throws(MPIError) -> (rank: Int, size: Int) {
        if let rank = environmentValue("OMPI_COMM_WORLD_LOCAL_RANK").flatMap({ Int($0) }),
           let size = environmentValue("OMPI_COMM_WORLD_LOCAL_SIZE").flatMap({ Int($0) }),
           size > 0, (0..<size).contains(rank) {
            return (rank, size)
        }
        var node: MPI_Comm? = nil
        try check(
            MPI_Comm_split_type(world, cmpi_comm_type_shared(), 0, cmpi_info_null(), &node),
            "MPI_Comm_split_type")
        defer { _ = MPI_Comm_free(&node) }
        var rank: Int32 = 0
        var size: Int32 = 0
        try check(MPI_Comm_rank(node, &rank), "MPI_Comm_rank")
        try check(MPI_Comm_size(node, &size), "MPI_Comm_size")
        return (Int(rank), Int(size))
    }

    private static func processorName() throws(MPIError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(cmpi_max_processor_name()) + 1)
        var length: Int32 = 0
        try check(MPI_Get_processor_name(&buffer, &length), "MPI_Get_processor_name")
        return string(from: buffer, length: length)
    }

    private static func libraryVersion() throws(MPIError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(cmpi_max_library_version_string()) + 1)
        var length: Int32 = 0
        try check(MPI_Get_library_version(&buffer, &length), "MPI_Get_library_version")
        // OpenMPI's string ends with a newline and sometimes a NUL inside `length`.
        var text = string(from: buffer, length: length)
        while let last = text.last, last.isNewline || last == "\0" { text.removeLast() }
        return text
    }

    private static func string(from buffer: [CChar], length: Int32) -> String {
        let count = max(0, min(Int(length), buffer.count - 1))
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Registered with `on_exit` (`atexit` without glibc) by the
    /// initialisation that called `MPI_Init_thread`.
    private static func finalizeAtExit(status: Int32) {
        // A rank that exits with a failure status must not finalise:
        // MPI_Finalize waits for every other rank, and they may be waiting in
        // a collective for this one, so the job would hang for ever. Without
        // MPI_Finalize the launcher sees a failed rank and ends the job.
        guard status == 0 else { return }
        // Never hang the exit: if another thread holds a lock (it is stuck in
        // initialisation or in a blocking MPI call), skip MPI_Finalize; the
        // launcher then reports the rank as having exited without finalising.
        let environment: MPIEnvironment?? = lifecycle.withLockIfAvailable { state in
            if case .ready(let environment) = state { return environment }
            return nil
        }
        guard case .some(.some(let environment)) = environment, environment.ownsInitialization else { return }
        let locked = environment.callLock?.lock(timeoutMilliseconds: 1000) ?? true
        guard locked else { return }
        defer { environment.callLock?.unlock() }
        if !isFinalized {
            _ = MPI_Finalize()
        }
    }

    // MARK: Calls

    /// Runs `body` holding the process-wide MPI lock (below thread level
    /// ``MPIThreadLevel/multiple``; without a lock at `multiple`).
    ///
    /// Use it around direct calls to the C API so they never overlap with the
    /// calls this package makes from other threads. The lock is recursive.
    ///
    /// - Parameter body: The code that calls MPI.
    /// - Returns: What `body` returns.
    ///
    /// ```swift
    /// let env = try MPIEnvironment.shared
    /// let now = env.withLock { MPI_Wtime() }
    /// ```
    public func withLock<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let callLock else { return try body() }
        callLock.lock()
        defer { callLock.unlock() }
        return try body()
    }

    /// Calls an MPI function under the lock and throws its error code.
    ///
    /// ```swift
    /// try env.call("MPI_Barrier") { MPI_Barrier(env.world.raw) }
    /// ```
    func call(_ what: @autoclosure () -> String, _ body: () -> Int32) throws(MPIError) {
        let code = withLock { body() }
        try check(code, what())
    }

    /// Blocks until every rank of `MPI_COMM_WORLD` has called `barrier()`.
    ///
    /// - Throws: ``MPIError`` if `MPI_Barrier` fails.
    ///
    /// ```swift
    /// let env = try MPIEnvironment.shared
    /// try env.barrier()   // no rank passes until all arrive
    /// ```
    public func barrier() throws(MPIError) {
        try call("MPI_Barrier") { MPI_Barrier(world.raw) }
    }

    /// Ends the whole job: flushes this rank's output, then calls
    /// `MPI_Abort(MPI_COMM_WORLD, code)`, which makes the launcher kill every
    /// rank and exit with `code`.
    ///
    /// It does not wait long for a thread blocked inside another MPI call: it
    /// aborts anyway after a short grace period.
    ///
    /// - Parameter code: The exit code for the job (default 1).
    ///
    /// ```swift
    /// let env = try MPIEnvironment.shared
    /// guard inputIsValid else {
    ///     print("rank \(env.rank): bad input")
    ///     env.abort(code: 2)
    /// }
    /// ```
    public func abort(code: Int32 = 1) -> Never {
        fflush(nil)
        let locked = callLock?.lock(timeoutMilliseconds: 100) ?? false
        _ = MPI_Abort(world.raw, code)
        if locked { callLock?.unlock() }
        // MPI_Abort does not return in practice; make sure the process ends anyway.
        exit(code)
    }
}

// MARK: - Support

/// An MPI handle (`MPI_Comm`, `MPI_Datatype`, `MPI_Op`, …) that may cross
/// threads.
///
/// OpenMPI's handles are pointers, which Swift 6 does not consider
/// `Sendable`; they refer to objects that MPI itself synchronises (and that
/// this package only uses under ``MPIEnvironment/withLock(_:)`` below thread
/// level multiple), so sharing them is safe.
///
/// ```swift
/// let world = MPIHandle(cmpi_comm_world())
/// MPI_Barrier(world.raw)
/// ```
struct MPIHandle<Raw>: @unchecked Sendable {
    /// The C handle.
    var raw: Raw

    init(_ raw: Raw) { self.raw = raw }
}

/// A recursive pthread mutex (no Foundation), with a bounded try-lock for
/// exit and abort paths.
final class RecursiveLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Tries to take the lock for up to `timeoutMilliseconds`; returns whether it did.
    func lock(timeoutMilliseconds: Int) -> Bool {
        for _ in 0...max(0, timeoutMilliseconds) {
            if pthread_mutex_trylock(mutex) == 0 { return true }
            usleep(1000)
        }
        return false
    }
}

/// `getenv` without Foundation.
func environmentValue(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
