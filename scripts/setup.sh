#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a working search service:
# installs dependencies, builds, indexes corpus/ and serves it on
# http://127.0.0.1:8080 (PORT=... to change) until Ctrl-C.
# Re-running it is safe and quick: the build and the index are incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
INDEX_DIR=${INDEX_DIR:-var/index}

scripts/install-deps.sh
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" -j2
mkdir -p "$(dirname "$INDEX_DIR")"
"$BUILD_DIR/indexer/minutes-index" --db "$INDEX_DIR" corpus

echo
echo "Serving $INDEX_DIR on http://127.0.0.1:${PORT:-8080} (Ctrl-C stops it). Try:"
echo "  curl 'http://127.0.0.1:${PORT:-8080}/api/search?q=SEND+transport&type=decision'"
exec "$BUILD_DIR/searchd/minutes-searchd" --db "$INDEX_DIR" --listen "127.0.0.1:${PORT:-8080}" --web-root web
