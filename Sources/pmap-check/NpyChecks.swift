// pmap-check cases for sharded `.npy` I/O: collective writes of pmapSharded
// results read back with Npy.loadShard on every rank and with Npy.load,
// at any world size (uneven N, N < P, empty shards), plus failures that must
// throw on every rank and leave no file behind. main.swift calls
// `npyChecks(check: check)`.

import PMap

#if canImport(Glibc)
import Glibc
#endif

/// Registers the `.npy` cases with `check` (each returns nil when it passes on this rank).
@MainActor func npyChecks(check: (String, () throws -> String?) -> Void) {
    let world: Communicator
    let dir: String
    do {
        world = try Communicator.world
        dir = try sharedScratchDirectory(world)
    } catch {
        check("npy: scratch directory") { "threw \(error)" }
        return
    }
    let rank = world.rank, size = world.size
    let key = Random.key(11)
    func path(_ name: String) -> String { dir + "/" + name }

    for n in [7, 1, 2, 3, 5, 12, 0] {
        check("npy: saveCollective of pmapSharded (N=\(n)) reads back with loadShard and Npy.load") {
            let xs = try Random.normal(key, shape: [n, 3, 2])
            let f = { @Sendable (x: Tensor) throws -> Tensor in try tanh(x) * 2 }
            let y = try pmapSharded(f, axisName: "i")(xs)
            let p = path("pmap-\(n).npy")
            try Npy.saveCollective(y, to: p)
            let back = try Npy.loadShard(p)
            if back.counts != y.counts { return "loadShard counts \(back.counts), pmap's \(y.counts)" }
            if let problem = try npySame(back.local, y.local) { return "loadShard: \(problem)" }
            if let problem = try npySame(Npy.load(p), vmap(f)(xs)) { return "Npy.load: \(problem)" }
            return nil
        }
    }

    for dtype in [DType.int32, .int64, .uint32, .float64, .bool] {
        check("npy: collective write and sharded read of \(dtype)") {
            let n = 2 * size + 1
            let xs = try Random.normal(key, shape: [n, 4])
            let f = { @Sendable (x: Tensor) throws -> Tensor in dtype == .bool ? try x .> 0 : try (x * 1000).astype(dtype) }
            let y = try pmapSharded(f, axisName: "i")(xs)
            let p = path("dtype-\(dtype).npy")
            try Npy.saveCollective(y, to: p)
            if let problem = try npySame(Npy.loadShard(p).local, y.local) { return problem }
            return try npySame(Npy.load(p), vmap(f)(xs))
        }
    }

    check("npy: a larger collective write (4 MB, uneven rows) matches the gathered tensor") {
        let n = 4099
        let xs = try Random.normal(key, shape: [n, 256])
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in try x + 1 }, axisName: "i")(xs)
        let p = path("large.npy")
        try Npy.saveCollective(y, to: p)
        if let problem = try npySame(Npy.loadShard(p).local, y.local) { return problem }
        return try npySame(Npy.load(p), y.gathered())
    }

    check("npy: loadShard of a file rank 0 saved gives the shards pmap gives") {
        let n = 3 * size + 2
        let xs = try Random.normal(key, shape: [n, 5])
        let p = path("rank0-saved.npy")
        if rank == 0 { try Npy.save(xs, to: p) }
        try world.barrier()
        let s = try Npy.loadShard(p)
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in x }, axisName: "i")(xs)
        if s.counts != y.counts || s.offset != y.offset { return "shards \(s.counts) at \(s.offset), pmap's \(y.counts) at \(y.offset)" }
        return try npySame(s.local, y.local)
    }

    check("npy: loadShard of a Fortran-ordered file") {
        let n = size + 3
        let xs = try Random.normal(key, shape: [n, 4])
        let p = path("fortran.npy")
        if rank == 0 {
            var dict = Array("{'descr': '<f4', 'fortran_order': True, 'shape': (\(n), 4), }".utf8)
            dict += [UInt8](repeating: 0x20, count: 64 - (10 + dict.count + 1) % 64) + [0x0A]
            var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(dict.count & 0xFF), UInt8(dict.count >> 8)] + dict
            bytes += try xs.transposed().withUnsafeBytes { Array($0) }   // C order of the transpose = Fortran order
            try npyWriteFile(p, bytes)
        }
        try world.barrier()
        let s = try Npy.loadShard(p)
        return try npySame(s.gathered(), xs)
    }

    check("npy: a replicated result (outAxes nil) is written once") {
        let xs = try Tensor.arange(Double(2 * size + 1), dtype: .float32).reshaped([2 * size + 1, 1])
        let total = try pmapSharded({ (x: Tensor) throws -> Tensor in try psum(x, axisName: "i") }, axisName: "i", outAxes: nil)(xs)
        let p = path("replicated.npy")
        try Npy.saveCollective(total, to: p)
        return try npySame(Npy.load(p), total.local)
    }

    check("npy: a failed rename throws the same error on every rank and leaves no temporary") {
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in x }, axisName: "i")(Random.normal(key, shape: [size + 1, 2]))
        let p = path("taken")
        if rank == 0 { mkdir(p, 0o755) }
        try world.barrier()
        do {
            try Npy.saveCollective(y, to: p)
            return "no error"
        } catch let e as NpyError {
            guard e.message.hasSuffix("to the final name: Is a directory") else { return "message: \(e)" }
        }
        try world.barrier()
        let left = npyDirectoryEntries(dir).filter { $0.hasPrefix(".") }
        return left.isEmpty ? nil : "temporary files left: \(left)"
    }

    check("npy: a directory that does not exist makes every rank throw, and creates nothing") {
        let y = try pmapSharded({ (x: Tensor) throws -> Tensor in x }, axisName: "i")(Random.normal(key, shape: [size, 2]))
        let p = path("missing/out.npy")
        do {
            try Npy.saveCollective(y, to: p)
            return "no error"
        } catch let e as NpyError {
            return e.message.hasPrefix("cannot create \(dir)/missing/.out.npy.tmp-") ? nil : "message: \(e)"
        }
    }

    check("npy: loadShard of a missing file throws on every rank") {
        do {
            _ = try Npy.loadShard(path("nope.npy"))
            return "no error"
        } catch let e as NpyError {
            return e.message == "cannot open: No such file or directory" ? nil : "message: \(e)"
        }
    }

    try? world.barrier()
    if rank == 0 { npyRemoveTree(dir) }
    try? world.barrier()
}

// MARK: Helpers (Glibc only: pmap-check does not use Foundation)

/// A fresh directory made by rank 0, its path sent to every rank.
private func sharedScratchDirectory(_ world: Communicator) throws -> String {
    var made = ""
    if world.rank == 0 {
        var template = Array("/tmp/pmap-check-npy-XXXXXX".utf8CString)
        if let p = mkdtemp(&template) { made = String(cString: p) }
    }
    let path = String(decoding: try world.broadcast(Array(made.utf8), root: 0), as: UTF8.self)
    guard !path.isEmpty else { throw NpyError(path: "/tmp/pmap-check-npy-XXXXXX", message: "mkdtemp failed on rank 0") }
    return path
}

private func npySame(_ a: Tensor, _ b: Tensor) throws -> String? {
    guard a.shape == b.shape, a.dtype == b.dtype else { return "got \(a.dtype) \(a.shape), want \(b.dtype) \(b.shape)" }
    let x = try a.withUnsafeBytes { Array($0) }, y = try b.withUnsafeBytes { Array($0) }
    return x == y ? nil : "values differ"
}

private func npyWriteFile(_ path: String, _ bytes: [UInt8]) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw NpyError(path: path, message: "cannot create") }
    defer { close(fd) }
    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard n == bytes.count else { throw NpyError(path: path, message: "short write") }
}

private func npyDirectoryEntries(_ path: String) -> [String] {
    guard let d = opendir(path) else { return [] }
    defer { closedir(d) }
    var names: [String] = []
    while let entry = readdir(d) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

private func npyRemoveTree(_ path: String) {
    for name in npyDirectoryEntries(path) {
        let p = path + "/" + name
        if unlink(p) != 0 { npyRemoveTree(p) }
    }
    rmdir(path)
}
