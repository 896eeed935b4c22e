-- Each import a school runs: what file, how it ended, and the row-level problems to download.
CREATE TABLE roster.import_run (
    id            BIGSERIAL    PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    school_path   VARCHAR(255) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    outcome       VARCHAR(16)  NOT NULL CHECK (outcome IN ('APPLIED', 'REJECTED')),
    rows_read     INTEGER      NOT NULL,
    created       INTEGER      NOT NULL DEFAULT 0,
    updated       INTEGER      NOT NULL DEFAULT 0,
    problems      TEXT         NOT NULL DEFAULT '[]',
    run_by        BIGINT       NOT NULL,
    run_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX import_run_path ON roster.import_run (school_path varchar_pattern_ops, run_at DESC);
