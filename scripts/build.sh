#!/usr/bin/env bash
# Configures and builds; used by the README's two commands. Prints the compiler's output
# only when the build fails.
#   bash scripts/build.sh          build/        Release
#   bash scripts/build.sh asan     build-asan/   RelWithDebInfo under ASan+UBSan (any finding
#                                  stops the program), jemalloc off: what test.sh runs the
#                                  suite in a second time
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") dir=build; config=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan)
    dir=build-asan
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKILLFIT_JEMALLOC=OFF
            "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined") ;;
  *) echo "usage: build.sh [asan]" >&2; exit 2 ;;
esac
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake -S . -B "$dir" "${config[@]}" && cmake --build "$dir" -j"$(nproc)"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "build: $dir failed" >&2
  exit 1
fi
