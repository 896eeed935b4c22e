-- The equity scale set (issue 7), for bench/EquityDashboardBench.java: 20 more districts of 50 schools each under the
-- demo city (江州市教育局), so the city has 1,012 schools. Each bench school gets a roster (about 300 students in
-- homeroom classes of grades 1-6, full-time teachers with qualifications, titles, backbone and PE/arts specialists),
-- a confirmed school-condition survey for the current school year, 90 days of library use, and the learning-record
-- aggregates that 10 million statements leave behind (records.daily_school_activity and its monthly sums, and
-- records.daily_student_activity: about 3.3 million student-days of three statements each). The dashboards read
-- only aggregates, so the statements themselves are not generated; the LRS's own 10-million-statement figures are
-- in the learning-record-store section of bench/README.md.
--
-- Run it against a running demo installation, on a data directory you can throw away:
--   java -jar target/educloud-0.1.0-SNAPSHOT.jar --server.port=18080 \
--        --educloud.platform.embedded-data-directory=/tmp/eq/pg --educloud.library.directory=/tmp/eq/files &
--   psql -h 127.0.0.1 -p "$(sed -n 4p /tmp/eq/pg/postmaster.pid)" -U postgres -d postgres -f bench/equity-region.sql
-- Idempotent: when the first bench district exists it does nothing. Everything is set-wise from generate_series;
-- ids come from the tables' own sequences (nextval per row), so nothing can collide with ids the platform holds.
\set ON_ERROR_STOP 1
\set districts 20
\set schools_per_district 50

SELECT EXISTS (SELECT 1 FROM tenancy.org_node WHERE name = '均衡压测区01') AS present \gset
\if :present
\echo 'the equity bench region is in place already: nothing to do'
\else
BEGIN;

CREATE TEMP TABLE ctx ON COMMIT DROP AS
SELECT city.id AS city_id, city.path AS city_path,
       (SELECT t.id FROM roster.term t WHERE t.org_id = city.id AND current_date BETWEEN t.starts_on AND t.ends_on
        ORDER BY t.starts_on DESC LIMIT 1) AS term_id,
       (SELECT CASE WHEN extract(month FROM current_date) >= 9 THEN extract(year FROM current_date)::int
                    ELSE extract(year FROM current_date)::int - 1 END) AS year_start
FROM tenancy.org_node city WHERE city.name = '江州市教育局' AND city.kind = 'REGION';

DO $$ BEGIN
    IF (SELECT count(*) FROM ctx) <> 1 OR (SELECT term_id FROM ctx) IS NULL THEN
        RAISE EXCEPTION 'needs the demo city 江州市教育局 with a term running today';
    END IF;
END $$;

CREATE TEMP TABLE bench_district ON COMMIT DROP AS
SELECT d, nextval('tenancy.org_node_id_seq') AS id FROM generate_series(1, :districts) AS d;

INSERT INTO tenancy.org_node (id, kind, parent_id, path, name, division_code, created_at, updated_at)
SELECT b.id, 'DISTRICT', c.city_id, c.city_path || b.id || '/', '均衡压测区' || lpad(b.d::text, 2, '0'),
       '36' || lpad((200 + b.d)::text, 4, '0'), now(), now()
FROM bench_district b, ctx c;

-- a third urban, a third town, a third rural; every 25th a teaching point; students 60-600, rural ones smaller
CREATE TEMP TABLE bench_school ON COMMIT DROP AS
SELECT nextval('tenancy.org_node_id_seq') AS id, b.id AS district_id, c.city_path || b.id || '/' AS district_path,
       b.d, s,
       (ARRAY['URBAN', 'TOWN', 'RURAL'])[1 + s % 3] AS locality,
       s % 25 = 0 AS teaching_point,
       CASE s % 3 WHEN 0 THEN 360 + (s * 37 + b.d * 11) % 240 WHEN 1 THEN 240 + (s * 29 + b.d * 7) % 180
                  ELSE 60 + (s * 17 + b.d * 5) % 180 END AS students
FROM bench_district b, ctx c, generate_series(1, :schools_per_district) AS s;
UPDATE bench_school SET students = 30 WHERE teaching_point;

INSERT INTO tenancy.org_node (id, kind, parent_id, path, name, school_code, stages, locality, teaching_point,
                              created_at, updated_at)
SELECT id, 'SCHOOL', district_id, district_path || id || '/',
       '均衡压测区' || lpad(d::text, 2, '0') || '第' || s || '小学', '38' || lpad((d * 1000 + s)::text, 8, '0'),
       'PRIMARY', locality, teaching_point, now(), now()
FROM bench_school;

CREATE TEMP TABLE bench_class ON COMMIT DROP AS
SELECT nextval('roster.school_class_id_seq') AS id, sc.id AS school_id, sc.district_path || sc.id || '/' AS path, g
FROM bench_school sc, generate_series(1, 6) AS g;
INSERT INTO roster.school_class (id, school_id, school_path, term_id, grade, name, kind, created_at)
SELECT bc.id, bc.school_id, bc.path, c.term_id, bc.g,
       (ARRAY['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'])[bc.g] || '(1)班', 'HOMEROOM', now()
FROM bench_class bc, ctx c;

CREATE TEMP TABLE bench_student ON COMMIT DROP AS
SELECT nextval('roster.student_id_seq') AS id, sc.id AS school_id, sc.district_path || sc.id || '/' AS path,
       sc.d, sc.s, i, 1 + i % 6 AS grade
FROM bench_school sc, generate_series(1, sc.students) AS i;
INSERT INTO roster.student (id, school_id, school_path, student_number, name, gender, birth_date, status,
                            left_behind, migrant, disability, created_at, updated_at)
SELECT st.id, st.school_id, st.path, 'EQB' || lpad(st.d::text, 2, '0') || lpad(st.s::text, 3, '0')
           || lpad(st.i::text, 4, '0'),
       '压测学生' || st.i, CASE WHEN st.i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
       make_date(c.year_start - st.grade - 6, 1 + st.i % 12, 1 + st.i % 28), 'ENROLLED',
       st.s % 3 = 2 AND st.i % 3 = 0, st.s % 3 = 0 AND st.i % 11 = 0, st.i % 97 = 0, now(), now()
FROM bench_student st, ctx c;
INSERT INTO roster.enrolment (id, student_id, class_id, school_path, starts_on)
SELECT nextval('roster.enrolment_id_seq'), st.id, bc.id, st.path, make_date(c.year_start, 9, 1)
FROM bench_student st JOIN bench_class bc ON bc.school_id = st.school_id AND bc.g = st.grade, ctx c;

-- teachers: about 5.5 per 100 students; urban schools better qualified, more backbone and specialist teachers
INSERT INTO roster.staff (id, school_id, school_path, staff_number, name, gender, subjects, qualification, title,
                          backbone_level, full_time_teacher, specialist, created_at, updated_at)
SELECT nextval('roster.staff_id_seq'), sc.id, sc.district_path || sc.id || '/', 'EQ' || lpad(t::text, 3, '0'),
       '压测教师' || t, CASE WHEN t % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END, '语文',
       CASE WHEN t % 10 < (CASE sc.locality WHEN 'URBAN' THEN 9 WHEN 'TOWN' THEN 7 ELSE 5 END) THEN 'BACHELOR'
            ELSE 'JUNIOR_COLLEGE' END,
       CASE WHEN t % 5 < 2 THEN 'FIRST' ELSE 'SECOND' END,
       CASE WHEN t % (CASE sc.locality WHEN 'URBAN' THEN 5 WHEN 'TOWN' THEN 6 ELSE 12 END) = 0 THEN 'COUNTY'
            ELSE 'NONE' END,
       TRUE,
       CASE WHEN t % (CASE sc.locality WHEN 'RURAL' THEN 30 ELSE 12 END) = 1 THEN 'PE' ELSE 'NONE' END,
       now(), now()
FROM bench_school sc, generate_series(1, greatest(3, sc.students * 55 / 1000)) AS t;

-- a confirmed survey per school, counts as the roster has them
INSERT INTO equity.school_survey (school_id, school_path, school_year, status, teaching_area, sports_ground_area,
                                  sports_hall_area, equipment_value, multimedia_classrooms, computers, library_books,
                                  primary_students, junior_students, all_students, full_time_teachers,
                                  teachers_college_or_above, teachers_bachelor_or_above, backbone_teachers,
                                  pe_arts_teachers, intermediate_title_teachers, left_behind_students,
                                  migrant_students, disabled_students, counted_at, entered_by,
                                  entered_by_name, entered_at, submitted_by_name, submitted_at, confirmed_by_name,
                                  confirmed_at)
SELECT sc.id, sc.district_path || sc.id || '/', c.year_start || '-' || (c.year_start + 1), 'CONFIRMED',
       sc.students * (4.0 + (sc.s % 7) * 0.3), sc.students * (6.5 + (sc.s % 5) * 0.6), sc.students * 0.4,
       sc.students * (CASE sc.locality WHEN 'URBAN' THEN 3000 WHEN 'TOWN' THEN 2300 ELSE 1600 END + sc.s * 7),
       greatest(1, sc.students * (CASE sc.locality WHEN 'RURAL' THEN 18 ELSE 27 END) / 1000),
       sc.students / 9, sc.students * (20 + sc.s % 15), sc.students, 0, sc.students, t.teachers, t.teachers,
       t.bachelor, t.backbone, t.pe, t.titled, a.left_behind, a.migrant, a.disabled, now(), 0, '压测', now(),
       '压测', now(), '压测', now()
FROM bench_school sc, ctx c,
     LATERAL (SELECT count(*) FILTER (WHERE left_behind) AS left_behind, count(*) FILTER (WHERE migrant) AS migrant,
                     count(*) FILTER (WHERE disability) AS disabled
              FROM roster.student WHERE school_id = sc.id) a,
     LATERAL (SELECT count(*) AS teachers, count(*) FILTER (WHERE qualification = 'BACHELOR') AS bachelor,
                     count(*) FILTER (WHERE backbone_level = 'COUNTY') AS backbone,
                     count(*) FILTER (WHERE specialist <> 'NONE') AS pe,
                     count(*) FILTER (WHERE title = 'FIRST') AS titled
              FROM roster.staff WHERE school_id = sc.id) t;

-- 90 days of library use, three resources a school a day, urban schools using more
INSERT INTO library.daily_school_usage (day, school_id, school_path, resource_id, views, downloads)
SELECT current_date - dd, sc.id, sc.district_path || sc.id || '/', r,
       (sc.students * (CASE sc.locality WHEN 'URBAN' THEN 6 WHEN 'TOWN' THEN 4 ELSE 2 END) / 100 + (dd + r) % 5),
       (sc.students * (CASE sc.locality WHEN 'URBAN' THEN 2 ELSE 1 END) / 100)
FROM bench_school sc, generate_series(0, 89) AS dd, generate_series(1, 3) AS r;
-- and the school totals per day and month the library keeps beside them
INSERT INTO library.school_day_usage (school_id, day, school_path, views, downloads)
SELECT u.school_id, u.day, min(u.school_path), sum(u.views), sum(u.downloads)
FROM library.daily_school_usage u JOIN bench_school sc ON sc.id = u.school_id GROUP BY u.school_id, u.day
ORDER BY u.day; -- in the order a real installation writes them: day by day
INSERT INTO library.school_month_usage (school_id, month, school_path, views, downloads)
SELECT u.school_id, date_trunc('month', u.day)::date, min(u.school_path), sum(u.views), sum(u.downloads)
FROM library.daily_school_usage u JOIN bench_school sc ON sc.id = u.school_id
GROUP BY u.school_id, date_trunc('month', u.day)::date;

-- what 10 million statements leave in the daily aggregates: per school and day ...
CREATE TEMP TABLE bench_school_day ON COMMIT DROP AS
SELECT sc.id AS school_id, sc.district_path || sc.id || '/' AS path, current_date - dd AS day,
       greatest(1, sc.students * (CASE sc.locality WHEN 'URBAN' THEN 14 WHEN 'TOWN' THEN 11 ELSE 8 END) / 100)
           AS active
FROM bench_school sc, generate_series(0, 89) AS dd;
SELECT sum(active) * 3 AS statements FROM bench_school_day \gset
\echo 'statements represented by the aggregates:' :statements
INSERT INTO records.daily_school_activity (school_id, day, school_path, statements, active_students, seconds)
SELECT school_id, day, path, active * 3, active, active * 3 * 120 FROM bench_school_day ORDER BY day;
INSERT INTO records.monthly_school_activity (school_id, month, school_path, statements, student_days, seconds)
SELECT school_id, date_trunc('month', day)::date, min(path), sum(active * 3), sum(active), sum(active * 3 * 120)
FROM bench_school_day GROUP BY school_id, date_trunc('month', day)::date;
-- ... and per student and day
INSERT INTO records.daily_student_activity (person_id, day, school_id, school_path, statements, completed, scored,
                                            score_sum, seconds)
SELECT st.id, d.day, st.school_id, st.path, 3, 1, 1, 0.8, 360
FROM bench_school_day d JOIN bench_student st ON st.school_id = d.school_id AND st.i <= d.active;

COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM tenancy.org_node WHERE kind = 'SCHOOL') AS schools,
       (SELECT count(*) FROM roster.student) AS students,
       (SELECT count(*) FROM records.daily_student_activity) AS student_days,
       (SELECT sum(statements) FROM records.daily_school_activity) AS statements;
\endif
