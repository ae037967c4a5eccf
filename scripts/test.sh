#!/usr/bin/env bash
# Runs every test from a fresh clone: installs dependencies, builds with
# tests, and runs the whole CTest suite (unit, integration, browser and the
# fuzz targets' kept inputs); then the suite again, but for the browser
# tests, built with AddressSanitizer and UBSan (scripts/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}

scripts/install-deps.sh
scripts/install-browser-deps.sh
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" -j2
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
scripts/sanitize.sh
