#!/usr/bin/python3
"""How often skillfit's skill verdicts equal a careful recruiter's: the share of labelled
(pair, skill) rows of tests/eval/verdicts/ where `skillfit match --format json` gives the
label, for each half apart (tune, sealed; tune2 with --half tune2), and a confusion table
(label x engine).
Run through bench/verdict_agreement.sh.  Labelling rules: tests/eval/verdicts/README.md.

The engine's verdict of a skill is its evidence label (strong, weak, related, missing), or
"not_asked" when it reads the skill at the context level (asked for nothing); a labelled
skill the engine no longer reports is "absent", which agrees only with a not_asked label.

--list SPLIT prints, for labelling, only the skills each pair's JD asks and their levels and
JD lines: never the verdicts or the resume lines behind them.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

from pair_grades import posting_file
from eval_tsv import read_tsv

LABELS = ("strong", "weak", "related", "missing", "not_asked")
ENGINE = LABELS + ("absent",)
SPLITS = ("tune", "tune2", "sealed")
# The halves whose disagreeing rows may be read while fixing the matcher.
TUNABLE = ("tune", "tune2")
# Measured when --half is not given (tune2 came later and is reported on its own).
DEFAULT_HALVES = ("tune", "sealed")
DIR = "tests/eval/verdicts"


def match(skillfit, resume, jd, work):
    jd_file = posting_file(jd, work)
    # Today is fixed at the month the labels were written (recency and years depend on it).
    env = dict(os.environ, SKILLFIT_TODAY=os.environ.get("SKILLFIT_TODAY", "2026-12"))
    p = subprocess.run([skillfit, "match", "--resume", resume, "--jd", jd_file, "--format", "json"],
                       capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit("verdict_agreement: %s vs %s: %s" % (resume, jd, p.stderr.strip()))
    return json.loads(p.stdout)


def engine_verdicts(report):
    """skill id -> the engine's verdict (LABELS vocabulary)."""
    return {s["id"]: ("not_asked" if s["level"] == "context" else s["evidence"])
            for s in report["skills"]}


def list_asked(skillfit, pairs, work):
    """For labelling: each pair's asked skills, levels and JD lines; no verdicts."""
    for p in pairs:
        report = match(skillfit, p["resume"], p["jd"], work)
        print("== %s  %s\n   resume %s\n   jd     %s" % (p["split"], p["label_file"], p["resume"], p["jd"]))
        for s in report["skills"]:
            lines = " | ".join(l["text"].strip()[:90] for l in s["jd_lines"][:2])
            print("   %-28s %-14s %s" % (s["id"], s["level"], lines))


def measure(skillfit, pairs, work, show_rows, halves):
    conf = {sp: collections.Counter() for sp in SPLITS}
    unlabelled = collections.Counter()
    for p in pairs:
        labels = read_tsv(os.path.join(DIR, p["label_file"]))
        engine = engine_verdicts(match(skillfit, p["resume"], p["jd"], work))
        for row in labels:
            if row["label"] not in LABELS:
                sys.exit("%s: skill %s: label %r is not one of %s" % (
                    p["label_file"], row["skill"], row["label"], ", ".join(LABELS)))
            got = engine.get(row["skill"], "absent")
            conf[p["split"]][(row["label"], got)] += 1
            agree = got == row["label"] or (got == "absent" and row["label"] == "not_asked")
            if show_rows and p["split"] in TUNABLE and not agree:
                print("  %-40s %-26s label %-9s engine %-9s %s" % (
                    p["label_file"], row["skill"], row["label"], got, row["reason"]))
        unlabelled[p["split"]] += len(set(engine) - {r["skill"] for r in labels})
    for sp in halves:
        report_split(sp, conf[sp], unlabelled[sp])


def report_split(split, conf, unlabelled):
    total = sum(conf.values())
    agree = sum(n for (l, e), n in conf.items() if l == e or (l == "not_asked" and e == "absent"))
    print("\n%s: agreement %.1f%% (%d of %d labelled rows); engine skills without a label: %d" % (
        split, 100.0 * agree / max(total, 1), agree, total, unlabelled))
    print("  %-10s" % "label\\eng" + "".join("%10s" % e for e in ENGINE))
    for l in LABELS:
        print("  %-10s" % l + "".join("%10d" % conf[(l, e)] for e in ENGINE))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skillfit", default="build/skillfit")
    ap.add_argument("--list", choices=SPLITS, help="print the asked skills of a half, for labelling")
    ap.add_argument("--tune-rows", action="store_true",
                    help="print the disagreeing rows of the tune and tune2 halves measured")
    ap.add_argument("--half", choices=SPLITS, help="measure one half only (while fixing: tune or tune2)")
    ap.add_argument("--pairs", default=os.path.join(DIR, "pairs.tsv"),
                    help="the pairs table (default: the whole set); label files are read from " + DIR)
    args = ap.parse_args()
    pairs = read_tsv(args.pairs)
    with tempfile.TemporaryDirectory() as work:
        if args.list:
            list_asked(args.skillfit, [p for p in pairs if p["split"] == args.list], work)
        else:
            halves = (args.half,) if args.half else DEFAULT_HALVES
            measure(args.skillfit, [p for p in pairs if p["split"] in halves], work, args.tune_rows, halves)
    return 0


if __name__ == "__main__":
    sys.exit(main())
