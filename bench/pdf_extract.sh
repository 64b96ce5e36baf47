#!/usr/bin/env bash
# Times PDF text extraction: skillfit (poppler word boxes + our reading-order layout) against
# poppler's own `pdftotext` over the same files, in the same run, on one core.
#
#   bash bench/pdf_extract.sh [BUILD_DIR] [PDF...]
#
# BUILD_DIR (default build/) must hold a built engine (libskillfit_engine.a) and, for the
# per-process comparison, the CLI (skillfit). Files default to every PDF of the corpus
# (../shared/corpus/resumes/pdf), else samples/resumes/pdf. ROUNDS (default 5) rounds each
# run every tool over every file once; the one-process-per-file tools take turns on each file
# (which goes first rotating from file to file), so that a busy spell of a shared machine
# falls on all of them alike. A tool's time is the CPU time (user + system) of its processes:
# on a shared machine wall time would count the waits for the core. Each figure is the median over the
# rounds, and every ratio is taken between medians of this run. Everything runs on core 0
# (taskset -c 0; CORE=N for another).
#
# Four timings:
#   pdftotext         one process per file, its default (layout) order
#   pdftotext -raw    one process per file, the text in the order it is drawn
#   skillfit text     one process per file: the CLI end to end, on the same footing as
#                     pdftotext (the issue 14 target: at most 1.2x pdftotext)
#   loader in-process the engine's LoadDocument over all files in one process (driver
#                     bench/pdf_extract_main.cc, compiled here; not part of the build)
set -euo pipefail
# Everything below, and every process it starts, on one core.
if [ -z "${PDF_EXTRACT_PINNED:-}" ]; then
  command -v taskset >/dev/null || { echo "pdf_extract: taskset missing (util-linux)" >&2; exit 1; }
  PDF_EXTRACT_PINNED=1 exec taskset -c "${CORE:-0}" bash "$0" "$@"
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
[ $# -gt 0 ] && shift
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  corpus="$root/../shared/corpus/resumes/pdf"
  [ -d "$corpus" ] || corpus="$root/samples/resumes/pdf"
  mapfile -t files < <(find "$corpus" -name '*.pdf' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "pdf_extract: no PDF files" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdf_extract: pdftotext missing (poppler-utils)" >&2; exit 1; }
[ -f "$build/libskillfit_engine.a" ] || { echo "pdf_extract: build the engine first: cmake --build $build" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The in-process driver, compiled against the built engine.
g++ -std=c++17 -O2 -I"$root/engine/include" "$root/bench/pdf_extract_main.cc" \
  "$build/libskillfit_engine.a" $(pkg-config --libs poppler-cpp re2 libzip) -lpugixml \
  -lyaml-cpp -pthread -rdynamic -o "$work/pdf_extract_main"
# The PDF reader is a module the engine loads from beside the program (skillfit-pdf.so).
ln -s "$build/skillfit-pdf.so" "$work/skillfit-pdf.so"

rounds="${ROUNDS:-5}"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The CPU seconds (user + system) of the processes that the command "$@" starts, from bash's
# `times` (its second line: the children's "XmY.YYYs XmY.YYYs").
cpu_seconds() {
  local out
  out=$("$@" >/dev/null; times)
  echo "$out" | tail -1 | awk '{ for (i = 1; i <= 2; ++i) { sub(/s$/, "", $i); split($i, t, "m"); s += 60 * t[1] + t[2] } } END { print s }'
}

# One process of one tool on the file $1.
run_pdftotext() { pdftotext -q "$1" /dev/null; }
run_pdftotext_raw() { pdftotext -q -raw "$1" /dev/null; }
run_cli() { "$build/skillfit" text "$1"; }
run_loader() { "$work/pdf_extract_main" -n 1 "${files[@]}"; }

# "1m2.345s" -> 62345, into $ms.
to_ms() {
  local m=${1%%m*} s=${1#*m}
  s=${s%s}
  ms=$((10#$m * 60000 + 10#${s%.*} * 1000 + 10#${s#*.}))
}

# The CPU milliseconds (user + system) of this shell's children so far, into $cpu_ms, from
# `times` (its second line). Builtins only: measuring starts no process of its own.
read_cpu_ms() {
  local self user sys
  times >"$work/times"
  { read -r self; read -r user sys; } <"$work/times"
  to_ms "$user"
  cpu_ms=$ms
  to_ms "$sys"
  cpu_ms=$((cpu_ms + ms))
}

# One round of the tools named "$@" (run_NAME), taking turns on each file, the first of
# them rotating from file to file. Prints each tool's CPU seconds, in the order given.
run_round() {
  local -a tools=("$@") total=()
  local n=$# i j k before
  for ((k = 0; k < n; k++)); do total[k]=0; done
  for ((i = 0; i < ${#files[@]}; i++)); do
    for ((j = 0; j < n; j++)); do
      k=$(((i + round + j) % n))
      read_cpu_ms
      before=$cpu_ms
      "run_${tools[k]}" "${files[i]}" >/dev/null
      read_cpu_ms
      total[k]=$((total[k] + cpu_ms - before))
    done
  done
  for ((k = 0; k < n; k++)); do printf '%d.%03d ' $((total[k] / 1000)) $((total[k] % 1000)); done
}

echo "pdf_extract: ${#files[@]} PDFs, $rounds rounds, core ${CORE:-0}"
: >"$work/pdftotext"; : >"$work/raw"; : >"$work/cli"; : >"$work/loader"
per_file=(pdftotext pdftotext_raw)
[ -x "$build/skillfit" ] && per_file+=(cli)
for ((round = 0; round < rounds; round++)); do
  read -r -a t <<<"$(run_round "${per_file[@]}")"
  echo "${t[0]}" >>"$work/pdftotext"
  echo "${t[1]}" >>"$work/raw"
  if [ ${#t[@]} -gt 2 ]; then echo "${t[2]}" >>"$work/cli"; fi
  cpu_seconds run_loader >>"$work/loader"
done

t_pdftotext=$(median <"$work/pdftotext")
t_raw=$(median <"$work/raw")
ms() { awk "BEGIN { printf \"%.2f\", 1000 * $1 / ${#files[@]} }"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
row() {  # name, median seconds
  printf '%-18s %7.3f s CPU  %6s ms/file  ratio to pdftotext %s, to pdftotext -raw %s\n' "$1" "$2" \
    "$(ms "$2")" "$(ratio "$2" "$t_pdftotext")" "$(ratio "$2" "$t_raw")"
}
row "pdftotext" "$t_pdftotext"
row "pdftotext -raw" "$t_raw"
[ -s "$work/cli" ] && row "skillfit text" "$(median <"$work/cli")"
row "loader in-process" "$(median <"$work/loader")"
