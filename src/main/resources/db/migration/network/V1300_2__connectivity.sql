-- A school's connectivity as declared by the school or the bureau, one row per version: a change closes the current
-- version (valid_to) and opens a new one, so the old values and who changed them stay readable. The current version
-- of a school is the one without valid_to. Bandwidths in Mbit/s.
CREATE TABLE network.connectivity_version (
    id                       bigserial PRIMARY KEY,
    school_id                bigint      NOT NULL,
    school_path              text        NOT NULL,
    access_type              varchar(16) NOT NULL CHECK (access_type IN ('FIBRE', 'MOBILE', 'SATELLITE', 'NONE')),
    provider                 varchar(100),
    contracted_down_mbps     integer CHECK (contracted_down_mbps >= 0),
    contracted_up_mbps       integer CHECK (contracted_up_mbps >= 0),
    wired_coverage           boolean     NOT NULL DEFAULT false,
    wireless_coverage        boolean     NOT NULL DEFAULT false,
    classrooms               integer CHECK (classrooms >= 0),
    multimedia_classrooms    integer CHECK (multimedia_classrooms >= 0),
    teaching_terminals       integer CHECK (teaching_terminals >= 0),
    valid_from               timestamptz NOT NULL,
    valid_to                 timestamptz,
    changed_by               bigint      NOT NULL,
    changed_by_name          varchar(100) NOT NULL,
    change_source            varchar(16) NOT NULL CHECK (change_source IN ('FORM', 'IMPORT', 'DEMO')),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX connectivity_current ON network.connectivity_version (school_id) WHERE valid_to IS NULL;
CREATE INDEX connectivity_history ON network.connectivity_version (school_id, valid_from DESC);
CREATE INDEX connectivity_path ON network.connectivity_version (school_path text_pattern_ops) WHERE valid_to IS NULL;
