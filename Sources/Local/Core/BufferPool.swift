/// Storage recycling for loops: while a loop primitive runs, every tensor
/// buffer allocated on its thread comes from this pool, and buffers whose
/// values have died (nothing but the pool references them) are handed out
/// again. After the first iteration a loop body finds every buffer it needs
/// here — its working set is planned by its first iteration and reused, so
/// iterations do not call the allocator, whatever primitives the body holds
/// (dots, gathers, nested loops, conds).
///
/// Only dead buffers are reused: a storage is reclaimed only when the pool
/// holds its last reference (`isKnownUniquelyReferenced`), so no tensor can
/// observe the reuse. The pool belongs to one thread (it lives in
/// ``ThreadState``); kernels' worker threads allocate as usual.
///
/// ```swift
/// try BufferPool.withRecycling { pool in
///     for i in 0..<n {
///         carry = try plan.run(carry)   // allocations come from `pool`
///         pool.reclaim()                // last iteration's dead buffers return
///     }
/// }
/// ```
final class BufferPool {
    /// Dead buffers ready for reuse, grouped by size in bytes (a loop body
    /// has few distinct sizes: a linear search beats hashing).
    private var free: [(byteCount: Int, buffers: [Storage])] = []
    /// Buffers handed out and possibly still alive.
    private var lent: [Storage] = []

    /// A dead buffer of `byteCount` bytes, now lent out, if there is one.
    func reuse(byteCount: Int) -> Storage? {
        for g in free.indices where free[g].byteCount == byteCount {
            guard let s = free[g].buffers.popLast() else { return nil }
            lent.append(s)
            return s
        }
        return nil
    }

    /// Records a new buffer as lent out, to be reclaimed when it dies.
    func lend(_ s: Storage) { lent.append(s) }

    /// Moves every lent buffer that no tensor references any more back to
    /// the free lists. Call it between iterations.
    ///
    /// - Complexity: O(buffers lent).
    func reclaim() {
        var k = 0
        while k < lent.count {
            if isKnownUniquelyReferenced(&lent[k]) {
                let s = lent[k]
                lent.swapAt(k, lent.count - 1)
                lent.removeLast()
                if let g = free.firstIndex(where: { $0.byteCount == s.byteCount }) {
                    free[g].buffers.append(s)
                } else {
                    free.append((s.byteCount, [s]))
                }
            } else {
                k += 1
            }
        }
    }

    /// Runs `body` with this thread's allocations served by a pool: the
    /// enclosing loop's pool when loops nest (an inner loop then reuses its
    /// buffers across the outer loop's iterations too), else a new one that
    /// is dropped afterwards (values still alive keep their buffers).
    ///
    /// ```swift
    /// let ys = try BufferPool.withRecycling { pool in try run(pool) }
    /// ```
    static func withRecycling<R>(_ body: (BufferPool) throws -> R) rethrows -> R {
        let state = ThreadState.current
        if let pool = state.bufferPool { return try body(pool) }
        let pool = BufferPool()
        state.bufferPool = pool
        defer { state.bufferPool = nil }
        return try body(pool)
    }
}

extension Storage {
    /// `byteCount` uninitialised bytes for a tensor: from the thread's
    /// ``BufferPool`` inside a loop, else a fresh allocation. Every tensor
    /// buffer is made here.
    static func allocate(byteCount: Int) throws -> Storage {
        let state = ThreadState.current
        if let s = state.bufferPool?.reuse(byteCount: byteCount) { return s }
        state.allocations &+= 1
        let s = try Storage(byteCount: byteCount)
        state.bufferPool?.lend(s)
        return s
    }
}
