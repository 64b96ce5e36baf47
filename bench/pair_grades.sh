#!/usr/bin/env bash
# Rank correlation between skillfit's match score and our 0-3 fit grades of resume/posting
# pairs (tests/eval/pairs/grades.tsv; rules in tests/eval/pairs/README.md): Spearman's rho,
# Kendall's tau and the pairs where the two orders disagree most. Target: rho >= 0.8.
# Needs ../shared/corpus and Debian's python3-scipy.
#   bash bench/pair_grades.sh [--worst N]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SKILLFIT:-build/skillfit}
[ -x "$bin" ] || { echo "pair_grades: build first (bash scripts/build.sh)" >&2; exit 1; }
[ -d ../shared/corpus/resumes ] || {
  echo "pair_grades: ../shared/corpus not found; most pairs read from it" >&2; exit 1; }
/usr/bin/python3 -c "import scipy" 2>/dev/null || {
  echo "pair_grades: needs python3-scipy (apt-get install python3-scipy)" >&2; exit 1; }
exec /usr/bin/python3 bench/pair_grades.py --skillfit "$bin" "$@"
