#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Runs mpirun as a child process and returns its exit status.
///
/// mpirun is started with `posix_spawn` (no shell) in its own process group,
/// so a later step can kill the whole job's group; `SIGINT`, `SIGTERM` and
/// `SIGHUP` sent to pmaprun (`kill`, a closed terminal) are forwarded to
/// mpirun, which then stops every rank. Signals that pmaprun inherited as
/// ignored (`nohup`, `cmd &` in a script) stay ignored.
///
/// When pmaprun runs in the foreground of a terminal, it hands the terminal
/// to mpirun's group, as a shell does for a job: typed input reaches rank 0,
/// Ctrl-C goes straight to mpirun, and Ctrl-Z stops mpirun and pmaprun
/// together (`fg` resumes both).
///
/// With `scanningErrors`, mpirun's standard error goes through a pipe:
/// pmaprun copies every byte to its own standard error as it arrives and
/// reads Open MPI's failure messages on the way (``MPIRunMessageScanner``),
/// so it can add a one-line summary once the job has ended.
///
/// ```swift
/// let status = try JobRunner.run(invocation, environment: currentEnvironment())
/// exit(status)   // mpirun's exit code, or 128 + signal
/// ```
enum JobRunner {
    /// How the job ended.
    struct Outcome: Sendable {
        /// mpirun's exit code, or 128 + the signal that killed it.
        var status: Int32
        /// The signal pmaprun received and forwarded to mpirun (SIGINT, SIGTERM, SIGHUP), if any.
        var interruption: Int32?
        /// What mpirun said on standard error, when it was scanned.
        var messages: MPIRunMessageScanner?

        /// pmaprun's one-line summary of a failure (`nil` when the job succeeded).
        var summary: String? {
            (messages ?? MPIRunMessageScanner()).summary(exitStatus: status, interruption: interruption)
        }
    }

    /// Spawns the invocation, forwards signals while it runs, and waits.
    ///
    /// - Parameters:
    ///   - invocation: mpirun's argv and the variables to add.
    ///   - environment: The base environment (normally pmaprun's own).
    /// - Returns: mpirun's exit code, or 128 + the signal that killed it.
    /// - Throws: ``LaunchError/spawnFailed(executable:errno:)``.
    ///
    /// ```swift
    /// let code = try JobRunner.run(MPIRunInvocation(request: request, context: context), environment: context.environment)
    /// ```
    static func run(_ invocation: MPIRunInvocation, environment: [String: String]) throws(LaunchError) -> Int32 {
        try run(invocation, environment: environment, scanningErrors: false).status
    }

    /// Spawns the invocation, forwards signals while it runs, and waits; with
    /// `scanningErrors`, relays and reads mpirun's standard error.
    ///
    /// - Parameters:
    ///   - invocation: mpirun's argv and the variables to add.
    ///   - environment: The base environment (normally pmaprun's own).
    ///   - scanningErrors: Pipe mpirun's standard error through pmaprun to
    ///     recognise failure messages (it is still copied to standard error at once).
    /// - Returns: The exit status, the forwarded signal and what was read.
    /// - Throws: ``LaunchError/spawnFailed(executable:errno:)``.
    ///
    /// ```swift
    /// let outcome = try JobRunner.run(invocation, environment: environment, scanningErrors: true)
    /// if let line = outcome.summary { printError(line) }   // "pmaprun: rank 1 exited with code 3"
    /// ```
    static func run(
        _ invocation: MPIRunInvocation, environment: [String: String], scanningErrors: Bool
    ) throws(LaunchError) -> Outcome {
        var merged = environment
        for (name, value) in invocation.addedEnvironment { merged[name] = value }
        let environmentStrings = merged.map { "\($0.key)=\($0.value)" }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | (scanningErrors ? POSIX_SPAWN_SETSIGDEF : 0)))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The child would inherit this thread's signal mask; threads of a
        // Swift program (the concurrency pool) block most signals, and a
        // job that cannot receive SIGTERM cannot be stopped.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        // pmaprun ignores SIGPIPE while it relays (a closed standard error
        // must not kill it while mpirun runs); mpirun gets the default back.
        var previousPipeHandler: sighandler_t?
        if scanningErrors {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            posix_spawnattr_setsigdefault(&attributes, &pipeSignal)
            previousPipeHandler = signal(SIGPIPE, SIG_IGN)
        }
        defer { if scanningErrors { signal(SIGPIPE, previousPipeHandler) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let terminal = Terminal.foreground()
        // glibc ≥ 2.35 makes the child the terminal's foreground group before
        // exec, so mpirun never starts in the background; elsewhere the
        // parent does it right after the spawn.
        let handedOverInChild = terminal.map { $0.addHandOver(to: &actions) } ?? false

        var relay: ErrorRelay?
        if scanningErrors, let pipe = ErrorRelay.makePipe() {
            posix_spawn_file_actions_adddup2(&actions, pipe.writeEnd, STDERR_FILENO)
            relay = ErrorRelay(readEnd: pipe.readEnd, writeEnd: pipe.writeEnd)
        }
        defer { relay?.shutDown() }

        let forwarding = SignalForwarding.install()
        defer { forwarding.restore() }

        var pid = pid_t()
        let spawnResult = withCStringArray(invocation.argv) { argv in
            withCStringArray(environmentStrings) { envp in
                posix_spawn(&pid, invocation.executable, &actions, &attributes, argv, envp)
            }
        }
        relay?.closeWriteEnd()  // mpirun holds it now; EOF comes when mpirun (and its children) end
        guard spawnResult == 0 else {
            throw .spawnFailed(executable: invocation.executable, errno: spawnResult)
        }
        forwarding.attach(to: pid)
        defer { forwarding.detach() }
        if let terminal, !handedOverInChild {
            terminal.give(to: pid)
            kill(-pid, SIGCONT)  // mpirun re-checks whether it may read the terminal
        }
        defer { terminal?.reclaim(from: pid) }

        var status: Int32 = 0
        while true {
            // While the relay is open, wait by polling the pipe (woken by
            // every write and by the EOF at mpirun's exit) and check the
            // child without blocking; after EOF, block in waitpid.
            let relaying = relay?.isOpen == true
            let options = (terminal == nil ? 0 : WUNTRACED) | (relaying ? WNOHANG : 0)
            let waited = waitpid(pid, &status, options)
            if waited < 0 {
                if errno == EINTR { continue }
                return Outcome(status: 1, interruption: forwarding.received, messages: relay?.finish())
            }
            if waited == 0 {
                relay?.pump(timeoutMilliseconds: 100)
                continue
            }
            guard let terminal, status & 0xff == 0x7f else { break }
            // Ctrl-Z stopped mpirun: give the terminal back and stop too, so
            // the shell sees a stopped job; on `fg`/`bg`, resume mpirun.
            terminal.reclaim(from: pid)
            kill(getpid(), SIGSTOP)
            if terminal.isForeground { terminal.give(to: pid) }
            kill(-pid, SIGCONT)
        }
        // Whatever mpirun wrote is in the pipe now; do not wait for children
        // of mpirun that may still hold it (remote-launch agents).
        relay?.drain()
        return Outcome(
            status: exitCode(fromWaitStatus: status), interruption: forwarding.received, messages: relay?.finish())
    }

    /// Decodes a `waitpid` status the way shells do: the exit code, or
    /// 128 + signal number for a child killed by a signal.
    ///
    /// ```swift
    /// JobRunner.exitCode(fromWaitStatus: 3 << 8)   // 3
    /// JobRunner.exitCode(fromWaitStatus: 9)        // 137
    /// ```
    static func exitCode(fromWaitStatus status: Int32) -> Int32 {
        let signal = status & 0x7f
        if signal == 0 { return (status >> 8) & 0xff }
        return 128 + signal
    }
}

// MARK: - Signal forwarding

/// The child to forward to (0: none yet) and a signal that arrived before it
/// existed. Atomics, because a signal handler reads them.
private let forwardTarget = Atomic<Int32>(0)
private let pendingSignal = Atomic<Int32>(0)
/// The last signal received while a job ran (for the summary line).
private let receivedSignal = Atomic<Int32>(0)

/// The signal handler: only async-signal-safe work (atomics and `kill`).
private func forwardSignal(_ signal: Int32) {
    receivedSignal.store(signal, ordering: .sequentiallyConsistent)
    let pid = forwardTarget.load(ordering: .sequentiallyConsistent)
    if pid > 0 {
        kill(pid, signal)
    } else {
        pendingSignal.store(signal, ordering: .sequentiallyConsistent)
    }
}

/// Installs ``forwardSignal`` for the job's lifetime and puts the previous
/// handlers back afterwards.
private struct SignalForwarding {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    var previous: [(Int32, sighandler_t?)]

    static func install() -> SignalForwarding {
        forwardTarget.store(0, ordering: .sequentiallyConsistent)
        pendingSignal.store(0, ordering: .sequentiallyConsistent)
        receivedSignal.store(0, ordering: .sequentiallyConsistent)
        var previous: [(Int32, sighandler_t?)] = []
        for signalNumber in signals {
            let old = signal(signalNumber, forwardSignal)
            if isIgnored(old) {
                // Inherited "ignore" (nohup, background job): keep it for us and mpirun.
                signal(signalNumber, SIG_IGN)
            }
            previous.append((signalNumber, old))
        }
        return SignalForwarding(previous: previous)
    }

    func attach(to pid: pid_t) {
        forwardTarget.store(pid, ordering: .sequentiallyConsistent)
        let pending = pendingSignal.exchange(0, ordering: .sequentiallyConsistent)
        if pending != 0 { kill(pid, pending) }
    }

    func detach() {
        forwardTarget.store(0, ordering: .sequentiallyConsistent)
    }

    /// The signal received (and forwarded) while the job ran, if any.
    var received: Int32? {
        let signal = receivedSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    func restore() {
        for (signalNumber, handler) in previous { signal(signalNumber, handler) }
    }

    private static func isIgnored(_ handler: sighandler_t?) -> Bool {
        unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

// MARK: - Standard error relay

/// The read end of the pipe that carries mpirun's standard error: copies
/// each chunk to pmaprun's standard error at once and feeds the scanner.
private struct ErrorRelay {
    private var readEnd: Int32
    private var writeEnd: Int32
    private var scanner = MPIRunMessageScanner()

    /// Whether EOF has not been seen yet.
    var isOpen: Bool { readEnd >= 0 }

    /// A pipe with both ends close-on-exec (the child gets a dup2'd copy as
    /// fd 2) and a non-blocking read end.
    static func makePipe() -> (readEnd: Int32, writeEnd: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        return (ends[0], ends[1])
    }

    init(readEnd: Int32, writeEnd: Int32) {
        self.readEnd = readEnd
        self.writeEnd = writeEnd
    }

    mutating func closeWriteEnd() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    /// Waits up to `timeoutMilliseconds` for output, then copies all there is.
    mutating func pump(timeoutMilliseconds: Int32) {
        guard isOpen else { return }
        var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeoutMilliseconds)
        if ready > 0 { drain() }
    }

    /// Copies everything readable now; closes the pipe at EOF.
    mutating func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isOpen {
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 {
                let chunk = buffer[0..<count]
                writeAll(chunk, to: STDERR_FILENO)
                scanner.scan(chunk)
            } else if count == 0 {
                shutDown()
            } else if errno != EINTR {
                return  // EAGAIN: nothing more for now
            }
        }
    }

    /// Ends the relay and returns what the scanner saw.
    mutating func finish() -> MPIRunMessageScanner {
        shutDown()
        scanner.finish()
        return scanner
    }

    mutating func shutDown() {
        closeWriteEnd()
        if readEnd >= 0 { close(readEnd) }
        readEnd = -1
    }
}

/// Writes all bytes to a descriptor, retrying short writes and EINTR.
private func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) {
    var rest = bytes[...]
    while !rest.isEmpty {
        let count = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            if errno == EAGAIN {
                var out = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&out, 1, 1000)
                continue
            }
            return
        }
        rest = rest.dropFirst(count)
    }
}

// MARK: - Terminal

/// The controlling terminal on standard input, while pmaprun is its
/// foreground job.
private struct Terminal {
    private let descriptor: Int32 = STDIN_FILENO

    /// The terminal, if standard input is one and pmaprun is in its foreground group.
    static func foreground() -> Terminal? {
        let terminal = Terminal()
        return isatty(terminal.descriptor) == 1 && terminal.isForeground ? terminal : nil
    }

    /// Whether pmaprun's group is the terminal's foreground group.
    var isForeground: Bool { tcgetpgrp(descriptor) == getpgrp() }

    /// Asks posix_spawn to make the child's group the foreground group
    /// (glibc's `posix_spawn_file_actions_addtcsetpgrp_np`, looked up at run
    /// time because Swift's Glibc module does not import GNU extensions).
    func addHandOver(to actions: inout posix_spawn_file_actions_t) -> Bool {
        typealias AddTCSetPGrp = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addtcsetpgrp_np") else { return false }
        let add = unsafeBitCast(symbol, to: AddTCSetPGrp.self)
        return add(&actions, descriptor) == 0
    }

    /// Makes `group` the foreground group.
    func give(to group: pid_t) {
        withTTOUBlocked { _ = tcsetpgrp(descriptor, group) }
    }

    /// Takes the terminal back from `group`, if it still has it.
    func reclaim(from group: pid_t) {
        guard tcgetpgrp(descriptor) == group else { return }
        withTTOUBlocked { _ = tcsetpgrp(descriptor, getpgrp()) }
    }

    /// `tcsetpgrp` from a background group raises SIGTTOU unless it is blocked.
    private func withTTOUBlocked(_ body: () -> Void) {
        var block = sigset_t()
        var previous = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGTTOU)
        pthread_sigmask(SIG_BLOCK, &block, &previous)
        body()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

// MARK: - C strings

/// Calls `body` with a NULL-terminated array of C strings that lives for the call.
private func withCStringArray<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
) -> Result {
    let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
