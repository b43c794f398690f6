#!/usr/bin/env bash
# Reproduces assets/screenshot-export.png: the export dialog with a reviewed OpenCode export of a fresh copy of the
# sample workspace, under a virtual X display (real GTK glass, software rendering).
# Needs: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
# -DskipTests still compiles the test classes, where ExportScreenshotMain lives.
mvn -B -o -DskipTests package >/dev/null
home="$(mktemp -d)"
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Dprism.order=sw -Dagentstudio.home="$home" --enable-native-access=ALL-UNNAMED \
       -cp "target/agent-studio.jar:target/lib/*:target/test-classes" \
       io.agentstudio.app.ExportScreenshotMain assets/screenshot-export.png
rm -rf "$home"
