#!/usr/bin/env bash
# Compiles and lints infra/main.bicep with the Bicep CLI, no Azure CLI needed. The CLI comes from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (restored by infra/tools/bicep-cli.csproj, so only the .NET SDK and the package
# feed are needed) and is copied to .tools/bicep/. The compiled ARM template goes to .tools/main.json, which
# VoiceAnalytics.Tests/Infra reads. Any diagnostic fails: errors, compiler warnings and linter findings alike
# (infra/bicepconfig.json raises the linter rules to errors). Silent when everything is fine.
set -euo pipefail
cd "$(dirname "$0")/.."

BICEP_VERSION=0.49.2
bicep=.tools/bicep/bicep
template=infra/main.bicep
compiled=.tools/main.json

# The CLI is a self-contained .NET program; compiling needs no culture data, so it runs without libicu too.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

installed=$("$bicep" --version 2>/dev/null || true)
if [[ "$installed" != *" ${BICEP_VERSION} "* ]]; then
  echo "Installing Bicep CLI ${BICEP_VERSION} into .tools/ ..."
  log=$(dotnet restore infra/tools/bicep-cli.csproj -p:BicepVersion="$BICEP_VERSION" 2>&1) || {
    echo "$log" >&2
    echo "bicep: could not restore Azure.Bicep.CommandLine.linux-x64 ${BICEP_VERSION}" >&2
    exit 1
  }
  packages=$(dotnet nuget locals global-packages --list | sed -e 's/^global-packages: //')
  source="${packages%/}/azure.bicep.commandline.linux-x64/${BICEP_VERSION}/tools/bicep"
  mkdir -p .tools/bicep
  cp "$source" "$bicep"
  chmod +x "$bicep"
fi

# Runs one bicep command; any output at all (bicep prints nothing on a clean run) counts as a failure.
run() {
  local out status=0
  out=$("$bicep" "$@" 2>&1) || status=$?
  if [ "$status" -ne 0 ] || [ -n "$out" ]; then
    echo "$out" >&2
    echo "bicep $1 failed (exit ${status}); warnings count as failures" >&2
    rm -f "$compiled"
    exit 1
  fi
}

run build "$template" --outfile "$compiled"
run lint "$template"
