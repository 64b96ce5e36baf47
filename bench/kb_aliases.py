#!/usr/bin/env python3
"""Prints every name, alias and guarded spelling of the knowledge base, one a line: the
pattern list for the `grep -F -i -o -f` baseline.   python3 bench/kb_aliases.py [KB_DIR]"""
import glob
import os
import sys

import yaml

kb = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "kb")
seen = set()
for path in sorted(glob.glob(os.path.join(kb, "skills", "*.yaml"))):
    for s in yaml.safe_load(open(path, encoding="utf-8"))["skills"]:
        for a in [s["name"]] + (s.get("aliases") or []) + (s.get("guarded") or []):
            a = str(a)  # YAML reads an unquoted "802.3" as a number
            if a.lower() not in seen:
                seen.add(a.lower())
                print(a)
