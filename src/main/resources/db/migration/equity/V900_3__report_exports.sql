-- Exports of the balance report (XLSX or PDF) are built as jobs: the request is answered at once with a row the
-- page polls for progress, and the finished file is kept here, so any node can serve the download and a job that
-- fails leaves no half-written file behind (content is written together with status DONE, or not at all).
CREATE TABLE equity.report_export (
    id                BIGSERIAL     PRIMARY KEY,
    org_id            BIGINT        NOT NULL,
    org_path          VARCHAR(255)  NOT NULL,
    org_name          VARCHAR(200)  NOT NULL,
    school_year       VARCHAR(9)    NOT NULL,
    format            VARCHAR(8)    NOT NULL,
    language          VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    steps_done        INTEGER       NOT NULL DEFAULT 0,
    steps_total       INTEGER       NOT NULL DEFAULT 0,
    requested_by      BIGINT        NOT NULL,
    requested_by_name VARCHAR(100)  NOT NULL,
    requested_at      TIMESTAMPTZ   NOT NULL,
    heartbeat_at      TIMESTAMPTZ   NOT NULL,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    failure           VARCHAR(100),
    file_name         VARCHAR(200),
    content           BYTEA,
    content_size      BIGINT,
    CONSTRAINT report_export_format CHECK (format IN ('XLSX', 'PDF')),
    CONSTRAINT report_export_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT report_export_done_has_file CHECK (status <> 'DONE' OR content IS NOT NULL)
);

CREATE INDEX report_export_by_org ON equity.report_export (org_id, requested_at DESC);
CREATE INDEX report_export_unfinished ON equity.report_export (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
