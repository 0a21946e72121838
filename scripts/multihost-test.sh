#!/usr/bin/env bash
# The multi-host test, for real: three "hosts" made of Linux network
# namespaces (scripts/netns/setup.sh), mpirun started inside the first one,
# the others reached through scripts/netns/agent.sh instead of ssh, and MPI
# traffic over TCP on the veth links (shared/reference/mpi-on-this-machine.md §1).
#
# Checks, each printed as a PASS/FAIL line:
#   1. one rank per host: fault-probe ok reports hosts h1, h2 and h3;
#   2. pmap-check across the 3 hosts passes every case, as many as in one
#      process, and the hosts' links carried the traffic (rx_bytes grew);
#   3. start-up time of `pmaprun -n 2` and `-n 3` across hosts (printed, not asserted);
#   4. a host's link goes down mid-job: the job fails (non-zero, naming the
#      node) well before its --timeout, and no process is left on any host.
# Namespaces and links are removed on exit, whatever happens (trap EXIT),
# after killing the processes still inside them; leftovers of an earlier
# killed run are removed before setting up.
#
# Where namespaces cannot be made (not root, no ip/unshare, a container that
# forbids them) it prints "multi-host test: SKIPPED (reason)" and exits 0, or
# 1 with MULTIHOST_REQUIRED=1.
#
# Nothing here gives the root namespace an address on 10.200.0.0/24 or sends
# it traffic: every MPI process and every `ip` change runs inside a namespace.
set -uo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.build/debug}
PMAPRUN=$PWD/$BIN/pmaprun
PROBE=$PWD/$BIN/fault-probe
CHECK=$PWD/$BIN/pmap-check
AGENT=$PWD/scripts/netns/agent.sh
HOSTFILE=hostfiles/netns-test
PREFIX=${PMAP_NETNS_PREFIX:-pmap}
export PMAP_NETNS_PREFIX=$PREFIX SWIFT_BACKTRACE=enable=no NO_COLOR=1

skip() {
  echo "multi-host test: SKIPPED ($1)"
  [ "${MULTIHOST_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
}

for binary in "$PMAPRUN" "$PROBE" "$CHECK"; do
  [ -x "$binary" ] || { echo "multi-host test: FAIL: $binary is missing (run: swift build --build-tests)"; exit 1; }
done
[ "$(id -u)" -eq 0 ] || skip "network namespaces need root"
for tool in ip unshare mpirun timeout; do
  command -v "$tool" >/dev/null || skip "'$tool' is not installed"
done
probe=${PREFIX}h0
ip netns delete "$probe" 2>/dev/null
if ! reason=$(ip netns add "$probe" 2>&1); then
  skip "ip netns add is not permitted here: ${reason:-no reason given}"
fi
if ! reason=$(ip netns exec "$probe" unshare --uts /bin/true 2>&1); then
  ip netns delete "$probe" 2>/dev/null
  skip "cannot run inside a namespace with its own hostname: ${reason:-no reason given}"
fi
ip netns delete "$probe"

work=$(mktemp -d /tmp/pmap-multihost.XXXXXX)
run_id="mh$$"
passed=0
failed=0
cleanup() {
  bash scripts/netns/teardown.sh >/dev/null
  local left
  left=$(pgrep -f -- "--tag $run_id" || true)
  [ -n "$left" ] && kill -KILL $left 2>/dev/null
  [ "${KEEP_LOGS:-0}" = 1 ] && echo "logs kept in $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! bash scripts/netns/setup.sh 3 >"$work/setup.log" 2>&1; then
  cat "$work/setup.log"
  echo "multi-host test: FAIL (setting up the namespaces failed)"
  exit 1
fi

now_ms() { date +%s%3N; }
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

# Runs a command on host h1 (its network namespace, hostname h1).
on_h1() { ip netns exec "${PREFIX}h1" unshare --uts /bin/sh -c 'hostname h1; exec "$@"' sh "$@"; }

# Bytes host I has sent into the switch (received by its bridge port).
sent_by() { ip netns exec "${PREFIX}sw" cat "/sys/class/net/vh$1/statistics/rx_bytes"; }

# pmaprun across the simulated hosts, run on h1: the hostfile lists h1..h3;
# the MCA settings go through --mpi-arg; the hosts share this machine's
# cores, which pmaprun cannot know, so unbinding and yielding are asked for.
#   pmaprun_hosts RANKS [pmaprun options] -- PROGRAM ARGS…
pmaprun_hosts() {
  local ranks=$1
  shift
  on_h1 timeout -k 5 120 "$PMAPRUN" -n "$ranks" --hostfile "$HOSTFILE" \
    --bind-to-none --yield-when-idle --threads-per-rank 1 \
    --mpi-arg=--mca --mpi-arg=plm_rsh_agent --mpi-arg="$AGENT" \
    --mpi-arg=--mca --mpi-arg=btl --mpi-arg=tcp,self \
    --mpi-arg=--mca --mpi-arg=btl_tcp_if_include --mpi-arg=eth1 \
    --mpi-arg=--mca --mpi-arg=oob_tcp_if_include --mpi-arg=eth1 \
    "$@"
}

echo "== multi-host test: 3 network-namespace hosts (${PREFIX}h1..3, 10.200.0.1..3)"

# 1. One rank per host.
pmaprun_hosts 3 --timeout 60 -- "$PROBE" ok --tag "$run_id" >"$work/hosts.out" 2>&1
status=$?
hosts=$(sed -n 's/^rank [0-9]* of 3 on \(h[0-9]*\): ok$/\1/p' "$work/hosts.out" | sort | paste -sd ' ')
if [ "$status" -eq 0 ] && [ "$hosts" = "h1 h2 h3" ]; then
  pass "one rank per host: ranks ran on $hosts"
else
  fail "one rank per host: exit $status, hosts '$hosts' (want h1 h2 h3)"; cat "$work/hosts.out"
fi

# 2. pmap-check across the hosts equals the one-process run, over the veths.
"$CHECK" >"$work/oracle.out" 2>&1
oracle=$(tail -n 1 "$work/oracle.out")
before=($(sent_by 1) $(sent_by 2) $(sent_by 3))
pmaprun_hosts 3 --timeout 100 -- "$CHECK" >"$work/check.out" 2>&1
status=$?
after=($(sent_by 1) $(sent_by 2) $(sent_by 3))
result=$(tail -n 1 "$work/check.out")
grown=1
traffic=""
for i in 0 1 2; do
  delta=$(( after[i] - before[i] ))
  traffic+="h$((i + 1)) sent $delta bytes; "
  (( delta > 4096 )) || grown=0
done
if [ "$status" -eq 0 ] && [[ $result =~ ^([0-9]+)\ passed,\ 0\ failed$ ]] && [ "$result" = "$oracle" ] && (( grown )); then
  pass "pmap-check on 3 hosts: '$result', as in one process ('$oracle'); ${traffic% }"
else
  fail "pmap-check on 3 hosts: exit $status, '$result' (one process: '$oracle'); ${traffic% }"
  tail -n 30 "$work/check.out"
fi

# 3. Start-up time across hosts (informative).
for ranks in 2 3; do
  times=()
  for _ in 1 2 3 4 5; do
    start=$(now_ms)
    pmaprun_hosts "$ranks" --timeout 60 -- "$PROBE" ok --tag "$run_id" >/dev/null 2>&1 || times+=("failed")
    times+=($(( $(now_ms) - start )))
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "time: pmaprun -n $ranks across the netns hosts, fault-probe ok: ${sorted}ms (min … max)"
done

# 4. A host's link goes down while the job loops collectives. TCP keepalive
# on mpirun's control connections (3 s here; Open MPI's default is minutes)
# lets both sides notice the silent link: mpirun ends the job, and the cut-off
# host's daemon kills its rank. Whichever side notices first decides mpirun's
# message: "lost communication with a remote daemon … on node h3" (exit 205)
# or, when h3's daemon gave up first and its launch agent ended, "unable to
# reliably start one or more daemons" (exit 1).
tag="$run_id-linkdown"
out="$work/linkdown.out"; err="$work/linkdown.err"
limit=30
( start=$(now_ms)
  pmaprun_hosts 3 --timeout "$limit" \
    --mpi-arg=--mca --mpi-arg=oob_tcp_keepalive_time --mpi-arg=1 \
    --mpi-arg=--mca --mpi-arg=oob_tcp_keepalive_intvl --mpi-arg=1 \
    --mpi-arg=--mca --mpi-arg=oob_tcp_keepalive_probes --mpi-arg=2 \
    -- "$PROBE" loop 20 --tag "$tag" >"$out" 2>"$err"
  echo "$? $(now_ms)" >"$work/linkdown.status" ) &
runner=$!
for _ in $(seq 1 500); do
  looping=$(grep -c 'looping' "$out" 2>/dev/null)
  [ "${looping:-0}" -ge 3 ] && break
  sleep 0.02
done
sleep 1
down=$(now_ms)
ip -n "${PREFIX}sw" link set vh3 down
wait "$runner"
read -r status end <"$work/linkdown.status"
left=""
for _ in $(seq 1 100); do   # the remote side may need a moment after mpirun returns
  left=$(pgrep -f -- "--tag $tag" || true)
  for ns in "${PREFIX}h1" "${PREFIX}h2" "${PREFIX}h3"; do left+=$(ip netns pids "$ns" | tr '\n' ' '); done
  [ -z "${left// /}" ] && break
  sleep 0.1
done
gone=$(now_ms)
summary=$(tail -n 1 "$err")
if [ "$status" -ne 0 ] && [ "$status" -ne 110 ] && (( end - down < limit * 1000 )) && [ -z "${left// /}" ] \
   && [[ $summary == "pmaprun: lost contact with node h3"* || $summary == "pmaprun: a node's Open MPI daemon (orted)"* ]]; then
  pass "link of h3 down mid-job: exit $status $(( end - down )) ms after the cut (limit ${limit} s), every process gone after $(( gone - down )) ms; \"$summary\""
else
  fail "link of h3 down mid-job: exit $status $(( end - down )) ms after the cut, processes left: '${left// /}'; last line: \"$summary\""
  tail -n 20 "$out" "$err"
fi

echo "multi-host test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
