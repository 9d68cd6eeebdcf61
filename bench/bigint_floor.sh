#!/usr/bin/env bash
# The floor under the suite's big-int row: factorial(5000) ten times a round in plain Java
# (BigInteger, which gilpy used until commit 3a58209, and two own limb loops; bench/BigIntFloor.java) and in
# CPython, one after the other, three times. About a minute.
#   bench/bigint_floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java_home=""
for candidate in "${GILPY_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    java_home="$candidate"; break
  fi
done
[ -n "$java_home" ] || { echo "bigint_floor: no JDK 25 or newer found (set GILPY_JAVA_HOME)" >&2; exit 2; }
for attempt in 1 2 3; do
  echo "== Java ($java_home), attempt $attempt"
  "$java_home/bin/java" bench/BigIntFloor.java 20 | tail -n 4
  echo "== ${CPYTHON:-python3}, attempt $attempt (s per 10 factorials)"
  "${CPYTHON:-python3}" - <<'PY'
import time

def factorials():  # in a function, as in the suite
    for _ in range(10):
        f = 1
        for i in range(2, 5001):
            f *= i
    assert f.bit_length() == 54233

for _ in range(8):
    start = time.perf_counter()
    factorials()
    print(f"{time.perf_counter() - start:.4f}")
PY
done
