// One `.npy` file read or written by every rank of a job, each rank touching
// only its own rows.
//
// Reading: each rank reads its balanced block of rows of the leading axis
// (the block `pmap` would give it) with offset reads, never the whole file.
//
// Writing, with MPI-IO into a temporary name that becomes the final name
// only when every rank succeeded:
//
//     every rank      MPI_File_open(.NAME.tmp-PID-RANDOM, CREATE|WRONLY)
//                     MPI_File_set_size(0)
//     rank 0          MPI_File_write_at(0, header)                 (numpy's header, 64-byte aligned)
//     every rank      MPI_File_write_at_all(header + first row × row bytes, block)
//                     MPI_File_sync, MPI_File_close
//     every rank      allGather(ok?)            → which ranks failed
//     rank 0          rename(temporary, NAME)   or unlink(temporary) on any failure
//     every rank      allReduce(rename status)  → the barrier; all throw or none does

import CMPI
import Local

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Npy {
    /// Reads this rank's rows of a `.npy` file: the contiguous, balanced
    /// block of the leading axis that `pmap` gives this rank (the first
    /// `N mod P` ranks get one row more; with `N < P` the last ranks get
    /// none). Only those bytes are read, with offset reads (`pread`).
    ///
    /// A collective: every rank of `communicator` must call it. Every rank
    /// throws if any rank cannot read the file or sees a different dtype or
    /// shape (a file that differs between nodes).
    ///
    /// - Parameters:
    ///   - path: The file, visible to every rank (a shared file system).
    ///   - communicator: The ranks to shard over (default: the world).
    /// - Returns: A ``ShardedTensor`` sharded on axis 0 whose `local` block
    ///   is this rank's rows; `gathered()` reassembles the whole array.
    /// - Throws: ``NpyError`` naming the file and the problem (see
    ///   ``Npy/header(of:)``; a 0-d array cannot be sharded), or ``MPIError``.
    ///
    /// ```swift
    /// let x = try Npy.loadShard("train.npy")    // this rank's rows of the file
    /// let scaled = try x.local * 2                // work on the local block
    /// print(x.offset, x.counts)                   // where the block sits in the whole array
    /// let whole = try x.gathered()                // every rank: the whole array
    /// ```
    public static func loadShard(_ path: String, communicator: Communicator? = nil) throws -> ShardedTensor {
        let comm = try communicator ?? Communicator.world
        let result: Result<(NpyHeader, Tensor, [Int]), Error>
        do {
            let header = try Npy.header(of: path)
            guard let n = header.shape.first else {
                throw NpyError(path: path, message: "cannot shard a 0-d array over ranks; use Npy.load")
            }
            let counts = MPIAxisGroup.balancedCounts(n, over: comm.size)
            let start = counts[..<comm.rank].reduce(0, +)
            let local = try Npy.loadRows(path, rows: start..<(start + counts[comm.rank]))
            guard local.dtype == header.dtype, Array(local.shape.dropFirst()) == Array(header.shape.dropFirst()) else {
                throw NpyError(path: path, message: "the file changed while it was being read")
            }
            result = .success((header, local, counts))
        } catch {
            result = .failure(error)
        }
        // Every rank learns whether every other rank read the same array.
        let signature: [Int64]
        switch result {
        case .success(let (header, _, _)): signature = [1] + arraySignature(dtype: header.dtype, shape: header.shape)
        case .failure: signature = [0, 0, 0, 0]
        }
        let all = try comm.allGather(signature)
        let width = signature.count
        let failed = (0..<comm.size).filter { all[$0 * width] == 0 }
        let (header, local, counts) = try result.get()
        if !failed.isEmpty {
            throw NpyError(path: path, message: "rank\(failed.count > 1 ? "s" : "") \(failed.map(String.init).joined(separator: ", ")) could not read the file (see their errors)")
        }
        let differing = (0..<comm.size).filter { Array(all[($0 * width)..<(($0 + 1) * width)]) != signature }
        if !differing.isEmpty {
            throw NpyError(path: path, message: "ranks see different arrays: this rank (\(comm.rank)) reads \(header.dtype) \(Shape.describe(header.shape)), rank\(differing.count > 1 ? "s" : "") \(differing.map(String.init).joined(separator: ", ")) something else (is the file on a shared file system?)")
        }
        return ShardedTensor(local: local, axis: 0, counts: counts, communicator: comm)
    }

    /// Writes a tensor sharded on axis 0 as one `.npy` file, every rank
    /// writing its own block with collective MPI-IO; the file is what
    /// `np.save` would write for the gathered tensor.
    ///
    /// The ranks write a temporary file next to `path`, which rank 0 renames
    /// to `path` only after every rank succeeded; if any rank fails the
    /// temporary is removed, an existing file at `path` is left as it was,
    /// and every rank throws the same error. A replicated tensor
    /// (`axis == nil`) is written by rank 0 alone.
    ///
    /// A collective: every rank of the tensor's communicator must call it.
    ///
    /// - Parameters:
    ///   - t: A tensor sharded on axis 0 (as `pmapSharded` returns with
    ///     `outAxes` 0), or replicated.
    ///   - path: The destination, in a directory every rank can write.
    /// - Throws: ``NpyError`` naming the file, the failing rank and its error.
    ///
    /// ```swift
    /// let y = try pmapSharded({ x in try tanh(x) }, axisName: "i")(xs)
    /// try Npy.saveCollective(y, to: "out.npy")   // np.load("out.npy") == np.tanh(xs)
    /// ```
    public static func saveCollective(_ t: ShardedTensor, to path: String) throws {
        try saveCollective(t, to: path, failingRanks: [])
    }

    /// ``saveCollective(_:to:)`` with a simulated write error on
    /// `failingRanks` (after their block is written), for tests.
    static func saveCollective(_ t: ShardedTensor, to path: String, failingRanks: Set<Int>) throws {
        let comm = t.communicator
        let rank = comm.rank
        let globalShape = t.globalShape
        let dtype = t.local.dtype

        // 1. Agree that the tensor can be written and that every rank has the
        //    same idea of it, before any file exists.
        var problem: String?
        if let axis = t.axis, axis != 0 {
            problem = "saveCollective writes tensors sharded on axis 0, this one is sharded on axis \(axis) (use outAxes: 0, or gather first)"
        } else if !t.local.isConcrete {
            problem = "cannot save a traced tensor (inside jit, vmap or makeJaxpr)"
        } else if t.axis != nil && (t.local.ndim == 0 || t.counts.count != comm.size || t.local.shape[0] != t.counts[rank]) {
            problem = "this rank's block \(Shape.describe(t.local.shape)) does not match its share \(t.counts.indices.contains(rank) ? t.counts[rank] : -1) of \(Shape.describe(globalShape))"
        }
        let signature = [problem == nil ? 1 : 0] + arraySignature(dtype: dtype, shape: globalShape)
        let all = try comm.allGather(signature)
        let width = signature.count
        if let problem { throw NpyError(path: path, message: problem) }
        let bad = (0..<comm.size).filter { all[$0 * width] == 0 }
        if !bad.isEmpty {
            throw NpyError(path: path, message: "rank\(bad.count > 1 ? "s" : "") \(bad.map(String.init).joined(separator: ", ")) cannot write the tensor (see their errors)")
        }
        let differing = (0..<comm.size).filter { Array(all[($0 * width)..<(($0 + 1) * width)]) != signature }
        if !differing.isEmpty {
            throw NpyError(path: path, message: "ranks disagree on the array: this rank (\(rank)) has \(dtype) \(Shape.describe(globalShape)), rank\(differing.count > 1 ? "s" : "") \(differing.map(String.init).joined(separator: ", ")) something else")
        }

        // 2. One temporary name for everyone, chosen by rank 0.
        let token = try comm.broadcast([UInt64(getpid()), UInt64.random(in: 0...UInt64.max)], root: 0)
        let temporary = try collectiveTemporaryName(for: path, pid: token[0], token: token[1])

        // 3. Who writes what.
        let header = NpyHeader(dtype: dtype, shape: globalShape)
        let headerBytes = header.encoded()
        let rowBytes = header.rowByteCount
        let blockBytes: [Int] = t.axis == nil
            ? (0..<comm.size).map { $0 == 0 ? header.dataByteCount : 0 }
            : t.counts.map { $0 * rowBytes }
        let firstByte = header.dataOffset + blockBytes[..<rank].reduce(0, +)
        let chunk = 1 << 30   // MPI counts are Int32
        let rounds = max(1, blockBytes.map { ($0 + chunk - 1) / chunk }.max() ?? 1)

        // 4. Open collectively. Open MPI's open can fail on some ranks only
        //    (rank 0 creates, then the others open); their handles are not
        //    closed then, because MPI_File_close is collective and would wait
        //    for the ranks that have none.
        var file: MPIFile? = nil
        var failure = attempt { file = try MPIFile(temporary, communicator: comm, create: true) }
        let opened = try comm.allGather([Int32(failure == nil ? 1 : 0)])
        guard let file, !opened.contains(0) else {
            let who = opened.indices.filter { opened[$0] == 0 }
            if rank == 0 { unlink(temporary) }
            let first = try shareMessage(failure, from: who[0], comm: comm)
            try comm.barrier()
            throw NpyError(path: path, message: "cannot create \(temporary) on rank\(who.count > 1 ? "s" : "") \(who.map(String.init).joined(separator: ", ")): \(first)")
        }

        // 5. Write, every byte checked (MPIFile compares MPI's count with the
        //    request). Every rank takes part in every collective call even
        //    after a local error (then with nothing to write), so none waits forever.
        failure = attempt { try file.setSize(0) }
        if rank == 0 && failure == nil {
            failure = attempt { try headerBytes.withUnsafeBytes { try file.write($0, at: 0) } }
        }
        let mine = blockBytes[rank]
        let writeFailure: String? = try t.local.withUnsafeBytes { (block: UnsafeRawBufferPointer) -> String? in
            var firstError: String? = nil
            for round in 0..<rounds {
                let start = min(round * chunk, mine)
                let count = failure == nil && firstError == nil ? min(chunk, mine - start) : 0
                let piece = UnsafeRawBufferPointer(rebasing: block[start..<(start + count)])
                firstError = firstError ?? attempt { try file.writeCollectively(piece, at: firstByte + start) }
            }
            return firstError
        }
        failure = failure ?? writeFailure
        if failingRanks.contains(rank) && failure == nil { failure = "simulated write failure (test)" }
        let synced = attempt { try file.sync() }
        failure = failure ?? synced
        let closed = attempt { try file.close() }
        failure = failure ?? closed

        // 6. Rename only if every rank succeeded; otherwise remove the temporary.
        let ok = try comm.allGather([Int32(failure == nil ? 1 : 0)])
        let failed = ok.indices.filter { ok[$0] == 0 }
        var renameError: Int32 = 0
        var renameMessage = ""
        if rank == 0 {
            if failed.isEmpty {
                do {
                    try DurableIO.renameDurably(temporary, to: path)
                } catch {
                    renameError = 1
                    renameMessage = (error as? NpyError)?.message ?? "\(error)"
                    unlink(temporary)
                }
            } else {
                unlink(temporary)
            }
        }
        // The barrier after the rename, carrying its outcome to every rank.
        let renameStatus = try comm.allReduce([rank == 0 ? renameError : 0], op: .sum)[0]
        if let firstFailed = failed.first {
            let message = try shareMessage(failure, from: firstFailed, comm: comm)
            throw NpyError(path: path, message: "collective write failed on rank\(failed.count > 1 ? "s" : "") \(failed.map(String.init).joined(separator: ", ")) (rank \(firstFailed): \(message)); the temporary file was removed")
        }
        if renameStatus != 0 {
            throw NpyError(path: path, message: try shareMessage(renameMessage, from: 0, comm: comm))
        }
    }

    // MARK: Helpers

    /// dtype, rank and an FNV-1a hash of the shape: equal on every rank
    /// that sees the same array (Swift's `Hasher` is seeded per process).
    fileprivate static func arraySignature(dtype: DType, shape: [Int]) -> [Int64] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for d in shape {
            hash = (hash ^ UInt64(bitPattern: Int64(d))) &* 0x100_0000_01b3
        }
        return [Int64(DType.allCases.firstIndex(of: dtype)!), Int64(shape.count), Int64(bitPattern: hash)]
    }

    /// Runs one step of a collective write; its error as text, or nil.
    fileprivate static func attempt(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// `root`'s message on every rank (a collective).
    fileprivate static func shareMessage(_ message: String?, from root: Int, comm: Communicator) throws -> String {
        let bytes = try comm.broadcast(Array((message ?? "unknown error").utf8), root: root)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `.NAME.tmp-PID-TOKEN` next to `path`, the same on every rank.
    fileprivate static func collectiveTemporaryName(for path: String, pid: UInt64, token: UInt64) throws -> String {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw NpyError(path: path, message: "the path must name a file, not a directory")
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return directory + "." + name + ".tmp-\(pid)-" + String(token, radix: 16)
    }
}
