-- Training programmes a bureau or school runs for its teachers (e.g. 信息技术应用能力提升工程 2.0): who may join
-- (targets), its sessions (live or in person) with attendance, and the rule that completes it. Owned by the node
-- that runs it; participants are teacher accounts with the school they joined from.
CREATE TABLE development.programme (
    id              BIGSERIAL     PRIMARY KEY,
    owner_id        BIGINT        NOT NULL,
    owner_path      VARCHAR(255)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    credit_hours    NUMERIC(6, 1) NOT NULL CHECK (credit_hours > 0),
    completion_rule VARCHAR(20)   NOT NULL,
    min_hours       NUMERIC(6, 1),
    target_school_id BIGINT,
    target_stage    VARCHAR(20),
    target_subject  VARCHAR(40),
    target_title    VARCHAR(20),
    gap_dimension   VARCHAR(20),
    gap_below       NUMERIC(3, 1),
    created_by      BIGINT        NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX programme_owner ON development.programme (owner_path varchar_pattern_ops);

CREATE TABLE development.programme_session (
    id            BIGSERIAL     PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES development.programme (id) ON DELETE CASCADE,
    title         VARCHAR(200)  NOT NULL,
    mode          VARCHAR(20)   NOT NULL,
    starts_at     TIMESTAMPTZ   NOT NULL,
    hours         NUMERIC(5, 1) NOT NULL CHECK (hours > 0),
    place         VARCHAR(200)
);
CREATE INDEX programme_session_programme ON development.programme_session (programme_id, starts_at);

CREATE TABLE development.programme_participant (
    programme_id    BIGINT        NOT NULL REFERENCES development.programme (id) ON DELETE CASCADE,
    teacher_account BIGINT        NOT NULL,
    teacher_name    VARCHAR(100)  NOT NULL,
    school_id       BIGINT        NOT NULL,
    school_path     VARCHAR(255)  NOT NULL,
    joined_at       TIMESTAMPTZ   NOT NULL,
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (programme_id, teacher_account)
);
CREATE INDEX programme_participant_teacher ON development.programme_participant (teacher_account);

CREATE TABLE development.session_attendance (
    session_id      BIGINT        NOT NULL REFERENCES development.programme_session (id) ON DELETE CASCADE,
    teacher_account BIGINT        NOT NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (session_id, teacher_account)
);
