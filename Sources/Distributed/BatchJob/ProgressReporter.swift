// Rank 0's progress display for a batch job: a bar on a terminal, a line
// every few seconds otherwise.

import Local

#if canImport(Glibc)
import Glibc
#endif

/// Rank 0's progress display.
final class ProgressReporter {
    let total: Int, already: Int, enabled: Bool
    let terminal: Bool, interval: Double
    let start = monotonicSeconds()
    var last = 0.0
    var shown = -1

    init(total: Int, already: Int, mode: BatchJob.Progress, enabled: Bool) {
        self.total = total
        self.already = already
        self.enabled = enabled && { if case .silent = mode { return false }; return true }()
        switch mode {
        case .lines(let s): terminal = false; interval = s
        default:
            let env = getenv("PMAP_STDOUT_IS_TTY").map { String(cString: $0) }
            terminal = env.map { $0 == "1" } ?? (isatty(1) != 0)
            interval = terminal ? 0.2 : 5
        }
    }

    func update(done: Int) {
        guard enabled else { return }
        let now = monotonicSeconds()
        guard now - last >= interval else { return }
        last = now
        emit(done: done, final: false)
    }

    func finish(done: Int) {
        guard enabled else { return }
        if terminal && shown == done { _ = "\n".withCString { Glibc.write(1, $0, 1) }; return }
        emit(done: done, final: true)
    }

    private func emit(done: Int, final: Bool) {
        shown = done
        let elapsed = monotonicSeconds() - start
        let rate = elapsed > 0 ? Double(done - already) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let pct = total > 0 ? 100 * Double(done) / Double(total) : 100
        let text: String
        if terminal {
            let width = 30, filled = Int(Double(width) * pct / 100)
            text = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + "\(done)/\(total) \(Int(rate))/s ETA \(formatSeconds(left))" + (final ? "\n" : "")
        } else {
            text = "progress: \(done)/\(total) examples (\(Int(pct))%), \(Int(rate)) examples/s, ETA \(formatSeconds(left))\n"
        }
        fflush(nil)
        _ = text.withCString { Glibc.write(1, $0, strlen($0)) }
    }
}

func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func formatSeconds(_ s: Double) -> String {
    if s < 60 { return String(Double(Int(s * 10)) / 10) + " s" }
    let m = Int(s) / 60
    return m < 60 ? "\(m) min \(Int(s) % 60) s" : "\(m / 60) h \(m % 60) min"
}

