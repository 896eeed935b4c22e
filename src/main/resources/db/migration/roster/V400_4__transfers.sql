-- A student's moves between schools of the installation. The former school keeps read access to the student's
-- time with it through these rows.
CREATE TABLE roster.transfer (
    id                BIGSERIAL    PRIMARY KEY,
    student_id        BIGINT       NOT NULL REFERENCES roster.student (id),
    from_school_id    BIGINT       NOT NULL,
    from_school_path  VARCHAR(255) NOT NULL,
    to_school_id      BIGINT       NOT NULL,
    to_school_path    VARCHAR(255) NOT NULL,
    transferred_on    DATE         NOT NULL,
    reason            VARCHAR(200),
    recorded_by       BIGINT       NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX transfer_student ON roster.transfer (student_id);
CREATE INDEX transfer_from_path ON roster.transfer (from_school_path varchar_pattern_ops);
