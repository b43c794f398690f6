#!/usr/bin/env bash
# Runs Claude Code's skill loader, offline, on one SKILL.md and prints how many skills it loaded (0 or 1).
#
#   CLAUDE=conformance/.loaders/node_modules/@anthropic-ai/claude-code-linux-x64/claude \
#       conformance/probes/skills-probe.sh pdf-forms FILE
#
# The file is copied to .claude/skills/<folder>/SKILL.md of a throwaway git project; HOME points at an empty folder.
# `claude -p hi --agent <none>` stops before any network use (it lists the agents it found), and its debug log says
# "Loaded N unique skills (... project: N ...)": a count, not the names. What Claude Code makes of a skill's fields
# (its name, whether an agent preloads it) shows only when a model runs, which needs a login.
set -euo pipefail
CLAUDE=${CLAUDE:-claude}
folder=$1
source=$2
project=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$project" "$home"' EXIT
git -C "$project" init -q
mkdir -p "$project/.claude/skills/$folder"
cp "$source" "$project/.claude/skills/$folder/SKILL.md"
cd "$project"
set +e
env -i PATH="$PATH" HOME="$home" TERM=dumb timeout 60 "$CLAUDE" -p hi --agent no-such-agent-probe \
    --debug-file "$home/debug.log" >/dev/null 2>&1
grep -o 'Loaded [0-9]* unique skills.*' "$home/debug.log" || echo "no skill count in the debug log"
