#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than the lock file. Shared by the two
# README commands, so that each works on a fresh clone and a second run skips the 3-4 minute install.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
