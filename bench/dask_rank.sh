#!/usr/bin/env bash
# scripts/dask_rank.py against plain `skillfit rank` on this machine, on loopback:
# N generated text resumes (default 20,000) ranked by
#   1. `skillfit rank` on every core, and with --jobs 1;
#   2. the driver joined (--scheduler) to a running cluster of 1 worker process, then of 2
#      (`dask scheduler` and `dask worker`, 1 thread each, on 127.0.0.1, started and waited
#      for before the clock starts: the driver's time includes starting Python, importing Dask,
#      connecting, listing the folder, scoring, merging and writing the rows);
#   3. one run of `--workers 2`, which also starts and stops its own cluster.
# Each timing is the best of three, taken in turns, as the machine is shared. Prints resumes
# per second for each, the ratio of its time to plain rank's, and the scaling from 1 to 2
# workers; checks that every driver run printed exactly rank's rows.
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
driver() { "$py" scripts/dask_rank.py --skillfit "$bin" --jd "$jd" "$@" "$work/cvs"; }

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

"$bin" rank --jd "$jd" "$work/cvs" --format jsonl > "$work/rank.jsonl"
rank_s=999; rank1_s=999; d1_s=999; d2_s=999
for round in 1 2 3; do
  t0=$(now); "$bin" rank --jd "$jd" "$work/cvs" --format jsonl > /dev/null; t1=$(now)
  "$bin" rank --jd "$jd" "$work/cvs" --format jsonl --jobs 1 > /dev/null; t2=$(now)
  driver --scheduler "$addr1" > "$work/d1.jsonl"; t3=$(now)
  driver --scheduler "$addr2" > "$work/d2.jsonl"; t4=$(now)
  cmp -s "$work/d1.jsonl" "$work/rank.jsonl" || { echo "1 worker: rows differ from rank" >&2; exit 1; }
  cmp -s "$work/d2.jsonl" "$work/rank.jsonl" || { echo "2 workers: rows differ from rank" >&2; exit 1; }
  rank_s=$(min "$(echo "$t1 - $t0" | bc -l)" "$rank_s")
  rank1_s=$(min "$(echo "$t2 - $t1" | bc -l)" "$rank1_s")
  d1_s=$(min "$(echo "$t3 - $t2" | bc -l)" "$d1_s")
  d2_s=$(min "$(echo "$t4 - $t3" | bc -l)" "$d2_s")
done
t0=$(now); driver --workers 2 > "$work/local.jsonl"; local_s=$(echo "$(now) - $t0" | bc -l)
cmp -s "$work/local.jsonl" "$work/rank.jsonl" || { echo "--workers 2: rows differ" >&2; exit 1; }

line() {  # label seconds
  printf '  %-44s %6.2f s  %7.0f resumes/s   ratio to rank %.2f\n' "$1" "$2" \
    "$(echo "$n / $2" | bc -l)" "$(echo "$2 / $rank_s" | bc -l)"
}
printf '%d text resumes, %s MB, %d cores; every driver run printed rank'"'"'s rows exactly\n' \
  "$n" "$(du -sm "$work/cvs" | cut -f1)" "$(nproc)"
line "skillfit rank, all cores" "$rank_s"
line "skillfit rank --jobs 1" "$rank1_s"
line "dask_rank.py, running cluster of 1 worker" "$d1_s"
line "dask_rank.py, running cluster of 2 workers" "$d2_s"
line "dask_rank.py --workers 2 (starts its cluster)" "$local_s"
printf '  scaling from 1 to 2 workers: %.2fx; 1 worker against rank --jobs 1: %.2f\n' \
  "$(echo "$d1_s / $d2_s" | bc -l)" "$(echo "$d1_s / $rank1_s" | bc -l)"
