#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An Open MPI hostfile: one host per line with optional slot counts.
///
/// The syntax is Open MPI's: a host name (or address, or `user@host`),
/// then `key=value` attributes (spaces around `=` allowed), and `#` comments to
/// the end of the line. A host listed twice adds up its slots, as Open MPI does.
///
/// ```
/// # two nodes, two ranks each
/// node1 slots=2
/// node2 slots=2 max_slots=4
/// ```
///
/// `pmaprun` parses the file only to validate it (with `file:line:` errors)
/// and to count slots; mpirun still reads the file itself.
///
/// ```swift
/// let hostfile = try Hostfile.parse("node1 slots=2\nnode2 slots=2\n", path: "hosts")
/// hostfile.totalSlots(defaultSlotsPerHost: 1)   // 4
/// ```
struct Hostfile: Equatable, Sendable {
    /// One host of the file, after merging repeated lines.
    ///
    /// ```swift
    /// Hostfile.Entry(host: "node1", slots: 2, maxSlots: nil, line: 1)
    /// ```
    struct Entry: Equatable, Sendable {
        /// The host name or address, as written (including any `user@`).
        var host: String
        /// `slots=N`; `nil` when absent (Open MPI then uses the node's core count).
        var slots: Int?
        /// `max_slots=N`; `nil` when absent.
        var maxSlots: Int?
        /// The 1-based line of the host's first appearance.
        var line: Int
    }

    /// Where the file came from, used in error messages.
    var path: String
    /// The hosts in order of first appearance.
    var entries: [Entry]

    /// The number of slots the file offers, counting `defaultSlotsPerHost`
    /// for hosts without `slots=` (pass this node's core count: Open MPI
    /// counts the cores of each node, and clusters are usually uniform).
    ///
    /// ```swift
    /// try Hostfile.parse("a slots=3\nb\n", path: "h").totalSlots(defaultSlotsPerHost: 2)   // 5
    /// ```
    func totalSlots(defaultSlotsPerHost: Int) -> Int {
        entries.reduce(0) { $0 + ($1.slots ?? defaultSlotsPerHost) }
    }

    /// Attribute names Open MPI's hostfile lexer accepts for the slot count.
    private static let slotKeys: Set<String> = ["slots", "slot", "count", "cpu", "cpus"]
    /// Attribute names for the maximum slot count.
    private static let maxSlotKeys: Set<String> = ["max_slots", "max-slots", "maxslots", "max_slot", "max-slot"]
    /// Other attributes Open MPI accepts; `pmaprun` leaves them to mpirun.
    private static let passThroughKeys: Set<String> = [
        "username", "user", "user_name", "user-name", "port", "boards",
        "sockets_per_board", "sockets-per-board", "sockets", "cores_per_socket", "cores-per-socket", "cores",
    ]

    /// Parses hostfile text.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The file's name, for messages such as `hosts:3: …`.
    /// - Returns: The hosts with their slot counts.
    /// - Throws: ``HostfileError`` at the first malformed line, or when no
    ///   line names a host.
    ///
    /// ```swift
    /// let hostfile = try Hostfile.parse("localhost slots=2  # this machine\n", path: "hostfiles/localhost")
    /// hostfile.entries[0].slots   // 2
    /// ```
    static func parse(_ text: String, path: String) throws(HostfileError) -> Hostfile {
        var entries: [Entry] = []
        var indexOfHost: [String: Int] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            func fail(_ message: String) -> HostfileError {
                HostfileError(path: path, line: lineNumber, message: message)
            }
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let tokens = tokenize(content)
            guard let host = tokens.first else { continue }
            guard host != "=" else { throw fail("expected a host name, found '='") }
            if tokens.count > 1, tokens[1] == "=" {
                throw fail("expected a host name before '\(host)=' (lines look like 'node1 slots=2')")
            }
            var entry = Entry(host: host, slots: nil, maxSlots: nil, line: lineNumber)
            var seen: Set<String> = []
            var index = 1
            while index < tokens.count {
                let key = tokens[index]
                guard index + 1 < tokens.count, tokens[index + 1] == "=" else {
                    throw fail("unexpected '\(key)' after host '\(host)' (expected an attribute such as slots=2)")
                }
                guard index + 2 < tokens.count, tokens[index + 2] != "=" else {
                    throw fail("missing value after '\(key)='")
                }
                let value = tokens[index + 2]
                index += 3
                let name = key.lowercased()
                let canonical = slotKeys.contains(name) ? "slots" : maxSlotKeys.contains(name) ? "max_slots" : name
                guard !seen.contains(canonical) else { throw fail("'\(canonical)' given twice for host '\(host)'") }
                seen.insert(canonical)
                switch canonical {
                case "slots":
                    guard let count = Int(value), count >= 1 else {
                        throw fail("slots must be a positive integer, got '\(value)'")
                    }
                    entry.slots = count
                case "max_slots":
                    guard let count = Int(value), count >= 1 else {
                        throw fail("max_slots must be a positive integer, got '\(value)'")
                    }
                    entry.maxSlots = count
                default:
                    guard passThroughKeys.contains(name) else {
                        throw fail("unknown attribute '\(key)' (expected slots=N or max_slots=N)")
                    }
                }
            }
            if let slots = entry.slots, let maxSlots = entry.maxSlots, maxSlots < slots {
                throw fail("max_slots (\(maxSlots)) is less than slots (\(slots)) for host '\(host)'")
            }
            if let existing = indexOfHost[host] {
                // Open MPI adds the slots of repeated lines for the same host.
                let previous = entries[existing]
                entries[existing].slots = (previous.slots ?? 1) + (entry.slots ?? 1)
                if let maxSlots = entry.maxSlots { entries[existing].maxSlots = maxSlots }
            } else {
                indexOfHost[host] = entries.count
                entries.append(entry)
            }
        }
        guard !entries.isEmpty else {
            throw HostfileError(path: path, line: nil, message: "no hosts (every line is empty or a comment)")
        }
        return Hostfile(path: path, entries: entries)
    }

    /// Reads and parses the hostfile at `path`.
    ///
    /// - Parameter path: A file path, relative to the current directory or absolute.
    /// - Throws: ``HostfileError`` if the file cannot be read or is malformed.
    ///
    /// ```swift
    /// let hostfile = try Hostfile.load(path: "hostfiles/localhost")
    /// ```
    static func load(path: String) throws(HostfileError) -> Hostfile {
        guard let text = readTextFile(path) else {
            throw HostfileError(path: path, line: nil, message: "cannot read hostfile: \(String(cString: strerror(errno)))")
        }
        return try parse(text, path: path)
    }

    /// Splits a line into words, with `=` always a word of its own.
    private static func tokenize(_ line: Substring) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in line {
            if character == "=" {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append("=")
            } else if character.isWhitespace {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

/// A malformed or unreadable hostfile, reported as `path:line: message`.
///
/// ```swift
/// do { _ = try Hostfile.parse("node1 slots=two\n", path: "hosts") }
/// catch { print(error) }   // "hosts:1: slots must be a positive integer, got 'two'"
/// ```
struct HostfileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The hostfile's path as given on the command line.
    var path: String
    /// The 1-based line, or `nil` for errors about the whole file.
    var line: Int?
    /// What is wrong, with the expected form when it helps.
    var message: String

    /// `path:line: message` (or `path: message`), the format compilers use,
    /// so editors can jump to the line.
    var description: String {
        if let line { "\(path):\(line): \(message)" } else { "\(path): \(message)" }
    }
}

/// Reads a whole file as UTF-8 without Foundation; `nil` (with `errno` set) on failure.
func readTextFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}
