#!/usr/bin/env bash
# Runs every test from a fresh clone: installs Azurite (npm) for the Azure Storage adapter tests and Debian's chromium
# for the dashboard's browser tests, compiles and lints
# infra/main.bicep (scripts/bicep.sh; VoiceAnalytics.Tests/Infra reads the compiled template), publishes the Functions
# app (FunctionsMetadataTests reads the output), then dotnet test.
# The Azurite tests start and stop their own Azurite on free ports; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_VERSION=3.37.0
if [ ! -x .tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite ${AZURITE_VERSION} into .tools/ ..."
  npm install --no-audit --no-fund --loglevel=error --prefix .tools "azurite@${AZURITE_VERSION}" >/dev/null
fi

# Debian's Chromium for the dashboard's browser tests (VoiceAnalytics.Tests/Dashboard): Playwright drives it by path,
# no browser download.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests ..."
  sudo_=""; [ "$(id -u)" = "0" ] || sudo_="sudo"
  $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 \
    || { $sudo_ apt-get update -q >/dev/null && $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
fi

bash scripts/bicep.sh
echo "bicep: build and lint ok"

# The Functions app as it would be deployed; VoiceAnalytics.Tests/Functions/FunctionsMetadataTests reads its
# generated functions.metadata (every function with its trigger) and host.json.
dotnet publish VoiceAnalytics.Functions --configuration Release --output .artifacts/functions --nologo --verbosity quiet
echo "functions: published to .artifacts/functions"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test VoiceAnalytics.sln --configuration Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# One plain summary line for CI: "N passed, N failed, N skipped".
sum() { awk -v key="$1" '$1 == key":" { n += $2 } END { print n + 0 }' "$log"; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)

# CI keeps only the tail of this output, so each failed test is repeated here with the start of its message.
if [ "$failed" != "0" ]; then
  echo "Failed tests (first 40 lines of each):"
  awk '/^  Failed [A-Za-z]/ { on = 1; n = 0 } /^  (Passed|Skipped) [A-Za-z]/ { on = 0 } on && n++ < 40' "$log"
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
