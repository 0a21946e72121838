import Foundation
import Testing

@testable import launcher

#if canImport(Glibc)
import Glibc
#endif

/// The spawner, with /bin/sh standing in for mpirun, and once with the real
/// mpirun. Serialized: signal forwarding is process-wide.
@Suite("Running mpirun", .serialized)
struct SpawnTests {
    private func shell(_ script: String) -> MPIRunInvocation {
        MPIRunInvocation(executable: "/bin/sh", arguments: ["-c", script], addedEnvironment: [("PMAP_TEST_ADDED", "yes")])
    }

    @Test("exit codes pass through; a signal becomes 128 + signal")
    func exitCodes() throws {
        #expect(try JobRunner.run(shell("exit 0"), environment: [:]) == 0)
        #expect(try JobRunner.run(shell("exit 3"), environment: [:]) == 3)
        #expect(try JobRunner.run(shell("kill -KILL $$"), environment: [:]) == 137)
        #expect(JobRunner.exitCode(fromWaitStatus: 3 << 8) == 3)
        #expect(JobRunner.exitCode(fromWaitStatus: 15) == 143)
    }

    @Test("the child sees the base environment plus the added variables")
    func environment() throws {
        let script = #"test "$PMAP_TEST_BASE" = base && test "$PMAP_TEST_ADDED" = yes"#
        #expect(try JobRunner.run(shell(script), environment: ["PMAP_TEST_BASE": "base"]) == 0)
    }

    @Test("the child leads its own process group")
    func ownProcessGroup() throws {
        // Field 5 of /proc/PID/stat is the process group.
        let script = #"set -- $(cat /proc/$$/stat); test "$5" = "$$""#
        #expect(try JobRunner.run(shell(script), environment: ["PATH": "/usr/bin:/bin"]) == 0)
    }

    @Test("a missing executable is a spawn error naming it")
    func spawnFailure() {
        let invocation = MPIRunInvocation(executable: "/nonexistent/mpirun", arguments: [], addedEnvironment: [])
        #expect(throws: LaunchError.spawnFailed(executable: "/nonexistent/mpirun", errno: ENOENT)) {
            try JobRunner.run(invocation, environment: [:])
        }
    }

    @Test("SIGTERM to pmaprun is forwarded to mpirun")
    func forwardsSignals() throws {
        let marker = "/tmp/pmaprun-spawn-test-\(getpid())"
        unlink(marker)
        defer { unlink(marker) }
        let invocation = shell("echo > \(marker); exec sleep 20")
        // A plain thread, not a task: JobRunner.run blocks its thread in
        // waitpid, and a task could wait for that very thread.
        Thread.detachNewThread {
            // Once the child has written the marker, the handlers are installed.
            var waited = 0
            while access(marker, F_OK) != 0 && waited < 2000 {
                usleep(5000)
                waited += 1
            }
            kill(getpid(), SIGTERM)
        }
        let started = Duration.now()
        let status = try JobRunner.run(invocation, environment: ["PATH": "/usr/bin:/bin"])
        #expect(status == 128 + SIGTERM)
        #expect(Duration.now() - started < .seconds(10))
    }

    @Test("mpirun's standard error is relayed and scanned: the outcome names the failed rank")
    func scansErrors() throws {
        let script = #"printf '  Process name: [[5,1],1]\n' >&2; printf '  Exit code:    3\n' >&2; exit 3"#
        let outcome = try JobRunner.run(shell(script), environment: [:], scanningErrors: true)
        #expect(outcome.status == 3)
        #expect(outcome.interruption == nil)
        #expect(outcome.summary == "pmaprun: rank 1 exited with code 3")
        // A child that leaves a grandchild holding the pipe does not keep pmaprun waiting.
        let started = Duration.now()
        let lingering = try JobRunner.run(shell("sleep 5 & exit 0"), environment: ["PATH": "/usr/bin:/bin"], scanningErrors: true)
        #expect(lingering.status == 0)
        #expect(Duration.now() - started < .seconds(3))
    }

    @Test(
        "pmaprun -n 2 really runs through mpirun",
        .enabled(if: ExecutableLookup.find("mpirun", searchPath: "/usr/bin:/bin") != .notFound),
        .timeLimit(.minutes(1)))
    func realMPIRun() throws {
        guard case .found(let mpirun) = ExecutableLookup.find("mpirun", searchPath: "/usr/bin:/bin") else { return }
        // A minimal environment: this test process may itself be an MPI
        // singleton (PMapTests run in it too), whose OMPI_/PMIX_ variables
        // mpirun must not see.
        let real = LaunchContext.current(mpirun: mpirun, environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp"])
        var request = LaunchRequest(ranks: 2, command: ["/bin/sh", "-c", #"test -n "$OMPI_COMM_WORLD_RANK""#])
        request.timeout = 30
        #expect(try JobRunner.run(MPIRunInvocation(request: request, context: real), environment: real.environment) == 0)
        request.command = ["/bin/sh", "-c", #"exit $((OMPI_COMM_WORLD_RANK + 4))"#]
        let failing = try JobRunner.run(MPIRunInvocation(request: request, context: real), environment: real.environment)
        #expect(failing == 4 || failing == 5)
    }
}

extension Duration {
    /// Monotonic time since boot.
    fileprivate static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
