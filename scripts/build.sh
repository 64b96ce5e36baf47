#!/usr/bin/env bash
# Configures and builds into build/ (Release). Used by the README's two commands.
# Prints the compiler's output only when the build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j"$(nproc)"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "build: failed" >&2
  exit 1
fi
