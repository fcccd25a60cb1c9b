#!/usr/bin/env bash
# README command 2: install what the tests need, then run every test: types, lint and boundaries, unit tests beside the code, and the
# Playwright suite against the production build in Debian's Chromium, on SQLite and again on PostgreSQL (a
# throwaway server of its own on 127.0.0.1, removed at the end). One `next build` serves both engines.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The browser tests need Chromium at $chromium. Install Debian's package (sudo apt-get install chromium)," >&2
    echo "or set CHROMIUM_PATH to a Chromium binary. Playwright's own browser download does not work here." >&2
    exit 1
  fi
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# shellcheck source=scripts/lib/throwaway-postgres.sh
source scripts/lib/throwaway-postgres.sh
start_throwaway_postgres

bash scripts/install.sh
rm -rf test-reports
mkdir -p test-reports

echo "== Type check"
npx tsc --noEmit

echo "== Lint, format and import boundaries"
npx biome check .

echo "== Unit tests (SQLite)"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || unit_status=$?

echo "== Database-layer unit tests (PostgreSQL)"
TEST_DATABASE_URL="$PG_URL/skillgap_unit_test" npx vitest run lib/db scripts/db \
  --reporter=default --reporter=json --outputFile.json=test-reports/vitest-postgresql.json || unit_status=$?

echo "== Production build"
npx next build

echo "== Browser tests (SQLite)"
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || e2e_status=$?

echo "== Browser tests (PostgreSQL)"
E2E_DATABASE_URL="$PG_URL/skillgap_e2e" PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright-postgresql.json \
  npx playwright test --reporter=list,json || e2e_status=$?

node scripts/test-summary.mjs
[ "$unit_status" = 0 ] && [ "$e2e_status" = 0 ]
