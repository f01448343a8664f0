#!/usr/bin/env bash
# Runs every test from a fresh clone: installs Azurite (npm) for the Azure Storage adapter tests, then dotnet test.
# The Azurite tests start and stop their own Azurite on free ports; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_VERSION=3.37.0
if [ ! -x .tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite ${AZURITE_VERSION} into .tools/ ..."
  npm install --no-audit --no-fund --loglevel=error --prefix .tools "azurite@${AZURITE_VERSION}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test VoiceAnalytics.sln --configuration Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# One plain summary line for CI: "N passed, N failed, N skipped".
passed=$(grep -oE '^\s+Passed: [0-9]+' "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc 2>/dev/null || echo 0)
failed=$(grep -oE '^\s+Failed: [0-9]+' "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc 2>/dev/null || echo 0)
skipped=$(grep -oE '^\s+Skipped: [0-9]+' "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc 2>/dev/null || echo 0)
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
