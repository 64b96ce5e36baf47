#!/usr/bin/env python3
"""Lists the kb's `related:` edges as a worklist for an audit (kb/README.md, "Related skills:
siblings only"): one line per edge, each edge once whichever side declares it.

Columns (tab-separated): category, id and name of one side; category, id and name of the
other; `same` or `cross` category; `PARENT` when one of the two implies the other (through
`implies`, transitively), which the rule forbids; the file and skill that declare the edge.
Totals and any related id that names no skill go to standard error.

    python3 scripts/related_edges.py [KB_DIR] > edges.tsv      # KB_DIR: kb
"""
import collections
import glob
import os
import sys

import yaml


def load_skills(kb_dir):
    skills = {}
    for path in sorted(glob.glob(os.path.join(kb_dir, "skills", "*.yaml"))):
        with open(path) as f:
            for s in yaml.safe_load(f)["skills"]:
                s["_file"] = os.path.basename(path)
                skills[s["id"]] = s
    return skills


def implied_closure(skills):
    def up(i, seen):
        for j in skills[i].get("implies") or []:
            if j in skills and j not in seen:
                seen.add(j)
                up(j, seen)
        return seen
    return {i: up(i, set()) for i in skills}


def main():
    kb_dir = sys.argv[1] if len(sys.argv) > 1 else "kb"
    skills = load_skills(kb_dir)
    ups = implied_closure(skills)
    edges = collections.OrderedDict()  # sorted pair -> (declaring skill, related id)
    declared = collections.Counter()
    dangling = []
    for i, s in skills.items():
        for r in s.get("related") or []:
            if r not in skills:
                dangling.append("%s -> %s" % (i, r))
                continue
            pair = tuple(sorted((i, r)))
            declared[pair] += 1
            edges.setdefault(pair, (i, r))
    for (a, b), (i, _) in edges.items():
        x, y = skills[a], skills[b]
        parent = "PARENT" if b in ups[a] or a in ups[b] else ""
        same = "same" if x["category"] == y["category"] else "cross"
        print("\t".join([x["category"], a, x["name"], y["category"], b, y["name"], same, parent,
                         skills[i]["_file"] + ":" + i]))
    print("skills %d, edges %d (declared %d times; %d on both sides), dangling: %s" % (
        len(skills), len(edges), sum(declared.values()),
        sum(1 for p in declared if declared[p] > 1), ", ".join(dangling) or "none"),
        file=sys.stderr)


if __name__ == "__main__":
    main()
