#!/usr/bin/env bash
# Reproduces assets/screenshot-graph-sample.png and assets/screenshot-graph-laywill.png: the graph canvas (View > Graph)
# beside the agent list and an open agent, on the bundled sample workspace and on the largest shared corpus collection
# (a copy, since the canvas keeps its places in the workspace's .agent-studio/layout.json), under a virtual X display.
# Needs: apt-get install -y xvfb libgtk-3-0, and ../shared/corpus beside the project for the second picture.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -DskipTests package >/dev/null

shoot() { # output agent workspace
  local home
  home="$(mktemp -d)"
  xvfb-run -a -s "-screen 0 1440x900x24" \
    java -Dprism.order=sw -Dagentstudio.home="$home" --enable-native-access=ALL-UNNAMED \
         -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
         io.agentstudio.app.ScreenshotMain "$1" "$2" light "$3" graph
  rm -rf "$home"
}

shoot assets/screenshot-graph-sample.png tech-lead -
copy="$(mktemp -d)"
cp -r ../shared/corpus/laywill__awesome-claude-code-subagents/. "$copy"
shoot assets/screenshot-graph-laywill.png "${1:-ml-engineer}" "$copy"
rm -rf "$copy"
