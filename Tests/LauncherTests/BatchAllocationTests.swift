import Testing

@testable import launcher

@Suite("Slurm and PBS allocations")
struct BatchAllocationTests {
    @Test("no scheduler variables: no allocation")
    func none() {
        #expect(BatchAllocation.detect(in: ["PATH": "/usr/bin"]) == nil)
        #expect(BatchAllocation.detect(in: ["SLURM_JOB_ID": "  "]) == nil)
    }

    @Test("Slurm: job id, slots per node, CPUs per task and on the node")
    func slurm() {
        let allocation = BatchAllocation.detect(in: [
            "SLURM_JOB_ID": "1234", "SLURM_TASKS_PER_NODE": "2(x3),1", "SLURM_CPUS_PER_TASK": "4",
            "SLURM_CPUS_ON_NODE": "8",
        ])
        #expect(allocation == BatchAllocation(
            scheduler: .slurm, jobID: "1234", slotsPerNode: [2, 2, 2, 1], cpusPerTask: 4, cpusOnNode: 8, nodeFile: nil))
        #expect(allocation?.slots == 7)
        #expect(allocation?.nodeCount == 4)
        #expect(allocation?.description == "Slurm allocation (job 1234)")
        // The older SLURM_JOBID alone, and SLURM_NTASKS spread over the nodes.
        let older = BatchAllocation.detect(in: ["SLURM_JOBID": "9", "SLURM_NTASKS": "5", "SLURM_JOB_NUM_NODES": "2"])
        #expect(older?.slotsPerNode == [3, 2])
        #expect(older?.cpusPerTask == nil)
    }

    @Test("Slurm's compressed task counts", arguments: [
        ("4", [4]), ("2(x3)", [2, 2, 2]), ("2(x2),1,3(x1)", [2, 2, 1, 3]),
    ])
    func tasksPerNode(text: String, expected: [Int]) {
        #expect(BatchAllocation.parseSlurmTasksPerNode(text) == expected)
    }

    @Test("malformed task counts are ignored, not trusted", arguments: ["", "x", "2(3)", "2(x0)", "-1"])
    func badTasksPerNode(text: String) {
        #expect(BatchAllocation.parseSlurmTasksPerNode(text) == nil)
    }

    @Test("PBS: job id and the node file's slots per host")
    func pbs() {
        let files = ["/nodes": "n1\nn1\nn2\n\n"]
        let allocation = BatchAllocation.detect(in: ["PBS_JOBID": "42.srv", "PBS_NODEFILE": "/nodes", "NCPUS": "2"]) {
            files[$0]
        }
        #expect(allocation == BatchAllocation(
            scheduler: .pbs, jobID: "42.srv", slotsPerNode: [2, 1], cpusPerTask: nil, cpusOnNode: 2, nodeFile: "/nodes"))
        // An unreadable node file: still an allocation, slots unknown.
        let unreadable = BatchAllocation.detect(in: ["PBS_JOBID": "42.srv", "PBS_NODEFILE": "/missing"]) { _ in nil }
        #expect(unreadable?.slotsPerNode == nil)
        #expect(unreadable?.nodeFile == "/missing")
    }

    @Test("the allocation decides slots, ranks per node and threads in the mpirun command")
    func placementInAllocation() {
        func context(_ environment: [String: String]) -> LaunchContext {
            LaunchContext(mpirun: "/usr/bin/mpirun", isRoot: false, localCores: 2, hostname: "n1", environment: environment)
        }
        // 2 nodes x 2 tasks x 4 CPUs on 8-CPU nodes: nothing shared, but the ranks are multi-threaded.
        let fitting = context([
            "SLURM_JOB_ID": "5", "SLURM_TASKS_PER_NODE": "2(x2)", "SLURM_CPUS_PER_TASK": "4", "SLURM_CPUS_ON_NODE": "8",
        ])
        let placement = Placement(request: LaunchRequest(ranks: 4, command: ["x"]), context: fitting)
        #expect(placement == Placement.expected(slots: 4, ranksPerNode: 2, threadsPerRank: 4, exceedsSlots: false, sharesCores: false))
        let invocation = MPIRunInvocation(request: LaunchRequest(ranks: 4, command: ["x"]), context: fitting)
        #expect(invocation.arguments == [
            "-np", "4", "--bind-to", "none", "--mca", "pml", "ob1", "--mca", "odls_base_sigkill_timeout", "0",
            "-x", "PMAP_NUM_THREADS=4", "-x", "PMAP_STDOUT_IS_TTY=0", "x",
        ])
        #expect(invocation.notes == [
            "inside a Slurm allocation (job 5): mpirun takes the hosts from it",
            "threads per rank: 4, from SLURM_CPUS_PER_TASK",
        ])
        // Eight ranks on four slots of two-CPU nodes: oversubscribed and sharing.
        let small = context(["SLURM_JOB_ID": "6", "SLURM_TASKS_PER_NODE": "2(x2)", "SLURM_CPUS_ON_NODE": "2"])
        let crowded = Placement(request: LaunchRequest(ranks: 8, command: ["x"]), context: small)
        #expect(crowded.exceedsSlots && crowded.sharesCores && crowded.ranksPerNode == 4)
        // Mapping by slot fills the first node first.
        #expect(Placement.busiestNode(ranks: 3, slotsPerNode: [2, 2]) == 2)
        #expect(Placement.busiestNode(ranks: 1, slotsPerNode: [4, 4]) == 1)
        #expect(Placement.busiestNode(ranks: 9, slotsPerNode: [2, 2]) == 5)
    }
}

extension Placement {
    /// A placement with every field given (Placement's own init computes them).
    fileprivate static func expected(
        slots: Int, ranksPerNode: Int, threadsPerRank: Int, exceedsSlots: Bool, sharesCores: Bool
    ) -> Placement {
        var placement = Placement(
            request: LaunchRequest(ranks: 1, command: ["x"]),
            context: LaunchContext(mpirun: "m", isRoot: false, localCores: 1, hostname: "h", environment: [:]))
        placement.slots = slots
        placement.ranksPerNode = ranksPerNode
        placement.threadsPerRank = threadsPerRank
        placement.exceedsSlots = exceedsSlots
        placement.sharesCores = sharesCores
        return placement
    }
}
