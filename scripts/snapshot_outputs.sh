#!/usr/bin/env bash
# Writes what build/skillfit prints for the samples and ../shared/corpus into OUT_DIR, one
# file per command and input, so that a change meant to keep behaviour (a move, a split) can
# be checked byte for byte: run it before and after, then `diff -r BEFORE AFTER`.
#   bash scripts/snapshot_outputs.sh OUT_DIR
# Covers: `text` and `extract --format json` of every sample and corpus document (resumes as
# resumes, postings as JDs); `match --format json` of every sample pair, of every corpus
# resume against each sample JD and of every corpus JD against each sample resume; `match` in
# text, md and html and `questions --format json` of every sample pair; `rank` of the sample
# resumes against each sample JD; `kb stats`. The date is pinned (SKILLFIT_TODAY).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: snapshot_outputs.sh OUT_DIR" >&2; exit 2; }
cd "$(dirname "$0")/.."
out=$(realpath -m "$1")
mkdir -p "$out"
export SKILLFIT_TODAY=2026-11
bin=build/skillfit
corpus=../shared/corpus

mapfile -t sample_resumes < <(find samples/resumes -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.docx' \) | sort)
mapfile -t sample_jds < <(find samples/jds -type f | sort)
mapfile -t corpus_resumes < <(find "$corpus/resumes" -type f \( -name '*.pdf' -o -name '*.json' \) 2>/dev/null | sort)
mapfile -t corpus_jds < <(find "$corpus/jd" -type f \( -iname '*.md' -o -name '*.txt' -o -name '*.pdf' \) 2>/dev/null | sort)

# One job a line: OUTPUT_NAME<TAB>ARGS... (paths quoted for the shell); run two at a time. The exit code is kept with the
# output, so a change in it shows in the diff too.
jobs=$(mktemp)
trap 'rm -f "$jobs"' EXIT
key() { echo "$1" | sed 's|^\.\./shared/||; s|[/ ]|_|g'; }
q() { printf '%q' "$1"; }
for f in "${sample_resumes[@]}" "${corpus_resumes[@]}"; do
  printf '%s\t%s\n' "text.$(key "$f")" "text $(q "$f")" >>"$jobs"
  printf '%s\t%s\n' "extract.$(key "$f")" "extract $(q "$f") --as resume --format json" >>"$jobs"
done
for f in "${sample_jds[@]}" "${corpus_jds[@]}"; do
  printf '%s\t%s\n' "text.$(key "$f")" "text $(q "$f")" >>"$jobs"
  printf '%s\t%s\n' "extract.$(key "$f")" "extract $(q "$f") --as jd --format json" >>"$jobs"
done
for r in "${sample_resumes[@]}"; do
  for j in "${sample_jds[@]}"; do
    k="$(key "$r").$(key "$j")"
    printf '%s\t%s\n' "match.$k.json" "match --resume $(q "$r") --jd $(q "$j") --format json" >>"$jobs"
    printf '%s\t%s\n' "match.$k.txt" "match --resume $(q "$r") --jd $(q "$j")" >>"$jobs"
    printf '%s\t%s\n' "match.$k.md" "match --resume $(q "$r") --jd $(q "$j") --format md" >>"$jobs"
    printf '%s\t%s\n' "match.$k.html" "match --resume $(q "$r") --jd $(q "$j") --format html" >>"$jobs"
    printf '%s\t%s\n' "questions.$k" "questions --resume $(q "$r") --jd $(q "$j") --format json" >>"$jobs"
  done
  for j in "${corpus_jds[@]}"; do
    printf '%s\t%s\n' "match.$(key "$r").$(key "$j")" "match --resume $(q "$r") --jd $(q "$j") --format json" >>"$jobs"
  done
done
for j in "${sample_jds[@]}"; do
  for r in "${corpus_resumes[@]}"; do
    printf '%s\t%s\n' "match.$(key "$r").$(key "$j")" "match --resume $(q "$r") --jd $(q "$j") --format json" >>"$jobs"
  done
  printf '%s\t%s\n' "rank.$(key "$j")" "rank --jd $(q "$j") samples/resumes --format json --jobs 1" >>"$jobs"
done
printf '%s\t%s\n' "kb-stats" "kb stats --format json" >>"$jobs"

export bin out
# shellcheck disable=SC2016
xargs -P 2 -d '\n' -n 1 bash -c '
  name=${0%%$'"'"'\t'"'"'*}; args=${0#*$'"'"'\t'"'"'}
  rc=0; eval "$bin $args" >"$out/$name" 2>"$out/$name.err" || rc=$?
  echo "$rc" >"$out/$name.rc"' <"$jobs"
echo "snapshot: $(wc -l <"$jobs") outputs in $out" >&2
