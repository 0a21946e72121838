#!/bin/sh
# Open MPI's remote-launch agent for the simulated hosts of setup.sh, used
# instead of ssh (mpirun --mca plm_rsh_agent scripts/netns/agent.sh).
#
# mpirun calls it the way it calls ssh: `agent.sh HOST WORD…`, where the
# words are a shell command line (the orted daemon and its options). Host
# hI or 10.200.0.I runs the command in namespace ${PREFIX}hI, with its own
# hostname hI (a UTS namespace), so output and reports show which host a
# rank is on.
PREFIX=${PMAP_NETNS_PREFIX:-pmap}
host=$1
shift
case $host in
  *@*) host=${host#*@} ;;
esac
case $host in
  h[0-9]*) n=${host#h} ;;
  10.200.0.[0-9]*) n=${host##*.} ;;
  *) echo "agent.sh: unknown host '$host' (expected hN or 10.200.0.N)" >&2; exit 255 ;;
esac
case $n in
  *[!0-9]*|'') echo "agent.sh: unknown host '$host'" >&2; exit 255 ;;
esac
exec ip netns exec "${PREFIX}h$n" unshare --uts /bin/sh -c "hostname h$n; $*"
