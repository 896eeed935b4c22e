#!/usr/bin/env bash
# Exercises ADR 32's external-database path: backup with the operator's pg_dump, restore with pg_restore into an
# empty database, the application started on the restored database. The embedded server is PostgreSQL 18 and no
# pg_dump 18 runs on Debian 12 (docs/adr/0032, addendum), so this uses an external server and client programs of one
# major version that the machine has: PGBIN (default Debian 12's /usr/lib/postgresql/15/bin; `apt-get install
# postgresql-15`). The server runs as the `postgres` user on a temporary directory and a loopback port.
# Steps: initdb and start the server; create `educloud` and `restored`; start the application on `educloud` with the
# demo installation; stop it; `--educloud.backup.to`; `--educloud.restore.from` into `restored` and a new file store;
# start the application there and compare what both databases hold; the restored node rebuilds its search index.
# Usage: bench/external-backup.sh    (loopback only; runs as root, needs runuser)
# The application: see bench/drill-lib.sh (EDUCLOUD_JAR=/tmp/copy.jar to run a copy of the jar).
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
EXTPORT=${EXTPORT:-15432}
source "$(dirname "$0")/drill-lib.sh"
chmod 755 "$DATA"
mkdir "$DATA/ext" && chown postgres "$DATA/ext"
as_postgres() { runuser -u postgres -- "$@"; }
stop_server() { as_postgres "$PGBIN/pg_ctl" -D "$DATA/ext" -m fast stop >/dev/null 2>&1 || true; }
trap 'cleanup; stop_server' EXIT
ext() { psql -X -q -t -A -h 127.0.0.1 -p "$EXTPORT" -U postgres -d "$1" -c "$2"; }

echo "== data in $DATA; $("$PGBIN/pg_dump" --version), server $("$PGBIN/postgres" --version)"
as_postgres "$PGBIN/initdb" -D "$DATA/ext" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$DATA/initdb.log"
as_postgres "$PGBIN/pg_ctl" -D "$DATA/ext" -l "$DATA/ext/server.log" -w \
    -o "-p $EXTPORT -k /tmp -c listen_addresses=127.0.0.1" start > /dev/null
ext postgres "CREATE DATABASE educloud" && ext postgres "CREATE DATABASE restored"
export EDUCLOUD_DB_USER=postgres EDUCLOUD_DB_PASSWORD=unused EDUCLOUD_IDENTITY_INITIAL_OPERATOR_PASSWORD=Kx7-drill-2026-Pw
COUNTS="SELECT (SELECT count(*) FROM identity.account) || ' accounts, ' || (SELECT count(*) FROM roster.student)
        || ' students, ' || (SELECT count(*) FROM library.resource) || ' resources, '
        || (SELECT count(*) FROM records.statement) || ' statements, '
        || (SELECT count(*) FROM platform.flyway_schema_history) || ' migrations'"

EDUCLOUD_DB_URL=jdbc:postgresql://127.0.0.1:$EXTPORT/educloud start_app --educloud.demo.enabled=true
until grep -q "Loaded the demo installation" "$DATA/app.log"; do sleep 1; done
sleep 5
stop_app
ORIGINAL=$(ext educloud "$COUNTS")
echo "== the application ran on PostgreSQL 15 with the demo: $ORIGINAL"

T=$(date +%s%N)
EDUCLOUD_DB_URL=jdbc:postgresql://127.0.0.1:$EXTPORT/educloud "$JAVA" "${APP[@]}" \
    --educloud.library.directory="$DATA/files" --educloud.backup.pg-dump="$PGBIN/pg_dump" \
    --educloud.backup.to="$DATA/backup" > "$DATA/backup.log" 2>&1 || { tail -20 "$DATA/backup.log"; exit 1; }
echo "== backup in $(( ($(date +%s%N) - T) / 1000000 )) ms: $(du -sh "$DATA/backup" | cut -f1);" \
     "$(grep -o '"database" *: *"[^"]*"' "$DATA/backup/manifest.json" | head -1)"
T=$(date +%s%N)
EDUCLOUD_DB_URL=jdbc:postgresql://127.0.0.1:$EXTPORT/restored "$JAVA" "${APP[@]}" \
    --educloud.library.directory="$DATA/files-restored" --educloud.backup.pg-restore="$PGBIN/pg_restore" \
    --educloud.restore.from="$DATA/backup" > "$DATA/restore.log" 2>&1 || { tail -20 "$DATA/restore.log"; exit 1; }
echo "== restore in $(( ($(date +%s%N) - T) / 1000000 )) ms"
RESTORED=$(ext restored "$COUNTS")
echo "   original: $ORIGINAL"
echo "   restored: $RESTORED"
[ "$ORIGINAL" = "$RESTORED" ] || { echo "FAIL: the restored database holds something else"; exit 1; }
EDUCLOUD_DB_URL=jdbc:postgresql://127.0.0.1:$EXTPORT/restored start_app \
    --educloud.library.directory="$DATA/files-restored" --educloud.demo.enabled=false
sleep 3
echo "== the application starts on the restored database:"
grep -E "search index|Search index" "$DATA/app.log" | tail -2 | cut -c90-260
curl -sf "$BASE/login" > /dev/null || { echo "FAIL: no login page"; exit 1; }
stop_app
echo "PASS"
rm -rf "$DATA"
