// fault-probe: small rank programs that fail on purpose, for pmaprun's
// failure tests (scripts/failure-tests.sh) and the multi-host test
// (scripts/multihost-test.sh). Every mode starts MPI first, so a failure
// always happens inside a running job.
//
//   fault-probe ok                      every rank: barrier, print "rank R of P on HOST: ok"
//   fault-probe exit CODE               rank --rank calls exit(CODE); the others wait in an allreduce
//   fault-probe exit-without-finalize CODE
//                                       rank --rank calls _exit(CODE): no atexit handlers, no MPI_Finalize
//   fault-probe trap                    rank --rank calls fatalError (SIGILL); the others wait in an allreduce
//   fault-probe hang                    rank --rank sleeps for ever; the others wait in an allreduce
//   fault-probe wait-in-allreduce       ranks 1… block in an allreduce, rank 0 in a barrier on
//                                       another communicator: nothing ever completes (kill one from outside)
//   fault-probe sleep                   every rank sleeps for ever (signal tests)
//   fault-probe loop SECONDS            every rank loops 1 MB allreduces for SECONDS, checking each sum
//   fault-probe save PATH ROWS          Npy.saveCollective of a known int32[ROWS, 256] array (disk-fault tests)
//
// Options: --rank R (the failing rank, default 1, or 0 in a world of one),
// --after S (seconds before the fault, default 0.5: the others are in the
// collective by then), --tag TEXT (ignored: a unique word for `pgrep -f`).
//
// Before a fault the rank prints `rank R: fault <mode> at <ms since epoch>`,
// and every waiting rank prints `rank R pid P waiting in <collective>`
// (flushed), so a test can time the end of the job from the fault and find
// the PIDs to kill.
import PMap

#if canImport(Glibc)
import Glibc
#endif

/// Prints one line on standard output and flushes it (mpirun forwards it at once).
func say(_ line: String) {
    print(line)
    fflush(nil)
}

/// Milliseconds since the epoch, to compare with `date +%s%3N` in scripts.
func epochMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
}

/// This host's name (each simulated host of the multi-host test has its own).
func hostname() -> String {
    var name = [CChar](repeating: 0, count: 256)
    guard gethostname(&name, name.count - 1) == 0 else { return "?" }
    return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

func sleepForever() -> Never {
    while true { sleep(3600) }
}

func usage(_ message: String) -> Never {
    let text = "fault-probe: \(message)\nusage: fault-probe ok|exit CODE|exit-without-finalize CODE|trap|hang|wait-in-allreduce|sleep|loop SECONDS"
        + " [--rank R] [--after S] [--tag T]\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(64)
}

// MARK: Arguments

/// The command line, parsed.
struct Options {
    var positional: [String] = []
    var failingRank: Int?
    var delay = 0.5

    static func parse(_ words: [String]) -> Options {
        var options = Options()
        var words = words[...]
        while let word = words.popFirst() {
            switch word {
            case "--rank":
                guard let value = words.popFirst().flatMap({ Int($0) }) else { usage("--rank needs an integer") }
                options.failingRank = value
            case "--after":
                guard let value = words.popFirst().flatMap({ Double($0) }) else { usage("--after needs seconds") }
                options.delay = value
            case "--tag":
                guard words.popFirst() != nil else { usage("--tag needs a word") }
            default:
                options.positional.append(word)
            }
        }
        return options
    }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let positional = options.positional, failingRank = options.failingRank, delay = options.delay
guard let mode = positional.first else { usage("no mode given") }

// MARK: Job

PMap.main {
    let world = try Communicator.world
    let rank = world.rank, size = world.size
    let target = failingRank ?? (size > 1 ? 1 : 0)

    /// The others wait in an allreduce that cannot complete without `target`.
    func othersWait() throws {
        say("rank \(rank) pid \(getpid()) waiting in allreduce")
        _ = try world.allReduce([Int32(1)], op: .sum)
        say("rank \(rank): allreduce completed (unexpected)")
    }

    func fault(_ what: String) {
        usleep(UInt32(delay * 1_000_000))
        say("rank \(rank): fault \(what) at \(epochMilliseconds())")
    }

    switch mode {
    case "ok":
        try world.barrier()
        say("rank \(rank) of \(size) on \(hostname()): ok")

    case "exit":
        guard positional.count == 2, let code = Int32(positional[1]) else { usage("exit needs a code") }
        guard rank == target else { return try othersWait() }
        fault("exit \(code)")
        exit(code)

    case "exit-without-finalize":
        guard positional.count == 2, let code = Int32(positional[1]) else { usage("exit-without-finalize needs a code") }
        guard rank == target else { return try othersWait() }
        fault("exit-without-finalize \(code)")
        _exit(code)

    case "trap":
        guard rank == target else { return try othersWait() }
        fault("trap")
        fatalError("fault-probe: deliberate trap on rank \(rank)")

    case "hang":
        guard rank == target else { return try othersWait() }
        say("rank \(rank) pid \(getpid()): hanging")
        sleepForever()

    case "wait-in-allreduce":
        let other = try world.dup()
        if rank == 0 {
            say("rank \(rank) pid \(getpid()) waiting in barrier")
            try other.barrier()
        } else {
            try othersWait()
        }

    case "sleep":
        try world.barrier()
        say("rank \(rank) pid \(getpid()) sleeping")
        sleepForever()

    case "loop":
        guard positional.count == 2, let seconds = Double(positional[1]) else { usage("loop needs seconds") }
        let count = 256 * 1024  // 1 MB of Float
        let values = [Float](repeating: Float(rank + 1), count: count)
        let expected = Float(size * (size + 1) / 2)
        let start = epochMilliseconds()
        var rounds = 0
        say("rank \(rank) pid \(getpid()) looping allreduces for \(seconds) s")
        while Double(epochMilliseconds() - start) < seconds * 1000 {
            let sums = try world.allReduce(values, op: .sum)
            guard sums[0] == expected, sums[count - 1] == expected else {
                throw TensorError("allreduce returned \(sums[0]), want \(expected)")
            }
            rounds += 1
            // Every rank must agree when to stop, or one would wait alone.
            if rounds % 8 == 0 {
                let elapsed = try world.allReduce([Int32(epochMilliseconds() - start)], op: .max)[0]
                if Double(elapsed) >= seconds * 1000 { break }
            }
        }
        say("rank \(rank): \(rounds) allreduces ok")

    case "save":
        // Every rank writes its block of a known int32[ROWS, 256] array (row i holds i*256 …).
        guard positional.count == 3, let rows = Int(positional[2]) else { usage("save needs a path and a row count") }
        let whole = try Tensor.arange(0, Double(rows * 256), dtype: .int32).reshaped([rows, 256])
        let block = try pmapSharded({ x in x }, axisName: "i")(whole)
        try Npy.saveCollective(block, to: positional[1])
        say("rank \(rank): saved \(positional[1])")

    default:
        usage("unknown mode '\(mode)'")
    }
}
