import Testing

@testable import launcher

#if canImport(Glibc)
import Glibc
#endif

@Suite("Finding executables")
struct ExecutableLookupTests {
    @Test("paths are checked directly; names are searched in PATH order")
    func lookup() throws {
        #expect(ExecutableLookup.find("/bin/sh", searchPath: nil) == .found("/bin/sh"))
        #expect(ExecutableLookup.find("sh", searchPath: "/nonexistent:/bin") == .found("/bin/sh"))
        #expect(ExecutableLookup.find("/nonexistent/x", searchPath: nil) == .notFound)
        #expect(ExecutableLookup.find("no-such-tool-xyz", searchPath: "/usr/bin:/bin") == .notFound)
        #expect(ExecutableLookup.find("", searchPath: "/bin") == .notFound)
        // A directory or a file without execute permission cannot run.
        #expect(ExecutableLookup.find("/tmp", searchPath: nil) == .notExecutable("/tmp"))
        let dir = "/tmp/pmaprun-lookup-\(getpid())"
        mkdir(dir, 0o755)
        defer { unlink(dir + "/tool"); rmdir(dir) }
        try writeFile(dir + "/tool", "#!/bin/sh\n", mode: 0o644)
        #expect(ExecutableLookup.find("tool", searchPath: dir) == .notExecutable(dir + "/tool"))
        chmod(dir + "/tool", 0o755)
        #expect(ExecutableLookup.find("tool", searchPath: "/nonexistent:" + dir) == .found(dir + "/tool"))
    }
}
