/// A batch-scheduler allocation (Slurm or PBS) that `pmaprun` runs inside,
/// read from the variables the scheduler sets for the job.
///
/// Inside an allocation the hosts are the scheduler's business: Open MPI's
/// mpirun reads a Slurm allocation by itself (its `ras slurm` component), so
/// pmaprun adds no host list. For PBS it passes the allocation's own node file
/// (`--hostfile $PBS_NODEFILE`), because Open MPI builds without PBS support
/// (`ras tm`; Debian's has none) would otherwise put every rank on the first
/// node, and builds with it accept the file too.
///
/// ```swift
/// let allocation = BatchAllocation.detect(in: ["SLURM_JOB_ID": "1234", "SLURM_TASKS_PER_NODE": "2(x2)"])
/// allocation?.slots          // 4
/// allocation?.description    // "Slurm allocation (job 1234)"
/// ```
struct BatchAllocation: Equatable, Sendable, CustomStringConvertible {
    /// The scheduler that made the allocation.
    enum Scheduler: String, Equatable, Sendable {
        case slurm = "Slurm"
        case pbs = "PBS"
    }

    /// Which scheduler.
    var scheduler: Scheduler
    /// The job id (`SLURM_JOB_ID`, `PBS_JOBID`).
    var jobID: String
    /// Slots per node in allocation order, when the environment says
    /// (`SLURM_TASKS_PER_NODE`, or the lines of `PBS_NODEFILE` per host).
    var slotsPerNode: [Int]?
    /// CPUs for each task (`SLURM_CPUS_PER_TASK`): the threads per rank.
    var cpusPerTask: Int?
    /// CPUs this job may use on this node (`SLURM_CPUS_ON_NODE`, PBS `NCPUS`).
    var cpusOnNode: Int?
    /// PBS's list of allocated hosts, one line per slot.
    var nodeFile: String?

    /// `Slurm allocation (job 1234)`.
    var description: String { "\(scheduler.rawValue) allocation (job \(jobID))" }

    /// All slots of the allocation, when known.
    var slots: Int? { slotsPerNode.map { $0.reduce(0, +) } }

    /// The number of nodes, when known.
    var nodeCount: Int? { slotsPerNode?.count }

    /// Finds the allocation pmaprun runs in, if any.
    ///
    /// Slurm: `SLURM_JOB_ID` (or the older `SLURM_JOBID`), with
    /// `SLURM_TASKS_PER_NODE` (else `SLURM_NTASKS` over `SLURM_JOB_NUM_NODES`),
    /// `SLURM_CPUS_PER_TASK` and `SLURM_CPUS_ON_NODE`. PBS: `PBS_JOBID` with
    /// `PBS_NODEFILE` (read here to count slots) and `NCPUS`.
    ///
    /// - Parameters:
    ///   - environment: pmaprun's environment.
    ///   - readFile: Reads the PBS node file (tests pass their own).
    /// - Returns: The allocation, or `nil` outside one.
    ///
    /// ```swift
    /// BatchAllocation.detect(in: currentEnvironment())   // nil on a workstation
    /// ```
    static func detect(
        in environment: [String: String],
        readFile: (String) -> String? = readTextFile
    ) -> BatchAllocation? {
        func positive(_ name: String) -> Int? {
            environment[name].flatMap { Int($0.trimmingWhitespace()) }.flatMap { $0 >= 1 ? $0 : nil }
        }
        if let jobID = nonEmpty(environment["SLURM_JOB_ID"]) ?? nonEmpty(environment["SLURM_JOBID"]) {
            var slots = environment["SLURM_TASKS_PER_NODE"].flatMap(parseSlurmTasksPerNode)
            if slots == nil, let tasks = positive("SLURM_NTASKS") ?? positive("SLURM_NPROCS") {
                let nodes = max(1, positive("SLURM_JOB_NUM_NODES") ?? positive("SLURM_NNODES") ?? 1)
                // Slurm's block distribution: the first nodes get one more.
                slots = (0..<nodes).map { tasks / nodes + ($0 < tasks % nodes ? 1 : 0) }.filter { $0 > 0 }
            }
            return BatchAllocation(
                scheduler: .slurm, jobID: jobID, slotsPerNode: slots,
                cpusPerTask: positive("SLURM_CPUS_PER_TASK"), cpusOnNode: positive("SLURM_CPUS_ON_NODE"),
                nodeFile: nil)
        }
        if let jobID = nonEmpty(environment["PBS_JOBID"]) {
            let nodeFile = nonEmpty(environment["PBS_NODEFILE"])
            let slots = nodeFile.flatMap(readFile).flatMap(slotsPerHost(nodeFileText:))
            return BatchAllocation(
                scheduler: .pbs, jobID: jobID, slotsPerNode: slots,
                cpusPerTask: nil, cpusOnNode: positive("NCPUS"), nodeFile: nodeFile)
        }
        return nil
    }

    /// Expands Slurm's compressed task counts: `2(x3),1` is `[2, 2, 2, 1]`.
    ///
    /// ```swift
    /// BatchAllocation.parseSlurmTasksPerNode("4(x2),2")   // [4, 4, 2]
    /// ```
    static func parseSlurmTasksPerNode(_ text: String) -> [Int]? {
        var counts: [Int] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "(", maxSplits: 1)
            guard let count = Int(parts[0].trimmingWhitespace()), count >= 0 else { return nil }
            var repeats = 1
            if parts.count == 2 {
                // "x3)"
                let inner = parts[1].trimmingWhitespace()
                guard inner.hasPrefix("x"), inner.hasSuffix(")"),
                      let value = Int(inner.dropFirst().dropLast()), value >= 1 else { return nil }
                repeats = value
            }
            counts += Array(repeating: count, count: repeats)
        }
        return counts.isEmpty ? nil : counts
    }

    /// Slots per host from a PBS node file (one host per line, repeated per slot), in order of first appearance.
    static func slotsPerHost(nodeFileText text: String) -> [Int]? {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let host = line.trimmingWhitespace()
            guard !host.isEmpty else { continue }
            if counts[host] == nil { order.append(host) }
            counts[host, default: 0] += 1
        }
        return order.isEmpty ? nil : order.map { counts[$0]! }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }
}
