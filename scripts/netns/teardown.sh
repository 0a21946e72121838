#!/usr/bin/env bash
# Removes the simulated hosts of setup.sh: first kills every process still
# inside them (mpirun, orted, ranks: `ip netns delete` would leave them
# running), then deletes the namespaces, which takes the veths and the bridge
# with them. Safe to run at any time, also when nothing is set up.
#
#   scripts/netns/teardown.sh
set -uo pipefail
PREFIX=${PMAP_NETNS_PREFIX:-pmap}

ours() { ip netns list 2>/dev/null | awk '{print $1}' | grep -E "^${PREFIX}(sw|h[0-9]+)\$" || true; }

namespaces=$(ours)
[ -z "$namespaces" ] && exit 0

pids_inside() { for ns in $namespaces; do ip netns pids "$ns" 2>/dev/null; done; }
pids=$(pids_inside)
if [ -n "$pids" ]; then
  kill -TERM $pids 2>/dev/null
  for _ in $(seq 1 20); do
    [ -z "$(pids_inside)" ] && break
    sleep 0.05
  done
  pids=$(pids_inside)
  [ -n "$pids" ] && kill -KILL $pids 2>/dev/null
  for _ in $(seq 1 40); do
    [ -z "$(pids_inside)" ] && break
    sleep 0.05
  done
fi
left=$(pids_inside)
[ -n "$left" ] && echo "teardown.sh: processes still inside the namespaces: $left" >&2

for ns in $namespaces; do
  ip netns delete "$ns" 2>/dev/null || echo "teardown.sh: could not delete namespace $ns" >&2
done
rm -rf "/etc/netns/${PREFIX}h"* 2>/dev/null

# `ip netns add` bind-mounts /run/netns; undo it only when no namespace at
# all is left (others may use their own).
if [ -z "$(ip netns list 2>/dev/null)" ] && mountpoint -q /run/netns 2>/dev/null; then
  umount /run/netns 2>/dev/null && rmdir /run/netns 2>/dev/null
fi
[ -z "$(ours)" ] && echo "netns hosts removed" || { echo "teardown.sh: namespaces left: $(ours)" >&2; exit 1; }
