-- Per school and day: statements, distinct active students and time, kept as activities are recorded, so a region's
-- dashboards read one row per school and day instead of one per active student and day. Filled once from the
-- per-student aggregate for what was recorded before this table existed.
CREATE TABLE records.daily_school_activity (
    school_id        BIGINT       NOT NULL,
    day              DATE         NOT NULL,
    school_path      VARCHAR(255) NOT NULL,
    statements       BIGINT       NOT NULL,
    active_students  BIGINT       NOT NULL,
    seconds          BIGINT       NOT NULL,
    PRIMARY KEY (school_id, day)
);
CREATE INDEX daily_school_activity_path ON records.daily_school_activity (school_path varchar_pattern_ops, day);

INSERT INTO records.daily_school_activity (school_id, day, school_path, statements, active_students, seconds)
SELECT school_id, day, min(school_path), sum(statements), count(*), sum(seconds)
FROM records.daily_student_activity GROUP BY school_id, day;
