// BatchJob in one process (a world of one rank): the progress record, the
// output lock, and what each mode does with what an earlier run left. The
// multi-rank cases — kills, full disks, injected I/O errors, two jobs at
// once, crashes at every phase — are in scripts/batch-job-tests.sh.

import Foundation
import Testing
import Local

@testable import PMap

@Suite("BatchJob: records, locks and modes", .serialized)
struct BatchJobTests {
    struct Scratch {
        let path = NSTemporaryDirectory() + "batch-job-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        func file(_ name: String) -> String { path + "/" + name }
        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// A deterministic generator for the randomised cases.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let squares: @Sendable (Tensor) throws -> Tensor = { i in try (i * i).astype(.float32).reshaped([-1, 1]) }

    static func bytes(_ path: String) -> [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()) }

    // MARK: Checksums

    @Test func crc32MatchesZlib() {
        #expect(crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(crc32([UInt8]()) == 0)
        var rng = SplitMix(state: 7)
        for n in [1, 7, 8, 9, 63, 64, 1000, 4099] {
            let data = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let sliced = data.withUnsafeBytes { crc32($0) }
            #expect(sliced == crc32(data), "slicing-by-8 and bytewise differ at n=\(n)")
            let split = data.withUnsafeBytes { crc32(UnsafeRawBufferPointer(rebasing: $0[(n / 2)...]), continuing: crc32(Array(data[..<(n / 2)]))) }
            #expect(split == sliced)
        }
    }

    // MARK: The record

    static let identity = JobIdentity(count: 1000, dtype: .float32, rowShape: [3], chunkSize: 64, input: "-", key: "paths=64 seed=1")

    /// A record with every chunk of `identity` finished, and the chunk map it holds.
    static func fullRecord(at path: String) throws -> [Int: UInt32] {
        try JobRecord.create(path, identity: identity)
        var expected: [Int: UInt32] = [:]
        for lo in stride(from: 0, to: 1000, by: 64) {
            let crc = UInt32(truncatingIfNeeded: lo &* 2_654_435_761)
            expected[lo] = crc
            try JobRecord.append(path, chunks: [(range: lo..<min(lo + 64, 1000), crc: crc)])
        }
        return expected
    }

    @Test func recordRoundTrips() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let path = dir.file("out.npy.progress")
        let expected = try Self.fullRecord(at: path)
        let contents = try #require(try JobRecord.read(path, count: 1000, chunkSize: 64))
        #expect(contents.chunks == expected)
        #expect(contents.problems.isEmpty)
        #expect(Self.identity.differences(from: try #require(contents.identity)).isEmpty)
        #expect(!dir.entries.contains("out.npy.progress.new"))
    }

    /// Random damage — bit flips, cut bytes, inserted bytes, truncation, swapped
    /// lines — never makes the record claim a chunk it did not record, or
    /// one with other data: whatever is trusted is exactly what was written.
    @Test func damagedRecordsNeverTrustAWrongChunk() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let path = dir.file("r.progress")
        let expected = try Self.fullRecord(at: path)
        let original = Self.bytes(path)
        var rng = SplitMix(state: 2026)
        var lost = 0
        for _ in 0..<600 {
            var damaged = original
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let i = Int.random(in: 0..<damaged.count, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: damaged[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
                case 1: damaged.remove(at: i)
                case 2: damaged.insert(UInt8.random(in: 0...255, using: &rng), at: i)
                case 3: damaged = Array(damaged[..<i])
                default:
                    var lines = damaged.split(separator: 10, omittingEmptySubsequences: false)
                    if lines.count > 2 { lines.swapAt(1, Int.random(in: 1..<lines.count, using: &rng)) }
                    damaged = Array(lines.joined(separator: [10]))
                }
                if damaged.isEmpty { break }
            }
            let contents = JobRecord.parse(damaged, path: path, count: 1000, chunkSize: 64)
            for (lo, crc) in contents.chunks {
                #expect(expected[lo] == crc, "trusted chunk \(lo) with data \(crc) after damage")
            }
            lost += expected.count - contents.chunks.count
            if let fields = contents.identity {
                #expect(Self.identity.differences(from: fields).isEmpty, "a damaged first line was trusted: \(fields)")
            }
        }
        #expect(lost > 0)
    }

    @Test func recordLinesThatAreNotTheJobsChunksAreIgnored() {
        let head = JobRecord.signed(Self.identity.line)
        let lines = [
            JobRecord.signed("done 0 64 data=0000000a"),
            JobRecord.signed("done 10 74 data=0000000b"),     // misaligned
            JobRecord.signed("done 960 1024 data=0000000c"),  // past the end (the last chunk is 960..<1000)
            JobRecord.signed("done 64 128 data=0000000d"),
            JobRecord.signed("done 64 128 data=0000000e"),    // the same chunk with other data
            JobRecord.signed("done 64 128 data=0000000d"),    // ... and again: still not trusted
            JobRecord.signed("done 0 64 data=0000000a"),      // an identical repeat is harmless
            "done 128 192 data=0000000f crc=00000000\n",      // a bad checksum
            "done 192 256 data=0000",                          // torn at the end
        ]
        let c = JobRecord.parse(Array((head + lines.joined()).utf8), path: "p", count: 1000, chunkSize: 64)
        #expect(c.chunks == [0: 0xa])
        #expect(c.problems.count == 5)
        #expect(c.problems.contains("p line 3 names examples 10..<74, which is not one of the job's chunks; ignored"))
        #expect(c.problems.contains("p line 6 records chunk 64..<128 again with other data; that chunk is computed again"))
        #expect(c.problems.contains("p line 9 is damaged (its checksum does not match); that chunk is computed again"))
        #expect(c.problems.contains("p line 10 is incomplete (the job stopped while writing it); that chunk is computed again"))
    }

    @Test func identityDifferencesNameEachField() {
        var other = Self.identity
        other.count = 1001
        other.key = "paths=128 seed=1"
        other.rowShape = [3, 2]
        let recorded = JobRecord.parse(Array(JobRecord.signed(Self.identity.line).utf8), path: "p", count: 1000, chunkSize: 64).identity!
        #expect(other.differences(from: recorded) == [
            "count 1001 in this run, 1000 in the unfinished one",
            "row [3,2] in this run, [3] in the unfinished one",
            "key 'paths=128 seed=1' in this run, 'paths=64 seed=1' in the unfinished one",
        ])
    }

    @Test func keysSurviveEscaping() {
        var rng = SplitMix(state: 11)
        for _ in 0..<300 {
            let scalars = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                Character(Unicode.Scalar([0x20, 0x25, 0x3d, 0x0a, 0x41, 0xe9, 0x4e2d][Int.random(in: 0..<7, using: &rng)])!)
            }
            let key = String(scalars)
            let escaped = JobRecord.escape(key)
            #expect(!escaped.contains(" ") && !escaped.contains("\n") && !escaped.isEmpty)
            #expect(JobRecord.unescape(escaped) == key)
        }
    }

    // MARK: The lock

    @Test func aSecondOwnerIsRefusedAndAStaleLockIsReclaimed() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let output = dir.file("out.npy")
        let first = try OutputLock(output: output)
        #expect(first.reclaimed == nil)
        let refused = #expect(throws: BatchJobError.self) { try OutputLock(output: output) }
        #expect(refused?.reason == .locked)
        let host = ProcessInfo.processInfo.hostName
        #expect(refused?.message.hasPrefix("another job (pid \(getpid()) on host ") == true)
        #expect(refused?.message.hasSuffix(") is writing \(output)") == true, "\(String(describing: refused)) \(host)")
        first.release()
        #expect(!dir.entries.contains("out.npy.lock"))
        // A lock file whose holder is gone (nothing holds its flock).
        try "pid 999999 on host elsewhere since 2026-01-01T00:00:00Z\n".write(toFile: output + ".lock", atomically: false, encoding: .utf8)
        let second = try OutputLock(output: output)
        #expect(second.reclaimed == "pid 999999 on host elsewhere")
        second.release()
    }

    // MARK: Modes

    @Test func modesAgainstWhatAnEarlierRunLeft() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let clean = dir.file("clean.npy"), out = dir.file("out.npy")
        try BatchJob(count: 1000, output: clean, chunkSize: 64, jobKey: "k", progress: .silent).run(Self.squares)

        // A run that fails part-way leaves its partial file and record, and no lock.
        let failing: @Sendable (Tensor) throws -> Tensor = { i in
            if i.isConcrete, try i.toArray(Int32.self).contains(700) { throw TensorError("deliberate failure at example 700") }
            return try Self.squares(i)
        }
        let failed = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 1000, output: out, chunkSize: 64, jobKey: "k", progress: .silent).run(failing)
        }
        #expect(failed?.reason == .failed)
        #expect(failed?.message == "BatchJob failed while computing and writing chunks: rank 0: deliberate failure at example 700; the finished chunks are kept in \(out).partial for a resume")
        #expect(dir.entries == ["clean.npy", "out.npy.partial", "out.npy.progress"])

        // .new will not throw the recorded work away.
        let unfinished = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 1000, output: out, chunkSize: 64, jobKey: "k", progress: .silent).run(Self.squares)
        }
        #expect(unfinished?.reason == .unfinishedRun)
        #expect(unfinished?.message == "an unfinished run of \(out) is there (\(out).partial, 640 of 1000 examples recorded in \(out).progress); resume it (mode .resume) or start over (mode .overwrite)")

        // A resume of another job is refused, whatever differs.
        let otherKey = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .resume, jobKey: "k2", progress: .silent).run(Self.squares)
        }
        #expect(otherKey?.reason == .differentJob)
        #expect(otherKey?.message == "cannot resume \(out): the unfinished run is another job (key k2 in this run, k in the unfinished one); resume with the same parameters, or start over (mode .overwrite)")
        let otherRow = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .resume, jobKey: "k", progress: .silent)
                .run { i in try concatenate([Self.squares(i), Self.squares(i)], axis: 1) }
        }
        #expect(otherRow?.message.contains("(row [2] in this run, [1] in the unfinished one)") == true)
        let otherType = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .resume, jobKey: "k", progress: .silent)
                .run { i in try Self.squares(i).astype(.float64) }
        }
        #expect(otherType?.message.contains("(dtype float64 in this run, float32 in the unfinished one)") == true)

        // The right resume finishes it, identical to a clean run.
        let report = try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .resume, jobKey: "k", progress: .silent).run(Self.squares)
        #expect(report.resumed == 640 && report.computed == 360 && report.warnings.isEmpty)
        #expect(Self.bytes(out) == Self.bytes(clean))
        #expect(dir.entries == ["clean.npy", "out.npy"])

        // A resume of a finished output does nothing; .overwrite and .new compute again.
        let again = try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .resume, jobKey: "k", progress: .silent).run(Self.squares)
        #expect(again.alreadyComplete && again.computed == 0)
        #expect("\(again)" == "\(out) is already complete (1000 examples): nothing to do; run without resume to compute it again")
        #expect(try BatchJob(count: 1000, output: out, chunkSize: 64, mode: .overwrite, progress: .silent).run(Self.squares).computed == 1000)
        #expect(Self.bytes(out) == Self.bytes(clean))
    }

    @Test func rowsThatDoNotMatchTheirRecordAreComputedAgain() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let clean = dir.file("clean.npy"), out = dir.file("out.npy")
        try BatchJob(count: 300, output: clean, chunkSize: 50, progress: .silent).run(Self.squares)
        let failing: @Sendable (Tensor) throws -> Tensor = { i in
            if i.isConcrete, try i.toArray(Int32.self).contains(250) { throw TensorError("stop") }
            return try Self.squares(i)
        }
        _ = try? BatchJob(count: 300, output: out, chunkSize: 50, progress: .silent).run(failing)
        // Zero rows 50..<100 of the partial file behind the record's back.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out + ".partial"))
        try handle.seek(toOffset: UInt64(128 + 50 * 4))
        handle.write(Data(count: 50 * 4))
        try handle.close()
        let report = try BatchJob(count: 300, output: out, chunkSize: 50, mode: .resume, progress: .silent).run(Self.squares)
        #expect(report.resumed == 200 && report.computed == 100)
        #expect(report.warnings == ["1 recorded chunk did not hold the bytes recorded for it in \(out).partial; computed again"])
        #expect(Self.bytes(out) == Self.bytes(clean))
    }

    @Test func badOutputsAreRefusedBeforeAnyWork() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let asDirectory = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 10, output: dir.path, progress: .silent).run { i in
                if i.isConcrete { throw TensorError("must not run") }
                return try Self.squares(i)
            }
        }
        #expect(asDirectory?.reason == .badOutput)
        #expect(asDirectory?.message == "\(dir.path) is a directory; the output must name a file")
        let missing = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 10, output: dir.file("no/such.npy"), progress: .silent).run(Self.squares)
        }
        #expect(missing?.message == "the output directory \(dir.file("no")) does not exist or is not writable")
        #expect(dir.entries.isEmpty)
    }

    @Test func inputJobsRecordTheirInputsArray() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let input = dir.file("in.npy"), out = dir.file("out.npy")
        try Npy.save(Tensor.arange(0, 40, dtype: .float32).reshaped([20, 2]), to: input)
        let stop: @Sendable (Tensor) throws -> Tensor = { x in
            if x.isConcrete, try x.toArray(Float.self).contains(30) { throw TensorError("stop") }
            return try sum(x, axis: 1, keepDims: true)
        }
        _ = try? BatchJob(count: 20, output: out, chunkSize: 5, progress: .silent).run(input: input, stop)
        try Npy.save(Tensor.arange(0, 60, dtype: .float32).reshaped([20, 3]), to: input)
        let changed = #expect(throws: BatchJobError.self) {
            try BatchJob(count: 20, output: out, chunkSize: 5, mode: .resume, progress: .silent).run(input: input) { x in try sum(x, axis: 1, keepDims: true) }
        }
        #expect(changed?.message.contains("input float32[20,3] in this run, float32[20,2] in the unfinished one") == true)
    }

    @Test func anEmptyJobWritesAnEmptyArray() throws {
        let dir = try Scratch()
        defer { dir.remove() }
        let out = dir.file("empty.npy")
        let report = try BatchJob(count: 0, output: out, progress: .silent).run(Self.squares)
        #expect(report.computed == 0)
        #expect(try Npy.load(out).shape == [0, 1])
    }
}
