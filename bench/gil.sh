#!/usr/bin/env bash
# Measures issue 3's GIL targets in one run, beside CPython and two C threads:
#   throughput of 2 CPU-bound threads over 1 (GIL on, GIL off, CPython, C), as the median
#   of seven adjacent 1-thread/2-thread pairs; the single-thread cost of the GIL (processes
#   with the GIL on and off, alternated three times each); sleep wake-up latency
#   (three processes each, alternated with CPython's).
#   bench/gil.sh [seconds-per-measurement]      (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-3}"
PY="${CPYTHON:-python3}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
gcc -O2 -pthread -o "$OUT/spin" bench/spin.c

value() { grep "^$1 " "$2" | awk '{print $2}'; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "machine: $(nproc) cores, $(uname -m); $("$PY" --version 2>&1); $(./gilpy -V)"
"$OUT/spin" "$SECONDS_PER_RUN" > "$OUT/c.txt"
"$PY" bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/cpython.txt"
./gilpy bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/gil_on.txt"
./gilpy -X gil=0 bench/gil_workloads.py throughput "$SECONDS_PER_RUN" > "$OUT/gil_off.txt"
for _ in 1 2 3; do
  ./gilpy bench/gil_workloads.py single "$SECONDS_PER_RUN" | awk "/^one_thread_rate/ {print \$2}" >> "$OUT/single_on.txt"
  ./gilpy -X gil=0 bench/gil_workloads.py single "$SECONDS_PER_RUN" | awk "/^one_thread_rate/ {print \$2}" >> "$OUT/single_off.txt"
done
for _ in 1 2 3; do  # alternated: the host's timer latency drifts over minutes
  "$PY" bench/gil_workloads.py latency >> "$OUT/cpython_latency.txt"
  ./gilpy bench/gil_workloads.py latency >> "$OUT/gilpy_latency.txt"
done

c=$(value two_over_one "$OUT/c.txt")
printf '\n%-10s %14s %14s %10s %14s\n' "run" "1 thread it/s" "2 threads it/s" "2 over 1" "(range)"
for run in c cpython gil_on gil_off; do
  printf '%-10s %14s %14s %10s %14s\n' "$run" "$(value one_thread_rate "$OUT/$run.txt")" \
    "$(value two_thread_rate "$OUT/$run.txt")" "$(value two_over_one "$OUT/$run.txt")" \
    "$(value two_over_one_range "$OUT/$run.txt" || true)"
done
on2=$(value two_over_one "$OUT/gil_on.txt"); off2=$(value two_over_one "$OUT/gil_off.txt")
on1=$(median < "$OUT/single_on.txt"); off1=$(median < "$OUT/single_off.txt")
echo
echo "single-thread program, it/s: GIL on $(paste -sd' ' "$OUT/single_on.txt"), GIL off $(paste -sd' ' "$OUT/single_off.txt")"
awk -v on2="$on2" 'BEGIN {printf "GIL on: 2-thread throughput / 1-thread           %.3f   (target >= 0.95)\n", on2}'
awk -v off2="$off2" -v c="$c" 'BEGIN {printf "GIL off: speed-up relative to the C speed-up    %.3f   (target >= 0.90)\n", off2 / c}'
awk -v on1="$on1" -v off1="$off1" 'BEGIN {printf "single-thread GIL cost (1 - on/off, medians)     %.1f%%  (target <= 3%%)\n", 100 * (1 - on1 / off1)}'
echo
printf '%-12s %20s %20s\n' "latency" "cpython (x interval)" "gilpy (x interval)"
for k in latency_1ms latency_5ms; do
  printf '%-12s %20s %20s\n' "$k" "$(value $k "$OUT/cpython_latency.txt" | median)" "$(value $k "$OUT/gilpy_latency.txt" | median)"
done
echo "(latency: median delay beyond sleep(0.001) with one spinning competitor, median of 3 processes; target <= 1.2 x the interval)"
