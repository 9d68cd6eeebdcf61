#!/usr/bin/env bash
# The benchmark suite of issue 7: every workload under ./gilpy and python3, interleaved;
# prints Markdown tables (steady state, warm-up, process wall/CPU/RSS, ratios, targets).
#   bench/suite.sh [--quick] [--only fib,loop,...,threads,pool,startup]   (about 20 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${CPYTHON:-python3}" bench/suite.py "$@"
