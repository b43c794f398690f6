#!/usr/bin/env bash
# Reproduces the README's window pictures: assets/screenshot-{light,dark}.png at the default 1280x800 and
# assets/screenshot-{light,dark}-1920.png at 1920x1080. Builds the studio, opens a fresh copy of the sample workspace
# under a virtual X display (real GTK glass, software rendering), opens an agent in a tab and saves a PNG of the
# window in each theme and size.
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
# Usage: assets/screenshot.sh [agent-to-open [workspace-folder]]
agent="${1:-code-reviewer}"
workspace=("${@:2}")

# -DskipTests still compiles the test classes, where ScreenshotMain lives.
mvn -B -o -DskipTests package >/dev/null
for size in 1280x800 1920x1080; do
  width="${size%x*}"
  height="${size#*x}"
  suffix=""
  [ "$width" = 1280 ] || suffix="-$width"
  for theme in light dark; do
    home="$(mktemp -d)"
    xvfb-run -a -s "-screen 0 2000x1200x24" \
      java -Dprism.order=sw -Dagentstudio.home="$home" -Dscreenshot.width="$width" -Dscreenshot.height="$height" \
           --enable-native-access=ALL-UNNAMED \
           -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
           io.agentstudio.app.ScreenshotMain "assets/screenshot-$theme$suffix.png" "$agent" "$theme" "${workspace[@]}"
    rm -rf "$home"
  done
done
