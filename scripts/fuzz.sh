#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz into build-fuzz/ (clang-14, ASan+UBSan) and
# runs each for SECONDS (default 60), seeded from samples/ and tests/data:
#   bash scripts/fuzz.sh [SECONDS]
# Prints a line per harness: executions, edges covered (libFuzzer's final cov:) and
# findings. Exits 1 when any harness found a crash, leak, timeout or out-of-memory input;
# the input is then in build-fuzz/findings/<harness>/ (and its log beside it). Corpora grow
# in build-fuzz/corpus/<harness>/ from run to run; nothing here is meant to be committed.
# Reproduce a finding: build-fuzz/<harness>_fuzz build-fuzz/findings/<harness>/crash-...
# The mutations follow a fixed seed (SKILLFIT_FUZZ_SEED, default 1), so a short run in CI
# walks the same inputs on every machine of one speed; set another seed to explore further.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: fuzz.sh [SECONDS]" >&2; exit 2; }
harnesses=(document extract kb_yaml kb_cache rank_record serve_upload)
out=build-fuzz

bash scripts/setup.sh
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT
if ! { cmake -S . -B "$out" -DSKILLFIT_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
         -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build "$out" -j2; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "fuzz: build failed" >&2
  exit 1
fi

# Seeds, made afresh each run beside the corpora (which libFuzzer extends).
seeds="$out/seeds"
rm -rf "$seeds"
for h in "${harnesses[@]}"; do mkdir -p "$seeds/$h" "$out/corpus/$h" "$out/findings/$h"; done
# document: the first byte picks the loader (see tests/fuzz/document_fuzz.cc).
prefix_copy() {  # PREFIX FILE DEST
  { printf '%s' "$1"; cat "$2"; } >"$3"
}
while IFS= read -r f; do
  name=$(basename "$f")
  case "$f" in
    *.pdf) prefix_copy p "$f" "$seeds/document/p-$name" ;;
    *.docx)
      prefix_copy d "$f" "$seeds/document/d-$name"
      { printf x; python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))' "$f"; } \
        >"$seeds/document/x-$name.xml" ;;
    *.txt)
      prefix_copy t "$f" "$seeds/document/t-$name"
      prefix_copy m "$f" "$seeds/document/m-$name" ;;
  esac
done < <(find samples tests/data -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.txt' \) | sort)
cat >"$seeds/document/j-resume.json" <<'JSON'
j{"basics": {"name": "Ana Ruiz", "label": "Backend engineer", "summary": "Go and PostgreSQL."},
 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03", "endDate": "",
           "highlights": ["Ran Kubernetes on AWS", "Wrote Terraform modules"]}],
 "education": [{"institution": "UPM", "area": "Computer Science", "studyType": "BSc"}],
 "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}]}
JSON
cat >"$seeds/document/m-headings.md" <<'MD'
m# Ana Ruiz
## Experience
**Engineer**, Acme (2019 - Present)
- Ran *Kubernetes* on [AWS](https://aws.amazon.com)
```
kubectl apply -f x.yaml
```
| Skill | Years |
|-------|-------|
| Go    | 5     |
MD
# extract: the sample resumes and JDs as they are.
cp samples/resumes/*.txt samples/jds/*.txt "$seeds/extract/"
# kb_yaml: skill files, good and bad.
cp kb/skills/*.yaml tests/data/bad_kb/*.yaml "$seeds/kb_yaml/"
# kb_cache: no file holds a cache; the harness writes the one its first load makes.
SKILLFIT_FUZZ_SEED_DIR="$seeds/kb_cache" "$out/kb_cache_fuzz" -runs=0 >/dev/null 2>&1
# rank_record: `rank --stream` lines made from the samples.
python3 - "$seeds/rank_record" samples/resumes/*.txt <<'PY'
import json, os, sys
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    text = open(path, encoding="utf-8").read()
    records = [{"id": os.path.basename(path), "text": text}, {"id": i, "path": path},
               {"text": text[:200]}, {"id": None}]
    for j, r in enumerate(records):
        with open(f"{out}/{i}-{j}.jsonl", "w", encoding="utf-8") as f:
            f.write(json.dumps(r))
PY
# serve_upload: forms of `skillfit serve` (see tests/fuzz/serve_upload_fuzz.cc): a call byte,
# then parts "field;filename\ncontent" separated by "\n--\n".
for f in samples/resumes/pdf/alex-chen-backend.pdf samples/resumes/docx/alex-chen-backend.docx \
         samples/resumes/alex-chen-backend.txt; do
  { printf '\0resume;%s\n' "$(basename "$f")"; head -c 4096 "$f"; printf '\n--\njd\n'
    cat samples/jds/backend-engineer.txt; printf '\n--\nlimit\n3'; } >"$seeds/serve_upload/match-$(basename "$f")"
done
printf '\1jd;jd.txt\nGo\n--\nresume;a.txt\nx\n--\nresume;a.txt\ny\n--\nresume;../b.png\n\x89PNG' \
  >"$seeds/serve_upload/rank"
printf '\2document\nPython\n--\nas\njd' >"$seeds/serve_upload/extract"

# Runs, one harness at a time. Temporary folders the harnesses make go under $work.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
failed=0
for h in "${harnesses[@]}"; do
  run_log="$out/findings/$h/last-run.log"
  rc=0
  TMPDIR="$work" "$out/${h}_fuzz" -max_total_time="$seconds" -seed="${SKILLFIT_FUZZ_SEED:-1}" \
    -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/findings/$h/" \
    "$out/corpus/$h" "$seeds/$h" >"$run_log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run_log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$run_log" | tail -1 | sed 's/cov: //')
  findings=$(find "$out/findings/$h" -type f ! -name '*.log' -newer "$log" | sort)
  if [ "$rc" -ne 0 ] || [ -n "$findings" ]; then
    failed=1
    echo "$h: ${execs:-?} executions, cov ${cov:-?}, FOUND (exit $rc): ${findings:-see $run_log}"
  else
    echo "$h: ${execs:-?} executions, cov ${cov:-?}, findings none"
  fi
done
[ "$failed" -eq 0 ] || echo "fuzz: a harness found a problem; the inputs and logs are in $out/findings/" >&2
exit "$failed"
