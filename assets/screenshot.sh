#!/usr/bin/env bash
# Reproduces assets/screenshot-light.png and assets/screenshot-dark.png: builds the studio, opens a fresh copy of
# the sample workspace under a virtual X display (real GTK glass, software rendering), opens an agent in a tab and
# saves a PNG of the window in each theme.
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
# Usage: assets/screenshot.sh [agent-to-open [workspace-folder]]
agent="${1:-code-reviewer}"
workspace=("${@:2}")

# -DskipTests still compiles the test classes, where ScreenshotMain lives.
mvn -B -o -DskipTests package >/dev/null
for theme in light dark; do
  home="$(mktemp -d)"
  xvfb-run -a -s "-screen 0 1440x900x24" \
    java -Dprism.order=sw -Dagentstudio.home="$home" --enable-native-access=ALL-UNNAMED \
         -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
         io.agentstudio.app.ScreenshotMain "assets/screenshot-$theme.png" "$agent" "$theme" "${workspace[@]}"
  rm -rf "$home"
done
