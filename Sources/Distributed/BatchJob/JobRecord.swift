// The progress record of a batch job, `OUTPUT.progress`: a text file that
// says which job the unfinished output belongs to and which chunks of it are
// on disk.
//
//     job v2 count=3000 dtype=float32 row=[3] chunk=100 input=- key=pmap-demo%20paths=64 crc=5c1d2e3f
//     done 0 100 data=9a8b7c6d crc=0e1f2a3b
//     done 1500 1600 data=… crc=…
//
// The first line is the job's identity; every later line is one finished
// chunk with the CRC-32 of its bytes in the output. Each line ends with the
// CRC-32 of the text before ` crc=`, so a torn, truncated or edited line is
// detected. Nothing in the record is trusted unless it checks out: a bad
// line, a range that is not one of the job's chunks, or a chunk recorded
// twice with different data means that chunk is computed again; a damaged
// first line means the whole job starts over.

import Local

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything that decides what a batch job's output holds, as the record stores it.
struct JobIdentity: Equatable {
    var count: Int
    var dtype: DType
    var rowShape: [Int]
    var chunkSize: Int
    /// The input file's array (`float32[60000,784]`), or `-` for index jobs.
    var input: String
    /// The caller's description of everything else (the function's parameters).
    var key: String

    /// The record's first line, without its checksum.
    var line: String {
        "job v2 count=\(count) dtype=\(dtype.name) row=[\(rowShape.map(String.init).joined(separator: ","))] chunk=\(chunkSize) input=\(JobRecord.escape(input)) key=\(JobRecord.escape(key))"
    }

    /// The fields of the record's first line, in order.
    fileprivate var fields: [(String, String)] {
        [("count", "\(count)"), ("dtype", dtype.name), ("row", "[\(rowShape.map(String.init).joined(separator: ","))]"),
         ("chunk", "\(chunkSize)"), ("input", input), ("key", key)]
    }

    /// What differs, in words: `paths=512 (this run) vs paths=1024 (the unfinished run)`.
    func differences(from recorded: [(String, String)]) -> [String] {
        let recordedByName = Dictionary(recorded, uniquingKeysWith: { a, _ in a })
        return fields.compactMap { name, value in
            let old = recordedByName[name] ?? "(missing)"
            return old == value ? nil : "\(name) \(quoted(value)) in this run, \(quoted(old)) in the unfinished one"
        }
    }

    private func quoted(_ s: String) -> String {
        s.contains(" ") || s.isEmpty ? "'\(s)'" : s
    }
}

enum JobRecord {
    /// What a record file says, once checked.
    struct Contents {
        /// The recorded job's fields, when the first line checks out.
        var identity: [(String, String)]?
        /// Why the first line could not be used.
        var identityProblem: String?
        /// Finished chunks: first example → CRC-32 of the chunk's bytes.
        var chunks: [Int: UInt32] = [:]
        /// One sentence per line that was not trusted.
        var problems: [String] = []
        /// Chunks recorded twice with different data: never trusted.
        var conflicting: Set<Int> = []
    }

    /// Writes a new record holding only `identity`, atomically (a temporary
    /// file renamed over `path`), and makes it durable.
    static func create(_ path: String, identity: JobIdentity) throws {
        let text = Array(signed(identity.line).utf8)
        let temporary = path + ".new"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw NpyError(path: temporary, message: "cannot create the progress record: \(DurableIO.errnoText())") }
        do {
            try text.withUnsafeBytes { try DurableIO.writeAll(fd, $0, path: temporary) }
            try DurableIO.sync(fd, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try DurableIO.renameDurably(temporary, to: path)
    }

    /// Appends one line per finished chunk and `fsync`s: when this returns,
    /// the chunks survive a crash of the machine.
    static func append(_ path: String, chunks: [(range: Range<Int>, crc: UInt32)], step: Int = 0) throws {
        guard !chunks.isEmpty else { return }
        let text = Array(chunks.map { signed("done \($0.range.lowerBound) \($0.range.upperBound) data=\(hex($0.crc))") }.joined().utf8)
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw NpyError(path: path, message: "cannot open the progress record: \(DurableIO.errnoText())") }
        defer { close(fd) }
        if CrashPoint.armed("record", step) {
            try text.withUnsafeBytes { try DurableIO.writeAll(fd, UnsafeRawBufferPointer(rebasing: $0[..<($0.count / 2)]), path: path) }
            CrashPoint.crash()
        }
        try text.withUnsafeBytes { try DurableIO.writeAll(fd, $0, path: path) }
        try DurableIO.sync(fd, path: path)
    }

    /// Reads and checks the record at `path` for a job with `chunkSize` and
    /// `count`; nil when there is no record.
    static func read(_ path: String, count: Int, chunkSize: Int) throws -> Contents? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)   // a FIFO must not block the open: it is refused below
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw NpyError(path: path, message: "cannot open the progress record: \(DurableIO.errnoText())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw NpyError(path: path, message: "cannot stat: \(DurableIO.errnoText())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw NpyError(path: path, message: "the progress record is not a regular file") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        try bytes.withUnsafeMutableBytes { try DurableIO.readAll(fd, into: $0, at: 0, path: path) }
        return parse(bytes, path: path, count: count, chunkSize: chunkSize)
    }

    static func parse(_ bytes: [UInt8], path: String, count: Int, chunkSize: Int) -> Contents {
        var contents = Contents()
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
        let complete = lines.last?.isEmpty ?? true
        if complete { lines.removeLast() }
        guard !lines.isEmpty else {
            contents.identityProblem = "it is empty"
            return contents
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let torn = !complete && index == lines.count - 1
            guard let text = verified(line) else {
                let why = torn ? "is incomplete (the job stopped while writing it)" : "is damaged (its checksum does not match)"
                if index == 0 { contents.identityProblem = "its first line \(why)" } else {
                    contents.problems.append("\(path) line \(number) \(why); that chunk is computed again")
                }
                continue
            }
            let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if index == 0 {
                guard words.count == 8, words[0] == "job", words[1] == "v2" else {
                    contents.identityProblem = "its first line is not a job line of this version of swift-pmap"
                    continue
                }
                var fields: [(String, String)] = []
                for word in words.dropFirst(2) {
                    guard let eq = word.firstIndex(of: "="), let value = unescape(String(word[word.index(after: eq)...])) else {
                        contents.identityProblem = "its first line has a malformed field '\(word)'"
                        break
                    }
                    fields.append((String(word[..<eq]), value))
                }
                if contents.identityProblem == nil { contents.identity = fields }
                continue
            }
            guard words.count == 4, words[0] == "done", let lo = Int(words[1]), let hi = Int(words[2]),
                  words[3].hasPrefix("data="), let crc = UInt32(words[3].dropFirst(5), radix: 16), words[3].count == 13 else {
                contents.problems.append("\(path) line \(number) is not a chunk line; ignored")
                continue
            }
            guard lo >= 0, lo < count, lo % chunkSize == 0, hi == Swift.min(lo + chunkSize, count) else {
                contents.problems.append("\(path) line \(number) names examples \(lo)..<\(hi), which is not one of the job's chunks; ignored")
                continue
            }
            if let earlier = contents.chunks[lo], earlier != crc {
                contents.problems.append("\(path) line \(number) records chunk \(lo)..<\(hi) again with other data; that chunk is computed again")
                contents.chunks[lo] = nil
                contents.conflicting.insert(lo)
                continue
            }
            if !contents.conflicting.contains(lo) { contents.chunks[lo] = crc }
        }
        return contents
    }

    // MARK: Lines

    /// `text crc=XXXXXXXX\n`.
    static func signed(_ text: String) -> String {
        "\(text) crc=\(hex(crc32(Array(text.utf8))))\n"
    }

    /// The text of a line whose checksum matches, else nil.
    private static func verified(_ line: [UInt8]) -> String? {
        let suffix = Array(" crc=".utf8)
        guard line.count >= suffix.count + 8, Array(line[(line.count - 13)..<(line.count - 8)]) == suffix,
              let stored = UInt32(String(decoding: line.suffix(8), as: UTF8.self), radix: 16) else { return nil }
        let text = Array(line.prefix(line.count - 13))
        guard crc32(text) == stored else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Percent-encodes what would break a space-separated `name=value` field.
    static func escape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if b > 0x20 && b < 0x7f && c != "%" && c != "=" { out.append(c) } else {
                out += "%" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }
        }
        return out.isEmpty ? "%" : out
    }

    static func unescape(_ s: String) -> String? {
        if s == "%" { return "" }
        var bytes: [UInt8] = []
        var i = s.utf8.startIndex
        let u = s.utf8
        while i < u.endIndex {
            if u[i] == UInt8(ascii: "%") {
                let a = u.index(after: i)
                guard a < u.endIndex, u.index(after: a) < u.endIndex,
                      let v = UInt8(String(decoding: u[a...u.index(after: a)], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(v)
                i = u.index(a, offsetBy: 2)
            } else {
                bytes.append(u[i])
                i = u.index(after: i)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
