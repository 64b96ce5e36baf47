#!/usr/bin/env bash
# Start-up benchmarks (issue 18), whole processes, each figure from this one run:
#   1. `skillfit match` of a text pair with the kb cache warm: the median of R runs, and its
#      ratio to a TF-IDF cosine baseline (bench/tfidf_baseline.py, Debian's python3-sklearn)
#      on the same pair, the median of R runs in turns with it;
#   2. `skillfit kb search` of one term, cache warm;
#   3. a cold start: the same match with the cache off (SKILLFIT_CACHE_DIR=), so the YAML is
#      read and the matcher built;
#   4. the peak resident memory of one warm match (GNU time's maximum resident set size).
# Each line says its target. With EXTRA_SKILLS=N, every command also gets a --kb folder of N
# generated skills (a name and five aliases each, spelled so that none is a real skill's: "gs1"
# is GS1, the barcode standard), made for this run and removed after: what a larger kb costs
# (EXTRA_SKILLS=3300 adds 3,300 skills and 19,800 spellings to the shipped kb's 2,873 skills).
#   bash bench/startup.sh [R]            R runs of each (default 21)
#   EXTRA_SKILLS=3300 bash bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
r=${1:-21}
bin=build/skillfit
[ -x "$bin" ] || { echo "startup: build first (bash scripts/build.sh)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "startup: needs GNU time (apt-get install time)" >&2; exit 1; }
/usr/bin/python3 -c "import sklearn" 2>/dev/null || {
  echo "startup: needs python3-sklearn (apt-get install python3-sklearn)" >&2; exit 1; }
cv=samples/resumes/priya-nair-sre.txt
jd=samples/jds/sre-devops.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLFIT_TODAY=2026-11

kb_args=()
if [ "${EXTRA_SKILLS:-0}" -gt 0 ]; then
  mkdir "$work/extra"
  { echo "skills:"
    for i in $(seq "$EXTRA_SKILLS"); do
      echo "  - {id: gen-skill-$i, name: Gen Skill $i, category: devops, kind: hard,"
      echo "     description: a generated skill, aliases: [gen tool $i, gt$i x, gsx$i, gen $i kit, gkx$i]}"
    done; } > "$work/extra/generated.yaml"
  kb_args=(--kb "$work/extra")
fi

# Milliseconds a command takes, whole process. The clock is bash's own $EPOCHREALTIME (bash
# 5), read without starting a process: $(date +%s%N) on each side started two more, and on
# this machine starting one takes 3-5 ms, which every figure here carried.
ms() {
  local t0 t1
  t0=${EPOCHREALTIME/[.,]/}
  "$@" > /dev/null
  t1=${EPOCHREALTIME/[.,]/}
  echo $(( (t1 - t0) / 1000 ))
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

match=("$bin" match --resume "$cv" --jd "$jd" --format json "${kb_args[@]}")
search=("$bin" kb search kubernetes "${kb_args[@]}")
warm="$work/cache"
SKILLFIT_CACHE_DIR="$warm" "${match[@]}" > /dev/null  # fills the cache
: > "$work/match"; : > "$work/tfidf"; : > "$work/search"; : > "$work/cold"
for _ in $(seq "$r"); do
  SKILLFIT_CACHE_DIR="$warm" ms "${match[@]}" >> "$work/match"
  ms /usr/bin/python3 bench/tfidf_baseline.py "$cv" "$jd" >> "$work/tfidf"
  SKILLFIT_CACHE_DIR="$warm" ms "${search[@]}" >> "$work/search"
  SKILLFIT_CACHE_DIR= ms "${match[@]}" >> "$work/cold"
done
m=$(median < "$work/match"); p=$(median < "$work/tfidf")
s=$(median < "$work/search"); c=$(median < "$work/cold")
rss=$(SKILLFIT_CACHE_DIR="$warm" /usr/bin/time -f %M "${match[@]}" 2>&1 > /dev/null | tail -1)
kb_skills=$(SKILLFIT_CACHE_DIR="$warm" "$bin" kb stats --format json "${kb_args[@]}" |
  /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["skills"])')
echo "kb: $kb_skills skills; medians of $r runs"
printf 'match, cache warm           %5d ms   (target <= 40 ms)\n' "$m"
printf 'TF-IDF cosine (sklearn)     %5d ms\n' "$p"
printf 'ratio match / TF-IDF        %5.3f     (target <= 0.033, 1/30)\n' "$(echo "$m / $p" | bc -l)"
printf 'kb search, cache warm       %5d ms   (target <= 20 ms)\n' "$s"
printf 'match, cold (no cache)      %5d ms   (target <= 400 ms)\n' "$c"
printf 'peak RSS of a warm match    %5.1f MB  (target <= 20 MB)\n' "$(echo "$rss / 1024" | bc -l)"
