#!/usr/bin/env bash
# npm run bench:instances [-- --uploads 2000 --concurrency 32 --ports 3201,3202]: two app instances on one
# PostgreSQL database under upload load (scripts/bench-instances.ts). Uses BENCH_DATABASE_URL when set, otherwise a
# throwaway PostgreSQL server of its own, removed at the end. Needs the production build (npx next build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BENCH_DATABASE_URL:-}" ]; then
  # shellcheck source=scripts/lib/throwaway-postgres.sh
  source scripts/lib/throwaway-postgres.sh
  start_throwaway_postgres
  export BENCH_DATABASE_URL="$PG_URL/skillgap_bench"
fi
npx tsx --conditions=react-server scripts/bench-instances.ts "$@"
