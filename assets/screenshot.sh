#!/usr/bin/env bash
# Reproduces assets/screenshot-main.png: builds the studio, opens a fresh copy of the sample workspace under a
# virtual X display (real GTK glass, software rendering) and saves a PNG of the window.
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
# Usage: assets/screenshot.sh [output.png [agent-to-select [workspace-folder]]]
output="${1:-assets/screenshot-main.png}"
agent="${2:-release-manager}"
workspace=("${@:3}")

# -DskipTests still compiles the test classes, where ScreenshotMain lives.
mvn -B -o -DskipTests package >/dev/null
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Dprism.order=sw -Dagentstudio.home="$home" --enable-native-access=ALL-UNNAMED \
       -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
       io.agentstudio.app.ScreenshotMain "$output" "$agent" "${workspace[@]}"
