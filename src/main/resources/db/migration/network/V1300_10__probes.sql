-- School probes: one-time enrolment codes an admin issues for a school, and the probes enrolled with them. A code
-- and a probe credential are stored only as SHA-256; the code works once and expires. A school has at most one
-- active probe: enrolling a replacement retires the old one. last_sequence is the highest sample sequence stored
-- for the probe (samples arrive in order from the probe's queue), so a redelivered sample is recognised.
CREATE TABLE network.probe_enrolment_code (
    id          bigserial PRIMARY KEY,
    school_id   bigint      NOT NULL,
    school_path text        NOT NULL,
    code_hash   char(64)    NOT NULL UNIQUE,
    issued_by   bigint      NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    probe_id    bigint
);
CREATE INDEX probe_enrolment_code_school ON network.probe_enrolment_code (school_id, issued_at DESC);

CREATE TABLE network.probe (
    id                      bigserial PRIMARY KEY,
    school_id               bigint      NOT NULL,
    school_path             text        NOT NULL,
    host_name               varchar(100),
    probe_version           varchar(40),
    credential_hash         char(64)    NOT NULL UNIQUE,
    enrolled_at             timestamptz NOT NULL,
    enrolled_with           bigint      NOT NULL REFERENCES network.probe_enrolment_code (id),
    revoked_at              timestamptz,
    revoked_by              bigint,
    heartbeat_seconds       integer     NOT NULL DEFAULT 30 CHECK (heartbeat_seconds BETWEEN 1 AND 3600),
    last_sequence           bigint      NOT NULL DEFAULT 0,
    last_heartbeat_at       timestamptz,
    last_received_at        timestamptz,
    throughput_window_start timestamptz,
    throughput_tests        integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX probe_active_per_school ON network.probe (school_id) WHERE revoked_at IS NULL;
CREATE INDEX probe_path ON network.probe (school_path text_pattern_ops) WHERE revoked_at IS NULL;
