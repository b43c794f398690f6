#!/usr/bin/env bash
# How `validate` grows with the folder: 1,000, 5,000 and 20,000 agent files copied round-robin from ../shared/corpus,
# each validated by `java -Xmx512m -jar target/agent-studio.jar validate` (the heap issue 18 allows; the option is
# passed on to the tuned JVM, ADR 18). Prints wall time, time per file and the largest resident set of the run
# (GNU time); stops at a run that does not finish (out of memory, say). Needs: apt-get install time.
#
#   bench/validate-sizes.sh                       # from the project root
#   SIZES="1000 5000" RUNS=3 bench/validate-sizes.sh
#   SIZES=20000 RUNS=1 FORMAT=sarif bench/validate-sizes.sh   # the report's formats: text (default), json, sarif
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 5000 20000"}
RUNS=${RUNS:-3}
CORPUS=${CORPUS:-../shared/corpus}
HEAP=${HEAP:-512m}
FORMAT=${FORMAT:-text}

if [ ! -d "$CORPUS" ]; then
  echo "No corpus at $CORPUS (set CORPUS=...)" >&2
  exit 2
fi
if [ ! -f target/agent-studio.jar ] || [ ! -d target/lib ]; then
  mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/validate-sizes.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mapfile -t SOURCES < <(find "$CORPUS" -mindepth 2 -name '*.md' ! -iname 'LICENSE*' | sort)
echo "java: $(java -version 2>&1 | head -1); $(nproc) processors; -Xmx$HEAP; --format $FORMAT; median of $RUNS runs"
printf '%8s %10s %12s %14s\n' files seconds "ms per file" "max RSS (MB)"
for count in $SIZES; do
  folder="$WORK/$count/.claude/agents"
  mkdir -p "$folder"
  for ((i = 0; i < count; i++)); do
    source=${SOURCES[$((i % ${#SOURCES[@]}))]}
    cp "$source" "$folder/$(printf '%05d' "$i")-$(basename "$source")"
  done
  results=()
  for ((r = 0; r < RUNS; r++)); do
    # GNU time's %M is the largest resident set of the process it ran and of the children it waited for; %x its exit
    # status: 0 (no problem) and 1 (problems found) are a finished run, anything else (2: out of memory, say) is not,
    # and is printed rather than timed (until 2026-12-07 such runs were timed as if they had finished).
    /usr/bin/time -o "$WORK/time" -f '%e %M %x' java "-Xmx$HEAP" -jar target/agent-studio.jar validate "$WORK/$count" --format "$FORMAT" \
      >/dev/null 2>"$WORK/stderr" || true
    result=$(tail -1 "$WORK/time")
    status=${result##* }
    if [ "$status" != 0 ] && [ "$status" != 1 ]; then
      echo "$count files: validate failed (exit $status): $(grep -v '^Command exited' "$WORK/stderr" | tail -1)" >&2
      exit 1
    fi
    results+=("${result% *}")
  done
  median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  read -r seconds rss <<<"$median"
  printf '%8d %10.2f %12.2f %14d\n' "$count" "$seconds" "$(python3 -c "print($seconds * 1000 / $count)")" "$((rss / 1024))"
  rm -rf "${WORK:?}/$count"
done
