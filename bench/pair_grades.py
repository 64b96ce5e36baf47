#!/usr/bin/python3
"""How well skillfit's match score orders our graded resume/posting pairs: Spearman's rank
correlation and Kendall's tau between `skillfit match --format json`'s score and the 0-3 fit
grades of tests/eval/pairs/grades.tsv, and the pairs where the two disagree most.
Run through bench/pair_grades.sh.  Grading rules: tests/eval/pairs/README.md.

A posting path of the form FILE.jsonl#N is line N (1-based) of a SkillSpan file, whose "text"
field is written to a temporary file for skillfit to read.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from scipy.stats import kendalltau, rankdata, spearmanr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_tsv import read_tsv  # noqa: E402


def read_grades(path):
    """(resume, jd, grade, reason, set) rows; '#' lines and the header skipped.  `set` is `fit`
    (the pairs the weights are fitted on) or `held_out` (graded later, never fitted on)."""
    rows = []
    for n, row in enumerate(read_tsv(path), 2):
        if row["grade"] not in ("0", "1", "2", "3") or row["set"] not in ("fit", "held_out"):
            sys.exit("%s: row %d: expected grade 0-3 and set fit or held_out" % (path, n))
        rows.append((row["resume"], row["jd"], int(row["grade"]), row["reason"], row["set"]))
    return rows


def posting_file(jd, work):
    """The file skillfit reads for a posting: the path itself, or a SkillSpan line's text."""
    if "#" not in jd:
        return jd
    path, line = jd.rsplit("#", 1)
    with open(path, encoding="utf-8") as f:
        text = json.loads(f.readlines()[int(line) - 1])["text"]
    out = os.path.join(work, "%s-%s.txt" % (os.path.basename(path), line))
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return out


def match_score(skillfit, resume, jd_file, score_version=""):
    version = ["--score-version", score_version] if score_version else []
    p = subprocess.run([skillfit, "match", "--resume", resume, "--jd", jd_file, "--format", "json",
                        "--limit", "0"] + version, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("pair_grades: %s vs %s: %s" % (resume, jd_file, p.stderr.strip()))
    return json.loads(p.stdout)["score"]


def short(path):
    return os.path.basename(path.split("#")[0]).rsplit(".", 1)[0][:28] + (
        "#" + path.split("#")[1] if "#" in path else "")


def report(name, scores, grades):
    """Spearman's rho, Kendall's tau and the score range per grade of one set of pairs."""
    rho, rho_p = spearmanr(scores, grades)
    tau, tau_p = kendalltau(scores, grades)
    print("%s: %d pairs; grades 0/1/2/3: %s" % (
        name, len(grades), "/".join(str(grades.count(g)) for g in range(4))))
    for g in range(4):
        s = [x for x, y in zip(scores, grades) if y == g]
        if s:
            print("  grade %d: score mean %5.1f, min %5.1f, max %5.1f" % (g, sum(s) / len(s), min(s), max(s)))
    print("  Spearman rho %.3f (p %.2g)   Kendall tau-b %.3f (p %.2g)   target rho >= 0.8" % (
        rho, rho_p, tau, tau_p))


def print_worst(rows, scores, count):
    """The pairs whose place by score is furthest from their place by grade (average ranks)."""
    n = len(rows)
    grades = [row[2] for row in rows]
    by_score = (rankdata(scores) - 1) / (n - 1)
    by_grade = (rankdata(grades) - 1) / (n - 1)
    worst = sorted(range(n), key=lambda i: -abs(by_score[i] - by_grade[i]))[:count]
    print("\nwhere score and grade disagree most (place 0 = worst, 1 = best):")
    for i in worst:
        r, j, g, reason, _ = rows[i]
        print("  grade %d score %5.1f  place by grade %.2f, by score %.2f  %s vs %s\n      %s" % (
            g, scores[i], by_grade[i], by_score[i], short(r), short(j), reason))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skillfit", default="build/skillfit")
    ap.add_argument("--grades", default="tests/eval/pairs/grades.tsv")
    ap.add_argument("--worst", type=int, default=8, help="pairs to list where the orders differ most")
    ap.add_argument("--score-version", default="", metavar="N",
                    help="score by skillfit's score version N (default: the binary's, 2)")
    ap.add_argument("--set", default="fit", choices=("fit", "held_out", "all"),
                    help="the pairs whose disagreements are listed (default: fit, so that the "
                         "held-out pairs are not looked at while the score is changed)")
    args = ap.parse_args()
    rows = read_grades(args.grades)
    with tempfile.TemporaryDirectory() as work:
        scores = [match_score(args.skillfit, r, posting_file(j, work), args.score_version)
                  for r, j, _, _, _ in rows]
    for name in ("all", "fit", "held_out"):
        sel = [i for i, row in enumerate(rows) if name in ("all", row[4])]
        report(name, [scores[i] for i in sel], [rows[i][2] for i in sel])
    sel = [i for i, row in enumerate(rows) if args.set in ("all", row[4])]
    print_worst([rows[i] for i in sel], [scores[i] for i in sel], args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
