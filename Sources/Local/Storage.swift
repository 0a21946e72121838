#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 64-byte-aligned, contiguous block of memory owned by one or more tensors.
///
/// Tensors share a `Storage` until one of them is mutated (copy-on-write:
/// `isKnownUniquelyReferenced`). Reshapes share storage without copying.
@usableFromInline
final class Storage: @unchecked Sendable {
    /// The first byte; 64-byte aligned so SIMD loads never straddle lines.
    let pointer: UnsafeMutableRawPointer
    /// Size in bytes.
    let byteCount: Int

    static let alignment = 64

    /// The zero-byte storage that traced tensors point at.
    static let empty: Storage = try! Storage(byteCount: 0)

    /// Allocates `byteCount` bytes, uninitialised; throws when the system
    /// refuses (an absurd size never traps).
    init(byteCount: Int) throws {
        var p: UnsafeMutableRawPointer? = nil
        // posix_memalign wants a non-zero size for a distinct pointer.
        let rc = posix_memalign(&p, Storage.alignment, max(byteCount, Storage.alignment))
        guard rc == 0, let p else {
            throw TensorError("cannot allocate \(byteCount) bytes: out of memory")
        }
        self.pointer = p
        self.byteCount = byteCount
    }

    /// Allocates and zero-fills `byteCount` bytes.
    static func allocate(zeroedByteCount byteCount: Int) throws -> Storage {
        let s = try allocate(byteCount: byteCount)
        s.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        return s
    }

    deinit { free(pointer) }

    /// A copy of the first `byteCount` bytes into fresh storage.
    func copy() throws -> Storage {
        let s = try Storage.allocate(byteCount: byteCount)
        s.pointer.copyMemory(from: pointer, byteCount: byteCount)
        return s
    }

    @inline(__always)
    func typed<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        pointer.assumingMemoryBound(to: T.self)
    }
}
