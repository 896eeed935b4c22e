-- Returned grades tallied per school, due day and equity attributes of the student (left-behind, migrant,
-- disability, as the roster had them when the grade was returned), kept as grades are returned or corrected, so a
-- region's outcome groups are one grouped read instead of one row per student. students counts the distinct
-- students graded for work due that day (the first grade of a student and day marks them in outcome_student_day);
-- over several days the largest day's count is a lower bound of the distinct students, which is what the
-- small-group rule needs: it may hide a group that could be shown, never show one that should be hidden.
CREATE TABLE equity.outcome_day (
    school_id    BIGINT        NOT NULL,
    day          DATE          NOT NULL,
    left_behind  BOOLEAN       NOT NULL,
    migrant      BOOLEAN       NOT NULL,
    disability   BOOLEAN       NOT NULL,
    school_path  VARCHAR(255)  NOT NULL,
    grades       INTEGER       NOT NULL,
    share_sum    NUMERIC(16,6) NOT NULL,
    students     INTEGER       NOT NULL,
    PRIMARY KEY (school_id, day, left_behind, migrant, disability)
);
CREATE INDEX outcome_day_path ON equity.outcome_day (school_path varchar_pattern_ops, day);

CREATE TABLE equity.outcome_student_day (
    student_id  BIGINT  NOT NULL,
    day         DATE    NOT NULL,
    PRIMARY KEY (student_id, day)
);
