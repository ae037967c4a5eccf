#!/usr/bin/env bash
# Indexing benchmark: minutes-index (all extraction, both cores) against a
# bare single-threaded Xapian indexer, on the same generated archive, in
# the same run, alternating so that machine noise hits both alike.
#
#   bench/index_bench.sh [ITEMS] [ROUNDS]      (defaults: 100000 items, 1 round)
#
# Prints a Markdown table of items/s, MB/s, wall time, peak RSS, index size
# and the ratio of the two times, for bench/RESULTS.md.  COMPACT=0 skips the
# extra run with --compact.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${1:-100000}
ROUNDS=${2:-1}
SEED=${SEED:-42}
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-bench/out}
ARCHIVE="$OUT/archive-$ITEMS-$SEED"

cmake --build "$BUILD_DIR" -j2 --target minutes-index bare-indexer minutes-corpus-gen >/dev/null
mkdir -p "$OUT"
if [ ! -f "$ARCHIVE/.complete" ]; then
  rm -rf "$ARCHIVE"
  "$BUILD_DIR/corpus/generator/minutes-corpus-gen" --out "$ARCHIVE" --items "$ITEMS" --seed "$SEED"
  touch "$ARCHIVE/.complete"
fi
BYTES=$(find "$ARCHIVE" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
FILES=$(find "$ARCHIVE" -name '*.txt' | wc -l)
# Warm the page cache so that neither run pays for the first read.
find "$ARCHIVE" -type f -exec cat {} + >/dev/null

measure() {  # name, db, command... -> "seconds rss_kb size_bytes"
  local name=$1 db=$2; shift 2
  rm -rf "$db"
  local log="$OUT/$name.time"
  /usr/bin/time -f '%e %M' -o "$log" "$@" >"$OUT/$name.log" 2>&1
  echo "$(cat "$log") $(du -sb "$db" | cut -f1)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
echo "archive: $FILES files, $((BYTES / 1000000)) MB of text (seed $SEED)"
echo
echo "| round | indexer | wall s | items/s | MB/s | peak RSS MB | index MB |"
echo "|---|---|---|---|---|---|---|"
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  read -r bare_s bare_rss bare_size < <(measure bare "$OUT/db-bare" "$BUILD_DIR/bench/bare-indexer" "$OUT/db-bare" "$ARCHIVE")
  read -r ours_s ours_rss ours_size < <(measure minutes "$OUT/db-minutes" "$BUILD_DIR/indexer/minutes-index" \
      --db "$OUT/db-minutes" --progress log "$ARCHIVE")
  rows=("bare-indexer (1 thread) $bare_s $bare_rss $bare_size" "minutes-index (2 threads) $ours_s $ours_rss $ours_size")
  if [ "${COMPACT:-1}" = 1 ]; then
    read -r comp_s comp_rss comp_size < <(measure minutes-compact "$OUT/db-compact" "$BUILD_DIR/indexer/minutes-index" \
        --db "$OUT/db-compact" --progress log --compact "$ARCHIVE")
    rows+=("minutes-index --compact (2 threads) $comp_s $comp_rss $comp_size")
  fi
  for row in "${rows[@]}"; do
    set -- $row
    s=$(echo "$row" | awk '{print $(NF-2)}'); rss=$(echo "$row" | awk '{print $(NF-1)}'); size=$(echo "$row" | awk '{print $NF}')
    name=$(echo "$row" | awk '{NF-=3; print}')
    awk -v r="$round" -v n="$name" -v s="$s" -v rss="$rss" -v size="$size" -v items="$ITEMS" -v bytes="$BYTES" \
      'BEGIN {printf "| %d | %s | %.1f | %.0f | %.2f | %.0f | %.0f |\n", r, n, s, items/s, bytes/1e6/s, rss/1024, size/1e6}'
  done
  ratios+=("$(awk -v a="$ours_s" -v b="$bare_s" 'BEGIN {printf "%.2f", a/b}')")
done
echo
echo "time ratio minutes-index / bare-indexer per round: ${ratios[*]} (below 1.00: faster than the baseline)"
echo "minutes-index summary: $(tail -1 "$OUT/minutes.log")"
