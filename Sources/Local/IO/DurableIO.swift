// Checked POSIX file operations shared by every writer of the package
// (`Npy.save`, `Npy.saveCollective`, `BatchJob`): every byte written is
// accounted for, every `fsync` result is checked, and a rename or a new file
// is made durable by syncing its directory. Failures are `NpyError`s naming
// the file and the OS error.

import CKernels

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

package enum DurableIO {
    /// `strerror(code)`.
    package static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Writes all of `bytes` at `offset` (or at the file position when nil),
    /// retrying short writes and interrupts; `path` names the file in errors.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int? = nil, path: String) throws {
        var done = 0
        while done < bytes.count {
            let count = min(bytes.count - done, 1 << 30)
            let n = offset.map { pwrite(fd, bytes.baseAddress! + done, count, off_t($0 + done)) }
                ?? write(fd, bytes.baseAddress! + done, count)
            if n < 0 {
                if errno == EINTR { continue }
                throw NpyError(path: path, message: "write failed after \(done) of \(bytes.count) bytes\(offset.map { " at byte \($0)" } ?? ""): \(errnoText())")
            }
            if n == 0 {
                throw NpyError(path: path, message: "write made no progress after \(done) of \(bytes.count) bytes")
            }
            done += n
        }
    }

    /// Fills `buffer` from `offset` with `pread`, retrying short reads and interrupts.
    package static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int, path: String) throws {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, min(buffer.count - done, 1 << 30), off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw NpyError(path: path, message: "read failed at byte \(offset + done): \(errnoText())")
            }
            if n == 0 {
                throw NpyError(path: path, message: "truncated: the file ended at byte \(offset + done) while reading (did it change while being read?)")
            }
            done += n
        }
    }

    /// `fsync(fd)`, as an error naming `path`.
    package static func sync(_ fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw NpyError(path: path, message: "fsync failed: \(errnoText())") }
    }

    /// Allocates the blocks of the first `bytes` of the file, so a disk that
    /// is too small fails now rather than part-way through. A file system
    /// that cannot (`EOPNOTSUPP`) is accepted: its writes are still checked.
    package static func reserveSpace(_ fd: Int32, bytes: Int, path: String) throws {
        let code = pmap_reserve_space(fd, Int64(bytes))
        guard code == 0 || code == EOPNOTSUPP || code == ENOSYS else {
            throw NpyError(path: path, message: "cannot reserve \(bytes) bytes on disk: \(errnoText(code))")
        }
    }

    /// The directory holding `path` ("." for a bare name).
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Makes a rename, a new file or an unlink in `path`'s directory durable.
    /// A file system that cannot sync directories (`EINVAL`) is accepted; any
    /// other failure throws, because the entry may not survive a crash.
    package static func syncDirectory(of path: String) throws {
        let directory = directory(of: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw NpyError(path: directory, message: "cannot open the directory to sync it: \(errnoText())") }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL {
            throw NpyError(path: directory, message: "fsync of the directory failed: \(errnoText())")
        }
    }

    /// Renames `from` to `to` and syncs the directory.
    package static func renameDurably(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw NpyError(path: to, message: "cannot rename \(from) to the final name: \(errnoText())")
        }
        try syncDirectory(of: to)
    }

    /// Removes `path` (absent is fine) and syncs the directory.
    package static func unlinkDurably(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw NpyError(path: path, message: "cannot remove: \(errnoText())")
        }
        try syncDirectory(of: path)
    }

    /// The device and inode of `path`, or nil when it does not exist.
    package static func identity(of path: String) throws -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw NpyError(path: path, message: "cannot stat: \(errnoText())")
        }
        return FileIdentity(info)
    }

    /// What kind of thing `path` is (following links), or nil when nothing is there.
    package static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}

/// A file's device and inode: which file a name points at, not what it holds.
package struct FileIdentity: Equatable, Sendable {
    package let device: UInt64
    package let inode: UInt64
    package let size: Int

    package init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
    }

    package init(descriptor fd: Int32, path: String) throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw NpyError(path: path, message: "cannot stat: \(DurableIO.errnoText())") }
        self.init(info)
    }

    package func sameFile(as other: FileIdentity) -> Bool {
        device == other.device && inode == other.inode
    }
}
