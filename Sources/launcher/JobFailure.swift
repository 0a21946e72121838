/// Why a job failed, in one line, read from what mpirun prints on standard
/// error (Open MPI 4's messages; mpirun's own text is kept, this is a summary
/// added after it).
///
/// ```swift
/// var scanner = MPIRunMessageScanner()
/// scanner.scan("  Process name: [[23664,1],1]\n  Exit code:    3\n")
/// scanner.summary(exitStatus: 3)   // "pmaprun: rank 1 exited with code 3"
/// ```
enum JobFailure: Equatable, Sendable {
    /// A rank ended with a non-zero exit code.
    case exited(rank: Int, code: Int)
    /// A rank was killed by a signal (a trap is SIGILL or SIGTRAP, a crash SIGSEGV, `kill -9` SIGKILL).
    case signaled(rank: Int, signal: Int, name: String?, node: String?)
    /// A rank called `MPI_Abort`.
    case aborted(rank: Int, code: Int)
    /// A rank ended (exit code 0) without calling `MPI_Finalize`.
    case exitedWithoutFinalize(rank: Int, node: String?)
    /// mpirun's `--timeout` ran out.
    case timedOut(seconds: Int?)
    /// mpirun lost contact with a node's daemon (node down, network cut).
    case lostNode(String?)
    /// A node's daemon (orted) failed to start, or its launch agent (ssh)
    /// ended: mpirun cannot tell which, nor which node.
    case daemonFailed

    /// The rank the failure names, if any.
    var rank: Int? {
        switch self {
        case .exited(let rank, _), .signaled(let rank, _, _, _), .aborted(let rank, _),
             .exitedWithoutFinalize(let rank, _):
            rank
        case .timedOut, .lostNode, .daemonFailed:
            nil
        }
    }
}

/// Reads mpirun's standard error line by line and remembers the first
/// failure it reports, plus the last `rank R: <error>` line each rank printed
/// (PMap's `failJob` format), to name the cause.
///
/// Open MPI's messages recognised (blocks framed by dashes):
/// ```
///   Process name: [[23664,1],1]          mpirun detected that one or more processes
///   Exit code:    3                      exited with non-zero status …
/// mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).
/// MPI_ABORT was invoked on rank 1 in communicator MPI_COMM_WORLD
/// with errorcode 7.
/// mpirun has exited due to process rank 1 with PID 0 on
/// node vm exiting improperly. …
/// The user-provided time limit for job execution has been reached:
///   Timeout: 5 seconds
/// ORTE has lost communication with a remote daemon.
///   Remote daemon: [[5432,0],2] on node h3
/// ORTE was unable to reliably start one or more daemons.
/// ```
/// With `--tag-output` a rank's lines start with `[job,rank]<stderr>:`;
/// the tag is removed before matching.
///
/// - Complexity: O(length of each line); memory stays bounded (one
///   partial line and one short message per rank).
struct MPIRunMessageScanner: Sendable {
    /// The first failure seen (mpirun names the first rank that failed).
    private(set) var failure: JobFailure?
    /// The last `rank R: message` line per rank, cut to 300 characters.
    private(set) var rankMessages: [Int: String] = [:]

    private var partialLine: [UInt8] = []
    private var pendingProcessRank: Int?
    private var pendingAbortRank: Int?
    private var pendingImproperRank: Int?
    private var sawTimeout = false
    private var sawLostDaemon = false

    /// Feeds a chunk of mpirun's standard error (any split; lines are reassembled).
    mutating func scan(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                scanLine(String(decoding: partialLine, as: UTF8.self))
                partialLine.removeAll(keepingCapacity: true)
            } else if partialLine.count < 4096 {
                partialLine.append(byte)
            }
        }
    }

    /// Feeds text (tests and examples).
    mutating func scan(_ text: String) { scan(Array(text.utf8)) }

    /// Ends the input: a last line without a newline is scanned too.
    mutating func finish() {
        if !partialLine.isEmpty {
            scanLine(String(decoding: partialLine, as: UTF8.self))
            partialLine.removeAll()
        }
    }

    /// One line of mpirun's standard error.
    mutating func scanLine(_ raw: String) {
        let (taggedRank, line) = Self.untagged(raw)
        let text = line.trimmingWhitespace()
        guard !text.isEmpty else { return }

        if let rankText = text.removingPrefix("rank "), let colon = rankText.firstIndex(of: ":"),
           let rank = Int(rankText[..<colon]), taggedRank == nil || taggedRank == rank {
            let message = rankText[rankText.index(after: colon)...].trimmingWhitespace()
            if !message.isEmpty { rankMessages[rank] = String(message.prefix(300)) }
            return
        }
        guard taggedRank == nil else { return }  // other rank output is not mpirun's

        if let rest = text.removingPrefix("Process name:") {
            // "[[23664,1],1]": the rank is after the last comma.
            pendingProcessRank = rest.split(separator: ",").last.flatMap { Int($0.filter(\.isNumber)) }
        } else if let rest = text.removingPrefix("Exit code:"), let rank = pendingProcessRank,
                  let code = Int(rest.trimmingWhitespace()) {
            record(.exited(rank: rank, code: code))
            pendingProcessRank = nil
        } else if text.contains("exited on signal"), let rank = Self.number(after: "process rank ", in: text),
                  let signal = Self.number(after: "exited on signal ", in: text) {
            let name = text.firstRange(of: "(").flatMap { open in
                text[open.upperBound...].split(separator: ")").first.map(String.init)
            }
            record(.signaled(rank: rank, signal: signal, name: name, node: Self.word(after: " on node ", in: text)))
        } else if text.hasPrefix("MPI_ABORT was invoked on rank"), let rank = Self.number(after: "on rank ", in: text) {
            pendingAbortRank = rank
            if let code = Self.number(after: "errorcode ", in: text) { record(.aborted(rank: rank, code: code)) }
        } else if let rank = pendingAbortRank, let code = Self.number(after: "with errorcode ", in: text) {
            record(.aborted(rank: rank, code: code))
            pendingAbortRank = nil
        } else if text.hasPrefix("mpirun has exited due to process rank"),
                  let rank = Self.number(after: "process rank ", in: text) {
            record(.exitedWithoutFinalize(rank: rank, node: Self.word(after: " on node ", in: text)))
            pendingImproperRank = rank
        } else if let rank = pendingImproperRank, let node = text.removingPrefix("node "),
                  case .exitedWithoutFinalize(rank, nil) = failure {
            // Open MPI wraps the line: "… with PID 0 on" / "node vm exiting improperly. …"
            failure = .exitedWithoutFinalize(rank: rank, node: node.split(separator: " ").first.map(String.init))
            pendingImproperRank = nil
        } else if text.hasPrefix("The user-provided time limit for job execution has been reached") {
            sawTimeout = true
            record(.timedOut(seconds: nil))
        } else if sawTimeout, let rest = text.removingPrefix("Timeout:"), case .timedOut(nil) = failure {
            failure = .timedOut(seconds: Int(rest.split(separator: " ").first ?? ""))
        } else if text.hasPrefix("ORTE has lost communication with a remote daemon") {
            sawLostDaemon = true
            record(.lostNode(nil))
        } else if sawLostDaemon, text.hasPrefix("Remote daemon:"), case .lostNode(nil) = failure {
            failure = .lostNode(Self.word(after: " on node ", in: text))
        } else if text.hasPrefix("ORTE was unable to reliably start one or more daemons")
                    || text.hasPrefix("An ORTE daemon has unexpectedly failed") {
            // Also printed mid-job, when a remote daemon's launch agent ends
            // (the daemon lost mpirun, e.g. after a network cut).
            record(.daemonFailed)
        }
    }

    /// pmaprun's one-line summary for a job that ended with `exitStatus`, or
    /// `nil` when it succeeded.
    ///
    /// - Parameters:
    ///   - exitStatus: mpirun's exit status (128 + signal if it was killed).
    ///   - interruption: The signal pmaprun received and forwarded, if any.
    /// - Returns: `pmaprun: …`, naming the rank when mpirun did.
    ///
    /// ```swift
    /// scanner.summary(exitStatus: 137)   // "pmaprun: rank 1 killed by signal 9 (Killed) on node vm"
    /// ```
    func summary(exitStatus: Int32, interruption: Int32? = nil) -> String? {
        guard exitStatus != 0 else { return nil }
        if let interruption {
            return "pmaprun: stopped by \(Self.signalName(interruption)): mpirun ended the job (exit code \(exitStatus))"
        }
        func reason(_ rank: Int) -> String {
            rankMessages[rank].map { ": \($0)" } ?? ""
        }
        switch failure {
        case .exited(let rank, let code)?:
            return "pmaprun: rank \(rank) exited with code \(code)\(reason(rank))"
        case .signaled(let rank, let signal, let name, let node)?:
            let named = name.map { " (\($0))" } ?? ""
            let place = node.map { " on node \($0)" } ?? ""
            return "pmaprun: rank \(rank) killed by signal \(signal)\(named)\(place)\(reason(rank))"
        case .aborted(let rank, let code)?:
            return "pmaprun: rank \(rank) aborted the job (MPI_Abort, code \(code))\(reason(rank))"
        case .exitedWithoutFinalize(let rank, let node)?:
            let place = node.map { " on node \($0)" } ?? ""
            return "pmaprun: rank \(rank)\(place) exited without calling MPI_Finalize\(reason(rank))"
        case .timedOut(let seconds)?:
            let limit = seconds.map { "its \($0) s time limit (--timeout \($0))" } ?? "its time limit (--timeout)"
            return "pmaprun: the job reached \(limit) and was stopped (exit code \(exitStatus))"
        case .lostNode(let node)?:
            let which = node.map { "node \($0)" } ?? "a node"
            return "pmaprun: lost contact with \(which) (host down or network cut); the job was stopped (exit code \(exitStatus))"
        case .daemonFailed?:
            return "pmaprun: a node's Open MPI daemon (orted) failed to start or stopped"
                + " (host down, network cut, or ssh/PATH trouble: see above); the job was stopped (exit code \(exitStatus))"
        case nil:
            // mpirun's text about the rank can be lost when a rank aborts
            // (Open MPI's show_help race); a rank's own error line still names it.
            if rankMessages.count == 1, let (rank, message) = rankMessages.first {
                return "pmaprun: rank \(rank) failed: \(message) (exit code \(exitStatus))"
            }
            if exitStatus > 128 {
                return "pmaprun: mpirun was killed by \(Self.signalName(exitStatus - 128))"
            }
            return "pmaprun: the job failed with exit code \(exitStatus) (see mpirun's messages above)"
        }
    }

    private mutating func record(_ found: JobFailure) {
        if failure == nil { failure = found }
    }

    /// Splits `[1,3]<stderr>:text` into (3, "text"); other lines are (nil, line).
    static func untagged(_ line: String) -> (rank: Int?, text: Substring) {
        let whole = line[...]
        guard whole.hasPrefix("["), let close = whole.firstIndex(of: "]"),
              let colon = whole[close...].firstIndex(of: ":") else { return (nil, whole) }
        let tag = whole[whole.index(after: whole.startIndex)..<close]
        let stream = whole[whole.index(after: close)..<colon]
        guard stream == "<stdout>" || stream == "<stderr>" || stream == "<stddiag>",
              let rank = tag.split(separator: ",").last.flatMap({ Int($0) }) else { return (nil, whole) }
        return (rank, whole[whole.index(after: colon)...])
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.firstRange(of: marker) else { return nil }
        return Int(String(text[range.upperBound...].prefix(while: \.isNumber)))
    }

    private static func word(after marker: String, in text: String) -> String? {
        guard let range = text.firstRange(of: marker) else { return nil }
        let word = text[range.upperBound...].prefix { !$0.isWhitespace }
        let trimmed = word.hasSuffix(".") ? word.dropLast() : word
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// `SIGINT` for 2, and so on for the signals a job usually meets.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS",
            8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}

extension StringProtocol {
    /// The rest after `prefix`, or `nil` when the text does not start with it.
    fileprivate func removingPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }
}
