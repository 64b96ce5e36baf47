#!/usr/bin/env bash
# Fits score version 2's weights on the `fit` pairs of tests/eval/pairs/grades.tsv by a coarse
# grid (floor 0 or 1, chosen by leave-one-out cross-validation), and prints v1's and v2's rank
# correlations with the grades: in-sample, cross-validated, and on the `held_out` pairs. Needs ../shared/corpus and Debian's python3-scipy.
#   bash bench/fit_score_v2.sh [--json-dir DIR] [--min-weight 0|1]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/eval_env.sh
eval_env fit_score_v2 scipy
exec /usr/bin/python3 bench/fit_score_v2.py --skillfit "$bin" "$@"
