# Sourced by the quality benchmarks (rank_quality.sh, pair_grades.sh) from the repository
# root. `eval_env NAME MODULE` sets $bin (build/skillfit, or $SKILLFIT) and exits with a
# one-line message naming NAME when the binary, ../shared/corpus or Debian's python3-MODULE
# (for /usr/bin/python3) is missing.
eval_env() {
  bin=${SKILLFIT:-build/skillfit}
  [ -x "$bin" ] || { echo "$1: build first (bash scripts/build.sh)" >&2; exit 1; }
  [ -d ../shared/corpus/resumes ] || {
    echo "$1: ../shared/corpus not found; the benchmark reads its resumes and postings" >&2; exit 1; }
  /usr/bin/python3 -c "import $2" 2>/dev/null || {
    echo "$1: needs python3-$2 (apt-get install python3-$2)" >&2; exit 1; }
}
