import ArgumentParser
import Testing

@testable import launcher

@Suite("pmaprun command line")
struct PMapRunTests {
    @Test("options before --, the program and its arguments after it, untouched")
    func parsesCommand() throws {
        let command = try PMapRun.parse([
            "-n", "4", "--timeout", "60", "--tag-output", "--mpi-arg", "--report-bindings",
            "--", "./job", "-n", "3", "--dry-run", "--", "x",
        ])
        #expect(command.ranks == 4)
        #expect(command.timeout == 60)
        #expect(command.tagOutput)
        #expect(!command.dryRun)
        #expect(command.mpiArguments == ["--report-bindings"])
        #expect(command.command == ["./job", "-n", "3", "--dry-run", "--", "x"])
    }

    @Test("-np and --np are spellings of -n, as in mpirun")
    func npSpellings() throws {
        #expect(try PMapRun.parse(["-np", "3", "--", "x"]).ranks == 3)
        #expect(try PMapRun.parse(["--np", "5", "--", "x"]).ranks == 5)
    }

    @Test("default flags turn into request defaults; --plain turns them all off")
    func defaultsFlags() throws {
        let standard = try PMapRun.parse(["-n", "1", "--", "x"]).request()
        #expect(standard.defaults == LaunchRequest.Defaults())
        let plain = try PMapRun.parse(["-n", "1", "--plain", "--pml-ob1", "--", "x"]).request()
        var expected = LaunchRequest.Defaults.none
        expected.pmlOB1 = true
        #expect(plain.defaults == expected)
        let off = try PMapRun.parse([
            "-n", "1", "--no-allow-run-as-root", "--no-oversubscribe", "--no-bind-to-none", "--no-yield-when-idle",
            "--no-pml-ob1", "--no-prompt-kill", "--no-export-threads", "--no-export-tty", "--", "x",
        ]).request()
        #expect(off.defaults == .none)
    }

    @Test(
        "invalid combinations are usage errors with one clear line",
        arguments: [
            (["-n", "0", "--", "x"], "-n must be at least 1 (got 0)"),
            (["-n", "2", "--hostfile", "h", "--host", "a", "--", "x"], "give either --hostfile or --host, not both"),
            (["-n", "2", "--threads-per-rank", "0", "--", "x"], "--threads-per-rank must be at least 1 (got 0)"),
            (["-n", "2", "--timeout", "0", "--", "x"], "--timeout must be at least 1 second (got 0)"),
            (["-n", "2"], "no program given; put it after '--', as in: pmaprun -n 2 -- ./my-job args"),
            (["-n", "2", "--host", "a,,b", "--", "x"], "--host 'a,,b': empty host name (expected h1,h2:slots)"),
        ])
    func usageErrors(arguments: [String], message: String) {
        do {
            _ = try PMapRun.parse(arguments)
            Issue.record("expected a usage error for \(arguments)")
        } catch {
            #expect(PMapRun.message(for: error) == message)
            #expect(PMapRun.exitCode(for: error) == .validationFailure)
        }
    }

    @Test("--dry-run prints the exact mpirun command and runs nothing")
    func dryRun() throws {
        // One rank never oversubscribes or shares cores, and binding is
        // pinned, so the line is the same on any machine; --mpirun pins argv[0].
        let command = try PMapRun.parse([
            "--dry-run", "--mpirun", "/bin/false", "-n", "1", "--no-bind-to-none", "--", "/bin/echo", "hello world",
        ])
        var lines: [String] = []
        let status = try command.launch(environment: ["PATH": "/usr/bin:/bin"]) { lines.append($0) }
        #expect(status == 0)
        let root = geteuid() == 0 ? "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 " : ""
        let tty = isatty(STDOUT_FILENO) == 1 ? 1 : 0
        #expect(lines == [
            root + "/bin/false -np 1 --mca pml ob1 --mca odls_base_sigkill_timeout 0 -x PMAP_STDOUT_IS_TTY=\(tty)"
                + " /bin/echo 'hello world'",
        ])
    }

    @Test("--dry-run without mpirun installed still prints, with a warning")
    func dryRunWithoutMPIRun() throws {
        let command = try PMapRun.parse(["--dry-run", "--plain", "-n", "3", "--", "/bin/true"])
        var lines: [String] = []
        var warnings: [String] = []
        _ = try command.launch(
            environment: ["PATH": "/nonexistent"], output: { lines.append($0) }, warning: { warnings.append($0) })
        #expect(lines == ["mpirun -np 3 /bin/true"])
        #expect(warnings == ["pmaprun: warning: \(LaunchError.mpirunNotFound)"])
    }

    @Test("a hostfile error is one line naming file and line")
    func hostfileError() throws {
        let path = "/tmp/pmaprun-test-hostfile-\(getpid())"
        try writeFile(path, "node1 slots=2\nnode2 slots=lots\n")
        defer { unlink(path) }
        let command = try PMapRun.parse(["--dry-run", "-n", "2", "--hostfile", path, "--", "/bin/true"])
        #expect(throws: LaunchError.hostfile(HostfileError(
            path: path, line: 2, message: "slots must be a positive integer, got 'lots'"))) {
            try command.launch(environment: ["PATH": "/usr/bin:/bin"]) { _ in }
        }
        #expect(LaunchError.hostfile(HostfileError(path: "h", line: 2, message: "m")).exitCode == 64)
    }

    @Test("a missing program or mpirun is a one-line error with the fix")
    func missingThings() throws {
        let missingProgram = try PMapRun.parse(["-n", "2", "--", "no-such-program-xyz"])
        #expect(throws: LaunchError.programNotFound("no-such-program-xyz")) {
            try missingProgram.launch(environment: ["PATH": "/usr/bin:/bin"]) { _ in }
        }
        let dataFile = "/tmp/pmaprun-not-executable-\(getpid())"
        try writeFile(dataFile, "data\n", mode: 0o644)
        defer { unlink(dataFile) }
        let notExecutable = try PMapRun.parse(["-n", "2", "--", dataFile])
        #expect(throws: LaunchError.programNotExecutable(dataFile)) {
            try notExecutable.launch(environment: ["PATH": "/usr/bin:/bin"]) { _ in }
        }
        let noMPIRun = try PMapRun.parse(["-n", "2", "--", "/bin/true"])
        #expect(throws: LaunchError.mpirunNotFound) {
            try noMPIRun.launch(environment: ["PATH": "/nonexistent"]) { _ in }
        }
        #expect(LaunchError.mpirunNotFound.description.contains("apt-get install openmpi-bin"))
        #expect(LaunchError.mpirunNotFound.exitCode == 127)
        #expect(LaunchError.programNotExecutable("x").exitCode == 126)
        // Skipping the local check hands the program to mpirun as is.
        let unchecked = try PMapRun.parse(["--dry-run", "--no-check-program", "-n", "1", "--", "remote-only"])
        var lines: [String] = []
        _ = try unchecked.launch(environment: ["PATH": "/usr/bin:/bin"]) { lines.append($0) }
        #expect(lines.first?.hasSuffix(" remote-only") == true)
    }

    @Test("--help lists the usage line and the defaults")
    func help() {
        let help = PMapRun.helpMessage(columns: 200)
        #expect(help.contains("pmaprun -n <n> [--hostfile <file> | --host <h1,h2:slots>] [<options>] -- <program> [<args> ...]"))
        #expect(help.contains("--dry-run"))
        #expect(help.contains("--no-pml-ob1"))
        #expect(help.contains("--threads-per-rank <t>"))
        #expect(help.contains("--no-export-tty"))
        #expect(help.contains("--no-summary"))
        #expect(help.contains("Slurm"))
    }

    @Test("inside a Slurm allocation: no hosts of pmaprun's own, a note saying so, threads from SLURM_CPUS_PER_TASK")
    func slurmDryRun() throws {
        let slurm = [
            "PATH": "/usr/bin:/bin", "SLURM_JOB_ID": "1234", "SLURM_JOBID": "1234", "SLURM_NODELIST": "n[1-2]",
            "SLURM_NTASKS": "4", "SLURM_TASKS_PER_NODE": "2(x2)", "SLURM_CPUS_PER_TASK": "2", "SLURM_CPUS_ON_NODE": "4",
        ]
        let command = try PMapRun.parse(["--dry-run", "--mpirun", "/bin/false", "--no-export-tty", "-n", "4", "--", "/bin/true"])
        var lines: [String] = []
        _ = try command.launch(environment: slurm) { lines.append($0) }
        let root = geteuid() == 0 ? "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 " : ""
        #expect(lines == [
            "# inside a Slurm allocation (job 1234): mpirun takes the hosts from it",
            "# threads per rank: 2, from SLURM_CPUS_PER_TASK",
            root + "/bin/false -np 4 --bind-to none --mca pml ob1 --mca odls_base_sigkill_timeout 0"
                + " -x PMAP_NUM_THREADS=2 /bin/true",
        ])
        #expect(!lines.joined().contains("--host"))

        // --threads-per-rank wins over the allocation; a hostfile given explicitly is kept.
        let path = "/tmp/pmaprun-test-slurm-hosts-\(getpid())"
        try writeFile(path, "n1 slots=2\n")
        defer { unlink(path) }
        let explicit = try PMapRun.parse([
            "--dry-run", "--mpirun", "/bin/false", "--plain", "--export-threads", "-n", "2", "--hostfile", path,
            "--threads-per-rank", "1", "--", "/bin/true",
        ])
        lines = []
        _ = try explicit.launch(environment: slurm) { lines.append($0) }
        #expect(lines == [
            "# inside a Slurm allocation (job 1234): using the hosts of --hostfile within it",
            "/bin/false -np 2 --hostfile \(path) -x PMAP_NUM_THREADS=1 /bin/true",
        ])
    }

    @Test("inside a PBS allocation the hosts come from its node file")
    func pbsDryRun() throws {
        let nodeFile = "/tmp/pmaprun-test-pbs-nodes-\(getpid())"
        try writeFile(nodeFile, "n1\nn1\nn2\nn2\n")
        defer { unlink(nodeFile) }
        let command = try PMapRun.parse(["--dry-run", "--mpirun", "/bin/false", "--plain", "-n", "5", "--", "/bin/true"])
        var lines: [String] = []
        _ = try command.launch(environment: ["PATH": "/usr/bin:/bin", "PBS_JOBID": "77.server", "PBS_NODEFILE": nodeFile]) {
            lines.append($0)
        }
        #expect(lines == [
            "# inside a PBS allocation (job 77.server): hosts from its node file (PBS_NODEFILE)",
            "/bin/false -np 5 --hostfile \(nodeFile) /bin/true",
        ])
        // Five ranks on four allocated slots: oversubscribed unless turned off.
        let automatic = try PMapRun.parse(["--dry-run", "--mpirun", "/bin/false", "-n", "5", "--", "/bin/true"])
        lines = []
        _ = try automatic.launch(environment: ["PATH": "/usr/bin:/bin", "PBS_JOBID": "77.server", "PBS_NODEFILE": nodeFile]) {
            lines.append($0)
        }
        #expect(lines.last?.contains("--hostfile \(nodeFile) --oversubscribe") == true)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Writes a small file for a test.
func writeFile(_ path: String, _ text: String, mode: mode_t = 0o644) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
    guard fd >= 0 else { throw TestFileError(path: path) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else { throw TestFileError(path: path) }
}

struct TestFileError: Error { var path: String }
