-- Ninety days of history for the probe fleet of bench/probe-fleet.sql, so the status wall, availability and the
-- dashboard are timed over a realistic amount of data rather than the few minutes a benchmark run produces:
-- daily roll-ups for 90 days, hourly roll-ups for the last 7 days (what the status pages read by the hour), and
-- closed outages — about one school day in twenty for the rural third of the fleet, one in two hundred for the
-- others, lasting 20 minutes to 6 hours. Run after probe-fleet.sql, on the same throw-away data directory:
--
--   psql -h 127.0.0.1 -p "$(sed -n 4p /tmp/fleet/pg/postmaster.pid)" -U postgres -d postgres -f bench/probe-history.sql
--
-- Set-wise, one transaction; does nothing the second time. Figures are drawn from a fixed seed.
\set ON_ERROR_STOP 1

SELECT EXISTS (SELECT 1 FROM network.line_daily d JOIN network.probe p ON p.school_id = d.school_id
               WHERE p.probe_version = 'bench') AS present \gset
\if :present
\echo 'the fleet history is in place already: nothing to do'
\else
BEGIN;
SELECT setseed(0.29);

CREATE TEMP TABLE fleet ON COMMIT DROP AS
SELECT p.school_id, p.school_path, o.name, o.locality
FROM network.probe p JOIN tenancy.org_node o ON o.id = p.school_id
WHERE p.probe_version = 'bench';

INSERT INTO network.line_daily (school_id, school_path, day, heartbeats, measurements, latency_ms, download_mbps,
                                min_download_mbps, upload_mbps, dns_ms, loss)
SELECT f.school_id, f.school_path, d::date, 2880 - (random() * 40)::int, 288 - (random() * 4)::int,
       20 + random() * 30, 60 + random() * 35, 20 + random() * 30, 12 + random() * 6, 5 + random() * 20,
       random() * 0.01
FROM fleet f, generate_series(current_date - 90, current_date - 1, interval '1 day') AS d;

INSERT INTO network.line_hourly (school_id, school_path, hour, heartbeats, measurements, latency_ms, download_mbps,
                                 min_download_mbps, upload_mbps, dns_ms, loss)
SELECT f.school_id, f.school_path, h, 120, 12, 20 + random() * 30, 60 + random() * 35, 20 + random() * 30,
       12 + random() * 6, 5 + random() * 20, random() * 0.01
FROM fleet f, generate_series(date_trunc('hour', now()) - interval '7 days', date_trunc('hour', now())
                              - interval '1 hour', interval '1 hour') AS h;

INSERT INTO network.incident (school_id, school_path, school_name, kind, since, until, opened_at, closed_at)
SELECT school_id, school_path, name, 'OUTAGE', since, since + duration, since + interval '90 seconds',
       since + duration + interval '30 seconds'
FROM (SELECT f.*, d + interval '8 hours' + random() * interval '9 hours' AS since,
             interval '20 minutes' + random() * interval '340 minutes' AS duration
      FROM fleet f, generate_series(current_date - 90, current_date - 1, interval '1 day') AS d
      WHERE random() < CASE WHEN f.locality = 'RURAL' THEN 0.05 ELSE 0.005 END) o;
COMMIT;
ANALYZE network.line_daily;
ANALYZE network.line_hourly;
ANALYZE network.incident;
\echo 'fleet history written'
\endif
