#!/usr/bin/env bash
# Rewrites samples/plans/*.json from the current build, for the golden plan test. Read the
# new plans (git diff samples/plans) before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in samples/plans/*.json; do
  resume=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['resume'])" "$f")
  jd=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['jd'])" "$f")
  limit=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['limit'])" "$f")
  SKILLFIT_TODAY=2026-11 build/skillfit questions --resume "$resume" --jd "$jd" --limit "$limit" --format json |
    python3 -c '
import json, sys
d = json.load(sys.stdin)
out = {"resume": sys.argv[1], "jd": sys.argv[2], "limit": int(sys.argv[3]),
       "plan": [{"group": q["group"], "level": q["level"],
                 "question": q["id"] if q["id"] else q["text"][:60]} for q in d["questions"]]}
json.dump(out, open(sys.argv[4], "w"), indent=1, ensure_ascii=False)
' "$resume" "$jd" "$limit" "$f"
done
