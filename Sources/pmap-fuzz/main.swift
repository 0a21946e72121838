// pmap-fuzz: a property-based fuzzer of Local's public API. The property:
// no input traps the process or hangs — every call returns or throws.
//
//   pmap-fuzz [--seed S] [--cases N] [--case-timeout SECONDS]
//       runs cases 0..<N of seed S in worker processes (so a trap is caught)
//       and prints a reproducer for each trap or hang; exit 1 if any.
//   pmap-fuzz --seed S --case K
//       runs case K alone in this process and prints what it did.
//
// `make test` runs a bounded number of cases with a fixed seed; run it longer
// with, e.g., `.build/debug/pmap-fuzz --seed $RANDOM --cases 100000`.
//
// A worker announces each case on its standard output before running it, so
// when it dies by a signal, or prints nothing for --case-timeout seconds, the
// supervisor knows the case, records it, and starts a new worker after it.
// Workers run with a 1 GiB address-space limit: a huge allocation must throw,
// not take the machine.

import Local

#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var seed: UInt64 = 1
    var cases = 2000
    var first = 0
    var caseTimeout = 20.0
    var single: Int? = nil
    var worker = false

    static func parse(_ arguments: [String]) -> Options {
        var o = Options()
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--seed": o.seed = UInt64(value()) ?? { fail("--seed needs a non-negative integer") }()
            case "--cases": o.cases = Int(value()).flatMap { $0 >= 0 ? $0 : nil } ?? { fail("--cases needs a non-negative integer") }()
            case "--from": o.first = Int(value()).flatMap { $0 >= 0 ? $0 : nil } ?? { fail("--from needs a non-negative integer") }()
            case "--case": o.single = Int(value()).flatMap { $0 >= 0 ? $0 : nil } ?? { fail("--case needs a non-negative integer") }()
            case "--case-timeout": o.caseTimeout = Double(value()).flatMap { $0 > 0 ? $0 : nil } ?? { fail("--case-timeout needs a positive number of seconds") }()
            case "--worker": o.worker = true
            case "--help", "-h":
                print("usage: pmap-fuzz [--seed S] [--cases N] [--case-timeout SECONDS] | --seed S --case K")
                exit(0)
            default: fail("unknown argument '\(arguments[i])'")
            }
            i += 1
        }
        return o
    }
}

func fail(_ message: String) -> Never {
    var text = "pmap-fuzz: \(message)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func say(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { _ = write(1, $0.baseAddress, $0.count) }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))

// MARK: One case, here

if let k = options.single {
    let c = fuzzCase(seed: options.seed, index: k)
    print("case \(k): \(c.description)")
    do {
        try c.run()
        print("returned")
    } catch {
        print("threw: \(error)")
    }
    exit(0)
}

// MARK: Worker

if options.worker {
    var limit = rlimit(rlim_cur: 1 << 30, rlim_max: 1 << 30)
    setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
    var threw = 0
    for k in options.first..<options.cases {
        let c = fuzzCase(seed: options.seed, index: k)
        say("case \(k)\t\(c.description)")
        do { try c.run() } catch { threw += 1 }
    }
    say("finished \(threw)")
    exit(0)
}

// MARK: Supervisor

struct Finding {
    let index: Int
    let kind: String
    let description: String
}

/// Runs a worker over cases `first..<options.cases`; returns where it stopped.
func runWorker(from first: Int) -> (next: Int, finding: Finding?, threw: Int) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { fail("pipe: \(String(cString: strerror(errno)))") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let me = CommandLine.arguments[0]
    let args = [me, "--worker", "--seed", "\(options.seed)", "--cases", "\(options.cases)", "--from", "\(first)"]
    var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, me, &actions, nil, &argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(fds[1])
    guard rc == 0 else { fail("cannot start a worker (\(me)): \(String(cString: strerror(rc)))") }

    var pending = [UInt8]()
    var current: (index: Int, description: String)? = nil
    var finished: Int? = nil
    var buffer = [UInt8](repeating: 0, count: 65536)
    var hung = false
    while true {
        var p = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
        let ready = poll(&p, 1, Int32(options.caseTimeout * 1000))
        if ready == 0 { hung = true; kill(pid, SIGKILL); break }
        if ready < 0 { if errno == EINTR { continue }; break }
        let n = read(fds[0], &buffer, buffer.count)
        if n <= 0 { break }
        pending += buffer[..<n]
        while let newline = pending.firstIndex(of: 10) {
            let line = String(decoding: pending[..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            if line.hasPrefix("case "), let tab = line.firstIndex(of: "\t"),
               let k = Int(line[line.index(line.startIndex, offsetBy: 5)..<tab]) {
                current = (k, String(line[line.index(after: tab)...]))
            } else if line.hasPrefix("finished ") {
                finished = Int(line.dropFirst(9))
            }
        }
    }
    close(fds[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    if let finished, !hung { return (options.cases, nil, finished) }
    guard let current else { fail("a worker died before its first case (status \(status))") }
    let signal = status & 0x7f
    let kind = hung ? "HANG (no progress for \(options.caseTimeout) s)"
        : signal != 0 ? "TRAP (signal \(signal): \(String(cString: strsignal(signal))))" : "EXIT \((status >> 8) & 0xff)"
    return (current.index + 1, Finding(index: current.index, kind: kind, description: current.description), 0)
}

setenv("SWIFT_BACKTRACE", "enable=no", 1)   // a trapping worker ends at once
let started = monotonic()
var next = 0
var findings: [Finding] = []
var threw = 0
while next < options.cases {
    let (n, finding, t) = runWorker(from: next)
    next = n
    threw += t
    if let finding {
        findings.append(finding)
        say("\(finding.kind) in case \(finding.index): \(finding.description)")
        say("  reproduce: pmap-fuzz --seed \(options.seed) --case \(finding.index)")
    }
}
let seconds = monotonic() - started
let traps = findings.filter { $0.kind.hasPrefix("TRAP") || $0.kind.hasPrefix("EXIT") }.count
let hangs = findings.count - traps
say("fuzz: \(options.cases) cases with seed \(options.seed) in \(Int(seconds * 10) / 10).\(Int(seconds * 10) % 10) s: \(traps) traps, \(hangs) hangs (\(threw) cases threw an error, the rest returned a value)")
exit(findings.isEmpty ? 0 : 1)

func monotonic() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
