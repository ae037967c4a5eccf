#!/usr/bin/env bash
# Search benchmark on a generated archive: the same realistic query mix
# (one to four words, phrases, a third with filters) timed in process on
# bare Xapian (QueryParser + Enquire top 10, and with exact facet counts),
# on the search core, over HTTP on one keep-alive connection, and under
# load with wrk at 64 connections, beside bare Xapian behind the same HTTP
# layer (bench/bare-searchd).
#
#   bench/search_bench.sh [ITEMS] [QUERIES]     (defaults: 100000 items, 2000 queries)
#
# Every query is timed once, and wrk sends each of its own 45,000 at most
# once: a mix cycled again and again would be answered from the daemon's
# item cache and the OS's warm pages far more than real searches are (a
# 500-query mix cycled by wrk served 25% more requests a second than
# 30,000 distinct queries did, in throwaway runs at be8a632).
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${1:-100000}
QUERIES=${2:-2000}
WRK_QUERIES=${WRK_QUERIES:-45000}
SEED=${SEED:-42}
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-bench/out}
ARCHIVE="$OUT/archive-$ITEMS-$SEED"
DB="$OUT/db-search-$ITEMS-$SEED"
PORT=${PORT:-18181}
BARE_PORT=${BARE_PORT:-18182}
WRK_SECONDS=${WRK_SECONDS:-30}

cmake --build "$BUILD_DIR" -j2 --target minutes-index minutes-searchd minutes-corpus-gen search-bench bare-searchd >/dev/null
mkdir -p "$OUT"
if [ ! -f "$ARCHIVE/.complete" ]; then
  rm -rf "$ARCHIVE"
  "$BUILD_DIR/corpus/generator/minutes-corpus-gen" --out "$ARCHIVE" --items "$ITEMS" --seed "$SEED"
  touch "$ARCHIVE/.complete"
fi
# An index is reused only if built by the same indexing code (its layout
# affects the figures): .complete names the last commit that changed it.
INDEXED_BY=$(git log -1 --format=%h -- core/index core/schema.h core/schema.cc indexer 2>/dev/null || echo unknown)
if [ ! -f "$DB/.complete" ] || [ "$(cat "$DB/.complete")" != "$INDEXED_BY" ]; then
  rm -rf "$DB"
  "$BUILD_DIR/indexer/minutes-index" --db "$DB" --progress log --compact "$ARCHIVE"
  echo "$INDEXED_BY" >"$DB/.complete"
fi
MIX="$OUT/mix-$QUERIES.txt"
"$BUILD_DIR/bench/search-bench" mix --db "$DB" --queries "$QUERIES" --seed 7 >"$MIX"
# wrk's own mixes: one for the daemon, another like it for bare-searchd
# (loaded first, it must not have warmed the pages of the daemon's queries).
WRK_MIX="$OUT/mix-wrk-$WRK_QUERIES.txt"
"$BUILD_DIR/bench/search-bench" mix --db "$DB" --queries "$WRK_QUERIES" --seed 8 >"$WRK_MIX"
BARE_MIX="$OUT/mix-wrk-bare-$WRK_QUERIES.txt"
"$BUILD_DIR/bench/search-bench" mix --db "$DB" --queries "$WRK_QUERIES" --seed 9 >"$BARE_MIX"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
echo "index: $ITEMS items, $(du -sh "$DB" | cut -f1), indexing code of $INDEXED_BY; query mix: $QUERIES queries, each timed once; wrk: $WRK_QUERIES other queries"
# Untimed first: the first program to read the index after others have
# run finds fewer of its pages in memory (bare Xapian's mean 2.04 ms in a
# first run, 1.40 in the next, at 00:59 on 2026-11-23).
"$BUILD_DIR/bench/search-bench" bare --db "$DB" --mix "$MIX" --rounds 1 >/dev/null
"$BUILD_DIR/bench/search-bench" bare --db "$DB" --mix "$MIX" --rounds 1
"$BUILD_DIR/bench/search-bench" bare-counts --db "$DB" --mix "$MIX" --rounds 1
"$BUILD_DIR/bench/search-bench" core --db "$DB" --mix "$MIX" --rounds 1 --slowest 8

"$BUILD_DIR/searchd/minutes-searchd" --db "$DB" --listen "127.0.0.1:$PORT" --web-root web >"$OUT/searchd.log" 2>&1 &
SEARCHD=$!
trap 'kill $SEARCHD ${BARE:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
"$BUILD_DIR/bench/search-bench" http --port "$PORT" --mix "$MIX" --rounds 1

# wrk sends a mix in order from 64 connections (one wrk thread, so one
# counter), and says so if it ran out and began again.
wrk_script() {  # MIX_FILE LUA_FILE
  cat >"$2" <<LUA
local lines = {}
for line in io.lines("$1") do lines[#lines + 1] = "/api/search?" .. line end
local i = 0
request = function()
  i = i % #lines + 1
  return wrk.format("GET", lines[i])
end
done = function(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d non-2xx/3xx, %d socket errors (connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("wrk: p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  if summary.requests > #lines then
    io.write(string.format("wrk: WARNING: %d requests from a mix of %d: queries were sent more than once\n", summary.requests, #lines))
  end
end
LUA
}
wrk_script "$WRK_MIX" "$OUT/mix.lua"
wrk_script "$BARE_MIX" "$OUT/mix-bare.lua"
# One wrk thread is plenty: it needs about 1% of a core at these rates.
# Sharing both saturated cores with the daemon, a few requests can wait
# seconds although the daemon answers each within tens of milliseconds
# (its access log, below): the client, the kernel's loopback work and the daemon
# compete for the CPU.  The pinned run after this one keeps them apart.
# The ceiling: bare Xapian's top ten (as timed above) behind the daemon's
# own HTTP layer, loaded the same way, just before the daemon.  What the
# daemon's grouping, facets, passages and JSON cost under load is the
# ratio of the two rates.
"$BUILD_DIR/bench/bare-searchd" --db "$DB" --port "$BARE_PORT" --threads 2 >"$OUT/bare-searchd.log" 2>&1 &
BARE=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/api/search?q=council" && break; sleep 0.1; done
echo "wrk (1 thread, 64 connections) and bare-searchd (bare Xapian behind the same HTTP layer, 2 threads) sharing both cores:"
wrk -t1 -c64 -d"${WRK_SECONDS}s" --timeout 10s --latency -s "$OUT/mix-bare.lua" "http://127.0.0.1:$BARE_PORT" | grep -E "Requests/sec|wrk:"
kill $BARE; wait $BARE 2>/dev/null || true
BARE=""  # stopped: the exit trap must not kill whatever reuses its pid

echo "wrk (1 thread, 64 connections) and the daemon (2 threads) sharing both cores:"
wrk -t1 -c64 -d"${WRK_SECONDS}s" --timeout 10s --latency -s "$OUT/mix.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|wrk:"
echo "daemon's slowest answers (ms, from its access log): $(grep " GET " "$OUT/searchd.log" | awk '{print $NF}' | sed 's/ms$//' | sort -n | tail -3 | tr '\n' ' ')"
kill $SEARCHD; wait $SEARCHD 2>/dev/null || true

# Pinned apart, one core each: what one core of the daemon (its two
# threads, each serving its connections in turn) serves, with the load
# generator out of its way.
taskset -c 0 "$BUILD_DIR/searchd/minutes-searchd" --db "$DB" --listen "127.0.0.1:$PORT" --web-root web --threads 2 \
  >"$OUT/searchd-pinned.log" 2>&1 &
SEARCHD=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
echo "wrk, daemon (2 threads) on core 0, wrk (1 thread) on core 1:"
taskset -c 1 wrk -t1 -c64 -d"${WRK_SECONDS}s" --timeout 10s --latency -s "$OUT/mix.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|wrk:"
