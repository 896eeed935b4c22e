-- Learning-space work for the equity bench region (run after bench/equity-region.sql): every homeroom class of the
-- bench schools is set one assignment a week over the last eight weeks (all published, all due by today); each
-- student hands in with a probability that depends on the school's locality (urban 90 %, town 80 %, rural 65 %),
-- 90 % of hand-ins are graded and the grades are released, scores spread over 40-100 % of the maximum. About
-- 55,000 assignments, 1.9 million submissions and 1.7 million grades. The rows go through the same columns the
-- application writes, so the reports read them exactly as they read real ones.
-- Idempotent: when the first bench assignment exists it does nothing.
\set ON_ERROR_STOP 1

SELECT EXISTS (SELECT 1 FROM learning.assignment WHERE title = '压测作业 第1周') AS present \gset
\if :present
\echo 'the bench learning-space work is in place already: nothing to do'
\else
BEGIN;

CREATE TEMP TABLE bench_class ON COMMIT DROP AS
SELECT c.id, c.school_id, c.school_path, c.name, o.locality
FROM roster.school_class c JOIN tenancy.org_node o ON o.id = c.school_id
WHERE c.kind = 'HOMEROOM' AND o.name LIKE '均衡压测区%';

CREATE TEMP TABLE bench_assignment ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('learning.assignment', 'id')) AS id, c.id AS class_id, c.school_id,
       c.school_path, c.name AS class_name, c.locality, w,
       (current_date - 7 * w + 1)::timestamptz + interval '9 hours' AS due_at
FROM bench_class c, generate_series(0, 7) AS w;

INSERT INTO learning.assignment (id, school_id, school_path, class_id, class_name, teacher_account, teacher_name,
                                 title, instructions, opens_at, due_at, max_score, late_policy, text_allowed,
                                 files_allowed, file_types, max_file_mb, resubmission, status, created_at,
                                 published_at)
SELECT id, school_id, school_path, class_id, class_name, 0, '压测老师', '压测作业 第' || (8 - w) || '周',
       '<p>练习</p>', due_at - interval '7 days', due_at, 10, 'ACCEPT_MARKED', true, false, '{}', 5, false,
       'PUBLISHED', due_at - interval '7 days', due_at - interval '7 days'
FROM bench_assignment;

CREATE TEMP TABLE bench_submission ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('learning.submission', 'id')) AS id, a.id AS assignment_id, s.id AS student_id,
       s.name AS student_name, a.school_path, a.due_at, a.locality,
       abs(hashint8(s.id * 31 + a.id)) % 1000 AS luck
FROM bench_assignment a
JOIN roster.enrolment e ON e.class_id = a.class_id AND e.ends_on IS NULL
JOIN roster.student s ON s.id = e.student_id AND s.status = 'ENROLLED'
WHERE abs(hashint8(s.id * 17 + a.id)) % 100 < CASE a.locality WHEN 'URBAN' THEN 90 WHEN 'TOWN' THEN 80 ELSE 65 END;

INSERT INTO learning.submission (id, assignment_id, student_id, student_name, student_account, school_path, attempt,
                                 answer, submitted_at, late, token)
SELECT id, assignment_id, student_id, student_name, 0, school_path, 1, '<p>作答</p>', due_at - interval '1 day',
       false, gen_random_uuid()
FROM bench_submission;

INSERT INTO learning.grade (assignment_id, student_id, submission_id, score, grader_account, grader_name, graded_at,
                            released_at)
SELECT assignment_id, student_id, id, round(4 + (luck % 61) / 10.0, 1), 0, '压测老师', due_at + interval '1 day',
       due_at + interval '1 day'
FROM bench_submission WHERE luck < 900;

-- the hand-in and graded counts the application keeps on each assignment as it writes these rows, and the class
-- size it keeps at publication
UPDATE learning.assignment a SET submitted_students = t.submitted, graded_students = t.graded,
    class_size = (SELECT count(*) FROM roster.enrolment e WHERE e.class_id = a.class_id AND e.ends_on IS NULL)
FROM (SELECT s.assignment_id, count(*) AS submitted, count(*) FILTER (WHERE s.luck < 900) AS graded
      FROM bench_submission s GROUP BY s.assignment_id) t
WHERE a.id = t.assignment_id;

-- and the equity module's outcome tallies, as returning these grades would have left them (installation zone)
\i bench/equity-outcome-tallies.sql

COMMIT;
ANALYZE learning.assignment;
ANALYZE learning.submission;
ANALYZE learning.grade;
SELECT (SELECT count(*) FROM learning.assignment) AS assignments,
       (SELECT count(*) FROM learning.submission) AS submissions,
       (SELECT count(*) FROM learning.grade) AS grades,
       (SELECT count(*) FROM equity.outcome_day) AS outcome_tallies;
\endif
