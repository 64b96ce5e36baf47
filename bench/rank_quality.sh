#!/usr/bin/env bash
# Ranking quality on real resumes: MAP and NDCG@10 of `skillfit rank` against TF-IDF cosine
# (bench/tfidf_baseline.py) and BM25, for the postings of tests/eval/rank/postings.tsv over the
# resumes of tests/eval/rank/families.tsv (relevance rules: tests/eval/rank/README.md). Prints
# a row per posting and per career family, the overall and non-software means, the ratios
# skillfit/TF-IDF, and the floor (skillfit's MAP >= TF-IDF's on every family with 3+ resumes).
# Needs ../shared/corpus and Debian's python3-sklearn.
#   bash bench/rank_quality.sh [--floor] [--show N] [--score-version 1|2]
#     --floor   exit 1 when the floor fails;  --show N   print each ranker's top N per posting;
#     --score-version N   rank by skillfit's score version N (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/eval_env.sh
eval_env rank_quality sklearn
exec /usr/bin/python3 bench/rank_quality.py --skillfit "$bin" "$@"
