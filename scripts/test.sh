#!/usr/bin/env bash
# `npm test`: every test — types, unit tests (Vitest), then browser tests (Playwright driving
# Debian's Chromium) against a production build served from a throwaway database in tmp/.
# It never touches the database in data/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
echo "== types"
node node_modules/typescript/bin/tsc --noEmit
echo "== unit tests"
node node_modules/vitest/vitest.mjs run
echo "== production build"
node node_modules/tsx/dist/cli.mjs scripts/build.ts
echo "== browser tests"
node node_modules/tsx/dist/cli.mjs tests/e2e/prepare-db.ts
node node_modules/@playwright/test/cli.js test
echo "== benchmark harness (smoke run on a tiny data set; no timing is asserted)"
NODE_OPTIONS=--conditions=react-server node node_modules/tsx/dist/cli.mjs bench/run.ts --smoke
