#!/usr/bin/env bash
# Fault drill (issue 31): kill -9 of the application during an xAPI batch stream, then a restart on the same data.
# Four LRS clients POST batches of 100 statements (ids of their own) as fast as the node takes them; the driver
# notes every acknowledged id, and keeps each batch that was sent but not answered. After KILL_AFTER seconds
# (default 15) the application is killed with SIGKILL, then started again on the same data directory. Checks:
# every acknowledged statement is stored; every batch is stored whole or not at all (one `stored` instant per batch,
# so no instant holds a count that is not a multiple of 100); no id twice; and each unanswered batch, sent again,
# is accepted (200): a client repeats what it was not told was stored, and the LRS takes it once.
# Usage: bench/kill-during-xapi.sh      (loopback only; needs psql of any recent version, curl)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
source "$(dirname "$0")/drill-lib.sh"

echo "== data in $DATA"
start_app
DISTRICT=$(sql "SELECT id FROM tenancy.org_node WHERE name = '江州市临江区教育局'")
echo "== started"

"$JAVA" bench/DrillDriver.java xapi-stream "$BASE" city.admin EduCloud2026 "$DISTRICT" "$DATA" 4 \
    > "$DATA/stream.log" 2>&1 &
DRIVER=$!
until [ -s "$DATA/acked.txt" ]; do
  kill -0 "$DRIVER" 2>/dev/null || { echo "the stream ended before it began:"; cat "$DATA/stream.log"; exit 1; }
  sleep 0.2
done
sleep "${KILL_AFTER:-15}"
kill_app
KILLED_AT=$(now)
wait "$DRIVER" || true
DRIVER=
ACKED=$(wc -l < "$DATA/acked.txt")
PENDING=$(ls "$DATA"/pending-*.json 2>/dev/null | wc -l)
KEY=$(cut -d: -f1 "$DATA/client")
echo "== killed -9 during the stream: $ACKED statements acknowledged, $PENDING batches sent and not answered"

start_app
echo "== restarted in $(( $(now) - KILLED_AT )) s after the kill"
CHECK=$(psql -X -q -t -A -F ' ' -h localhost -p "$(pg_port)" -U postgres -d postgres <<SQL
CREATE TEMP TABLE acked (id uuid PRIMARY KEY);
\copy acked FROM '$DATA/acked.txt'
SELECT (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM records.statement s WHERE s.id = a.id)),
       (SELECT count(*) FROM (SELECT stored FROM records.statement WHERE client_id = '$KEY'
                              GROUP BY stored HAVING count(*) % 100 <> 0) x),
       (SELECT count(*) FROM (SELECT id FROM records.statement GROUP BY id HAVING count(*) > 1) d),
       (SELECT count(*) FROM records.statement WHERE client_id = '$KEY');
SQL
)
read -r MISSING TORN DOUBLE STORED <<< "$CHECK"
echo "   stored since the start: $STORED; acknowledged but missing: $MISSING; batches stored in part: $TORN;" \
     "ids twice: $DOUBLE"
[ "$MISSING" = 0 ] && [ "$TORN" = 0 ] && [ "$DOUBLE" = 0 ] || { echo "FAIL"; exit 1; }
[ "$STORED" -ge "$ACKED" ] || { echo "FAIL: fewer stored than acknowledged"; exit 1; }
echo "   of the $PENDING unanswered batches, $(( (STORED - ACKED) / 100 )) had been stored before the kill"

"$JAVA" bench/DrillDriver.java xapi-repeat "$BASE" "$DATA" | tee "$DATA/repeat.log" | sed 's/^/   /'
! grep -v ': 200$' "$DATA/repeat.log" | grep -q . || { echo "FAIL: a repeated batch was refused"; exit 1; }
AFTER=$(sql "SELECT count(*) FROM records.statement WHERE client_id = '$KEY'")
echo "   after the repeats: $AFTER stored (expected $(( ACKED + PENDING * 100 )))"
[ "$AFTER" = "$(( ACKED + PENDING * 100 ))" ] || { echo "FAIL: the repeats stored more or less"; exit 1; }
stop_app
echo "PASS"
rm -rf "$DATA"
