import CMPI
import Local

#if canImport(Glibc)
import Glibc
#endif

/// A long batch job over many ranks: N examples, a function applied to
/// chunks of them, and one `.npy` output with a row per example.
///
/// Each rank takes a balanced, contiguous shard of the examples (as `pmap`
/// does) and processes it in chunks of ``chunkSize``, so memory stays
/// bounded however large N is. Results are written straight into the
/// output file with MPI-IO at their rows' offsets; finished chunks are
/// recorded durably (keyed by global example index) so a killed job can
/// ``resume`` — even on a different number of ranks — and produce the
/// identical file. Until every chunk is done the data lives under
/// `OUTPUT.partial`, so a failed job never leaves a half-written file under
/// the final name. Rank 0 reports progress: a bar on a terminal, a line
/// every few seconds otherwise.
///
/// ```swift
/// let perExample = { @Sendable (i: Tensor) throws -> Tensor in
///     let key = try Random.foldIn(Random.key(0), i)
///     return try mean(Random.normal(key, shape: [1024]))
/// }
/// let report = try BatchJob(count: 1_000_000, output: "results/means.npy")
///     .run(jit(vmap(perExample)))        // receives int32 example indices, one chunk at a time
/// ```
public struct BatchJob: Sendable {
    /// Number of examples (rows of the output).
    ///
    /// ```swift
    /// BatchJob(count: 1_000, output: "out.npy").count   // 1000 rows
    /// ```
    public var count: Int
    /// Path of the output `.npy`.
    ///
    /// ```swift
    /// var job = BatchJob(count: 1_000, output: "out.npy")
    /// job.output = "results/out.npy"
    /// ```
    public var output: String
    /// Examples per chunk and rank.
    ///
    /// ```swift
    /// BatchJob(count: 1_000, output: "out.npy", chunkSize: 256).chunkSize   // 256
    /// ```
    public var chunkSize: Int
    /// Skip chunks a previous run of the same job finished.
    ///
    /// ```swift
    /// try BatchJob(count: 1_000, output: "out.npy", resume: true).run(f)   // skips finished chunks
    /// ```
    public var resume: Bool
    /// How rank 0 reports progress.
    ///
    /// ```swift
    /// BatchJob(count: 1_000, output: "out.npy", progress: .silent).progress
    /// ```
    public var progress: Progress
    /// The ranks to use (default: the world).
    ///
    /// ```swift
    /// BatchJob(count: 1_000, output: "out.npy", communicator: try Communicator.world.dup())
    /// ```
    public var communicator: Communicator?

    /// Where progress goes.
    ///
    /// ```swift
    /// let job = BatchJob(count: 1_000, output: "out.npy", progress: .lines(seconds: 30))
    /// ```
    public enum Progress: Sendable {
        /// A bar when standard output is a terminal (or `PMAP_STDOUT_IS_TTY=1`),
        /// else a line every few seconds.
        case automatic
        /// A line every `seconds` seconds.
        case lines(seconds: Double)
        /// Nothing.
        case silent
    }

    /// What a finished job did.
    ///
    /// ```swift
    /// let report = try job.run(f)
    /// print(report)   // "1000 examples computed (0 resumed) in …"
    /// ```
    public struct Report: Sendable, CustomStringConvertible {
        /// Examples computed in this run (all ranks).
        ///
        /// ```swift
        /// try job.run(f).computed   // 1000 on a fresh run
        /// ```
        public var computed: Int
        /// Examples a previous run had finished.
        ///
        /// ```swift
        /// try job.run(f).resumed   // 0 on a fresh run
        /// ```
        public var resumed: Int
        /// Wall time of the run, in seconds.
        ///
        /// ```swift
        /// let r = try job.run(f)
        /// print(Double(r.computed) / r.seconds, "examples/s")
        /// ```
        public var seconds: Double
        /// The output file.
        ///
        /// ```swift
        /// try job.run(f).output   // "out.npy"
        /// ```
        public var output: String
        public var description: String {
            let rate = seconds > 0 ? Double(computed) / seconds : 0
            return "\(computed) examples computed (\(resumed) resumed) in \(formatSeconds(seconds)), \(Int(rate)) examples/s → \(output)"
        }
    }

    /// Describes a job; nothing runs until ``run(_:)``.
    ///
    /// ```swift
    /// let job = BatchJob(count: 10_000, output: "means.npy", chunkSize: 1024)
    /// ```
    public init(count: Int, output: String, chunkSize: Int = 4096, resume: Bool = false,
                progress: Progress = .automatic, communicator: Communicator? = nil) {
        self.count = count
        self.output = output
        self.chunkSize = chunkSize
        self.resume = resume
        self.progress = progress
        self.communicator = communicator
    }

    /// Runs `f` on every chunk of example indices: `f` receives an int32
    /// tensor of global indices `[lo, hi)` and returns one row per index
    /// (shape `[hi - lo, …]`; usually `jit(vmap(perExample))`).
    ///
    /// - Throws: on every rank, when any rank fails (the `.partial` file and
    ///   the record of finished chunks stay for a resume).
    ///
    /// ```swift
    /// try BatchJob(count: 100, output: "squares.npy").run { i in try (i * i).astype(.float32) }
    /// ```
    @discardableResult
    public func run(_ f: @escaping @Sendable (Tensor) throws -> Tensor) throws -> Report {
        try run(chunkInput: { lo, hi in try Tensor.arange(Double(lo), Double(hi), dtype: .int32) }, f)
    }

    /// Runs `f` on chunks of rows of the `.npy` at `input` (each rank reads
    /// only its rows); `count` must equal the file's leading dimension.
    ///
    /// ```swift
    /// try BatchJob(count: 60_000, output: "norms.npy").run(input: "images.npy") { x in try sum(x * x, axis: 1) }
    /// ```
    @discardableResult
    public func run(input: String, _ f: @escaping @Sendable (Tensor) throws -> Tensor) throws -> Report {
        let header = try Npy.header(of: input)
        guard header.shape.first == count else {
            throw NpyError(path: input, message: "the job has \(count) examples but the file's leading dimension is \(header.shape.first.map(String.init) ?? "missing")")
        }
        return try run(chunkInput: { lo, hi in try Npy.loadRows(input, rows: lo..<hi) }, f)
    }

    func run(chunkInput: (Int, Int) throws -> Tensor, _ f: @escaping @Sendable (Tensor) throws -> Tensor) throws -> Report {
        guard count >= 0, chunkSize >= 1 else {
            throw TensorError("BatchJob needs count >= 0 and chunkSize >= 1, got count=\(count), chunkSize=\(chunkSize)")
        }
        let comm = try communicator ?? Communicator.world
        let started = monotonicSeconds()
        // The output's row type, from the function's shapes (no computation).
        let sample = try makeJaxpr(f)(chunkInput(0, Swift.min(1, count)))
        guard let rowAval = sample.outAvals.first, sample.outAvals.count == 1, rowAval.ndim >= 1 else {
            throw TensorError("BatchJob's function must return one tensor with a leading (example) axis, got \(sample.outAvals.map(\.longDescription))")
        }
        let rowShape = Array(rowAval.shape.dropFirst())
        let header = NpyHeader(dtype: rowAval.dtype, shape: [count] + rowShape)
        let partial = output + ".partial", journal = output + ".progress"

        // Rank 0 prepares the file (fresh, or checked for a resume) and the list of finished ranges.
        var done: [Int64] = []
        let prepared = collectively(comm) { () throws -> [Int64] in
            guard comm.rank == 0 else { return [] }
            return try prepare(header: header, partial: partial, journal: journal)
        }
        switch prepared {
        case .failure(let e): throw e
        case .success(let d): done = try comm.broadcast(d, root: 0)
        }
        let finished = stride(from: 0, to: done.count, by: 2).map { Int(done[$0])..<Int(done[$0 + 1]) }
        let resumed = finished.reduce(0) { $0 + $1.count }

        // This rank's remaining chunks.
        let counts = MPIAxisGroup.balancedCounts(count, over: comm.size)
        let start = counts[..<comm.rank].reduce(0, +), end = start + counts[comm.rank]
        let chunks = remainingChunks(start..<end, finished: finished)
        let steps = Int(try comm.allReduce([Int64(chunks.count)], op: .max)[0])

        let file = try MPIFile(partial, communicator: comm)
        var computed = 0
        let reporter = ProgressReporter(total: count, already: resumed, mode: progress, enabled: comm.rank == 0)
        let rowBytes = rowShape.reduce(1, *) * rowAval.dtype.itemSize
        for step in 0..<steps {
            var failure: String? = nil
            var range: Range<Int>? = nil
            if step < chunks.count {
                let r = chunks[step]
                range = r
                do {
                    let y = try f(chunkInput(r.lowerBound, r.upperBound))
                    guard y.shape == [r.count] + rowShape, y.dtype == rowAval.dtype else {
                        throw TensorError("BatchJob's function returned \(y.aval.longDescription) for \(r.count) examples; expected \(rowAval.dtype.name)\(([r.count] + rowShape).map(String.init))")
                    }
                    try file.write(y, at: header.dataOffset + r.lowerBound * rowBytes)
                } catch {
                    failure = "\(error)"
                    range = nil
                }
            }
            try file.sync()
            // Everyone learns what finished (and whether anyone failed).
            let mine: [Int64] = [Int64(range?.lowerBound ?? -1), Int64(range?.upperBound ?? -1), failure == nil ? 0 : 1]
            let all = try comm.allGather(mine)
            let failedRanks = stride(from: 0, to: all.count, by: 3).filter { all[$0 + 2] != 0 }.map { $0 / 3 }
            if !failedRanks.isEmpty {
                try? file.close()
                throw TensorError(failure.map { "BatchJob failed on rank \(comm.rank): \($0)" }
                                  ?? "BatchJob failed on rank\(failedRanks.count > 1 ? "s" : "") \(failedRanks.map(String.init).joined(separator: ", ")); finished chunks are kept for --resume")
            }
            var newlyDone: [Range<Int>] = []
            for k in stride(from: 0, to: all.count, by: 3) where all[k] >= 0 {
                newlyDone.append(Int(all[k])..<Int(all[k + 1]))
            }
            computed += newlyDone.reduce(0) { $0 + $1.count }
            if comm.rank == 0 { try appendJournal(journal, newlyDone) }
            reporter.update(done: resumed + computed)
        }
        try file.close()
        // All data is on disk: publish the file under its final name.
        let published = collectively(comm) { () throws -> [Int64] in
            if comm.rank == 0 {
                guard rename(partial, output) == 0 else { throw posixError(output, "cannot rename \(partial) into place") }
                unlink(journal)
            }
            return []
        }
        if case .failure(let e) = published { throw e }
        reporter.finish(done: resumed + computed)
        return Report(computed: computed, resumed: resumed, seconds: monotonicSeconds() - started, output: output)
    }

    /// Creates (or checks, for a resume) the partial file; returns finished ranges as [lo, hi, lo, hi, …].
    private func prepare(header: NpyHeader, partial: String, journal: String) throws -> [Int64] {
        if resume, access(partial, F_OK) == 0 {
            let existing = try Npy.header(of: partial)
            guard existing.dtype == header.dtype, existing.shape == header.shape else {
                throw NpyError(path: partial, message: "cannot resume: the unfinished output holds \(existing.dtype.name)\(existing.shape) but this job writes \(header.dtype.name)\(header.shape); remove it or run without --resume")
            }
            return try readJournal(journal)
        }
        unlink(journal)
        let dir = output.contains("/") ? String(output[..<output.lastIndex(of: "/")!]) : "."
        guard access(dir, W_OK) == 0 else { throw posixError(output, "the output directory \(dir) does not exist or is not writable") }
        let fd = open(partial, O_CREAT | O_TRUNC | O_WRONLY, 0o644)
        guard fd >= 0 else { throw posixError(partial, "cannot create") }
        defer { close(fd) }
        let bytes = header.encoded()
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count,
              ftruncate(fd, off_t(header.fileByteCount)) == 0, fsync(fd) == 0 else {
            throw posixError(partial, "cannot write the header")
        }
        let j = open(journal, O_CREAT | O_TRUNC | O_WRONLY, 0o644)
        guard j >= 0 else { throw posixError(journal, "cannot create the progress record") }
        close(j)
        return []
    }

    /// Finished ranges from the progress record, one "lo hi" line each; a
    /// torn or invalid line ends the record (its chunks are simply redone).
    private func readJournal(_ path: String) throws -> [Int64] {
        guard let f = fopen(path, "r") else { return [] }
        defer { fclose(f) }
        var out: [Int64] = []
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, f) > 0, let line {
            let fields = String(cString: line).split(whereSeparator: \.isWhitespace).compactMap { Int64($0) }
            guard fields.count == 2, fields[0] >= 0, fields[1] >= fields[0], fields[1] <= Int64(count) else { break }
            out += fields
        }
        return out
    }

    private func appendJournal(_ path: String, _ ranges: [Range<Int>]) throws {
        guard !ranges.isEmpty else { return }
        let text = ranges.map { "\($0.lowerBound) \($0.upperBound)\n" }.joined()
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw posixError(path, "cannot record progress") }
        defer { close(fd) }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        fsync(fd)
    }

    /// The shard's ranges not yet finished, cut into chunks.
    private func remainingChunks(_ shard: Range<Int>, finished: [Range<Int>]) -> [Range<Int>] {
        var todo: [Range<Int>] = []
        var i = shard.lowerBound
        let sorted = finished.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        while i < shard.upperBound {
            if let f = sorted.first(where: { $0.contains(i) }) { i = f.upperBound; continue }
            let nextDone = sorted.first(where: { $0.lowerBound > i })?.lowerBound ?? shard.upperBound
            let hi = Swift.min(i + chunkSize, nextDone, shard.upperBound)
            todo.append(i..<hi)
            i = hi
        }
        return todo
    }
}

/// Runs `body` where only some ranks may fail, then tells every rank: the
/// first failure's message is rethrown everywhere.
func collectively<T>(_ comm: Communicator, _ body: () throws -> T) -> Result<T, Error> {
    var result: Result<T, Error>
    do { result = .success(try body()) } catch { result = .failure(error) }
    var message: [UInt8] = []
    if case .failure(let e) = result { message = Array("rank \(comm.rank): \(e)".utf8) }
    guard let flags = try? comm.allReduce([Int32(message.isEmpty ? 0 : 1)], op: .max), flags[0] != 0 else { return result }
    if case .failure = result { return result }
    let all = (try? comm.allGather(message)) ?? []
    return .failure(TensorError(String(decoding: all, as: UTF8.self)))
}

/// An output file opened by every rank of a communicator (MPI-IO).
final class MPIFile {
    private var handle: MPI_File?
    private let comm: Communicator
    let path: String

    init(_ path: String, communicator: Communicator) throws {
        self.path = path
        self.comm = communicator
        var h: MPI_File? = nil
        try comm.environment.call("MPI_File_open(\(path))") {
            MPI_File_open(comm.handle.raw, path, cmpi_mode_wronly(), cmpi_info_null(), &h)
        }
        handle = h
    }

    /// Writes a tensor's bytes at `offset` (independent, not collective).
    func write(_ t: Tensor, at offset: Int) throws {
        try t.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let n = Int32(Swift.min(bytes.count - done, 1 << 30))
                try comm.environment.call("MPI_File_write_at(\(path))") {
                    MPI_File_write_at(handle, MPI_Offset(offset + done), bytes.baseAddress! + done, n, cmpi_byte(), cmpi_status_ignore())
                }
                done += Int(n)
            }
        }
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
}

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

func posixError(_ path: String, _ what: String) -> NpyError {
    NpyError(path: path, message: "\(what): \(String(cString: strerror(errno)))")
}
