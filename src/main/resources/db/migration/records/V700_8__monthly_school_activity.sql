-- Per school and calendar month: the sums of the daily school rows (statements, student-days, time), kept as
-- activities are recorded, so a region's report over a school year reads one row per school and month, and day
-- rows only for the part-months at the ends of its period. Filled once from the daily rows.
CREATE TABLE records.monthly_school_activity (
    school_id     BIGINT       NOT NULL,
    month         DATE         NOT NULL,
    school_path   VARCHAR(255) NOT NULL,
    statements    BIGINT       NOT NULL,
    student_days  BIGINT       NOT NULL,
    seconds       BIGINT       NOT NULL,
    PRIMARY KEY (school_id, month),
    CONSTRAINT monthly_school_activity_first_day CHECK (extract(day FROM month) = 1)
);
CREATE INDEX monthly_school_activity_path ON records.monthly_school_activity (school_path varchar_pattern_ops, month);

INSERT INTO records.monthly_school_activity (school_id, month, school_path, statements, student_days, seconds)
SELECT school_id, date_trunc('month', day)::date, min(school_path), sum(statements), sum(active_students), sum(seconds)
FROM records.daily_school_activity GROUP BY school_id, date_trunc('month', day);

-- the days at a period's ends, for every school of a region
CREATE INDEX daily_school_activity_day ON records.daily_school_activity (day, school_path varchar_pattern_ops);
