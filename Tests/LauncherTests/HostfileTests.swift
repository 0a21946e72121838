import Testing

@testable import launcher

@Suite("Hostfile parsing")
struct HostfileTests {
    @Test("hosts, slots, comments and spacing in Open MPI syntax")
    func parsesOpenMPISyntax() throws {
        let text = """
            # cluster
            node1 slots=2
              node2   slots = 4   max_slots=8   # trailing comment

            user@node3 cpu=1
            node4
            """
        let hostfile = try Hostfile.parse(text, path: "hosts")
        #expect(hostfile.entries == [
            .init(host: "node1", slots: 2, maxSlots: nil, line: 2),
            .init(host: "node2", slots: 4, maxSlots: 8, line: 3),
            .init(host: "user@node3", slots: 1, maxSlots: nil, line: 5),
            .init(host: "node4", slots: nil, maxSlots: nil, line: 6),
        ])
        #expect(hostfile.totalSlots(defaultSlotsPerHost: 3) == 2 + 4 + 1 + 3)
    }

    @Test("a host listed twice adds up its slots")
    func mergesRepeatedHosts() throws {
        let hostfile = try Hostfile.parse("a slots=2\nb slots=1\na slots=3\n", path: "h")
        #expect(hostfile.entries.map(\.host) == ["a", "b"])
        #expect(hostfile.entries[0].slots == 5)
        #expect(hostfile.totalSlots(defaultSlotsPerHost: 1) == 6)
    }

    @Test("attributes Open MPI knows but pmaprun does not use are accepted")
    func passesThroughKnownAttributes() throws {
        let hostfile = try Hostfile.parse("n1 slots=2 port=2222 username=me\n", path: "h")
        #expect(hostfile.entries == [.init(host: "n1", slots: 2, maxSlots: nil, line: 1)])
    }

    @Test(
        "malformed lines are reported as file:line: message",
        arguments: [
            ("node1 slots=two\n", "hosts:1: slots must be a positive integer, got 'two'"),
            ("# ok\nnode1 slots=0\n", "hosts:2: slots must be a positive integer, got '0'"),
            ("node1\nnode2 slotz=2\n", "hosts:2: unknown attribute 'slotz' (expected slots=N or max_slots=N)"),
            ("node1 slots=\n", "hosts:1: missing value after 'slots='"),
            ("node1 slots=2 slots=3\n", "hosts:1: 'slots' given twice for host 'node1'"),
            ("node1 slots=4 max_slots=2\n", "hosts:1: max_slots (2) is less than slots (4) for host 'node1'"),
            ("slots=2\n", "hosts:1: expected a host name before 'slots=' (lines look like 'node1 slots=2')"),
            ("node1 node2\n", "hosts:1: unexpected 'node2' after host 'node1' (expected an attribute such as slots=2)"),
            ("= 2\n", "hosts:1: expected a host name, found '='"),
            ("\n# only comments\n\n", "hosts: no hosts (every line is empty or a comment)"),
        ])
    func reportsErrors(text: String, message: String) {
        #expect(throws: HostfileError.self) { try Hostfile.parse(text, path: "hosts") }
        do {
            _ = try Hostfile.parse(text, path: "hosts")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a missing file names the file and the system's reason")
    func missingFile() {
        do {
            _ = try Hostfile.load(path: "/nonexistent/hosts")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/hosts: cannot read hostfile: No such file or directory")
        }
    }

    @Test("the hostfiles shipped in hostfiles/ parse")
    func shippedHostfiles() throws {
        let root = packageRoot()
        let localhost = try Hostfile.load(path: root + "/hostfiles/localhost")
        #expect(localhost.entries == [.init(host: "localhost", slots: 2, maxSlots: nil, line: localhost.entries[0].line)])
        let twoNodes = try Hostfile.load(path: root + "/hostfiles/two-nodes.example")
        #expect(twoNodes.entries.map(\.host) == ["node1", "node2"])
        #expect(twoNodes.totalSlots(defaultSlotsPerHost: 1) == 4)
    }
}

@Suite("--host lists")
struct HostListTests {
    @Test("items with and without slot counts")
    func parses() throws {
        let list = try HostList.parse("node1,node2:4")
        #expect(list.items == [.init(host: "node1", slots: nil), .init(host: "node2", slots: 4)])
        #expect(list.totalSlots(defaultSlotsPerHost: 8) == 5)
        // A single host without a count offers its cores, as in Open MPI.
        #expect(try HostList.parse("localhost").totalSlots(defaultSlotsPerHost: 8) == 8)
    }

    @Test(
        "malformed lists",
        arguments: [
            ("a,,b", "--host 'a,,b': empty host name (expected h1,h2:slots)"),
            ("a:x", "--host 'a:x': slots for 'a' must be a positive integer, got 'x'"),
            ("a:0", "--host 'a:0': slots for 'a' must be a positive integer, got '0'"),
            (":2", "--host ':2': empty host name before ':2'"),
        ])
    func reportsErrors(text: String, message: String) {
        do {
            _ = try HostList.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error == .invalidHostList(message))
        }
    }
}

/// The package's root directory, found from this file's path.
func packageRoot(_ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/LauncherTests/<file>
    return parts.joined(separator: "/")
}
