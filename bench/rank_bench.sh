#!/usr/bin/env bash
# Batch ranking benchmarks, each a ratio measured in this one run:
#   1. skill scanning: `skillfit rank` over N generated text resumes (default 10,000) against
#      `grep -F -i -o -f` with every knowledge-base alias over the same files;
#   2. peak memory of that rank run (GNU time's maximum resident set size);
#   3. PDF batch: `skillfit rank` over the corpus PDFs repeated to 500+ files, --jobs 1 and
#      --jobs 2, against `pdftotext` over the same files one after the other.
# The text timings are the best of three runs each, taken in turns (grep's own time varies by
# half from one run to the next on a shared machine). skillfit runs with its kb cache warm (a
# cache folder of this run's own, filled by a first small run), as every run after a user's
# first does; one more run with the cache off shows what loading the YAML adds.
#   bash bench/rank_bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
bin=build/skillfit
[ -x "$bin" ] || { echo "rank_bench: build first (bash scripts/build.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_resumes.py "$work/cvs" "$n"
python3 bench/kb_aliases.py > "$work/aliases.txt"
jd=samples/jds/sre-devops.txt
export SKILLFIT_CACHE_DIR="$work/cache"
"$bin" rank --jd "$jd" samples/resumes/priya-nair-sre.txt > /dev/null
now() { date +%s.%N; }
min() { echo "if ($1 < $2) $1 else $2" | bc -l; }

# Warm the page cache for both.
cat "$work"/cvs/* > /dev/null
grep_s=999; rank_s=999; rank1_s=999
for round in 1 2 3; do
  t0=$(now); grep -F -i -o -h -f "$work/aliases.txt" -r "$work/cvs" > /dev/null || true; t1=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" rank --jd "$jd" "$work/cvs" --format csv > "$work/rank.csv"
  t2=$(now)
  "$bin" rank --jd "$jd" "$work/cvs" --format csv --jobs 1 > /dev/null; t3=$(now)
  grep_s=$(min "$(echo "$t1 - $t0" | bc -l)" "$grep_s")
  rank_s=$(min "$(echo "$t2 - $t1" | bc -l)" "$rank_s")
  rank1_s=$(min "$(echo "$t3 - $t2" | bc -l)" "$rank1_s")
done
t0=$(now)
SKILLFIT_CACHE_DIR= "$bin" rank --jd "$jd" "$work/cvs" --format csv > /dev/null
cold_s=$(echo "$(now) - $t0" | bc -l)
rows=$(($(wc -l < "$work/rank.csv") - 1))
printf 'text resumes: %d files, %s MB\n' "$rows" "$(du -sm "$work/cvs" | cut -f1)"
printf '  grep -F -i -o -f (%d aliases)   %6.2f s\n' "$(wc -l < "$work/aliases.txt")" "$grep_s"
printf '  skillfit rank, all cores        %6.2f s   ratio to grep %.2f\n' "$rank_s" "$(echo "$rank_s / $grep_s" | bc -l)"
printf '  skillfit rank --jobs 1          %6.2f s   ratio to grep %.2f\n' "$rank1_s" "$(echo "$rank1_s / $grep_s" | bc -l)"
printf '  skillfit rank, kb cache off     %6.2f s   (one run)\n' "$cold_s"
printf '  peak memory of the rank run     %6.1f MB\n' "$(echo "$(cat "$work/rss") / 1024" | bc -l)"

pdfs=()
corpus=../shared/corpus/resumes/pdf
[ -d "$corpus" ] || corpus=samples/resumes/pdf
mapfile -t found < <(find "$corpus" -name '*.pdf' | sort)
while [ ${#pdfs[@]} -lt 500 ]; do pdfs+=("${found[@]}"); done
printf '%s\n' "${pdfs[@]}" > "$work/pdfs.txt"
t0=$(now); for f in "${pdfs[@]}"; do pdftotext "$f" - > /dev/null 2>&1 || true; done; t1=$(now)
"$bin" rank --jd "$jd" --from-list "$work/pdfs.txt" --jobs 1 --format csv > /dev/null 2>&1; t2=$(now)
"$bin" rank --jd "$jd" --from-list "$work/pdfs.txt" --jobs 2 --format csv > /dev/null 2>&1; t3=$(now)
p_s=$(echo "$t1 - $t0" | bc -l); r1=$(echo "$t2 - $t1" | bc -l); r2=$(echo "$t3 - $t2" | bc -l)
printf 'PDF batch: %d files\n' "${#pdfs[@]}"
printf '  pdftotext, one after the other  %6.2f s\n' "$p_s"
printf '  skillfit rank --jobs 1          %6.2f s   ratio to pdftotext %.2f\n' "$r1" "$(echo "$r1 / $p_s" | bc -l)"
printf '  skillfit rank --jobs 2          %6.2f s   ratio to pdftotext %.2f\n' "$r2" "$(echo "$r2 / $p_s" | bc -l)"
