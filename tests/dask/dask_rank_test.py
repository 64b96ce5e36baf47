#!/usr/bin/python3
"""scripts/dask_rank.py against `skillfit rank` on one machine (issue 19). Run by ctest:

    dask_rank_test.py SKILLFIT CASE

CASE is one of
  same         2,000 generated resumes on a LocalCluster of 2 worker processes, as a folder and
               as text records: the very bytes of `skillfit rank --format jsonl` (ids, scores,
               order, rank numbers)
  lost-worker  the same, while the worker process scoring partition 2 is killed mid-partition:
               the partition runs again on a new process and the output is still identical
  unreadable   files and records that cannot be read stay rows with rank's errors, after the
               scored rows, from a folder and from JSON lines (errors that name a line number)
  top          --top 25 is the head of rank's full output, and rank --top 25's output
Needs Debian's python3-dask and python3-distributed (scripts/setup.sh installs them).
"""
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(ROOT, "scripts", "dask_rank.py")
# The JD whose scores tie most often once printed to one decimal: the driver merges printed
# scores, so this is where an order that differed from rank's would show.
JD = os.path.join(ROOT, "samples", "jds", "data-engineer.txt")
RESUMES = 2000
PARTITION = 250
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAILED: " + what, file=sys.stderr)


def run(cmd, stdin=None, timeout=60):
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, cwd=WORK)


def rank(*args, stdin=None):
    return run([SKILLFIT, "rank", "--jd", JD] + list(args), stdin=stdin)


def driver_cmd(*args):
    return [sys.executable, DRIVER, "--skillfit", SKILLFIT, "--jd", JD, "--workers", "2",
            "--partition-size", str(PARTITION)] + list(args)


def driver(*args):
    return run(driver_cmd(*args), timeout=100)


def make_resumes(n):
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_resumes.py"), "cvs",
                    str(n)], check=True, cwd=WORK)


def lines(out):
    return out.decode("utf-8").splitlines()


def same_as_rank(full):
    """The folder, and the same resumes as {"id", "text"} records."""
    got = driver("cvs")
    check(got.returncode == 0, "driver exit %d: %s" % (got.returncode, got.stderr.decode()))
    check(len(lines(got.stdout)) == RESUMES, "%d rows" % len(lines(got.stdout)))
    check(got.stdout == full, "driver rows differ from rank --format jsonl")
    with open("text.jsonl", "w", encoding="utf-8") as f:
        for name in sorted(os.listdir("cvs")):
            with open(os.path.join("cvs", name), encoding="utf-8") as resume:
                f.write(json.dumps({"id": "cvs/" + name, "text": resume.read()}) + "\n")
    got = driver("text.jsonl")
    check(got.returncode == 0, "text records: driver exit %d" % got.returncode)
    check(got.stdout == full, "text records: driver rows differ from rank --format jsonl")


def lost_worker(full):
    held = os.path.join(WORK, "held")
    os.mkdir(held)
    proc = subprocess.Popen(driver_cmd("--hold-partition", "2:" + held, "cvs"), cwd=WORK,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    victim = wait_for_start(held, proc)
    check(victim is not None and victim != proc.pid, "partition 2 never started")
    if victim is not None:
        os.kill(victim, signal.SIGKILL)
    out, err = proc.communicate(timeout=100)
    starts = sorted(int(p.rsplit("-", 1)[1]) for p in glob.glob(held + "/started-2-*"))
    check(len(starts) == 2 and victim in starts,
          "partition 2 ran on %s, expected the killed worker and one more" % starts)
    check(proc.returncode == 0, "driver exit %d: %s" % (proc.returncode, err.decode()))
    check(out == full, "rows after a lost worker differ from rank --format jsonl")


def wait_for_start(folder, proc):
    """The pid of the worker process once it is scoring partition 2 (60 s at most)."""
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        found = glob.glob(folder + "/started-2-*")
        if found:
            return int(found[0].rsplit("-", 1)[1])
        time.sleep(0.05)
    return None


def unreadable(_):
    with open("cvs/empty.txt", "w"):
        pass
    with open("cvs/corrupt.pdf", "wb") as f:
        f.write(b"%PDF-1.4\nnot really a pdf\n")
    with open("cvs/zip.docx", "wb") as f:
        f.write(b"PK\x03\x04 broken")
    want = rank("cvs", "--format", "jsonl")
    got = driver("cvs")
    check(want.returncode == 1 and got.returncode == 1,
          "exit codes rank %d, driver %d" % (want.returncode, got.returncode))
    check(got.stdout == want.stdout, "folder: driver rows differ from rank --format jsonl")
    check(len([l for l in lines(got.stdout) if '"error"' in l]) == 3, "folder: 3 error rows")
    unreadable_records(want.stdout)


def unreadable_records(folder_rows):
    """The folder's files as path records in rank's order, with broken records among them
    (in the first, second and last partitions) and a blank line: the scored rows are rank's,
    then the errors of `rank --stream` over the same lines, which name line numbers."""
    records = [json.dumps({"id": p, "path": p})
               for p in sorted(os.path.join("cvs", f) for f in os.listdir("cvs"))]
    records.insert(1, "not json at all")
    records.insert(400, "")
    records.insert(409, '{"id": "no-content"}')
    records.insert(420, json.dumps({"id": "missing", "path": "cvs/nowhere.txt"}))
    records.append('{"path": "cvs/also-missing.txt"}')
    data = ("\n".join(records) + "\n").encode()
    with open(os.path.join(WORK, "records.jsonl"), "wb") as f:
        f.write(data)
    stream_errors = [l for l in lines(rank("--stream", stdin=data).stdout)
                     if l.startswith('{"error"')]
    check(len(stream_errors) == 7, "rank --stream: %d error rows, not 7" % len(stream_errors))
    for named in ('"-:2: not a JSON object"', '"id":"line %d"' % len(records)):
        check(any(named in l for l in stream_errors), "no error row with " + named)
    got = driver("records.jsonl")
    check(got.returncode == 1, "records: driver exit %d" % got.returncode)
    scored = [l for l in lines(folder_rows) if not l.startswith('{"error"')]
    check(lines(got.stdout) == scored + stream_errors,
          "records: driver rows differ from rank's scored rows, then rank --stream's errors")


def top(full):
    got = driver("--top", "25", "cvs")
    check(got.returncode == 0, "driver exit %d" % got.returncode)
    check(lines(got.stdout) == lines(full)[:25], "--top 25 is not the head of the full rows")
    check(got.stdout == rank("cvs", "--format", "jsonl", "--top", "25").stdout,
          "--top 25 differs from rank --top 25")


CASES = {"same": same_as_rank, "lost-worker": lost_worker, "unreadable": unreadable, "top": top}


def main():
    global SKILLFIT, WORK
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    SKILLFIT = os.path.abspath(sys.argv[1])
    WORK = tempfile.mkdtemp(prefix="dask-rank-test-")
    os.environ["SKILLFIT_CACHE_DIR"] = os.path.join(WORK, "cache")
    os.environ["SKILLFIT_TODAY"] = "2026-12"
    os.chdir(WORK)
    try:
        make_resumes(RESUMES if sys.argv[2] != "unreadable" else 497)
        full = rank("cvs", "--format", "jsonl").stdout
        CASES[sys.argv[2]](full)
    finally:
        os.chdir(ROOT)
        shutil.rmtree(WORK, ignore_errors=True)
    print("%s: %s" % (sys.argv[2], "FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
