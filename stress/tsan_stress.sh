#!/bin/bash
# Runs every stress script under weft built with ThreadSanitizer and fails on
# any "WARNING: ThreadSanitizer" report or crash. CI calls it as
#   bazel test --config=tsan //stress:tsan_stress
# Sizes are scaled down by WEFT_STRESS_SCALE (default 0.05). Invariant failures
# (non-zero status or a FAIL line) are listed but only fail the test when
# TSAN_STRESS_STRICT=1. Full reports go to $TEST_UNDECLARED_OUTPUTS_DIR.
# (TSan makes a process that reported races exit with status 66.)
# Usage: tsan_stress.sh WEFT_BINARY SCRIPT...
set -u
weft="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
export WEFT_STRESS_SCALE="${WEFT_STRESS_SCALE:-0.05}"
export TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 history_size=4 ${TSAN_OPTIONS:-}"
outdir="${TEST_UNDECLARED_OUTPUTS_DIR:-${TEST_TMPDIR:-/tmp}}"
per_run_timeout="${TSAN_STRESS_TIMEOUT:-600}"

if ! nm -D "$weft" 2>/dev/null | grep -q __tsan_init && ! nm "$weft" 2>/dev/null | grep -q __tsan_init; then
  echo "note: $weft is not built with ThreadSanitizer (use --config=tsan); running the scripts anyway"
fi

races=0
crashes=0
wrong=0
for script in "$@"; do
  name="$(basename "$script" .py)"
  out="$outdir/$name.stdout.txt"
  err="$outdir/$name.tsan.txt"
  # Scripts import their helper module from their own directory.
  (cd "$(dirname "$script")" && timeout "$per_run_timeout" "$weft" "$(basename "$script")") >"$out" 2>"$err"
  rc=$?
  n=$(grep -c "WARNING: ThreadSanitizer" "$err")
  status="ok"
  if [ "$n" -gt 0 ]; then
    status="$n TSan report(s)"
    races=$((races + n))
  fi
  if [ "$rc" -eq 126 ] || [ "$rc" -eq 127 ]; then
    status="$status, COULD NOT RUN (status $rc)"
    crashes=$((crashes + 1))
  elif [ "$rc" -eq 124 ]; then
    status="$status, TIMEOUT"
    crashes=$((crashes + 1))
  elif [ "$rc" -ge 128 ] && ! grep -q "WARNING: ThreadSanitizer" "$err" ; then
    status="$status, CRASH (status $rc)"
    crashes=$((crashes + 1))
  elif [ "$rc" -ge 128 ] && grep -q "ERROR: ThreadSanitizer\|AddressSanitizer\|SEGV" "$err"; then
    status="$status, CRASH (status $rc)"
    crashes=$((crashes + 1))
  elif grep -Eq '^FAIL|^errors \[[^]]' "$out" || { [ "$rc" -ne 0 ] && ! { [ "$rc" -eq 66 ] && [ "$n" -gt 0 ]; }; }; then
    status="$status, invariant failure (status $rc)"
    wrong=$((wrong + 1))
  fi
  echo "$name: $status"
  # One line per distinct report: where the race is.
  grep "SUMMARY: ThreadSanitizer" "$err" | sort | uniq -c | sed 's/^/    /'
  if [ "$rc" -ne 0 ] || [ "$n" -gt 0 ]; then
    grep -v "^ *#\|^=\|^$" "$out" | head -3 | sed 's/^/    stdout| /'
  fi
done

echo "TSan reports: $races, crashes/timeouts: $crashes, invariant failures: $wrong"
if [ "$races" -gt 0 ] || [ "$crashes" -gt 0 ]; then
  exit 1
fi
if [ "${TSAN_STRESS_STRICT:-0}" = "1" ] && [ "$wrong" -gt 0 ]; then
  exit 1
fi
exit 0
