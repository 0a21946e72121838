# swift-pmap: build, test and demo entry points (CI runs `make test`).
#
#   make test   system deps, debug build with tests, swift test, multi-rank runs
#   make demo   system deps, release build of the demo job, run it on 2 ranks
#
# One `swift build` at a time: the machines have 2 cores.

SHELL := /bin/bash
SWIFT ?= swift

# Open MPI on these machines: allow root, skip UCX's slow start-up (ob1),
# and keep Swift's backtracer quiet in test output.
export OMPI_ALLOW_RUN_AS_ROOT := 1
export OMPI_ALLOW_RUN_AS_ROOT_CONFIRM := 1
export OMPI_MCA_pml := ob1
export SWIFT_BACKTRACE := enable=no

DEBUG_BIN := .build/debug
PMAPRUN := $(DEBUG_BIN)/pmaprun
TEST_BUNDLE := $(DEBUG_BIN)/swift-pmapPackageTests.xctest
# Upper bound for each multi-rank run, in seconds (mpirun --timeout: exit 110).
MPI_TIMEOUT ?= 120

# $(call mpi_tests,RANKS,FILTER): run the Swift Testing suites matching FILTER
# from the test bundle on RANKS ranks through pmaprun.
mpi_tests = NO_COLOR=1 $(PMAPRUN) -n $(1) --timeout $(MPI_TIMEOUT) -- \
	$(TEST_BUNDLE) --testing-library swift-testing --filter '$(2)'

.PHONY: deps test-deps build test demo clean

deps:
	bash scripts/ensure-deps.sh

test-deps:
	bash scripts/ensure-deps.sh --for-tests

build: test-deps
	$(SWIFT) build --build-tests

test: build
	$(SWIFT) test
	@# The API fuzzer: random calls with extreme shapes, axes, indices and dtypes under
	@# eager/jit/vmap/scan; none may trap or hang (run longer: pmap-fuzz --seed S --cases N).
	$(DEBUG_BIN)/pmap-fuzz --seed 2026 --cases 50000
# ---------------------------------------------------------------------------
# Multi-rank runs: the same suites under mpirun. Add new ones here
# (the distributed suites run at 2, 3 and 4 ranks), each bounded by
# --timeout so a hang fails the run instead of stalling CI.
# ---------------------------------------------------------------------------
	$(call mpi_tests,2,EnvironmentTests)
	@# pmap and collectives against their one-process vmap oracles, at 1-4 ranks.
	@for n in 1 2 3 4; do \
	  echo "== pmap-check on $$n rank(s)"; \
	  NO_COLOR=1 $(PMAPRUN) -n $$n --timeout $(MPI_TIMEOUT) -- $(DEBUG_BIN)/pmap-check > .build/pmap-check-$$n.log 2>&1 \
	    || { cat .build/pmap-check-$$n.log; exit 1; }; \
	  tail -n 1 .build/pmap-check-$$n.log; \
	done
	@# A rank that throws inside pmap ends the whole job, non-zero, naming the rank, within 2 s.
	@start=$$(date +%s%N); rc=0; \
	NO_COLOR=1 $(PMAPRUN) -n 3 --timeout 20 -- $(DEBUG_BIN)/pmap-check --fail > .build/pmap-fail.log 2>&1 || rc=$$?; \
	ms=$$(( ($$(date +%s%N) - start) / 1000000 )); \
	if [ $$rc -eq 0 ] || ! grep -q "rank 1: deliberate failure" .build/pmap-fail.log || [ $$ms -gt 2000 ]; then \
	  cat .build/pmap-fail.log; echo "failing-rank check: rc=$$rc after $$ms ms"; exit 1; fi; \
	echo "failing-rank check: ok (exit $$rc after $$ms ms, message names rank 1)"
	@# Batch jobs: identical output on 1-4 ranks, kill and resume, a full disk, injected I/O
	@# errors, resumes of other jobs, two jobs on one output, damaged records, a crash at every phase.
	BIN=$(DEBUG_BIN) bash scripts/batch-job-tests.sh
	$(call mpi_tests,3,ShardedNpyTests)
	@# The examples are run so none rots.
	$(DEBUG_BIN)/seed-vmap > .build/seed-vmap.log
	$(DEBUG_BIN)/seed-loops > .build/seed-loops.log
	@grep -q "Array(89.1681" .build/seed-vmap.log && grep -q "final 124750" .build/seed-loops.log && echo "examples: ok"
	@# A rank that calls abort(code:) must end the whole job with its code, promptly.
	@rc=0; PMAP_TEST_ABORT_CODE=7 $(call mpi_tests,2,abortEndsJob) > .build/abort-check.log 2>&1 || rc=$$?; \
	if [ $$rc -ne 7 ]; then cat .build/abort-check.log; echo "abort check: expected exit status 7, got $$rc"; exit 1; fi; \
	echo "abort check: ok (a 2-rank job ended with the aborting rank's code 7)"
	@# pmaprun's failure handling: exit codes, one-line summaries, prompt ends, no rank left.
	bash scripts/failure-tests.sh
	@# Three simulated hosts (network namespaces); prints SKIPPED where they are not permitted.
	bash scripts/multihost-test.sh

# The main job: a Monte Carlo batch job on 2 ranks (examples/pmap-demo).
# Options: make demo DEMO_ARGS="--size 1000000 --paths 4096"
DEMO_ARGS ?=
demo: deps
	$(SWIFT) build -c release --product pmap-demo
	$(SWIFT) build -c release --product pmaprun
	.build/release/pmaprun -n 2 -- .build/release/pmap-demo $(DEMO_ARGS)

clean:
	$(SWIFT) package clean
