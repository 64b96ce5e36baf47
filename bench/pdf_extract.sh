#!/usr/bin/env bash
# Times PDF text extraction: skillfit (poppler word boxes + our reading-order layout) against
# poppler's own `pdftotext` over the same files, in the same run, on one core.
#
#   bash bench/pdf_extract.sh [BUILD_DIR] [PDF...]
#
# BUILD_DIR (default build/) must hold a built engine (libskillfit_engine.a) and, for the
# per-process comparison, the CLI (skillfit). Files default to every PDF of the corpus
# (../shared/corpus/resumes/pdf), else samples/resumes/pdf. ROUNDS (default 5) rounds each
# run every tool over every file once, the tools taking turns within a round so that all see
# the same load. A tool's time is the CPU time (user + system) of its processes: on a shared
# machine wall time would count the waits for the core. Each figure is the median over the
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

# One round of one tool: every file once.
run_pdftotext() { for f in "${files[@]}"; do pdftotext -q "$f" /dev/null; done; }
run_pdftotext_raw() { for f in "${files[@]}"; do pdftotext -q -raw "$f" /dev/null; done; }
run_cli() { for f in "${files[@]}"; do "$build/skillfit" text "$f"; done; }
run_loader() { "$work/pdf_extract_main" -n 1 "${files[@]}"; }

echo "pdf_extract: ${#files[@]} PDFs, $rounds rounds, core ${CORE:-0}"
: >"$work/pdftotext"; : >"$work/raw"; : >"$work/cli"; : >"$work/loader"
for ((r = 0; r < rounds; r++)); do
  cpu_seconds run_pdftotext >>"$work/pdftotext"
  cpu_seconds run_pdftotext_raw >>"$work/raw"
  if [ -x "$build/skillfit" ]; then cpu_seconds run_cli >>"$work/cli"; fi
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
