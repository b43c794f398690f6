#!/usr/bin/env bash
# Renders the app icon, assets/icon/agent-studio.svg, into what each platform wants; the outputs are checked in so
# the build needs none of these tools:
#   agent-studio-<N>.png for N = 16 .. 512   the window's icons (16..256, see pom.xml) and the Linux installers (512)
#   agent-studio.ico                         Windows: 16, 24, 32, 48, 64, 128 and 256 in one file
#   agent-studio.icns                        macOS: 16, 32, 48, 128, 256 and 512
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/icon"

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" agent-studio.svg --output "agent-studio-$size.png"
done
convert agent-studio-{16,24,32,48,64,128,256}.png agent-studio.ico
png2icns agent-studio.icns agent-studio-{16,32,48,128,256,512}.png >/dev/null
ls -l agent-studio*
