// numpy's `.npy` files: load, save, read a header, read a range of rows.
//
// Plain POSIX I/O (open, pread, write, fsync, rename), no Foundation. Every
// failure is an `NpyError` naming the file; nothing a file contains can trap.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error reading or writing a `.npy` file; ``description`` names the file
/// and the problem, e.g. `data/x.npy: truncated: shape (3, 4) of float32
/// needs 48 bytes of data after the 128-byte header, but the file has 40`.
///
/// ```swift
/// do {
///     _ = try Npy.load("x.npy")
/// } catch let e as NpyError {
///     print(e.path, e.message)
/// }
/// ```
public struct NpyError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file the operation was reading or writing.
    ///
    /// ```swift
    /// if let e = error as? NpyError { print("bad file:", e.path) }
    /// ```
    public let path: String
    /// What went wrong, without the path.
    ///
    /// ```swift
    /// if let e = error as? NpyError, e.message.hasPrefix("truncated") { print("re-download it") }
    /// ```
    public let message: String

    /// An error about the file at `path`.
    ///
    /// ```swift
    /// throw NpyError(path: "x.npy", message: "expected a 2-d array")
    /// ```
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    ///
    /// ```swift
    /// print(NpyError(path: "x.npy", message: "truncated"))   // "x.npy: truncated"
    /// ```
    public var description: String { "\(path): \(message)" }
}

/// numpy's `.npy` format: `np.save` / `np.load` for ``Tensor``s.
///
/// Reads format versions 1.0, 2.0 and 3.0 with elements `f4`, `f8`, `i4`,
/// `i8`, `u4` and `b1` (bool) in either byte order, in C or Fortran order
/// (converted to row-major on load). Writes exactly what `np.save` writes
/// for the same array (format 1.0, this machine's byte order, C order,
/// header padded so the data starts at a multiple of 64 bytes).
///
/// Saving never leaves a half-written file under the final name: the data
/// goes to a temporary file in the same directory, which is flushed to disk
/// and then renamed into place. In `PMap`, `Npy.loadShard` and
/// `Npy.saveCollective` read and write one file from every rank of a job.
///
/// ```swift
/// let x = try Random.normal(Random.key(0), shape: [3, 4])
/// try Npy.save(x, to: "x.npy")                 // np.load("x.npy") in Python gets the same array
/// let y = try Npy.load("x.npy")               // Array([[...]], dtype=float32)
/// let firstTwo = try Npy.loadRows("x.npy", rows: 0..<2)
/// ```
public enum Npy {
    /// Reads the header of a `.npy` file (dtype, shape, order, byte order,
    /// where the data starts) and checks that the file holds exactly that
    /// much data, without reading the data.
    ///
    /// - Parameter path: The file.
    /// - Returns: The parsed header.
    /// - Throws: ``NpyError`` if the file cannot be opened, is not a `.npy`
    ///   file, is truncated, has a malformed header or an unsupported dtype.
    ///
    /// ```swift
    /// let h = try Npy.header(of: "train.npy")
    /// print(h.shape[0], "examples of", h.shape.dropFirst(), h.dtype)
    /// ```
    public static func header(of path: String) throws -> NpyHeader {
        let file = try NpyFile(path: path)
        return try file.readHeader()
    }

    /// Loads a whole `.npy` file as a row-major tensor (`np.load`).
    ///
    /// Big-endian data is byte-swapped and Fortran-ordered data transposed
    /// into C order, so the result always equals what `np.load` returns.
    ///
    /// - Parameter path: The file.
    /// - Returns: A concrete tensor of the file's dtype and shape.
    /// - Throws: ``NpyError`` naming the file and the problem (see
    ///   ``header(of:)``); nothing a file contains can trap.
    ///
    /// ```swift
    /// let w = try Npy.load("weights.npy")      // Array([[...]], dtype=float32)
    /// ```
    public static func load(_ path: String) throws -> Tensor {
        let file = try NpyFile(path: path)
        let header = try file.readHeader()
        return try file.readRows(header, rows: 0..<(header.shape.first ?? 1))
    }

    /// Reads rows `rows` of the leading axis of a `.npy` file, and only
    /// those bytes (offset reads with `pread`; a Fortran-ordered file is read
    /// one contiguous run per column), as `np.load(path, mmap_mode="r")[lo:hi]`.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - rows: A range within `0...shape[0]`; it may be empty.
    /// - Returns: A tensor of shape `[rows.count] + shape[1...]`.
    /// - Throws: ``NpyError`` if the file is bad (see ``header(of:)``), the
    ///   array is 0-d, or `rows` is out of range.
    ///
    /// ```swift
    /// // np.save("x.npy", np.arange(12, dtype=np.int32).reshape(6, 2))
    /// try Npy.loadRows("x.npy", rows: 2..<4)   // Array([[4, 5], [6, 7]], dtype=int32)
    /// ```
    public static func loadRows(_ path: String, rows: Range<Int>) throws -> Tensor {
        let file = try NpyFile(path: path)
        let header = try file.readHeader()
        guard let n = header.shape.first else {
            throw NpyError(path: path, message: "a 0-d array has no rows to read; use Npy.load")
        }
        guard rows.lowerBound >= 0, rows.upperBound <= n else {
            throw NpyError(path: path, message: "rows \(rows.lowerBound)..<\(rows.upperBound) are out of range for the leading axis of length \(n)")
        }
        return try file.readRows(header, rows: rows)
    }

    /// Saves a tensor as a `.npy` file that `np.load` reads back unchanged
    /// (`np.save`), replacing any file at `path` only once the new one is
    /// complete.
    ///
    /// The bytes go to a temporary file next to `path` (`.NAME.tmp-PID-RANDOM`),
    /// which is `fsync`ed, closed and renamed over `path`; on any error the
    /// temporary is removed and an existing file at `path` is left as it was.
    /// (A symbolic link at `path` is replaced by the file, not written through.)
    ///
    /// - Parameters:
    ///   - tensor: A concrete tensor (not a tracer inside `jit` or `vmap`).
    ///   - path: The destination; its directory must exist.
    /// - Throws: ``NpyError`` naming `path` (directory missing, disk full,
    ///   a traced tensor, …).
    ///
    /// ```swift
    /// try Npy.save(Tensor([1, 2, 3]), to: "/tmp/a.npy")   // np.load → array([1, 2, 3], dtype=int32)
    /// ```
    public static func save(_ tensor: Tensor, to path: String) throws {
        guard tensor.isConcrete else {
            throw NpyError(path: path, message: "cannot save a traced tensor (inside jit, vmap or makeJaxpr); return it from the transformed function and save the result")
        }
        let header = NpyHeader(dtype: tensor.dtype, shape: tensor.shape).encoded()
        try writeAtomically(to: path) { fd, temporary in
            try header.withUnsafeBytes { try DurableIO.writeAll(fd, $0, path: temporary) }
            try tensor.withUnsafeBytes { try DurableIO.writeAll(fd, $0, path: temporary) }
        }
    }
}

// MARK: - Reading

/// An open, regular file read with `pread`.
final class NpyFile {
    let path: String
    let fd: Int32
    let size: Int

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)   // a FIFO must not block the open: it is refused below
        guard fd >= 0 else { throw NpyError(path: path, message: "cannot open: \(errnoText())") }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let text = errnoText()
            close(fd)
            throw NpyError(path: path, message: "cannot stat: \(text)")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw NpyError(path: path, message: (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory, not a .npy file" : "is not a regular file")
        }
        self.fd = fd
        self.size = Int(info.st_size)
    }

    deinit { close(fd) }

    /// Fills `buffer` from `offset`, retrying short reads and interrupts.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        try DurableIO.readAll(fd, into: buffer, at: offset, path: path)
    }

    func readHeader() throws -> NpyHeader {
        var preamble = [UInt8](repeating: 0, count: min(size, 12))
        try preamble.withUnsafeMutableBytes { try read(into: $0, at: 0) }
        let (version, length) = try preamble.withUnsafeBytes {
            try NpyHeader.parsePreamble($0, fileSize: size, path: path)
        }
        var dict = [UInt8](repeating: 0, count: length)
        try dict.withUnsafeMutableBytes { try read(into: $0, at: NpyHeader.preambleLength(major: version.major)) }
        return try dict.withUnsafeBytes { try NpyHeader.parseDict($0, version: version, fileSize: size, path: path) }
    }

    /// Rows `rows` of the leading axis (the whole array when 0-d), converted
    /// to native byte order and C order.
    func readRows(_ header: NpyHeader, rows: Range<Int>) throws -> Tensor {
        var shape = header.shape
        if !shape.isEmpty { shape[0] = rows.count }
        let item = header.dtype.itemSize
        do {
            if header.fortranOrder && shape.count > 1 && !shape.contains(0) {
                return try readFortranRows(header, rows: rows, shape: shape)
            }
            return try Tensor(shape: shape, dtype: header.dtype) { out in
                guard out.count > 0 else { return }
                try read(into: out, at: header.dataOffset + (header.shape.isEmpty ? 0 : rows.lowerBound * header.rowByteCount))
                NpyElements.toNative(out, itemSize: item, from: header.endianness, bool: header.dtype == .bool)
            }
        } catch let e as TensorError {
            // Allocation: the header was checked against the file's size, so
            // only memory can run out here.
            throw NpyError(path: path, message: "cannot load \(header.dtype) \(Shape.describe(shape)): \(e.message)")
        }
    }

    /// Fortran order: along the leading axis elements are contiguous, so
    /// rows lo..<hi are one run of `k` elements per column (one combination
    /// of the other indices); read each run, then transpose into C order.
    private func readFortranRows(_ header: NpyHeader, rows: Range<Int>, shape: [Int]) throws -> Tensor {
        let item = header.dtype.itemSize
        let n = header.shape[0], k = rows.count
        let columns = NpyHeader.saturatingProduct(header.shape.dropFirst())
        // The runs side by side are the Fortran layout of `shape`, i.e. the
        // C layout of `shape` reversed.
        let staging = try Tensor(shape: shape.reversed(), dtype: header.dtype) { runs in
            if k == n {
                try read(into: runs, at: header.dataOffset)
            } else {
                for j in 0..<columns {
                    let run = UnsafeMutableRawBufferPointer(rebasing: runs[(j * k * item)..<((j + 1) * k * item)])
                    try read(into: run, at: header.dataOffset + (j * n + rows.lowerBound) * item)
                }
            }
            NpyElements.toNative(runs, itemSize: item, from: header.endianness, bool: header.dtype == .bool)
        }
        return try staging.withUnsafeBytes { source in
            try Tensor(shape: shape, dtype: header.dtype) { out in
                NpyElements.fortranToC(source, into: out, shape: shape, itemSize: item)
            }
        }
    }
}

/// Element-level conversions on raw buffers.
enum NpyElements {
    /// Swaps bytes when the file's order is not the machine's, and maps
    /// every nonzero bool byte to 1 (a Swift `Bool` must be 0 or 1).
    static func toNative(_ buffer: UnsafeMutableRawBufferPointer, itemSize: Int, from order: NpyHeader.Endianness, bool: Bool) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        if bool {
            let p = base.assumingMemoryBound(to: UInt8.self)
            for i in 0..<buffer.count where p[i] > 1 { p[i] = 1 }
            return
        }
        guard order != .notApplicable, order != NpyHeader.hostEndianness else { return }
        switch itemSize {
        case 4:
            let p = base.assumingMemoryBound(to: UInt32.self)
            for i in 0..<(buffer.count / 4) { p[i] = p[i].byteSwapped }
        case 8:
            let p = base.assumingMemoryBound(to: UInt64.self)
            for i in 0..<(buffer.count / 8) { p[i] = p[i].byteSwapped }
        default:
            break
        }
    }

    /// Copies an array stored in Fortran order (first index fastest) into
    /// C order (last index fastest). `shape` has at least two dimensions.
    static func fortranToC(_ source: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, shape: [Int], itemSize: Int) {
        switch itemSize {
        case 1: transpose(source, out, shape, UInt8.self)
        case 4: transpose(source, out, shape, UInt32.self)
        default: transpose(source, out, shape, UInt64.self)
        }
    }

    private static func transpose<T>(_ source: UnsafeRawBufferPointer, _ out: UnsafeMutableRawBufferPointer, _ shape: [Int], _: T.Type) {
        let d = shape.count
        guard let sb = source.baseAddress, let ob = out.baseAddress, !shape.contains(0) else { return }
        let s = sb.assumingMemoryBound(to: T.self), o = ob.assumingMemoryBound(to: T.self)
        // Fortran strides, in elements: axis a steps over all earlier axes.
        var fstride = [Int](repeating: 1, count: d)
        for a in 1..<d { fstride[a] = fstride[a - 1] * shape[a - 1] }
        let inner = shape[d - 1], innerStride = fstride[d - 1]
        var index = [Int](repeating: 0, count: d)
        var base = 0, position = 0
        outer: while true {
            var p = base
            for _ in 0..<inner {
                o[position] = s[p]
                p += innerStride
                position += 1
            }
            var a = d - 2
            while a >= 0 {
                index[a] += 1
                base += fstride[a]
                if index[a] < shape[a] { continue outer }
                base -= fstride[a] * shape[a]
                index[a] = 0
                a -= 1
            }
            break
        }
    }
}

// MARK: - Writing

extension Npy {
    /// Creates a temporary file next to `path`, lets `body` write it, then
    /// `fsync`s, closes and renames it to `path`. On any error the
    /// temporary is removed and the error (as an ``NpyError``) rethrown.
    static func writeAtomically(to path: String, _ body: (_ fd: Int32, _ temporary: String) throws -> Void) throws {
        let temporary = try temporaryName(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw NpyError(path: path, message: "cannot create the temporary file \(temporary): \(errnoText())")
        }
        var isOpen = true
        do {
            try body(fd, temporary)
            try DurableIO.sync(fd, path: temporary)
            isOpen = false
            guard close(fd) == 0 else { throw NpyError(path: path, message: "close of \(temporary) failed: \(errnoText())") }
            try DurableIO.renameDurably(temporary, to: path)
        } catch {
            if isOpen { close(fd) }
            unlink(temporary)
            if error is NpyError { throw error }
            throw NpyError(path: path, message: "cannot save: \(error)")
        }
    }

    /// `.NAME.tmp-PID-RANDOM` in the directory of `path`.
    static func temporaryName(for path: String, token: UInt64 = UInt64.random(in: 0...UInt64.max)) throws -> String {
        let (directory, name) = try split(path)
        return directory + "." + name + ".tmp-\(getpid())-" + String(token, radix: 16)
    }

    /// The directory part (ending in "/", or empty) and the file name.
    static func split(_ path: String) throws -> (directory: String, name: String) {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw NpyError(path: path, message: "the path must name a file, not a directory")
        }
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

/// `strerror(errno)`.
fileprivate func errnoText(_ code: Int32 = errno) -> String {
    DurableIO.errnoText(code)
}
