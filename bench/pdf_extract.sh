#!/usr/bin/env bash
# Times PDF text extraction: skillfit's loader (poppler word boxes + our reading-order layout)
# against poppler's own `pdftotext` (default mode) over the same files, in the same run.
#
#   bash bench/pdf_extract.sh [BUILD_DIR] [PDF...]
#
# BUILD_DIR (default build/) must hold a built engine (libskillfit_engine.a) and, for the
# per-process comparison, the CLI (skillfit). Files default to every PDF of the corpus
# (../shared/corpus/resumes/pdf), else samples/resumes/pdf. The set is repeated so that
# pdftotext takes more than 2 seconds.
#
# Three timings:
#   pdftotext         one process per file (that is the only way it runs)
#   skillfit text     one process per file: the CLI end to end, same footing as pdftotext
#   loader in-process the engine's LoadDocument over all files in one process (driver
#                     bench/pdf_extract_main.cc, compiled here; not part of the build)
set -euo pipefail
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

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
elapsed() { calc "$2 - $1"; }

# How many passes make pdftotext take more than 2 s.
t0=$(now)
for f in "${files[@]}"; do pdftotext -q "$f" /dev/null; done
one=$(elapsed "$t0" "$(now)")
reps=$(calc "int(2.2 / $one) + 1")
[ "$reps" -ge 1 ] || reps=1
n=$(( ${#files[@]} * reps ))
echo "pdf_extract: ${#files[@]} PDFs x $reps passes = $n extractions"

t0=$(now)
for ((r = 0; r < reps; r++)); do
  for f in "${files[@]}"; do pdftotext -q "$f" /dev/null; done
done
t_pdftotext=$(elapsed "$t0" "$(now)")

t_cli=""
if [ -x "$build/skillfit" ]; then
  t0=$(now)
  for ((r = 0; r < reps; r++)); do
    for f in "${files[@]}"; do "$build/skillfit" text "$f" >/dev/null; done
  done
  t_cli=$(elapsed "$t0" "$(now)")
fi

out=$("$work/pdf_extract_main" -n "$reps" "${files[@]}")
t_loader=$(echo "$out" | awk '{print $6}')

ms() { calc "1000 * $1 / $n"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
printf '%-22s %8.3f s  %6.2f ms/file\n' "pdftotext" "$t_pdftotext" "$(ms "$t_pdftotext")"
if [ -n "$t_cli" ]; then
  printf '%-22s %8.3f s  %6.2f ms/file  ratio to pdftotext %s\n' "skillfit text" "$t_cli" \
    "$(ms "$t_cli")" "$(ratio "$t_cli" "$t_pdftotext")"
fi
printf '%-22s %8.3f s  %6.2f ms/file  ratio to pdftotext %s\n' "loader in-process" "$t_loader" \
  "$(ms "$t_loader")" "$(ratio "$t_loader" "$t_pdftotext")"
