"""The label tables of tests/eval (tab-separated, '#' comments, a header line), read the same
way by every benchmark that uses them."""
import sys


def read_tsv(path):
    """Rows of a tab-separated file as dicts, '#' lines and the header skipped; exits naming
    the file and row when a row has another number of columns than the header."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            sys.exit("%s: row %d: %d columns, expected %d (%s)"
                     % (path, n, len(cells), len(header), ", ".join(header)))
        rows.append(dict(zip(header, cells)))
    return rows
