#!/usr/bin/env bash
# README command 1: install, build for production, create and migrate the database, serve on port 3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/install.sh
npx next build
npm run db:migrate
# Sign-in works only at APP_URL's origin: say it now, not as "Invalid origin" in the log at the first sign-up.
APP_URL_EXPECTED="$(npx tsx -e 'import("./lib/env.ts").then(({ env }) => console.log(env.APP_URL))')"
echo "SkillGap expects to be opened at ${APP_URL_EXPECTED} (set APP_URL to the address people type; sign-in refuses any other)."
case "${APP_URL_EXPECTED}" in
  *":${PORT:-3000}"|*":${PORT:-3000}/") ;;
  *) echo "Note: serving on port ${PORT:-3000}; make sure ${APP_URL_EXPECTED} reaches it." ;;
esac
# Two malloc arenas, as `npm start` sets them (scripts/next-server.mjs says why).
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" exec node scripts/next-server.mjs -p "${PORT:-3000}"
