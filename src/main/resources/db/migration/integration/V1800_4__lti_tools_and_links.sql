-- LTI 1.3 tools registered on an org node by its admins (ADR 0041), and where teachers placed them: a lesson item or
-- an assignment of one class (the class is the launch's context).
CREATE TABLE integration.lti_tool (
    id               bigserial     PRIMARY KEY,
    org_id           bigint        NOT NULL,
    org_path         varchar(255)  NOT NULL,
    name             varchar(80)   NOT NULL,
    client_id        varchar(64)   NOT NULL UNIQUE,
    deployment_id    varchar(64)   NOT NULL,
    login_url        varchar(2000) NOT NULL,
    launch_url       varchar(2000) NOT NULL,
    deep_linking_url varchar(2000),
    -- exact redirect URIs, one per line
    redirect_uris    text          NOT NULL,
    jwks_url         varchar(2000) NOT NULL,
    created_by       bigint        NOT NULL,
    created_at       timestamptz   NOT NULL
);
CREATE INDEX lti_tool_path ON integration.lti_tool (org_path varchar_pattern_ops);

CREATE TABLE integration.lti_link (
    id              bigserial     PRIMARY KEY,
    tool_id         bigint        NOT NULL REFERENCES integration.lti_tool (id) ON DELETE CASCADE,
    school_id       bigint        NOT NULL,
    school_path     varchar(255)  NOT NULL,
    class_id        bigint        NOT NULL,
    kind            varchar(16)   NOT NULL CHECK (kind IN ('LESSON', 'ASSIGNMENT')),
    course_id       bigint,
    lesson_id       bigint,
    title           varchar(200)  NOT NULL,
    target_link_uri varchar(2000),
    created_by      bigint        NOT NULL,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX lti_link_class ON integration.lti_link (class_id);
CREATE INDEX lti_link_tool ON integration.lti_link (tool_id);

-- Line items (AGS) of a tool in a class: one made with each assignment link, more when the tool posts them.
CREATE TABLE integration.lti_line_item (
    id            bigserial     PRIMARY KEY,
    tool_id       bigint        NOT NULL REFERENCES integration.lti_tool (id) ON DELETE CASCADE,
    class_id      bigint        NOT NULL,
    link_id       bigint        REFERENCES integration.lti_link (id) ON DELETE CASCADE,
    label         varchar(200)  NOT NULL,
    score_maximum numeric(8, 2) NOT NULL CHECK (score_maximum > 0),
    resource_id   varchar(255),
    tag           varchar(255),
    created_at    timestamptz   NOT NULL
);
CREATE INDEX lti_line_item_class ON integration.lti_line_item (tool_id, class_id);

-- The scores as the tool gave them (the gradebook keeps them scaled to the line item's maximum).
CREATE TABLE integration.lti_score (
    line_item_id  bigint        NOT NULL REFERENCES integration.lti_line_item (id) ON DELETE CASCADE,
    account_id    bigint        NOT NULL,
    score_given   numeric(10, 2),
    score_maximum numeric(10, 2),
    comment       varchar(1000),
    activity      varchar(32)   NOT NULL,
    grading       varchar(32)   NOT NULL,
    scored_at     timestamptz   NOT NULL,
    PRIMARY KEY (line_item_id, account_id)
);

-- Classes a tool was launched in: the only contexts its service tokens reach.
CREATE TABLE integration.lti_launched_class (
    tool_id     bigint      NOT NULL REFERENCES integration.lti_tool (id) ON DELETE CASCADE,
    class_id    bigint      NOT NULL,
    launched_at timestamptz NOT NULL,
    PRIMARY KEY (tool_id, class_id)
);
