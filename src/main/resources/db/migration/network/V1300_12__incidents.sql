-- Outages and degradations of a school's line. At most one open incident of each kind per school (the detector's
-- insert relies on it when two nodes race). since/until are when the line went and came back; opened_at/closed_at
-- when the platform noticed. For a degradation, measured/contracted say how far below the contract it was.
CREATE TABLE network.incident (
    id                  bigserial PRIMARY KEY,
    school_id           bigint      NOT NULL,
    school_path         text        NOT NULL,
    school_name         varchar(200) NOT NULL,
    kind                varchar(16) NOT NULL CHECK (kind IN ('OUTAGE', 'DEGRADATION')),
    since               timestamptz NOT NULL,
    until               timestamptz,
    opened_at           timestamptz NOT NULL,
    closed_at           timestamptz,
    measured_down_mbps  real,
    contracted_down_mbps integer,
    CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX incident_open ON network.incident (school_id, kind) WHERE until IS NULL;
CREATE INDEX incident_school ON network.incident (school_id, since DESC);
CREATE INDEX incident_path ON network.incident (school_path text_pattern_ops, since);
