-- The org tree: region bureaus, district bureaus and schools, with materialised paths (/1/7/42/).
CREATE SEQUENCE tenancy.org_node_id_seq;

CREATE TABLE tenancy.org_node (
    id               BIGINT       PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL CHECK (kind IN ('REGION', 'DISTRICT', 'SCHOOL')),
    parent_id        BIGINT       REFERENCES tenancy.org_node (id),
    path             VARCHAR(255) NOT NULL UNIQUE,
    name             VARCHAR(100) NOT NULL,
    school_code      VARCHAR(10)     UNIQUE,
    division_code    VARCHAR(6),
    stages           VARCHAR(64),
    locality         VARCHAR(8)   CHECK (locality IN ('URBAN', 'TOWN', 'RURAL')),
    teaching_point   BOOLEAN      NOT NULL DEFAULT FALSE,
    address          VARCHAR(200),
    principal_name   VARCHAR(50),
    principal_phone  VARCHAR(20),
    status           VARCHAR(8)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    closed_at        TIMESTAMPTZ,
    version          INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT school_fields CHECK (kind <> 'SCHOOL' OR (school_code IS NOT NULL AND stages IS NOT NULL AND locality IS NOT NULL))
);

CREATE INDEX org_node_path_prefix ON tenancy.org_node (path varchar_pattern_ops);
CREATE INDEX org_node_parent ON tenancy.org_node (parent_id);
