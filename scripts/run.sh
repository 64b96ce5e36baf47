#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the main job
# (skillfit match) on a bundled sample. Extra arguments go to `skillfit match`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
if [ $# -eq 0 ]; then
  set -- --resume samples/resumes/priya-nair-sre.txt --jd samples/jds/sre-devops.txt
fi
exec build/skillfit match "$@"
