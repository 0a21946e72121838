import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `pmaprun`: runs a swift-pmap program on N MPI ranks through Open MPI's
/// `mpirun`, with the settings this kind of machine needs.
///
/// ```
/// pmaprun -n 4 -- .build/release/train --epochs 3
/// pmaprun -n 8 --hostfile hostfiles/two-nodes --threads-per-rank 2 --timeout 600 -- ./job
/// pmaprun --dry-run -n 4 -- /bin/echo hi      # print the mpirun command only
/// ```
///
/// Everything after `--` is the program and its arguments, passed untouched.
/// The exit status is the job's (mpirun's), or 127/126/64 when pmaprun itself
/// cannot start it (see ``LaunchError``).
@main
struct PMapRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pmaprun",
        abstract: "Run a swift-pmap program on N MPI ranks (wraps Open MPI's mpirun).",
        usage: "pmaprun -n <n> [--hostfile <file> | --host <h1,h2:slots>] [<options>] -- <program> [<args> ...]",
        discussion: """
            pmaprun builds mpirun's command line (no shell involved) with defaults for \
            shared, small machines, each of which can be turned off:
              - OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 when run as root
              - --oversubscribe when there are more ranks than slots
              - --bind-to none when ranks share cores or run several threads each
              - --mca mpi_yield_when_idle 1 when ranks share cores
              - --mca pml ob1 (fast start-up; use --no-pml-ob1 on InfiniBand clusters)
              - --mca odls_base_sigkill_timeout 0 (a failed rank stops the job at once)
              - -x PMAP_NUM_THREADS so every rank sees the thread count
              - -x PMAP_STDOUT_IS_TTY=1|0: whether pmaprun's output is a terminal
            A default is skipped when you set the same thing yourself (--mpi-arg, OMPI_MCA_*).
            Inside a Slurm allocation mpirun takes the hosts from Slurm (pmaprun adds none) \
            and SLURM_CPUS_PER_TASK sets the threads per rank; inside PBS the hosts come from \
            $PBS_NODEFILE.
            When the job fails, a last line on standard error names the rank and why \
            ("pmaprun: rank 1 exited with code 3"), after mpirun's own messages.
            Exit status: the job's; 127 (mpirun or program not found), 126 (not executable), \
            64 (usage or hostfile error).
            """
    )

    // MARK: Job

    /// The number of ranks.
    @Option(
        name: [.customShort("n"), .customLong("np", withSingleDash: true), .customLong("np")],
        help: ArgumentHelp("Number of MPI ranks to start.", valueName: "n"))
    var ranks: Int

    /// `--hostfile F`, passed to mpirun after validation.
    @Option(help: ArgumentHelp(
        "Hosts in Open MPI's hostfile syntax ('node1 slots=2', '#' comments).", valueName: "file"))
    var hostfile: String?

    /// `--host h1,h2:slots`, passed to mpirun after validation.
    @Option(help: ArgumentHelp("Comma-separated hosts, each with an optional ':slots'.", valueName: "h1,h2:slots"))
    var host: String?

    /// Threads per rank, exported as `PMAP_NUM_THREADS`.
    @Option(help: ArgumentHelp(
        "Threads in each rank's pool (exported as PMAP_NUM_THREADS); default: cores / ranks on the node.",
        valueName: "t"))
    var threadsPerRank: Int?

    /// mpirun's `--timeout`.
    @Option(help: ArgumentHelp("Kill the job after this many seconds (exit status 110).", valueName: "seconds"))
    var timeout: Int?

    /// mpirun's `--tag-output`.
    @Flag(help: "Prefix every output line with [job,rank].")
    var tagOutput = false

    /// Print the command instead of running it.
    @Flag(help: "Print the exact mpirun command and exit.")
    var dryRun = false

    /// Extra mpirun arguments, verbatim.
    @Option(
        name: .customLong("mpi-arg"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp("An extra argument for mpirun, verbatim (repeat for more).", valueName: "arg"))
    var mpiArguments: [String] = []

    /// The mpirun to use instead of the one in `PATH`.
    @Option(help: ArgumentHelp("The mpirun executable (default: $PMAP_MPIRUN, else mpirun in PATH).", valueName: "path"))
    var mpirun: String?

    // MARK: Defaults (nil = automatic)

    @Flag(inversion: .prefixedNo, help: "Allow running as root (sets OMPI_ALLOW_RUN_AS_ROOT*; default: on).")
    var allowRunAsRoot: Bool?

    @Flag(inversion: .prefixedNo, help: "Pass --oversubscribe (default: when ranks exceed slots).")
    var oversubscribe: Bool?

    @Flag(inversion: .prefixedNo, help: "Pass --bind-to none (default: when ranks share cores or run several threads).")
    var bindToNone: Bool?

    @Flag(inversion: .prefixedNo, help: "Pass --mca mpi_yield_when_idle 1 (default: when ranks share cores).")
    var yieldWhenIdle: Bool?

    @Flag(name: .customLong("pml-ob1"), inversion: .prefixedNo, help: "Pass --mca pml ob1 (default: on).")
    var pmlOB1: Bool?

    @Flag(inversion: .prefixedNo, help: "Pass --mca odls_base_sigkill_timeout 0 (default: on).")
    var promptKill: Bool?

    @Flag(inversion: .prefixedNo, help: "Export PMAP_NUM_THREADS to the ranks with -x (default: on).")
    var exportThreads: Bool?

    @Flag(
        name: .customLong("export-tty"), inversion: .prefixedNo,
        help: "Tell the ranks whether pmaprun's output is a terminal: -x PMAP_STDOUT_IS_TTY=1|0 (default: on).")
    var exportTerminal: Bool?

    @Flag(inversion: .prefixedNo, help: "Add a one-line failure summary naming the rank (default: on).")
    var summary = true

    @Flag(help: "Turn every default off (flags given explicitly still apply).")
    var plain = false

    @Flag(inversion: .prefixedNo, help: "Check that the program exists locally before starting.")
    var checkProgram = true

    // MARK: Program

    /// The program and its arguments: everything after `--`.
    @Argument(parsing: .postTerminator, help: ArgumentHelp("The program to run and its arguments, after '--'.", valueName: "program"))
    var command: [String] = []

    // MARK: Validation and run

    mutating func validate() throws {
        guard ranks >= 1 else {
            throw ValidationError("-n must be at least 1 (got \(ranks))")
        }
        if hostfile != nil, host != nil {
            throw ValidationError("give either --hostfile or --host, not both")
        }
        if let threadsPerRank, threadsPerRank < 1 {
            throw ValidationError("--threads-per-rank must be at least 1 (got \(threadsPerRank))")
        }
        if let timeout, timeout < 1 {
            throw ValidationError("--timeout must be at least 1 second (got \(timeout))")
        }
        if command.isEmpty {
            throw ValidationError(LaunchError.missingProgram.description)
        }
        if let host {
            do throws(LaunchError) { _ = try HostList.parse(host) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let status: Int32
        do throws(LaunchError) {
            status = try launch(environment: currentEnvironment())
        } catch {
            printError("pmaprun: \(error)")
            throw ExitCode(error.exitCode)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Resolves mpirun and the program, builds the command, and prints
    /// (`--dry-run`) or runs it.
    ///
    /// - Parameters:
    ///   - environment: pmaprun's environment (`PATH`, `PMAP_MPIRUN`, `OMPI_MCA_*`, …).
    ///   - output: Where `--dry-run` writes the command line.
    ///   - warning: Where warnings go (standard error by default).
    /// - Returns: The exit status for pmaprun.
    ///
    /// ```swift
    /// let status = try PMapRun.parse(["-n", "2", "--", "/bin/true"]).launch(environment: currentEnvironment())
    /// ```
    func launch(
        environment: [String: String],
        output: (String) -> Void = { print($0) },
        warning: (String) -> Void = printError
    ) throws(LaunchError) -> Int32 {
        let mpirunPath: String
        do throws(LaunchError) {
            mpirunPath = try resolveMPIRun(environment: environment)
        } catch .mpirunNotFound where dryRun {
            warning("pmaprun: warning: \(LaunchError.mpirunNotFound)")
            mpirunPath = "mpirun"
        }
        if checkProgram {
            try Self.checkProgram(command[0], searchPath: environment["PATH"])
        }
        let context = LaunchContext.current(mpirun: mpirunPath, environment: environment)
        let invocation = try invocation(in: context)
        if dryRun {
            for note in invocation.notes { output("# \(note)") }
            output(invocation.commandLine)
            return 0
        }
        fflush(nil)  // our buffered output first, then the job's
        let outcome = try JobRunner.run(invocation, environment: environment, scanningErrors: summary)
        if summary, let line = outcome.summary { warning(line) }
        return outcome.status
    }

    /// The mpirun command for these options on a given machine (reads the hostfile).
    ///
    /// ```swift
    /// let command = try PMapRun.parse(["-n", "4", "--", "/bin/echo", "hi"])
    /// print(try command.invocation(in: context).commandLine)
    /// ```
    func invocation(in context: LaunchContext) throws(LaunchError) -> MPIRunInvocation {
        MPIRunInvocation(request: try request(), context: context)
    }

    /// The options as a ``LaunchRequest`` (reads and validates the hostfile).
    ///
    /// ```swift
    /// let request = try PMapRun.parse(["-n", "2", "--host", "a,b", "--", "./job"]).request()
    /// ```
    func request() throws(LaunchError) -> LaunchRequest {
        var request = LaunchRequest(ranks: ranks, command: command)
        if let hostfile {
            do throws(HostfileError) {
                request.hosts = .hostfile(try Hostfile.load(path: hostfile))
            } catch {
                throw .hostfile(error)
            }
        } else if let host {
            request.hosts = .hosts(try HostList.parse(host))
        }
        request.threadsPerRank = threadsPerRank
        request.timeout = timeout
        request.tagOutput = tagOutput
        request.mpiArguments = mpiArguments

        var defaults = plain ? LaunchRequest.Defaults.none : LaunchRequest.Defaults()
        if let allowRunAsRoot { defaults.allowRunAsRoot = allowRunAsRoot }
        if let oversubscribe { defaults.oversubscribe = oversubscribe }
        if let bindToNone { defaults.bindToNone = bindToNone }
        if let yieldWhenIdle { defaults.yieldWhenIdle = yieldWhenIdle }
        if let pmlOB1 { defaults.pmlOB1 = pmlOB1 }
        if let promptKill { defaults.promptKill = promptKill }
        if let exportThreads { defaults.exportThreads = exportThreads }
        if let exportTerminal { defaults.exportTerminal = exportTerminal }
        request.defaults = defaults
        return request
    }

    /// `--mpirun`, else `$PMAP_MPIRUN`, else `mpirun` in `PATH`.
    func resolveMPIRun(environment: [String: String]) throws(LaunchError) -> String {
        if let explicit = mpirun ?? environment["PMAP_MPIRUN"] {
            guard case .found(let path) = ExecutableLookup.find(explicit, searchPath: environment["PATH"]) else {
                throw .mpirunUnusable(explicit)
            }
            return path
        }
        guard case .found(let path) = ExecutableLookup.find("mpirun", searchPath: environment["PATH"]) else {
            throw .mpirunNotFound
        }
        return path
    }

    /// Fails early, with a one-line reason, when the program cannot run here.
    ///
    /// ```swift
    /// try PMapRun.checkProgram("./missing", searchPath: "/usr/bin")   // throws .programNotFound
    /// ```
    static func checkProgram(_ program: String, searchPath: String?) throws(LaunchError) {
        switch ExecutableLookup.find(program, searchPath: searchPath) {
        case .found: return
        case .notExecutable: throw .programNotExecutable(program)
        case .notFound: throw .programNotFound(program)
        }
    }
}

/// Writes one line to standard error (unbuffered, so it is never lost or reordered).
func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        written += count
    }
}
