#!/usr/bin/env bash
# Runs every "$ curl ..." example of README.md against a real
# minutes-searchd serving an index of corpus/, and checks that each prints
# exactly the lines the README shows under it.
#   tests/readme_examples_test.sh BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:?usage: readme_examples_test.sh BUILD_DIR}"
work="$(mktemp -d)"
trap 'kill "${daemon:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/indexer/minutes-index" --db "$work/index" --progress quiet "$root/corpus" 2>"$work/index.log"
"$build/searchd/minutes-searchd" --db "$work/index" --listen 127.0.0.1:0 --web-root "$root/web" \
  >"$work/access.log" 2>"$work/searchd.log" &
daemon=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on port \([0-9]*\).*/\1/p' "$work/searchd.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "daemon did not start:"; cat "$work/searchd.log"; exit 1; }

passed=0 failed=0
# Each example: a "$ curl" line, then its expected output up to the next
# "$ " line or the end of the code block.
while IFS= read -r -d $'\0' example; do
  command="${example%%$'\n'*}"
  expected="${example#*$'\n'}"
  command="${command#\$ }"
  actual="$(bash -c "${command//127.0.0.1:8080/127.0.0.1:$port}" 2>&1 || true)"
  if [ "$actual" == "$expected" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'README example failed:\n  %s\nexpected:\n%s\ngot:\n%s\n\n' "$command" "$expected" "$actual"
  fi
done < <(awk '
  /^```/ { if (cmd != "") { printf "%s%c", cmd "\n" out, 0 }; cmd = ""; out = ""; inblock = !inblock; next }
  inblock && /^\$ curl/ { if (cmd != "") printf "%s%c", cmd "\n" out, 0; cmd = $0; out = ""; next }
  inblock && cmd != "" { out = (out == "" ? $0 : out "\n" $0) }
' "$root/README.md")

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
