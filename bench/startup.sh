#!/usr/bin/env bash
# Start-up time of the studio against a bare JavaFX window with one label, by java -jar and by the app image's
# launcher (when `mvn -Ppackage package` built target/image), under a virtual X display: medians of several runs.
# See src/test/java/io/agentstudio/bench/StartupBenchmark.java for what is measured; arguments are passed to it.
# Needs: apt-get install -y xvfb libgtk-3-0
#
#   bench/startup.sh                                  # from the project root
#   bench/startup.sh --runs 5 --options "serial=-XX:+UseSerialGC"
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/agent-studio.jar ] || [ ! -d target/test-classes/io/agentstudio/bench ]; then
  mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package
fi
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -cp "target/test-classes:target/agent-studio.jar:target/lib/*" io.agentstudio.bench.StartupBenchmark "$@"
