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
/// ```swift
/// let status = try JobRunner.run(invocation, environment: currentEnvironment())
/// exit(status)   // mpirun's exit code, or 128 + signal
/// ```
enum JobRunner {
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
        var merged = environment
        for (name, value) in invocation.addedEnvironment { merged[name] = value }
        let environmentStrings = merged.map { "\($0.key)=\($0.value)" }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The child would inherit this thread's signal mask; threads of a
        // Swift program (the concurrency pool) block most signals, and a
        // job that cannot receive SIGTERM cannot be stopped.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let terminal = Terminal.foreground()
        // glibc ≥ 2.35 makes the child the terminal's foreground group before
        // exec, so mpirun never starts in the background; elsewhere the
        // parent does it right after the spawn.
        let handedOverInChild = terminal.map { $0.addHandOver(to: &actions) } ?? false

        let forwarding = SignalForwarding.install()
        defer { forwarding.restore() }

        var pid = pid_t()
        let spawnResult = withCStringArray(invocation.argv) { argv in
            withCStringArray(environmentStrings) { envp in
                posix_spawn(&pid, invocation.executable, &actions, &attributes, argv, envp)
            }
        }
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
            if waitpid(pid, &status, terminal == nil ? 0 : WUNTRACED) < 0 {
                if errno == EINTR { continue }
                return 1
            }
            guard let terminal, status & 0xff == 0x7f else { break }
            // Ctrl-Z stopped mpirun: give the terminal back and stop too, so
            // the shell sees a stopped job; on `fg`/`bg`, resume mpirun.
            terminal.reclaim(from: pid)
            kill(getpid(), SIGSTOP)
            if terminal.isForeground { terminal.give(to: pid) }
            kill(-pid, SIGCONT)
        }
        return exitCode(fromWaitStatus: status)
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

/// The signal handler: only async-signal-safe work (atomics and `kill`).
private func forwardSignal(_ signal: Int32) {
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

    func restore() {
        for (signalNumber, handler) in previous { signal(signalNumber, handler) }
    }

    private static func isIgnored(_ handler: sighandler_t?) -> Bool {
        unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
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
