#!/usr/bin/env bash
# Re-records what the real loaders do with the edge-case corpus (conformance/verdicts.json) and prints what changed.
# Run it after bumping a pin in conformance/package.json; then run `mvn verify`: LoaderConformanceTest holds every
# rule against the new verdicts. Needs node and npm (the loaders come from the npm registry and run offline).
set -euo pipefail
cd "$(dirname "$0")/.."

loaders="conformance/.loaders"
mkdir -p "$loaders"
cp conformance/package.json "$loaders/package.json"
# The Claude Code package ships its native binary beside an install script; npm need not run scripts for it.
(cd "$loaders" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)

corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
mvn -B -q test-compile exec:java@edge-case-corpus -Dconformance.out="$corpus"
shared=()
if [ -d ../shared/corpus ]; then
  shared=(--shared ../shared --shared-out conformance/shared-verdicts.json)
fi
node conformance/record.mjs --corpus "$corpus" --loaders "$loaders" --out conformance/verdicts.json "${shared[@]}"
# What Claude Code says of the skills team exported as a plugin (conformance/plugin-validate.json) and of its agents
# imported back from every export target (conformance/import-loaded.txt), with the digests of
# the files it was shown; PluginValidateConformanceTest and ImportConformanceTest hold the export and import to them.
mvn -B -q test -Dtest=PluginValidateConformanceTest,ImportConformanceTest -Dconformance.record=true -Dsurefire.failIfNoSpecifiedTests=false
