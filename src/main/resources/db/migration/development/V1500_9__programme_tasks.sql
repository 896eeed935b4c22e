-- Tasks inside a programme (研修作业): the organiser sets one, a participant hands in a text, the organiser accepts it
-- or returns it with feedback (the teacher may then hand in again). An accepted task counts toward the rule: every
-- task accepted (rule ALL_SESSIONS), or its hours (rule HOURS).
CREATE TABLE development.programme_task (
    id            BIGSERIAL     PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES development.programme (id) ON DELETE CASCADE,
    title         VARCHAR(200)  NOT NULL,
    instructions  VARCHAR(4000) NOT NULL,
    hours         NUMERIC(5, 1) NOT NULL CHECK (hours > 0),
    created_by    BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX programme_task_programme ON development.programme_task (programme_id, id);

CREATE TABLE development.task_submission (
    task_id         BIGINT        NOT NULL REFERENCES development.programme_task (id) ON DELETE CASCADE,
    teacher_account BIGINT        NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    feedback        VARCHAR(2000),
    submitted_at    TIMESTAMPTZ   NOT NULL,
    reviewed_by     BIGINT,
    reviewed_at     TIMESTAMPTZ,
    PRIMARY KEY (task_id, teacher_account)
);
