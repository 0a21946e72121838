import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The process-wide pool kernels split large work across.
///
/// Threads default to `PMAP_NUM_THREADS`, else the cores of this machine
/// (the PMap module divides by the ranks sharing the node). Work below
/// ``grainSize`` elements runs on the calling thread: dispatch costs more
/// than it saves on small tensors. Work started from a pool thread runs
/// inline (no nested dispatch, so no deadlock and no oversubscription).
///
/// ```swift
/// ThreadPool.threadCount = 4   // kernels now split large work four ways
/// ```
public enum ThreadPool {
    /// Elements below which a kernel stays on the calling thread.
    static let grainSize: Int = 1 << 15

    private static let configured = Mutex(initialThreadCount())

    /// Number of threads kernels split work across.
    ///
    /// ```swift
    /// ThreadPool.threadCount = 1   // e.g. when another level parallelises
    /// ```
    public static var threadCount: Int {
        get { configured.withLock { $0 } }
        set { configured.withLock { $0 = max(1, newValue) } }
    }

    /// `PMAP_NUM_THREADS`, else this node's cores divided by the ranks
    /// sharing it (Open MPI's `OMPI_COMM_WORLD_LOCAL_SIZE`, MPICH's
    /// `MPI_LOCALNRANKS`), at least 1.
    static func initialThreadCount() -> Int {
        if let s = getenv("PMAP_NUM_THREADS"), let n = Int(String(cString: s)), n >= 1 { return n }
        let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        for name in ["OMPI_COMM_WORLD_LOCAL_SIZE", "MPI_LOCALNRANKS"] {
            if let s = getenv(name), let ranks = Int(String(cString: s)), ranks >= 1 { return max(1, cores / ranks) }
        }
        return cores
    }

    /// Runs `body` over `0..<count` split into contiguous chunks, in parallel
    /// when the work is large enough (`count * costPerElement >= grainSize`).
    /// Chunk boundaries depend only on `count` and the thread count; kernels
    /// whose results must not depend on threads keep per-element work
    /// independent of chunking.
    static func parallelFor(_ count: Int, costPerElement: Int = 1, _ body: (Range<Int>) -> Void) {
        // Small work first: no lock, no thread-local lookup (most calls in loops and jit).
        if count < 2 || count &* costPerElement < grainSize {
            body(0..<count)
            return
        }
        let threads = threadCount
        if threads <= 1 || ThreadState.current.inParallelRegion {
            body(0..<count)
            return
        }
        let chunks = min(threads, count)
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = count * c / chunks
                let hi = count * (c + 1) / chunks
                let st = ThreadState.current
                let saved = st.inParallelRegion
                st.inParallelRegion = true
                box.value(lo..<hi)
                st.inParallelRegion = saved
            }
        }
    }
}

/// Carries a non-Sendable value into a parallel region whose tasks touch
/// disjoint memory.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A minimal lock-protected value (Synchronization.Mutex needs newer OS
/// availability annotations on some platforms; this works everywhere).
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private var lock = pthread_mutex_t()

    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return try body(&value)
    }
}
