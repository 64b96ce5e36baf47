#!/usr/bin/env bash
# scripts/dask_rank.py against plain `skillfit rank` on this machine, on loopback:
# N generated text resumes (default 20,000) ranked by
#   1. `skillfit rank` on every core, and with --jobs 1;
#   2. the driver joined (--scheduler) to a running cluster of 1 worker process, then of 2
#      (`dask scheduler` and `dask worker`, 1 thread each, on 127.0.0.1, started and waited
#      for before the clock starts: the driver's time includes starting Python, importing Dask,
#      connecting, listing the folder, scoring, merging and writing the rows);
#   3. one run of `--workers 2`, which also starts and stops its own cluster.
# Each timing is the best of three, taken in turns, as the machine is shared; so is the CPU
# time of every process involved (less the running clusters' idle draw), which a busy machine
# stretches far less than the wall time. Prints resumes per second for each, the ratios to
# plain rank, and the scaling from 1 to 2 workers; checks that every driver run printed
# exactly rank's rows.
#   bash bench/dask_rank.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
bin=$PWD/build/skillfit
py=/usr/bin/python3
[ -x "$bin" ] || { echo "dask_rank bench: build first (bash scripts/build.sh)" >&2; exit 1; }
"$py" -c 'import distributed' 2>/dev/null ||
  { echo "dask_rank bench: needs python3-distributed (bash scripts/setup.sh)" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() {
  # Last started first: each `dask worker` stops its own processes, then its scheduler.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$py" bench/make_resumes.py "$work/cvs" "$n"
jd=samples/jds/sre-devops.txt
export SKILLFIT_CACHE_DIR="$work/cache" SKILLFIT_TODAY=2026-12
"$bin" rank --jd "$jd" samples/resumes/priya-nair-sre.txt > /dev/null
cat "$work"/cvs/* > /dev/null
now() { date +%s.%N; }
min() { echo "if ($1 < $2) $1 else $2" | bc -l; }
driver=("$py" scripts/dask_rank.py --skillfit "$bin" --jd "$jd")

# Starts a cluster of $1 worker processes on loopback (not in a subshell: cleanup stops it)
# and waits for its workers; its address goes to $work/address-$1.
start_cluster() {
  local file=$work/cluster-$1.json
  dask scheduler --host 127.0.0.1 --port 0 --no-dashboard --dashboard-address 127.0.0.1:0 \
    --scheduler-file "$file" > "$work/scheduler-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do [ -s "$file" ] && break; sleep 0.1; done
  dask worker --scheduler-file "$file" --nworkers "$1" --nthreads 1 --host 127.0.0.1 \
    --no-dashboard --dashboard-address 127.0.0.1:0 > "$work/workers-$1.log" 2>&1 &
  pids+=($!)
  "$py" -c 'import sys; from distributed import Client
c = Client(scheduler_file=sys.argv[1], timeout="60s"); c.wait_for_workers(int(sys.argv[2]), timeout=60)
print(c.scheduler_info()["address"])' "$file" "$1" > "$work/address-$1"
}
start_cluster 1
start_cluster 2
addr1=$(cat "$work/address-1")
addr2=$(cat "$work/address-2")

# CPU seconds used so far by the processes $@ and all their descendants, reaped ones included.
tree_cpu() {
  "$py" -c 'import os, sys
roots, parent, ticks = set(map(int, sys.argv[1:])), {}, {}
for d in filter(str.isdigit, os.listdir("/proc")):
    try:
        stat = open("/proc/%s/stat" % d).read()
    except OSError:
        continue
    f = stat[stat.rindex(")") + 2:].split()
    parent[int(d)], ticks[int(d)] = int(f[1]), sum(map(int, f[11:15]))
def under(p):
    while p > 1 and p not in roots:
        p = parent.get(p, 0)
    return p in roots
print(sum(t for p, t in ticks.items() if under(p)) / os.sysconf("SC_CLK_TCK"))' "$@"
}
# Runs "$@"; sets wall (seconds) and cpu: the CPU seconds of the command and of the cluster
# whose processes are $cluster (empty for none), less what that cluster burns idle ($idle CPU
# seconds a second: Dask's event loops and monitors) over the same time.
measure() {
  local before=0 after=0 t0 t1
  [ -z "$cluster" ] || before=$(tree_cpu $cluster)
  t0=$(now)
  /usr/bin/time -f "%U %S" -o "$work/time" "$@"
  t1=$(now)
  [ -z "$cluster" ] || after=$(tree_cpu $cluster)
  wall=$(echo "$t1 - $t0" | bc -l)
  cpu=$(echo "$(awk '{print $1 + $2}' "$work/time") + $after - $before - $idle * $wall" | bc -l)
}
# idle_rate PIDS...: CPU seconds a second the cluster of PIDS uses doing nothing (10 s).
idle_rate() {
  local a b
  a=$(tree_cpu "$@"); sleep 10; b=$(tree_cpu "$@")
  echo "($b - $a) / 10" | bc -l
}
idle1=$(idle_rate "${pids[0]}" "${pids[1]}")
idle2=$(idle_rate "${pids[2]}" "${pids[3]}")
# best NAME: keeps the least wall and CPU seconds seen for NAME in NAME_s and NAME_cpu.
declare -A best_s best_cpu
best() {
  best_s[$1]=$(min "$wall" "${best_s[$1]:-999}")
  best_cpu[$1]=$(min "$cpu" "${best_cpu[$1]:-999}")
}

"$bin" rank --jd "$jd" "$work/cvs" --format jsonl > "$work/rank.jsonl"
for round in 1 2 3; do
  cluster="" idle=0
  measure "$bin" rank --jd "$jd" "$work/cvs" --format jsonl > /dev/null; best rank
  measure "$bin" rank --jd "$jd" "$work/cvs" --format jsonl --jobs 1 > /dev/null; best rank1
  cluster="${pids[0]} ${pids[1]}" idle=$idle1
  measure "${driver[@]}" --scheduler "$addr1" "$work/cvs" > "$work/d1.jsonl"; best d1
  cluster="${pids[2]} ${pids[3]}" idle=$idle2
  measure "${driver[@]}" --scheduler "$addr2" "$work/cvs" > "$work/d2.jsonl"; best d2
  cmp -s "$work/d1.jsonl" "$work/rank.jsonl" || { echo "1 worker: rows differ from rank" >&2; exit 1; }
  cmp -s "$work/d2.jsonl" "$work/rank.jsonl" || { echo "2 workers: rows differ from rank" >&2; exit 1; }
done
cluster="" idle=0
measure "${driver[@]}" --workers 2 "$work/cvs" > "$work/local.jsonl"; best local
cmp -s "$work/local.jsonl" "$work/rank.jsonl" || { echo "--workers 2: rows differ" >&2; exit 1; }

line() {  # label name
  local s=${best_s[$2]} c=${best_cpu[$2]}
  printf '  %-46s %6.2f s %6.0f/s  ratio %.2f   CPU %6.2f s  ratio %.2f\n' "$1" "$s" \
    "$(echo "$n / $s" | bc -l)" "$(echo "$s / ${best_s[rank]}" | bc -l)" "$c" \
    "$(echo "$c / ${best_cpu[rank]}" | bc -l)"
}
printf '%d text resumes, %s MB, %d cores, load average %s; every driver run printed rank'"'"'s rows\n' \
  "$n" "$(du -sm "$work/cvs" | cut -f1)" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
printf '  (best of 3 each; resumes per second; ratios to plain rank on all cores; CPU seconds of\n'
printf '  the driver, the scheduler, the workers and their skillfit processes, less the idle\n'
printf '  draw of the running clusters: %.2f and %.2f CPU s a second)\n' "$idle1" "$idle2"
line "skillfit rank, all cores" rank
line "skillfit rank --jobs 1" rank1
line "dask_rank.py, running cluster of 1 worker" d1
line "dask_rank.py, running cluster of 2 workers" d2
line "dask_rank.py --workers 2 (starts its cluster)" local
printf '  scaling from 1 to 2 workers: %.2fx; 1 worker against rank --jobs 1: %.2f\n' \
  "$(echo "${best_s[d1]} / ${best_s[d2]}" | bc -l)" "$(echo "${best_s[d1]} / ${best_s[rank1]}" | bc -l)"
