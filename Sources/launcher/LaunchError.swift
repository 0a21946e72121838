/// Why `pmaprun` could not start the job, in one line, with the exit code
/// it returns (shell conventions: 127 not found, 126 not executable, 64 usage).
///
/// ```swift
/// let error = LaunchError.mpirunNotFound
/// print("pmaprun: \(error)")   // "pmaprun: mpirun not found in PATH; install Open MPI with: apt-get install openmpi-bin"
/// exit(error.exitCode)          // 127
/// ```
enum LaunchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No `mpirun` in `PATH` (nor at `--mpirun`/`PMAP_MPIRUN`).
    case mpirunNotFound
    /// The `--mpirun`/`PMAP_MPIRUN` path does not exist or is not executable.
    case mpirunUnusable(String)
    /// The program after `--` is neither a file nor found in `PATH`.
    case programNotFound(String)
    /// The program exists but cannot be executed (permissions, a directory).
    case programNotExecutable(String)
    /// Nothing after `--`.
    case missingProgram
    /// A malformed `--host` list.
    case invalidHostList(String)
    /// A malformed or unreadable `--hostfile`.
    case hostfile(HostfileError)
    /// `posix_spawn` of mpirun failed with this `errno`.
    case spawnFailed(executable: String, errno: Int32)

    /// The one-line explanation, with the fix.
    var description: String {
        switch self {
        case .mpirunNotFound:
            "mpirun not found in PATH; install Open MPI with: apt-get install openmpi-bin (or set PMAP_MPIRUN)"
        case .mpirunUnusable(let path):
            "mpirun '\(path)' (from --mpirun or PMAP_MPIRUN) does not exist or is not executable"
        case .programNotFound(let program):
            program.contains("/")
                ? "program '\(program)' not found"
                : "program '\(program)' not found in PATH (give a path such as ./\(program))"
        case .programNotExecutable(let program):
            "program '\(program)' is not executable (check that it is a file with execute permission: chmod +x)"
        case .missingProgram:
            "no program given; put it after '--', as in: pmaprun -n 2 -- ./my-job args"
        case .invalidHostList(let message):
            message
        case .hostfile(let error):
            error.description
        case .spawnFailed(let executable, let code):
            "cannot start '\(executable)': \(String(cString: strerror(code)))"
        }
    }

    /// The exit status pmaprun ends with for this error.
    ///
    /// ```swift
    /// LaunchError.programNotExecutable("./job").exitCode   // 126
    /// ```
    var exitCode: Int32 {
        switch self {
        case .mpirunNotFound, .mpirunUnusable, .programNotFound: 127
        case .programNotExecutable: 126
        case .missingProgram, .invalidHostList, .hostfile: 64
        case .spawnFailed: 1
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
