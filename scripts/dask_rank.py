#!/usr/bin/python3
"""Ranks resumes against one JD on a Dask cluster; prints what `skillfit rank --format jsonl` prints.

    dask_rank.py --jd JD [--scheduler ADDR | --workers N] [--top K] INPUT...

INPUT is a folder of resumes (searched recursively for the files `rank` reads, in the order
`rank` reads them) or a JSON-lines file of {"id", "text"} or {"id", "path"} records (the
records of every such file are numbered as if the files were one stream, as `rank --stream`
numbers the lines of its standard input). The records are cut into partitions; each partition
is piped through `skillfit rank --jd JD --stream --jobs 1` by a task on a Dask worker. Rows are
merged on the driver as partitions finish and written, sorted as `rank` sorts them (a row that
could not be read after the others, equal scores in input order), with their `rank` numbers.
With --top K only the best K rows are ever held.

What the workers need: the JD is shipped with each task. The skillfit binary, its kb, the
folders given and every "path" record must be at the same absolute path on every worker (a
shared or identically installed file system); relative paths are read from this driver's
working folder. On one machine (--workers N) that holds by itself.

Exit codes, as `rank`: 0 every row scored; 1 some rows hold an error (a line on standard
error names each), or the JD cannot be used; 2 bad usage; 3 knowledge-base error; 4 the
cluster failed (a task failed three times, the scheduler cannot be reached).
Needs Debian's python3-dask and python3-distributed (run with /usr/bin/python3).
"""
import argparse
import heapq
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
import warnings

RANKABLE_BYTES = (b".pdf", b".docx", b".txt", b".md", b".markdown", b".json")
# Lines `rank --stream` skips: nothing but spaces, tabs and carriage returns.
BLANK = re.compile(rb"^[ \t\r]*$")
# A \u escape of a surrogate: Python's json accepts a lone one, nlohmann's does not.
SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
# Without --partition-size, a partition of JSON lines ends at 5,000 records or at this size.
JSONL_PARTITION_BYTES = 8 << 20


class Failure(Exception):
    """A one-line error for standard error, and the exit code it ends with."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


# ---- The command line -------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="dask_rank.py",
        description="Rank resumes against a JD on a Dask cluster: each partition of the input "
                    "goes through `skillfit rank --jd JD --stream --jobs 1` on a worker; the "
                    "output is the JSON lines of `skillfit rank --format jsonl`, in its order. "
                    "The JD is shipped with each task; the skillfit binary, its kb, the input "
                    "folders and \"path\" records must be on a path shared by every worker "
                    "(the same absolute path; relative paths are read from this folder).",
        epilog="Exit codes: 0 done, 1 rows with errors or an unusable JD, 2 bad usage, "
               "3 knowledge-base error, 4 cluster failure.")
    p.add_argument("--jd", required=True, help="the job description (shipped to the workers)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR",
                       help="join a running Dask cluster (tcp://host:8786)")
    where.add_argument("--workers", type=int, metavar="N",
                       help="start a cluster of N worker processes on 127.0.0.1 (default 2)")
    p.add_argument("--top", type=int, metavar="K", help="only the K best rows")
    p.add_argument("--partition-size", type=int, metavar="N",
                   help="records per task (default: a folder in about 2 tasks per worker "
                        "thread, of 100 to 5,000 files; JSON lines 5,000 records or 8 MB)")
    p.add_argument("--skillfit", metavar="PATH",
                   help="the binary, at this path on every worker (default: $SKILLFIT_BIN, "
                        "else build/skillfit of this checkout, else skillfit on PATH)")
    p.add_argument("--kb-root", metavar="DIR",
                   help="passed to skillfit (default: $SKILLFIT_KB, else the kb skillfit finds)")
    p.add_argument("--kb", action="append", default=[], metavar="DIR",
                   help="passed to skillfit (repeatable)")
    # Test hook (tests/dask/): the first run of partition I feeds skillfit part of its input,
    # writes DIR/started-I-PID once skillfit answers, and waits up to 60 s to be killed.
    p.add_argument("--hold-partition", metavar="I:DIR", help=argparse.SUPPRESS)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="folders of resumes or JSON-lines files of records")
    args = p.parse_args(argv)
    if args.top is not None and args.top < 1:
        p.error("--top takes a positive number")
    if args.workers is not None and not 1 <= args.workers <= 256:
        p.error("--workers takes 1 to 256")
    if args.partition_size is not None and args.partition_size < 1:
        p.error("--partition-size takes a positive number")
    return args


def find_binary(given):
    """--skillfit as given (each worker checks it), else $SKILLFIT_BIN, else build/skillfit
    of this checkout, else skillfit on PATH."""
    given = given or os.environ.get("SKILLFIT_BIN")
    if given:
        return os.path.abspath(given)
    built = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "skillfit")
    if os.access(built, os.X_OK):
        return os.path.normpath(built)
    from shutil import which
    found = which("skillfit")
    if not found:
        raise Failure("no skillfit binary: build it (bash scripts/build.sh) or give --skillfit", 2)
    return os.path.abspath(found)


def make_job(args):
    """What every task needs, small enough to send with each one."""
    try:
        with open(args.jd, "rb") as f:
            jd_bytes = f.read()
    except OSError as e:
        raise Failure("%s: cannot open the JD (%s)" % (args.jd, e.strerror), 1)
    kb_args = []
    kb_root = args.kb_root or os.environ.get("SKILLFIT_KB")
    if kb_root:
        kb_args += ["--kb-root", os.path.abspath(kb_root)]
    for extra in args.kb:
        kb_args += ["--kb", os.path.abspath(extra)]
    env = {"SKILLFIT_TODAY": os.environ.get("SKILLFIT_TODAY") or time.strftime("%Y-%m")}
    if "SKILLFIT_CACHE_DIR" in os.environ:
        env["SKILLFIT_CACHE_DIR"] = os.environ["SKILLFIT_CACHE_DIR"]
    return {"binary": find_binary(args.skillfit), "kb_args": kb_args, "env": env,
            "jd": args.jd, "jd_name": os.path.basename(args.jd) or "jd.txt", "jd_bytes": jd_bytes,
            "cwd": os.getcwd(), "run": uuid.uuid4().hex}


# ---- Reading the input: records, then partitions ----------------------------------------

def folder_records(folder):
    """The files `rank FOLDER` reads, in its order (byte order of the path), as path records."""
    records = []
    for path in sorted(_rankable_files(os.fsencode(folder))):
        name = json.dumps(os.fsdecode(path), ensure_ascii=False)
        records.append((None, ('{"id":%s,"path":%s}' % (name, name))
                        .encode("utf-8", "surrogateescape")))
    return records


def _rankable_files(folder):
    """Regular files (or links to them) with a rankable extension, searched recursively
    without following links to folders, as std::filesystem's recursive iterator does."""
    stack = [folder]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            elif entry.name.lower().endswith(RANKABLE_BYTES) and entry.is_file():
                yield entry.path


def jsonl_records(path, numbering):
    """(line number, line) for each line that is not blank; numbering["line"] counts on
    across files."""
    try:
        f = open(path, "rb")
    except OSError as e:
        raise Failure("%s: cannot open (%s)" % (path, e.strerror), 1)
    with f:
        for raw in f:
            numbering["line"] += 1
            if raw.endswith(b"\n"):
                raw = raw[:-1]
            if not BLANK.match(raw):
                yield numbering["line"], raw


def partitions(inputs, size, threads):
    """Yields (first sequence number, [(line number or None, line)]), one input at a time,
    `size` records each (None: see --partition-size)."""
    numbering = {"line": 0}
    seq = 0
    for name in inputs:
        if os.path.isdir(name):
            records = folder_records(name)
            cut = size or min(5000, max(100, -(-len(records) // (2 * threads))))
        else:
            records = jsonl_records(name, numbering)
            cut = size or 5000
        part, part_bytes = [], 0
        for record in records:
            part.append(record)
            part_bytes += len(record[1])
            if len(part) == cut or (size is None and part_bytes >= JSONL_PARTITION_BYTES):
                yield seq, part
                seq += len(part)
                part, part_bytes = [], 0
        if part:
            yield seq, part
            seq += len(part)


def plain_record(raw):
    """True when skillfit will not need the record's line number: it parses, and has an id
    and a text or a path. False when unsure."""
    if SURROGATE.search(raw):
        return False
    try:
        rec = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError):
        return False
    return (isinstance(rec, dict) and "id" in rec and
            (isinstance(rec.get("text"), str) or isinstance(rec.get("path"), str)))


def _reject_constant(name):
    raise ValueError(name)


def stream_input(part):
    """The standard input of one partition. A record skillfit will name by its line number
    ("line 7", "-:7: not a JSON object") is put on that line, blank lines before it."""
    if all(n is None or plain_record(raw) for n, raw in part):
        return b"".join(raw + b"\n" for _, raw in part)
    chunks, line = [], 0
    for n, raw in part:
        if n is not None:
            chunks.append(b"\n" * (n - line - 1))
            line = n
        chunks.append(raw + b"\n")
    return b"".join(chunks)


# ---- On a worker -------------------------------------------------------------------------

def score_partition(job, index, data, hold):
    """Runs skillfit over one partition; returns (stdout, stderr). Raises when skillfit fails
    as a whole (bad JD, kb error, crash) rather than row by row."""
    if not os.access(job["binary"], os.X_OK):
        raise RuntimeError("%s: no such program on worker %s (the binary must be on a path "
                           "every worker shares)" % (job["binary"], os.uname().nodename))
    with tempfile.TemporaryDirectory(prefix="dask-rank-") as tmp:
        jd = os.path.join(tmp, job["jd_name"])
        with open(jd, "wb") as f:
            f.write(job["jd_bytes"])
        cmd = [job["binary"], "rank", "--jd", jd, "--stream", "--jobs", "1"] + job["kb_args"]
        cwd = job["cwd"] if os.path.isdir(job["cwd"]) else tmp
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd, env=dict(os.environ, **job["env"]))
        expected = _count_records(data)
        head = b""
        if hold and hold[0] == index:
            data, head = _hold_once(proc, data, hold[1], index)
        out, err = proc.communicate(data)
    err = err.replace(jd.encode(), job["jd"].encode())  # the JD as the user named it
    out = head + out
    if proc.returncode not in (0, 1) or out.count(b"\n") != expected:
        raise RuntimeError("skillfit exited %d: %s" % (proc.returncode,
                                                       err.decode("utf-8", "replace").strip()))
    return out, err


def _count_records(data):
    """The rows skillfit owes for this input: one per line that is not blank."""
    return sum(1 for line in data.split(b"\n") if not BLANK.match(line))


def _hold_once(proc, data, folder, index):
    """Test hook: on the first run of this partition only, feed skillfit one batch, wait for
    its first row, say so in FOLDER/started-INDEX-PID, then wait to be killed."""
    try:
        os.close(os.open(os.path.join(folder, "held-%d" % index), os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        pass
    else:
        lines = data.split(b"\n")
        first, rest = b"\n".join(lines[:64]) + b"\n", b"\n".join(lines[64:])
        proc.stdin.write(first)
        proc.stdin.flush()
        row = proc.stdout.readline()
        open(os.path.join(folder, "started-%d-%d" % (index, os.getpid())), "w").close()
        time.sleep(60)
        return rest, row
    open(os.path.join(folder, "started-%d-%d" % (index, os.getpid())), "w").close()
    return data, b""


# ---- On the driver: merging rows ---------------------------------------------------------

class Merger:
    """Holds rows in `rank`'s order: scored rows by score, best first, then rows with an
    error; equal keys by input order. With `top`, only the best `top` rows are kept."""

    def __init__(self, top):
        self.top = top
        self.heap = []  # (negated key, line): the worst kept row on top
        self.rows = []  # (key, line) when every row is kept
        self.count = self.errors = self.warned = 0

    def add(self, first_seq, out):
        for i, line in enumerate(out.split(b"\n")[:-1]):
            key = self._key(line, first_seq + i)
            self.count += 1
            if self.top is None:
                self.rows.append((key, line))
            elif len(self.heap) < self.top:
                heapq.heappush(self.heap, (_negate(key), line))
            elif _negate(key) > self.heap[0][0]:
                heapq.heapreplace(self.heap, (_negate(key), line))

    def _key(self, line, seq):
        if line.startswith(b'{"error":'):
            self.errors += 1
            return (1, 0.0, seq)
        self.warned += b'"warnings":[]' not in line
        # Quotes inside JSON strings are escaped, so this finds the key, never a value.
        at = line.index(b',"score":') + 9
        return (0, -float(line[at:line.index(b",", at)]), seq)

    def sorted_lines(self):
        rows = self.rows if self.top is None else [(_negate(k), l) for k, l in self.heap]
        rows.sort(key=lambda r: r[0])
        return [line for _, line in rows]


def _negate(key):
    return (-key[0], -key[1], -key[2])


def numbered(line, rank):
    """A streamed row as `rank --format jsonl` writes it: "rank" between its sorted keys."""
    return line.replace(b',"required_count":', b',"rank":%d,"required_count":' % rank, 1)


def write_rows(merger):
    out, rank = [], 0
    for line in merger.sorted_lines():
        if not line.startswith(b'{"error":'):
            rank += 1
            line = numbered(line, rank)
        out.append(line)
    out.append(b"")
    sys.stdout.buffer.write(b"\n".join(out))
    sys.stdout.buffer.flush()


# ---- On the driver: the cluster ----------------------------------------------------------

def open_client(args):
    from distributed import Client, LocalCluster
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout="30s")
        except OSError as e:
            raise Failure("%s: cannot reach the scheduler (%s)" % (args.scheduler, e), 4)
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            client.close()
            raise Failure("%s: no worker joined in 60 s" % args.scheduler, 4)
        return client, None
    # Every server of the cluster listens on loopback only, the HTTP ones (health, metrics;
    # the dashboards need Bokeh) on free ports.
    cluster = LocalCluster(n_workers=args.workers or 2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0",
                           worker_dashboard_address="127.0.0.1:0", silence_logs=50)
    return Client(cluster), cluster


def run(client, job, args, merger):
    """Submits partitions, at most two per worker thread in flight, and merges each as it
    finishes."""
    from distributed import as_completed
    # A partition travels inside its task, not scattered ahead, so that the scheduler still
    # holds it to run again when the worker that had it dies; Dask warns about that size.
    warnings.filterwarnings("ignore", message="Large object of size")
    hold = None
    if args.hold_partition:
        index, folder = args.hold_partition.split(":", 1)
        hold = (int(index), folder)
    threads = max(1, sum(client.nthreads().values()))
    in_flight = 2 * threads
    todo = enumerate(partitions(args.inputs, args.partition_size, threads))
    first = {}
    done = as_completed()
    for _ in range(in_flight):
        if not _submit(client, job, todo, hold, first, done):
            break
    for future in done:
        try:
            out, err = future.result()
        except Exception as e:  # the task's own error, or KilledWorker after three losses
            raise Failure("partition %d: %s" % (first[future.key][0], e), _code(str(e)))
        sys.stderr.buffer.write(err)
        merger.add(first.pop(future.key)[1], out)
        _submit(client, job, todo, hold, first, done)


def _submit(client, job, todo, hold, first, done):
    nxt = next(todo, None)
    if nxt is None:
        return False
    index, (seq, part) = nxt
    key = "skillfit-partition-%d-%s" % (index, job["run"])  # keys are global in a cluster
    first[key] = (index, seq)
    done.add(client.submit(score_partition, job, index, stream_input(part), hold, key=key,
                           pure=False, retries=0))
    return True


def _code(message):
    """skillfit's own exit code when it is 1, 2 or 3 (a bad JD, usage, kb); else 4."""
    m = re.match(r"skillfit exited (-?\d+)", message)
    return int(m.group(1)) if m and m.group(1) in ("1", "2", "3") else 4


def main(argv):
    try:
        args = parse_args(argv)
        job = make_job(args)
        merger = Merger(args.top)
        client, cluster = open_client(args)
        try:
            run(client, job, args, merger)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    except Failure as e:
        print("dask_rank: %s" % e, file=sys.stderr)
        return e.code
    write_rows(merger)
    if merger.warned:
        print("dask_rank: %d of %d records have warnings (see each row's warnings)"
              % (merger.warned, merger.count), file=sys.stderr)
    return 1 if merger.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
