#!/usr/bin/env bash
# Fault drill (issue 31): kill -9 of the application during a bureau's survey import, then a restart on the same
# data. Loads bench/equity-region.sql (1,000 more schools under the demo city, ~1 min), opens their surveys again
# (DRAFT), imports every bench school's figures once (library books + 1, to time it), then starts a second import
# (books + 1 again) and kills the application with SIGKILL as soon as its transaction is writing survey rows. A survey
# import is one request and one transaction (no run record: the answer is the page). Checks after the restart: the
# second import left all of its rows or none (the sum of the books changed by 0 or by the number of rows); if the
# client had been told APPLIED, all; the same file imported again applies.
# Usage: bench/kill-during-survey-import.sh    (loopback only; needs psql of any recent version, curl)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
source "$(dirname "$0")/drill-lib.sh"

echo "== data in $DATA"
start_app
CITY=$(sql "SELECT id FROM tenancy.org_node WHERE name = '江州市教育局'")
psql -X -q -h localhost -p "$(pg_port)" -U postgres -d postgres -f bench/equity-region.sql > "$DATA/region.log" 2>&1
YEAR=$(sql "SELECT max(school_year) FROM equity.school_survey")
BENCH="school_path LIKE (SELECT path FROM tenancy.org_node WHERE id = $CITY) || '%'
       AND school_id IN (SELECT s.id FROM tenancy.org_node s JOIN tenancy.org_node d ON s.parent_id = d.id
                         WHERE d.name LIKE '均衡压测区%')"
sql "UPDATE equity.school_survey SET status = 'DRAFT' WHERE school_year = '$YEAR' AND $BENCH" >/dev/null
ROWS=$(sql "SELECT count(*) FROM equity.school_survey WHERE school_year = '$YEAR' AND $BENCH")
BOOKS="SELECT sum(library_books) FROM equity.school_survey WHERE school_year = '$YEAR' AND $BENCH"
echo "== started; city $CITY, $YEAR: $ROWS bench schools' surveys open again"

# the import file: every bench school's figures as they stand, one more library book each
file() {
  echo "学校标识码,学校名称,教学及辅助用房面积（平方米）,体育运动场面积（平方米）,体育馆面积（平方米）,教学仪器设备资产值（元）,网络多媒体教室（间）,计算机（台）,图书（册）" > "$1"
  local query="SELECT n.school_code, n.name, s.teaching_area, s.sports_ground_area, s.sports_hall_area,
      s.equipment_value, s.multimedia_classrooms, s.computers, s.library_books + 1
      FROM equity.school_survey s JOIN tenancy.org_node n ON n.id = s.school_id
      WHERE s.school_year = '$YEAR' AND $BENCH ORDER BY n.path"
  psql -X -q -t -A -h localhost -p "$(pg_port)" -U postgres -d postgres \
      -c "\\copy ($(echo "$query" | tr '\n' ' ')) TO STDOUT CSV" >> "$1"
}
file "$DATA/first.csv"
FIRST=$("$JAVA" bench/DrillDriver.java survey-import "$BASE" city.admin EduCloud2026 "$CITY" "$YEAR" "$DATA/first.csv")
echo "   first import of $(( $(wc -l < "$DATA/first.csv") - 1 )) rows: $FIRST"
case "$FIRST" in "200 APPLIED"*) ;; *) echo "FAIL: the first import did not apply"; exit 1;; esac

file "$DATA/second.csv"
SUM_BEFORE=$(sql "$BOOKS")
"$JAVA" bench/DrillDriver.java survey-import "$BASE" city.admin EduCloud2026 "$CITY" "$YEAR" "$DATA/second.csv" \
    > "$DATA/second.log" 2>&1 &
DRIVER=$!
until [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'UPDATE equity.school_survey SET status%'
                AND state IN ('active', 'idle in transaction')")" != 0 ]; do
  kill -0 "$DRIVER" 2>/dev/null || { echo "the import ended before it could be killed: $(cat "$DATA/second.log")"; exit 1; }
  sleep 0.02
done
kill_app
KILLED_AT=$(now)
wait "$DRIVER" 2>/dev/null || true
DRIVER=
echo "== killed -9 while the second import wrote its rows; the client got: $(tail -1 "$DATA/second.log" | cut -c1-80)"

start_app
echo "== restarted in $(( $(now) - KILLED_AT )) s after the kill"
CHANGED=$(( $(sql "$BOOKS") - SUM_BEFORE ))
echo "   books changed by $CHANGED (all or nothing: 0 or $ROWS)"
[ "$CHANGED" = 0 ] || [ "$CHANGED" = "$ROWS" ] || { echo "FAIL: the killed import is half-written"; exit 1; }
! grep -q APPLIED "$DATA/second.log" || grep -q "NOT APPLIED" "$DATA/second.log" || [ "$CHANGED" = "$ROWS" ] \
    || { echo "FAIL: an import the client was told was applied is missing"; exit 1; }
AGAIN=$("$JAVA" bench/DrillDriver.java survey-import "$BASE" city.admin EduCloud2026 "$CITY" "$YEAR" "$DATA/second.csv")
CHANGED=$(( $(sql "$BOOKS") - SUM_BEFORE ))
echo "   the same file again: $AGAIN; books changed by $CHANGED since before the killed import"
case "$AGAIN" in "200 APPLIED"*) ;; *) echo "FAIL: the repeated import did not apply"; exit 1;; esac
[ "$CHANGED" = "$ROWS" ] || { echo "FAIL: the repeat did not leave every row once"; exit 1; }
stop_app
echo "PASS"
rm -rf "$DATA"
