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


def read_grades(path):
    """(resume, jd, grade, reason) rows; '#' lines and the header skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != 4 or cells[2] not in ("0", "1", "2", "3"):
            sys.exit("%s: row %d: expected resume, jd, grade 0-3, reason" % (path, n))
        rows.append((cells[0], cells[1], int(cells[2]), cells[3]))
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skillfit", default="build/skillfit")
    ap.add_argument("--grades", default="tests/eval/pairs/grades.tsv")
    ap.add_argument("--worst", type=int, default=8, help="pairs to list where the orders differ most")
    ap.add_argument("--score-version", default="", metavar="N",
                    help="score by skillfit's score version N (default: the binary's, 2)")
    args = ap.parse_args()
    rows = read_grades(args.grades)
    with tempfile.TemporaryDirectory() as work:
        scores = [match_score(args.skillfit, r, posting_file(j, work), args.score_version)
                  for r, j, _, _ in rows]
    grades = [g for _, _, g, _ in rows]
    rho, rho_p = spearmanr(scores, grades)
    tau, tau_p = kendalltau(scores, grades)
    print("%d pairs; grades 0/1/2/3: %s" % (len(rows), "/".join(str(grades.count(g)) for g in range(4))))
    for g in range(4):
        s = [x for x, y in zip(scores, grades) if y == g]
        if s:
            print("  grade %d: score mean %5.1f, min %5.1f, max %5.1f" % (g, sum(s) / len(s), min(s), max(s)))
    print("Spearman rho %.3f (p %.2g)   Kendall tau-b %.3f (p %.2g)   target rho >= 0.8" % (
        rho, rho_p, tau, tau_p))
    # Disagreement: the gap between a pair's place by score and by grade (average ranks, 0..1).
    n = len(rows)
    by_score = (rankdata(scores) - 1) / (n - 1)
    by_grade = (rankdata(grades) - 1) / (n - 1)
    worst = sorted(range(n), key=lambda i: -abs(by_score[i] - by_grade[i]))[:args.worst]
    print("\nwhere score and grade disagree most (place 0 = worst, 1 = best):")
    for i in worst:
        r, j, g, reason = rows[i]
        print("  grade %d score %5.1f  place by grade %.2f, by score %.2f  %s vs %s\n      %s" % (
            g, scores[i], by_grade[i], by_score[i], short(r), short(j), reason))
    return 0


if __name__ == "__main__":
    sys.exit(main())
