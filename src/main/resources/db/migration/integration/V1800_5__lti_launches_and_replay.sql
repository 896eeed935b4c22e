-- Logins in flight: what the platform started (lti_message_hint), for whom, and what the tool may answer with.
CREATE TABLE integration.lti_launch (
    hint          varchar(64)  PRIMARY KEY,
    tool_id       bigint       NOT NULL REFERENCES integration.lti_tool (id) ON DELETE CASCADE,
    account_id    bigint       NOT NULL,
    class_id      bigint       NOT NULL,
    link_id       bigint       REFERENCES integration.lti_link (id) ON DELETE CASCADE,
    message_type  varchar(32)  NOT NULL,
    course_id     bigint,
    lesson_id     bigint,
    roles         varchar(500) NOT NULL,
    locale        varchar(8)   NOT NULL,
    -- for a deep-linking request: the token in its return URL, set when the id_token is issued
    return_token  varchar(64)  UNIQUE,
    issued_at     timestamptz,
    returned_at   timestamptz,
    expires_at    timestamptz  NOT NULL
);
CREATE INDEX lti_launch_expiry ON integration.lti_launch (expires_at);

-- Values a tool may use once: the nonces of its authentication requests and deep-linking responses, and the jti of
-- its client assertions. Kept until the token they came with has expired.
CREATE TABLE integration.lti_used_value (
    tool_id    bigint       NOT NULL REFERENCES integration.lti_tool (id) ON DELETE CASCADE,
    kind       varchar(16)  NOT NULL,
    value      varchar(255) NOT NULL,
    expires_at timestamptz  NOT NULL,
    PRIMARY KEY (tool_id, kind, value)
);
CREATE INDEX lti_used_value_expiry ON integration.lti_used_value (expires_at);
