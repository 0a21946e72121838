#!/usr/bin/env bash
# The distributed benchmark rows (pmap-bench section g) and the C reference:
# allReduce latency (8 B) and bandwidth (16 MiB) from Swift and from C on 2
# ranks, pmap overhead, and pmap scaling efficiency
#   T(1 rank, 1 thread) / (2 × T(2 ranks, 1 thread each)).
# Run from the project root after `swift build -c release --product pmap-bench`
# and `--product pmaprun`.
set -euo pipefail
BIN=${BIN:-.build/release}
mkdir -p .build
mpicc -O2 -o .build/allreduce-c Benchmarks/c/allreduce.c
export PMAP_NUM_THREADS=1
echo "== C, 2 ranks"
"$BIN/pmaprun" -n 2 --timeout 300 -- .build/allreduce-c
for n in 1 2; do
  echo "== Swift, $n rank(s), 1 thread each"
  "$BIN/pmaprun" -n $n --timeout 600 -- "$BIN/pmap-bench" --only g --json | tee .build/bench-g-$n.json
done
python3 - <<'PY'
import json
def rows(p):
    return [json.loads(l) for l in open(p) if l.startswith("{")]
one = [r for r in rows(".build/bench-g-1.json") if r["case"].startswith("pmap 100k")][0]["median_us"]
two = [r for r in rows(".build/bench-g-2.json") if r["case"].startswith("pmap 100k")][0]["median_us"]
print(f"pmap scaling efficiency T1/(2*T2) = {one / (2 * two):.3f}  (T1 = {one/1e3:.1f} ms, T2 = {two/1e3:.1f} ms)")
PY
