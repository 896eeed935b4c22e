-- Outside service companies a district registers, and the identity accounts that act for them.
CREATE TABLE maintenance.vendor (
    id            bigserial PRIMARY KEY,
    district_id   bigint       NOT NULL,
    district_path varchar(255) NOT NULL,
    name          varchar(120) NOT NULL,
    contact       varchar(64)  NOT NULL,
    phone         varchar(20),
    services      varchar(500) NOT NULL,
    created_by    bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    UNIQUE (district_id, name)
);
CREATE INDEX vendor_district_path ON maintenance.vendor (district_path varchar_pattern_ops);

-- An account belongs to at most one company: what it may see is decided by this row, never by place.
CREATE TABLE maintenance.vendor_account (
    account_id bigint PRIMARY KEY,
    vendor_id  bigint NOT NULL REFERENCES maintenance.vendor (id)
);
CREATE INDEX vendor_account_vendor ON maintenance.vendor_account (vendor_id);

-- A fault reported at a school. The school's name and locality are copied at report time so that lists and the
-- SLA reports group without reaching into another module's schema.
CREATE TABLE maintenance.ticket (
    id                  bigserial PRIMARY KEY,
    school_id           bigint       NOT NULL,
    school_path         varchar(255) NOT NULL,
    school_name         varchar(120) NOT NULL,
    locality            varchar(10),
    kind                varchar(16)  NOT NULL,
    title               varchar(120) NOT NULL,
    description         varchar(4000) NOT NULL,
    location            varchar(120) NOT NULL DEFAULT '',
    equipment_id        bigint,
    priority            varchar(16)  NOT NULL,
    status              varchar(16)  NOT NULL,
    vendor_id           bigint REFERENCES maintenance.vendor (id),
    reporter_id         bigint       NOT NULL,
    reporter_name       varchar(64)  NOT NULL,
    reported_at         timestamptz  NOT NULL,
    respond_by          timestamptz  NOT NULL,
    resolve_by          timestamptz  NOT NULL,
    responded_at        timestamptz,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    response_breached   boolean      NOT NULL DEFAULT false,
    resolution_breached boolean      NOT NULL DEFAULT false,
    rating              smallint CHECK (rating BETWEEN 1 AND 5),
    rating_comment      varchar(1000),
    incident_id         bigint UNIQUE,
    version             integer      NOT NULL DEFAULT 0
);
CREATE INDEX ticket_school_path ON maintenance.ticket (school_path varchar_pattern_ops, reported_at DESC);
CREATE INDEX ticket_vendor ON maintenance.ticket (vendor_id) WHERE vendor_id IS NOT NULL;
CREATE INDEX ticket_reporter ON maintenance.ticket (reporter_id);
CREATE INDEX ticket_open_timers ON maintenance.ticket (resolve_by) WHERE status NOT IN ('RESOLVED', 'CLOSED');

CREATE TABLE maintenance.ticket_photo (
    id         bigserial PRIMARY KEY,
    ticket_id  bigint       NOT NULL REFERENCES maintenance.ticket (id),
    sha256     char(64)     NOT NULL,
    media_type varchar(100) NOT NULL,
    size       bigint       NOT NULL,
    file_name  varchar(255) NOT NULL,
    added_at   timestamptz  NOT NULL
);
CREATE INDEX ticket_photo_ticket ON maintenance.ticket_photo (ticket_id);

CREATE TABLE maintenance.ticket_comment (
    id          bigserial PRIMARY KEY,
    ticket_id   bigint        NOT NULL REFERENCES maintenance.ticket (id),
    author_id   bigint        NOT NULL,
    author_name varchar(64)   NOT NULL,
    body        varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX ticket_comment_ticket ON maintenance.ticket_comment (ticket_id, created_at);

-- Who moved a ticket from which status to which, and when: the status history. actor_id 0 is the platform itself
-- (an outage that opened the ticket, a timer that ran out).
CREATE TABLE maintenance.ticket_transition (
    id          bigserial PRIMARY KEY,
    ticket_id   bigint       NOT NULL REFERENCES maintenance.ticket (id),
    from_status varchar(16),
    to_status   varchar(16)  NOT NULL,
    action      varchar(16)  NOT NULL,
    actor_id    bigint       NOT NULL,
    actor_name  varchar(64)  NOT NULL,
    note        varchar(2000),
    at          timestamptz  NOT NULL
);
CREATE INDEX ticket_transition_ticket ON maintenance.ticket_transition (ticket_id, at);
