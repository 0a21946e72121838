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
//   pmaprun -n 2 -- .build/release/pmap-demo [--size N] [--paths P] [--out PATH] [--resume]
import PMap

#if canImport(Glibc)
import Glibc
#endif

let args = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

PMap.main {
    let world = try Communicator.world
    let size = Int(option("--size") ?? "") ?? 200_000
    let paths = Int(option("--paths") ?? "") ?? 1024
    let chunk = Int(option("--chunk") ?? "") ?? 8192
    let out = option("--out") ?? "results/option-prices.npy"
    let resume = args.contains("--resume")
    guard size >= 1, paths >= 1, chunk >= 1 else { throw TensorError("--size, --paths and --chunk must be positive") }
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
    let job = BatchJob(count: size, output: out, chunkSize: chunk, resume: resume)
    let report = try job.run(jit(vmap(priceOne)))

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
