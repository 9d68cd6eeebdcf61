#!/usr/bin/env bash
# Regenerates the expected output (NAME.out) of golden programs by running them under
# CPython 3.12, the reference. The .out holds stdout, plus the last stderr line when the
# program exits non-zero (the exception summary of an uncaught error). A program that has
# a NAME.err beside it also gets its whole stderr recorded there, with its directory
# written as DIR/ (for tracebacks, which name files by absolute path).
#   tests/regen-golden.sh [program.py ...]     (default: every tests/programs, samples and aot training program)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${CPYTHON:-}"
if [ -z "$PY" ]; then
  PY="$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3.12"
  [ -x "$PY" ] || PY="$(command -v python3.12 || true)"
fi
[ -x "$PY" ] || { echo "regen-golden: CPython 3.12 not found (set CPYTHON)" >&2; exit 2; }
if [ $# -eq 0 ]; then
  mapfile -t programs < <(find tests/programs samples interpreter/src/main/aot -name '*.py' -not -path '*/lib/*' | sort)
else
  programs=("$@")
fi
for p in "${programs[@]}"; do
  dir="$(dirname "$p")"; base="$(basename "$p" .py)"
  [ -f "$dir/$base.skip-golden" ] && continue
  set +e
  (cd "$dir" && timeout 120 "$PY" "$base.py" > "/tmp/golden.out" 2> "/tmp/golden.err" < /dev/null)
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then tail -n 1 /tmp/golden.err >> /tmp/golden.out; fi
  if [ -f "$dir/$base.err" ]; then
    sed "s|$(cd "$dir" && pwd)/|DIR/|g" /tmp/golden.err > "$dir/$base.err"
  fi
  mv /tmp/golden.out "$dir/$base.out"
  echo "$p -> $dir/$base.out (exit $rc)"
done
