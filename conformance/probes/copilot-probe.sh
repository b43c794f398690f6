#!/usr/bin/env bash
# Runs the GitHub Copilot CLI's own custom-agent loader, offline and without a login, on a folder of agent files.
#
#   npm install --prefix /tmp/copilot @github/copilot@1.0.102   # ships a native binary; it unpacks its JS and
#                                                                # runtime.node into $HOME/.cache/copilot/pkg on first run
#   COPILOT=/tmp/copilot/node_modules/@github/copilot-linux-x64/copilot conformance/probes/copilot-probe.sh DIR
#
# DIR's files are copied to .github/agents/ of a throwaway git project. Without a model backend the CLI skips
# custom agents ("No model backend ... skipping custom agents load"), so a BYOK provider on a closed local port is
# configured and offline mode is on: nothing is fetched. `--agent no-such-agent` makes it stop after loading with
# "No such agent: no-such-agent, available: a, b, ..." (every custom agent it loaded, by name); the log has one line
# per refused file ("[ERROR] PATH: custom agent markdown frontmatter is malformed: REASON") and per ignored key
# ("[WARNING] PATH: unknown field ignored: KEY").
set -euo pipefail
COPILOT=${COPILOT:-copilot}
source=$1
project=$(mktemp -d)
home=$(mktemp -d)
logs=$(mktemp -d)
trap 'rm -rf "$project" "$home" "$logs"' EXIT
git -C "$project" init -q
mkdir -p "$project/.github/agents"
cp -r "$source"/. "$project/.github/agents/"
cd "$project"
set +e
COPILOT_OFFLINE=true COPILOT_PROVIDER_BASE_URL=http://127.0.0.1:9/v1 COPILOT_MODEL=gpt-4.1 HOME=$home \
    timeout 90 "$COPILOT" -p hi --agent no-such-agent --trust-folder --log-level all --log-dir "$logs" --no-auto-update 2>&1 \
    | grep -E 'available:'
grep -h -E '\.github/agents/' "$logs"/*.log | sed -E 's/^[0-9T:.Z-]+ //' | sort -u
