#!/usr/bin/env bash
# Agreement of skillfit's skill verdicts with our labels (tests/eval/verdicts/; rules in its
# README.md): the share of labelled (pair, skill) rows where the engine gives the label, for the
# tune and sealed halves (tune2 with --half tune2), and a confusion table. Target (issue 15): >= 90%.
# Needs ../shared/corpus and Debian's python3-scipy (through bench/pair_grades.py).
#   bash bench/verdict_agreement.sh [--half tune|tune2|sealed] [--tune-rows] [--list tune|tune2|sealed] [--pairs FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/eval_env.sh
eval_env verdict_agreement scipy
exec /usr/bin/python3 bench/verdict_agreement.py --skillfit "$bin" "$@"
