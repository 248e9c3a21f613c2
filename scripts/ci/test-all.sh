#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: hygiene, unit (node), build, browser.
# A failing check step counts as a failure in the closing "N passed, N failed" line too.
set -uo pipefail
cd "$(dirname "$0")/../.."
export NO_COLOR=1
mkdir -p artifacts
failed_steps=()
step() {
  local label=$1
  shift
  echo
  echo "== $label"
  "$@" || failed_steps+=("$label;")
}

step "Chromium" bash scripts/ci/ensure-chromium.sh
step "Lint and format (biome, zero warnings)" npx biome ci --error-on-warnings --colors=off .
step "Type check (tsc --noEmit)" npx tsc --noEmit -p .
step "Unit tests (vitest, node)" npx vitest run --reporter=default --reporter=json --outputFile=artifacts/unit-results.json
step "Build (vite)" npx vite build --logLevel warn
step "Browser tests (Chromium, software WebGL)" npx tsx tests/browser/run.ts --json artifacts/browser-results.json

echo; echo "== Summary"
FAILED_STEPS="${failed_steps[*]:-}" npx tsx scripts/ci/summary.ts artifacts/unit-results.json artifacts/browser-results.json
