@_spi(Transforms) import Local

#if canImport(Glibc)
import Glibc
#endif

/// The flat core of `pmap`: shards the mapped arguments over the ranks of
/// `communicator`, runs `vmap(f, axisName:)` on each rank's shard with
/// collectives that span the ranks, and gathers (or keeps) the results.
func pmapGroups(_ f: @escaping ([[Tensor]]) throws -> [[Tensor]], _ args: [[Tensor]], inAxes: Axes, outAxes: Axes,
                axisName: String, communicator: Communicator?, gather: Bool) throws -> [[ShardedTensor]] {
    let comm = try communicator ?? Communicator.world
    do {
        let perArg = try inAxes.expanded(to: args.count, what: "in_axes")
        var sizes: [Int] = []
        var dims: [[Int?]] = []
        for (i, group) in args.enumerated() {
            dims.append(try group.map { x -> Int? in
                guard let a = perArg[i] else { return nil }
                guard a >= -x.ndim && a < x.ndim else {
                    throw TensorError("pmap was requested to map its argument along axis \(a), which implies that its rank should be at least \(a < 0 ? -a : a + 1), but is only \(x.ndim) (its shape is \(Shape.describe(x.shape)))")
                }
                let d = a < 0 ? a + x.ndim : a
                sizes.append(x.shape[d])
                return d
            })
        }
        guard let n = sizes.first else {
            throw TensorError("pmap requires at least one argument with a mapped axis (in_axes not all None)")
        }
        guard sizes.allSatisfy({ $0 == n }) else {
            throw TensorError("pmap got inconsistent sizes for array axes to be mapped: " + sizes.map(String.init).joined(separator: ", "))
        }
        let counts = MPIAxisGroup.balancedCounts(n, over: comm.size)
        let group = MPIAxisGroup(communicator: comm, counts: counts)
        let start = group.localOffset, count = counts[comm.rank]
        let local = try zip(args, dims).map { g, gd in
            try zip(g, gd).map { x, d -> Tensor in
                guard let d else { return x }
                var lo = [Int](repeating: 0, count: x.ndim), hi = x.shape
                lo[d] = start
                hi[d] = start + count
                return try bind1(Slice(startIndices: lo, limitIndices: hi), [x])
            }
        }
        let outs = try vmapGroups(f, local, inAxes: inAxes, outAxes: outAxes, axisSize: nil, axisName: axisName,
                                  strategy: .auto, group: group)
        let perOut = try outAxes.expanded(to: outs.count, what: "out_axes")
        return try zip(outs, perOut).map { g, oa in
            try g.map { y in
                guard let oa else { return ShardedTensor(replicated: y, communicator: comm) }
                let rank = y.ndim
                let axis = oa < 0 ? oa + rank : oa
                let sharded = ShardedTensor(local: y, axis: axis, counts: counts, communicator: comm)
                return gather ? ShardedTensor(replicated: try sharded.gathered(), communicator: comm) : sharded
            }
        }
    } catch {
        if comm.size > 1 { failJob(error, rank: comm.rank) }
        throw error
    }
}

/// Prints `rank R: <error>` on standard error and ends the whole job
/// (`MPI_Abort`), so no other rank waits forever in a collective.
///
/// ```swift
/// do { try step() } catch { failJob(error) }   // prints "rank R: …" and aborts every rank
/// ```
public func failJob(_ error: Error, rank: Int? = nil) -> Never {
    let r = rank ?? ((try? MPIEnvironment.shared.rank) ?? 0)
    var text = "rank \(r): \(error)\n"
    fflush(nil)
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    if let env = try? MPIEnvironment.shared { env.abort(code: 1) }
    exit(1)
}

/// The job's entry point: runs `body` and, if it throws, prints
/// `rank R: <error>` and aborts every rank with a non-zero exit (Swift has no
/// hook for uncaught errors; without this a failing rank would leave the
/// others waiting in a collective).
///
/// ```swift
/// import PMap
///
/// PMap.main {
///     let y = try pmap({ x in try x * 2 }, axisName: "i")(Tensor.arange(10))
///     if try Communicator.world.rank == 0 { print(y) }
/// }
/// ```
public enum PMap {
    /// Runs the job body; see the type's documentation.
    ///
    /// ```swift
    /// PMap.main { try train() }   // a throw aborts the whole job
    /// ```
    public static func main(_ body: () throws -> Void) {
        do {
            try body()
        } catch {
            failJob(error)
        }
    }
}
