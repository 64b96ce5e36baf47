#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs the whole test suite;
# then runs it again built with ASan+UBSan (build-asan/), and fuzzes every input path for a
# short while (scripts/fuzz.sh, 30 seconds a harness). Fails on any test failure, any
# sanitizer report (also from a CLI the tests start, whatever its exit code) or finding.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
(cd build && ctest --output-on-failure -j2)

bash scripts/build.sh asan
reports="$PWD/build-asan/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
status=0
(cd build-asan && ctest --output-on-failure -j2) || status=$?
if [ -n "$(ls -A "$reports")" ]; then
  cat "$reports"/* >&2
  echo "test: the sanitizers reported the above (build-asan)" >&2
  status=1
fi
[ "$status" -eq 0 ] || exit "$status"
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

bash scripts/fuzz.sh 30
# One closing line for whoever reads the log, counting the three stages above (the Release
# suite, the ASan+UBSan suite, the fuzz run); each exits on
# failure (set -e), so reaching here means all passed.
echo "test: 3 passed, 0 failed"
