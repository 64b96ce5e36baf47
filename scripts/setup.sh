#!/usr/bin/env bash
# Installs the Debian packages skillfit builds with, when any is missing. Quiet when all are
# there; idempotent. Run as root (or with sudo available).
set -euo pipefail
pkgs=(g++ cmake make pkg-config libre2-dev nlohmann-json3-dev libyaml-cpp-dev
      libpoppler-cpp-dev libpoppler-private-dev doctest-dev libzip-dev libpugixml-dev
      libjemalloc-dev poppler-utils
      python3 clang-14 libfuzzer-14-dev
      libcpp-httplib-dev chromium chromium-driver python3-selenium)  # skillfit serve, its browser test
# Only the tests of scripts/dask_rank.py (tests/dask) use these, with Debian's /usr/bin/python3;
# the build does not.
pkgs+=(python3-dask python3-distributed)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
