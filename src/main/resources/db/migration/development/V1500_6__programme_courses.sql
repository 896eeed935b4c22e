-- Courses of the learning module in a training programme (teachers as learners). A participant is enrolled in each
-- course in learning; learning tells when they complete one, which is kept here per programme so the programme's
-- completion rule can count it: every course (rule ALL_SESSIONS: every session and every course) or its hours
-- (rule HOURS: attended session hours plus the hours of completed courses).
CREATE TABLE development.programme_course (
    programme_id  BIGINT        NOT NULL REFERENCES development.programme (id) ON DELETE CASCADE,
    course_id     BIGINT        NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    hours         NUMERIC(5, 1) NOT NULL CHECK (hours > 0),
    added_by      BIGINT        NOT NULL,
    added_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (programme_id, course_id)
);
CREATE INDEX programme_course_course ON development.programme_course (course_id);

CREATE TABLE development.participant_course (
    programme_id    BIGINT      NOT NULL,
    teacher_account BIGINT      NOT NULL,
    course_id       BIGINT      NOT NULL,
    completed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (programme_id, teacher_account, course_id),
    FOREIGN KEY (programme_id, course_id) REFERENCES development.programme_course (programme_id, course_id)
        ON DELETE CASCADE
);
