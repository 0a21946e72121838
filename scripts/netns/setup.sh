#!/usr/bin/env bash
# Builds N simulated hosts on this machine out of Linux network namespaces, for
# multi-host MPI tests (see shared/reference/mpi-on-this-machine.md, section 1).
#
#   scripts/netns/setup.sh [N]        N hosts, default 3
#
# Layout (nothing is added to the root namespace):
#   ${PREFIX}sw   the "switch": bridge br0, and one veth end vhI per host
#   ${PREFIX}hI   host I: veth end eth1 = 10.200.0.I/24, and lo
# PREFIX is $PMAP_NETNS_PREFIX, default "pmap". Leftovers of an earlier run
# (namespaces with this prefix, processes inside them) are removed first.
# Run commands on host I with: ip netns exec ${PREFIX}hI …  (agent.sh does this for mpirun).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
N=${1:-3}
PREFIX=${PMAP_NETNS_PREFIX:-pmap}
switch=${PREFIX}sw

if ! [[ $N =~ ^[0-9]+$ ]] || (( N < 1 || N > 200 )); then
  echo "setup.sh: the number of hosts must be 1..200, got '$N'" >&2
  exit 64
fi

"$here/teardown.sh" >/dev/null

ip netns add "$switch"
ip -n "$switch" link set lo up
ip -n "$switch" link add br0 type bridge
ip -n "$switch" link set br0 up
for i in $(seq 1 "$N"); do
  host=${PREFIX}h$i
  ip netns add "$host"
  ip -n "$host" link set lo up
  # Both ends are created inside the switch namespace and one moves to the
  # host at once: no interface ever exists in the root namespace.
  ip -n "$switch" link add "vh$i" type veth peer name eth1 netns "$host"
  ip -n "$switch" link set "vh$i" master br0 up
  ip -n "$host" addr add "10.200.0.$i/24" dev eth1
  ip -n "$host" link set eth1 up
done

# Wait until every link is up (carrier on both veth ends; the bridge forwards
# at once with STP off). No packet is sent from here: only `ip` reads state.
for i in $(seq 1 "$N"); do
  up=0
  for _ in $(seq 1 100); do
    if ip -n "${PREFIX}h$i" -o link show eth1 | grep -q 'state UP' \
       && ip -n "$switch" -o link show "vh$i" | grep -q 'state UP'; then up=1; break; fi
    sleep 0.02
  done
  if (( ! up )); then
    echo "setup.sh: the link of host h$i did not come up" >&2
    exit 1
  fi
done
echo "netns hosts ready: ${PREFIX}h1..${PREFIX}h$N (10.200.0.1..$N on eth1), switch $switch"
