// `.npy` load and save: round trips, interoperability with numpy in both
// directions (by running python3), format versions, byte orders, Fortran
// order, row ranges, atomic writes, and every error message.
//
// The numpy tests shell out to `python3`; when python3 or numpy is missing
// they print why and pass without checking (nothing else here needs Python).

import Foundation
import Testing

@testable import Local

// MARK: - Shared helpers (the fuzz tests use them too)

/// Runs python3 scripts for the interop tests.
enum NpyPython {
    /// Why numpy cannot be used, or nil when `python3 -c "import numpy"` works.
    static let unavailableReason: String? = {
        do {
            _ = try run("import numpy")
            return nil
        } catch {
            return "python3 with numpy is not available (\(error))"
        }
    }()

    /// Runs `script` with `arguments` (sys.argv[1...]); returns standard
    /// output, or throws with standard error when the exit status is not 0.
    static func run(_ script: String, _ arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NpyError(path: "python3", message: "exit \(process.terminationStatus): " + String(decoding: stderr, as: UTF8.self))
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// Prints the reason and returns false when numpy is unavailable.
    static func available(for test: String) -> Bool {
        if let unavailableReason {
            print("skipping \(test): \(unavailableReason)")
            return false
        }
        return true
    }

    /// The element formula both sides use, in Python.
    static let dataFunction = """
        import numpy as np
        def data(code, shape):
            n = int(np.prod(shape)) if len(shape) else 1
            i = np.arange(n, dtype=np.int64)
            v = (i * 7) % 11 - 5
            a = {'f4': lambda: (v * 0.25).astype(np.float32), 'f8': lambda: (v * 0.25 - 1e-3).astype(np.float64),
                 'i4': lambda: (v * 100003).astype(np.int32), 'i8': lambda: (v * 10**12 + 7).astype(np.int64),
                 'u4': lambda: ((i * 2654435761) % 2**32).astype(np.uint32), 'b1': lambda: v > 0}[code]()
            return a.reshape(shape)
        """
}

/// A fresh directory, removed by `cleanUp()`.
struct NpyTemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "npy-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let p = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: file(name)))) }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// Dtype codes in the tests, with their `DType`.
let npyCodes: [(String, DType)] = [("f4", .float32), ("f8", .float64), ("i4", .int32), ("i8", .int64), ("u4", .uint32), ("b1", .bool)]

/// The Swift side of `NpyPython.dataFunction`.
func npyTestData(_ code: String, _ shape: [Int]) throws -> Tensor {
    let n = shape.reduce(1, *)
    let v = (0..<n).map { Int64($0 * 7 % 11 - 5) }
    switch code {
    case "f4": return try Tensor(v.map { Float($0) * 0.25 }, shape: shape)
    case "f8": return try Tensor(v.map { Double($0) * 0.25 - 1e-3 }, shape: shape, dtype: .float64)
    case "i4": return try Tensor(v.map { Int32($0 * 100003) }, shape: shape)
    case "i8": return try Tensor(v.map { $0 * 1_000_000_000_000 + 7 }, shape: shape)
    case "u4": return try Tensor((0..<n).map { UInt32(truncatingIfNeeded: UInt64($0) &* 2654435761) }, shape: shape)
    default: return try Tensor(v.map { $0 > 0 }, shape: shape)
    }
}

/// Shape, dtype and every byte equal.
func npyIdentical(_ a: Tensor, _ b: Tensor) throws -> Bool {
    guard a.shape == b.shape, a.dtype == b.dtype else { return false }
    return try a.withUnsafeBytes { Array($0) } == b.withUnsafeBytes { Array($0) }
}

/// A hand-made `.npy` file: magic, version, length field, the dict, padding
/// to 64 bytes (numpy-style) and `dataBytes` bytes of data (0, 1, 2, …).
func rawNpy(_ dict: String, major: UInt8 = 1, dataBytes: Int = 0, pad: Bool = true, headerLength: UInt32? = nil) -> [UInt8] {
    let prefix = major == 1 ? 10 : 12
    var text = Array(dict.utf8)
    if pad {
        let unpadded = prefix + text.count + 1
        text += [UInt8](repeating: 0x20, count: 64 - unpadded % 64)
        text.append(0x0A)
    }
    let length = headerLength ?? UInt32(text.count)
    var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, major, 0]
    for i in 0..<(prefix - 8) { out.append(UInt8(truncatingIfNeeded: length >> (8 * UInt32(i)))) }
    return out + text + (0..<dataBytes).map { UInt8(truncatingIfNeeded: $0) }
}

func npyShapeTag(_ shape: [Int]) -> String { shape.isEmpty ? "scalar" : shape.map(String.init).joined(separator: "x") }

// MARK: - Tests

@Suite("Npy: .npy load and save")
struct NpyTests {
    static let shapes: [[Int]] = [[], [0], [5], [3, 4], [2, 3, 4], [0, 3], [4, 0], [1, 1, 1, 7]]

    @Test("save then load gives back the same tensor, for every dtype and shape")
    func roundTrip() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        for (code, dtype) in npyCodes {
            for shape in Self.shapes {
                let x = try npyTestData(code, shape)
                #expect(x.dtype == dtype)
                let p = dir.file("\(code)-\(npyShapeTag(shape)).npy")
                try Npy.save(x, to: p)
                let y = try Npy.load(p)
                #expect(try npyIdentical(x, y), "\(code) \(shape)")
                let h = try Npy.header(of: p)
                #expect(h.shape == shape && h.dtype == dtype && !h.fortranOrder)
                #expect(h.dataOffset % 64 == 0)
                #expect(h.version == NpyHeader.Version(major: 1, minor: 0))
                #expect(h.endianness == (dtype == .bool ? .notApplicable : .little))
            }
        }
        // Saving replaced nothing else and left no temporary files behind.
        #expect(dir.entries.count == npyCodes.count * Self.shapes.count)
        #expect(dir.entries.allSatisfy { !$0.hasPrefix(".") })
    }

    @Test("the header is byte-for-byte numpy's (including its 64-byte padding rule)")
    func headerMatchesNumpyLayout() throws {
        let h = NpyHeader(dtype: .float32, shape: [3, 4])
        let text = String(decoding: h.encoded().dropFirst(10), as: UTF8.self)
        #expect(text.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"))
        #expect(h.encoded().count == 128 && h.dataOffset == 128 && text.hasSuffix(" \n"))
        #expect(NpyHeader(dtype: .bool, shape: [5]).descr == "|b1")
        #expect(NpyHeader(dtype: .int64, shape: []).encoded().count == 128)
        #expect(h.description == "float32 (3, 4) '<f4' C order, format 1.0, data at byte 128")
        // A dict whose padded length would end exactly on 64 gets 64 more spaces, as in numpy.
        for n in [1, 10, 100, 1_000_000, 1 << 40] {
            let e = NpyHeader(dtype: .float64, shape: [n, 3]).encoded()
            #expect(e.count % 64 == 0 && e.last == 0x0A)
        }
    }

    @Test("numpy reads our files: same values, dtype, shape, and the very same bytes as np.save")
    func numpyReadsOurFiles() throws {
        guard NpyPython.available(for: "numpyReadsOurFiles") else { return }
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        var manifest: [String] = []
        for (code, _) in npyCodes {
            for shape in Self.shapes {
                let name = "\(code)-\(npyShapeTag(shape)).npy"
                try Npy.save(try npyTestData(code, shape), to: dir.file(name))
                manifest.append("\(name) \(code) \(shape.map(String.init).joined(separator: ","))")
            }
        }
        let script = NpyPython.dataFunction + """

            import sys, io
            d = sys.argv[1]
            for line in sys.argv[2:]:
                name, code, dims = line.split(' ')
                shape = tuple(int(s) for s in dims.split(',') if s)
                a = np.load(d + '/' + name)
                want = data(code, shape)
                buf = io.BytesIO(); np.save(buf, want)
                same_bytes = buf.getvalue() == open(d + '/' + name, 'rb').read()
                ok = a.dtype == want.dtype and a.shape == want.shape and np.array_equal(a, want) and same_bytes
                print(('ok ' if ok else 'FAIL ') + name + ('' if ok else ' %s %s bytes-equal=%s' % (a.dtype, a.shape, same_bytes)))
            """
        let lines = try NpyPython.run(script, [dir.path] + manifest).split(separator: "\n")
        #expect(lines.count == manifest.count)
        for line in lines { #expect(line.hasPrefix("ok "), "\(line)") }
    }

    @Test("we read numpy's files: versions 1.0/2.0/3.0, both byte orders, C and Fortran order")
    func weReadNumpyFiles() throws {
        guard NpyPython.available(for: "weReadNumpyFiles") else { return }
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let script = NpyPython.dataFunction + """

            import sys
            d = sys.argv[1]
            shapes = [(), (5,), (3, 4), (2, 3, 4), (0, 3), (3, 1, 2, 2)]
            for code in ['f4', 'f8', 'i4', 'i8', 'u4', 'b1']:
                for shape in shapes:
                    for version in [(1, 0), (2, 0), (3, 0)]:
                        for order in ['<', '>']:
                            for fortran in [False, True]:
                                a = data(code, shape)
                                if code != 'b1': a = a.astype(a.dtype.newbyteorder(order))
                                if fortran and a.ndim: a = np.asfortranarray(a)   # asfortranarray makes a 0-d array 1-d
                                name = '%s-%s-v%d-%s-%s.npy' % (code, 'x'.join(map(str, shape)) or 'scalar', version[0], 'be' if order == '>' else 'le', 'F' if fortran else 'C')
                                with open(d + '/' + name, 'wb') as f:
                                    np.lib.format.write_array(f, a, version=version)
                                print(name)
            """
        let names = try NpyPython.run(script, [dir.path]).split(separator: "\n").map(String.init)
        #expect(names.count == 6 * 6 * 3 * 2 * 2)
        var fortranFiles = 0
        for name in names {
            let parts = name.dropLast(4).split(separator: "-").map(String.init)
            let code = parts[0], shape = parts[1] == "scalar" ? [] : parts[1].split(separator: "x").map { Int($0)! }
            let expected = try npyTestData(code, shape)
            let p = dir.file(name)
            let h = try Npy.header(of: p)
            #expect(h.version.major == Int(parts[2].dropFirst())!, "\(name)")
            #expect(h.shape == shape && h.dtype == expected.dtype, "\(name)")
            if code == "b1" { #expect(h.endianness == .notApplicable) } else { #expect(h.endianness == (parts[3] == "be" ? .big : .little), "\(name)") }
            // numpy stores 0-d and 1-d arrays as C order even when asked for Fortran.
            #expect(h.fortranOrder == (parts[4] == "F" && shape.count > 1 && !shape.contains(0)), "\(name)")
            if h.fortranOrder { fortranFiles += 1 }
            #expect(try npyIdentical(Npy.load(p), expected), "\(name)")
            // Every row range reads the matching rows, in C order, whatever the layout.
            if let n = shape.first {
                let all = try expected.withUnsafeBytes { Array($0) }
                let rowBytes = h.rowByteCount
                for lo in 0...n {
                    for hi in lo...n {
                        let rows = try Npy.loadRows(p, rows: lo..<hi)
                        #expect(rows.shape == [hi - lo] + shape.dropFirst(), "\(name) \(lo)..<\(hi)")
                        #expect(try rows.withUnsafeBytes { Array($0) } == Array(all[(lo * rowBytes)..<(hi * rowBytes)]), "\(name) \(lo)..<\(hi)")
                    }
                }
            }
        }
        #expect(fortranFiles > 0)
    }

    @Test("bool bytes other than 0 and 1 load as true")
    func boolBytesAreNormalised() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        var bytes = rawNpy("{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }")
        bytes += [0, 1, 2, 255]
        let x = try Npy.load(try dir.write("b.npy", bytes))
        #expect(try x.toArray(Bool.self) == [false, true, true, true])
        #expect(try x.withUnsafeBytes { Array($0) } == [0, 1, 1, 1])
    }

    @Test("headers numpy accepts but does not write: other key order, double quotes, Python 2 longs, '=' and '|' byte orders")
    func lenientHeaders() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let cases: [(String, DType, [Int])] = [
            ("{'shape': (2,), 'fortran_order': False, 'descr': '<i4'}", .int32, [2]),
            ("{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (1, 2)}", .float64, [1, 2]),
            ("{'descr': '<i8', 'fortran_order': False, 'shape': (2L, 1L), }", .int64, [2, 1]),
            ("{'descr': '=u4', 'fortran_order': False, 'shape': (2,), }", .uint32, [2]),
            ("{'descr': '|f4', 'fortran_order': False, 'shape': (2,), }", .float32, [2]),
            ("{'descr': u'<f4', 'fortran_order': False, 'shape': ((2),), }", .float32, [2]),
            ("{'descr':'float32','fortran_order':False,'shape':(2,)}", .float32, [2]),
        ]
        for (i, (dict, dtype, shape)) in cases.enumerated() {
            let p = try dir.write("l\(i).npy", rawNpy(dict, dataBytes: shape.reduce(1, *) * dtype.itemSize))
            let x = try Npy.load(p)
            #expect(x.dtype == dtype && x.shape == shape, "\(dict)")
        }
    }

    @Test("loadRows reads only the asked rows; bad ranges and 0-d arrays throw")
    func loadRows() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let p = dir.file("r.npy")
        try Npy.save(try Tensor(Array(0..<12).map { Int32($0) }, shape: [6, 2]), to: p)
        #expect(try Npy.loadRows(p, rows: 2..<4).toArray(Int32.self) == [4, 5, 6, 7])
        #expect(try Npy.loadRows(p, rows: 6..<6).shape == [0, 2])
        #expect(try Npy.loadRows(p, rows: 0..<6).toArray(Int32.self) == Array(0..<12).map { Int32($0) })
        let range = #expect(throws: NpyError.self) { try Npy.loadRows(p, rows: 5..<7) }
        #expect(range?.description == "\(p): rows 5..<7 are out of range for the leading axis of length 6")
        let negative = #expect(throws: NpyError.self) { try Npy.loadRows(p, rows: -1..<2) }
        #expect(negative?.message == "rows -1..<2 are out of range for the leading axis of length 6")
        let q = dir.file("s.npy")
        try Npy.save(Tensor(Float(3)), to: q)
        let scalar = #expect(throws: NpyError.self) { try Npy.loadRows(q, rows: 0..<1) }
        #expect(scalar?.description == "\(q): a 0-d array has no rows to read; use Npy.load")
    }

    // MARK: Atomic writes

    @Test("a failed save leaves no file under the final name and no temporary file")
    func failedSaveLeavesNothing() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let p = dir.file("x.npy")
        struct Boom: Error {}
        let e = #expect(throws: NpyError.self) {
            try Npy.writeAtomically(to: p) { fd, _ in
                _ = write(fd, "partial", 7)
                throw Boom()
            }
        }
        #expect(e?.description == "\(p): cannot save: Boom()")
        #expect(dir.entries.isEmpty)

        // An existing file survives a failed save untouched.
        try Npy.save(Tensor([1, 2, 3]), to: p)
        let before = try dir.read("x.npy")
        #expect(throws: NpyError.self) {
            try Npy.writeAtomically(to: p) { fd, _ in
                _ = write(fd, "partial", 7)
                throw NpyError(path: p, message: "disk full (simulated)")
            }
        }
        #expect(try dir.read("x.npy") == before)
        #expect(dir.entries == ["x.npy"])

        // Renaming onto a directory fails after the data is written: the temporary goes away.
        try FileManager.default.createDirectory(atPath: dir.file("d.npy"), withIntermediateDirectories: false)
        let renamed = #expect(throws: NpyError.self) { try Npy.save(Tensor([1, 2]), to: dir.file("d.npy")) }
        #expect(renamed?.message.hasPrefix("cannot rename \(dir.path)/.d.npy.tmp-\(getpid())-") == true)
        #expect(renamed?.message.hasSuffix(" to the final name: Is a directory") == true)
        #expect(dir.entries == ["d.npy", "x.npy"])
    }

    @Test("save errors name the file: missing directory, directory path, traced tensor")
    func saveErrors() throws {
        let missing = "/nonexistent-npy-dir/x.npy"
        let e = #expect(throws: NpyError.self) { try Npy.save(Tensor([1, 2]), to: missing) }
        #expect(e?.description.hasPrefix("\(missing): cannot create the temporary file /nonexistent-npy-dir/.x.npy.tmp-\(getpid())-") == true)
        #expect(e?.description.hasSuffix(": No such file or directory") == true)
        let slash = #expect(throws: NpyError.self) { try Npy.save(Tensor([1, 2]), to: "/tmp/") }
        #expect(slash?.description == "/tmp/: the path must name a file, not a directory")
        let traced = #expect(throws: NpyError.self) {
            _ = try vmap({ (x: Tensor) throws -> Tensor in
                try Npy.save(x, to: "/tmp/never.npy")
                return x
            })(Tensor([1, 2, 3]))
        }
        #expect(traced?.description == "/tmp/never.npy: cannot save a traced tensor (inside jit, vmap or makeJaxpr); return it from the transformed function and save the result")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.npy"))
    }

    // MARK: Malformed files: every message

    @Test("malformed files throw an NpyError naming the file and the problem")
    func malformedFiles() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let ok = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }"
        let cases: [(String, [UInt8], String)] = [
            ("empty", [], "truncated: the file has 0 bytes, fewer than the .npy preamble (magic string, version, header length)"),
            ("short-magic", [0x93, 0x4E, 0x55], "truncated: the file has 3 bytes, fewer than the .npy preamble (magic string, version, header length)"),
            ("no-version", [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1], "truncated: the file has 7 bytes, fewer than the .npy preamble (magic string, version, header length)"),
            ("bad-magic", Array("hello world, not numpy".utf8), "not a .npy file: it starts with [68 65 6C 6C 6F 20] instead of the magic string \\x93NUMPY"),
            ("npz", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0, 0, 0, 0], "not a .npy file: it starts with [50 4B 03 04 14 00] instead of the magic string \\x93NUMPY (it looks like a .npz archive: unzip it, or load it with numpy)"),
            ("version-4", rawNpy(ok, major: 4, dataBytes: 12), "unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)"),
            ("version-1.1", Array(rawNpy(ok, dataBytes: 12)[0..<7]) + [1] + Array(rawNpy(ok, dataBytes: 12)[8...]), "unsupported .npy format version 1.1 (supported: 1.0, 2.0, 3.0)"),
            ("short-v1-length", Array(rawNpy(ok)[0..<9]), "truncated: the file has 9 bytes, fewer than the 10-byte preamble of format 1.0"),
            ("short-v2-length", Array(rawNpy(ok, major: 2)[0..<11]), "truncated: the file has 11 bytes, fewer than the 12-byte preamble of format 2.0"),
            ("huge-header-length", rawNpy(ok, major: 2, dataBytes: 12, headerLength: 0xFFFF_FFFF), "header length 4294967295 is larger than the limit of 1048576 bytes (corrupt file?)"),
            ("header-past-end", Array(rawNpy(ok)[0..<60]), "truncated: the header claims 118 bytes but the file ends 50 bytes after the preamble"),
            ("syntax-missing-comma", rawNpy("{'descr': '<f4' 'fortran_order': False, 'shape': (3,), }", dataBytes: 12), "cannot parse the header as a Python dict literal: expected ',' or '}', found ''' at byte 16 of the header"),
            ("syntax-unterminated", rawNpy("{'descr': '<f4, 'fortran_order': False}"), "cannot parse the header as a Python dict literal: expected ',' or '}', found 'f' at byte 17 of the header"),
            ("syntax-open-dict", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), ", dataBytes: 12), "cannot parse the header as a Python dict literal: unexpected end of header, expected a value at byte 118 of the header"),
            ("syntax-name", rawNpy("{'descr': '<f4', 'fortran_order': false, 'shape': (3,), }", dataBytes: 12), "cannot parse the header as a Python dict literal: unexpected name 'false', expected a value at byte 34 of the header"),
            ("syntax-float", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3.0,), }", dataBytes: 12), "cannot parse the header as a Python dict literal: only decimal integers are supported, found '.' in a number at byte 52 of the header"),
            ("syntax-trailing", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), } x", dataBytes: 12), "cannot parse the header as a Python dict literal: unexpected 'x' after the literal at byte 58 of the header"),
            ("huge-integer", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999,), }"), "cannot parse the header as a Python dict literal: integer 99999999999999999999999 is too large at byte 51 of the header"),
            ("deep-nesting", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': " + String(repeating: "(", count: 100) + "3" + String(repeating: ")", count: 100) + "}"), "cannot parse the header as a Python dict literal: literal nested more than 64 levels deep at byte 113 of the header"),
            ("not-a-dict", rawNpy("[1, 2]"), "the header is not a dictionary: [1, 2]"),
            ("non-string-key", rawNpy("{1: 2}"), "the header has a non-string key 1; expected 'descr', 'fortran_order' and 'shape'"),
            ("missing-key", rawNpy("{'descr': '<f4', 'shape': (3,)}", dataBytes: 12), "the header does not contain the correct keys: ['descr', 'shape']; expected 'descr', 'fortran_order' and 'shape'"),
            ("extra-key", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x': 1}", dataBytes: 12), "the header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']; expected 'descr', 'fortran_order' and 'shape'"),
            ("fortran-not-bool", rawNpy("{'descr': '<f4', 'fortran_order': 'yes', 'shape': (3,), }", dataBytes: 12), "fortran_order is not a valid bool: 'yes'"),
            ("shape-negative", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 3), }"), "shape is not valid: (-1, 3) (expected a tuple of non-negative integers)"),
            ("shape-list", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': [3], }", dataBytes: 12), "shape is not valid: [3] (expected a tuple of non-negative integers)"),
            ("shape-bool", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (True,), }", dataBytes: 4), "shape is not valid: (True,) (expected a tuple of non-negative integers)"),
            ("too-many-elements", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1073741824, 1073741824, 4), }"), "shape (1073741824, 1073741824, 4) has too many elements (more than 2**40)"),
            ("complex", rawNpy("{'descr': '<c8', 'fortran_order': False, 'shape': (3,), }", dataBytes: 24), "unsupported dtype '<c8' (complex64); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian"),
            ("unicode", rawNpy("{'descr': '<U3', 'fortran_order': False, 'shape': (3,), }", dataBytes: 36), "unsupported dtype '<U3' (unicode string); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian"),
            ("object", rawNpy("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", dataBytes: 24), "unsupported dtype '|O' (Python objects); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian"),
            ("float16", rawNpy("{'descr': '<f2', 'fortran_order': False, 'shape': (3,), }", dataBytes: 6), "unsupported dtype '<f2' (float16); supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian"),
            ("structured", rawNpy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (3,), }", dataBytes: 12), "unsupported dtype: structured dtype [('a', '<f4')]; supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian"),
            ("descr-int", rawNpy("{'descr': 4, 'fortran_order': False, 'shape': (3,), }", dataBytes: 12), "descr is not a valid dtype descriptor: 4"),
            ("data-truncated", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }", dataBytes: 40), "truncated: shape (3, 4) of float32 needs 48 bytes of data after the 128-byte header, but the file has 40"),
            ("data-trailing", rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }", dataBytes: 56), "size mismatch: shape (3, 4) of float32 needs 48 bytes of data after the 128-byte header, but the file has 56 (8 trailing bytes)"),
            ("zero-but-huge", rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 9223372036854775807, 9223372036854775807), }", dataBytes: 1), "shape (0, 9223372036854775807, 9223372036854775807) has too many elements (more than 2**40)"),
        ]
        for (name, bytes, message) in cases {
            let p = try dir.write(name + ".npy", bytes)
            for read in [{ _ = try Npy.load(p) }, { _ = try Npy.header(of: p) }, { _ = try Npy.loadRows(p, rows: 0..<0) }] {
                let e = #expect(throws: NpyError.self, "\(name)") { try read() }
                #expect(e?.path == p, "\(name)")
                #expect(e?.message == message, "\(name)")
                #expect(e?.description == "\(p): \(message)", "\(name)")
            }
        }
    }

    @Test("files that are not there or not files")
    func missingAndDirectories() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        let missing = dir.file("nope.npy")
        let e = #expect(throws: NpyError.self) { try Npy.load(missing) }
        #expect(e?.description == "\(missing): cannot open: No such file or directory")
        let d = #expect(throws: NpyError.self) { try Npy.load(dir.path) }
        #expect(d?.description == "\(dir.path): is a directory, not a .npy file")
        let special = #expect(throws: NpyError.self) { try Npy.header(of: "/dev/null") }
        #expect(special?.description == "/dev/null: is not a regular file")
    }

    @Test("numpy files of unsupported dtypes are refused with their numpy name")
    func numpyUnsupportedDtypes() throws {
        guard NpyPython.available(for: "numpyUnsupportedDtypes") else { return }
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        _ = try NpyPython.run("""
            import numpy as np, sys
            d = sys.argv[1]
            np.save(d + '/c8.npy', np.zeros(3, np.complex64))
            np.save(d + '/u3.npy', np.array(['abc', 'de']))
            np.save(d + '/obj.npy', np.array([{}, None], dtype=object), allow_pickle=True)
            np.save(d + '/i2.npy', np.zeros(3, np.int16))
            np.save(d + '/rec.npy', np.zeros(3, dtype=[('a', '<f4'), ('b', '<i4')]))
            np.save(d + '/dt.npy', np.zeros(2, dtype='datetime64[s]'))
            """, [dir.path])
        let expected = [
            "c8.npy": "unsupported dtype '<c8' (complex64)", "u3.npy": "unsupported dtype '<U3' (unicode string)",
            "obj.npy": "unsupported dtype '|O' (Python objects)", "i2.npy": "unsupported dtype '<i2' (int16)",
            "rec.npy": "unsupported dtype: structured dtype [('a', '<f4'), ('b', '<i4')]",
            "dt.npy": "unsupported dtype '<M8[s]' (datetime64)",
        ]
        for (name, prefix) in expected {
            let e = #expect(throws: NpyError.self, "\(name)") { try Npy.load(dir.file(name)) }
            #expect(e?.message == prefix + "; supported are f4, f8, i4, i8, u4 and b1 (bool), little- or big-endian", "\(name)")
        }
    }
}
