// Raw byte access for the layers that move tensors in and out of the process
// (MPI, file I/O). The pointers are valid only inside the closures.

extension Tensor {
    /// Calls `body` with the elements' bytes, row-major (always a non-nil base address).
    ///
    /// ```swift
    /// try x.withUnsafeBytes { bytes in fwrite(bytes.baseAddress, 1, bytes.count, file) }
    /// ```
    /// - Throws: ``ConcretizationError`` for a traced tensor; what `body` throws.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let s = try concreteStorage("withUnsafeBytes")
        return try withExtendedLifetime(s) {
            try body(UnsafeRawBufferPointer(start: s.pointer, count: size * dtype.itemSize))
        }
    }

    /// A new tensor of `shape` and `dtype` whose bytes `body` writes (they
    /// start uninitialised; `body` must write all of them).
    ///
    /// ```swift
    /// let t = try Tensor(shape: [4], dtype: .float32) { bytes in readExactly(fd, into: bytes) }
    /// ```
    public init(shape: [Int], dtype: DType, initializingBytesWith body: (UnsafeMutableRawBufferPointer) throws -> Void) throws {
        let t = try Tensor.uninitialized(ShapedArray(shape: shape, dtype: dtype))
        try body(UnsafeMutableRawBufferPointer(start: t.storage.pointer, count: t.size * dtype.itemSize))
        self = t
    }
}
