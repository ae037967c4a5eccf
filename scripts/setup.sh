#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a working search service:
# installs dependencies, builds, indexes corpus/ and shows a sample search.
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
echo "Sample search of $INDEX_DIR for: SEND transport EHCP"
quest -d "$INDEX_DIR" -m 3 -s english 'SEND transport EHCP' |
  sed -n 's/.*"minute":"\([^"]*\)".*"text":"\([^"]\{0,160\}\).*"type":"\([a-z]*\)".*/  [\3, minute \1] \2…/p'
