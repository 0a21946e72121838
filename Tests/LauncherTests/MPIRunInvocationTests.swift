import Testing

@testable import launcher

/// A two-core machine like the development and CI machines.
private func machine(root: Bool = true, cores: Int = 2, environment: [String: String] = [:]) -> LaunchContext {
    LaunchContext(mpirun: "/usr/bin/mpirun", isRoot: root, localCores: cores, hostname: "vm", environment: environment)
}

private let rootEnvironment = "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 "
private let alwaysOn = "--mca pml ob1 --mca odls_base_sigkill_timeout 0"
private let sharing = "--bind-to none --mca mpi_yield_when_idle 1"
/// pmaprun's standard output in these contexts is not a terminal.
private let tty = "-x PMAP_STDOUT_IS_TTY=0"

@Suite("mpirun command building")
struct MPIRunInvocationTests {
    private func line(_ request: LaunchRequest, _ context: LaunchContext = machine()) -> String {
        MPIRunInvocation(request: request, context: context).commandLine
    }

    @Test("ranks that fit the cores get only the always-on defaults")
    func fittingJob() {
        let invocation = MPIRunInvocation(
            request: LaunchRequest(ranks: 2, command: ["/bin/hostname"]), context: machine(root: false))
        #expect(invocation.argv == [
            "/usr/bin/mpirun", "-np", "2", "--mca", "pml", "ob1", "--mca", "odls_base_sigkill_timeout", "0",
            "-x", "PMAP_STDOUT_IS_TTY=0", "/bin/hostname",
        ])
        #expect(invocation.addedEnvironment.isEmpty)
    }

    @Test("more ranks than cores: oversubscribe, no binding, yield")
    func oversubscribedJob() {
        #expect(line(LaunchRequest(ranks: 4, command: ["/bin/echo", "hi"]))
            == rootEnvironment + "/usr/bin/mpirun -np 4 --oversubscribe \(sharing) \(alwaysOn) \(tty) /bin/echo hi")
    }

    @Test("threads per rank count towards sharing cores and are exported")
    func threadsPerRank() {
        var request = LaunchRequest(ranks: 2, command: ["./job"])
        request.threadsPerRank = 2
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 2 \(sharing) \(alwaysOn) -x PMAP_NUM_THREADS=2 \(tty) ./job")
    }

    @Test("PMAP_NUM_THREADS from the environment is forwarded by name")
    func forwardsThreadVariable() {
        let context = machine(root: false, environment: ["PMAP_NUM_THREADS": "1"])
        #expect(line(LaunchRequest(ranks: 1, command: ["./job"]), context)
            == "/usr/bin/mpirun -np 1 \(alwaysOn) -x PMAP_NUM_THREADS \(tty) ./job")
    }

    @Test("root variables are added only as root and only when not set already")
    func rootVariables() {
        let request = LaunchRequest(ranks: 1, command: ["./job"])
        #expect(MPIRunInvocation(request: request, context: machine(root: true)).addedEnvironment.map(\.name)
            == ["OMPI_ALLOW_RUN_AS_ROOT", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"])
        #expect(MPIRunInvocation(request: request, context: machine(root: false)).addedEnvironment.isEmpty)
        let preset = machine(root: true, environment: ["OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1"])
        #expect(MPIRunInvocation(request: request, context: preset).addedEnvironment.isEmpty)
    }

    @Test("every default can be turned off")
    func plain() {
        var request = LaunchRequest(ranks: 4, command: ["./job"])
        request.threadsPerRank = 2
        request.defaults = .none
        #expect(line(request) == "/usr/bin/mpirun -np 4 ./job")
        request.defaults.pmlOB1 = true
        request.defaults.bindToNone = true
        #expect(line(request) == "/usr/bin/mpirun -np 4 --bind-to none --mca pml ob1 ./job")
        request.defaults.exportTerminal = true
        #expect(line(request) == "/usr/bin/mpirun -np 4 --bind-to none --mca pml ob1 \(tty) ./job")
    }

    @Test("automatic defaults can be forced on for a job that fits")
    func forcedOn() {
        var request = LaunchRequest(ranks: 1, command: ["./job"])
        request.defaults.oversubscribe = true
        request.defaults.bindToNone = true
        request.defaults.yieldWhenIdle = true
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 1 --oversubscribe \(sharing) \(alwaysOn) \(tty) ./job")
    }

    @Test("a default the user sets through --mpi-arg or OMPI_MCA_* is left out")
    func userSettingsWin() {
        var request = LaunchRequest(ranks: 4, command: ["./job"])
        request.mpiArguments = ["--bind-to", "core", "--mca", "pml", "ucx", "--report-bindings"]
        let context = machine(root: false, environment: ["OMPI_MCA_odls_base_sigkill_timeout": "2"])
        #expect(line(request, context)
            == "/usr/bin/mpirun -np 4 --oversubscribe --mca mpi_yield_when_idle 1 \(tty) --bind-to core --mca pml ucx --report-bindings ./job")
    }

    @Test("timeout, tag-output and extra arguments come before the program, which is untouched")
    func orderAndPassThrough() {
        var request = LaunchRequest(ranks: 2, command: ["./job", "-n", "3", "--", "it's"])
        request.timeout = 30
        request.tagOutput = true
        request.mpiArguments = ["--report-bindings"]
        let invocation = MPIRunInvocation(request: request, context: machine(root: false))
        #expect(Array(invocation.argv.suffix(11)) == [
            "--timeout", "30", "--tag-output", "-x", "PMAP_STDOUT_IS_TTY=0", "--report-bindings",
            "./job", "-n", "3", "--", "it's",
        ])
        #expect(invocation.commandLine.hasSuffix("--report-bindings ./job -n 3 -- 'it'\\''s'"))
    }

    @Test("a hostfile's slots decide oversubscription")
    func hostfileSlots() throws {
        let local = try Hostfile.parse("localhost slots=8\n", path: "hostfiles/big")
        var request = LaunchRequest(ranks: 4, command: ["./job"])
        request.hosts = .hostfile(local)
        // Declared slots: no --oversubscribe, but 4 ranks still share 2 cores.
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 4 --hostfile hostfiles/big \(sharing) \(alwaysOn) \(tty) ./job")

        request.hosts = .hostfile(try Hostfile.parse("n1 slots=2\nn2 slots=2\n", path: "two"))
        // Two ranks per (remote) node on two cores each: nothing shared.
        #expect(line(request, machine(root: false)) == "/usr/bin/mpirun -np 4 --hostfile two \(alwaysOn) \(tty) ./job")
        request.ranks = 5
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 5 --hostfile two --oversubscribe \(sharing) \(alwaysOn) \(tty) ./job")
    }

    @Test("--host is passed through as written")
    func hostList() throws {
        var request = LaunchRequest(ranks: 2, command: ["./job"])
        request.hosts = .hosts(try HostList.parse("h1:2,h2:2"))
        #expect(line(request, machine(root: false)) == "/usr/bin/mpirun -np 2 --host h1:2,h2:2 \(alwaysOn) \(tty) ./job")
    }

    @Test("ranks that will run several threads are not bound to one core each")
    func multiThreadedRanksAreUnbound() throws {
        // One rank on two cores: its pool runs two threads, and mpirun would bind it to core 0.
        #expect(line(LaunchRequest(ranks: 1, command: ["./job"]), machine(root: false))
            == "/usr/bin/mpirun -np 1 --bind-to none \(alwaysOn) \(tty) ./job")
        // One rank per two-core node.
        var request = LaunchRequest(ranks: 2, command: ["./job"])
        request.hosts = .hosts(try HostList.parse("h1,h2"))
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 2 --host h1,h2 --bind-to none \(alwaysOn) \(tty) ./job")
        // One thread each, as many ranks as cores: mpirun's binding stays.
        request.hosts = .local
        request.threadsPerRank = 1
        #expect(line(request, machine(root: false))
            == "/usr/bin/mpirun -np 2 \(alwaysOn) -x PMAP_NUM_THREADS=1 \(tty) ./job")
        #expect(Placement(request: request, context: machine(cores: 8)).threadsPerRank == 1)
        request.threadsPerRank = nil
        #expect(Placement(request: request, context: machine(cores: 8)).threadsPerRank == 4)
    }

    @Test("whether pmaprun's output is a terminal reaches the ranks; a preset value is forwarded by name")
    func terminalFlag() {
        var context = machine(root: false)
        context.standardOutputIsTerminal = true
        let request = LaunchRequest(ranks: 2, command: ["./job"])
        #expect(MPIRunInvocation(request: request, context: context).arguments.suffix(3)
            == ["-x", "PMAP_STDOUT_IS_TTY=1", "./job"])
        context.standardOutputIsTerminal = false
        #expect(MPIRunInvocation(request: request, context: context).arguments.suffix(3)
            == ["-x", "PMAP_STDOUT_IS_TTY=0", "./job"])
        context.environment["PMAP_STDOUT_IS_TTY"] = "1"
        #expect(MPIRunInvocation(request: request, context: context).arguments.suffix(3)
            == ["-x", "PMAP_STDOUT_IS_TTY", "./job"])
        var off = request
        off.defaults.exportTerminal = false
        #expect(!MPIRunInvocation(request: off, context: context).arguments.contains("-x"))
    }

    @Test("shell quoting for display")
    func quoting() {
        #expect(shellQuoted("-np") == "-np")
        #expect(shellQuoted("a b") == "'a b'")
        #expect(shellQuoted("") == "''")
        #expect(shellQuoted("$HOME") == "'$HOME'")
        #expect(shellQuoted("it's") == "'it'\\''s'")
    }
}
