-- Competence frameworks as data: a framework (code + version) has levels and a tree of elements (dimension →
-- sub-dimension → indicator); which evidence the platform already holds speaks to which indicator is data too.
-- The national JY/T 0646—2022 is owned by the root ('/'); a bureau's local framework by the bureau's path.
CREATE TABLE development.framework (
    id           BIGSERIAL     PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    version      VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(300)  NOT NULL,
    owner_id     BIGINT,
    owner_path   VARCHAR(255)  NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE development.framework_level (
    framework_id BIGINT        NOT NULL REFERENCES development.framework (id) ON DELETE CASCADE,
    rank         INT           NOT NULL CHECK (rank >= 1),
    name         VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(300)  NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (framework_id, rank)
);

CREATE TABLE development.framework_element (
    id           BIGSERIAL     PRIMARY KEY,
    framework_id BIGINT        NOT NULL REFERENCES development.framework (id) ON DELETE CASCADE,
    parent_id    BIGINT        REFERENCES development.framework_element (id),
    depth        SMALLINT      NOT NULL CHECK (depth BETWEEN 1 AND 3),
    code         VARCHAR(20)   NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(300)  NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    UNIQUE (framework_id, code)
);

CREATE TABLE development.indicator_evidence (
    element_id   BIGINT        NOT NULL REFERENCES development.framework_element (id) ON DELETE CASCADE,
    evidence     VARCHAR(40)   NOT NULL,
    PRIMARY KEY (element_id, evidence)
);

-- One self-assessment per teacher, framework and period (a school year); a school admin may add a leader review.
CREATE TABLE development.self_assessment (
    id             BIGSERIAL     PRIMARY KEY,
    framework_id   BIGINT        NOT NULL REFERENCES development.framework (id),
    teacher_account BIGINT       NOT NULL,
    teacher_name   VARCHAR(100)  NOT NULL,
    school_id      BIGINT        NOT NULL,
    school_path    VARCHAR(255)  NOT NULL,
    period         VARCHAR(9)    NOT NULL,
    submitted_at   TIMESTAMPTZ   NOT NULL,
    reviewer_account BIGINT,
    reviewer_name  VARCHAR(100),
    review_note    VARCHAR(1000),
    reviewed_at    TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (framework_id, teacher_account, period)
);
CREATE INDEX self_assessment_school ON development.self_assessment (school_path varchar_pattern_ops, period);

CREATE TABLE development.self_rating (
    assessment_id  BIGINT        NOT NULL REFERENCES development.self_assessment (id) ON DELETE CASCADE,
    element_id     BIGINT        NOT NULL REFERENCES development.framework_element (id),
    level          INT           NOT NULL CHECK (level >= 1),
    note           VARCHAR(500),
    leader_level   INT           CHECK (leader_level >= 1),
    PRIMARY KEY (assessment_id, element_id)
);
