#!/usr/bin/env bash
# Configures and builds; used by the README's two commands. Prints the compiler's output
# only when the build fails.
#   bash scripts/build.sh          build/        Release
#   bash scripts/build.sh asan     build-asan/   RelWithDebInfo under ASan+UBSan (any finding
#                                  stops the program), jemalloc off: what test.sh runs the
#                                  suite in a second time. Built by clang-14, which compiles
#                                  the instrumented code two to three times faster than g++
#                                  (tests/education_test.cc: 4.9 s against 14.7 s of CPU),
#                                  so CI's slowest build step shrinks accordingly
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") dir=build; config=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan)
    dir=build-asan
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKILLFIT_JEMALLOC=OFF -DCMAKE_CXX_COMPILER=clang++-14
            "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined") ;;
  *) echo "usage: build.sh [asan]" >&2; exit 2 ;;
esac
# A folder configured by another compiler is configured afresh (CMake refuses the switch).
if [ -f "$dir/CMakeCache.txt" ]; then
  want=$(printf '%s\n' "${config[@]}" | sed -n 's/^-DCMAKE_CXX_COMPILER=//p')
  have=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$dir/CMakeCache.txt")
  if [ -n "$want" ] && [ "$(basename "$have")" != "$want" ]; then rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"; fi
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake -S . -B "$dir" "${config[@]}" && cmake --build "$dir" -j"$(nproc)"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "build: $dir failed" >&2
  exit 1
fi
