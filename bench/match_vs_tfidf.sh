#!/usr/bin/env bash
# One `skillfit match` of a text pair, whole process (knowledge base load included), against
# a Python TF-IDF cosine baseline (scikit-learn, Debian's python3-sklearn) on the same pair.
# Each is run R times (default 20) in this one run; prints the means and the ratio. skillfit
# runs with its kb cache warm (a cache folder of this run's own, filled by a first run), as
# every run after a user's first does, and then with the cache off.
#   bash bench/match_vs_tfidf.sh [R]
set -euo pipefail
cd "$(dirname "$0")/.."
r=${1:-20}
/usr/bin/python3 -c "import sklearn" 2>/dev/null || {
  echo "match_vs_tfidf: needs python3-sklearn (apt-get install python3-sklearn)" >&2; exit 1; }
cv=samples/resumes/priya-nair-sre.txt
jd=samples/jds/sre-devops.txt
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
match() { build/skillfit match --resume "$cv" --jd "$jd" --format json > /dev/null; }
now() { date +%s.%N; }
SKILLFIT_CACHE_DIR="$cache" match
t0=$(now); for _ in $(seq "$r"); do SKILLFIT_CACHE_DIR="$cache" match; done; t1=$(now)
for _ in $(seq "$r"); do SKILLFIT_CACHE_DIR= match; done; t2=$(now)
for _ in $(seq "$r"); do /usr/bin/python3 bench/tfidf_baseline.py "$cv" "$jd" > /dev/null; done; t3=$(now)
s=$(echo "($t1 - $t0) / $r" | bc -l); c=$(echo "($t2 - $t1) / $r" | bc -l)
p=$(echo "($t3 - $t2) / $r" | bc -l)
printf 'skillfit match (whole process), kb cache warm  %6.3f s\n' "$s"
printf 'skillfit match, kb cache off                   %6.3f s\n' "$c"
printf 'TF-IDF cosine (Python, sklearn)                %6.3f s\n' "$p"
printf 'ratio skillfit / TF-IDF                        %6.2f (cache warm), %.2f (off)\n' \
  "$(echo "$s / $p" | bc -l)" "$(echo "$c / $p" | bc -l)"
