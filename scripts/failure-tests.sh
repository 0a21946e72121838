#!/usr/bin/env bash
# pmaprun's failure handling, end to end, on this machine (run by `make test`
# after `swift build --build-tests`).
#
# Each case starts a real job through pmaprun with a rank program that fails
# on purpose (fault-probe, or pmap-check --fail) and checks:
#   - pmaprun's exit status,
#   - its one-line summary on standard error, naming the rank,
#   - how long the job took to end after the fault (limit: FAILURE_LIMIT_MS, 2000),
#   - that no rank process is left (pgrep -f on a word unique to the case).
# Every run is bounded twice: mpirun's --timeout and coreutils' timeout.
#
#   scripts/failure-tests.sh            all cases
#   BIN=.build/release scripts/failure-tests.sh
#
# Prints one PASS/FAIL line per case, the logs of failed cases, and a total;
# exits 1 if any case failed.
set -uo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.build/debug}
PMAPRUN=$PWD/$BIN/pmaprun
PROBE=$PWD/$BIN/fault-probe
CHECK=$PWD/$BIN/pmap-check
LIMIT_MS=${FAILURE_LIMIT_MS:-2000}
export SWIFT_BACKTRACE=enable=no NO_COLOR=1

for binary in "$PMAPRUN" "$PROBE" "$CHECK"; do
  if [ ! -x "$binary" ]; then
    echo "failure tests: FAIL: $binary is missing (run: swift build --build-tests)"
    exit 1
  fi
done
if ! command -v mpirun >/dev/null; then
  echo "failure tests: FAIL: mpirun not found (apt-get install openmpi-bin)"
  exit 1
fi

work=$(mktemp -d /tmp/pmap-failure-tests.XXXXXX)
run_id="ft$$"
passed=0
failed=0

cleanup() {
  # Nothing of ours may outlive the script, whatever happened above.
  local left
  left=$(pgrep -f -- "--tag $run_id" || true)
  [ -n "$left" ] && kill -KILL $left 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }

# The processes of one case: every fault-probe of it carries --tag <case tag>.
processes_of() { pgrep -f -- "$1" || true; }

# Waits until no process matches $1, at most until $2 (ms since the epoch).
# Prints the PIDs still there at the end (empty: all gone).
wait_gone() {
  local pattern=$1 deadline=$2 left
  while :; do
    left=$(processes_of "$pattern")
    [ -z "$left" ] && return 0
    (( $(now_ms) >= deadline )) && { echo $left; return 0; }
    sleep 0.02
  done
}

# Waits (up to 20 s) until file $1 has $2 lines matching $3.
wait_for_lines() {
  local file=$1 count=$2 pattern=$3
  for _ in $(seq 1 1000); do
    local found
    found=$(grep -c -- "$pattern" "$file" 2>/dev/null)
    [ "${found:-0}" -ge "$count" ] && return 0
    sleep 0.02
  done
  return 1
}

# The time a rank printed for its fault ("rank R: fault … at MS").
fault_time() { sed -n 's/.*: fault .* at \([0-9]*\)$/\1/p' "$1" | head -n 1; }

# check NAME: compares the case's results with what was expected and prints the verdict.
#   expected_status  summary_pattern (grep -E on the last line of stderr)
#   status elapsed_ms (fault → end) left (PIDs still there) out err [what elapsed measures]
check() {
  local name=$1 expected_status=$2 pattern=$3 status=$4 elapsed=$5 left=$6 out=$7 err=$8
  local since=${9:-after the fault}
  local summary problems=()
  summary=$(tail -n 1 "$err")
  if [ "$expected_status" = nonzero ]; then
    [ "$status" -ne 0 ] || problems+=("exit status 0, expected non-zero")
  elif [ "$status" -ne "$expected_status" ]; then
    problems+=("exit status $status, expected $expected_status")
  fi
  echo "$summary" | grep -Eq -- "$pattern" || problems+=("last line of stderr does not match /$pattern/")
  [ -n "$elapsed" ] && [ "$elapsed" -le "$LIMIT_MS" ] || problems+=("ended ${elapsed:-?} ms $since (limit $LIMIT_MS ms)")
  [ -z "$left" ] || problems+=("processes left: $left")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "PASS $name: exit $status, ${elapsed} ms $since, no rank left; \"$summary\""
    passed=$((passed + 1))
  else
    echo "FAIL $name: $(IFS=';'; echo "${problems[*]}")"
    echo "---- stdout of $name"; tail -n 20 "$out"
    echo "---- stderr of $name"; tail -n 30 "$err"
    echo "----"
    failed=$((failed + 1))
  fi
}

# A rank fails by itself: the job must end within the limit after the fault.
#   fault_case NAME RANKS EXPECTED_STATUS PATTERN PROBE-ARGS…
fault_case() {
  local name=$1 ranks=$2 expected=$3 pattern=$4
  shift 4
  local tag="$run_id-$name" out="$work/$name.out" err="$work/$name.err" status end fault left
  timeout -k 5 60 "$PMAPRUN" -n "$ranks" --timeout 30 -- "$PROBE" "$@" --tag "$tag" >"$out" 2>"$err"
  status=$?
  end=$(now_ms)
  fault=$(fault_time "$out")
  left=$(wait_gone "--tag $tag" "$(( ${fault:-$end} + LIMIT_MS ))")
  check "$name" "$expected" "$pattern" "$status" "$(( end - ${fault:-0} ))" "$left" "$out" "$err"
}

echo "== pmaprun failure tests (limit ${LIMIT_MS} ms from fault to the end of the job)"

fault_case "rank-exits-3" 2 3 '^pmaprun: rank 1 exited with code 3$' exit 3
fault_case "rank-traps" 2 132 '^pmaprun: rank 1 killed by signal 4 \(Illegal instruction\)' trap
fault_case "rank-0-exits-5-of-3" 3 5 '^pmaprun: rank 0 exited with code 5$' exit 5 --rank 0
fault_case "rank-exits-without-finalize" 2 nonzero '^pmaprun: rank 1 .*exited without calling MPI_Finalize' exit-without-finalize 0

# --tag-output: rank lines carry [job,rank] prefixes; the summary is unchanged.
name=tag-output-prefixes
out="$work/$name.out"; err="$work/$name.err"
timeout -k 5 60 "$PMAPRUN" -n 2 --timeout 30 --tag-output -- "$PROBE" exit 3 --tag "$run_id-$name" >"$out" 2>"$err"
status=$?
if [ "$status" -eq 3 ] && grep -Eq '^\[[0-9]+,1\]<stdout>:rank 1: fault exit 3' "$out" \
   && grep -Eq '^\[[0-9]+,0\]<stdout>:rank 0 pid [0-9]+ waiting' "$out" \
   && [ "$(tail -n 1 "$err")" = "pmaprun: rank 1 exited with code 3" ]; then
  echo "PASS $name: rank lines are tagged [job,rank]<stdout>:, summary \"$(tail -n 1 "$err")\""
  passed=$((passed + 1))
else
  echo "FAIL $name: exit $status"; cat "$out" "$err" | tail -n 20; failed=$((failed + 1))
fi

# A rank throws inside pmap: PMap prints "rank 1: …" and calls MPI_Abort.
# (Open MPI sometimes loses its own MPI_ABORT text; the summary then comes
# from the rank's line.) pmap-check prints no fault time: measure the whole job.
name=rank-throws
out="$work/$name.out"; err="$work/$name.err"
start=$(now_ms)
timeout -k 5 60 "$PMAPRUN" -n 3 --timeout 30 -- "$CHECK" --fail >"$out" 2>"$err"
status=$?
end=$(now_ms)
left=$(wait_gone "$CHECK --fail" "$(( end + LIMIT_MS ))")
check "$name" nonzero '^pmaprun: rank 1 .*deliberate failure on this rank' "$status" "$(( end - start ))" "$left" "$out" "$err" \
  "for the whole job"

# A rank is killed from outside while it waits in an allreduce.
name=rank-sigkilled
tag="$run_id-$name"; out="$work/$name.out"; err="$work/$name.err"
rm -f "$work/$name.status"
( timeout -k 5 60 "$PMAPRUN" -n 3 --timeout 30 -- "$PROBE" wait-in-allreduce --tag "$tag" >"$out" 2>"$err"
  echo "$? $(now_ms)" >"$work/$name.status" ) &
runner=$!
if wait_for_lines "$out" 3 "pid [0-9]* waiting"; then
  victim=$(sed -n 's/^rank 1 pid \([0-9]*\) waiting.*/\1/p' "$out")
  sleep 0.2  # well inside MPI_Allreduce by now
  fault=$(now_ms)
  kill -KILL "$victim"
fi
wait "$runner"
read -r status end <"$work/$name.status"
left=$(wait_gone "--tag $tag" "$(( ${fault:-$end} + LIMIT_MS ))")
check "$name" 137 '^pmaprun: rank 1 killed by signal 9 \(Killed\)' "$status" "$(( end - ${fault:-0} ))" "$left" "$out" "$err"

# A rank hangs: the job ends at --timeout with mpirun's 110 and a message.
name=rank-hangs
tag="$run_id-$name"; out="$work/$name.out"; err="$work/$name.err"
start=$(now_ms)
timeout -k 5 60 "$PMAPRUN" -n 2 --timeout 3 -- "$PROBE" hang --tag "$tag" >"$out" 2>"$err"
status=$?
end=$(now_ms)
deadline=$(( start + 3000 ))   # the "fault" is the time limit running out
left=$(wait_gone "--tag $tag" "$(( end + LIMIT_MS ))")
check "$name" 110 '^pmaprun: the job reached its 3 s time limit \(--timeout 3\)' "$status" "$(( end - deadline ))" "$left" "$out" "$err" \
  "after the 3 s limit (counted from pmaprun's start)"

# pmaprun itself receives SIGINT or SIGTERM: every rank must be gone within the limit.
# (env --default-signal: a background job of a script would otherwise start
# with SIGINT ignored, and pmaprun keeps an inherited "ignore", as nohup wants.)
for signal in INT TERM; do
  name=pmaprun-gets-SIG$signal
  tag="$run_id-$name"; out="$work/$name.out"; err="$work/$name.err"
  env --default-signal=INT,TERM "$PMAPRUN" -n 2 --timeout 30 -- "$PROBE" sleep --tag "$tag" >"$out" 2>"$err" &
  launcher=$!
  ( sleep 40; kill -KILL "$launcher" 2>/dev/null ) &
  watchdog=$!
  if wait_for_lines "$out" 2 "sleeping"; then
    fault=$(now_ms)
    kill -"$signal" "$launcher"
  fi
  wait "$launcher"
  status=$?
  end=$(now_ms)
  kill "$watchdog" 2>/dev/null; wait "$watchdog" 2>/dev/null
  left=$(wait_gone "--tag $tag" "$(( ${fault:-$end} + LIMIT_MS ))")
  gone=$(now_ms)
  check "$name" nonzero "^pmaprun: stopped by SIG$signal" "$status" "$(( gone - ${fault:-0} ))" "$left" "$out" "$err" \
    "from the signal until every rank was gone"
done

# Whether pmaprun's standard output is a terminal reaches every rank.
name=stdout-is-tty
out="$work/$name.out"
show='echo "rank $OMPI_COMM_WORLD_RANK tty=$PMAP_STDOUT_IS_TTY"'
timeout -k 5 60 "$PMAPRUN" -n 2 --timeout 30 -- /bin/sh -c "$show" >"$out" 2>&1
piped=$(grep -c "tty=0" "$out")
if command -v script >/dev/null; then
  # script(1) gives pmaprun a pseudo-terminal as standard output.
  timeout -k 5 60 script -qec "$(printf '%q ' "$PMAPRUN" -n 2 --timeout 30 -- /bin/sh -c "$show")" /dev/null \
    >"$out.tty" 2>&1 </dev/null
  terminal=$(grep -c "tty=1" "$out.tty")
else
  terminal=skipped
fi
if [ "$piped" -eq 2 ] && { [ "$terminal" = 2 ] || [ "$terminal" = skipped ]; }; then
  echo "PASS $name: ranks see PMAP_STDOUT_IS_TTY=0 when pmaprun's output is a file, =1 on a terminal ($terminal)"
  passed=$((passed + 1))
else
  echo "FAIL $name: 'tty=0' lines with a file: $piped (want 2); 'tty=1' lines on a terminal: $terminal (want 2)"
  cat "$out" "$out.tty" 2>/dev/null
  failed=$((failed + 1))
fi

echo "failure tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
