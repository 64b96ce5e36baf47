#!/usr/bin/python3
"""Ranking quality on real resumes: MAP and NDCG@10 of `skillfit rank`, TF-IDF cosine and
BM25, per posting, per career family and overall.  Run through bench/rank_quality.sh.

Every resume is read once by `skillfit text`; the three rankers all score that same text
(skillfit ranks the extracted .txt files). The resume list with each one's career family is
tests/eval/rank/families.tsv, the postings tests/eval/rank/postings.tsv; relevance rules are in
tests/eval/rank/README.md:
  MAP      binary: a resume is relevant when its family is the posting's family;
  NDCG@10  graded: gain 2 for the same family, 1 when the posting's family is in the resume's
           `also` column, else 0.
Equal scores are ordered by a hash of the resume's path, the same for every ranker, so no
ranker gains from the order of the list.
"""
import argparse
import collections
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tfidf_baseline  # noqa: E402  (the pairwise TF-IDF cosine, shared with other benches)
from eval_tsv import read_tsv  # noqa: E402
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: E402

Resume = collections.namedtuple("Resume", "path family also")
Posting = collections.namedtuple("Posting", "path line family title")
RANKERS = ("skillfit", "tfidf", "bm25")
SOFTWARE = "software"
FLOOR_MIN_RESUMES = 3


def load_resumes(path):
    return [Resume(r["path"], r["family"], set() if r["also"] == "-" else set(r["also"].split(",")))
            for r in read_tsv(path)]


def load_postings(path):
    return [Posting(r["path"], None if r["line"] == "-" else int(r["line"]), r["family"], r["title"])
            for r in read_tsv(path)]


def run(cmd):
    """Standard output of a command; exits with its error if it fails."""
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("rank_quality: %s: %s" % (" ".join(cmd), p.stderr.strip()))
    return p.stdout


def extract_texts(skillfit, resumes, postings, work):
    """Writes each resume's and posting's text (as `skillfit text` reads it) under work/.
    Returns the resume text files, and per posting (the file skillfit reads, its text)."""
    os.makedirs(os.path.join(work, "cv"))
    os.makedirs(os.path.join(work, "jd"))
    cv_files = []
    for i, r in enumerate(resumes):
        out = os.path.join(work, "cv", "%03d.txt" % i)
        with open(out, "w", encoding="utf-8") as f:
            f.write(run([skillfit, "text", r.path]))
        cv_files.append(out)
    jds = []
    for i, p in enumerate(postings):
        src = p.path
        if p.line is not None:  # a SkillSpan posting: the "text" field of one JSON line
            with open(p.path, encoding="utf-8") as f:
                text = json.loads(f.readlines()[p.line - 1])["text"]
            src = os.path.join(work, "jd", "%02d.txt" % i)
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
        jds.append((src, run([skillfit, "text", src])))
    return cv_files, jds


def skillfit_scores(skillfit, jd_file, cv_files, score_version=""):
    version = ["--score-version", score_version] if score_version else []
    out = json.loads(run([skillfit, "rank", "--jd", jd_file, "--format", "json", "--jobs", "2"]
                         + version + cv_files))
    by_id = {row["id"]: row["score"] for row in out["rows"]}
    return [by_id[f] for f in cv_files]


def tokens(text):
    return [t for t in re.findall(r"\b\w\w+\b", text.lower()) if t not in ENGLISH_STOP_WORDS]


def bm25_scores(jd_text, cv_texts, k1=1.2, b=0.75):
    """Okapi BM25 of every resume for the posting's words as the query (each occurrence in
    the posting counts, so a word the posting repeats weighs more); IDF from the resumes."""
    docs = [collections.Counter(tokens(t)) for t in cv_texts]
    lengths = [sum(d.values()) for d in docs]
    avg = sum(lengths) / len(docs)
    df = collections.Counter(w for d in docs for w in d)
    n = len(docs)
    idf = {w: math.log((n - c + 0.5) / (c + 0.5) + 1) for w, c in df.items()}
    query = collections.Counter(tokens(jd_text))
    scores = []
    for d, length in zip(docs, lengths):
        s = 0.0
        for w, qtf in query.items():
            tf = d.get(w, 0)
            if tf:
                s += qtf * idf[w] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg))
        scores.append(s)
    return scores


def order(scores, resumes):
    """Resume indexes best first; equal scores by a hash of the path (the same for all)."""
    tie = [hashlib.sha1(r.path.encode()).hexdigest() for r in resumes]
    return sorted(range(len(resumes)), key=lambda i: (-scores[i], tie[i]))


def gain(resume, family):
    return 2 if resume.family == family else 1 if family in resume.also else 0


def average_precision(ranked, resumes, family):
    hits, total = 0, 0.0
    for k, i in enumerate(ranked, 1):
        if resumes[i].family == family:
            hits += 1
            total += hits / k
    relevant = sum(r.family == family for r in resumes)
    return total / relevant


def ndcg_at(ranked, resumes, family, k=10):
    dcg = sum(gain(resumes[i], family) / math.log2(pos + 2) for pos, i in enumerate(ranked[:k]))
    ideal = sorted((gain(r, family) for r in resumes), reverse=True)[:k]
    idcg = sum(g / math.log2(pos + 2) for pos, g in enumerate(ideal))
    return dcg / idcg


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def ratio(a, b):
    return a / b if b else float("inf")


def evaluate(args):
    resumes = load_resumes(args.families)
    postings = load_postings(args.postings)
    family_size = collections.Counter(r.family for r in resumes)
    for p in postings:
        if family_size[p.family] == 0:
            sys.exit("%s: posting family '%s' has no resume" % (p.path, p.family))
    with tempfile.TemporaryDirectory() as work:
        cv_files, jds = extract_texts(args.skillfit, resumes, postings, work)
        cv_texts = [open(f, encoding="utf-8").read() for f in cv_files]
        results = []  # per posting: {ranker: (AP, NDCG@10, ranked)}
        for (jd_file, jd_text), p in zip(jds, postings):
            scores = {
                "skillfit": skillfit_scores(args.skillfit, jd_file, cv_files, args.score_version),
                "tfidf": [tfidf_baseline.score(t, jd_text) for t in cv_texts],
                "bm25": bm25_scores(jd_text, cv_texts),
            }
            row = {}
            for name in RANKERS:
                ranked = order(scores[name], resumes)
                row[name] = (average_precision(ranked, resumes, p.family),
                             ndcg_at(ranked, resumes, p.family), ranked, scores[name])
            results.append(row)
    return resumes, postings, family_size, results


def print_table(resumes, postings, family_size, results):
    head = "%-34s %-16s %3s  " + "  ".join(["%-13s"] * 3)
    print(head % ("posting", "family", "rel", "skillfit", "tfidf", "bm25"))
    print(head % ("", "", "", *["MAP   NDCG10"] * 3))
    line = "%-34s %-16s %3d  " + "  ".join(["%.3f %.3f  "] * 3)
    for p, row in zip(postings, results):
        name = os.path.basename(p.path) + ("#%d" % p.line if p.line else "")
        print(line % (name[:34], p.family, family_size[p.family],
                      *[v for r in RANKERS for v in row[r][:2]]))
    print()
    groups = collections.OrderedDict()
    for p, row in zip(postings, results):
        groups.setdefault(p.family, []).append(row)
    summary = {}
    print(head % ("family (mean over its postings)", "postings", "rel", "skillfit", "tfidf", "bm25"))
    for fam, rows in groups.items():
        summary[fam] = {r: (mean([x[r][0] for x in rows]), mean([x[r][1] for x in rows]))
                        for r in RANKERS}
        print(line % (fam, str(len(rows)), family_size[fam],
                      *[v for r in RANKERS for v in summary[fam][r]]))
    overall = {r: (mean([x[r][0] for x in results]), mean([x[r][1] for x in results]))
               for r in RANKERS}
    nonsw = [x for p, x in zip(postings, results) if p.family != SOFTWARE]
    non_software = {r: (mean([x[r][0] for x in nonsw]), mean([x[r][1] for x in nonsw]))
                    for r in RANKERS}
    print(line % ("OVERALL", str(len(results)), len(resumes),
                  *[v for r in RANKERS for v in overall[r]]))
    print(line % ("NON-SOFTWARE", str(len(nonsw)), len(resumes) - family_size[SOFTWARE],
                  *[v for r in RANKERS for v in non_software[r]]))
    print()
    for label, s in (("overall", overall), ("non-software", non_software)):
        print("MAP ratio skillfit/TF-IDF %-13s %.2f  (target %s)   skillfit/BM25 %.2f" % (
            label, ratio(s["skillfit"][0], s["tfidf"][0]),
            ">= 1.3" if label == "overall" else ">= 1.0", ratio(s["skillfit"][0], s["bm25"][0])))
    return summary


def check_floor(summary, family_size):
    """skillfit's MAP >= TF-IDF's on every family with FLOOR_MIN_RESUMES or more resumes."""
    ok = True
    print()
    for fam, s in summary.items():
        if family_size[fam] < FLOOR_MIN_RESUMES:
            continue
        passed = s["skillfit"][0] >= s["tfidf"][0]
        ok = ok and passed
        print("floor %-12s skillfit MAP %.3f %s TF-IDF MAP %.3f  %s" % (
            fam, s["skillfit"][0], ">=" if passed else "<", s["tfidf"][0],
            "ok" if passed else "FAILS"))
    return ok


def show_rankings(resumes, postings, results, top):
    """The top of each ranker's list per posting, to read why a ranking is good or bad."""
    for p, row in zip(postings, results):
        print("\n== %s%s (%s)" % (p.path, "#%d" % p.line if p.line else "", p.family))
        for name in RANKERS:
            ranked, scores = row[name][2], row[name][3]
            cells = ["%s%s %.1f" % ("*" if resumes[i].family == p.family else
                                    "+" if p.family in resumes[i].also else "",
                                    short(resumes[i].path), scores[i]) for i in ranked[:top]]
            print("  %-8s %s" % (name, ", ".join(cells)))
            pos = [k for k, i in enumerate(ranked, 1) if resumes[i].family == p.family]
            print("  %-8s relevant at ranks %s" % ("", pos))


def short(path):
    base = os.path.basename(path)
    return re.sub(r"\.(pdf|txt|json)$", "", base)[:22]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skillfit", default="build/skillfit")
    ap.add_argument("--families", default="tests/eval/rank/families.tsv")
    ap.add_argument("--postings", default="tests/eval/rank/postings.tsv")
    ap.add_argument("--floor", action="store_true",
                    help="exit 1 unless skillfit's MAP >= TF-IDF's on every family with 3+ resumes")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="also print each ranker's top N per posting")
    ap.add_argument("--score-version", default="", metavar="N",
                    help="rank by skillfit's score version N (default: the binary's, 2)")
    args = ap.parse_args()
    resumes, postings, family_size, results = evaluate(args)
    summary = print_table(resumes, postings, family_size, results)
    ok = check_floor(summary, family_size)
    if args.show:
        show_rankings(resumes, postings, results, args.show)
    return 0 if ok or not args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
