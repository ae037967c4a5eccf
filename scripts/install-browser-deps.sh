#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium (no browser
# download: playwright-core drives /usr/bin/chromium), Node.js and npm, a
# local font for screenshots, and tests/browser's npm packages.
# Idempotent: apt runs only when a package is missing, npm ci only when
# node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium nodejs npm fonts-inter)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A Node.js installed some other way is fine: npm and node on PATH are all we use.
if command -v node >/dev/null && command -v npm >/dev/null; then
  remaining=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || remaining+=("$p"); done
  missing=("${remaining[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "install-browser-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-browser-deps: chromium, node and npm already installed"
fi

cd tests/browser
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "install-browser-deps: npm ci in tests/browser"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
else
  echo "install-browser-deps: tests/browser/node_modules is up to date"
fi
