/// PMap: data parallelism across MPI ranks for swift-pmap.
///
/// `PMap` re-exports `Local` (tensors, primitives, `vmap`, `jit`, control
/// flow), and adds the distributed layer: the MPI environment, communicators
/// and collectives, and `pmap`, which shards the leading axis of its inputs
/// across the ranks of a job and combines the shards with collectives
/// (`psum`, `allGather`, …) named by axis, as in JAX.
///
/// MPI is initialised on first use and finalised at exit. A program started
/// without `mpirun` (or `pmaprun`) is a world of one rank and behaves the same.
///
/// ```swift
/// import PMap
///
/// let env = try MPIEnvironment.shared
/// print("rank \(env.rank) of \(env.size) on \(env.processorName)")
/// try env.barrier()
/// ```
///
/// Run it on two ranks with `pmaprun -n 2 -- .build/release/my-job`.
@_exported import Local
