import COpenBLAS

/// GEMM through OpenBLAS, with one level of parallelism at a time: when the
/// pool splits a batch of GEMMs, OpenBLAS runs single-threaded; a single
/// large GEMM gets OpenBLAS's threads and the pool stays idle.
enum BLAS {
    private static let blasThreads = Mutex(-1)

    /// Sets OpenBLAS's thread count if it differs from the last one set.
    static func setThreads(_ n: Int) {
        blasThreads.withLock { current in
            if current != n {
                openblas_set_num_threads(Int32(n))
                current = n
            }
        }
    }

    /// C (M×N, row-major, ldc = N) = op(A) · op(B) for float32.
    @inline(__always)
    static func gemm(_ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
                     _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>) {
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1, a, Int32(transA ? m : k), b, Int32(transB ? k : n), 0, c, Int32(n))
    }

    /// C (M×N, row-major, ldc = N) = op(A) · op(B) for float64.
    @inline(__always)
    static func gemm(_ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
                     _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>) {
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1, a, Int32(transA ? m : k), b, Int32(transB ? k : n), 0, c, Int32(n))
    }
}
