import CMPI
import Testing

@testable import PMap

#if canImport(Glibc)
import Glibc
#endif

/// The MPI environment at any world size: a plain `swift test` is a world of
/// one rank (MPI singleton start); the same suite runs under `mpirun -n N`,
/// where every rank checks its own view. Each test makes the same collective
/// calls in the same order on every rank.
@Suite("MPI environment", .serialized)
struct EnvironmentTests {
    /// The launcher's idea of the world, when there is a launcher.
    private var launchedSize: Int? { environmentValue("OMPI_COMM_WORLD_SIZE").flatMap { Int($0) } }
    private var launchedRank: Int? { environmentValue("OMPI_COMM_WORLD_RANK").flatMap { Int($0) } }

    @Test("rank and size describe a sane world")
    func worldShape() throws {
        let env = try MPIEnvironment.shared
        #expect(env.size >= 1)
        #expect((0..<env.size).contains(env.rank))
        #expect(env.localSize >= 1 && env.localSize <= env.size)
        #expect((0..<env.localSize).contains(env.localRank))
        if let launchedSize, let launchedRank {
            #expect(env.size == launchedSize)
            #expect(env.rank == launchedRank)
        } else {
            // Started without mpirun: MPI's singleton world.
            #expect(env.size == 1)
            #expect(env.rank == 0)
            #expect(env.localRank == 0 && env.localSize == 1)
        }
    }

    @Test("MPI is initialised lazily at thread level serialized unless multiple is asked for")
    func threadLevel() throws {
        let env = try MPIEnvironment.shared
        #expect(MPIEnvironment.isInitialized)
        #expect(!MPIEnvironment.isFinalized)
        if environmentValue("PMAP_MPI_THREAD_MULTIPLE") == "1" {
            #expect(env.threadLevel == .multiple)
        } else {
            #expect(env.threadLevel == .serialized)
        }
        // Asking for what is already provided is fine; asking for more is a clear error.
        try MPIEnvironment.requestThreadLevel(.serialized)
        if env.threadLevel < .multiple {
            let error = #expect(throws: MPIError.self) { try MPIEnvironment.requestThreadLevel(.multiple) }
            #expect(error?.description.contains("PMAP_MPI_THREAD_MULTIPLE=1") == true)
        }
    }

    @Test("processor name and library version are reported")
    func names() throws {
        let env = try MPIEnvironment.shared
        #expect(!env.processorName.isEmpty)
        #expect(!env.libraryVersion.isEmpty)
        #expect(env.ownsInitialization)
    }

    @Test("barrier returns on every rank")
    func barrier() throws {
        try MPIEnvironment.shared.barrier()
        try MPIEnvironment.shared.barrier()
    }

    @Test("the MPI lock is recursive and usable from many threads")
    func lockFromThreads() async throws {
        let env = try MPIEnvironment.shared
        let sizes = try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try env.withLock {
                        var size: Int32 = 0
                        try env.call("MPI_Comm_size") { env.withLock { MPI_Comm_size(env.world.raw, &size) } }
                        return size
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sizes == Array(repeating: Int32(env.size), count: 8))
    }

    @Test("a failing MPI call is thrown as MPIError with MPI's message, not fatal")
    func errorsAreReturned() throws {
        let env = try MPIEnvironment.shared
        // Rank -5 is invalid: Open MPI reports it through the communicator's
        // error handler, which PMap set to MPI_ERRORS_RETURN.
        var value: Int32 = 0
        let error = #expect(throws: MPIError.self) {
            try env.call("MPI_Send") {
                MPI_Send(&value, 1, cmpi_int32_t(), -5, 0, env.world.raw)
            }
        }
        #expect(error?.operation == "MPI_Send")
        #expect(error?.errorClass == MPI_ERR_RANK)
        #expect(error?.message.isEmpty == false)
        #expect(error?.description.hasPrefix("MPI_Send failed: ") == true)
    }

    @Test("MPIError describes codes with MPI_Error_string")
    func errorStrings() {
        let error = MPIError(code: MPI_ERR_TRUNCATE, operation: "MPI_Recv")
        #expect(error.errorClass == MPI_ERR_TRUNCATE)
        #expect(error.message.lowercased().contains("truncat"))
        #expect(error.description == "MPI_Recv failed: \(error.message) (code \(MPI_ERR_TRUNCATE), class \(MPI_ERR_TRUNCATE))")
    }

    /// Run by `make test` on 2 ranks with `PMAP_TEST_ABORT_CODE=7`: the
    /// last rank aborts while the others wait in a barrier, and the job must
    /// end with exit status 7 instead of hanging.
    @Test(
        "abort(code:) ends the whole job with that code",
        .enabled(if: environmentValue("PMAP_TEST_ABORT_CODE") != nil))
    func abortEndsJob() throws {
        let env = try MPIEnvironment.shared
        let code = environmentValue("PMAP_TEST_ABORT_CODE").flatMap { Int32($0) } ?? 1
        if env.rank == env.size - 1 {
            env.abort(code: code)
        }
        try env.barrier()
        Issue.record("rank \(env.rank) passed a barrier that the aborting rank never entered")
    }

    @Test("thread levels are ordered as in MPI")
    func threadLevelOrder() {
        #expect(MPIThreadLevel.allCases == [.single, .funneled, .serialized, .multiple])
        #expect(MPIThreadLevel.allCases.map(\.mpiValue) == [
            cmpi_thread_single(), cmpi_thread_funneled(), cmpi_thread_serialized(), cmpi_thread_multiple(),
        ])
        #expect(MPIThreadLevel.multiple.description == "multiple")
    }
}
