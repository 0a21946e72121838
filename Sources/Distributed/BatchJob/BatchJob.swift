import CMPI
import Local

#if canImport(Glibc)
import Glibc
#endif

/// A long batch job over many ranks: N examples, a function applied to
/// chunks of them, and one `.npy` output with a row per example.
///
/// The examples are cut into chunks of ``chunkSize`` (chunk k holds examples
/// `k·chunkSize ..< (k+1)·chunkSize`), and each rank takes a balanced,
/// contiguous run of chunks, so memory stays bounded however large N is.
/// Results are written straight into `OUTPUT.partial` with MPI-IO at their
/// rows' offsets, every write checked; each finished chunk is recorded
/// durably, with a checksum of its bytes, in `OUTPUT.progress`, whose first
/// line identifies the job. A killed job can be resumed (``Mode/resume``) —
/// even on a different number of ranks — and gives the identical file; a
/// resume of another job (other parameters, other ``jobKey``) is refused.
/// One job at a time owns an output (`OUTPUT.lock`). Only when every chunk
/// is on disk does `OUTPUT.partial` become `OUTPUT`, so a failed job never
/// leaves a wrong or half-written file under the final name. Rank 0 reports
/// progress: a bar on a terminal, a line every few seconds otherwise.
///
/// ```swift
/// let perExample = { @Sendable (i: Tensor) throws -> Tensor in
///     let key = try Random.foldIn(Random.key(0), i)
///     return try mean(Random.normal(key, shape: [1024]))
/// }
/// let report = try BatchJob(count: 1_000_000, output: "results/means.npy", jobKey: "normal-1024")
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
    /// Examples per chunk: the unit of work, of checkpointing and of memory.
    /// Part of the job's identity (a resume must use the same value).
    ///
    /// ```swift
    /// BatchJob(count: 1_000, output: "out.npy", chunkSize: 256).chunkSize   // 256
    /// ```
    public var chunkSize: Int
    /// What to do with an unfinished run of the same output.
    ///
    /// ```swift
    /// try BatchJob(count: 1_000, output: "out.npy", mode: .resume).run(f)   // skips finished chunks
    /// ```
    public var mode: Mode
    /// Everything besides the count, the row type and the chunk size that
    /// decides what the rows hold — the function's parameters, a model
    /// version. It is stored in the progress record, and a resume whose key
    /// differs is refused, so rows of two different jobs never mix in one file.
    ///
    /// ```swift
    /// BatchJob(count: 200_000, output: "prices.npy", jobKey: "paths=1024 seed=2024")
    /// ```
    public var jobKey: String
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

    /// What a run does when it finds an unfinished run of its output
    /// (`OUTPUT.partial` with its progress record).
    ///
    /// ```swift
    /// let mode: BatchJob.Mode = CommandLine.arguments.contains("--resume") ? .resume : .new
    /// ```
    public enum Mode: Sendable, Equatable {
        /// Start from nothing; refuse (``BatchJobError/Reason-swift.enum/unfinishedRun``)
        /// if an unfinished run has recorded work, rather than throw it away.
        /// An existing finished output is replaced when the new one is complete.
        case new
        /// Continue the unfinished run: skip every chunk that is recorded and
        /// whose bytes check out. Refused if the run was another job
        /// (``BatchJobError/Reason-swift.enum/differentJob``); starts from nothing
        /// if there is nothing to resume; does nothing if the output is
        /// already complete.
        case resume
        /// Discard any unfinished run and start from nothing.
        case overwrite
    }

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
        /// Nothing (warnings still reach ``Report/warnings``).
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
        /// Examples a previous run had finished (recorded, with bytes that check out).
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
        /// True when a resume found the output already complete and did nothing.
        ///
        /// ```swift
        /// if try job.run(f).alreadyComplete { print("nothing to do") }
        /// ```
        public var alreadyComplete: Bool
        /// What the run did not trust and redid: damaged record lines, chunks
        /// whose bytes did not match their record, a reclaimed stale lock.
        /// Rank 0 also prints them on standard error (unless progress is silent).
        ///
        /// ```swift
        /// for w in try job.run(f).warnings { print("warning:", w) }
        /// ```
        public var warnings: [String]

        public var description: String {
            if alreadyComplete {
                return "\(output) is already complete (\(resumed) examples): nothing to do; run without resume to compute it again"
            }
            let rate = seconds > 0 ? Double(computed) / seconds : 0
            return "\(computed) examples computed (\(resumed) resumed) in \(formatSeconds(seconds)), \(Int(rate)) examples/s → \(output)"
        }
    }

    /// Describes a job; nothing runs until ``run(_:)``.
    ///
    /// ```swift
    /// let job = BatchJob(count: 10_000, output: "means.npy", chunkSize: 1024, mode: .resume, jobKey: "v3")
    /// ```
    public init(count: Int, output: String, chunkSize: Int = 4096, mode: Mode = .new, jobKey: String = "",
                progress: Progress = .automatic, communicator: Communicator? = nil) {
        self.count = count
        self.output = output
        self.chunkSize = chunkSize
        self.mode = mode
        self.jobKey = jobKey
        self.progress = progress
        self.communicator = communicator
    }

    /// Runs `f` on every chunk of example indices: `f` receives an int32
    /// tensor of global indices `[lo, hi)` and returns one row per index
    /// (shape `[hi - lo, …]`; usually `jit(vmap(perExample))`).
    ///
    /// - Throws: ``BatchJobError``, the same on every rank, when any rank
    ///   fails (`OUTPUT.partial` and its record stay for a resume), when an
    ///   unfinished run is in the way, or when another job owns the output.
    ///
    /// ```swift
    /// try BatchJob(count: 100, output: "squares.npy").run { i in try (i * i).astype(.float32) }
    /// ```
    @discardableResult
    public func run(_ f: @escaping @Sendable (Tensor) throws -> Tensor) throws -> Report {
        try run(input: nil, chunkInput: { lo, hi in try Tensor.arange(Double(lo), Double(hi), dtype: .int32) }, f)
    }

    /// Runs `f` on chunks of rows of the `.npy` at `input` (each rank reads
    /// only its rows); `count` must equal the file's leading dimension. The
    /// input's dtype and shape are part of the job's identity.
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
        let description = "\(header.dtype.name)[\(header.shape.map(String.init).joined(separator: ","))]"
        return try run(input: description, chunkInput: { lo, hi in try Npy.loadRows(input, rows: lo..<hi) }, f)
    }

    func run(input: String?, chunkInput: (Int, Int) throws -> Tensor, _ f: @escaping @Sendable (Tensor) throws -> Tensor) throws -> Report {
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
        guard header.fileByteCount < Int.max else {
            throw TensorError("BatchJob's output \(rowAval.dtype.name)\(([count] + rowShape).map(String.init)) is too large to address")
        }
        let identity = JobIdentity(count: count, dtype: rowAval.dtype, rowShape: rowShape, chunkSize: chunkSize,
                                   input: input ?? "-", key: jobKey)
        let files = JobFiles(output: output)

        // 1. Rank 0 takes the output's lock and decides what is already done.
        var lock: OutputLock? = nil
        defer { lock?.release() }
        var partialIdentity: FileIdentity? = nil
        var decision: Result<([Int64], String), Error> = .success(([], ""))
        if comm.rank == 0 {
            do {
                try checkOutputPath()
                let taken = try OutputLock(output: output)
                lock = taken
                let prepared = try prepare(identity: identity, header: header, files: files)
                partialIdentity = prepared.partial
                let warnings = (taken.reclaimed.map { ["took over the lock of a job that is no longer running (\($0))"] } ?? []) + prepared.warnings
                let encoded: [Int64] = [prepared.alreadyComplete ? 1 : 0] + prepared.recorded.flatMap { [Int64($0.key), Int64($0.value)] }
                decision = .success((encoded, warnings.joined(separator: "\n")))
            } catch {
                decision = .failure(error)
            }
        }
        let (plan, planText) = try decidedByRank0(comm, output: output, decision)
        var warnings = planText.isEmpty ? [] : planText.split(separator: "\n").map(String.init)
        let announce = comm.rank == 0 && { if case .silent = progress { return false }; return true }()
        func warn(_ lines: [String]) {
            guard announce else { return }
            for line in lines { _ = "BatchJob: \(line)\n".withCString { write(2, $0, strlen($0)) } }
        }
        warn(warnings)
        if plan[0] == 1 {
            return Report(computed: 0, resumed: count, seconds: monotonicSeconds() - started, output: output,
                          alreadyComplete: true, warnings: warnings)
        }
        var recorded: [Int: UInt32] = [:]
        for k in stride(from: 1, to: plan.count, by: 2) { recorded[Int(plan[k])] = UInt32(truncatingIfNeeded: plan[k + 1]) }

        // 2. This rank's chunks; those recorded are trusted only if their bytes check out.
        let rowBytes = header.rowByteCount
        let chunks = chunksOfRank(comm.rank, of: comm.size)
        let verified = collectively(comm) { () throws -> [Range<Int>] in
            try verifiedChunks(chunks, recorded: recorded, partial: files.partial, header: header)
        }
        let done = try jobOutcome(verified, files: files, during: "checking the finished chunks")
        let todo = chunks.filter { !done.contains($0) }
        let doneHere = done.reduce(0) { $0 + $1.count }
        let recordedHere = chunks.filter { recorded[$0.lowerBound] != nil }.count
        let totals = try comm.allReduce([Int64(doneHere), Int64(recordedHere - done.count), Int64(todo.count)], op: .sum)
        let resumed = Int(totals[0])
        if totals[1] > 0 {
            let note = "\(totals[1]) recorded chunk\(totals[1] == 1 ? "" : "s") did not hold the bytes recorded for \(totals[1] == 1 ? "it" : "them") in \(files.partial); computed again"
            warnings.append(note)
            warn([note])
        }
        let steps = Int(try comm.allReduce([Int64(todo.count)], op: .max)[0])

        // 3. Compute and write, one chunk per rank per step; everyone learns every outcome.
        let file = try jobOutcome(collectively(comm) { try MPIFile(files.partial, communicator: comm) },
                                  files: files, during: "opening the output")
        var computed = 0
        let reporter = ProgressReporter(total: count, already: resumed, mode: progress, enabled: comm.rank == 0)
        for step in 0..<steps {
            let chunk: Range<Int>? = step < todo.count ? todo[step] : nil
            let written = collectively(comm) { () throws -> UInt32 in
                guard let r = chunk else { return 0 }
                let y = try f(chunkInput(r.lowerBound, r.upperBound))
                guard y.shape == [r.count] + rowShape, y.dtype == rowAval.dtype else {
                    throw TensorError("BatchJob's function returned \(y.aval.longDescription) for \(r.count) examples; expected \(rowAval.dtype.name)\(([r.count] + rowShape).map(String.init))")
                }
                return try y.withUnsafeBytes { bytes in
                    try file.write(bytes, at: header.dataOffset + r.lowerBound * rowBytes)
                    return crc32(bytes)
                }
            }
            if comm.rank == 0 { CrashPoint.reached("chunk", step + 1) }
            let crc = try jobOutcome(written, files: files, during: "computing and writing chunks")
            _ = try jobOutcome(collectively(comm) { try file.sync() }, files: files, during: "syncing the output")
            let mine: [Int64] = [Int64(chunk?.lowerBound ?? -1), Int64(chunk?.upperBound ?? -1), Int64(crc)]
            let all = try comm.allGather(mine)
            let finished = stride(from: 0, to: all.count, by: 3).filter { all[$0] >= 0 }.map {
                (range: Int(all[$0])..<Int(all[$0 + 1]), crc: UInt32(truncatingIfNeeded: all[$0 + 2]))
            }
            _ = try jobOutcome(collectively(comm) { if comm.rank == 0 { try JobRecord.append(files.record, chunks: finished, step: step + 1) } },
                               files: files, during: "recording progress")
            computed += finished.reduce(0) { $0 + $1.range.count }
            reporter.update(done: resumed + computed)
        }
        _ = try jobOutcome(collectively(comm) { try file.close() }, files: files, during: "closing the output")

        // 4. Every chunk is on disk: publish under the final name.
        _ = try jobOutcome(collectively(comm) { () throws -> Void in
            guard comm.rank == 0, let partialIdentity else { return }
            guard let now = try DurableIO.identity(of: files.partial), now.sameFile(as: partialIdentity) else {
                throw BatchJobError(.failed, output: output, "\(files.partial) is no longer the file this job wrote (something replaced or removed it); nothing was published")
            }
            CrashPoint.reached("rename")
            try DurableIO.renameDurably(files.partial, to: output)
            CrashPoint.reached("unlink")
            try DurableIO.unlinkDurably(files.record)
        }, files: files, during: "publishing the output")
        lock?.release()
        reporter.finish(done: resumed + computed)
        return Report(computed: computed, resumed: resumed, seconds: monotonicSeconds() - started, output: output,
                      alreadyComplete: false, warnings: warnings)
    }

    // MARK: Chunks

    /// The job's chunks that `rank` of `size` computes: a balanced, contiguous run of them.
    func chunksOfRank(_ rank: Int, of size: Int) -> [Range<Int>] {
        let chunkCount = count == 0 ? 0 : (count - 1) / chunkSize + 1
        let counts = MPIAxisGroup.balancedCounts(chunkCount, over: size)
        let first = counts[..<rank].reduce(0, +)
        return (first..<(first + counts[rank])).map { k in
            let lo = k * chunkSize
            return lo..<(lo + Swift.min(chunkSize, count - lo))
        }
    }

    /// The chunks among `chunks` that are recorded and whose bytes in the
    /// partial file have the recorded checksum.
    private func verifiedChunks(_ chunks: [Range<Int>], recorded: [Int: UInt32], partial: String, header: NpyHeader) throws -> [Range<Int>] {
        let candidates = chunks.filter { recorded[$0.lowerBound] != nil }
        guard !candidates.isEmpty else { return [] }
        let fd = open(partial, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw NpyError(path: partial, message: "cannot open to check the finished chunks: \(DurableIO.errnoText())") }
        defer { close(fd) }
        var buffer = [UInt8]()
        return try candidates.filter { r in
            let n = r.count * header.rowByteCount
            if buffer.count < n { buffer = [UInt8](repeating: 0, count: n) }
            let crc = try buffer.withUnsafeMutableBytes { b -> UInt32 in
                let slice = UnsafeMutableRawBufferPointer(rebasing: b[0..<n])
                try DurableIO.readAll(fd, into: slice, at: header.dataOffset + r.lowerBound * header.rowByteCount, path: partial)
                return crc32(UnsafeRawBufferPointer(slice))
            }
            return crc == recorded[r.lowerBound]
        }
    }

    // MARK: Preparing (rank 0, holding the lock)

    private struct Prepared {
        var alreadyComplete = false
        var recorded: [Int: UInt32] = [:]
        var warnings: [String] = []
        var partial: FileIdentity?
    }

    /// Looks at what a previous run left and, per ``mode``, resumes it,
    /// refuses, or starts over (a new record and partial file).
    private func prepare(identity: JobIdentity, header: NpyHeader, files: JobFiles) throws -> Prepared {
        let record = try JobRecord.read(files.record, count: count, chunkSize: chunkSize)
        let partialIdentity = try DurableIO.identity(of: files.partial)
        let recordedExamples = (record?.chunks.keys).map { $0.reduce(0) { $0 + Swift.min(chunkSize, count - $1) } } ?? 0

        switch mode {
        case .overwrite:
            return try startOver(identity: identity, header: header, files: files)
        case .new:
            if let record, !record.chunks.isEmpty, partialIdentity != nil {
                throw BatchJobError(.unfinishedRun, output: output,
                                    "an unfinished run of \(output) is there (\(files.partial), \(recordedExamples) of \(count) examples recorded in \(files.record)); resume it (mode .resume) or start over (mode .overwrite)")
            }
            return try startOver(identity: identity, header: header, files: files)
        case .resume:
            break
        }

        // Resume: trust nothing that does not check out.
        guard let record else {
            if partialIdentity == nil, let complete = try alreadyComplete(header: header) { return complete }
            return try startOver(identity: identity, header: header, files: files)
        }
        guard let recordedIdentity = record.identity else {
            var fresh = try startOver(identity: identity, header: header, files: files)
            if !record.chunks.isEmpty || record.identityProblem != "it is empty" {
                fresh.warnings.append("\(files.record) cannot be trusted (\(record.identityProblem ?? "damaged")), so it is not known which job wrote \(files.partial): starting over")
            }
            return fresh
        }
        let differences = identity.differences(from: recordedIdentity)
        if !differences.isEmpty {
            throw BatchJobError(.differentJob, output: output,
                                "cannot resume \(output): the unfinished run is another job (\(differences.joined(separator: "; "))); resume with the same parameters, or start over (mode .overwrite)")
        }
        guard let partialIdentity else {
            if let complete = try alreadyComplete(header: header) {
                try DurableIO.unlinkDurably(files.record)   // the last run stopped between publishing and cleaning up
                return complete
            }
            var fresh = try startOver(identity: identity, header: header, files: files)
            if !record.chunks.isEmpty { fresh.warnings.append("\(files.partial) is missing: starting over") }
            return fresh
        }
        if let problem = partialProblem(files.partial, header: header, size: partialIdentity.size) {
            var fresh = try startOver(identity: identity, header: header, files: files)
            if !record.chunks.isEmpty { fresh.warnings.append("\(files.partial) cannot be used (\(problem)): starting over") }
            return fresh
        }
        return Prepared(recorded: record.chunks, warnings: record.problems, partial: partialIdentity)
    }

    /// Refuses, before any work, an output that cannot be written.
    private func checkOutputPath() throws {
        if output.isEmpty || output.hasSuffix("/") || DurableIO.kind(of: output) == S_IFDIR {
            throw BatchJobError(.badOutput, output: output, "\(output) is a directory; the output must name a file")
        }
        let directory = DurableIO.directory(of: output)
        guard DurableIO.kind(of: directory) == S_IFDIR, access(directory, W_OK) == 0 else {
            throw BatchJobError(.badOutput, output: output, "the output directory \(directory) does not exist or is not writable")
        }
    }

    /// The finished output, when it is there and holds this job's array type.
    private func alreadyComplete(header: NpyHeader) throws -> Prepared? {
        guard DurableIO.kind(of: output) == S_IFREG else { return nil }
        let existing = try Npy.header(of: output)
        guard existing.dtype == header.dtype, existing.shape == header.shape else {
            throw BatchJobError(.differentJob, output: output,
                                "\(output) exists and holds \(existing.dtype.name)\(existing.shape), but this job writes \(header.dtype.name)\(header.shape): nothing to resume; run without resume to replace it")
        }
        return Prepared(alreadyComplete: true)
    }

    /// Why the partial file cannot hold this job's rows, or nil.
    private func partialProblem(_ partial: String, header: NpyHeader, size: Int) -> String? {
        guard size == header.fileByteCount else { return "it has \(size) bytes, the job's file has \(header.fileByteCount)" }
        guard let existing = try? Npy.header(of: partial) else { return "its header cannot be read" }
        guard existing.dtype == header.dtype, existing.shape == header.shape, existing.dataOffset == header.dataOffset else {
            return "it holds \(existing.dtype.name)\(existing.shape), the job writes \(header.dtype.name)\(header.shape)"
        }
        return nil
    }

    /// A new record and an empty partial file of the final size, with its
    /// space reserved, so a disk that is too small fails now, not hours later.
    private func startOver(identity: JobIdentity, header: NpyHeader, files: JobFiles) throws -> Prepared {
        try DurableIO.unlinkDurably(files.partial)
        try JobRecord.create(files.record, identity: identity)
        let fd = open(files.partial, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw NpyError(path: files.partial, message: "cannot create: \(DurableIO.errnoText())") }
        do {
            let bytes = header.encoded()
            try bytes.withUnsafeBytes { try DurableIO.writeAll(fd, $0, at: 0, path: files.partial) }
            CrashPoint.reached("header")
            guard ftruncate(fd, off_t(header.fileByteCount)) == 0 else {
                throw NpyError(path: files.partial, message: "cannot size it to \(header.fileByteCount) bytes: \(DurableIO.errnoText())")
            }
            try DurableIO.reserveSpace(fd, bytes: header.fileByteCount, path: files.partial)
            try DurableIO.sync(fd, path: files.partial)
            let made = try FileIdentity(descriptor: fd, path: files.partial)
            close(fd)
            try DurableIO.syncDirectory(of: files.partial)
            return Prepared(partial: made)
        } catch {
            close(fd)
            unlink(files.partial)
            throw error
        }
    }
}

/// The files next to a batch job's output.
struct JobFiles {
    let partial: String, record: String

    init(output: String) {
        partial = output + ".partial"
        record = output + ".progress"
    }
}

/// Why a batch job stopped; the same error on every rank.
///
/// ```swift
/// do {
///     try BatchJob(count: 1000, output: "out.npy").run(f)
/// } catch let e as BatchJobError where e.reason == .unfinishedRun {
///     print("rerun with --resume:", e.message)
/// }
/// ```
public struct BatchJobError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kinds of failure a caller may want to tell apart.
    ///
    /// ```swift
    /// if e.reason == .locked { print("another job owns it") }
    /// ```
    public enum Reason: Int, Sendable {
        /// Mode ``BatchJob/Mode/new`` found recorded work of an unfinished run.
        case unfinishedRun = 1
        /// A resume found another job's unfinished run or finished output.
        case differentJob
        /// Another running job owns the output.
        case locked
        /// The output path cannot be written (a directory, no such directory).
        case badOutput
        /// A rank failed while computing, writing, recording or publishing.
        case failed
    }

    /// Which kind of failure.
    ///
    /// ```swift
    /// switch e.reason { case .locked: retryLater(); default: throw e }
    /// ```
    public let reason: Reason
    /// The job's output path.
    ///
    /// ```swift
    /// print(e.output)   // "results/prices.npy"
    /// ```
    public let output: String
    /// What happened and what to do, naming the rank and file where one failed.
    ///
    /// ```swift
    /// print(e.message)
    /// ```
    public let message: String

    init(_ reason: Reason, output: String, _ message: String) {
        self.reason = reason
        self.output = output
        self.message = message
    }

    public var description: String { message }
}

extension BatchJob {
    /// Gives every rank rank 0's `decision`: the numbers and text it
    /// returned, or its error — the same ``BatchJobError`` on every rank.
    fileprivate func decidedByRank0(_ comm: Communicator, output: String,
                                    _ decision: Result<([Int64], String), Error>) throws -> ([Int64], String) {
        var numbers: [Int64] = [], text = "", reason = 0
        if comm.rank == 0 {
            switch decision {
            case .success(let value): (numbers, text) = value
            case .failure(let e as BatchJobError):
                reason = e.reason.rawValue
                text = e.message
            case .failure(let e):
                reason = BatchJobError.Reason.failed.rawValue
                text = "rank 0: \(e)"
            }
        }
        let status = try comm.broadcast([Int64(reason)] + numbers, root: 0)
        text = String(decoding: try comm.broadcast(Array(text.utf8), root: 0), as: UTF8.self)
        if status[0] != 0 {
            throw BatchJobError(BatchJobError.Reason(rawValue: Int(status[0])) ?? .failed, output: output, text)
        }
        return (Array(status.dropFirst()), text)
    }

    /// The value of a collective step, or the job's failure: every rank throws
    /// the same ``BatchJobError``, naming the failing ranks and their errors.
    fileprivate func jobOutcome<T>(_ result: Result<T, Error>, files: JobFiles, during step: String) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error as BatchJobError): throw error
        case .failure(let error):
            throw BatchJobError(.failed, output: output,
                                "BatchJob failed while \(step): \(error); the finished chunks are kept in \(files.partial) for a resume")
        }
    }
}

/// Runs `body` where only some ranks may fail, then tells every rank: if
/// any failed, every rank gets the same error, `rank R: …` for each failing
/// rank in rank order.
func collectively<T>(_ comm: Communicator, _ body: () throws -> T) -> Result<T, Error> {
    var result: Result<T, Error>
    do { result = .success(try body()) } catch { result = .failure(error) }
    var message: [UInt8] = []
    if case .failure(let e) = result { message = Array("rank \(comm.rank): \(e)\n".utf8) }
    do {
        let flags = try comm.allReduce([Int32(message.isEmpty ? 0 : 1)], op: .max)
        guard flags[0] != 0 else { return result }
        let all = try comm.allGather(message)
        let text = String(decoding: all, as: UTF8.self).split(separator: "\n").joined(separator: "; ")
        return .failure(TensorError(text))
    } catch {
        return .failure(error)
    }
}
