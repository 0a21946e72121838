// Fault injection for the batch-job tests: `PMAP_BATCHJOB_CRASH=PHASE[:N]`
// kills rank 0 with SIGKILL at one point of a job, as a power cut or an OOM
// kill would, so a test can check that a resume from exactly that state
// gives the right file. Unset (always, outside tests), it does nothing.
//
//   header     the partial file's header is written, its size not yet set
//   chunk:N    the N-th step's data is written, not yet synced or recorded
//   record:N   the N-th record append is half written (a torn line)
//   rename     every chunk is on disk and recorded; not yet published
//   unlink     published under the final name; the record not yet removed

#if canImport(Glibc)
import Glibc
#endif

enum CrashPoint {
    private static let setting: (phase: String, count: Int)? = {
        guard let raw = getenv("PMAP_BATCHJOB_CRASH") else { return nil }
        let parts = String(cString: raw).split(separator: ":")
        guard let phase = parts.first else { return nil }
        return (String(phase), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()

    /// True when the test asked for a crash at `phase`, occurrence `n` (1-based).
    static func armed(_ phase: String, _ n: Int = 1) -> Bool {
        guard let setting else { return false }
        return setting.phase == phase && setting.count == n
    }

    /// Kills this process now if the test asked for a crash here.
    static func reached(_ phase: String, _ n: Int = 1) {
        if armed(phase, n) { crash() }
    }

    static func crash() -> Never {
        kill(getpid(), SIGKILL)
        _exit(137)
    }
}
