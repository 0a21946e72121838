// The `.npy` header: its fixed preamble, the Python dict literal that
// follows it, and numpy's byte-exact way of writing both.
//
// File layout (numpy's format.py, versions 1.0, 2.0 and 3.0):
//
//     offset  size  field
//     0       6     magic "\x93NUMPY"
//     6       1     major version (1, 2 or 3)
//     7       1     minor version (0)
//     8       2|4   header length L, little-endian: uint16 in 1.0, uint32 in 2.0/3.0
//     10|12   L     header: a Python dict literal, latin-1 (1.0, 2.0) or UTF-8 (3.0),
//                   padded with spaces and ended by "\n" so that the data starts
//                   at a multiple of 64 bytes
//     10|12+L …     the elements, C order (or Fortran order when fortran_order)
//
//     header := "{" "'descr'" ":" STRING "," "'fortran_order'" ":" BOOL ","
//               "'shape'" ":" "(" INT "," … ")" "," "}"      (any key order)
//
// The dict is read with a small parser for the Python literal subset numpy
// emits (dicts, tuples, lists, strings, integers, True/False/None), bounded in
// nesting depth and integer size, so a malformed or hostile header is a thrown
// `NpyError`, never a trap or an unbounded allocation.

/// The parsed header of a `.npy` file: what the elements are, how many, in
/// which order and byte order, and where they start.
///
/// ```swift
/// let h = try Npy.header(of: "weights.npy")
/// print(h.dtype, h.shape, h.dataOffset)   // float32 [1000, 784] 128
/// ```
public struct NpyHeader: Sendable, Hashable, CustomStringConvertible {
    /// The byte order of the elements in the file.
    ///
    /// ```swift
    /// if try Npy.header(of: "x.npy").endianness == .big { print("converted on load") }
    /// ```
    public enum Endianness: String, Sendable, Hashable {
        /// Least significant byte first (`<` in the descr); what x86 and ARM use.
        ///
        /// ```swift
        /// NpyHeader(dtype: .float32, shape: [2]).endianness   // .little
        /// ```
        case little
        /// Most significant byte first (`>` in the descr); swapped on load.
        ///
        /// ```swift
        /// // np.save("be.npy", np.arange(3, dtype=">i4"))
        /// try Npy.header(of: "be.npy").endianness   // .big
        /// ```
        case big
        /// One-byte elements (`|` in the descr, as numpy writes bool).
        ///
        /// ```swift
        /// NpyHeader(dtype: .bool, shape: [2]).endianness   // .notApplicable
        /// ```
        case notApplicable
    }

    /// The element type.
    ///
    /// ```swift
    /// try Npy.header(of: "x.npy").dtype   // .float64 for '<f8' or '>f8'
    /// ```
    public var dtype: DType
    /// The array's shape; `[]` for a 0-d array.
    ///
    /// ```swift
    /// try Npy.header(of: "x.npy").shape   // [3, 4]
    /// ```
    public var shape: [Int]
    /// Whether the elements are stored in Fortran (column-major) order.
    /// ``Npy/load(_:)`` converts such files to row-major tensors.
    ///
    /// ```swift
    /// // np.save("f.npy", np.asfortranarray(a))
    /// try Npy.header(of: "f.npy").fortranOrder   // true
    /// ```
    public var fortranOrder: Bool
    /// The byte order of the elements in the file.
    ///
    /// ```swift
    /// try Npy.header(of: "x.npy").endianness   // .little
    /// ```
    public var endianness: Endianness
    /// The format version, `(major, minor)`: `(1, 0)`, `(2, 0)` or `(3, 0)`.
    ///
    /// ```swift
    /// try Npy.header(of: "x.npy").version == NpyHeader.Version(major: 1, minor: 0)
    /// ```
    public var version: Version
    /// Offset of the first element from the start of the file, in bytes
    /// (preamble plus header; a multiple of 64 in files numpy writes).
    ///
    /// ```swift
    /// let h = try Npy.header(of: "x.npy")
    /// let rowStart = h.dataOffset + 5 * h.rowByteCount   // where row 5 starts (C order)
    /// ```
    public var dataOffset: Int

    /// A `.npy` format version.
    ///
    /// ```swift
    /// let v = NpyHeader.Version(major: 2, minor: 0)
    /// print(v)   // "2.0"
    /// ```
    public struct Version: Sendable, Hashable, CustomStringConvertible {
        /// 1, 2 or 3.
        ///
        /// ```swift
        /// NpyHeader.Version(major: 3, minor: 0).major   // 3
        /// ```
        public var major: Int
        /// 0 in every version numpy has defined.
        ///
        /// ```swift
        /// NpyHeader.Version(major: 1, minor: 0).minor   // 0
        /// ```
        public var minor: Int
        /// A version from its two numbers.
        ///
        /// ```swift
        /// let v1 = NpyHeader.Version(major: 1, minor: 0)
        /// ```
        public init(major: Int, minor: Int) {
            self.major = major
            self.minor = minor
        }
        /// `"major.minor"`, e.g. `"1.0"`.
        ///
        /// ```swift
        /// "\(NpyHeader.Version(major: 3, minor: 0))"   // "3.0"
        /// ```
        public var description: String { "\(major).\(minor)" }
    }

    /// The header numpy would write for a C-ordered array of `dtype` and
    /// `shape` in this machine's byte order (format 1.0 unless the header
    /// needs 2.0's longer length field); ``encoded()`` gives its bytes.
    ///
    /// ```swift
    /// let h = NpyHeader(dtype: .float32, shape: [3, 4])
    /// h.dataOffset        // 128
    /// h.encoded().count   // 128
    /// ```
    public init(dtype: DType, shape: [Int]) {
        self.dtype = dtype
        self.shape = shape
        self.fortranOrder = false
        self.endianness = dtype.itemSize == 1 ? .notApplicable : NpyHeader.hostEndianness
        let dictLength = NpyHeader.dictText(dtype: dtype, shape: shape).utf8.count
        let version = NpyHeader.versionNeeded(dictLength: dictLength)
        self.version = version
        self.dataOffset = NpyHeader.paddedLength(dictLength: dictLength, version: version)
    }

    init(dtype: DType, shape: [Int], fortranOrder: Bool, endianness: Endianness, version: Version, dataOffset: Int) {
        self.dtype = dtype
        self.shape = shape
        self.fortranOrder = fortranOrder
        self.endianness = endianness
        self.version = version
        self.dataOffset = dataOffset
    }

    /// Number of elements (the product of ``shape``; 1 for a 0-d array).
    ///
    /// ```swift
    /// NpyHeader(dtype: .int32, shape: [3, 4]).count   // 12
    /// ```
    public var count: Int { NpyHeader.saturatingProduct(shape) }

    /// Bytes of element data after the header.
    ///
    /// ```swift
    /// NpyHeader(dtype: .float64, shape: [3, 4]).dataByteCount   // 96
    /// ```
    public var dataByteCount: Int {
        let (n, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        return overflow ? Int.max : n
    }

    /// Bytes of one row of the leading axis (the product of the other
    /// dimensions times the item size); the item size for a 0-d array.
    ///
    /// ```swift
    /// NpyHeader(dtype: .float32, shape: [10, 3, 4]).rowByteCount   // 48
    /// ```
    public var rowByteCount: Int {
        let (n, overflow) = NpyHeader.saturatingProduct(shape.dropFirst()).multipliedReportingOverflow(by: dtype.itemSize)
        return overflow ? Int.max : n
    }

    /// Size of the whole file: ``dataOffset`` plus ``dataByteCount``.
    ///
    /// ```swift
    /// NpyHeader(dtype: .float32, shape: [3, 4]).fileByteCount   // 176
    /// ```
    public var fileByteCount: Int {
        let (n, overflow) = dataOffset.addingReportingOverflow(dataByteCount)
        return overflow ? Int.max : n
    }

    /// The product of `dims`, 0 if any is 0, `Int.max` when it overflows
    /// (only possible for headers built by hand: parsed ones are bounded).
    static func saturatingProduct<C: Collection<Int>>(_ dims: C) -> Int {
        if dims.contains(0) { return 0 }
        var n = 1
        for d in dims {
            let (m, overflow) = n.multipliedReportingOverflow(by: d)
            if overflow { return Int.max }
            n = m
        }
        return n
    }

    /// numpy's descr for this header, e.g. `<f4`, `>i8`, `|b1`.
    ///
    /// ```swift
    /// NpyHeader(dtype: .uint32, shape: []).descr   // "<u4" on a little-endian machine
    /// ```
    public var descr: String {
        let order: String
        switch endianness {
        case .little: order = "<"
        case .big: order = ">"
        case .notApplicable: order = "|"
        }
        return order + String(dtype.numpyDescr.dropFirst())
    }

    /// A one-line summary: `float32 (3, 4) '<f4' C order, format 1.0, data at byte 128`.
    ///
    /// ```swift
    /// print(try Npy.header(of: "x.npy"))
    /// ```
    public var description: String {
        "\(dtype) \(Shape.describe(shape)) '\(descr)' \(fortranOrder ? "Fortran" : "C") order, format \(version), data at byte \(dataOffset)"
    }

    /// The preamble and padded header exactly as numpy's `np.save` writes
    /// them for this dtype and shape (C order), ``dataOffset`` bytes long.
    ///
    /// ```swift
    /// let bytes = NpyHeader(dtype: .float32, shape: [3, 4]).encoded()
    /// // "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }   …\n"
    /// ```
    public func encoded() -> [UInt8] {
        let dict = Array(NpyHeader.dictText(dtype: dtype, shape: shape, descr: descr).utf8)
        let total = NpyHeader.paddedLength(dictLength: dict.count, version: version)
        let prefix = version.major == 1 ? 10 : 12
        let headerLength = total - prefix
        var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, UInt8(version.major), UInt8(version.minor)]
        out.reserveCapacity(total)
        let lengthBytes = version.major == 1 ? 2 : 4
        for i in 0..<lengthBytes { out.append(UInt8(truncatingIfNeeded: headerLength >> (8 * i))) }
        out += dict
        out += [UInt8](repeating: 0x20, count: total - out.count - 1)
        out.append(0x0A)
        return out
    }

    // MARK: Writing, as numpy's _write_array_header does

    static var hostEndianness: Endianness { 1.littleEndian == 1 ? .little : .big }

    /// numpy leaves room to rewrite the leading dimension in place.
    private static let growthAxisMaxDigits = 21
    private static let alignment = 64

    /// `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }` plus
    /// numpy's spare spaces, without the final padding.
    static func dictText(dtype: DType, shape: [Int], descr: String? = nil) -> String {
        let d = descr ?? NpyHeader(dtypeOnly: dtype).descr
        var text = "{'descr': '\(d)', 'fortran_order': False, 'shape': \(Shape.describe(shape)), }"
        if let first = shape.first {
            text += String(repeating: " ", count: max(0, growthAxisMaxDigits - String(first).count))
        }
        return text
    }

    private init(dtypeOnly dtype: DType) {
        self.init(dtype: dtype, shape: [], fortranOrder: false,
                  endianness: dtype.itemSize == 1 ? .notApplicable : NpyHeader.hostEndianness,
                  version: Version(major: 1, minor: 0), dataOffset: 0)
    }

    static func versionNeeded(dictLength: Int) -> Version {
        // The 1.0 length field is a uint16 and covers the dict, padding and "\n".
        paddedLength(dictLength: dictLength, version: Version(major: 1, minor: 0)) - 10 <= Int(UInt16.max)
            ? Version(major: 1, minor: 0) : Version(major: 2, minor: 0)
    }

    /// Preamble + dict + padding + "\n", numpy's way: the pad is 64 - (n % 64),
    /// so a dict that would end exactly on a boundary gets 64 more spaces.
    static func paddedLength(dictLength: Int, version: Version) -> Int {
        let prefix = version.major == 1 ? 10 : 12
        let unpadded = prefix + dictLength + 1
        return unpadded + (alignment - unpadded % alignment)
    }
}

// MARK: - Reading

extension NpyHeader {
    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]   // "\x93NUMPY"

    /// Headers longer than this are refused before anything is allocated.
    /// numpy's own loader refuses more than 10 000 characters by default;
    /// this limit is more generous and still bounds the work.
    static let maxHeaderLength = 1 << 20

    /// Bytes of magic, version and header length for a major version.
    static func preambleLength(major: Int) -> Int { major == 1 ? 10 : 12 }

    /// Reads the preamble from the first bytes of a file (at least 12 when the
    /// file has them) and returns the version and the header length, after
    /// checking both. `fileSize` is the whole file's length.
    static func parsePreamble(_ bytes: UnsafeRawBufferPointer, fileSize: Int, path: String) throws -> (Version, headerLength: Int) {
        let isMagicPrefix = zip(bytes.prefix(6), magic).allSatisfy { $0 == $1 }
        guard isMagicPrefix else {
            let shown = bytes.prefix(6).map { hex($0) }.joined(separator: " ")
            let looksLikeZip = bytes.count >= 2 && bytes[0] == 0x50 && bytes[1] == 0x4B   // "PK"
            throw NpyError(path: path, message: "not a .npy file: it starts with [\(shown)] instead of the magic string \\x93NUMPY"
                + (looksLikeZip ? " (it looks like a .npz archive: unzip it, or load it with numpy)" : ""))
        }
        guard bytes.count >= 8 else {
            throw NpyError(path: path, message: "truncated: the file has \(fileSize) bytes, fewer than the .npy preamble (magic string, version, header length)")
        }
        let major = Int(bytes[6]), minor = Int(bytes[7])
        guard (1...3).contains(major), minor == 0 else {
            throw NpyError(path: path, message: "unsupported .npy format version \(major).\(minor) (supported: 1.0, 2.0, 3.0)")
        }
        let prefix = preambleLength(major: major)
        guard bytes.count >= prefix else {
            throw NpyError(path: path, message: "truncated: the file has \(fileSize) bytes, fewer than the \(prefix)-byte preamble of format \(major).0")
        }
        var length = 0
        for i in 0..<(prefix - 8) { length |= Int(bytes[8 + i]) << (8 * i) }
        guard length <= maxHeaderLength else {
            throw NpyError(path: path, message: "header length \(length) is larger than the limit of \(maxHeaderLength) bytes (corrupt file?)")
        }
        guard prefix + length <= fileSize else {
            throw NpyError(path: path, message: "truncated: the header claims \(length) bytes but the file ends \(fileSize - prefix) bytes after the preamble")
        }
        return (Version(major: major, minor: 0), length)
    }

    /// Parses the header dict (the `length` bytes after the preamble) and
    /// checks it against the file's size (unless `fileSize` is nil).
    static func parseDict(_ bytes: UnsafeRawBufferPointer, version: Version, fileSize: Int?, path: String) throws -> NpyHeader {
        var parser = PyLiteralParser(bytes: bytes, utf8: version.major >= 3)
        let value: PyLiteral
        do {
            value = try parser.parseDocument()
        } catch let e as PyLiteralParser.SyntaxError {
            throw NpyError(path: path, message: "cannot parse the header as a Python dict literal: \(e.message) at byte \(e.offset) of the header")
        }
        guard case .dict(let entries) = value else {
            throw NpyError(path: path, message: "the header is not a dictionary: \(value.truncatedRepr)")
        }
        var fields: [String: PyLiteral] = [:]
        var order: [String] = []
        for (key, v) in entries {
            guard case .string(let k) = key else {
                throw NpyError(path: path, message: "the header has a non-string key \(key.truncatedRepr); expected 'descr', 'fortran_order' and 'shape'")
            }
            if fields.updateValue(v, forKey: k) == nil { order.append(k) }
        }
        guard Set(order) == ["descr", "fortran_order", "shape"] else {
            let got = order.sorted().map { PyLiteral.string($0).truncatedRepr }.joined(separator: ", ")
            throw NpyError(path: path, message: "the header does not contain the correct keys: [\(got)]; expected 'descr', 'fortran_order' and 'shape'")
        }
        guard case .bool(let fortran) = fields["fortran_order"]! else {
            throw NpyError(path: path, message: "fortran_order is not a valid bool: \(fields["fortran_order"]!.truncatedRepr)")
        }
        let shape = try parseShape(fields["shape"]!, path: path)
        let (dtype, endianness) = try parseDescr(fields["descr"]!, path: path)
        let header = NpyHeader(dtype: dtype, shape: shape, fortranOrder: fortran, endianness: endianness,
                               version: version, dataOffset: preambleLength(major: version.major) + bytes.count)
        if let fileSize { try header.checkSize(fileSize: fileSize, path: path) }
        return header
    }

    /// Parses a whole header from the start of a file held in memory (used
    /// by the fuzz tests; `Npy` reads the two parts with `pread`).
    static func parse(fileBytes: [UInt8], path: String) throws -> NpyHeader {
        try fileBytes.withUnsafeBytes { all in
            let (version, length) = try parsePreamble(UnsafeRawBufferPointer(rebasing: all.prefix(12)), fileSize: all.count, path: path)
            let start = preambleLength(major: version.major)
            return try parseDict(UnsafeRawBufferPointer(rebasing: all[start..<(start + length)]), version: version, fileSize: all.count, path: path)
        }
    }

    private static func parseShape(_ value: PyLiteral, path: String) throws -> [Int] {
        guard case .tuple(let items) = value else {
            throw NpyError(path: path, message: "shape is not valid: \(value.truncatedRepr) (expected a tuple of non-negative integers)")
        }
        var shape: [Int] = []
        // The product of the nonzero dimensions: a tensor refuses more than
        // 2**40 elements even when another dimension is 0.
        var count = 1
        for item in items {
            guard case .int(let d) = item, d >= 0 else {
                throw NpyError(path: path, message: "shape is not valid: \(value.truncatedRepr) (expected a tuple of non-negative integers)")
            }
            shape.append(d)
            let (c, overflow) = count.multipliedReportingOverflow(by: max(d, 1))
            count = overflow ? Int.max : c
        }
        guard shape.count <= 64 else {
            throw NpyError(path: path, message: "shape \(value.truncatedRepr) has \(shape.count) dimensions; at most 64 are supported")
        }
        if count > Shape.maxElements {
            throw NpyError(path: path, message: "shape \(Shape.describe(shape)) has too many elements (more than 2**40)")
        }
        return shape
    }

    private static func parseDescr(_ value: PyLiteral, path: String) throws -> (DType, Endianness) {
        guard case .string(let descr) = value else {
            if case .list = value {
                throw NpyError(path: path, message: "unsupported dtype: structured dtype \(value.truncatedRepr); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian")
            }
            throw NpyError(path: path, message: "descr is not a valid dtype descriptor: \(value.truncatedRepr)")
        }
        var code = Substring(descr)
        var order: Character = "="
        if let c = code.first, "<>|=".contains(c) {
            order = c
            code = code.dropFirst()
        }
        let named: [String: DType] = [
            "f4": .float32, "f8": .float64, "i4": .int32, "i8": .int64, "u4": .uint32, "b1": .bool, "?": .bool,
            "float32": .float32, "float64": .float64, "int32": .int32, "int64": .int64, "uint32": .uint32, "bool": .bool,
        ]
        guard let dtype = named[String(code)] else {
            let what = describeUnsupported(String(code)).map { " (\($0))" } ?? ""
            throw NpyError(path: path, message: "unsupported dtype '\(descr)'\(what); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian")
        }
        if dtype.itemSize == 1 { return (dtype, .notApplicable) }
        switch order {
        case "<": return (dtype, .little)
        case ">": return (dtype, .big)
        default: return (dtype, hostEndianness)   // '=' and '|' mean native for numpy
        }
    }

    /// A name for dtypes numpy has and we do not, for the error message.
    private static func describeUnsupported(_ code: String) -> String? {
        let known: [String: String] = [
            "f2": "float16", "f16": "float128", "c8": "complex64", "c16": "complex128", "c32": "complex256",
            "i1": "int8", "i2": "int16", "u1": "uint8", "u2": "uint16", "u8": "uint64", "O": "Python objects",
            "O8": "Python objects", "V": "raw bytes", "V0": "raw bytes",
        ]
        if let name = known[code] { return name }
        guard let kind = code.first else { return nil }
        switch kind {
        case "U": return "unicode string"
        case "S", "a": return "byte string"
        case "V": return "raw bytes"
        case "M": return "datetime64"
        case "m": return "timedelta64"
        default: return nil
        }
    }

    /// The file must hold exactly the data the header describes.
    func checkSize(fileSize: Int, path: String) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        let (end, overflow2) = dataOffset.addingReportingOverflow(bytes)
        let available = fileSize - dataOffset
        guard !overflow, !overflow2, end <= fileSize else {
            let need = overflow || overflow2 ? "more than \(Int.max)" : "\(bytes)"
            throw NpyError(path: path, message: "truncated: shape \(Shape.describe(shape)) of \(dtype) needs \(need) bytes of data after the \(dataOffset)-byte header, but the file has \(available)")
        }
        guard end == fileSize else {
            throw NpyError(path: path, message: "size mismatch: shape \(Shape.describe(shape)) of \(dtype) needs \(bytes) bytes of data after the \(dataOffset)-byte header, but the file has \(available) (\(available - bytes) trailing bytes)")
        }
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}

// MARK: - A bounded parser for Python literals

/// A Python literal as found in `.npy` headers.
indirect enum PyLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case none
    case tuple([PyLiteral])
    case list([PyLiteral])
    case dict([(PyLiteral, PyLiteral)])

    /// Python's repr.
    var repr: String {
        switch self {
        case .string(let s): return "'" + s.replacingBackslashesAndQuotes() + "'"
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .tuple(let xs): return xs.count == 1 ? "(\(xs[0].repr),)" : "(" + xs.map(\.repr).joined(separator: ", ") + ")"
        case .list(let xs): return "[" + xs.map(\.repr).joined(separator: ", ") + "]"
        case .dict(let kv): return "{" + kv.map { "\($0.repr): \($1.repr)" }.joined(separator: ", ") + "}"
        }
    }

    /// The repr, cut to a length fit for an error message.
    var truncatedRepr: String {
        let r = repr
        return r.count <= 80 ? r : String(r.prefix(77)) + "..."
    }
}

private extension String {
    func replacingBackslashesAndQuotes() -> String {
        var out = ""
        for c in self {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            default:
                if let a = c.asciiValue, a < 0x20 || a == 0x7F { out += "\\x" + String(a, radix: 16) } else { out.append(c) }
            }
        }
        return out
    }
}

/// Parses the Python literal subset numpy writes: dicts, tuples, lists,
/// strings ('…' or "…" with the common escapes, optional u prefix),
/// integers (with Python 2's `L` suffix), True, False and None.
///
/// Nesting is limited to ``maxDepth`` and integers to `Int`, so no input
/// can exhaust the stack or overflow.
struct PyLiteralParser {
    struct SyntaxError: Error {
        var message: String
        var offset: Int
    }

    static let maxDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private let utf8: Bool
    private var i = 0

    init(bytes: UnsafeRawBufferPointer, utf8: Bool) {
        self.bytes = bytes
        self.utf8 = utf8
    }

    /// One literal, surrounded by optional whitespace (numpy's padding).
    mutating func parseDocument() throws -> PyLiteral {
        skipSpace()
        let v = try parseValue(depth: 0)
        skipSpace()
        guard i == bytes.count else { throw error("unexpected \(describe(i)) after the literal") }
        return v
    }

    private func error(_ message: String) -> SyntaxError { SyntaxError(message: message, offset: i) }

    private func describe(_ at: Int) -> String {
        guard at < bytes.count else { return "end of header" }
        let b = bytes[at]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16)
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B { i += 1 }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws {
        skipSpace()
        guard peek == c else { throw error("expected \(what), found \(describe(i))") }
        i += 1
    }

    private mutating func parseValue(depth: Int) throws -> PyLiteral {
        guard depth < Self.maxDepth else { throw error("literal nested more than \(Self.maxDepth) levels deep") }
        skipSpace()
        guard let b = peek else { throw error("unexpected end of header, expected a value") }
        switch b {
        case UInt8(ascii: "{"): return try parseDict(depth: depth)
        case UInt8(ascii: "("): return try parseSequence(close: UInt8(ascii: ")"), depth: depth, tuple: true)
        case UInt8(ascii: "["): return try parseSequence(close: UInt8(ascii: "]"), depth: depth, tuple: false)
        case UInt8(ascii: "'"), UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "'") || bytes[i + 1] == UInt8(ascii: "\"") {
                i += 1
                return .string(try parseString())
            }
            return try parseName()
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try parseInt())
        default: return try parseName()
        }
    }

    private mutating func parseName() throws -> PyLiteral {
        let start = i
        while let b = peek, (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "_") { i += 1 }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        switch name {
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "None": return .none
        case "": i = start; throw error("unexpected \(describe(start)), expected a value")
        default:
            i = start
            throw error("unexpected name '\(name.prefix(20))', expected a value")
        }
    }

    private mutating func parseInt() throws -> Int {
        var negative = false
        if peek == UInt8(ascii: "-") || peek == UInt8(ascii: "+") {
            negative = peek == UInt8(ascii: "-")
            i += 1
            skipSpace()
        }
        let start = i
        var value = 0
        var overflowed = false
        while let b = peek, b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
            if o1 || o2 { overflowed = true } else { value = s }
            i += 1
        }
        guard i > start else { throw error("expected digits, found \(describe(i))") }
        if let b = peek, b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "x") || b == UInt8(ascii: "_") {
            throw error("only decimal integers are supported, found \(describe(i)) in a number")
        }
        if peek == UInt8(ascii: "L") || peek == UInt8(ascii: "l") { i += 1 }   // Python 2's long suffix
        if overflowed {
            let digits = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<min(i, start + 30)]), as: UTF8.self)
            i = start
            throw error("integer \(digits)\(i - start > 30 ? "..." : "") is too large")
        }
        return negative ? -value : value
    }

    private mutating func parseString() throws -> String {
        let quote = bytes[i]
        let start = i
        i += 1
        var out: [UInt8] = []
        while true {
            guard let b = peek else { i = start; throw error("unterminated string") }
            i += 1
            if b == quote { break }
            if b == 0x0A { i = start; throw error("unterminated string (newline inside quotes)") }
            if b == UInt8(ascii: "\\") {
                guard let e = peek else { i = start; throw error("unterminated string") }
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "0"): out.append(0)
                case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
                default: out += [UInt8(ascii: "\\"), e]
                }
                continue
            }
            out.append(b)
        }
        if utf8 { return String(decoding: out, as: UTF8.self) }
        // Latin-1: every byte is the code point of the same number.
        var s = ""
        s.unicodeScalars.append(contentsOf: out.map { Unicode.Scalar($0) })
        return s
    }

    private mutating func parseSequence(close: UInt8, depth: Int, tuple: Bool) throws -> PyLiteral {
        i += 1
        var items: [PyLiteral] = []
        var sawComma = false
        while true {
            skipSpace()
            if peek == close { i += 1; break }
            if !items.isEmpty {
                try expect(UInt8(ascii: ","), "',' or '\(Character(Unicode.Scalar(close)))'")
                sawComma = true
                skipSpace()
                if peek == close { i += 1; break }
            }
            items.append(try parseValue(depth: depth + 1))
        }
        // Python: (x) is x itself, (x,) a 1-tuple, () the empty tuple.
        if tuple && items.count == 1 && !sawComma { return items[0] }
        return tuple ? .tuple(items) : .list(items)
    }

    private mutating func parseDict(depth: Int) throws -> PyLiteral {
        i += 1
        var entries: [(PyLiteral, PyLiteral)] = []
        while true {
            skipSpace()
            if peek == UInt8(ascii: "}") { i += 1; break }
            if !entries.isEmpty {
                try expect(UInt8(ascii: ","), "',' or '}'")
                skipSpace()
                if peek == UInt8(ascii: "}") { i += 1; break }
            }
            let key = try parseValue(depth: depth + 1)
            if case .list = key { throw error("unhashable type: 'list' as a dict key") }
            if case .dict = key { throw error("unhashable type: 'dict' as a dict key") }
            try expect(UInt8(ascii: ":"), "':' after a dict key")
            let value = try parseValue(depth: depth + 1)
            entries.append((key, value))
        }
        return .dict(entries)
    }
}
