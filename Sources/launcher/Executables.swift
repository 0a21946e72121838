#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The result of looking a command up the way `execvp` would.
///
/// ```swift
/// switch ExecutableLookup.find("mpirun", searchPath: "/usr/local/bin:/usr/bin") {
/// case .found(let path): print(path)              // "/usr/bin/mpirun"
/// case .notExecutable(let path): print("\(path) is not executable")
/// case .notFound: print("no mpirun")
/// }
/// ```
enum ExecutableLookup: Equatable, Sendable {
    /// An executable regular file at this path.
    case found(String)
    /// A file exists but cannot be executed (no permission, or a directory).
    case notExecutable(String)
    /// Nothing by that name.
    case notFound

    /// Looks up `name`: as a path when it contains `/`, else in each
    /// directory of `searchPath` (an empty entry means the current directory).
    ///
    /// - Parameters:
    ///   - name: A command name or a path.
    ///   - searchPath: A `PATH`-style list; `nil` uses `/usr/local/bin:/usr/bin:/bin`.
    /// - Returns: The first executable match, else the first non-executable
    ///   match, else `.notFound`.
    ///
    /// ```swift
    /// ExecutableLookup.find("/bin/true", searchPath: nil)   // .found("/bin/true")
    /// ```
    static func find(_ name: String, searchPath: String?) -> ExecutableLookup {
        if name.isEmpty { return .notFound }
        if name.contains("/") { return check(name) }
        var firstUnusable: String?
        let directories = (searchPath ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":", omittingEmptySubsequences: false)
        for directory in directories {
            let candidate = directory.isEmpty ? name : "\(directory)/\(name)"
            switch check(candidate) {
            case .found: return .found(candidate)
            case .notExecutable: firstUnusable = firstUnusable ?? candidate
            case .notFound: continue
            }
        }
        return firstUnusable.map { .notExecutable($0) } ?? .notFound
    }

    private static func check(_ path: String) -> ExecutableLookup {
        var info = stat()
        guard stat(path, &info) == 0 else { return .notFound }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        return isRegular && access(path, X_OK) == 0 ? .found(path) : .notExecutable(path)
    }
}
