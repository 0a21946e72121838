#!/usr/bin/env bash
# Batch-job checks run by `make test`: the demo's output is byte-identical on
# 1, 2 and 3 ranks; numpy reads it; a job killed mid-way leaves no file under
# the final name, and `--resume` (on a different number of ranks) finishes it
# with the identical bytes. Each run is bounded by pmaprun --timeout.
set -u
BIN=${BIN:-.build/debug}
PMAPRUN="$BIN/pmaprun"
DEMO="$BIN/pmap-demo"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0; fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
run() { NO_COLOR=1 "$PMAPRUN" -n "$1" --timeout 120 -- "$DEMO" --size 3000 --paths 64 --chunk 100 --out "$2" "${@:3}" > "$2.log" 2>&1; }

run 1 "$dir/one.npy" && ok "demo on 1 rank" || { bad "demo on 1 rank"; cat "$dir/one.npy.log"; }
run 2 "$dir/two.npy" && ok "demo on 2 ranks" || { bad "demo on 2 ranks"; cat "$dir/two.npy.log"; }
run 3 "$dir/three.npy" && ok "demo on 3 ranks" || { bad "demo on 3 ranks"; cat "$dir/three.npy.log"; }
run 4 "$dir/four.npy" && ok "demo on 4 ranks" || { bad "demo on 4 ranks"; cat "$dir/four.npy.log"; }
cmp -s "$dir/one.npy" "$dir/two.npy" && cmp -s "$dir/one.npy" "$dir/three.npy" && cmp -s "$dir/one.npy" "$dir/four.npy" \
  && ok "output byte-identical for 1, 2, 3 and 4 ranks" || bad "output differs between rank counts"
if python3 -c "import numpy" 2>/dev/null; then
  python3 -c "
import numpy as np, sys
a = np.load('$dir/one.npy'); assert a.shape == (3000, 3) and a.dtype == np.float32, (a.shape, a.dtype)
assert np.isfinite(a).all() and (a[:, 0] >= 0).all() and ((a[:, 2] >= 0) & (a[:, 2] <= 1)).all()
" && ok "numpy reads the output (3000, 3) float32" || bad "numpy could not read the output"
else
  echo "skip numpy check (python3 with numpy not installed)"
fi

# A killed job: no file under the final name; the partial data and the record stay.
# (512 paths per example so the job is still running when it is killed.)
slow=(--size 3000 --paths 512 --chunk 20)
NO_COLOR=1 "$PMAPRUN" -n 2 --timeout 120 -- "$DEMO" "${slow[@]}" --out "$dir/reference.npy" > "$dir/reference.log" 2>&1 \
  || { bad "reference run for the kill test"; cat "$dir/reference.log"; }
NO_COLOR=1 "$PMAPRUN" -n 2 --timeout 120 -- "$DEMO" "${slow[@]}" --out "$dir/killed.npy" > "$dir/killed.log" 2>&1 &
launcher=$!
for _ in $(seq 1 600); do
  [ -s "$dir/killed.npy.progress" ] && [ "$(wc -l < "$dir/killed.npy.progress")" -ge 4 ] && break
  sleep 0.02
done
kill -TERM "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null
if [ ! -e "$dir/killed.npy" ] && [ -e "$dir/killed.npy.partial" ]; then
  ok "killed job left no output under the final name ($(wc -l < "$dir/killed.npy.progress") chunks recorded)"
else
  bad "killed job: final file present or partial missing"; ls -la "$dir"
fi
NO_COLOR=1 "$PMAPRUN" -n 3 --timeout 120 -- "$DEMO" "${slow[@]}" --out "$dir/killed.npy" --resume > "$dir/resume.log" 2>&1 \
  && grep -q "resumed" "$dir/resume.log" && cmp -s "$dir/reference.npy" "$dir/killed.npy" \
  && [ ! -e "$dir/killed.npy.partial" ] \
  && ok "--resume on 3 ranks finished it with identical bytes ($(grep -o '[0-9]* resumed' "$dir/resume.log"))" \
  || { bad "resume"; cat "$dir/resume.log"; }

# Bad input: a clear error, no output file.
NO_COLOR=1 "$PMAPRUN" -n 2 --timeout 60 -- "$DEMO" --size 0 --out "$dir/bad.npy" > "$dir/bad.log" 2>&1
if [ $? -ne 0 ] && grep -q "rank [0-9]: --size, --paths and --chunk must be positive" "$dir/bad.log" && [ ! -e "$dir/bad.npy" ]; then
  ok "bad arguments: non-zero exit, message names the rank, no output"
else
  bad "bad arguments"; cat "$dir/bad.log"
fi
echo "batch jobs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
