#!/usr/bin/env bash
# Fault drill (issue 31): kill -9 of the application while it builds report exports, then a restart on the same data.
# The city admin asks for COUNT (default 8) PDF balance reports of the demo city at once; a node builds one at a
# time (educloud.equity.export-workers), so some are done, one is being built and the rest wait when the first
# DONE appears and the application is killed with SIGKILL. Checks after the restart: every DONE job has its whole
# file (stored size = the bytes, a PDF that ends with %%EOF); no unfinished job has a file; the unfinished jobs are
# marked FAILED with equity.export.interrupted once they have not been heard of for 10 minutes (ReportJobs' sweep
# runs every 5 minutes, so this takes 10-16 minutes); a new export of the same report is then built and downloads.
# Usage: bench/kill-during-export.sh [count=8]    (loopback only; needs psql of any recent version, curl)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
COUNT=${1:-8}
source "$(dirname "$0")/drill-lib.sh"

echo "== data in $DATA"
start_app
CITY=$(sql "SELECT id FROM tenancy.org_node WHERE name = '江州市教育局'")
FIRST=$(sql "SELECT coalesce(max(id), 0) + 1 FROM equity.report_export")
echo "== started; city $CITY"
status() { sql "SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n
                FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST GROUP BY status) s"; }

"$JAVA" bench/DrillDriver.java exports "$BASE" city.admin EduCloud2026 "$CITY" PDF "$COUNT" > "$DATA/jobs.txt" &
DRIVER=$!
until [ "$(sql "SELECT count(*) FILTER (WHERE status = 'DONE') > 0 AND count(*) >= 3 FROM equity.report_export
              WHERE org_id = $CITY AND id >= $FIRST")" = t ]; do
  sleep 0.05
done
kill_app
KILLED_AT=$(now)
wait "$DRIVER" 2>/dev/null || true
DRIVER=
echo "== killed -9 after asking for $(wc -l < "$DATA/jobs.txt") exports"

start_app
echo "== restarted in $(( $(now) - KILLED_AT )) s after the kill; jobs: $(status)"
WHOLE=$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST AND status = 'DONE'
             AND content_size = octet_length(content) AND position('%%EOF' in substring(content
             FROM octet_length(content) - 7)) > 0")
DONE=$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST AND status = 'DONE'")
STRAY=$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST AND status <> 'DONE'
             AND content IS NOT NULL")
echo "   done with a whole PDF: $WHOLE of $DONE; unfinished jobs with a file: $STRAY"
[ "$WHOLE" = "$DONE" ] && [ "$STRAY" = 0 ] || { echo "FAIL"; exit 1; }

until [ "$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST AND status IN ('QUEUED', 'RUNNING')")" = 0 ]; do
  [ $(( $(now) - KILLED_AT )) -lt 1080 ] || { echo "FAIL: jobs still unfinished 18 min after the kill: $(status)"; exit 1; }
  sleep 10
done
INTERRUPTED=$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST AND status = 'FAILED'
                   AND failure = 'equity.export.interrupted'")
echo "== $INTERRUPTED unfinished jobs marked interrupted $(( $(now) - KILLED_AT )) s after the kill; jobs: $(status)"
TOTAL=$(sql "SELECT count(*) FROM equity.report_export WHERE org_id = $CITY AND id >= $FIRST")
[ "$INTERRUPTED" = "$(( TOTAL - DONE ))" ] || { echo "FAIL: not every unfinished job was marked interrupted"; exit 1; }

AGAIN=$("$JAVA" bench/DrillDriver.java exports "$BASE" city.admin EduCloud2026 "$CITY" PDF 1)
until [ "$(sql "SELECT status FROM equity.report_export WHERE id = $AGAIN")" = DONE ]; do
  [ "$(sql "SELECT status FROM equity.report_export WHERE id = $AGAIN")" != FAILED ] || { echo "FAIL: the repeat failed"; exit 1; }
  sleep 0.5
done
FILE=$("$JAVA" bench/DrillDriver.java download "$BASE" city.admin EduCloud2026 "/equity/exports/$AGAIN/file")
echo "   asked again: job $AGAIN DONE, downloaded: $FILE"
case "$FILE" in "200 "*"%PDF") ;; *) echo "FAIL: the repeated export did not download"; exit 1;; esac
stop_app
echo "PASS"
rm -rf "$DATA"
