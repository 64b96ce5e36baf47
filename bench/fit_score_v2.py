#!/usr/bin/python3
"""Fits score version 2's five weights (required skills, other skills, education, title,
years; engine/include/skillfit/match.h) on the graded pairs of tests/eval/pairs/grades.tsv.

`skillfit match --format json` runs once per pair; its `score_parts` (each part's value 0..1
and whether it is known, unknown or not asked) are all the grid search needs, so no weight
is tried by rerunning the binary.  The grid is coarse (each weight 0, 1, 2 or 3; required
skills at least 1); the best weights maximise Spearman's rho with the grades, ties going to
the higher Kendall tau, then to the grid's first.  The grid is searched twice, with every
weight >= 0 and with every weight >= 1 (every part counted), and the floor whose
leave-one-out rho is higher gives the weights.

Only the pairs of set `fit` are fitted on.  Cross-validation, leave one out: for each of them,
the weights are fitted on the other fit pairs and the left-out pair is scored with them; the
cross-validated rho is Spearman's rho between those left-out scores and the grades.  The pairs
of set `held_out` (graded later, blind) are never fitted on: they are scored once with the
weights fitted on all fit pairs, and their rho is the honest figure.  No weight is tuned on a
single pair.

    bash bench/fit_score_v2.sh [--json-dir DIR]   (DIR keeps the JSON for a rerun)
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.stats import kendalltau, rankdata, spearmanr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pair_grades import posting_file, read_grades  # noqa: E402

PARTS = ("required_skills", "other_skills", "education", "title", "years")
GRID = (0, 1, 2, 3)


def match_json(skillfit, resume, jd_file, cache):
    """The pair's match JSON, from `cache` when a former run left it there."""
    if cache and os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    p = subprocess.run([skillfit, "match", "--resume", resume, "--jd", jd_file, "--format", "json",
                        "--limit", "0"], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("fit_score_v2: %s vs %s: %s" % (resume, jd_file, p.stderr.strip()))
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            f.write(p.stdout)
    return json.loads(p.stdout)


def parts_matrix(docs):
    """values[i][k] and counts[i][k] (1 when part k enters pair i's sums, 0 when not asked)."""
    values = np.zeros((len(docs), len(PARTS)))
    counts = np.zeros((len(docs), len(PARTS)))
    for i, d in enumerate(docs):
        for k, name in enumerate(PARTS):
            part = d["score_parts"][name]
            if part["state"] != "not_asked":
                values[i, k] = part["value"]
                counts[i, k] = 1
    return values, counts


def scores(weights, values, counts):
    """100 x sum(w x part) / sum(w) for every weight row and pair: shape (weights, pairs)."""
    num = weights @ values.T
    den = weights @ counts.T
    return np.where(den > 0, 100 * num / np.where(den > 0, den, 1), 0)


def spearman_rows(s, grades):
    """Spearman's rho of each row of `s` with `grades` (average ranks, as scipy's)."""
    rs = np.apply_along_axis(rankdata, 1, s)
    rg = rankdata(grades)
    rs = rs - rs.mean(axis=1, keepdims=True)
    rg = rg - rg.mean()
    den = np.sqrt((rs ** 2).sum(axis=1) * (rg ** 2).sum())
    return np.where(den > 0, (rs @ rg) / np.where(den > 0, den, 1), -1)


def fit(weights, values, counts, grades, rows):
    """The index of the best weight row on pairs `rows`, and its rho."""
    s = scores(weights, values[rows], counts[rows])
    g = grades[rows]
    rho = spearman_rows(s, g)
    best = np.flatnonzero(rho >= rho.max() - 1e-12)
    if len(best) > 1:
        taus = [kendalltau(s[b], g)[0] for b in best]
        best = best[[t >= max(taus) - 1e-12 for t in taus]]
    return int(best[0]), float(rho.max())


def fit_with_floor(floor, values, counts, grades):
    """The in-sample best weights with every weight >= floor, and the leave-one-out rho:
    (weights, index of the best, leave-one-out rho).  Prints both."""
    weights = np.array([w for w in itertools.product(GRID, repeat=len(PARTS))
                        if w[0] > 0 and min(w) >= floor], dtype=float)
    n = len(grades)
    best, rho = fit(weights, values, counts, grades, np.arange(n))
    s = scores(weights[best:best + 1], values, counts)[0]
    print("weights >= %d (%d vectors): in-sample best %s (%s): rho %.3f  Kendall tau-b %.3f" % (
        floor, len(weights), "/".join("%g" % x for x in weights[best]), "/".join(PARTS), rho,
        kendalltau(s, grades)[0]))
    for g in range(4):
        sel = s[grades == g]
        print("  grade %d: mean %5.1f  min %5.1f  max %5.1f" % (g, sel.mean(), sel.min(), sel.max()))
    held = np.zeros(n)
    chosen = {}
    for i in range(n):
        rows = np.array([k for k in range(n) if k != i])
        b, _ = fit(weights, values, counts, grades, rows)
        held[i] = scores(weights[b:b + 1], values[i:i + 1], counts[i:i + 1])[0, 0]
        key = "/".join("%g" % x for x in weights[b])
        chosen[key] = chosen.get(key, 0) + 1
    loo = spearmanr(held, grades)[0]
    print("  leave-one-out: rho %.3f  Kendall tau-b %.3f  (left-out scores vs grades)" % (
        loo, kendalltau(held, grades)[0]))
    print("  weights chosen across the %d folds: %s" % (
        n, ", ".join("%s x%d" % (k, c) for k, c in sorted(chosen.items(), key=lambda kc: -kc[1]))))
    return weights, best, loo


def report_held_out(docs, weights, values, counts, grades):
    """The held-out pairs' rho with the weights fitted on the fit set, and with the binary's."""
    s = scores(weights[None, :], values, counts)[0]
    print("held-out: %d pairs; weights fitted on the fit set %s: rho %.3f  Kendall tau-b %.3f" % (
        len(grades), "/".join("%g" % x for x in weights), spearmanr(s, grades)[0],
        kendalltau(s, grades)[0]))
    shipped = [d["score"] for d in docs]
    v1 = [d["score_parts"]["score_v1"] for d in docs]
    print("  as built: rho %.3f  Kendall %.3f;  score v1: rho %.3f  Kendall %.3f" % (
        spearmanr(shipped, grades)[0], kendalltau(shipped, grades)[0],
        spearmanr(v1, grades)[0], kendalltau(v1, grades)[0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skillfit", default="build/skillfit")
    ap.add_argument("--grades", default="tests/eval/pairs/grades.tsv")
    ap.add_argument("--json-dir", default="", help="keep (and reuse) each pair's match JSON here")
    ap.add_argument("--min-weight", type=int, default=-1,
                    help="each weight at least this (0 or 1); by default the floor with the "
                         "better leave-one-out rho")
    args = ap.parse_args()
    pairs = read_grades(args.grades)
    if args.json_dir:
        os.makedirs(args.json_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        docs = [match_json(args.skillfit, r, posting_file(j, work),
                           os.path.join(args.json_dir, "%02d.json" % i) if args.json_dir else "")
                for i, (r, j, _, _, _) in enumerate(pairs)]
    held_out = np.array([p[4] == "held_out" for p in pairs])
    grades_all = np.array([p[2] for p in pairs], dtype=float)
    values_all, counts_all = parts_matrix(docs)
    all_docs = docs
    docs = [d for d, h in zip(docs, held_out) if not h]
    grades, values, counts = grades_all[~held_out], values_all[~held_out], counts_all[~held_out]
    n = len(docs)
    v1 = [d["score_parts"]["score_v1"] for d in docs]
    shipped = [d["score"] for d in docs]
    print("fit set: %d pairs; each weight in %s, required skills >= 1" % (n, GRID))
    print("score v1:              Spearman rho %.3f  Kendall tau-b %.3f" % (spearmanr(v1, grades)[0], kendalltau(v1, grades)[0]))
    if docs[0]["score_version"] == "2":
        w = docs[0]["formula"]["weights"]
        print("score v2 as built %s: rho %.3f  Kendall %.3f" % (
            "/".join("%g" % w[p] for p in PARTS), spearmanr(shipped, grades)[0], kendalltau(shipped, grades)[0]))
    # The grid's floor (every weight >= 0, or >= 1: every part counted) is the one with the
    # better leave-one-out rho (that rho, picked among two, flatters it a little; the
    # held-out pairs do not take part in the choice); --min-weight fixes it.
    floors = [args.min_weight] if args.min_weight >= 0 else [0, 1]
    results = [fit_with_floor(f, values, counts, grades) for f in floors]
    k = max(range(len(floors)), key=lambda i: results[i][2])
    weights, best = results[k][:2]
    print("chosen: weights >= %d, %s" % (floors[k], "/".join("%g" % x for x in weights[best])))
    if held_out.any():
        report_held_out([d for d, h in zip(all_docs, held_out) if h], weights[best],
                        values_all[held_out], counts_all[held_out], grades_all[held_out])
    return 0


if __name__ == "__main__":
    sys.exit(main())
