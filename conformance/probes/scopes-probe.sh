#!/usr/bin/env bash
# Asks Claude Code, offline, which of two same-named agents it runs (a user agent in ~/.claude/agents against a
# project agent in .claude/agents), and whether it reads an `Agent(name)` entry of .claude/settings.json's
# permissions.deny. Prints the model the chosen agent asked for (each twin names another) and the deny rules logged.
#
#   CLAUDE=$PWD/conformance/.loaders/node_modules/@anthropic-ai/claude-code-linux-x64/claude conformance/probes/scopes-probe.sh
#
# `claude -p hi --agent twin` with a dummy key gets as far as dispatching the request, and its debug log names the
# model: the project twin asks for haiku, the user twin for opus. The requests then fail (no network); the run is cut
# off after 25 s.
set -euo pipefail
# An absolute path: the run happens inside the throwaway project.
CLAUDE=${CLAUDE:-claude}
project=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$project" "$home"' EXIT
git -C "$project" init -q
mkdir -p "$project/.claude/agents" "$home/.claude/agents"
agent() { printf -- '---\nname: %s\ndescription: %s\nmodel: %s\n---\nYou help.\n' "$1" "$2" "$3"; }
agent twin "The user's twin." opus > "$home/.claude/agents/twin.md"
agent twin "The project's twin." haiku > "$project/.claude/agents/twin.md"
agent switched-off "Turned off in the settings." sonnet > "$project/.claude/agents/switched-off.md"
printf '{\n  "permissions": {\n    "deny": ["Agent(switched-off)"]\n  }\n}\n' > "$project/.claude/settings.json"
cd "$project"
set +e
env -i PATH="$PATH" HOME="$home" TERM=dumb ANTHROPIC_API_KEY=sk-probe-dummy timeout 25 "$CLAUDE" -p hi --agent twin \
    --debug-file "$home/debug.log" >/dev/null 2>&1
grep -o -m1 'dispatching to firstParty model=[^ ]*' "$home/debug.log" || echo "no model in the debug log"
grep -o -m1 "Adding [0-9]* deny rule(s) to destination '[a-zA-Z]*': .*" "$home/debug.log" || echo "no deny rule in the debug log"
