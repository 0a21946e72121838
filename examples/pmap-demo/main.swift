// pmap-demo: the main job. A Monte Carlo batch job over MPI ranks.
//
// Each example prices a European call option on a stock following
// geometric Brownian motion: its own strike, volatility and maturity, and
// its own random numbers from `foldIn(key, exampleIndex)`, so the result of
// an example never depends on how many ranks ran the job. The per-example
// function is written for ONE example and batched with `vmap`, staged with
// `jit`; `BatchJob` shards the examples over the ranks, processes them in
// chunks and writes one `.npy` row per example (price, standard error,
// exercise probability). Summary statistics come from `pmap` with
// `pmean`/`pmax` over the written file, read back sharded.
//
//   pmaprun -n 2 -- .build/release/pmap-demo [--size N] [--paths P] [--chunk C] [--out PATH] [--resume | --overwrite]
import ArgumentParser
import PMap

#if canImport(Glibc)
import Glibc
#endif

struct DemoOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pmap-demo",
        abstract: "Monte Carlo option pricing as a batch job over MPI ranks (run it under pmaprun).")

    @Option(help: "Number of options (examples, rows of the output).")
    var size = 200_000
    @Option(help: "Monte Carlo paths per option.")
    var paths = 1024
    @Option(help: "Examples per chunk (the unit of work and of checkpointing).")
    var chunk = 8192
    @Option(help: "The output .npy file.")
    var out = "results/option-prices.npy"
    @Flag(help: "Continue an unfinished run of the same job (refused if its parameters differ).")
    var resume = false
    @Flag(help: "Discard an unfinished run of this output and start over.")
    var overwrite = false

    func validate() throws {
        for (name, value) in [("--size", size), ("--paths", paths), ("--chunk", chunk)] where value < 1 {
            throw ValidationError("\(name) must be at least 1, got \(value)")
        }
        if resume && overwrite { throw ValidationError("--resume and --overwrite cannot be used together") }
    }
}

/// This process's rank as the launcher set it, before MPI starts (0 when run alone).
func launcherRank() -> Int {
    for name in ["OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK"] {
        if let value = getenv(name), let rank = Int(String(cString: value)) { return rank }
    }
    return 0
}

// Every rank parses; only rank 0 prints a usage error or the help.
let options: DemoOptions
do {
    options = try DemoOptions.parse()
} catch {
    if launcherRank() == 0 { DemoOptions.exit(withError: error) }
    exit(DemoOptions.exitCode(for: error).rawValue)
}

PMap.main {
    let world = try Communicator.world
    let size = options.size, paths = options.paths, out = options.out
    if world.rank == 0, out.hasPrefix("results/") { mkdir("results", 0o755) }
    try world.barrier()

    let key = Random.key(2024)
    let spot: Float = 100, rate: Float = 0.03

    /// One example: the Monte Carlo price of a call with parameters derived from its index.
    let priceOne = { @Sendable (index: Tensor) throws -> Tensor in
        let i = try index.astype(.float32)
        let strike = try 80 + (i % 41)                                   // 80 … 120
        let vol = try 0.1 + (i % 7) * 0.05                               // 10% … 40%
        let years = try 0.25 + (i % 4) * 0.25                            // 3 months … 1 year
        let z = try Random.normal(Random.foldIn(key, index), shape: [paths])
        let drift = try (Tensor(rate) - vol * vol * 0.5) * years
        let terminal = try Tensor(spot) * exp(drift + vol * sqrt(years) * z)
        let payoff = try maximum(terminal - strike, 0)
        let discount = try exp(-Tensor(rate) * years)
        let price = try mean(payoff) * discount
        let stderr = try sqrt((mean(payoff * payoff) - mean(payoff) ** 2) / Tensor(Float(paths))) * discount
        let inTheMoney = try mean((payoff .> 0).astype(.float32))
        return try stack([price, stderr, inTheMoney])
    }

    if world.rank == 0 {
        print("pmap-demo: \(size) options × \(paths) Monte Carlo paths on \(world.size) rank\(world.size == 1 ? "" : "s") (\(ThreadPool.threadCount) thread\(ThreadPool.threadCount == 1 ? "" : "s") each)")
    }
    // The job key names everything besides size and chunk that decides the rows,
    // so a resume with other flags is refused instead of mixing two jobs' rows.
    let job = BatchJob(count: size, output: out, chunkSize: options.chunk,
                       mode: options.resume ? .resume : options.overwrite ? .overwrite : .new,
                       jobKey: "pmap-demo v1 paths=\(paths) seed=2024 spot=100 rate=0.03")
    let report: BatchJob.Report
    do {
        report = try job.run(jit(vmap(priceOne)))
    } catch let e as BatchJobError where e.reason == .unfinishedRun || e.reason == .differentJob {
        throw TensorError("\(e.message)\npmap-demo: rerun with --resume to continue the unfinished run, or with --overwrite to start over")
    }
    if report.alreadyComplete {
        if world.rank == 0 { print(report) }
        return
    }

    // Summary: read the results back sharded and reduce them with collectives.
    let shard = try Npy.loadShard(out, communicator: world)
    let summarize = pmap({ (row: Tensor) throws -> Tensor in
        try stack([pmean(row[0], axisName: "option"), pmax(row[0], axisName: "option"),
                   pmean(row[1], axisName: "option"), pmean(row[2], axisName: "option")])
    }, axisName: "option", outAxes: nil)
    let stats = try summarize(shard.gathered()).toArray(Float.self)
    if world.rank == 0 {
        print(report)
        print("mean price \(stats[0]), max price \(stats[1]), mean standard error \(stats[2]), mean exercise probability \(stats[3])")
    }
}
