// Sharded `.npy` reading and collective writing. Written to pass at any
// world size (a plain `swift test` is a world of one rank; the same suite
// can run under mpirun): rank 0 makes the scratch directory and tells the
// others, every rank makes the same collective calls in the same order.
// The multi-rank cases (uneven N, N < P, 1-4 ranks) are in pmap-check.

import Foundation
import Testing

@testable import PMap

@Suite("Npy: sharded reading and collective writing", .serialized)
struct ShardedNpyTests {
    /// A directory every rank uses, made by rank 0 and removed by `cleanUp`.
    struct SharedDirectory {
        let path: String
        let world: Communicator

        init() throws {
            world = try Communicator.world
            var made = ""
            if world.rank == 0 {
                made = NSTemporaryDirectory() + "sharded-npy-" + UUID().uuidString
                try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
            }
            path = String(decoding: try world.broadcast(Array(made.utf8), root: 0), as: UTF8.self)
        }

        func file(_ name: String) -> String { path + "/" + name }

        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

        func cleanUp() {
            try? world.barrier()
            if world.rank == 0 { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    /// nil when numpy cannot be run (the reason is printed), else python3's output.
    static func python(_ script: String, _ arguments: [String]) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import numpy"]
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {}
        guard process.terminationStatus == 0 else {
            print("skipping the numpy check: python3 with numpy is not available")
            return nil
        }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        run.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func same(_ a: Tensor, _ b: Tensor) throws -> Bool {
        guard a.shape == b.shape, a.dtype == b.dtype else { return false }
        return try a.withUnsafeBytes { Array($0) } == b.withUnsafeBytes { Array($0) }
    }

    @Test("loadShard reads exactly this rank's balanced rows (= loadRows), for C and Fortran files")
    func loadShardEqualsLoadRows() throws {
        let dir = try SharedDirectory()
        defer { dir.cleanUp() }
        let world = dir.world
        for n in [0, 1, 5, 7, 12] {
            let x = try Random.normal(Random.key(n), shape: [n, 3, 2])
            let p = dir.file("x\(n).npy")
            if world.rank == 0 { try Npy.save(x, to: p) }
            try world.barrier()
            let s = try Npy.loadShard(p)
            let counts = (0..<world.size).map { n / world.size + ($0 < n % world.size ? 1 : 0) }
            #expect(s.counts == counts && s.axis == 0 && s.globalShape == [n, 3, 2])
            let start = counts[..<world.rank].reduce(0, +)
            #expect(s.offset == start)
            #expect(try Self.same(s.local, Npy.loadRows(p, rows: start..<(start + counts[world.rank]))))
            #expect(try Self.same(s.gathered(), x))
        }
        // A Fortran-ordered file: the header says so and the data is the transpose.
        let x = try Random.normal(Random.key(9), shape: [5, 4])
        let p = dir.file("fortran.npy")
        if world.rank == 0 {
            var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
            var dict = Array("{'descr': '<f4', 'fortran_order': True, 'shape': (5, 4), }".utf8)
            dict += [UInt8](repeating: 0x20, count: 64 - (10 + dict.count + 1) % 64) + [0x0A]
            bytes += [UInt8(dict.count & 0xFF), UInt8(dict.count >> 8)] + dict
            bytes += try x.transposed().withUnsafeBytes { Array($0) }
            try Data(bytes).write(to: URL(fileURLWithPath: p))
        }
        try world.barrier()
        #expect(try Npy.header(of: p).fortranOrder)
        #expect(try Self.same(Npy.loadShard(p).gathered(), x))
    }

    @Test("loadShard errors: missing file, 0-d array; every rank throws")
    func loadShardErrors() throws {
        let dir = try SharedDirectory()
        defer { dir.cleanUp() }
        let missing = dir.file("missing.npy")
        let e = #expect(throws: NpyError.self) { try Npy.loadShard(missing) }
        #expect(e?.description == "\(missing): cannot open: No such file or directory")
        let scalar = dir.file("scalar.npy")
        if dir.world.rank == 0 { try Npy.save(Tensor(Float(1)), to: scalar) }
        try dir.world.barrier()
        let s = #expect(throws: NpyError.self) { try Npy.loadShard(scalar) }
        #expect(s?.description == "\(scalar): cannot shard a 0-d array over ranks; use Npy.load")
    }

    @Test("saveCollective of pmapSharded results writes a file numpy and Npy.load read back")
    func saveCollectiveRoundTrip() throws {
        let dir = try SharedDirectory()
        defer { dir.cleanUp() }
        let world = dir.world
        for (n, dtype) in [(7, DType.float32), (1, .float64), (12, .int32), (5, .bool), (0, .float32)] {
            let xs = try Random.normal(Random.key(3), shape: [n, 4])
            let f = { @Sendable (x: Tensor) throws -> Tensor in
                dtype == .bool ? try x .> 0 : try (x * 3 + 1).astype(dtype)
            }
            let y = try pmapSharded(f, axisName: "i")(xs)
            let p = dir.file("y-\(n)-\(dtype).npy")
            try Npy.saveCollective(y, to: p)
            let whole = try vmap(f)(xs)
            #expect(try Self.same(Npy.load(p), whole), "\(n) \(dtype)")
            #expect(try Self.same(Npy.loadShard(p).local, y.local), "\(n) \(dtype)")
            #expect(try Npy.header(of: p).dataOffset % 64 == 0)
        }
        #expect(dir.entries.allSatisfy { !$0.hasPrefix(".") }, "temporary files left: \(dir.entries)")

        // A replicated result (outAxes nil) is written once, by rank 0.
        let total = try pmapSharded({ (x: Tensor) throws -> Tensor in try psum(x, axisName: "i") }, axisName: "i", outAxes: nil)(
            Tensor.arange(6.0, dtype: .float32).reshaped([3, 2]))
        #expect(total.axis == nil)
        let p = dir.file("replicated.npy")
        try Npy.saveCollective(total, to: p)
        #expect(try Npy.load(p).toArray(Float.self) == [6, 9])

        // numpy reads the collective file (checked on rank 0).
        if world.rank == 0 {
            let q = dir.file("y-7-float32.npy")
            let script = "import numpy as np, sys; a = np.load(sys.argv[1]); print(a.dtype, a.shape, repr(a.tobytes().hex()))"
            if let out = try Self.python(script, [q]) {
                let want = try Npy.load(q).withUnsafeBytes { Array($0) }.map { String(format: "%02x", $0) }.joined()
                #expect(out == "float32 (7, 4) '\(want)'\n")
            }
        }
    }

    @Test("a failed collective write leaves no file under the final name, keeps an old one, and throws on every rank")
    func failedCollectiveWrite() throws {
        let dir = try SharedDirectory()
        defer { dir.cleanUp() }
        let world = dir.world
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in try x + 1 }, axisName: "i")(Tensor.arange(10.0, dtype: .float32))
        let p = dir.file("out.npy")
        let failing = world.size - 1
        let e = #expect(throws: NpyError.self) { try Npy.saveCollective(y, to: p, failingRanks: [failing]) }
        #expect(e?.message == "collective write failed on rank \(failing) (rank \(failing): simulated write failure (test)); the temporary file was removed")
        try world.barrier()
        #expect(dir.entries.isEmpty, "left behind: \(dir.entries)")

        // An existing file is kept as it was.
        try Npy.saveCollective(y, to: p)
        let before = try Npy.load(p)
        #expect(throws: NpyError.self) { try Npy.saveCollective(y, to: p, failingRanks: [0]) }
        #expect(try Self.same(Npy.load(p), before))
        try world.barrier()
        #expect(dir.entries == ["out.npy"])

        // The directory does not exist: MPI_File_open fails, nothing is created.
        let nowhere = dir.file("no-such-dir/out.npy")
        let open = #expect(throws: NpyError.self) { try Npy.saveCollective(y, to: nowhere) }
        #expect(open?.message.hasPrefix("cannot create \(dir.path)/no-such-dir/.out.npy.tmp-") == true)
        #expect(open?.message.contains("MPI_File_open") == true)

        // The final name is a directory: the rename fails after the data is written.
        try world.barrier()
        if world.rank == 0 { try FileManager.default.createDirectory(atPath: dir.file("taken.npy"), withIntermediateDirectories: false) }
        try world.barrier()
        let rename = #expect(throws: NpyError.self) { try Npy.saveCollective(y, to: dir.file("taken.npy")) }
        #expect(rename?.message.hasPrefix("cannot rename \(dir.path)/.taken.npy.tmp-") == true)
        #expect(rename?.message.hasSuffix("to the final name: Is a directory") == true)
        try world.barrier()
        #expect(dir.entries == ["out.npy", "taken.npy"])
    }

    @Test("tensors sharded on another axis are refused before any file is made")
    func wrongAxis() throws {
        let dir = try SharedDirectory()
        defer { dir.cleanUp() }
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in x }, axisName: "i", inAxes: 1, outAxes: 1)(
            Tensor.arange(12.0, dtype: .float32).reshaped([3, 4]))
        let p = dir.file("t.npy")
        let e = #expect(throws: NpyError.self) { try Npy.saveCollective(y, to: p) }
        #expect(e?.description == "\(p): saveCollective writes tensors sharded on axis 0, this one is sharded on axis 1 (use outAxes: 0, or gather first)")
        try dir.world.barrier()
        #expect(dir.entries.isEmpty)
    }
}
