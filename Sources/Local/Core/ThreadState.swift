#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-thread interpreter state: the depth of the trace stack, whether the
/// thread is inside a parallel region, and the scoped PRNG implementation.
///
/// Swift has no thread-local declarations and `@TaskLocal` follows tasks, not
/// threads, so this lives behind a pthread key. A pool thread starts with a
/// fresh state (no traces).
final class ThreadState {
    /// Number of transformations (vmap, jit staging, …) active on this thread.
    var traceDepth = 0
    /// True while this thread runs a chunk of a parallel kernel: nested
    /// parallel work runs inline instead of dispatching again.
    var inParallelRegion = false
    /// The PRNG implementation chosen by `Random.withImplementation`.
    var prngImplementation: PRNGImplementation = .partitionable
    /// Named batch traces active on this thread, innermost last (for
    /// `axisIndex` and collectives on values that do not depend on the axis).
    var namedAxes: [(name: String, trace: Trace, axis: BatchAxis)] = []
    /// Where tensor buffers come from while a loop primitive runs (nil: the allocator).
    var bufferPool: BufferPool? = nil
    /// Tensor buffers this thread has obtained from the allocator (tests
    /// check that loop iterations do not allocate).
    var allocations = 0

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        let rc = pthread_key_create(&k) { raw in
            #if canImport(Glibc)
            guard let raw else { return }
            #endif
            Unmanaged<ThreadState>.fromOpaque(raw).release()
        }
        precondition(rc == 0, "pthread_key_create failed")
        return k
    }()

    /// This thread's state, created on first use.
    static var current: ThreadState {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<ThreadState>.fromOpaque(raw).takeUnretainedValue()
        }
        let state = ThreadState()
        pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
        return state
    }
}
