// npy-io: throughput of sharded .npy reading (Npy.loadShard) and collective
// writing (Npy.saveCollective) for one float32 file, by default 256 MB.
//
//   swift build -c release --product npy-io
//   pmaprun -n 2 -- .build/release/npy-io [--mb 256] [--dir /tmp] [--repeat 3]
//
// Every timing is bracketed by barriers and reports the whole file's bytes
// over the slowest rank's time. "cold" reads first evict the file from the
// page cache (posix_fadvise DONTNEED on that file only); "warm" reads do not.
// Writes include MPI_File_sync (data on disk before the rename).
import PMap

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func option(_ name: String, _ fallback: String) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return fallback
}

/// Drops the file's pages from the page cache (this file only).
func evict(_ path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
    close(fd)
}

PMap.main {
    let world = try Communicator.world
    let mb = Int(option("--mb", "256"))!
    let dir = option("--dir", "/tmp")
    let repeats = Int(option("--repeat", "3"))!
    let columns = 1024   // 4 KB rows
    let rows = mb * 1024 * 1024 / (columns * 4)
    let bytes = Double(rows * columns * 4)
    let source = dir + "/npy-io-source.npy", target = dir + "/npy-io-target.npy"

    func timed(_ body: () throws -> Void) throws -> Double {
        try world.barrier()
        let t0 = now()
        try body()
        try world.barrier()
        let elapsed = now() - t0
        return try world.allReduce([elapsed], op: .max)[0]
    }
    func report(_ what: String, _ seconds: [Double]) {
        guard world.rank == 0 else { return }
        let best = seconds.min()!, median = seconds.sorted()[seconds.count / 2]
        print("\(what): best \(Int(bytes / best / 1e6)) MB/s (\(Int(best * 1000)) ms), median \(Int(bytes / median / 1e6)) MB/s")
    }

    if world.rank == 0 {
        print("npy-io: \(rows) x \(columns) float32 = \(Int(bytes / 1e6)) MB, \(world.size) rank(s), files in \(dir)")
        // A cheap deterministic fill (the benchmark measures I/O, not the PRNG).
        let x = try Tensor(shape: [rows, columns], dtype: .float32) { bytes in
            let p = bytes.bindMemory(to: Float.self)
            for i in p.indices { p[i] = Float(i % 8191) * 0.5 }
        }
        let t0 = now()
        try Npy.save(x, to: source)
        print("Npy.save (rank 0 alone, with fsync): \(Int(bytes / (now() - t0) / 1e6)) MB/s")
    }
    try world.barrier()

    var cold: [Double] = [], warm: [Double] = [], writes: [Double] = []
    var shard = try Npy.loadShard(source)
    for _ in 0..<repeats {
        if world.rank == 0 { evict(source) }
        cold.append(try timed { shard = try Npy.loadShard(source) })
        warm.append(try timed { shard = try Npy.loadShard(source) })
        writes.append(try timed { try Npy.saveCollective(shard, to: target) })
    }
    report("loadShard, cold cache", cold)
    report("loadShard, warm cache", warm)
    report("saveCollective", writes)

    // The written file is the source, row for row.
    let check = try Npy.loadShard(target)
    let same = try check.local.withUnsafeBytes { a in try shard.local.withUnsafeBytes { b in a.elementsEqual(b) } }
    let allSame = try world.allReduce([same ? 1 : 0], op: .min)[0] == 1
    if world.rank == 0 {
        print("round trip identical: \(allSame)")
        unlink(source)
        unlink(target)
    }
}
