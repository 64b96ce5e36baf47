#!/usr/bin/env bash
# Counts, over every JD in ../shared/corpus/jd, how many JDs ask for each skill (any level but
# context; hard skills and certifications), and prints the top N as "id<TAB>count".
# Used to choose which skills the question bank must cover (kb/questions/coverage.txt).
#   bash scripts/top_jd_skills.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-150}
corpus=../shared/corpus/jd
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus" "$tmp" <<'PY'
import json, sys, os
corpus, out = sys.argv[1], sys.argv[2]
for fn in ("skillspan_dev_postings.jsonl", "skillspan_train_postings.jsonl"):
    for i, line in enumerate(open(os.path.join(corpus, "skillspan", fn))):
        t = json.loads(line)["text"]
        k = t.find("\nTechnologies\n")
        if k >= 0:
            e = t.find("\n", k + 14)
            t = t[:k + 1] + t[e + 1:]
        open(os.path.join(out, "%s-%d.txt" % (fn.split("_")[1], i + 1)), "w").write(t)
PY
for f in "$corpus"/18f-2015/* "$corpus"/tts-pages/* "$corpus"/synthetic/*.txt "$tmp"/*.txt; do
  case "$f" in *LICENSE*) continue ;; esac
  "${SKILLFIT_BIN:-build/skillfit}" extract --as jd --format json "$f" 2>/dev/null || true
done | python3 -c '
import sys, json, collections
dec = json.JSONDecoder(); s = sys.stdin.read(); i = 0; c = collections.Counter()
while i < len(s):
    while i < len(s) and s[i].isspace(): i += 1
    if i >= len(s): break
    d, i = dec.raw_decode(s, i)
    for sk in d["skills"]:
        if sk["mentions"] and sk["level"] != "context" and sk["kind"] != "soft":
            c[sk["id"]] += 1
for k, v in c.most_common('"$n"'):
    print("%s\t%d" % (k, v))
'
