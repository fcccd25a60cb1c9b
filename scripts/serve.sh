#!/usr/bin/env bash
# README command 1: install, build for production, create and migrate the database, serve on port 3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/install.sh
npx next build
npm run db:migrate
exec node scripts/next-server.mjs -p "${PORT:-3000}"
