#!/usr/bin/env bash
# Cold start of EduCloud on its embedded PostgreSQL: the time from `java -jar` to a healthy /actuator/health,
# five times on a fresh data directory (initdb, migrations, demo data) and five times on the existing one,
# and the heap in use after start (after a full GC). Prints medians. Usage: bench/coldstart.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
JAR=$(ls target/educloud-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q package -DskipTests; JAR=$(ls target/educloud-*.jar | grep -v original | head -1); }
DATA=$(mktemp -d /tmp/educloud-bench.XXXX)
PORT=18080

start_once() {
  local start end pid
  start=$(date +%s%N)
  "$JAVA" -jar "$JAR" --server.port=$PORT --educloud.platform.embedded-data-directory="$DATA/pg" \
      > "$DATA/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the application died; see $DATA/app.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  "$JCMD" $pid GC.run >/dev/null 2>&1 || true
  heap=$("$JCMD" $pid GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) ${heap:-0}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

fresh=(); warm=(); heaps=()
for i in $(seq "$RUNS"); do
  rm -rf "$DATA/pg"
  read -r ms heap < <(start_once); fresh+=("$ms"); heaps+=("$heap")
  read -r ms heap < <(start_once); warm+=("$ms"); heaps+=("$heap")
done
echo "fresh data directory (initdb + migrations + demo), ms: ${fresh[*]}  median $(printf '%s\n' "${fresh[@]}" | median)"
echo "existing data directory, ms:                         ${warm[*]}  median $(printf '%s\n' "${warm[@]}" | median)"
echo "heap used after start and a full GC, KiB:            ${heaps[*]}  median $(printf '%s\n' "${heaps[@]}" | median)"
rm -rf "$DATA"
