#!/usr/bin/env bash
# README command 2: install what the tests need, then run every test: types, unit tests beside the code, and the
# Playwright suite against the production build in Debian's Chromium, on SQLite and again on PostgreSQL (a
# throwaway server of its own on 127.0.0.1, removed at the end). One `next build` serves both engines.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

as_root_install() {
  local package="$1" why="$2"
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's $package for $why…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "$why needs Debian's $package: install it (sudo apt-get install $package)." >&2
    exit 1
  fi
}

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The browser tests need Chromium at $chromium. Install Debian's package (sudo apt-get install chromium)," >&2
    echo "or set CHROMIUM_PATH to a Chromium binary. Playwright's own browser download does not work here." >&2
    exit 1
  fi
  as_root_install chromium "the browser tests"
fi

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin_dir)" ]; then as_root_install postgresql "the PostgreSQL run of the tests"; fi
pg_bin="$(pg_bin_dir)"

# The throwaway server: a cluster made by initdb in a temporary folder, owned by the postgres user when run as root
# (initdb refuses root), trusting local connections, stopped and deleted however this script ends.
pg_dir="$(mktemp -d)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "cd / && $1"; else bash -c "$1"; fi; }
stop_pg() {
  as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
pg_port="${PG_TEST_PORT:-55432}"
while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U postgres -E UTF8 --locale=C" >/dev/null
as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1\" -l '$pg_dir/pg.log' -w start" >/dev/null
pg_url="postgresql://postgres@127.0.0.1:$pg_port"
echo "PostgreSQL test server on 127.0.0.1:$pg_port"

bash scripts/install.sh
rm -rf test-reports
mkdir -p test-reports

echo "== Type check"
npx tsc --noEmit

echo "== Unit tests (SQLite)"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || unit_status=$?

echo "== Database-layer unit tests (PostgreSQL)"
TEST_DATABASE_URL="$pg_url/skillgap_unit_test" npx vitest run lib/db scripts/db \
  --reporter=default --reporter=json --outputFile.json=test-reports/vitest-postgresql.json || unit_status=$?

echo "== Production build"
npx next build

echo "== Browser tests (SQLite)"
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || e2e_status=$?

echo "== Browser tests (PostgreSQL)"
E2E_DATABASE_URL="$pg_url/skillgap_e2e" PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright-postgresql.json \
  npx playwright test --reporter=list,json || e2e_status=$?

node scripts/test-summary.mjs
[ "$unit_status" = 0 ] && [ "$e2e_status" = 0 ]
