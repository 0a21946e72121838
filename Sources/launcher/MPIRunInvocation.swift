#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - What the user asked for

/// A validated `pmaprun` request, independent of how it was parsed.
///
/// ```swift
/// var request = LaunchRequest(ranks: 4, command: ["./train", "--epochs", "3"])
/// request.timeout = 600
/// ```
struct LaunchRequest: Equatable, Sendable {
    /// Where the ranks may run.
    ///
    /// ```swift
    /// LaunchRequest.Hosts.hostfile(try Hostfile.load(path: "hostfiles/localhost"))
    /// ```
    enum Hosts: Equatable, Sendable {
        /// This machine only (mpirun's default).
        case local
        /// `--hostfile F`, already parsed.
        case hostfile(Hostfile)
        /// `--host h1,h2:slots`, already parsed.
        case hosts(HostList)
    }

    /// The defaults `pmaprun` adds for this kind of machine; each one can be
    /// turned off. `nil` means "decide from the request" (auto).
    ///
    /// ```swift
    /// var defaults = LaunchRequest.Defaults()
    /// defaults.pmlOB1 = false   // keep UCX on an InfiniBand cluster
    /// ```
    struct Defaults: Equatable, Sendable {
        /// Export `OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1` when running as root.
        var allowRunAsRoot = true
        /// `--oversubscribe`; auto: when there are more ranks than slots.
        var oversubscribe: Bool? = nil
        /// `--bind-to none`; auto: when ranks (times their threads) share cores.
        var bindToNone: Bool? = nil
        /// `--mca mpi_yield_when_idle 1`; auto: when ranks share cores.
        var yieldWhenIdle: Bool? = nil
        /// `--mca pml ob1`: skips UCX's slow start-up (about 200 ms per launch here).
        var pmlOB1 = true
        /// `--mca odls_base_sigkill_timeout 0`: when one rank fails, kill the rest at once, not after 1 s.
        var promptKill = true
        /// `-x PMAP_NUM_THREADS[=T]` so every rank, on every node, sees the thread count.
        var exportThreads = true
        /// `-x PMAP_STDOUT_IS_TTY=1|0`: whether pmaprun's standard output is a
        /// terminal. Ranks cannot tell by themselves (mpirun gives them a
        /// pseudo-terminal either way), and progress bars need to know.
        var exportTerminal = true

        /// Every default off: mpirun gets only what was asked for.
        ///
        /// ```swift
        /// let plain = LaunchRequest.Defaults.none
        /// ```
        static let none = Defaults(
            allowRunAsRoot: false, oversubscribe: false, bindToNone: false, yieldWhenIdle: false,
            pmlOB1: false, promptKill: false, exportThreads: false, exportTerminal: false)
    }

    /// The number of ranks (`-np`), at least 1.
    var ranks: Int
    /// Where the ranks run.
    var hosts: Hosts = .local
    /// Threads per rank (`PMAP_NUM_THREADS`); `nil` lets each rank decide.
    var threadsPerRank: Int? = nil
    /// mpirun's `--timeout` in seconds; `nil` for none.
    var timeout: Int? = nil
    /// mpirun's `--tag-output` (prefix each output line with the job and rank).
    var tagOutput = false
    /// Extra arguments for mpirun, passed verbatim before the program.
    var mpiArguments: [String] = []
    /// The machine-specific defaults.
    var defaults = Defaults()
    /// The program and its arguments, untouched.
    var command: [String]
}

/// A parsed `--host` list: `h1,h2:4` is `h1` with one slot (Open MPI's rule
/// for several hosts) and `h2` with four.
///
/// ```swift
/// let list = try HostList.parse("node1,node2:4")
/// list.totalSlots(defaultSlotsPerHost: 2)   // 5
/// ```
struct HostList: Equatable, Sendable {
    /// One `name[:slots]` item.
    struct Item: Equatable, Sendable {
        /// The host as written.
        var host: String
        /// The `:N` count, if given.
        var slots: Int?
    }

    /// The text as given, passed to mpirun unchanged.
    var text: String
    /// The items in order.
    var items: [Item]

    /// Slots offered: `:N` where given; otherwise one per item, except that a
    /// single host without a count offers `defaultSlotsPerHost` (its cores), as
    /// in Open MPI.
    ///
    /// ```swift
    /// try HostList.parse("localhost").totalSlots(defaultSlotsPerHost: 2)   // 2
    /// ```
    func totalSlots(defaultSlotsPerHost: Int) -> Int {
        if items.count == 1, items[0].slots == nil { return defaultSlotsPerHost }
        return items.reduce(0) { $0 + ($1.slots ?? 1) }
    }

    /// Parses `h1,h2:slots`.
    ///
    /// - Parameter text: Comma-separated `host[:slots]` items.
    /// - Throws: ``LaunchError/invalidHostList(_:)`` for empty names or bad counts.
    ///
    /// ```swift
    /// let list = try HostList.parse("h1:2,h2:2")
    /// ```
    static func parse(_ text: String) throws(LaunchError) -> HostList {
        var items: [Item] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = String(part).trimmingWhitespace()
            guard !item.isEmpty else {
                throw .invalidHostList("--host '\(text)': empty host name (expected h1,h2:slots)")
            }
            if let colon = item.firstIndex(of: ":") {
                let host = String(item[..<colon])
                let count = String(item[item.index(after: colon)...])
                guard !host.isEmpty else {
                    throw .invalidHostList("--host '\(text)': empty host name before ':\(count)'")
                }
                guard let slots = Int(count), slots >= 1 else {
                    throw .invalidHostList("--host '\(text)': slots for '\(host)' must be a positive integer, got '\(count)'")
                }
                items.append(Item(host: host, slots: slots))
            } else {
                items.append(Item(host: item, slots: nil))
            }
        }
        return HostList(text: text, items: items)
    }
}

// MARK: - Where it runs

/// What `pmaprun` knows about the machine it starts on. Tests pass their own.
///
/// ```swift
/// let context = LaunchContext(mpirun: "/usr/bin/mpirun", isRoot: false, localCores: 8, hostname: "n1", environment: [:])
/// ```
struct LaunchContext: Equatable, Sendable {
    /// The resolved mpirun executable.
    var mpirun: String
    /// Whether pmaprun runs with effective user id 0.
    var isRoot: Bool
    /// Online CPUs on this node.
    var localCores: Int
    /// This node's host name, to recognise `--host` entries that mean "here".
    var hostname: String
    /// pmaprun's own environment (inherited by mpirun).
    var environment: [String: String]
    /// Whether pmaprun's standard output is a terminal.
    var standardOutputIsTerminal = false

    /// The Slurm or PBS allocation pmaprun runs in, from ``environment``.
    var allocation: BatchAllocation? { BatchAllocation.detect(in: environment) }

    /// The context of the running process.
    ///
    /// - Parameters:
    ///   - mpirun: The resolved path of mpirun.
    ///   - environment: The environment mpirun will inherit (default: this process's).
    ///
    /// ```swift
    /// let context = LaunchContext.current(mpirun: "/usr/bin/mpirun")
    /// ```
    static func current(mpirun: String, environment: [String: String] = currentEnvironment()) -> LaunchContext {
        var name = [CChar](repeating: 0, count: 256)
        let hostname = gethostname(&name, name.count - 1) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        return LaunchContext(
            mpirun: mpirun,
            isRoot: geteuid() == 0,
            localCores: max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))),
            hostname: hostname,
            environment: environment,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }
}

// MARK: - The mpirun command

/// The exact mpirun command `pmaprun` runs: argv (no shell) plus the
/// environment variables it adds, and notes on choices the command line does
/// not show (a batch allocation, where the thread count came from).
///
/// ```swift
/// let invocation = MPIRunInvocation(request: LaunchRequest(ranks: 2, command: ["/bin/hostname"]), context: context)
/// print(invocation.commandLine)
/// // OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 /usr/bin/mpirun -np 2 --mca pml ob1 --mca odls_base_sigkill_timeout 0 /bin/hostname
/// ```
struct MPIRunInvocation: Equatable, Sendable {
    /// The mpirun executable (argv[0]).
    var executable: String
    /// Everything after argv[0], in order.
    var arguments: [String]
    /// Variables added to pmaprun's environment for mpirun, in order.
    var addedEnvironment: [(name: String, value: String)]
    /// Why the command looks as it does where that is not obvious, one
    /// sentence each (`--dry-run` prints them as `# …` lines).
    var notes: [String] = []

    /// The full argv, `[executable] + arguments`.
    ///
    /// ```swift
    /// invocation.argv.first   // "/usr/bin/mpirun"
    /// ```
    var argv: [String] { [executable] + arguments }

    /// The command as one shell line (added variables first, words quoted
    /// where needed), for `--dry-run` and logs.
    ///
    /// ```swift
    /// print(invocation.commandLine)   // "/usr/bin/mpirun -np 2 … /bin/echo 'hello world'"
    /// ```
    var commandLine: String {
        (addedEnvironment.map { "\($0.name)=\(shellQuoted($0.value))" } + argv.map(shellQuoted))
            .joined(separator: " ")
    }

    static func == (lhs: MPIRunInvocation, rhs: MPIRunInvocation) -> Bool {
        lhs.executable == rhs.executable && lhs.arguments == rhs.arguments
            && lhs.addedEnvironment.map(\.name) == rhs.addedEnvironment.map(\.name)
            && lhs.addedEnvironment.map(\.value) == rhs.addedEnvironment.map(\.value)
            && lhs.notes == rhs.notes
    }

    /// Builds mpirun's command for a request on a machine.
    ///
    /// The order is fixed: `-np`, hosts, placement (`--oversubscribe`,
    /// `--bind-to none`), MCA settings, `--timeout`, `--tag-output`, `-x`,
    /// the user's `--mpi-arg`s, then the program. A default is left out when
    /// the user already sets the same thing (an `--mpi-arg`, or an
    /// `OMPI_MCA_*` variable in the environment).
    ///
    /// Inside a Slurm allocation no hosts are added (mpirun reads the
    /// allocation); inside PBS the allocation's node file is passed; hosts
    /// given explicitly are passed either way. `SLURM_CPUS_PER_TASK` sets the
    /// threads per rank unless `--threads-per-rank` or `PMAP_NUM_THREADS` does.
    ///
    /// - Parameters:
    ///   - request: What to run.
    ///   - context: The machine (mpirun path, root or not, cores).
    ///
    /// ```swift
    /// let invocation = MPIRunInvocation(request: request, context: .current(mpirun: "/usr/bin/mpirun"))
    /// ```
    init(request: LaunchRequest, context: LaunchContext) {
        let defaults = request.defaults
        let userArguments = request.mpiArguments
        var arguments = ["-np", String(request.ranks)]
        var added: [(name: String, value: String)] = []
        var notes: [String] = []

        if defaults.allowRunAsRoot, context.isRoot {
            for name in ["OMPI_ALLOW_RUN_AS_ROOT", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"]
            where context.environment[name] == nil {
                added.append((name, "1"))
            }
        }

        let allocation = context.allocation
        switch request.hosts {
        case .local:
            if let allocation {
                if allocation.scheduler == .pbs, let nodeFile = allocation.nodeFile {
                    arguments += ["--hostfile", nodeFile]
                    notes.append("inside a \(allocation): hosts from its node file (PBS_NODEFILE)")
                } else {
                    notes.append("inside a \(allocation): mpirun takes the hosts from it")
                }
            }
        case .hostfile(let hostfile):
            arguments += ["--hostfile", hostfile.path]
            if let allocation { notes.append("inside a \(allocation): using the hosts of --hostfile within it") }
        case .hosts(let list):
            arguments += ["--host", list.text]
            if let allocation { notes.append("inside a \(allocation): using the hosts of --host within it") }
        }

        let placement = Placement(request: request, context: context)
        if defaults.oversubscribe ?? placement.exceedsSlots,
           !Self.mentions(userArguments, anyOf: ["--oversubscribe", "-oversubscribe", "--nooversubscribe", "-nooversubscribe"]) {
            arguments.append("--oversubscribe")
        }
        if defaults.bindToNone ?? placement.needsUnbinding,
           !Self.mentions(userArguments, anyOf: ["--bind-to", "-bind-to", "--bind-to-core", "-bind-to-core"]) {
            arguments += ["--bind-to", "none"]
        }

        func mca(_ name: String, _ value: String) {
            let setByUser = context.environment["OMPI_MCA_\(name)"] != nil
                || zip(userArguments, userArguments.dropFirst()).contains { flag, key in
                    ["--mca", "-mca", "--gmca", "-gmca"].contains(flag) && key == name
                }
            if !setByUser { arguments += ["--mca", name, value] }
        }
        if defaults.yieldWhenIdle ?? placement.sharesCores { mca("mpi_yield_when_idle", "1") }
        if defaults.pmlOB1 { mca("pml", "ob1") }
        if defaults.promptKill { mca("odls_base_sigkill_timeout", "0") }

        if let timeout = request.timeout { arguments += ["--timeout", String(timeout)] }
        if request.tagOutput { arguments.append("--tag-output") }
        if defaults.exportThreads {
            if let threads = request.threadsPerRank {
                arguments += ["-x", "PMAP_NUM_THREADS=\(threads)"]
            } else if context.environment["PMAP_NUM_THREADS"] != nil {
                // Local ranks inherit it anyway; -x carries it to other nodes.
                arguments += ["-x", "PMAP_NUM_THREADS"]
            } else if let cpus = allocation?.cpusPerTask {
                arguments += ["-x", "PMAP_NUM_THREADS=\(cpus)"]
                notes.append("threads per rank: \(cpus), from SLURM_CPUS_PER_TASK")
            }
        }
        if defaults.exportTerminal {
            if context.environment["PMAP_STDOUT_IS_TTY"] != nil {
                arguments += ["-x", "PMAP_STDOUT_IS_TTY"]
            } else {
                arguments += ["-x", "PMAP_STDOUT_IS_TTY=\(context.standardOutputIsTerminal ? 1 : 0)"]
            }
        }

        arguments += userArguments
        arguments += request.command
        self.init(executable: context.mpirun, arguments: arguments, addedEnvironment: added, notes: notes)
    }

    init(
        executable: String, arguments: [String], addedEnvironment: [(name: String, value: String)],
        notes: [String] = []
    ) {
        self.executable = executable
        self.arguments = arguments
        self.addedEnvironment = addedEnvironment
        self.notes = notes
    }

    private static func mentions(_ arguments: [String], anyOf flags: Set<String>) -> Bool {
        arguments.contains { argument in
            flags.contains(String(argument.split(separator: "=", maxSplits: 1).first ?? ""))
        }
    }
}

/// How the ranks land on cores, as far as pmaprun can tell before starting.
///
/// ```swift
/// let placement = Placement(request: request, context: context)
/// if placement.sharesCores { /* --bind-to none, yield when idle */ }
/// ```
struct Placement: Equatable, Sendable {
    /// Slots the hosts offer (this node's cores when no hosts are given; the
    /// allocation's inside Slurm or PBS).
    var slots: Int
    /// Ranks expected on the busiest node.
    var ranksPerNode: Int
    /// Threads each rank will run: `--threads-per-rank`, `PMAP_NUM_THREADS`
    /// or `SLURM_CPUS_PER_TASK`, else the pool's own default, cores / ranks
    /// on the node (DESIGN.md).
    var threadsPerRank: Int
    /// Whether there are more ranks than slots (mpirun refuses without `--oversubscribe`).
    var exceedsSlots: Bool
    /// Whether ranks, with their threads, want more cores than a node has;
    /// then binding to cores piles threads onto one core and idle ranks must
    /// yield instead of busy-polling.
    var sharesCores: Bool

    /// Whether mpirun's default binding would hurt: it binds each rank to
    /// one core (two ranks or fewer) or socket, so a rank's thread pool
    /// would share that core when the ranks share cores or run several threads.
    var needsUnbinding: Bool { sharesCores || threadsPerRank > 1 }

    /// Estimates placement; remote nodes are assumed to look like this one.
    ///
    /// ```swift
    /// Placement(request: LaunchRequest(ranks: 4, command: ["x"]), context: twoCoreMachine).sharesCores   // true
    /// ```
    init(request: LaunchRequest, context: LaunchContext) {
        let allocation = context.allocation
        let cores = max(1, allocation?.cpusOnNode ?? context.localCores)
        let localNames: Set<String> = ["localhost", "127.0.0.1", "::1", context.hostname]
        let hostNames: [String]
        var hostSlots: [Int] = []
        var busiestNode: Int?
        switch request.hosts {
        case .local:
            if let allocation {
                slots = allocation.slots ?? request.ranks
                busiestNode = allocation.slotsPerNode.map { Self.busiestNode(ranks: request.ranks, slotsPerNode: $0) }
                    ?? request.ranks
            } else {
                slots = cores
            }
            hostNames = []
        case .hostfile(let hostfile):
            slots = hostfile.totalSlots(defaultSlotsPerHost: cores)
            hostNames = hostfile.entries.map(\.host)
            hostSlots = hostfile.entries.map { $0.slots ?? cores }
        case .hosts(let list):
            slots = list.totalSlots(defaultSlotsPerHost: cores)
            hostNames = list.items.map(\.host)
            hostSlots = list.items.count == 1 ? [slots] : list.items.map { $0.slots ?? 1 }
        }
        let distinctHosts = Set(hostNames.map { $0.split(separator: "@").last.map(String.init) ?? $0 })
        if let busiestNode {
            ranksPerNode = busiestNode
        } else if distinctHosts.isEmpty || distinctHosts.isSubset(of: localNames) {
            ranksPerNode = request.ranks
        } else if hostSlots.count == distinctHosts.count {
            ranksPerNode = Self.busiestNode(ranks: request.ranks, slotsPerNode: hostSlots)
        } else {
            ranksPerNode = (request.ranks + distinctHosts.count - 1) / distinctHosts.count
        }
        exceedsSlots = request.ranks > slots
        let askedThreads = request.threadsPerRank
            ?? context.environment["PMAP_NUM_THREADS"].flatMap { Int($0.trimmingWhitespace()) }.flatMap { $0 >= 1 ? $0 : nil }
            ?? allocation?.cpusPerTask
        threadsPerRank = askedThreads ?? max(1, cores / max(1, ranksPerNode))
        sharesCores = ranksPerNode * (askedThreads ?? 1) > cores
    }

    /// Ranks on the fullest node when mpirun fills each node's slots in
    /// order (its default `--map-by slot`); beyond the slots, ranks spread evenly.
    static func busiestNode(ranks: Int, slotsPerNode: [Int]) -> Int {
        let total = slotsPerNode.reduce(0, +)
        guard !slotsPerNode.isEmpty else { return ranks }
        guard ranks <= total else { return (ranks + slotsPerNode.count - 1) / slotsPerNode.count }
        var remaining = ranks
        var busiest = 0
        for slots in slotsPerNode where remaining > 0 {
            busiest = max(busiest, min(slots, remaining))
            remaining -= min(slots, remaining)
        }
        return busiest
    }
}

// MARK: - Helpers

/// Quotes a word for a POSIX shell only when it needs it.
///
/// ```swift
/// shellQuoted("hello world")   // "'hello world'"
/// shellQuoted("-np")           // "-np"
/// ```
func shellQuoted(_ word: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")
    if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
    return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
}

/// The process environment as a dictionary, without Foundation.
func currentEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
        let pair = String(cString: entry)
        if let equals = pair.firstIndex(of: "=") {
            result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        pointer += 1
    }
    return result
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

extension Substring {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
