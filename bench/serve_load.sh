#!/usr/bin/env bash
# `skillfit serve` under load, on loopback only and bounded in time:
#   1. the engine call alone (bench/serve_load_main.cc, in one process) against the same
#      match through POST /api/match from one client: the ratio (target <= 1.5);
#   2. 8 concurrent clients posting matches for 30 s: errors (must be none), p50 and p99
#      latency (target p99 <= 4 x p50), and the server's RSS before and after the run and at
#      its peak (targets: peak <= 150 MB, growth <= 10%). Every answer under load must equal
#      the one a single client got: the one engine is shared by all workers.
#
#   bash bench/serve_load.sh [BUILD_DIR] [SECONDS] [CLIENTS]
#
# Prints one line per figure with its target, and exits 1 on any error answer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
seconds="${2:-30}"
clients="${3:-8}"
resume="$root/samples/resumes/pdf/alex-chen-backend.pdf"
jd="$root/samples/jds/backend-engineer.txt"

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

g++ -std=c++17 -O2 -I"$root/engine/include" "$root/bench/serve_load_main.cc" \
  "$build/libskillfit_engine.a" $(pkg-config --libs poppler-cpp re2 libzip) -lpugixml \
  -lyaml-cpp -lpthread $(pkg-config --libs jemalloc) -o "$work/engine"
read -r engine_ms engine_cpu_ms < <(SKILLFIT_CACHE_DIR= "$work/engine" "$root/kb" "$resume" "$jd" 30)

# Started directly (not under timeout(1)) so that $! is the server, whose RSS is measured;
# the trap stops it, and the client below is bounded in time.
SKILLFIT_CACHE_DIR= "$build/skillfit" serve --host 127.0.0.1 --port 0 --quiet >"$work/out" 2>"$work/err" &
server_pid=$!
for _ in $(seq 600); do
  grep -q 'http://127.0.0.1:' "$work/out" 2>/dev/null && break
  sleep 0.1
done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/out")
[ -n "$port" ] || { cat "$work/err" >&2; echo "serve_load: the server did not start" >&2; exit 1; }

timeout $((seconds + 90)) /usr/bin/python3 - "$port" "$resume" "$jd" "$seconds" "$clients" \
  "$server_pid" "$engine_ms" "$engine_cpu_ms" <<'PY'
import http.client, os, statistics, sys, threading, time, uuid

port, resume, jd, seconds, clients, pid, engine_ms, engine_cpu_ms = sys.argv[1:]
seconds, clients = float(seconds), int(clients)
engine_ms, engine_cpu_ms = float(engine_ms), float(engine_cpu_ms)
boundary = uuid.uuid4().hex
body = b""
for field, path in (("resume", resume), ("jd", jd)):
    body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; "
             f"filename=\"{os.path.basename(path)}\"\r\n\r\n").encode()
    body += open(path, "rb").read() + b"\r\n"
body += f"--{boundary}--\r\n".encode()
headers = {"Content-Type": "multipart/form-data; boundary=" + boundary}

def rss_mb(field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0

def cpu_ms():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

def post(conn):
    start = time.perf_counter()
    conn.request("POST", "/api/match", body=body, headers=headers)
    res = conn.getresponse()
    data = res.read()
    ms = (time.perf_counter() - start) * 1000
    # The engine is shared by every worker: under load each answer must be the one a single
    # client got (a difference would be a data race); it counts as an error.
    if res.status == 200 and expected is not None and data != expected:
        return "different answer", ms
    return res.status, ms

# One client, in turn: the API's time for one match.
expected = None
conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
for _ in range(3):
    post(conn)  # warm-up
conn.request("POST", "/api/match", body=body, headers=headers)
expected = conn.getresponse().read()
rss_before = rss_mb("VmRSS")
cpu_before = cpu_ms()
single = []
for _ in range(30):
    status, ms = post(conn)
    assert status == 200, status
    single.append(ms)
api_cpu_ms = (cpu_ms() - cpu_before) / len(single)
conn.close()
api_ms = statistics.median(single)

latencies, errors = [], []
lock = threading.Lock()
stop_at = time.monotonic() + seconds

def client():
    c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
    while time.monotonic() < stop_at:
        try:
            status, ms = post(c)
        except Exception as e:  # a dropped connection counts as an error
            status, ms = repr(e), 0
            c.close()
            c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
        with lock:
            (latencies.append(ms) if status == 200 else errors.append(status))

threads = [threading.Thread(target=client) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
rss_after, rss_peak = rss_mb("VmRSS"), rss_mb("VmHWM")
latencies.sort()
p50 = latencies[len(latencies) // 2]
p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
growth = (rss_after - rss_before) / rss_before * 100

def verdict(ok): return "ok" if ok else "MISSED"
print(f"engine call alone        {engine_ms:8.1f} ms wall (median of 30), {engine_cpu_ms:.1f} ms CPU")
print(f"one match through API    {api_ms:8.1f} ms wall (median of 30, one client), {api_cpu_ms:.1f} ms server CPU")
print(f"API / engine             {api_ms / engine_ms:8.2f}x wall, {api_cpu_ms / engine_cpu_ms:.2f}x CPU   target <= 1.5   "
      f"{verdict(max(api_ms / engine_ms, api_cpu_ms / engine_cpu_ms) <= 1.5)}")
print(f"{clients} clients for {seconds:.0f} s       {len(latencies)} answered, {len(errors)} errors {sorted(set(map(str, errors)))[:3]}")
print(f"p50 latency              {p50:8.1f} ms")
print(f"p99 latency              {p99:8.1f} ms   p99/p50 {p99 / p50:.2f}  target <= 4   {verdict(p99 <= 4 * p50)}")
print(f"RSS before / after       {rss_before:6.1f} / {rss_after:.1f} MB   growth {growth:+.1f}%  target <= 10%   {verdict(growth <= 10)}")
print(f"peak RSS                 {rss_peak:8.1f} MB   target <= 150   {verdict(rss_peak <= 150)}")
sys.exit(1 if errors else 0)
PY
