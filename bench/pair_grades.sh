#!/usr/bin/env bash
# Rank correlation between skillfit's match score and our 0-3 fit grades of resume/posting
# pairs (tests/eval/pairs/grades.tsv; rules in tests/eval/pairs/README.md): Spearman's rho,
# Kendall's tau (of all pairs, the `fit` ones and the `held_out` ones) and the fit pairs where
# the two orders disagree most (--set held_out|all to list others). Target: rho >= 0.8.
# Needs ../shared/corpus and Debian's python3-scipy.
#   bash bench/pair_grades.sh [--worst N] [--score-version 1|2] [--set fit|held_out|all]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/eval_env.sh
eval_env pair_grades scipy
exec /usr/bin/python3 bench/pair_grades.py --skillfit "$bin" "$@"
