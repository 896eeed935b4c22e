-- What probes send, partitioned by day of the sample's time (as the server ruled it, see ADR 0028): a scheduled
-- job keeps partitions from a few days back to a few days ahead and drops those past retention, so old data goes
-- by dropping a table, never by a long DELETE. No default partition: a sample's time is clamped into the window
-- whose partitions always exist. time_ruling says what the server did with the probe's clock (NULL: taken as
-- sent; SKEWED: shifted by the probe's clock offset; AHEAD: in the future, set to the receive time).
CREATE TABLE network.heartbeat (
    probe_id    bigint      NOT NULL,
    school_id   bigint      NOT NULL,
    sequence    bigint      NOT NULL,
    at          timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    time_ruling varchar(8),
    PRIMARY KEY (probe_id, sequence, at)
) PARTITION BY RANGE (at);
CREATE INDEX heartbeat_received ON network.heartbeat (received_at);
-- the roll-up counts one school's heartbeats in an hour
CREATE INDEX heartbeat_school ON network.heartbeat (school_id, at);

CREATE TABLE network.measurement (
    probe_id      bigint      NOT NULL,
    school_id     bigint      NOT NULL,
    sequence      bigint      NOT NULL,
    at            timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    time_ruling   varchar(8),
    latency_ms    real CHECK (latency_ms >= 0),
    download_mbps real CHECK (download_mbps >= 0),
    upload_mbps   real CHECK (upload_mbps >= 0),
    dns_ms        real CHECK (dns_ms >= 0),
    loss          real CHECK (loss BETWEEN 0 AND 1),
    PRIMARY KEY (probe_id, sequence, at)
) PARTITION BY RANGE (at);
CREATE INDEX measurement_school ON network.measurement (school_id, at DESC);
CREATE INDEX measurement_received ON network.measurement (received_at);
-- degradation detection reads the last half hour of every school's measurements
CREATE INDEX measurement_at ON network.measurement (at);

-- Roll-ups per school (a school's line, whichever probe measured it): recomputed from the raw samples of every hour
-- that received something since the last run, so running twice changes nothing. Averages are over measurements.
CREATE TABLE network.line_hourly (
    school_id         bigint      NOT NULL,
    school_path       text        NOT NULL,
    hour              timestamptz NOT NULL,
    heartbeats        integer     NOT NULL,
    measurements      integer     NOT NULL,
    latency_ms        real,
    download_mbps     real,
    min_download_mbps real,
    upload_mbps       real,
    dns_ms            real,
    loss              real,
    PRIMARY KEY (school_id, hour)
);
CREATE INDEX line_hourly_path ON network.line_hourly (school_path text_pattern_ops, hour);

CREATE TABLE network.line_daily (
    school_id         bigint NOT NULL,
    school_path       text   NOT NULL,
    day               date   NOT NULL,
    heartbeats        integer NOT NULL,
    measurements      integer NOT NULL,
    latency_ms        real,
    download_mbps     real,
    min_download_mbps real,
    upload_mbps       real,
    dns_ms            real,
    loss              real,
    PRIMARY KEY (school_id, day)
);
CREATE INDEX line_daily_path ON network.line_daily (school_path text_pattern_ops, day);

-- How far the roll-up job has read (by receive time).
CREATE TABLE network.rollup_mark (
    name        varchar(40) PRIMARY KEY,
    received_to timestamptz NOT NULL
);
