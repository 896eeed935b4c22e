-- Equipment inventory: one row per device of a school (and room), its lifecycle history beside it.
CREATE TABLE maintenance.equipment (
    id             bigserial PRIMARY KEY,
    school_id      bigint       NOT NULL,
    school_path    text         NOT NULL,
    room           text,
    kind           text         NOT NULL,
    model          text         NOT NULL,
    serial         text         NOT NULL,
    purchased_on   date,
    purchase_value numeric(14, 2),
    warranty_until date,
    status         text         NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        integer      NOT NULL DEFAULT 0,
    CONSTRAINT equipment_kind_known CHECK (kind IN ('TERMINAL', 'INTERACTIVE_DISPLAY', 'PROJECTOR', 'COMPUTER',
                                                     'NETWORK_GEAR', 'SERVER', 'OTHER')),
    CONSTRAINT equipment_status_known CHECK (status IN ('IN_USE', 'IN_REPAIR', 'RETIRED')),
    CONSTRAINT equipment_value_not_negative CHECK (purchase_value IS NULL OR purchase_value >= 0)
);

-- a serial number names one device within a school, whatever its case
CREATE UNIQUE INDEX equipment_serial_per_school ON maintenance.equipment (school_id, upper(serial));
CREATE INDEX equipment_by_path ON maintenance.equipment (school_path text_pattern_ops, kind, status);

-- who put a device in use, sent it to repair or retired it, and when
CREATE TABLE maintenance.equipment_status_change (
    id              bigserial PRIMARY KEY,
    equipment_id    bigint      NOT NULL REFERENCES maintenance.equipment (id) ON DELETE CASCADE,
    status          text        NOT NULL,
    note            text,
    changed_at      timestamptz NOT NULL,
    changed_by      bigint      NOT NULL,
    changed_by_name text        NOT NULL
);
CREATE INDEX equipment_status_change_by_equipment ON maintenance.equipment_status_change (equipment_id, changed_at);
