#!/usr/bin/env bash
# One `skillfit match` of a text pair, whole process (knowledge base load included), against
# a Python TF-IDF cosine baseline (scikit-learn, Debian's python3-sklearn) on the same pair.
# Each is run R times (default 20) in this one run; prints both means and the ratio.
#   bash bench/match_vs_tfidf.sh [R]
set -euo pipefail
cd "$(dirname "$0")/.."
r=${1:-20}
/usr/bin/python3 -c "import sklearn" 2>/dev/null || {
  echo "match_vs_tfidf: needs python3-sklearn (apt-get install python3-sklearn)" >&2; exit 1; }
cv=samples/resumes/priya-nair-sre.txt
jd=samples/jds/sre-devops.txt
now() { date +%s.%N; }
t0=$(now); for _ in $(seq "$r"); do build/skillfit match --resume "$cv" --jd "$jd" --format json > /dev/null; done; t1=$(now)
for _ in $(seq "$r"); do /usr/bin/python3 bench/tfidf_baseline.py "$cv" "$jd" > /dev/null; done; t2=$(now)
s=$(echo "($t1 - $t0) / $r" | bc -l); p=$(echo "($t2 - $t1) / $r" | bc -l)
printf 'skillfit match (whole process)   %6.3f s\n' "$s"
printf 'TF-IDF cosine (Python, sklearn)  %6.3f s\n' "$p"
printf 'ratio skillfit / TF-IDF          %6.2f\n' "$(echo "$s / $p" | bc -l)"
