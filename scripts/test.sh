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

dotnet test VoiceAnalytics.sln --configuration Release --logger "console;verbosity=normal" "$@"
