#!/usr/bin/env bash
# Measures issue 4's asyncio targets beside CPython, in one run:
#   10,000 tasks each awaiting sleep(0.01), gathered; a 1,000,000-item async-for pipeline
#   over two async generators. Each workload runs ROUNDS times in one process; the table
#   shows the first round (cold: gilpy's JIT has not compiled anything yet), the median
#   of the last half of the rounds (steady state) with its range, the whole process's
#   wall time and its peak RSS. gilpy and CPython processes alternate, twice each.
#   bench/asyncio.sh [rounds]      (default 40: gilpy takes 30-60 s to warm up here)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-40}"
PY="${CPYTHON:-python3}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

run() {  # run NAME WORKLOAD ROUNDS COMMAND...: rounds to NAME.rounds, wall and RSS to NAME.process
  local name="$1" workload="$2" rounds="$3"; shift 3
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$@" bench/asyncio_workloads.py "$workload" "$rounds" \
    >> "$OUT/$name.rounds"
  cat "$OUT/$name.time" >> "$OUT/$name.process"
}

echo "machine: $(nproc) cores, $(uname -m); $("$PY" --version 2>&1); $(./gilpy -V)"
for workload in tasks pipeline; do
  for _ in 1 2; do
    run "cpython-$workload" "$workload" "$ROUNDS" "$PY"
    run "gilpy-$workload" "$workload" "$ROUNDS" ./gilpy
  done
done

printf '\n%-18s %9s %16s %18s %12s %10s\n' "run" "first s" "steady median s" "(range)" "process s" "peak RSS"
for workload in tasks pipeline; do
  for impl in cpython gilpy; do
    f="$OUT/$impl-$workload"
    first=$(head -n 1 "$f.rounds")
    # steady state: the second half of each process's rounds
    steady=$(awk -v r="$ROUNDS" '{i = (NR - 1) % r} i >= r / 2 {print}' "$f.rounds")
    med=$(echo "$steady" | median)
    range="$(echo "$steady" | sort -n | head -n 1)..$(echo "$steady" | sort -n | tail -n 1)"
    wall=$(awk '{print $1}' "$f.process" | median)
    rss=$(awk '{print $2}' "$f.process" | sort -n | tail -n 1)
    printf '%-18s %9s %16s %18s %12s %7d MB\n' "$impl-$workload" "$first" "$med" "$range" "$wall" $((rss / 1024))
  done
done
