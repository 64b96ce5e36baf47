#!/usr/bin/env python3
"""Writes N text resumes built from our samples, with variation, for ranking benchmarks.

    python3 bench/make_resumes.py OUT_DIR [N]      (default N = 10000)

Each resume takes the header and sections of one sample, shuffles bullet order, swaps the
dates, drops some bullets and adds skills lines drawn from the other samples, so no two files
are alike and the matcher sees varied text. Deterministic (seeded).
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "samples", "resumes")


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    os.makedirs(out, exist_ok=True)
    texts = [open(os.path.join(SAMPLES, f), encoding="utf-8").read()
             for f in sorted(os.listdir(SAMPLES)) if f.endswith(".txt")]
    bullets = [l for t in texts for l in t.splitlines() if l.startswith(("- ", "• "))]
    skills = [l for t in texts for l in t.splitlines() if ":" in l and "," in l and len(l) < 120]
    rng = random.Random(1234)
    for i in range(n):
        base = texts[i % len(texts)].splitlines()
        lines = []
        for l in base:
            if l.startswith(("- ", "• ")):
                if rng.random() < 0.2:
                    continue
                if rng.random() < 0.3:
                    l = rng.choice(bullets)
            shift = rng.randint(-3, 2)
            l = re.sub(r"\b(19[89]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + shift), l)
            lines.append(l)
        lines.append("")
        lines.append("ADDITIONAL SKILLS")
        lines.extend(rng.sample(skills, 3))
        with open(os.path.join(out, "resume-%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
