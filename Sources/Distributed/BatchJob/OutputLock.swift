// One job owns an output for its whole life: `OUTPUT.lock`, held with
// `flock` by rank 0 of the job that writes OUTPUT.
//
// The lock file says who holds it (`pid P host H since T`). The kernel drops
// a `flock` when its holder dies, however it dies (SIGKILL, an OOM kill, a
// node reboot on NFSv4), so a lock file whose lock can be taken belongs to a
// job that is gone: it is reclaimed, and the new owner says so. A lock that
// cannot be taken belongs to a running job: the second job stops at once,
// naming the first.
//
// The file is removed by its owner when the job ends (published or failed).
// Taking the lock checks that the locked file is still the one under the
// name, so a job that opened the file just before its owner removed it
// cannot believe it holds a lock nobody else sees.

import Local

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

final class OutputLock {
    let path: String
    let output: String
    private var fd: Int32
    /// `pid P on host H` of a dead job whose lock this one took over, if any.
    let reclaimed: String?

    /// Takes the lock of `output`, or throws naming the job that holds it.
    init(output: String) throws {
        let path = output + ".lock"
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw NpyError(path: path, message: "cannot create the output's lock file: \(DurableIO.errnoText())") }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                let owner = OutputLock.owner(fd)
                close(fd)
                if code == EWOULDBLOCK {
                    throw BatchJobError(.locked, output: output,
                                        "another job (\(owner ?? "whose lock file \(path) says nothing")) is writing \(output)")
                }
                throw NpyError(path: path, message: "cannot lock the output (flock): \(DurableIO.errnoText(code))")
            }
            // The name may have been removed (or replaced) between open and flock.
            guard let current = try DurableIO.identity(of: path),
                  try FileIdentity(descriptor: fd, path: path).sameFile(as: current) else {
                close(fd)
                continue
            }
            let previous = OutputLock.owner(fd)
            var host = [CChar](repeating: 0, count: 256)
            gethostname(&host, host.count - 1)
            let text = Array("pid \(getpid()) on host \(OutputLock.cString(host)) since \(OutputLock.now())\n".utf8)
            do {
                guard ftruncate(fd, 0) == 0 else { throw NpyError(path: path, message: "cannot write the lock file: \(DurableIO.errnoText())") }
                try text.withUnsafeBytes { try DurableIO.writeAll(fd, $0, at: 0, path: path) }
                try DurableIO.sync(fd, path: path)
                try DurableIO.syncDirectory(of: path)
            } catch {
                unlink(path)
                close(fd)
                throw error
            }
            self.output = output
            self.path = path
            self.fd = fd
            reclaimed = previous
            return
        }
        throw NpyError(path: path, message: "the lock file keeps being replaced by another process")
    }

    deinit { release() }

    /// Removes the lock file and drops the lock (the job is over).
    func release() {
        guard fd >= 0 else { return }
        // Still ours under that name? Only then remove it.
        if let current = try? DurableIO.identity(of: path), let mine = try? FileIdentity(descriptor: fd, path: path),
           mine.sameFile(as: current) {
            unlink(path)
            try? DurableIO.syncDirectory(of: path)
        }
        close(fd)
        fd = -1
    }

    /// `pid P on host H since T`, as the holder wrote it.
    private static func owner(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self)
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        // "pid P on host H since T" → "pid P on host H"
        return line.firstRange(of: " since ").map { String(line[..<$0.lowerBound]) } ?? (line.isEmpty ? nil : line)
    }

    private static func cString(_ chars: [CChar]) -> String {
        String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func now() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return cString(buffer)
    }
}
