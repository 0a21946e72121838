#!/usr/bin/env bash
# Checks that the system libraries swift-pmap builds against are installed:
# Open MPI (mpicc, mpirun, pkg-config "mpi") and OpenBLAS (pkg-config
# "openblas", cblas.h). Installs them with apt when run as root; otherwise
# prints the command to run and exits 1. With --for-tests it also checks
# what `make test` needs beyond the build: strace (its I/O-error tests
# inject faults with it).
#
#   bash scripts/ensure-deps.sh              # quiet "ok" line when all is there
#   bash scripts/ensure-deps.sh --for-tests
set -euo pipefail

packages=(libopenmpi-dev openmpi-bin libopenblas-dev pkg-config)
for_tests=no
if [[ ${1:-} == --for-tests ]]; then
    for_tests=yes
    packages+=(strace)
fi

missing() {
    local problems=()
    command -v pkg-config >/dev/null 2>&1 || problems+=("pkg-config")
    command -v mpicc >/dev/null 2>&1 || problems+=("mpicc")
    command -v mpirun >/dev/null 2>&1 || problems+=("mpirun")
    [[ $for_tests == no ]] || command -v strace >/dev/null 2>&1 || problems+=("strace")
    if command -v pkg-config >/dev/null 2>&1; then
        pkg-config --exists mpi || problems+=("pkg-config mpi")
        if pkg-config --exists openblas; then
            local found=no dir
            for dir in $(pkg-config --cflags-only-I openblas | sed 's/-I//g') /usr/include; do
                if [[ -f "$dir/cblas.h" ]]; then found=yes; break; fi
            done
            [[ $found == yes ]] || problems+=("cblas.h")
        else
            problems+=("pkg-config openblas")
        fi
    fi
    if ((${#problems[@]})); then
        echo "${problems[*]}"
    fi
}

problems=$(missing)
if [[ -z $problems ]]; then
    echo "ensure-deps: ok ($(mpirun --version 2>/dev/null | head -n1), OpenBLAS $(pkg-config --modversion openblas))"
    exit 0
fi

echo "ensure-deps: missing: $problems" >&2
if [[ $(id -u) -ne 0 ]]; then
    echo "ensure-deps: install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${packages[@]}"

problems=$(missing)
if [[ -n $problems ]]; then
    echo "ensure-deps: still missing after installing ${packages[*]}: $problems" >&2
    exit 1
fi
echo "ensure-deps: installed ${packages[*]}"
