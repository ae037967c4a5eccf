#!/usr/bin/env bash
# Fuzzes the indexer's reading of files and the daemon's request handling
# (tests/fuzz) with libFuzzer, AddressSanitizer and UBSan, for SECONDS per
# target (default 300), both targets at once (one core each).  Not part of
# scripts/test.sh: it runs for minutes, and what it finds is kept.  An
# input that breaks a property is written to build-fuzz/artifacts/; once
# fixed, copy it into tests/fuzz/corpus/<target>/, where every test run
# replays it (fuzz_replay_<target>).
#
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${1:-300}
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}

scripts/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B "$FUZZ_BUILD_DIR" -DMINUTES_FUZZ=ON -DBUILD_TESTING=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$FUZZ_BUILD_DIR" -j2 --target fuzz_extract fuzz_service

# Seeds: the kept inputs, and for the extractor every file of corpus/ (and
# of the genuine minutes in ../shared/real, when they are beside the clone;
# never copied into the project) as the format its name says (the first
# byte of an input picks the format); PDFs as pdftotext's text.
SEEDS="$FUZZ_BUILD_DIR/fuzz-seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS/extract"
SEED_DIRS=(corpus/samples corpus/seeds)
[ -d ../shared/real ] && SEED_DIRS+=(../shared/real)
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  case "$file" in
    *.txt) { printf '\x00'; cat "$file"; } >"$SEEDS/extract/seed-$n" ;;
    *.html|*.htm) { printf '\x01'; cat "$file"; } >"$SEEDS/extract/seed-$n" ;;
    *.xml) { printf '\x02'; cat "$file"; } >"$SEEDS/extract/seed-$n" ;;
    *.md) { printf '\x03'; cat "$file"; } >"$SEEDS/extract/seed-$n" ;;
    *.pdf) { printf '\x04'; pdftotext -layout -enc UTF-8 "$file" - 2>/dev/null | head -c 16000 || true; } >"$SEEDS/extract/seed-$n" ;;
    *.json) { printf '\x05'; cat "$file"; } >"$SEEDS/extract/seed-$n" ;;
  esac
done < <(find "${SEED_DIRS[@]}" -type f \( -size -64k -o -name '*.pdf' \) -print0)

mkdir -p "$FUZZ_BUILD_DIR/artifacts"
fuzz() {  # TARGET SEED_DIR...
  local target=$1
  shift
  mkdir -p "$FUZZ_BUILD_DIR/work/$target"
  "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=4096 \
    -max_len=16384 -dict="tests/fuzz/$target.dict" -artifact_prefix="$FUZZ_BUILD_DIR/artifacts/$target-" \
    -print_final_stats=1 "$FUZZ_BUILD_DIR/work/$target" "$@" >"$FUZZ_BUILD_DIR/fuzz-$target.log" 2>&1
}
status=0
fuzz extract tests/fuzz/corpus/extract "$SEEDS/extract" & extract_pid=$!
fuzz service tests/fuzz/corpus/service & service_pid=$!
wait $extract_pid || status=1
wait $service_pid || status=1
for target in extract service; do
  echo "== $target ($FUZZ_BUILD_DIR/fuzz-$target.log)"
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|ERROR|broken property|SUMMARY|Test unit written" \
    "$FUZZ_BUILD_DIR/fuzz-$target.log" || true
done
[ "$status" = 0 ] && echo "no property broken in ${SECONDS_PER_TARGET} s per target" || echo "broken: see $FUZZ_BUILD_DIR/artifacts/"
exit $status
