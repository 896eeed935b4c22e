-- The resource library. File contents are stored once per SHA-256 (blob) in the configured storage; resources
-- hold files, each file a history of versions pointing at blobs. Every resource belongs to the org node that owns
-- it (a school or a bureau) and is shared within one node (share_path): its school, district, region, or '/'
-- for the public.
CREATE TABLE library.blob (
    sha256       CHAR(64)     PRIMARY KEY,
    size         BIGINT       NOT NULL CHECK (size > 0),
    media_type   VARCHAR(127) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);

-- The curriculum catalogue: textbook trees (edition > volume > chapter > section) and knowledge points per
-- subject and stage. org_path '/' is the installation-wide catalogue; bureaus may add their own below it.
CREATE TABLE library.textbook_node (
    id         BIGSERIAL    PRIMARY KEY,
    parent_id  BIGINT       REFERENCES library.textbook_node (id),
    kind       VARCHAR(16)  NOT NULL,
    subject    VARCHAR(32)  NOT NULL,
    stage      VARCHAR(16)  NOT NULL,
    grade      INT,
    name       VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    org_path   VARCHAR(255) NOT NULL,
    UNIQUE (parent_id, name)
);
CREATE UNIQUE INDEX textbook_edition_name ON library.textbook_node (subject, stage, name) WHERE parent_id IS NULL;

CREATE TABLE library.knowledge_point (
    id         BIGSERIAL    PRIMARY KEY,
    subject    VARCHAR(32)  NOT NULL,
    stage      VARCHAR(16)  NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    parent_id  BIGINT       REFERENCES library.knowledge_point (id),
    org_path   VARCHAR(255) NOT NULL,
    UNIQUE (subject, stage, code)
);

CREATE TABLE library.resource (
    id              BIGSERIAL     PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    description     TEXT          NOT NULL,
    type            VARCHAR(32)   NOT NULL,
    licence         VARCHAR(32)   NOT NULL,
    stage           VARCHAR(16)   NOT NULL,
    subject         VARCHAR(32)   NOT NULL,
    grade           INT,
    textbook_node_id BIGINT       REFERENCES library.textbook_node (id),
    tags            TEXT[]        NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    link_url        VARCHAR(2000),
    owner_id        BIGINT        NOT NULL,
    owner_path      VARCHAR(255)  NOT NULL,
    author_id       BIGINT        NOT NULL,
    author_name     VARCHAR(100)  NOT NULL,
    sharing         VARCHAR(16)   NOT NULL,
    share_path      VARCHAR(255)  NOT NULL,
    -- where the bureau review of a district/region/public resource happens (the owner's district or region)
    review_path     VARCHAR(255)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    featured        BOOLEAN       NOT NULL DEFAULT FALSE,
    view_count      BIGINT        NOT NULL DEFAULT 0,
    download_count  BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    published_at    TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX resource_share ON library.resource (share_path varchar_pattern_ops, status);
CREATE INDEX resource_owner ON library.resource (owner_path varchar_pattern_ops, status);
CREATE INDEX resource_author ON library.resource (author_id);
CREATE INDEX resource_review ON library.resource (review_path varchar_pattern_ops) WHERE status IN ('SUBMITTED', 'SCHOOL_APPROVED');
CREATE INDEX resource_published ON library.resource (published_at DESC) WHERE status = 'PUBLISHED';

CREATE TABLE library.resource_knowledge_point (
    resource_id        BIGINT NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    knowledge_point_id BIGINT NOT NULL REFERENCES library.knowledge_point (id),
    PRIMARY KEY (resource_id, knowledge_point_id)
);

CREATE TABLE library.resource_file (
    id           BIGSERIAL    PRIMARY KEY,
    resource_id  BIGINT       NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    name         VARCHAR(255) NOT NULL
);
CREATE INDEX resource_file_resource ON library.resource_file (resource_id);

CREATE TABLE library.file_version (
    id           BIGSERIAL    PRIMARY KEY,
    file_id      BIGINT       NOT NULL REFERENCES library.resource_file (id) ON DELETE CASCADE,
    number       INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL REFERENCES library.blob (sha256),
    file_name    VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    media_type   VARCHAR(127) NOT NULL,
    note         VARCHAR(500),
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (file_id, number)
);

-- Every step of the review workflow, with who, when and why: the resource's own history.
CREATE TABLE library.review_step (
    id           BIGSERIAL    PRIMARY KEY,
    resource_id  BIGINT       NOT NULL REFERENCES library.resource (id) ON DELETE CASCADE,
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)  NOT NULL,
    actor_id     BIGINT       NOT NULL,
    actor_name   VARCHAR(100) NOT NULL,
    comment      VARCHAR(1000),
    at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX review_step_resource ON library.review_step (resource_id, at);
