#!/usr/bin/env bash
# Batch-job checks run by `make test` (from any directory), each run bounded
# by pmaprun --timeout, each asserting exit codes, messages and output bytes:
#
#   - the demo's output is byte-identical on 1-4 ranks, and numpy reads it;
#   - a job killed mid-way leaves no file under the final name, and a resume
#     (on another number of ranks) finishes it with the identical bytes;
#   - a full disk (a small tmpfs) and an injected EIO on one rank (strace)
#     fail the job and Npy.saveCollective with a message naming the rank, the
#     file and the OS error, publish nothing, and a later run with room gives
#     the identical file;
#   - a resume with any job parameter changed is refused, never mixed;
#   - two jobs on one output: the second stops at once; a stale lock left by
#     a SIGKILLed job is reclaimed;
#   - a damaged progress record (truncated, bit flips, edited numbers,
#     overlapping, misaligned or extra lines) or damaged rows are redone;
#   - a crash at every phase of a job (header, data, record, rename, unlink),
#     resumed on 1, 2 and 3 ranks, gives the identical file;
#   - bad arguments and bad output paths are refused up front.
#
# The disk tests mount tmpfs file systems (they need root, as CI has) and
# the I/O-error tests need strace; where either is missing they FAIL.
set -u
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug}
PMAPRUN="$BIN/pmaprun"
DEMO="$BIN/pmap-demo"
PROBE="$BIN/fault-probe"
dir=$(mktemp -d)
mounts=()
cleanup() {
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done
  rm -rf "$dir"
}
trap cleanup EXIT
pass=0; fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
# check NAME COMMAND…: ok when the command succeeds, else FAIL and show the last log.
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; [ -n "${last:-}" ] && [ -f "$last" ] && tail -n 20 "$last"; fi; }

export NO_COLOR=1
# job RANKS OUT ARGS…: the demo on RANKS ranks; its output in OUT.log, exit code in $rc.
job() {
  local n=$1 out=$2; shift 2
  last="$out.log"
  "$PMAPRUN" -n "$n" --timeout 120 -- "$DEMO" --out "$out" "$@" > "$last" 2>&1
  rc=$?
}
small=(--size 3000 --paths 64 --chunk 100)
slow=(--size 3000 --paths 512 --chunk 20)
# wait_for_lines FILE N: until FILE has N lines (a running job has recorded some chunks).
wait_for_lines() {
  for _ in $(seq 1 1500); do
    [ -s "$1" ] && [ "$(wc -l < "$1")" -ge "$2" ] && return 0
    sleep 0.02
  done
  return 1
}
# no_final OUT: nothing under the final name, no temporary left beside it.
no_final() { [ ! -e "$1" ] && ! ls -a "$(dirname "$1")" | grep -q "^\.$(basename "$1")\.tmp-"; }
export -f no_final
# tmpfs SIZE: a new small file system mounted at $fs.
tmpfs() {
  fs=$(mktemp -d "$dir/fs.XXXX")
  mount -t tmpfs -o "size=$1" tmpfs "$fs" || return 1
  mounts+=("$fs")
}
# A wrapper that fails every pwrite of rank 1 with EIO (strace fault injection).
cat > "$dir/eio-on-rank-1" <<'EOF'
#!/usr/bin/env bash
if [ "${OMPI_COMM_WORLD_RANK:-0}" = "1" ]; then
  exec strace -f -o /dev/null -e trace=pwrite64,pwritev -e inject=pwrite64,pwritev:error=EIO "$@"
fi
exec "$@"
EOF
chmod +x "$dir/eio-on-rank-1"

# --- Clean runs: the references -------------------------------------------
for n in 1 2 3 4; do
  job "$n" "$dir/ref$n.npy" "${small[@]}"
  check "demo on $n rank(s)" [ "$rc" -eq 0 ]
done
check "output byte-identical for 1, 2, 3 and 4 ranks" \
  bash -c "cmp -s '$dir/ref1.npy' '$dir/ref2.npy' && cmp -s '$dir/ref1.npy' '$dir/ref3.npy' && cmp -s '$dir/ref1.npy' '$dir/ref4.npy'"
check "no lock, record or partial left after a clean run" \
  bash -c "! ls '$dir' | grep -q 'ref1.npy\.\(lock\|progress\|partial\)'"
if python3 -c "import numpy" 2>/dev/null; then
  check "numpy reads the output (3000, 3) float32" python3 -c "
import numpy as np
a = np.load('$dir/ref1.npy'); assert a.shape == (3000, 3) and a.dtype == np.float32, (a.shape, a.dtype)
assert np.isfinite(a).all() and (a[:, 0] >= 0).all() and ((a[:, 2] >= 0) & (a[:, 2] <= 1)).all()"
else
  echo "skip numpy check (python3 with numpy not installed)"
fi
reference="$dir/ref1.npy"
job 2 "$dir/slowref.npy" "${slow[@]}"
check "reference run of the slow job" [ "$rc" -eq 0 ]
slowref="$dir/slowref.npy"
job 1 "$dir/chunk7.npy" --size 3000 --paths 512 --chunk 7
check "output byte-identical for another chunk size" cmp -s "$slowref" "$dir/chunk7.npy"

# start_slow OUT [ARGS…]: the slow job on 2 ranks in the background ($launcher).
start_slow() { local out=$1; shift; "$PMAPRUN" -n 2 --timeout 120 -- "$DEMO" "${slow[@]}" --out "$out" "$@" > "$out.bg.log" 2>&1 & launcher=$!; }
# killed OUT: a slow job killed (SIGTERM to pmaprun) after it recorded a few chunks.
killed() {
  start_slow "$1"
  wait_for_lines "$1.progress" 5
  kill -TERM "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null
}

# --- Kill and resume --------------------------------------------------------
killed "$dir/killed.npy"
check "killed job: no output under the final name, partial and record kept" \
  bash -c "[ ! -e '$dir/killed.npy' ] && [ -e '$dir/killed.npy.partial' ] && [ -e '$dir/killed.npy.progress' ]"
job 3 "$dir/killed.npy" "${slow[@]}" --resume
check "--resume on 3 ranks finishes it with identical bytes" \
  bash -c "[ $rc -eq 0 ] && grep -q '[1-9][0-9]* resumed' '$last' && cmp -s '$slowref' '$dir/killed.npy' && [ ! -e '$dir/killed.npy.partial' ] && [ ! -e '$dir/killed.npy.progress' ]"
job 2 "$dir/killed.npy" "${slow[@]}" --resume
check "--resume of a finished job says it is complete and changes nothing" \
  bash -c "[ $rc -eq 0 ] && grep -q 'is already complete' '$last' && cmp -s '$slowref' '$dir/killed.npy'"

# Without --resume, an unfinished run is not thrown away.
killed "$dir/unfinished.npy"
cp "$dir/unfinished.npy.partial" "$dir/unfinished.before"
job 2 "$dir/unfinished.npy" "${slow[@]}"
check "a new run beside an unfinished one is refused, naming --resume and --overwrite" \
  bash -c "[ $rc -ne 0 ] && grep -q 'an unfinished run of $dir/unfinished.npy is there' '$last' && grep -q -- '--resume' '$last' && grep -q -- '--overwrite' '$last' && cmp -s '$dir/unfinished.before' '$dir/unfinished.npy.partial' && [ ! -e '$dir/unfinished.npy' ]"
job 2 "$dir/unfinished.npy" --size 3000 --paths 64 --chunk 100 --overwrite
check "--overwrite starts over and gives the clean run's bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$reference' '$dir/unfinished.npy'"

# --- Resume with other parameters: refused, never mixed --------------------
killed "$dir/params.npy"
cp "$dir/params.npy.partial" "$dir/params.before"
for changed in "--size 3001 --paths 512 --chunk 20|count" "--size 3000 --paths 256 --chunk 20|key" "--size 3000 --paths 512 --chunk 40|chunk"; do
  args=${changed%|*}; field=${changed#*|}
  # shellcheck disable=SC2086
  job 2 "$dir/params.npy" $args --resume
  check "resume with another $field is refused and changes nothing" \
    bash -c "[ $rc -ne 0 ] && grep -q 'cannot resume $dir/params.npy: the unfinished run is another job ($field ' '$last' && [ ! -e '$dir/params.npy' ] && cmp -s '$dir/params.before' '$dir/params.npy.partial'"
done
job 2 "$dir/params.npy" --size 3000 --paths 64 --chunk 100 --overwrite
check "the same change with --overwrite restarts and gives the clean run's bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$reference' '$dir/params.npy'"
job 2 "$dir/params.npy" --size 3000 --paths 64 --chunk 100 --resume
check "--resume of a finished output is a no-op" bash -c "[ $rc -eq 0 ] && grep -q 'is already complete' '$last'"
job 2 "$dir/params.npy" --size 2000 --paths 64 --chunk 100 --resume
check "--resume of a finished output of another shape is refused" \
  bash -c "[ $rc -ne 0 ] && grep -q 'exists and holds float32\[3000, 3\], but this job writes float32\[2000, 3\]' '$last' && cmp -s '$reference' '$dir/params.npy'"

# --- Two jobs on one output --------------------------------------------------
start_slow "$dir/twice.npy"
first=$launcher
wait_for_lines "$dir/twice.npy.progress" 2
start=$(date +%s%N)
job 2 "$dir/twice.npy" "${slow[@]}"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "a second job on the same output stops at once, naming the first ($ms ms)" \
  bash -c "[ $rc -ne 0 ] && grep -q 'another job (pid [0-9]* on host [^ ]*) is writing $dir/twice.npy' '$last'"
wait "$first"; firstrc=$?
check "the first job finishes unharmed with the clean run's bytes" \
  bash -c "[ $firstrc -eq 0 ] && cmp -s '$slowref' '$dir/twice.npy' && [ ! -e '$dir/twice.npy.lock' ] && [ ! -e '$dir/twice.npy.progress' ]"

# A stale lock: the whole job SIGKILLed (no rank could clean up).
start_slow "$dir/stale.npy"
wait_for_lines "$dir/stale.npy.progress" 3
pkill -KILL -f "pmap-demo.*--out $dir/stale.npy"; { wait "$launcher"; } 2>/dev/null
check "SIGKILL of every rank leaves the lock file behind" [ -e "$dir/stale.npy.lock" ]
job 2 "$dir/stale.npy" "${slow[@]}" --resume
check "a stale lock is reclaimed (and said so) and the resume gives identical bytes" \
  bash -c "[ $rc -eq 0 ] && grep -q 'took over the lock of a job that is no longer running (pid [0-9]* on host' '$last' && cmp -s '$slowref' '$dir/stale.npy' && [ ! -e '$dir/stale.npy.lock' ]"

# --- A damaged progress record or damaged rows: redone, never trusted -----
killed "$dir/damaged.npy"
base="$dir/damaged.npy"
# corrupt NAME PYTHON: a copy of the killed job with PYTHON applied to its record
# (`lines`, a list of bytes, without newlines) or its partial file (`data`), then resumed.
corrupt() {
  local name=$1 code=$2 out="$dir/c-$1.npy"
  cp "$base.partial" "$out.partial"; cp "$base.progress" "$out.progress"
  python3 - "$out" <<EOF || { bad "corruption $name: the edit failed"; return; }
import sys, zlib
out = sys.argv[1]
def crc(text): return "%08x" % zlib.crc32(text)
def sign(text): return text + b" crc=" + crc(text).encode()
lines = open(out + ".progress", "rb").read().split(b"\n")[:-1]
data = bytearray(open(out + ".partial", "rb").read())
$code
open(out + ".progress", "wb").write(b"".join(l + b"\n" for l in lines))
open(out + ".partial", "wb").write(data)
EOF
  job 2 "$out" "${slow[@]}" --resume
  check "record damage '$name': resumed with identical bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$slowref' '$out'"
}
corrupt truncated-mid-line 'lines[-1] = lines[-1][:7]'
corrupt truncated-whole 'lines = lines[:2]'
corrupt bit-flip 'lines[2] = bytes([lines[2][0] ^ 4]) + lines[2][1:]'
corrupt edited-number 'lines[2] = lines[2].replace(b" data=", b"0 data=", 1)'
corrupt edited-and-resigned 'f = lines[2].split(b" "); lines[2] = sign(b" ".join([f[0], f[1], str(int(f[2]) + 20).encode(), f[3]]))'
corrupt misaligned 'lines.append(sign(b"done 10 30 data=00000000"))'
corrupt overlapping 'f = lines[2].split(b" "); lines.append(sign(b" ".join([f[0], f[1], f[2], b"data=12345678"])))'
corrupt extra-lines 'lines += [b"hello", b"", sign(b"done 5000 5020 data=00000000"), lines[2]]'
corrupt zeroed-rows 'off = 128 + int(lines[1].split(b" ")[1]) * 12; data[off:off + 240] = bytes(240)'
corrupt damaged-first-line 'lines[0] = lines[0].replace(b"count=3000", b"count=3001")'
corrupt empty-record 'lines = []'
out="$dir/c-header-only.npy"; head -c 128 "$base.partial" > "$out.partial"; : > "$out.progress"
job 2 "$out" "${slow[@]}" --resume
check "--resume of a header-only partial with an empty record starts from nothing" bash -c "[ $rc -eq 0 ] && cmp -s '$slowref' '$out'"
out="$dir/c-zero.npy"; : > "$out.partial"
job 2 "$out" "${slow[@]}" --resume
check "--resume of a 0-byte partial with no record starts from nothing" bash -c "[ $rc -eq 0 ] && cmp -s '$slowref' '$out'"
grep -q "line 3 is damaged" "$dir/c-bit-flip.npy.log" && grep -q "chunk [0-9]*\.\.<[0-9]* again with other data" "$dir/c-overlapping.npy.log" \
  && grep -q "not one of the job's chunks" "$dir/c-misaligned.npy.log" && grep -q "did not hold the bytes recorded" "$dir/c-zeroed-rows.npy.log" \
  && grep -q "cannot be trusted" "$dir/c-damaged-first-line.npy.log" \
  && ok "each kind of damage is reported on standard error" || bad "damage reports"

# --- A crash at every phase, resumed on 1, 2 and 3 ranks -------------------
for phase in header chunk:1 chunk:9 record:1 record:12 rename unlink; do
  for n in 1 2 3; do
    out="$dir/crash-${phase/:/-}-$n.npy"
    PMAP_BATCHJOB_CRASH=$phase job 2 "$out" "${slow[@]}"
    crashrc=$rc
    job "$n" "$out" "${slow[@]}" --resume
    check "crash at $phase, resume on $n rank(s): identical bytes" \
      bash -c "[ $crashrc -ne 0 ] && [ $rc -eq 0 ] && cmp -s '$slowref' '$out' && [ ! -e '$out.partial' ] && [ ! -e '$out.progress' ]"
  done
done

# --- A full disk ---------------------------------------------------------------
if tmpfs 16k; then
  job 2 "$fs/full.npy" "${small[@]}"
  check "BatchJob on a disk too small: refused up front naming rank, file and error, nothing published" \
    bash -c "[ $rc -ne 0 ] && grep -q 'rank 0: .*full.npy.partial: cannot reserve 36128 bytes on disk: No space left on device' '$last' && no_final '$fs/full.npy'"
  mount -o remount,size=4m "$fs"
  job 2 "$fs/full.npy" "${small[@]}" --resume
  check "... and a resume with room gives the clean run's bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$reference' '$fs/full.npy'"
else
  bad "cannot mount a tmpfs for the full-disk tests"
fi
if tmpfs 1m; then
  start_slow "$fs/filling.npy" --chunk 5
  wait_for_lines "$fs/filling.npy.progress" 4
  dd if=/dev/zero of="$fs/filler" bs=4k 2>/dev/null
  wait "$launcher"; rc=$?; last="$fs/filling.npy.bg.log"
  check "a disk that fills during a job: non-zero exit naming the rank, the file and the error, nothing published" \
    bash -c "[ $rc -ne 0 ] && grep -q 'rank 0: .*filling.npy.progress: .*No space left on device' '$last' && no_final '$fs/filling.npy'"
  rm -f "$fs/filler"
  job 3 "$fs/filling.npy" "${slow[@]}" --chunk 5 --resume
  check "... and a resume with room gives the clean run's bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$slowref' '$fs/filling.npy'"
else
  bad "cannot mount a tmpfs for the full-disk tests"
fi
probe() { last="$2.log"; "$PMAPRUN" -n "$1" --timeout 60 -- "${@:3}" "$PROBE" save "$2" 500 > "$last" 2>&1; rc=$?; }
probe 2 "$dir/save-ref.npy"
check "Npy.saveCollective reference" [ "$rc" -eq 0 ]
if tmpfs 64k; then
  probe 2 "$fs/save.npy"
  check "saveCollective on a full disk: non-zero exit naming the rank, the file and the error, nothing published" \
    bash -c "[ $rc -ne 0 ] && grep -q 'collective write failed on rank.*save.npy.tmp-.*wrote [0-9]* of [0-9]* bytes at byte [0-9]*: No space left on device' '$last' && no_final '$fs/save.npy'"
  mount -o remount,size=4m "$fs"
  probe 2 "$fs/save.npy"
  check "... and with room the identical file" bash -c "[ $rc -eq 0 ] && cmp -s '$dir/save-ref.npy' '$fs/save.npy'"
fi

# --- An I/O error on one rank (strace fault injection) -------------------------
if command -v strace > /dev/null; then
  last="$dir/eio.npy.log"
  "$PMAPRUN" -n 2 --timeout 60 -- "$dir/eio-on-rank-1" "$DEMO" --out "$dir/eio.npy" "${small[@]}" > "$last" 2>&1; rc=$?
  check "BatchJob with EIO on rank 1: non-zero exit naming rank 1, the file and the error, nothing published" \
    bash -c "[ $rc -ne 0 ] && grep -q 'rank 1: $dir/eio.npy.partial: MPI_File_write_at wrote 0 of 1200 bytes at byte [0-9]*: Input/output error' '$last' && no_final '$dir/eio.npy'"
  job 3 "$dir/eio.npy" "${small[@]}" --resume
  check "... and a resume without the fault gives the clean run's bytes" bash -c "[ $rc -eq 0 ] && cmp -s '$reference' '$dir/eio.npy'"
  probe 2 "$dir/save-eio.npy" "$dir/eio-on-rank-1"
  check "saveCollective with EIO on rank 1: non-zero exit naming rank 1, the file and the error, nothing published" \
    bash -c "[ $rc -ne 0 ] && grep -q 'collective write failed on rank 1 (rank 1: .*save-eio.npy.tmp-[^:]*: MPI_File_write_at_all wrote 0 of [0-9]* bytes at byte [0-9]*: Input/output error' '$last' && no_final '$dir/save-eio.npy'"
  probe 2 "$dir/save-eio.npy"
  check "... and without the fault the identical file" bash -c "[ $rc -eq 0 ] && cmp -s '$dir/save-ref.npy' '$dir/save-eio.npy'"
else
  bad "strace is not installed (scripts/ensure-deps.sh installs it)"
fi

# --- Bad input: a clear error up front, no output -----------------------------
job 2 "$dir/bad.npy" --size 0
check "--size 0: usage error naming the flag, no output" bash -c "[ $rc -eq 64 ] && grep -q 'Error: --size must be at least 1, got 0' '$last' && [ ! -e '$dir/bad.npy' ]"
job 2 "$dir/bad.npy" --size abc
check "--size abc: usage error" bash -c "[ $rc -eq 64 ] && grep -q \"Error: The value 'abc' is invalid for '--size <size>'\" '$last' && [ \$(grep -c 'Error:' '$last') -eq 1 ]"
job 1 "$dir/bad.npy" --size=100 --paths=8 --chunk=10
check "--size=100 is read as 100" bash -c "[ $rc -eq 0 ] && grep -q '^100 examples computed' '$last'"
job 1 "$dir/bad.npy" --sise 100
check "an unknown flag is a usage error" bash -c "[ $rc -eq 64 ] && grep -q \"Error: Unknown option '--sise'\" '$last'"
job 1 "$dir/bad.npy" --resume --overwrite
check "--resume with --overwrite is a usage error" bash -c "[ $rc -eq 64 ] && grep -q 'Error: --resume and --overwrite cannot be used together' '$last'"
"$DEMO" --help > "$dir/help.log" 2>&1
check "--help lists every flag" bash -c "grep -q 'USAGE: pmap-demo' '$dir/help.log' && grep -q -- '--overwrite' '$dir/help.log'"
mkdir "$dir/adir.npy"
job 2 "$dir/adir.npy" "${small[@]}"
check "an output that is a directory is refused before any work" \
  bash -c "[ $rc -ne 0 ] && grep -q '$dir/adir.npy is a directory; the output must name a file' '$last' && ! grep -q progress: '$last'"
last="$dir/missing-dir.log"
"$PMAPRUN" -n 2 --timeout 60 -- "$DEMO" --out "$dir/no/such/dir/out.npy" "${small[@]}" > "$last" 2>&1; rc=$?
check "an output in a missing directory is refused before any work" \
  bash -c "[ $rc -ne 0 ] && grep -q 'the output directory $dir/no/such/dir does not exist or is not writable' '$last'"

echo "batch jobs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
