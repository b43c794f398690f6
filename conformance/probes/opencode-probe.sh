#!/usr/bin/env bash
# Runs OpenCode's own agent loader, offline, on one agent file and prints what it made of it.
#
#   npm install --prefix /tmp/oc opencode-ai@1.18.33        # ships a native binary (Bun), no login needed
#   OPENCODE=/tmp/oc/node_modules/opencode-linux-x64/bin/opencode conformance/probes/opencode-probe.sh agents/team/reviewer.md FILE
#
# The file is copied to .opencode/<relative path> of a throwaway git project; HOME points at an empty folder.
# `opencode agent list` prints every agent it loaded as "<id> (<mode>)" (built-ins included); a file it refuses
# makes the whole configuration invalid: exit 1 and "Configuration is invalid at PATH" with one line per problem.
# `opencode debug agent <id>` prints the agent as loaded (unknown keys end up in "options").
set -euo pipefail
OPENCODE=${OPENCODE:-opencode}
relative=$1
source=$2
project=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$project" "$home"' EXIT
git -C "$project" init -q
mkdir -p "$project/.opencode/$(dirname "$relative")"
cp "$source" "$project/.opencode/$relative"
cd "$project"
set +e
HOME=$home timeout 60 "$OPENCODE" agent list 2>&1 | sed 's/\x1b\[[0-9;]*m//g' \
    | grep -E '^[^ \[{}"].* \((primary|subagent|all)\)$|Error|↳'
echo "exit: ${PIPESTATUS[0]}"
