// Seeded random-mutation fuzzing of the `.npy` header parser.
//
// Valid files (every dtype, byte order, version, odd shapes) are mutated:
// bit flips, byte changes, truncations, inserted and deleted bytes, huge and
// negative numbers, deeply nested brackets, bogus header lengths, spliced
// headers. Every mutant must either parse into a header consistent with the
// file's length or throw an `NpyError`: any other error, an inconsistent
// header, or a trap (which ends the test process) is a failure.
//
// An input that ever failed is kept in `regressionCorpus` below, with what it
// broke, and runs on every `swift test`. Set NPY_FUZZ_ITERATIONS to fuzz longer
// (`NPY_FUZZ_ITERATIONS=200000 swift test --filter NpyFuzz`); a failing
// mutant is printed as hex, ready to paste into the corpus.

import Foundation
import Testing

@testable import Local

/// A small, fast, seedable generator (Steele, Lea and Flood's NpySplitMix64).
struct NpySplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

@Suite("Npy: header fuzzing")
struct NpyFuzzTests {
    // MARK: Seeds

    /// Header dicts numpy writes or accepts, with their data sizes.
    static let seedDicts: [(dict: String, dataBytes: Int)] = [
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }", 48),
        ("{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }", 48),
        ("{'descr': '<i4', 'fortran_order': False, 'shape': (5,), }", 20),
        ("{'descr': '>i8', 'fortran_order': False, 'shape': (), }", 8),
        ("{'descr': '<u4', 'fortran_order': True, 'shape': (2, 1, 2), }", 16),
        ("{'descr': '|b1', 'fortran_order': False, 'shape': (0, 7), }", 0),
        ("{'descr': '|b1', 'fortran_order': False, 'shape': (9,), }", 9),
        ("{'shape': (2L, 2L), 'fortran_order': False, 'descr': '<f4'}", 16),
        ("{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (1, 1, 1, 1)}", 8),
        ("{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (2,), }", 16),
        ("{'descr': '<U3', 'fortran_order': False, 'shape': (2,), }", 24),
    ]

    /// Whole files: each seed dict framed as format 1.0, 2.0 and 3.0.
    static let seedFiles: [[UInt8]] = seedDicts.flatMap { seed in
        [UInt8(1), 2, 3].map { rawNpy(seed.dict, major: $0, dataBytes: seed.dataBytes) }
    } + [NpyHeader(dtype: .float32, shape: [2, 2]).encoded() + [UInt8](repeating: 0, count: 16)]

    /// Fragments a mutation may insert.
    static let tokens: [String] = [
        "True", "False", "None", "'", "\"", "(", ")", "[", "]", "{", "}", ",", ":", "L", "-", "+", "0", "-1",
        "1e5", "3.5", "0x10", "\\", "\\'", "u'", "'descr'", "'shape'", "'fortran_order'", "'<c8'", "'>f4'", "'|b1'",
        "\n", "\t", " ", "\u{0}", "\u{FF}", "é", "\u{1F600}", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "18446744073709551616", "99999999999999999999999999999999999999",
    ]

    // MARK: Oracle

    /// nil when `bytes` parse into a consistent header or throw an
    /// `NpyError`; otherwise what went wrong.
    static func problem(with bytes: [UInt8]) -> String? {
        do {
            let h = try NpyHeader.parse(fileBytes: bytes, path: "fuzz.npy")
            if h.shape.contains(where: { $0 < 0 }) { return "accepted a negative dimension: \(h)" }
            if h.dataOffset + h.dataByteCount != bytes.count {
                return "accepted \(h) for a file of \(bytes.count) bytes"
            }
            if !(1...3).contains(h.version.major) { return "accepted version \(h.version)" }
            return nil
        } catch is NpyError {
            return nil
        } catch {
            return "threw \(type(of: error)) instead of NpyError: \(error)"
        }
    }

    /// The same input through the file API: load must agree with the parser.
    static func fileProblem(with bytes: [UInt8], in dir: NpyTemporaryDirectory, name: String) -> String? {
        do {
            let p = try dir.write(name, bytes)
            defer { unlink(p) }
            let parsed = try? NpyHeader.parse(fileBytes: bytes, path: p)
            do {
                let x = try Npy.load(p)
                guard let parsed else { return "Npy.load accepted what the parser refused" }
                if x.shape != parsed.shape || x.dtype != parsed.dtype { return "Npy.load gave \(x.shape) \(x.dtype), header says \(parsed)" }
                if let n = parsed.shape.first {
                    let rows = try Npy.loadRows(p, rows: (n / 2)..<n)
                    if rows.shape.first != n - n / 2 { return "loadRows gave \(rows.shape)" }
                }
                return nil
            } catch is NpyError {
                return parsed == nil ? nil : "Npy.load refused what the parser accepted"
            }
        } catch {
            return "threw \(type(of: error)): \(error)"
        }
    }

    // MARK: Mutations

    static func mutate(_ bytes: inout [UInt8], _ rng: inout NpySplitMix64) {
        let n = bytes.count
        switch rng.below(14) {
        case 0:   // flip one bit
            guard n > 0 else { return }
            bytes[rng.below(n)] ^= UInt8(1) << UInt8(rng.below(8))
        case 1:   // set a byte to anything
            guard n > 0 else { return }
            bytes[rng.below(n)] = UInt8(truncatingIfNeeded: rng.next())
        case 2:   // truncate
            bytes.removeLast(n - rng.below(n + 1))
        case 3:   // insert random bytes
            let at = rng.below(n + 1)
            bytes.insert(contentsOf: (0..<(1 + rng.below(8))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
        case 4:   // delete a range
            guard n > 0 else { return }
            let a = rng.below(n), b = min(n, a + 1 + rng.below(16))
            bytes.removeSubrange(a..<b)
        case 5:   // duplicate a range
            guard n > 0 else { return }
            let a = rng.below(n), b = min(n, a + 1 + rng.below(32))
            bytes.insert(contentsOf: Array(bytes[a..<b]), at: rng.below(n + 1))
        case 6:   // insert a token
            bytes.insert(contentsOf: Array(tokens[rng.below(tokens.count)].utf8), at: rng.below(n + 1))
        case 7:   // replace a run of digits with a huge, negative or zero number
            let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 && $0 >= 10 }
            guard let start = digits.randomElement(using: &rng) else { return }
            var end = start
            while end < n, bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
            let replacement = ["0", "-3", "4294967296", "9223372036854775807", "9223372036854775808",
                               "1099511627776", "99999999999999999999999999", "2147483648", "65536"].randomElement(using: &rng)!
            bytes.replaceSubrange(start..<end, with: Array(replacement.utf8))
        case 8:   // deeply nested brackets
            let open = ["(", "[", "{", "((", "[("].randomElement(using: &rng)!
            let depth = 1 + rng.below(200)
            let at = rng.below(n + 1)
            let closing = rng.below(2) == 0
            let close = String(open.reversed().map { c -> Character in c == "(" ? ")" : c == "[" ? "]" : "}" })
            bytes.insert(contentsOf: Array((String(repeating: open, count: depth) + (closing ? String(repeating: close, count: depth) : "")).utf8), at: at)
        case 9:   // a bogus header length
            guard n >= 12 else { return }
            let values: [UInt32] = [0, 1, 0xFFFF, 0x1_0000, 0xFFFF_FFFF, 0x10_0001, UInt32(truncatingIfNeeded: rng.next()), UInt32(n), UInt32(n - 9)]
            let v = values.randomElement(using: &rng)!
            for i in 0..<(bytes[6] == 1 ? 2 : 4) { bytes[8 + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
        case 10:  // another version
            guard n > 7 else { return }
            bytes[6] = [0, 1, 2, 3, 4, 255].randomElement(using: &rng)!
        case 11:  // append data (a size mismatch)
            bytes += [UInt8](repeating: 0xAB, count: 1 + rng.below(64))
        case 12:  // splice another seed's tail
            let other = seedFiles.randomElement(using: &rng)!
            let a = rng.below(n + 1), b = rng.below(other.count + 1)
            bytes = Array(bytes[..<a]) + Array(other[b...])
        default:  // swap two bytes
            guard n > 1 else { return }
            bytes.swapAt(rng.below(n), rng.below(n))
        }
    }

    /// A mutated dict framed with a correct header length, so the mutant
    /// reaches the dict parser instead of failing on the framing.
    static func reframed(_ rng: inout NpySplitMix64) -> [UInt8] {
        let seed = seedDicts.randomElement(using: &rng)!
        var dict = Array(seed.dict.utf8)
        for _ in 0..<(1 + rng.below(3)) {
            var withPrefix = [UInt8](repeating: 0x20, count: 10) + dict   // keeps mutation 7's "past the preamble" rule simple
            mutate(&withPrefix, &rng)
            dict = Array(withPrefix.dropFirst(min(10, withPrefix.count)))
        }
        let major = UInt8(1 + rng.below(3))
        // Mostly the size the mutated header asks for, so the mutant can be accepted.
        let asked = dict.withUnsafeBytes { raw in
            (try? NpyHeader.parseDict(raw, version: NpyHeader.Version(major: Int(major), minor: 0), fileSize: nil, path: ""))?.dataByteCount
        }
        let exact = asked.flatMap { $0 <= 1 << 16 ? $0 : nil } ?? seed.dataBytes
        let data = [exact, exact, exact, seed.dataBytes, 0, rng.below(100)].randomElement(using: &rng)!
        return rawNpy(String(decoding: dict, as: UTF8.self), major: major, dataBytes: data, pad: rng.below(4) != 0)
    }

    static var iterations: Int {
        ProcessInfo.processInfo.environment["NPY_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 4000
    }

    // MARK: Tests

    @Test("seeded mutations of whole files: nothing traps, errors are NpyErrors, accepted headers fit the file")
    func fileMutations() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        var rng = NpySplitMix64(seed: 0x6E70_795F_6675_7A7A)
        var accepted = 0, failures = 0
        var kinds: Set<String> = []
        for i in 0..<Self.iterations {
            var bytes = Self.seedFiles.randomElement(using: &rng)!
            for _ in 0..<(1 + rng.below(4)) { Self.mutate(&bytes, &rng) }
            var problem = Self.problem(with: bytes)
            if problem == nil && i % 20 == 0 { problem = Self.fileProblem(with: bytes, in: dir, name: "m\(i).npy") }
            switch Result(catching: { try NpyHeader.parse(fileBytes: bytes, path: "") }) {
            case .success: accepted += 1
            case .failure(let e): kinds.insert(Self.kind(of: e))
            }
            if let problem {
                failures += 1
                if failures <= 10 { Issue.record("mutant \(i): \(problem)\n  hex: \(Self.hex(bytes))") }
            }
        }
        #expect(failures == 0)
        #expect(accepted > 0, "the mutations never produced a valid file: the fuzzer is not reaching the parser's success path")
        print("file mutations: \(Self.iterations) mutants, \(accepted) accepted, \(kinds.count) kinds of error: \(kinds.sorted())")
        #expect(kinds.count >= 12, "the mutations reach too few of the parser's checks: \(kinds.sorted())")
    }

    @Test("seeded mutations of header dicts with correct framing reach the dict parser")
    func dictMutations() throws {
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        var rng = NpySplitMix64(seed: 0x6469_6374_7321)
        var accepted = 0, failures = 0
        var kinds: Set<String> = []
        for i in 0..<Self.iterations {
            let bytes = Self.reframed(&rng)
            var problem = Self.problem(with: bytes)
            if problem == nil && i % 20 == 0 { problem = Self.fileProblem(with: bytes, in: dir, name: "d\(i).npy") }
            switch Result(catching: { try NpyHeader.parse(fileBytes: bytes, path: "") }) {
            case .success: accepted += 1
            case .failure(let e): kinds.insert(Self.kind(of: e))
            }
            if let problem {
                failures += 1
                if failures <= 10 { Issue.record("mutant \(i): \(problem)\n  hex: \(Self.hex(bytes))") }
            }
        }
        #expect(failures == 0)
        #expect(accepted > 0)
        print("dict mutations: \(Self.iterations) mutants, \(accepted) accepted, \(kinds.count) kinds of error: \(kinds.sorted())")
        #expect(kinds.count >= 12, "the mutations reach too few of the parser's checks: \(kinds.sorted())")
    }

    @Test("the Python literal parser alone: random byte strings and token soups")
    func literalParser() {
        var rng = NpySplitMix64(seed: 0x7079_6C69_74)
        for _ in 0..<Self.iterations {
            var text: [UInt8] = []
            if rng.below(2) == 0 {
                text = (0..<rng.below(64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                for _ in 0..<rng.below(40) { text += Array(Self.tokens.randomElement(using: &rng)!.utf8) }
            }
            text.withUnsafeBytes { raw in
                var parser = PyLiteralParser(bytes: raw, utf8: rng.below(2) == 0)
                do { _ = try parser.parseDocument() } catch is PyLiteralParser.SyntaxError {} catch {
                    Issue.record("unexpected \(type(of: error)) for \(Self.hex(text))")
                }
            }
        }
    }

    // MARK: Regression corpus

    /// Inputs that once broke the parser or the loader (what they broke,
    /// hex bytes), and inputs chosen to sit on its edges.
    static let regressionCorpus: [(String, String)] = [
        // Failed once: the header parsed (a zero dimension makes the data empty),
        // then Npy.load threw TensorError "too many elements to allocate" instead
        // of NpyError. Fixed by bounding the product of the nonzero dimensions.
        ("product overflows with a later zero", Self.hex(rawNpy("{'descr': '<f8', 'fortran_order': True, 'shape': (9223372036854775807, 9223372036854775807, 0)}"))),
        ("huge dimensions around a zero, C order", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 1099511627777)}"))),
        // No mutant has failed since (500 000 of each kind, seeds as in this file).
        // Edges kept on purpose.
        ("empty file", ""),
        ("magic only", "934e554d5059"),
        ("version 0.0", "934e554d50590000"),
        ("v1, header length 0", "934e554d505901000000"),
        ("v3, header length covers the whole file, dict unterminated", "934e554d50590300030000007b2728"),
        ("dict of a dict as the shape", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': {(): ()}}"))),
        ("1-tuple without comma is its element", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3)}", dataBytes: 12))),
        ("Int.min as a dimension", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (-9223372036854775808,)}"))),
        ("Int.max as a dimension", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (9223372036854775807,)}"))),
        ("row size overflows", Self.hex(rawNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 4611686018427387904)}"))),
        ("65 dimensions", Self.hex(rawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (" + String(repeating: "1, ", count: 65) + ")}", dataBytes: 4))),
        ("nesting exactly at the limit", Self.hex(rawNpy(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)))),
        ("backslash at the end of a string", Self.hex(rawNpy("{'descr': '<f4\\"))),
        ("invalid UTF-8 in a 3.0 header", "934e554d505903000a0000007bff273a20277d2020"),
        ("latin-1 descr in a 1.0 header", Self.hex(rawNpy("{'descr': '<f\u{00E9}', 'fortran_order': False, 'shape': (1,)}"))),
        ("NUL bytes in the padding", "934e554d505901001000" + "7b7d0000000000000000000000000000"),
    ]

    @Test("regression corpus: inputs that once failed and edge inputs", arguments: regressionCorpus)
    func regression(_ name: String, _ hex: String) throws {
        let bytes = Self.bytes(hex: hex)
        #expect(Self.problem(with: bytes) == nil, "\(name)")
        let dir = try NpyTemporaryDirectory()
        defer { dir.cleanUp() }
        #expect(Self.fileProblem(with: bytes, in: dir, name: "corpus.npy") == nil, "\(name)")
    }

    /// An error message without its numbers and quoted parts: which check fired.
    static func kind(of error: Error) -> String {
        var message = Substring((error as? NpyError)?.message ?? "\(error)")
        if let r = message.range(of: "dict literal: ") { message = "parse: " + message[r.upperBound...] }
        return String(message.prefix { $0 != "'" && $0 != "(" && $0 != "[" && !$0.isNumber }.prefix(48))
    }

    // MARK: Hex

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    static func bytes(hex: String) -> [UInt8] {
        let h = Array(hex.utf8)
        func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10 }
        return stride(from: 0, to: h.count - 1, by: 2).map { nibble(h[$0]) << 4 | nibble(h[$0 + 1]) }
    }
}
