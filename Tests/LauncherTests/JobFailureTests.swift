import Testing

@testable import launcher

/// mpirun's messages as Open MPI 4.1.4 prints them on this machine (captured
/// from scripts/failure-tests.sh and scripts/multihost-test.sh runs).
private enum MPIRun {
    static let dashes = String(repeating: "-", count: 74)
    static let nonZeroExit = """
        \(dashes)
        Primary job  terminated normally, but 1 process returned
        a non-zero exit code. Per user-direction, the job has been aborted.
        \(dashes)
        \(dashes)
        mpirun detected that one or more processes exited with non-zero status, thus causing
        the job to be terminated. The first process to do so was:

          Process name: [[23664,1],1]
          Exit code:    3
        \(dashes)

        """
    static let signal = """
        \(dashes)
        mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).
        \(dashes)

        """
    static let abort = """
        rank 1: deliberate failure on this rank
        \(dashes)
        MPI_ABORT was invoked on rank 1 in communicator MPI_COMM_WORLD
        with errorcode 7.

        NOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.
        You may or may not see output from other processes, depending on
        exactly when Open MPI kills them.
        \(dashes)

        """
    static let abortTextLost = """
        [1,1]<stderr>:rank 1: deliberate failure on this rank
        [vm:16040] [[21078,0],0] ORTE_ERROR_LOG: Data unpack would read past end of buffer in file ../../../orte/util/show_help.c at line 513

        """
    static let improperExit = """
        \(dashes)
        mpirun has exited due to process rank 1 with PID 0 on
        node vm exiting improperly. There are three reasons this could occur:

        """
    static let timeout = """
        \(dashes)
        The user-provided time limit for job execution has been reached:

          Timeout: 3 seconds

        The job will now be aborted.  Please check your code and/or
        \(dashes)

        """
    static let lostDaemon = """
        \(dashes)
        ORTE has lost communication with a remote daemon.

          HNP daemon   : [[50628,0],0] on node h1
          Remote daemon: [[50628,0],2] on node h3

        This is usually due to either a failure of the TCP network
        \(dashes)

        """
    static let daemonFailed = """
        \(dashes)
        ORTE was unable to reliably start one or more daemons.
        This usually is caused by:

        """
}

private func summary(_ text: String, status: Int32, interruption: Int32? = nil, chunk: Int? = nil) -> String? {
    var scanner = MPIRunMessageScanner()
    let bytes = Array(text.utf8)
    if let chunk {
        var start = 0
        while start < bytes.count {
            scanner.scan(bytes[start..<min(bytes.count, start + chunk)])
            start += chunk
        }
    } else {
        scanner.scan(bytes)
    }
    scanner.finish()
    return scanner.summary(exitStatus: status, interruption: interruption)
}

@Suite("One-line failure summaries from mpirun's messages")
struct JobFailureTests {
    @Test("a rank's exit code")
    func exitCode() {
        #expect(summary(MPIRun.nonZeroExit, status: 3) == "pmaprun: rank 1 exited with code 3")
    }

    @Test("lines split across reads are put back together", arguments: [1, 7, 64])
    func chunked(size: Int) {
        #expect(summary(MPIRun.nonZeroExit, status: 3, chunk: size) == "pmaprun: rank 1 exited with code 3")
    }

    @Test("a rank killed by a signal, with the node")
    func signal() {
        #expect(summary(MPIRun.signal, status: 137) == "pmaprun: rank 1 killed by signal 9 (Killed) on node vm")
        let trap = MPIRun.signal.replacingSignal(with: "4 (Illegal instruction)")
        #expect(summary(trap, status: 132) == "pmaprun: rank 1 killed by signal 4 (Illegal instruction) on node vm")
    }

    @Test("MPI_Abort, with the rank's own error line")
    func abort() {
        #expect(summary(MPIRun.abort, status: 7)
            == "pmaprun: rank 1 aborted the job (MPI_Abort, code 7): deliberate failure on this rank")
    }

    @Test("when Open MPI loses its MPI_ABORT text, the rank's tagged line still names it")
    func abortTextLost() {
        #expect(summary(MPIRun.abortTextLost, status: 1)
            == "pmaprun: rank 1 failed: deliberate failure on this rank (exit code 1)")
    }

    @Test("a rank that exits without MPI_Finalize (node on the wrapped line)")
    func improperExit() {
        #expect(summary(MPIRun.improperExit, status: 1) == "pmaprun: rank 1 on node vm exited without calling MPI_Finalize")
    }

    @Test("the time limit")
    func timeout() {
        #expect(summary(MPIRun.timeout, status: 110)
            == "pmaprun: the job reached its 3 s time limit (--timeout 3) and was stopped (exit code 110)")
    }

    @Test("a node lost mid-job, either way mpirun notices")
    func lostNode() {
        #expect(summary(MPIRun.lostDaemon, status: 205)
            == "pmaprun: lost contact with node h3 (host down or network cut); the job was stopped (exit code 205)")
        #expect(summary(MPIRun.daemonFailed, status: 1)?.hasPrefix("pmaprun: a node's Open MPI daemon (orted) failed") == true)
    }

    @Test("the first failure wins; later ones (the ranks mpirun killed) do not replace it")
    func firstFailureWins() {
        #expect(summary(MPIRun.nonZeroExit + MPIRun.signal, status: 3) == "pmaprun: rank 1 exited with code 3")
    }

    @Test("success: no summary; interruption: says so; unknown failure: generic line")
    func otherEndings() {
        #expect(summary(MPIRun.nonZeroExit, status: 0) == nil)
        #expect(summary("", status: 1, interruption: 2) == "pmaprun: stopped by SIGINT: mpirun ended the job (exit code 1)")
        #expect(summary("There are not enough slots available in the system\n", status: 1)
            == "pmaprun: the job failed with exit code 1 (see mpirun's messages above)")
        #expect(summary("", status: 143) == "pmaprun: mpirun was killed by SIGTERM")
    }

    @Test("a rank's ordinary output that looks like mpirun's text is not taken for it")
    func rankOutputIsNotMPIRun() {
        let text = "[1,0]<stdout>:  Exit code:    9\n[1,0]<stderr>:mpirun noticed that process rank 5 with PID 1 on node x exited on signal 9 (Killed).\n"
        #expect(summary(text, status: 2) == "pmaprun: the job failed with exit code 2 (see mpirun's messages above)")
    }

    @Test("--tag-output prefixes are removed", arguments: [
        ("[1,3]<stderr>:rank 3: boom", 3, "rank 3: boom"),
        ("[12,0]<stdout>:hello", 0, "hello"),
    ])
    func untagging(line: String, rank: Int, text: String) {
        let (found, rest) = MPIRunMessageScanner.untagged(line)
        #expect(found == rank)
        #expect(rest == text[...])
        #expect(MPIRunMessageScanner.untagged("[vm:16040] [[21078,0],0] ORTE_ERROR_LOG").rank == nil)
    }
}

extension String {
    fileprivate func replacingSignal(with text: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains("exited on signal") ? line.prefix { $0 != "9" } + text + ")." : String(line)
        }.joined(separator: "\n")
    }
}
