-- The probe fleet of issue 29, for bench/ProbeFleetBench.java: a bench district 探针压测区 under the demo city with
-- N schools (default 10,000; -v schools=N), each with one enrolled probe whose credential is
-- ecprobe_benchfleet000001 … (stored, as the platform stores every credential, as its SHA-256). Run it against a
-- running demo installation on a data directory you can throw away:
--
--   psql -h 127.0.0.1 -p "$(sed -n 4p /tmp/fleet/pg/postmaster.pid)" -U postgres -d postgres -f bench/probe-fleet.sql
--
-- One transaction, set-wise; does nothing the second time. Enrolment codes are not issued: the probes are written
-- as enrolled (enrolled_with points at one spent bench code), which is what enrolment would have left.
\set ON_ERROR_STOP 1
\if :{?schools}
\else
\set schools 10000
\endif

SELECT EXISTS (SELECT 1 FROM tenancy.org_node WHERE name = '探针压测区') AS present \gset
\if :present
\echo 'the probe fleet is in place already: nothing to do'
\else
BEGIN;
CREATE TEMP TABLE ctx ON COMMIT DROP AS
SELECT city.id AS city_id, city.path AS city_path, nextval('tenancy.org_node_id_seq') AS district_id
FROM tenancy.org_node city WHERE city.name = '江州市教育局' AND city.kind = 'REGION';

INSERT INTO tenancy.org_node (id, kind, parent_id, path, name, division_code, created_at, updated_at)
SELECT district_id, 'DISTRICT', city_id, city_path || district_id || '/', '探针压测区', '369999', now(), now() FROM ctx;

CREATE TEMP TABLE fleet ON COMMIT DROP AS
SELECT s, nextval('tenancy.org_node_id_seq') AS id, c.city_path || c.district_id || '/' AS district_path, c.district_id
FROM ctx c, generate_series(1, :schools) AS s;

INSERT INTO tenancy.org_node (id, kind, parent_id, path, name, school_code, stages, locality, created_at, updated_at)
SELECT id, 'SCHOOL', district_id, district_path || id || '/', '探针压测区第' || s || '学校',
       '37' || lpad(s::text, 8, '0'), 'PRIMARY', (ARRAY['URBAN', 'TOWN', 'RURAL'])[1 + s % 3], now(), now()
FROM fleet;

INSERT INTO network.probe_enrolment_code (school_id, school_path, code_hash, issued_by, issued_at, expires_at,
                                          used_at)
SELECT district_id, city_path || district_id || '/', repeat('0', 64), 0, now(), now(), now() FROM ctx;

INSERT INTO network.probe (school_id, school_path, host_name, probe_version, credential_hash, enrolled_at,
                           enrolled_with, heartbeat_seconds)
SELECT f.id, f.district_path || f.id || '/', 'bench-' || f.s, 'bench',
       encode(sha256(convert_to('ecprobe_benchfleet' || lpad(f.s::text, 6, '0'), 'UTF8')), 'hex'), now(),
       (SELECT id FROM network.probe_enrolment_code WHERE code_hash = repeat('0', 64)), 30
FROM fleet f;

-- contracted bandwidth, so the degradation rule has something to compare with
INSERT INTO network.connectivity_version (school_id, school_path, access_type, contracted_down_mbps,
                                          contracted_up_mbps, valid_from, changed_by, changed_by_name, change_source)
SELECT f.id, f.district_path || f.id || '/', 'FIBRE', 100, 20, now(), 0, 'bench', 'DEMO' FROM fleet f;
COMMIT;
\echo 'probe fleet written'
\endif
