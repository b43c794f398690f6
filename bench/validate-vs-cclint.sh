#!/usr/bin/env bash
# Whole-process timing, side by side on one folder: `agent-studio validate` against `cclint agents`
# (npm @carlrannaberg/cclint), on COUNT agent files (default 5,000) copied from ../shared/corpus into one
# `.claude/agents` folder. cclint is installed into bench/.tools (git-ignored) when absent. RUNS interleaved rounds
# (default 7) after one warm-up round, each round running every command once; the median of each command's runs.
# Both tools exit non-zero when they find problems; that is ignored here. Needs python3.
# Each launcher is timed twice: a full validation, and `--cache` on the unchanged folder (the warm-up round fills the
# cache, so the timed runs are answered from it); java -jar once more kept in its first JVM, for comparison. When `mvn -Ppackage package` has built the app image
# (target/image/agent-studio), its launcher is timed too: trimmed runtime, class-data archive, validate tuned as by
# java -jar (on Linux a script of ours, ADR 10; an older image's jpackage launcher and its -cli script both). The last
# lines print each entry's median as a ratio of cclint's: the figures the README's table and issue 18 ask for.
#
#   bench/validate-vs-cclint.sh                 # from the project root
#   COUNT=1000 RUNS=5 bench/validate-vs-cclint.sh
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-5000}
RUNS=${RUNS:-7}
CORPUS=${CORPUS:-../shared/corpus}
TOOLS=bench/.tools

if [ ! -d "$CORPUS" ]; then
  echo "No corpus at $CORPUS (set CORPUS=...)" >&2
  exit 2
fi

if [ ! -f target/agent-studio.jar ] || [ ! -d target/lib ]; then
  mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package
fi
# The jar's Launcher runs the command line once the studio's entry point is on this branch; until then Cli's own main.
# unzip names the member itself: piped into grep -q, a long listing cut short failed the pipeline (pipefail).
if unzip -l target/agent-studio.jar 'io/agentstudio/Launcher.class' >/dev/null 2>&1; then
  STUDIO="java -jar target/agent-studio.jar validate"
else
  STUDIO="java -cp target/agent-studio.jar io.agentstudio.cli.Cli validate"
fi

CCLINT=$TOOLS/node_modules/.bin/cclint
if [ ! -x "$CCLINT" ]; then
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error @carlrannaberg/cclint
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/validate-vs-cclint.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/.claude/agents"
mapfile -t SOURCES < <(find "$CORPUS" -mindepth 2 -name '*.md' ! -iname 'LICENSE*' | sort)
for ((i = 0; i < COUNT; i++)); do
  source=${SOURCES[$((i % ${#SOURCES[@]}))]}
  cp "$source" "$WORK/.claude/agents/$(printf '%04d' "$i")-$(basename "$source")"
done
# The copies written out before anything is timed: right after the copy, while the kernel still wrote them back, the
# first command measured about twice its time of a minute later (2026-12-07).
sync
echo "Folder: $COUNT files ($(du -sh "$WORK/.claude/agents" | cut -f1)) from ${#SOURCES[@]} corpus files in $WORK/.claude/agents"
echo "java: $(java -version 2>&1 | head -1); node: $(node --version); cclint: $("$CCLINT" --version); $(nproc) processors"
echo
# cclint finds the project from its working directory (--root alone is not enough), so it runs inside the folder.
STUDIO_CMD="$STUDIO $WORK"
CCLINT_CMD="cd $WORK && $PWD/$CCLINT agents --root $WORK"
IMAGE=target/image/agent-studio/bin/agent-studio
IMAGE_CMD=""
if [ -x "$IMAGE" ]; then
  IMAGE_CMD="$IMAGE validate $WORK"
else
  echo "No app image at $IMAGE (mvn -Ppackage package builds one); timing the jar only"
fi
# The cache is kept per folder and trusts one build only: an image made from another build than the jar would make
# every --cache run of both a full run, each replacing the other's cache (measured 2026-12-07: 3.6 s for a "hit").
BUILD=io/agentstudio/build.properties
IMAGE_JAR=target/image/agent-studio/lib/app/agent-studio.jar
if [ -n "$IMAGE_CMD" ] && [ -f "$IMAGE_JAR" ] && [ "$(unzip -p "$IMAGE_JAR" $BUILD)" != "$(unzip -p target/agent-studio.jar $BUILD)" ]; then
  echo "The app image is from another build than target/agent-studio.jar (mvn -Ppackage package, or"
  echo "java packaging/Package.java VERSION none, makes it again); timing the jar only"
  IMAGE_CMD=""
fi
echo "agent-studio: $(eval "$STUDIO_CMD" | tail -1)"
echo "cclint:       $(eval "$CCLINT_CMD" 2>&1 | grep -E 'Files checked|Errors|Warnings' | tr -s ' \n' ' ')"
echo

NAMES=("agent-studio validate, java -jar" "agent-studio validate --cache, java -jar")
COMMANDS=("$STUDIO_CMD" "${STUDIO/validate/validate --cache} $WORK")
# For comparison: java -jar kept in its first JVM (default JIT and collector), as before the tuned second JVM (ADR 18).
ONE_JVM="${STUDIO/java -jar/java -Dagentstudio.shortRunJvm=off -jar}"
NAMES+=("agent-studio validate, java -jar in one JVM")
COMMANDS+=("$ONE_JVM $WORK")
if [ -n "$IMAGE_CMD" ]; then
  NAMES+=("agent-studio validate, app image" "agent-studio validate --cache, app image")
  COMMANDS+=("$IMAGE_CMD" "$IMAGE validate --cache $WORK")
fi
# An image from before the launcher script (ADR 10) has jpackage's launcher beside the script: then both are timed.
if [ -n "$IMAGE_CMD" ] && [ -x "$IMAGE-cli" ] && ! cmp -s "$IMAGE" "$IMAGE-cli"; then
  NAMES+=("agent-studio validate, app image's -cli" "agent-studio validate --cache, app image's -cli")
  COMMANDS+=("$IMAGE-cli validate $WORK" "$IMAGE-cli validate --cache $WORK")
fi
NAMES+=("cclint agents")
COMMANDS+=("$CCLINT_CMD")

# Interleaved rounds: each round runs every command once, in the same order, so a slower minute of this shared
# machine falls on all of them alike rather than on one command's runs (as when each command is timed in a block).
# Wall time and CPU (user + system of the command's processes) per run; medians, with the rounds' range.
printf '%s\n' "${NAMES[@]}" > "$WORK/names"
printf '%s\n' "${COMMANDS[@]}" > "$WORK/commands"
mapfile -t MEDIANS < <(python3 - "$RUNS" "$WORK/names" "$WORK/commands" <<'PY'
import resource, statistics, subprocess, sys, time
runs = int(sys.argv[1])
names = open(sys.argv[2]).read().splitlines()
commands = open(sys.argv[3]).read().splitlines()
def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, executable="/bin/bash", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall * 1000, (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
for command in commands:  # one warm-up round, which also fills the --cache runs' cache
    run(command)
walls = [[] for _ in commands]
cpus = [[] for _ in commands]
for _ in range(runs):
    for i, command in enumerate(commands):
        wall, cpu = run(command)
        walls[i].append(wall)
        cpus[i].append(cpu)
for i, name in enumerate(names):
    print(f"  {name:<48} wall {statistics.median(walls[i]):7.0f} ms ({min(walls[i]):.0f}-{max(walls[i]):.0f}), "
          f"CPU {statistics.median(cpus[i]):7.0f} ms", file=sys.stderr)
for i in range(len(commands)):
    print(round(statistics.median(walls[i])))
PY
)

echo
echo "Median of $RUNS interleaved rounds, as a ratio of cclint's (issue 18: <= 0.5 without cache, <= 0.1 with it):"
CCLINT_MS=${MEDIANS[$((${#MEDIANS[@]} - 1))]}
for ((e = 0; e < ${#NAMES[@]}; e++)); do
  printf '  %-48s %6d ms  %5.2fx\n' "${NAMES[$e]}" "${MEDIANS[$e]}" "$(python3 -c "print(${MEDIANS[$e]} / $CCLINT_MS)")"
done
