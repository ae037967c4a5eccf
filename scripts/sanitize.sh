#!/usr/bin/env bash
# Runs the test suite (all but the browser tests) built with clang's
# AddressSanitizer and UBSan, in build-asan/: the indexer and the daemon
# the integration tests start are sanitized too, so a memory error or
# undefined behaviour anywhere they go fails the run.
#
#   scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ASAN_BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}

scripts/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B "$ASAN_BUILD_DIR" -DMINUTES_SANITIZE=ON -DBUILD_TESTING=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$ASAN_BUILD_DIR" -j2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$ASAN_BUILD_DIR" --output-on-failure -j2 -E browser_tests
