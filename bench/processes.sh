#!/usr/bin/env bash
# Measures issue 5's process targets in one run, beside CPython and two C threads:
#   Pool(2).map over CPU-bound work against the same work done sequentially (median of
#   seven interleaved pairs, after a warm-up), next to what two C threads reach over one;
#   and the median start-to-join time of a Process with an empty target (fork and spawn).
#   bench/processes.sh [pairs]      (default 7; about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS="${1:-7}"
PY="${CPYTHON:-python3}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
gcc -O2 -pthread -o "$OUT/spin" bench/spin.c

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s..%s", lo, hi}'; }
speedups() { awk '{printf "%.3f\n", $1 / $2}' "$1"; }

echo "machine: $(nproc) cores, $(uname -m); $("$PY" --version 2>&1); $(./gilpy -V)"
"$OUT/spin" 2 > "$OUT/c.txt"
# iterations per run: about one second of sequential work in each implementation
"$PY" bench/process_workloads.py pool "$PAIRS" 6000000 > "$OUT/cpython_pool.txt"
./gilpy bench/process_workloads.py pool "$PAIRS" 200000000 > "$OUT/gilpy_pool.txt"
for method in fork spawn; do
  "$PY" bench/process_workloads.py startjoin 21 "$method" > "$OUT/cpython_$method.txt"
  ./gilpy bench/process_workloads.py startjoin 21 "$method" > "$OUT/gilpy_$method.txt"
done

c=$(awk '/^two_over_one / {print $2}' "$OUT/c.txt")
printf '\n%-34s %10s %16s\n' "measure" "median" "(range)"
printf '%-34s %10s %16s\n' "C: 2 threads over 1" "$c" "$(awk '/^two_over_one_range/ {print $2}' "$OUT/c.txt")"
for impl in cpython gilpy; do
  printf '%-34s %10s %16s\n' "$impl: Pool(2).map over sequential" "$(speedups "$OUT/${impl}_pool.txt" | median)" \
    "$(speedups "$OUT/${impl}_pool.txt" | range)"
done
g=$(speedups "$OUT/gilpy_pool.txt" | median)
printf '%-34s %10s\n' "gilpy speed-up / C speed-up" "$(awk -v g="$g" -v c="$c" 'BEGIN {printf "%.3f", g / c}')"
for method in fork spawn; do
  for impl in cpython gilpy; do
    printf '%-34s %10s %16s\n' "$impl: $method start-join, ms" "$(median < "$OUT/${impl}_$method.txt")" \
      "$(range < "$OUT/${impl}_$method.txt")"
  done
done
