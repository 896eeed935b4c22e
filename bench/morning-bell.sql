-- The "8 a.m. bell" data set (issue 5), for bench/MorningBellBench.java: 10,000 students of 江州市临江区实验小学
-- (bell.s00001 … bell.s10000, password the same as student.zhang's, i.e. EduCloud2026 unless educloud.demo.password
-- was set) in 250 homeroom classes of 40 (grades 4–6, the term of 三年级(1)班), all taught by one bench teacher
-- (bell.teacher, same password), and in each class one published assignment that takes a text answer, open now,
-- due tomorrow evening, with one attached PDF: the demo's own 几分之一.pdf, so every download streams real bytes from
-- the storage directory.
--
-- Run it against a running demo installation (the app must have started once with demo data), ideally on a data
-- directory you can throw away, since 实验小学 then really has 10,000 more students in every figure:
--
--   java -jar target/educloud-0.1.0-SNAPSHOT.jar --server.port=18080 \
--        --educloud.platform.embedded-data-directory=/tmp/bell/pg --educloud.library.directory=/tmp/bell/files &
--   # wait for "Started", then (the embedded PostgreSQL's port is line 4 of its postmaster.pid; user and
--   # database are both postgres, as in bench/library-resources.sql)
--   psql -h 127.0.0.1 -p "$(sed -n 4p /tmp/bell/pg/postmaster.pid)" -U postgres -d postgres -f bench/morning-bell.sql
--
-- (With the default data directory: `sed -n 4p data/postgres/postmaster.pid`.) No restart is needed: nothing here
-- is cached by the platform. Optional: -v students=N (default 10000, at most 99999) and -v per_class=N (default 40;
-- bench/QuizSittingBench.java uses -v students=2025 -v per_class=45: 45 classes of 45).
--
-- It runs in one transaction and is idempotent: when bell.s00001 exists it changes nothing. Everything is written
-- set-wise from generate_series. Ids come from the tables' own sequences: the ones Hibernate uses with pooled-lo
-- blocks of 50 (accounts, grants, students, staff, enrolments) hand out one value per nextval, so a row written here
-- can never fall inside a block the platform holds.
\set ON_ERROR_STOP 1
\if :{?students}
\else
\set students 10000
\endif
\if :{?per_class}
\else
\set per_class 40
\endif

SELECT EXISTS (SELECT 1 FROM identity.account WHERE lower(username) = 'bell.s00001') AS bell_present \gset
\if :bell_present
\echo 'bell.s00001 already exists: the morning-bell data set is in place, nothing to do.'
\else
BEGIN;

-- Everything the rows copy from the demo, found once; checked below so a missing piece stops the script with a
-- message rather than writing half a school.
CREATE TEMP TABLE bell_ctx ON COMMIT DROP AS
SELECT school.id AS school_id, school.path AS school_path,
       -- the same bcrypt hash as student.zhang: every login costs what a real one costs, and no hashing here
       zhang.password_hash,
       -- the demo's current term: the one covering today, else the term of student.zhang's own class
       COALESCE((SELECT t.id FROM roster.term t
                 WHERE school.path LIKE t.org_path || '%' AND current_date BETWEEN t.starts_on AND t.ends_on
                 ORDER BY t.starts_on DESC LIMIT 1),
                (SELECT c.term_id FROM roster.student s
                 JOIN roster.enrolment e ON e.student_id = s.id AND e.ends_on IS NULL
                 JOIN roster.school_class c ON c.id = e.class_id
                 WHERE s.account_id = zhang.id LIMIT 1)) AS term_id,
       pdf.sha256, pdf.size, pdf.media_type, pdf.file_name
FROM tenancy.org_node school
JOIN identity.account zhang ON lower(zhang.username) = 'student.zhang'
-- the fractions PDF the demo library stores for teacher.wang: the blob row is what the download reads (size,
-- media type), its sha256 the key of the file in the storage directory
LEFT JOIN LATERAL (
    SELECT b.sha256, b.size, b.media_type, v.file_name
    FROM library.resource r
    JOIN library.resource_file f ON f.resource_id = r.id
    JOIN library.file_version v ON v.file_id = f.id
    JOIN library.blob b ON b.sha256 = v.sha256
    WHERE r.title = '分数的初步认识——几分之一（课件）'
    ORDER BY v.number DESC LIMIT 1) pdf ON true
WHERE school.kind = 'SCHOOL' AND school.name = '江州市临江区实验小学';

CREATE TEMP TABLE bell_term ON COMMIT DROP AS
SELECT t.id AS term_id, t.starts_on FROM roster.term t JOIN bell_ctx x ON x.term_id = t.id;

DO $$
BEGIN
    IF (SELECT count(*) FROM bell_ctx) <> 1 THEN
        RAISE EXCEPTION 'no demo installation: 江州市临江区实验小学 or student.zhang is missing';
    END IF;
    IF EXISTS (SELECT 1 FROM bell_ctx WHERE password_hash IS NULL) THEN
        RAISE EXCEPTION 'student.zhang has no password to copy';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bell_term) THEN
        RAISE EXCEPTION 'no current term (and student.zhang is in no class)';
    END IF;
    IF EXISTS (SELECT 1 FROM bell_ctx WHERE sha256 IS NULL) THEN
        RAISE EXCEPTION 'the demo library''s 几分之一.pdf is missing: nothing to attach';
    END IF;
    IF EXISTS (SELECT 1 FROM identity.account WHERE lower(username) = 'bell.teacher') THEN
        RAISE EXCEPTION 'bell.teacher exists without bell.s00001: remove it or use a fresh data directory';
    END IF;
END
$$;

-- The classes: grade 4, 5, 6 in turn, numbered from (101) so no name meets the demo's own classes (1) and (2)
-- (names are unique per school and term).
CREATE TEMP TABLE bell_class ON COMMIT DROP AS
SELECT k, 4 + k % 3 AS grade,
       (ARRAY['四年级', '五年级', '六年级'])[1 + k % 3] || '(' || (101 + k / 3) || ')班' AS name
FROM generate_series(0, (:students + :per_class - 1) / :per_class - 1) AS k;

-- The students: names built the way DemoRoster builds them; student i sits in class (i - 1) / 40.
CREATE TEMP TABLE bell_person ON COMMIT DROP AS
SELECT i, 'bell.s' || lpad(i::text, 5, '0') AS username, 'BELL' || lpad(i::text, 5, '0') AS student_number,
       (ARRAY['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'])[1 + i % 12]
       || (ARRAY['子涵', '浩然', '欣怡', '宇轩', '梓萱', '俊杰', '雨桐', '博文', '诗琪', '明轩', '可馨', '天佑',
                 '思远', '佳怡', '一诺'])[1 + (i * 5 + i / 12) % 15] AS name,
       CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END AS gender,
       (i - 1) / :per_class AS k
FROM generate_series(1, :students) AS i;

-- Accounts as IdentityManagement.create leaves a seeded one (demo accounts: must_change_password false): active,
-- home at the school, password set now. Phone and email stay empty (both are unique when present).
INSERT INTO identity.account (username, display_name, password_hash, status, must_change_password, home_org_path,
                              created_at, updated_at, password_changed_at)
SELECT p.username, p.name, x.password_hash, 'ACTIVE', false, x.school_path, now(), now(), now()
FROM bell_person p CROSS JOIN bell_ctx x
UNION ALL
SELECT 'bell.teacher', '林老师', x.password_hash, 'ACTIVE', false, x.school_path, now(), now(), now()
FROM bell_ctx x;

-- A person role is granted on the school node (GrantRules: STUDENT and TEACHER belong on a SCHOOL); Scope is built
-- from (role, org_path) of these rows, so org_path must be the school's own path, org_id its id.
INSERT INTO identity.role_grant (account_id, role, org_id, org_path, granted_at)
SELECT a.id, CASE WHEN a.username = 'bell.teacher' THEN 'TEACHER' ELSE 'STUDENT' END, x.school_id, x.school_path,
       now()
FROM identity.account a CROSS JOIN bell_ctx x
WHERE a.username = 'bell.teacher' OR a.username IN (SELECT username FROM bell_person);

-- One bench teacher for every class rather than teacher.wang: a teacher's roster reach is computed per request,
-- so giving 王老师 10,000 students would change her pages and LoadDriver's teacher home-page figure.
INSERT INTO roster.staff (school_id, school_path, staff_number, name, gender, subjects, qualification, title,
                          account_id, created_at, updated_at)
SELECT x.school_id, x.school_path, 'BELL-T001', '林晓燕', 'FEMALE', '语文', 'BACHELOR', 'FIRST', a.id, now(), now()
FROM bell_ctx x JOIN identity.account a ON a.username = 'bell.teacher';

INSERT INTO roster.school_class (school_id, school_path, term_id, grade, name, kind, head_teacher_id, created_at)
SELECT x.school_id, x.school_path, t.term_id, c.grade, c.name, 'HOMEROOM', s.id, now()
FROM bell_class c CROSS JOIN bell_ctx x CROSS JOIN bell_term t
JOIN roster.staff s ON s.school_id = x.school_id AND s.staff_number = 'BELL-T001'
ORDER BY c.k;

-- Head teacher and subject teacher, as the demo does (openClass with a head, then assignTeacher).
INSERT INTO roster.teaching_assignment (staff_id, class_id, subject)
SELECT sc.head_teacher_id, sc.id, '语文'
FROM roster.school_class sc JOIN bell_class c ON c.name = sc.name JOIN bell_ctx x ON x.school_id = sc.school_id
JOIN bell_term t ON t.term_id = sc.term_id;

-- Born the year DemoRoster would give their grade; the student number only has to be unique (19 characters).
INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date, ethnicity, status,
                            account_id, created_at, updated_at)
SELECT x.school_id, x.school_path, p.student_number, p.name, p.gender,
       make_date(extract(year FROM t.starts_on)::int - c.grade - 6, 1 + p.i % 12, 1 + (p.i * 7) % 28), '汉族',
       'ENROLLED', a.id, now(), now()
FROM bell_person p CROSS JOIN bell_ctx x CROSS JOIN bell_term t
JOIN bell_class c ON c.k = p.k
JOIN identity.account a ON a.username = p.username
ORDER BY p.i;

-- Current enrolments are the ones without an end (Following and RosterReach read ends_on IS NULL).
INSERT INTO roster.enrolment (student_id, class_id, school_path, starts_on)
SELECT s.id, sc.id, x.school_path, t.starts_on
FROM bell_person p CROSS JOIN bell_ctx x CROSS JOIN bell_term t
JOIN roster.student s ON s.student_number = p.student_number
JOIN bell_class c ON c.k = p.k
JOIN roster.school_class sc ON sc.school_id = x.school_id AND sc.term_id = t.term_id AND sc.name = c.name
ORDER BY p.i;

-- One published assignment per class, with every column AssignmentStore.insert and publish write. Times are in
-- the installation's zone (Asia/Shanghai): open from an hour ago, due tomorrow 20:00, so "today's work" is open
-- whenever the bench runs within a day. ACCEPT_MARKED and resubmission: a run after the due time, or a second pass
-- over the same students, is still accepted (marked late / a new attempt) instead of counted as an error.
-- due_soon_sent_at is set as if the day-ahead reminder had gone out: otherwise the reminder job (every 5 minutes)
-- would write 10,000 notifications in the middle of a measurement.
INSERT INTO learning.assignment (school_id, school_path, class_id, class_name, teacher_account, teacher_name, title,
                                 instructions, opens_at, due_at, max_score, late_policy, text_allowed, files_allowed,
                                 file_types, max_file_mb, resubmission, rubric, status, created_at, published_at,
                                 due_soon_sent_at, lesson_id)
SELECT sc.school_id, sc.school_path, sc.id, sc.name, a.id, a.display_name, '晨读：《草船借箭》读后一句话',
       '<p>读课文《草船借箭》，看附件里的学习单，用一句话写下你最佩服诸葛亮的地方。</p>',
       now() - interval '1 hour',
       (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '1 day 20 hours') AT TIME ZONE 'Asia/Shanghai',
       10.0, 'ACCEPT_MARKED', true, false, '{}', 10, true, NULL, 'PUBLISHED', now(), now(), now(), NULL
FROM roster.school_class sc JOIN bell_class c ON c.name = sc.name JOIN bell_ctx x ON x.school_id = sc.school_id
JOIN bell_term t ON t.term_id = sc.term_id
JOIN identity.account a ON a.username = 'bell.teacher'
ORDER BY c.k;

-- The attachment row as AssignmentStore.attach writes it from a StoredFile: all of them share the one blob.
INSERT INTO learning.assignment_file (assignment_id, name, sha256, size, media_type)
SELECT la.id, x.file_name, x.sha256, x.size, x.media_type
FROM learning.assignment la CROSS JOIN bell_ctx x
WHERE la.school_id = x.school_id AND la.teacher_account = (SELECT id FROM identity.account WHERE username = 'bell.teacher')
ORDER BY la.id;

-- What publishing tells the class (NotifyingPeople: ASSIGNMENT_SET to each student): every page's bell counts
-- unread notifications, so the morning starts with one unread each, as it would.
INSERT INTO learning.notification (recipient, kind, subject, link, created_at)
SELECT s.account_id, 'ASSIGNMENT_SET', la.title, '/learning/assignments/' || la.id, now()
FROM learning.assignment la
JOIN roster.enrolment e ON e.class_id = la.class_id AND e.ends_on IS NULL
JOIN roster.student s ON s.id = e.student_id
WHERE la.teacher_account = (SELECT id FROM identity.account WHERE username = 'bell.teacher');

SELECT (SELECT count(*) FROM bell_person) AS students, (SELECT count(*) FROM bell_class) AS classes,
       (SELECT count(*) FROM learning.assignment
        WHERE teacher_account = (SELECT id FROM identity.account WHERE username = 'bell.teacher')) AS assignments,
       (SELECT file_name || ' ' || size || ' B ' || sha256 FROM bell_ctx) AS attached_file;

COMMIT;

-- Fresh statistics for the grown tables (autovacuum would get there within minutes, perhaps mid-run).
ANALYZE identity.account, identity.role_grant, roster.staff, roster.school_class, roster.teaching_assignment,
        roster.student, roster.enrolment, learning.assignment, learning.assignment_file, learning.notification;
\endif
