#!/usr/bin/env bash
# Fault drill (issue 31): PostgreSQL stopped for 20 s under a light load, then resumed.
# The driver (DrillDriver.java outage) signs in as the city admin, makes a read-only token, and runs WORKERS
# (default 4) clients that each alternate a JSON API GET (/api/v1/orgs/{city}, with the token) and the home page
# (with the session), 250 ms apart. After 10 s it stops the embedded PostgreSQL (SIGSTOP to the postmaster and all of
# its processes: the server is frozen, connections stay open and nothing answers, as on a hung database host), resumes
# it after STOPPED s (default 20) and keeps the load for 30 s more. Checks: no answer but 200 and 503; every 503 with
# Retry-After and without a stack trace, on the API as an RFC 9457 problem; a success within 10 s of the resume,
# and from 10 s after it every request succeeds.
# Usage: bench/database-stopped.sh [stopped=20] [workers=4]    (loopback only; needs psql, pgrep)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
STOPPED=${1:-20}
WORKERS=${2:-4}
source "$(dirname "$0")/drill-lib.sh"

echo "== data in $DATA"
start_app
CITY=$(sql "SELECT id FROM tenancy.org_node WHERE name = '江州市教育局'")
POSTMASTER=$(head -1 "$DATA/pg/postmaster.pid")
echo "== started; PostgreSQL's postmaster is $POSTMASTER"
"$JAVA" bench/DrillDriver.java outage "$BASE" city.admin EduCloud2026 "$CITY" "$POSTMASTER" 10 "$STOPPED" 30 \
    "$WORKERS" | tee "$DATA/outage.log"
echo "== the application's log while the database was away:"
grep -E "WARN|ERROR" "$DATA/app.log" | grep -v -E "demo accounts|SpringDoc" | cut -c1-220 | tail -15
echo "== causes logged:"
grep "^Caused by" "$DATA/app.log" | cut -c1-200 | sort | uniq -c | sort -rn | head -8
stop_app
tail -1 "$DATA/outage.log" | grep -q '^PASS' || exit 1
rm -rf "$DATA"
