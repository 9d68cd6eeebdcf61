#!/usr/bin/env bash
# Measures issue 3's GIL targets in one run, beside CPython and two C threads:
#   throughput of 2 CPU-bound threads over 1 (GIL on, GIL off, CPython, C),
#   single-thread cost of the GIL (gilpy GIL on vs off), sleep wake-up latency.
#   bench/gil.sh [seconds-per-measurement]      (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-3}"
PY="${CPYTHON:-python3}"
OUT="$(mktemp -d)"
gcc -O2 -pthread -o "$OUT/spin" bench/spin.c

value() { grep "^$1 " "$2" | awk '{print $2}'; }

echo "machine: $(nproc) cores, $(uname -m); $("$PY" --version 2>&1); $(./gilpy -V)"
"$OUT/spin" "$SECONDS_PER_RUN" > "$OUT/c.txt"
"$PY" bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/cpython.txt"
./gilpy bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/gil_on.txt"
./gilpy -X gil=0 bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/gil_off.txt"
"$PY" bench/gil_workloads.py latency > "$OUT/cpython_latency.txt"
./gilpy bench/gil_workloads.py latency > "$OUT/gilpy_latency.txt"

c=$(value two_over_one "$OUT/c.txt")
printf '\n%-34s %14s %14s %10s\n' "run" "1 thread it/s" "2 threads it/s" "2 over 1"
for run in c cpython gil_on gil_off; do
  printf '%-34s %14s %14s %10s\n' "$run" "$(value one_thread_rate "$OUT/$run.txt")" \
    "$(value two_thread_rate "$OUT/$run.txt")" "$(value two_over_one "$OUT/$run.txt")"
done
on1=$(value one_thread_rate "$OUT/gil_on.txt"); off1=$(value one_thread_rate "$OUT/gil_off.txt")
on2=$(value two_over_one "$OUT/gil_on.txt"); off2=$(value two_over_one "$OUT/gil_off.txt")
echo
awk -v on2="$on2" 'BEGIN {printf "GIL on: 2-thread throughput / 1-thread           %.3f   (target >= 0.95)\n", on2}'
awk -v off2="$off2" -v c="$c" 'BEGIN {printf "GIL off: speed-up relative to the C speed-up    %.3f   (target >= 0.90)\n", off2 / c}'
awk -v on1="$on1" -v off1="$off1" 'BEGIN {printf "single-thread GIL cost (1 - on/off)              %.1f%%  (target <= 3%%)\n", 100 * (1 - on1 / off1)}'
echo
printf '%-12s %18s %18s\n' "latency" "cpython (x interval)" "gilpy (x interval)"
for k in latency_1ms latency_5ms; do
  printf '%-12s %18s %18s\n' "$k" "$(value $k "$OUT/cpython_latency.txt")" "$(value $k "$OUT/gilpy_latency.txt")"
done
echo "(latency target: median <= 1.2 x the switch interval)"
rm -rf "$OUT"
