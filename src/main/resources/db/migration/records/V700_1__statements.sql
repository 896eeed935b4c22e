-- xAPI statements as stored: the statement itself as JSONB, and extracted columns for every query filter. The
-- table is range-partitioned by the time the LRS stored each statement, so old months can be detached and
-- archived; rows are immutable except for the voided flag. Statement ids are unique across partitions through
-- their own small table, which PUT and POST use for idempotency and conflict detection.
CREATE TABLE records.statement_id (
    id      UUID        PRIMARY KEY,
    stored  TIMESTAMPTZ NOT NULL
);

CREATE TABLE records.statement (
    id            UUID          NOT NULL,
    stored        TIMESTAMPTZ   NOT NULL,
    occurred      TIMESTAMPTZ   NOT NULL,
    client_id     VARCHAR(64)   NOT NULL,
    org_path      VARCHAR(255)  NOT NULL,
    verb_id       TEXT          NOT NULL,
    actor_key     TEXT          NOT NULL,
    activity_id   TEXT,
    registration  UUID,
    voids         UUID,
    voided        BOOLEAN       NOT NULL DEFAULT FALSE,
    body          JSONB         NOT NULL,
    PRIMARY KEY (id, stored)
) PARTITION BY RANGE (stored);

-- Monthly partitions are added by the records module ahead of time; this one catches anything outside them.
CREATE TABLE records.statement_default PARTITION OF records.statement DEFAULT;

CREATE INDEX statement_stored ON records.statement (stored);
CREATE INDEX statement_verb ON records.statement (verb_id, stored);
CREATE INDEX statement_actor ON records.statement (actor_key, stored);
CREATE INDEX statement_activity ON records.statement (activity_id, stored);
CREATE INDEX statement_registration ON records.statement (registration) WHERE registration IS NOT NULL;
CREATE INDEX statement_path ON records.statement (org_path varchar_pattern_ops, stored);
