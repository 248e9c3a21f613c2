#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: hygiene, unit (node), build, browser.
set -uo pipefail
cd "$(dirname "$0")/../.."
export NO_COLOR=1
mkdir -p artifacts
status=0
step() { echo; echo "== $*"; }

step "Chromium"
bash scripts/ci/ensure-chromium.sh || status=1
step "Lint and format (biome, zero warnings)"
npx biome ci --error-on-warnings . || status=1
step "Type check (tsc --noEmit)"
npx tsc --noEmit -p . || status=1
step "Unit tests (vitest, node)"
npx vitest run --reporter=default --reporter=json --outputFile=artifacts/unit-results.json || status=1
step "Build (vite)"
npx vite build --logLevel warn || status=1
step "Browser tests (Chromium, software WebGL)"
npx tsx tests/browser/run.ts --json artifacts/browser-results.json || status=1

step "Summary"
npx tsx scripts/ci/summary.ts artifacts/unit-results.json artifacts/browser-results.json || status=1
exit $status
