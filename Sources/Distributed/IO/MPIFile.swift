// A file opened by every rank of a communicator with MPI-IO, where every
// write is checked byte for byte.
//
// Open MPI 4.1's MPI-IO (ompio, fbtl posix) returns MPI_SUCCESS when the
// underlying pwrite fails — a full disk, an I/O error — and reports the
// shortfall only in the status's element count. So every write here asks for
// the status and compares the count with what it asked to write. On a
// shortfall the rest is written again with plain `pwrite`, only to learn the
// operating system's error for the message: the write still counts as
// failed, whatever that retry does.

import CMPI
import Local

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class MPIFile {
    private var handle: MPI_File?
    private let comm: Communicator
    let path: String

    /// Opens `path` on every rank of `communicator` (collective), write-only;
    /// `create` makes it if it does not exist.
    init(_ path: String, communicator: Communicator, create: Bool = false) throws {
        self.path = path
        self.comm = communicator
        var h: MPI_File? = nil
        let mode = create ? cmpi_mode_create() | cmpi_mode_wronly() : cmpi_mode_wronly()
        try comm.environment.call("MPI_File_open(\(path))") {
            MPI_File_open(comm.handle.raw, path, mode, cmpi_info_null(), &h)
        }
        handle = h
    }

    /// Writes `bytes` at `offset`, this rank alone (`MPI_File_write_at`).
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        var done = 0
        repeat {
            let n = Swift.min(bytes.count - done, 1 << 30)
            try checkedWrite(UnsafeRawBufferPointer(rebasing: bytes[done..<(done + n)]), at: offset + done, collective: false)
            done += n
        } while done < bytes.count
    }

    /// Writes `bytes` (at most 2³⁰) at `offset` as one collective call
    /// (`MPI_File_write_at_all`): every rank calls it the same number of
    /// times, a rank with nothing to write with an empty buffer.
    func writeCollectively(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        precondition(bytes.count <= 1 << 30, "collective MPI-IO writes are at most 2^30 bytes a call")
        try checkedWrite(bytes, at: offset, collective: true)
    }

    /// Truncates or extends the file to `bytes` (collective).
    func setSize(_ bytes: Int) throws {
        try comm.environment.call("MPI_File_set_size(\(path))") { MPI_File_set_size(handle, MPI_Offset(bytes)) }
    }

    /// Flushes every rank's writes to storage (collective).
    func sync() throws {
        try comm.environment.call("MPI_File_sync(\(path))") { MPI_File_sync(handle) }
    }

    /// Closes the file (collective).
    func close() throws {
        guard handle != nil else { return }
        try comm.environment.call("MPI_File_close(\(path))") { MPI_File_close(&handle) }
        handle = nil
    }

    private func checkedWrite(_ bytes: UnsafeRawBufferPointer, at offset: Int, collective: Bool) throws {
        var status = MPI_Status()
        let name = collective ? "MPI_File_write_at_all" : "MPI_File_write_at"
        try comm.environment.call("\(name)(\(path))") {
            collective
                ? MPI_File_write_at_all(handle, MPI_Offset(offset), bytes.baseAddress, Int32(bytes.count), cmpi_byte(), &status)
                : MPI_File_write_at(handle, MPI_Offset(offset), bytes.baseAddress, Int32(bytes.count), cmpi_byte(), &status)
        }
        var written: Int32 = 0
        try comm.environment.call("MPI_Get_count") { MPI_Get_count(&status, cmpi_byte(), &written) }
        guard Int(written) != bytes.count else { return }
        let shortfall = written >= 0 && Int(written) < bytes.count ? Int(written) : 0
        let reason = osError(writing: UnsafeRawBufferPointer(rebasing: bytes[shortfall...]), at: offset + shortfall)
        throw NpyError(path: path, message: "\(name) wrote \(written) of \(bytes.count) bytes at byte \(offset): \(reason)")
    }

    /// The operating system's reason a write of `bytes` at `offset` falls short.
    private func osError(writing bytes: UnsafeRawBufferPointer, at offset: Int) -> String {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return DurableIO.errnoText() }
        defer { Glibc.close(fd) }
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n < 0 ? DurableIO.errnoText() : "no progress writing" }
            done += n
        }
        guard fsync(fd) == 0 else { return DurableIO.errnoText() }
        return "MPI-IO reported a short write, but the same bytes written again gave no error"
    }
}
