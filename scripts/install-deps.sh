#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and benchmark.
# Idempotent: packages already present are left alone, and apt's lists are
# refreshed only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git curl python3
  libxapian-dev xapian-tools        # search engine library; xapian-compact, xapian-tcpsrv
  libboost1.81-dev                  # Boost.Beast / Asio for minutes-searchd
  nlohmann-json3-dev                # JSON
  libsimdjson-dev                   # fast reads of stored items for result pages
  libgtest-dev                      # unit and integration tests
  libgumbo-dev                      # HTML parsing
  libpugixml-dev                    # ModernGov web-service XML
  libjemalloc-dev                   # allocator for the indexer's many small documents
  poppler-utils                     # pdftotext, run out of process for PDFs
  wrk hyperfine time                # benchmarks
  clang libclang-rt-14-dev          # AddressSanitizer, UBSan and libFuzzer (sanitize.sh, fuzz.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
