# Shared by the fault drills (bench/kill-during-*.sh, bench/database-stopped.sh); sourced, not run.
# One application at a time on a temporary data directory, on loopback. Sets JAVA, APP, DATA, PORT, BASE and gives
# start_app, kill_app, stop_app, sql (psql of any recent version on the embedded server) and now.
# The application: EDUCLOUD_JAR (a jar, e.g. a copy in /tmp), else EDUCLOUD_CLASSPATH (exploded classes), else the
# jar in target/ (built when missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
if [ -n "${EDUCLOUD_JAR:-}" ]; then
  APP=(-jar "$EDUCLOUD_JAR")
elif [ -n "${EDUCLOUD_CLASSPATH:-}" ]; then
  APP=(-cp "$EDUCLOUD_CLASSPATH" org.educloud.EduCloudApplication)
else
  JAR=$(ls target/educloud-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [ -n "$JAR" ] || { mvn -B -q package -DskipTests; JAR=$(ls target/educloud-*.jar | grep -v original | head -1); }
  APP=(-jar "$JAR")
fi
DATA=$(mktemp -d /tmp/educloud-drill.XXXX)
PORT=${DRILL_PORT:-18090}
BASE=http://127.0.0.1:$PORT
APP_PID=
DRIVER=
cleanup() {
  [ -z "$DRIVER" ] || kill "$DRIVER" 2>/dev/null || true
  [ -z "$APP_PID" ] || kill "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

# starts the application on $DATA (extra arguments are passed on) and waits until it answers
start_app() {
  "$JAVA" -Xmx1g "${APP[@]}" --server.port=$PORT --educloud.platform.embedded-data-directory="$DATA/pg" \
      --educloud.library.directory="$DATA/files" "$@" >> "$DATA/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "$BASE/actuator/health" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application died; see $DATA/app.log" >&2; exit 1; }
    sleep 0.2
  done
}
# SIGKILL: no shutdown hook, no connection closed; the embedded server is left orphaned (ADR 16 recovers it)
kill_app() {
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}
stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}
pg_port() { sed -n 4p "$DATA/pg/postmaster.pid"; }
sql() {
  psql -X -q -t -A -h localhost -p "$(pg_port)" -U postgres -d postgres -c "$1" 2>/dev/null
}
now() { date +%s; }
