#!/usr/bin/env bash
# Reproduces assets/screenshot-problems.png: the five seeds of ../shared/seeds copied as .md files into the agents/
# folder of a fresh workspace, opened in the studio under a virtual X display, with the problems pane on the seed
# that has no frontmatter (its row selected, its rule explained, its fix offered).
# Needs: apt-get install -y xvfb libgtk-3-0, and ../shared/seeds beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="../shared/seeds"
[ -d "$seeds" ] || { echo "No $seeds beside the project" >&2; exit 2; }

# -DskipTests still compiles the test classes, where ScreenshotMain lives.
mvn -B -o -DskipTests package >/dev/null
workspace="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$workspace" "$home"' EXIT
mkdir -p "$workspace/agents"
for seed in "$seeds"/*.txt; do
  cp "$seed" "$workspace/agents/$(basename "$seed" .txt).md"
done
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Dprism.order=sw -Dagentstudio.home="$home" --enable-native-access=ALL-UNNAMED \
       -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
       io.agentstudio.app.ScreenshotMain assets/screenshot-problems.png 003_cd06dead3fe52f29 light "$workspace" frontmatter-missing
