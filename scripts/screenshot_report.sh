#!/usr/bin/env bash
# Renders the HTML match report in headless Chromium and saves a screenshot, to check that
# the report renders (charts, tables, study plan) with no network.
#   bash scripts/screenshot_report.sh [OUT.png]     (default build/report.png)
# Installs Debian's chromium package when it is missing (about 100 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/report.png}
bash scripts/setup.sh
bash scripts/build.sh
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
build/skillfit match --resume samples/resumes/priya-nair-sre.txt --jd samples/jds/sre-devops.txt \
  --format html -o "$html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$out" "file://$html" >/dev/null 2>&1
# A blank page would be one flat colour: a real render has many distinct bytes.
size=$(stat -c %s "$out")
[ "$size" -gt 20000 ] || { echo "screenshot_report: $out is only $size bytes; the page did not render" >&2; exit 1; }
echo "screenshot_report: wrote $out ($size bytes)"
