-- xAPI documents: activity state, activity profiles and agent profiles, as the client sent them (any content type),
-- with a SHA-1 ETag for the concurrency rules. Each belongs to the org of the client that wrote it; clients of
-- another org neither see nor overwrite it.
CREATE TABLE records.document (
    id            BIGSERIAL     PRIMARY KEY,
    kind          CHAR(1)       NOT NULL,
    org_path      VARCHAR(255)  NOT NULL,
    activity_id   TEXT          NOT NULL DEFAULT '',
    agent_key     TEXT          NOT NULL DEFAULT '',
    registration  TEXT          NOT NULL DEFAULT '',
    document_id   TEXT          NOT NULL,
    content       BYTEA         NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    etag          CHAR(40)      NOT NULL,
    updated       TIMESTAMPTZ   NOT NULL,
    UNIQUE (kind, org_path, activity_id, agent_key, registration, document_id)
);
