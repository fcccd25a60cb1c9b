#!/usr/bin/env bash
# README command 2: install what the tests need, then run every test: types, unit tests beside the code, and the
# Playwright suite against the production build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $chromium. Install Debian's package (sudo apt-get install chromium)," >&2
    echo "or set CHROMIUM_PATH to a Chromium binary. Playwright's own browser download does not work here." >&2
    exit 1
  fi
fi

bash scripts/install.sh
mkdir -p test-reports

echo "== Type check"
npx tsc --noEmit

echo "== Unit tests"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || unit_status=$?

echo "== Production build"
npx next build

echo "== Browser tests"
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || e2e_status=$?

node scripts/test-summary.mjs
[ "$unit_status" = 0 ] && [ "$e2e_status" = 0 ]
