-- The continuing-education credit-hour ledger (继续教育学时): one row per credited piece of training, from a completed
-- programme (once per teacher and programme), an outside provider's import (once per teacher, provider, course and
-- date) or an approved claim. The year is the calendar year the training took place in (China time).
CREATE TABLE development.credit_entry (
    id              BIGSERIAL     PRIMARY KEY,
    teacher_account BIGINT        NOT NULL,
    teacher_name    VARCHAR(100)  NOT NULL,
    school_id       BIGINT        NOT NULL,
    school_path     VARCHAR(255)  NOT NULL,
    year            INT           NOT NULL,
    hours           NUMERIC(6, 1) NOT NULL CHECK (hours > 0),
    source          VARCHAR(20)   NOT NULL,
    programme_id    BIGINT,
    claim_id        BIGINT,
    provider        VARCHAR(200)  NOT NULL,
    course          VARCHAR(200)  NOT NULL,
    taken_on        DATE          NOT NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX credit_entry_teacher ON development.credit_entry (teacher_account, year);
CREATE INDEX credit_entry_school ON development.credit_entry (school_path varchar_pattern_ops, year);
CREATE UNIQUE INDEX credit_entry_programme ON development.credit_entry (programme_id, teacher_account)
    WHERE source = 'PROGRAMME';
CREATE UNIQUE INDEX credit_entry_import ON development.credit_entry (teacher_account, provider, course, taken_on)
    WHERE source = 'IMPORT';
CREATE UNIQUE INDEX credit_entry_claim ON development.credit_entry (claim_id) WHERE source = 'CLAIM';

-- A teacher's claim for training the platform does not know of, with one evidence file, until their school decides.
-- The file itself is in the platform's file store (library's StoredFiles), named here by its SHA-256.
CREATE TABLE development.credit_claim (
    id              BIGSERIAL     PRIMARY KEY,
    teacher_account BIGINT        NOT NULL,
    teacher_name    VARCHAR(100)  NOT NULL,
    school_id       BIGINT        NOT NULL,
    school_path     VARCHAR(255)  NOT NULL,
    provider        VARCHAR(200)  NOT NULL,
    course          VARCHAR(200)  NOT NULL,
    taken_on        DATE          NOT NULL,
    hours           NUMERIC(6, 1) NOT NULL CHECK (hours > 0),
    evidence_name   VARCHAR(200)  NOT NULL,
    evidence_type   VARCHAR(60)   NOT NULL,
    evidence_sha256 VARCHAR(64)   NOT NULL,
    evidence_size   BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    decided_by      BIGINT,
    decided_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX credit_claim_school ON development.credit_claim (school_path varchar_pattern_ops, status);
CREATE INDEX credit_claim_teacher ON development.credit_claim (teacher_account);

-- A bureau's cycle requirement (e.g. 360 hours in 5 years from 2026); a school follows the nearest bureau above it.
CREATE TABLE development.cycle_requirement (
    owner_id        BIGINT        PRIMARY KEY,
    owner_path      VARCHAR(255)  NOT NULL,
    hours           NUMERIC(6, 1) NOT NULL CHECK (hours > 0),
    years           INT           NOT NULL CHECK (years BETWEEN 1 AND 10),
    first_year      INT           NOT NULL,
    updated_by      BIGINT        NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
