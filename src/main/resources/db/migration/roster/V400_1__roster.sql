-- People and classes of the schools: terms, classes, students, staff, guardians, enrolments, teaching
-- assignments. Every row carries the org path of the school (or bureau) it belongs to.

CREATE TABLE roster.term (
    id            BIGSERIAL    PRIMARY KEY,
    org_id        BIGINT       NOT NULL,
    org_path      VARCHAR(255) NOT NULL,
    school_year   VARCHAR(9)   NOT NULL,
    name          VARCHAR(40)  NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    CHECK (ends_on > starts_on),
    UNIQUE (org_id, school_year, name)
);
CREATE INDEX term_path ON roster.term (org_path varchar_pattern_ops);

CREATE TABLE roster.staff (
    id                  BIGSERIAL    PRIMARY KEY,
    school_id           BIGINT       NOT NULL,
    school_path         VARCHAR(255) NOT NULL,
    staff_number        VARCHAR(32)  NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    gender              VARCHAR(8)   NOT NULL,
    phone               VARCHAR(20),
    subjects            VARCHAR(200) NOT NULL DEFAULT '',
    qualification       VARCHAR(24)  NOT NULL,
    title               VARCHAR(24)  NOT NULL,
    backbone_level      VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    full_time_teacher   BOOLEAN      NOT NULL DEFAULT TRUE,
    specialist          VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    employment_status   VARCHAR(16)  NOT NULL DEFAULT 'EMPLOYED',
    account_id          BIGINT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    UNIQUE (school_id, staff_number)
);
CREATE INDEX staff_path ON roster.staff (school_path varchar_pattern_ops);
CREATE INDEX staff_account ON roster.staff (account_id);

CREATE TABLE roster.school_class (
    id               BIGSERIAL    PRIMARY KEY,
    school_id        BIGINT       NOT NULL,
    school_path      VARCHAR(255) NOT NULL,
    term_id          BIGINT       NOT NULL REFERENCES roster.term (id),
    grade            INTEGER      NOT NULL CHECK (grade BETWEEN 1 AND 12),
    name             VARCHAR(40)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL DEFAULT 'HOMEROOM',
    head_teacher_id  BIGINT       REFERENCES roster.staff (id),
    created_at       TIMESTAMPTZ  NOT NULL,
    UNIQUE (school_id, term_id, name)
);
CREATE INDEX school_class_path ON roster.school_class (school_path varchar_pattern_ops);

CREATE TABLE roster.student (
    id                 BIGSERIAL    PRIMARY KEY,
    school_id          BIGINT       NOT NULL,
    school_path        VARCHAR(255) NOT NULL,
    student_number     VARCHAR(19)  NOT NULL UNIQUE,
    name               VARCHAR(50)  NOT NULL,
    gender             VARCHAR(8)   NOT NULL,
    birth_date         DATE         NOT NULL,
    ethnicity          VARCHAR(20),
    id_number          VARCHAR(18),
    status             VARCHAR(16)  NOT NULL DEFAULT 'ENROLLED',
    boarding           BOOLEAN      NOT NULL DEFAULT FALSE,
    left_behind        BOOLEAN      NOT NULL DEFAULT FALSE,
    migrant            BOOLEAN      NOT NULL DEFAULT FALSE,
    disability         BOOLEAN      NOT NULL DEFAULT FALSE,
    economic_hardship  BOOLEAN      NOT NULL DEFAULT FALSE,
    account_id         BIGINT,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX student_path ON roster.student (school_path varchar_pattern_ops);
CREATE INDEX student_account ON roster.student (account_id);

CREATE TABLE roster.guardian (
    id           BIGSERIAL    PRIMARY KEY,
    school_path  VARCHAR(255) NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    phone        VARCHAR(20),
    account_id   BIGINT,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX guardian_account ON roster.guardian (account_id);

CREATE TABLE roster.guardianship (
    student_id   BIGINT      NOT NULL REFERENCES roster.student (id),
    guardian_id  BIGINT      NOT NULL REFERENCES roster.guardian (id),
    relation     VARCHAR(16) NOT NULL,
    PRIMARY KEY (student_id, guardian_id)
);
CREATE INDEX guardianship_guardian ON roster.guardianship (guardian_id);

CREATE TABLE roster.enrolment (
    id           BIGSERIAL    PRIMARY KEY,
    student_id   BIGINT       NOT NULL REFERENCES roster.student (id),
    class_id     BIGINT       NOT NULL REFERENCES roster.school_class (id),
    school_path  VARCHAR(255) NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE,
    UNIQUE (student_id, class_id)
);
CREATE INDEX enrolment_class ON roster.enrolment (class_id);

CREATE TABLE roster.teaching_assignment (
    id        BIGSERIAL   PRIMARY KEY,
    staff_id  BIGINT      NOT NULL REFERENCES roster.staff (id),
    class_id  BIGINT      NOT NULL REFERENCES roster.school_class (id),
    subject   VARCHAR(24) NOT NULL,
    UNIQUE (staff_id, class_id, subject)
);
CREATE INDEX teaching_assignment_class ON roster.teaching_assignment (class_id);
