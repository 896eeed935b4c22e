#!/usr/bin/env bash
# Fault drill (issue 31): kill -9 of the application during a OneRoster import, then a restart on the same data.
# Checks that nothing of the import was written (all or nothing), that the run is first still RUNNING and is then
# marked FAILED once its heartbeat is older than BackgroundImports.DEAD_AFTER (5 min), and that the import can be
# run again and applies. Uses OneRosterImportBench.java for the upload (N schools registered over the API first).
# Usage: bench/kill-during-import.sh [schools=20]    (loopback only; needs psql of any recent version, curl)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
SCHOOLS=${1:-20}
source "$(dirname "$0")/drill-lib.sh"

echo "== data in $DATA"
start_app
DISTRICT=$(sql "SELECT id FROM tenancy.org_node WHERE name = '江州市临江区教育局'")
STUDENTS_BEFORE=$(sql "SELECT count(*) FROM roster.student")
echo "== started; district $DISTRICT; $STUDENTS_BEFORE students"

"$JAVA" bench/OneRosterImportBench.java "$BASE" "$DISTRICT" "$SCHOOLS" 7 > "$DATA/bench1.log" 2>&1 &
DRIVER=$!
until [ "$(sql "SELECT count(*) FROM roster.import_run WHERE outcome = 'RUNNING'")" = "1" ]; do
  kill -0 "$DRIVER" 2>/dev/null || { echo "the import ended before it could be killed:"; cat "$DATA/bench1.log"; exit 1; }
  sleep 0.2
done
sleep "${KILL_AFTER:-3}"
READ=$(sql "SELECT rows_read FROM roster.import_run WHERE outcome = 'RUNNING'")
kill_app
KILLED_AT=$(now)
kill "$DRIVER" 2>/dev/null || true; wait "$DRIVER" 2>/dev/null || true
DRIVER=
echo "== killed -9 during the import ($READ rows read)"

start_app
echo "== restarted in $(( $(now) - KILLED_AT )) s after the kill"
STUDENTS_AFTER=$(sql "SELECT count(*) FROM roster.student")
RUN=$(sql "SELECT id || ' ' || outcome FROM roster.import_run ORDER BY id DESC LIMIT 1")
echo "   students: $STUDENTS_AFTER (before the import: $STUDENTS_BEFORE); the run: $RUN"
[ "$STUDENTS_AFTER" = "$STUDENTS_BEFORE" ] || { echo "FAIL: the killed import left students behind"; exit 1; }

until [ "$(sql "SELECT outcome FROM roster.import_run ORDER BY id DESC LIMIT 1")" = "FAILED" ]; do
  [ $(( $(now) - KILLED_AT )) -lt 420 ] || { echo "FAIL: the run was not marked FAILED within 7 min"; exit 1; }
  sleep 5
done
echo "== the run was marked FAILED $(( $(now) - KILLED_AT )) s after the kill"

"$JAVA" bench/OneRosterImportBench.java "$BASE" "$DISTRICT" "$SCHOOLS" 8 > "$DATA/bench2.log" 2>&1
grep -q APPLIED "$DATA/bench2.log" || { echo "FAIL: the repeated import did not apply"; cat "$DATA/bench2.log"; exit 1; }
echo "   repeated: $(grep '^import:' "$DATA/bench2.log")"
echo "   students now: $(sql "SELECT count(*) FROM roster.student") (expected $STUDENTS_BEFORE + $((SCHOOLS * 500)))"
stop_app
echo "PASS"
rm -rf "$DATA"
